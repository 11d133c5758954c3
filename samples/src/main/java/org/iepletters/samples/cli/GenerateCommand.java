package org.iepletters.samples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iepletters.FilingPacket;
import org.iepletters.IepLetters;
import org.iepletters.IepLettersException;
import org.iepletters.InvalidAttachmentException;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.LetterNotApplicableException;
import org.iepletters.model.Case;
import org.iepletters.plan.Applicability;
import org.iepletters.plan.EscalationPlan;
import org.iepletters.plan.Step;
import org.iepletters.validation.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code generate}: writes the letters of a case, or of every case in a folder, as {@code .docx} files, PDF files
 * or both, and on request the filing packets of the demand, the PRS complaint and the BSEA hearing request.
 *
 * <p>For each case every check comes before the first file is written: the case is valid, every letter applies,
 * no output exists (unless {@code --overwrite}), and every letter renders. Each file is written whole or not at
 * all.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Writes the letters of a case as .docx files: OUT/<letter>.docx for each --letter, or for every letter "
            + "the plan calls for on the date when none is named; with --format pdf (or docx,pdf) as tagged, "
            + "accessible PDF files, OUT/<letter>.pdf.",
        "With --packet, the demand, the PRS complaint and the BSEA hearing request are also written as OUT/<letter>-packet.pdf: the letter, "
            + "then each --attach PDF in order behind a cover page naming it as the next exhibit (B, C, ...).",
        "A letter that does not apply to the case, or an output that exists without --overwrite, is an error "
            + "and nothing is written.",
        "With a folder as --case, every *.json, *.yaml and *.yml file in it is a case, written to "
            + "OUT/<file name without extension>/; a failing case does not stop the others, and a summary line "
            + "ends the output.",
        "The letters are not legal advice: read every letter before you send it."})
final class GenerateCommand implements Callable<Integer> {
  /** Set by the launcher script to 1 when standard error is a terminal, else 0. */
  static final String STDERR_TTY_VARIABLE = "IEP_LETTERS_STDERR_TTY";

  @Spec
  private CommandSpec spec;

  @Option(names = "--case", required = true, paramLabel = "FILE|FOLDER",
      description = "The case file, or a folder of case files.")
  private Path casePath;

  @Option(names = "--date", paramLabel = "DATE", converter = Dates.Converter.class,
      description = "The letters' date, YYYY-MM-DD from 1900-01-01 to 2199-12-31 (default: today in "
          + "Massachusetts). The ledger, the plan and every deadline count from it.")
  private LocalDate date;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The folder to write to; created when missing.")
  private Path out;

  @Option(names = "--letter", paramLabel = "NAME", split = ",", converter = LetterNames.class,
      completionCandidates = LetterNames.Candidates.class,
      description = "A letter to write, may repeat: ${COMPLETION-CANDIDATES}. Default: the letters of the "
          + "plan's steps.")
  private List<LetterKind> letters = new ArrayList<>();

  @Option(names = "--overwrite", description = "Replace letters that already exist in the output folder.")
  private boolean overwrite;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = OutputFormat.Converter.class,
      description = "docx, pdf, or both: docx,pdf. Default: docx.")
  private List<OutputFormat> formats = new ArrayList<>();

  @Option(names = "--packet", description = "Also write the filing packet of the demand, the PRS complaint and the "
      + "BSEA hearing request, "
      + "<letter>-packet.pdf: the letter, then each --attach PDF behind its exhibit cover, pages numbered across "
      + "the packet.")
  private boolean packet;

  @Option(names = "--attach", paramLabel = "FILE.pdf", description = "A PDF for each packet, the next exhibit "
      + "(B, C, ...), may repeat. At most 20 MiB each; a file that is not a readable PDF or is encrypted is refused "
      + "before anything is written.")
  private List<Path> attachments = new ArrayList<>();

  /** The attachments, read and checked once for every packet of the run. */
  private List<FilingPacket.Attachment> checkedAttachments = List.of();

  @Option(names = "--progress", negatable = true,
      description = "Show progress on standard error for a folder of cases. Default: on when the launcher "
          + "script sees a terminal on standard error, otherwise on when the console is a terminal.")
  private Boolean progress;

  private IepLetters renderer;

  @Override
  public Integer call() {
    LocalDate letterDate = Dates.orToday(date);
    checkedAttachments = checkAttachments();
    if (Files.isDirectory(casePath)) {
      return folder(letterDate);
    }
    CaseLetters prepared = prepare(casePath, out, letterDate);
    write(prepared).forEach(spec.commandLine().getOut()::println);
    if (prepared.letters().isEmpty()) {
      spec.commandLine().getOut().println(nothingToWrite(letterDate));
    }
    return IepLettersCommand.OK;
  }

  /** Every case of a folder, each into its own subfolder; a failing case does not stop the others. */
  private int folder(LocalDate letterDate) {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Map<String, Path> cases = caseFiles(casePath);
    boolean showProgress = showProgress();
    int written = 0;
    int nothing = 0;
    int failed = 0;
    int faults = 0;
    int index = 0;
    for (Map.Entry<String, Path> entry : cases.entrySet()) {
      index++;
      Path file = entry.getValue();
      if (showProgress) {
        stderr.printf(Locale.ROOT, "[%d/%d] %s%n", index, cases.size(), file.getFileName());
        stderr.flush();
      }
      // a case is named by its place in the folder, never by its file's name, which may hold a child's name
      String prefix = "[" + index + "/" + cases.size() + "] ";
      try {
        CaseLetters prepared = prepare(file, out.resolve(entry.getKey()), letterDate);
        List<Path> files = write(prepared);
        files.forEach(stdout::println);
        if (files.isEmpty()) {
          nothing++;
        } else {
          written++;
        }
      } catch (BadInputException e) {
        failed++;
        e.lines().forEach(line -> stderr.println(prefix + line));
        stderr.flush();
      } catch (IepLettersException e) {
        // the library's own messages name templates and rules, never a case's data
        failed++;
        faults++;
        stderr.println(prefix + e.getMessage());
        stderr.flush();
      }
    }
    stdout.println(cases.size() + (cases.size() == 1 ? " case: " : " cases: ") + written + " written, "
        + (nothing > 0 ? nothing + " with nothing to write, " : "") + failed + " failed");
    return faults > 0 ? IepLettersCommand.FAULT : failed > 0 ? IepLettersCommand.BAD_INPUT : IepLettersCommand.OK;
  }

  /** The case files of a folder by the name of their output folder; two files with one base name are an error. */
  private static Map<String, Path> caseFiles(Path folder) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(Files::isRegularFile).filter(f -> baseName(f) != null).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(folder + ": the folder cannot be read");
    }
    if (files.isEmpty()) {
      throw new BadInputException(folder + ": holds no case file (*.json, *.yaml, *.yml)");
    }
    Map<String, List<Path>> byName = files.stream()
        .collect(Collectors.groupingBy(GenerateCommand::baseName, LinkedHashMap::new, Collectors.toList()));
    List<String> clashes = new ArrayList<>();
    byName.forEach((name, same) -> {
      if (same.size() > 1) {
        clashes.add(folder + ": " + same.stream().map(f -> f.getFileName().toString())
            .collect(Collectors.joining(" and ")) + " would both be written to '" + name
            + "'; rename one. Nothing was written.");
      }
    });
    if (!clashes.isEmpty()) {
      throw new BadInputException(clashes);
    }
    List<String> escapes = new ArrayList<>();
    byName.forEach((name, same) -> {
      if (!isPlainFolderName(name)) {
        escapes.add(folder + ": a case file named '" + same.get(0).getFileName() + "' would write its letters to '"
            + name + "', which is not a folder inside --out; rename it. Nothing was written.");
      }
    });
    if (!escapes.isEmpty()) {
      throw new BadInputException(escapes);
    }
    Map<String, Path> cases = new LinkedHashMap<>();
    byName.forEach((name, same) -> cases.put(name, same.get(0)));
    return cases;
  }

  /**
   * Whether a case file's base name can name its output folder: one name inside {@code --out}, never {@code .},
   * {@code ..}, a name of dots only (Windows drops trailing dots), a separator or a drive.
   */
  static boolean isPlainFolderName(String name) {
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.') || name.endsWith(".") || name.endsWith(" ")) {
      return false;
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
      return false;
    }
    Path base = Path.of("out");
    Path resolved = base.resolve(name).normalize();
    return base.equals(resolved.getParent()) && resolved.getFileName().toString().equals(name);
  }

  /** The file's name without {@code .json}, {@code .yaml} or {@code .yml}; {@code null} for any other file. */
  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : List.of(".json", ".yaml", ".yml")) {
      if (lower.endsWith(extension) && name.length() > extension.length()) {
        return name.substring(0, name.length() - extension.length());
      }
    }
    return null;
  }

  /** A case's letters, rendered and checked, and the files to write. */
  private record CaseLetters(Path folder, List<Letter> letters, List<Output> outputs) {}

  /** One file to write, whole or not at all. */
  private record Output(Path target, FileWrite write) {}

  /** Writes one output, replacing an existing file or never replacing one. */
  @FunctionalInterface
  private interface FileWrite {
    void to(Path target, boolean replace) throws IOException;
  }

  /** The formats asked for, docx when none is named. */
  private Set<OutputFormat> formats() {
    return formats.isEmpty() ? Set.of(OutputFormat.DOCX) : new LinkedHashSet<>(formats);
  }

  /** Reads and checks every --attach file before any case is read, so a bad one stops the run at once. */
  private List<FilingPacket.Attachment> checkAttachments() {
    if (!attachments.isEmpty() && !packet) {
      throw new BadInputException(List.of("--attach adds exhibits to a filing packet: add --packet",
          "Nothing was written."));
    }
    List<FilingPacket.Attachment> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : attachments) {
      try {
        checked.add(FilingPacket.attachment(file));
      } catch (InvalidAttachmentException e) {
        problems.add(file + ": " + e.getMessage().substring(e.fileName().length() + 2));
      }
    }
    if (checked.size() > FilingPacket.MAX_ATTACHMENTS) {
      problems.add("--attach: at most " + FilingPacket.MAX_ATTACHMENTS + " attachments (Exhibits B to Z)");
    }
    if (!problems.isEmpty()) {
      problems.add("Nothing was written.");
      throw new BadInputException(problems);
    }
    return checked;
  }

  /** The files a letter is written to, in the order they are written. */
  private List<Path> targets(Path folder, LetterKind kind) {
    List<Path> targets = new ArrayList<>();
    for (OutputFormat format : formats()) {
      targets.add(folder.resolve(kind.cliName() + format.extension()));
    }
    if (packet && kind.filedWithExhibits()) {
      targets.add(folder.resolve(kind.cliName() + "-packet.pdf"));
    }
    return targets;
  }

  /** Lays out each letter's PDF and packet now, so nothing is written when one of them fails. */
  private List<Output> outputs(Path folder, List<Letter> rendered) {
    List<Output> outputs = new ArrayList<>();
    for (Letter letter : rendered) {
      Set<OutputFormat> asked = formats();
      if (asked.contains(OutputFormat.DOCX)) {
        outputs.add(new Output(folder.resolve(letter.kind().cliName() + OutputFormat.DOCX.extension()),
            (target, replace) -> {
              if (replace) {
                letter.writeTo(target);
              } else {
                letter.writeToNew(target);
              }
            }));
      }
      if (asked.contains(OutputFormat.PDF)) {
        letter.pdf();
        outputs.add(new Output(folder.resolve(letter.kind().cliName() + OutputFormat.PDF.extension()),
            (target, replace) -> {
              if (replace) {
                letter.writePdfTo(target);
              } else {
                letter.writePdfToNew(target);
              }
            }));
      }
      if (packet && letter.kind().filedWithExhibits()) {
        FilingPacket.Builder builder = FilingPacket.builder(letter);
        checkedAttachments.forEach(builder::attach);
        FilingPacket built = builder.build();
        outputs.add(new Output(folder.resolve(letter.kind().cliName() + "-packet.pdf"), (target, replace) -> {
          if (replace) {
            built.writeTo(target);
          } else {
            built.writeToNew(target);
          }
        }));
      }
    }
    return outputs;
  }

  /**
   * Reads a case and renders its letters without writing anything.
   *
   * @throws BadInputException when the case is invalid, a letter does not apply or cannot be written for the case,
   *     or an output exists without {@code --overwrite}
   */
  private CaseLetters prepare(Path file, Path folder, LocalDate letterDate) {
    Case c = CaseInput.read(file);
    Set<LetterKind> kinds = new LinkedHashSet<>(letters);
    if (kinds.isEmpty()) {
      // the steps due by the letter date: never an option, never a step waiting for an answer
      for (Step step : EscalationPlan.of(c, letterDate).stepsDueBy(letterDate)) {
        step.letter().letterKind().ifPresentOrElse(kinds::add, () -> spec.commandLine().getErr().println(
            file + ": the plan's step " + step.letter().cliName() + " is a letter this version does not write"));
      }
    }

    List<String> problems = new ArrayList<>();
    for (LetterKind kind : kinds) {
      Applicability.check(kind, c, letterDate)
          .ifPresent(reason -> problems.add(new LetterNotApplicableException(kind, reason).getMessage()));
    }
    // a link counts as existing even when it points nowhere (Files.exists would follow it and say no)
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
      problems.add(folder + ": exists and is not a folder"
          + (Files.isSymbolicLink(folder) ? " (a link to nothing, or to a file)" : ""));
    } else if (!overwrite) {
      for (LetterKind kind : kinds) {
        for (Path target : targets(folder, kind)) {
          if (Files.isSymbolicLink(target)) {
            problems.add(target + ": already exists as a link" + (Files.exists(target) ? "" : " to nothing")
                + "; use --overwrite to replace the link");
          } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(target + ": already exists; use --overwrite to replace it");
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.add("Nothing was written.");
      throw new BadInputException(problems);
    }

    List<Letter> rendered = new ArrayList<>();
    for (LetterKind kind : kinds) {
      try {
        rendered.add(renderer().render(kind, c, letterDate));
      } catch (LetterNotApplicableException e) {
        throw new BadInputException(List.of(e.getMessage(), "Nothing was written."));
      } catch (InvalidCaseException e) {
        List<String> lines = new ArrayList<>();
        e.violations().forEach(v -> lines.add(kind.cliName() + ": " + v));
        lines.add("Nothing was written.");
        throw new BadInputException(lines);
      }
    }
    return new CaseLetters(folder, rendered, outputs(folder, rendered));
  }

  /**
   * Writes rendered letters, each whole or not at all.
   *
   * @return the files written
   */
  private List<Path> write(CaseLetters prepared) {
    List<Path> written = new ArrayList<>();
    if (prepared.letters().isEmpty()) {
      return written;
    }
    try {
      Files.createDirectories(prepared.folder());
    } catch (IOException e) {
      throw new BadInputException(prepared.folder() + ": the folder cannot be created (" + reason(e) + ")");
    }
    try {
      // a run killed while writing leaves a hidden temporary letter: it holds a child's data, so it goes now
      Letter.deleteLeftovers(prepared.folder());
    } catch (IOException e) {
      throw new BadInputException(prepared.folder() + ": a temporary file left by an earlier run cannot be deleted ("
          + reason(e) + ")");
    }
    for (Output output : prepared.outputs()) {
      Path target = output.target();
      try {
        output.write().to(target, overwrite);
      } catch (IOException e) {
        List<String> lines = new ArrayList<>();
        lines.add(target + ": cannot be written (" + reason(e) + ")");
        if (!written.isEmpty()) {
          lines.add("Written before this: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        throw new BadInputException(lines);
      }
      written.add(target);
    }
    return written;
  }

  /** Why a file operation failed, without the exception's own message (which repeats the path). */
  private static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "it appeared while the letters were being written";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "a folder on the way is missing";
    }
    return e.getClass().getSimpleName();
  }

  private String nothingToWrite(LocalDate letterDate) {
    return "Nothing to write: the plan as of " + Dates.longForm(letterDate) + " calls for no letter.";
  }

  /**
   * Sets up docx4j's JAXB context on a second thread, the longest part of a cold start, while the main thread
   * parses the command line, reads and validates the case and builds the renderer: on a machine with more than
   * one core, the first letter is written sooner. A failure there is left for the render to report.
   */
  static void warmUpInTheBackground() {
    Thread warmUp = new Thread(() -> {
      try {
        IepLetters.warmUpDocx4j();
      } catch (IepLettersException e) {
        // the same problem stops the render on the main thread, which reports it
      }
    }, "iep-letters-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** One renderer for every letter of the run: it parses its templates once. */
  private IepLetters renderer() {
    if (renderer == null) {
      renderer = IepLetters.defaults();
    }
    return renderer;
  }

  private boolean showProgress() {
    if (progress != null) {
      return progress;
    }
    String launcher = System.getenv(STDERR_TTY_VARIABLE);
    if (launcher != null) {
      return launcher.equals("1");
    }
    return System.console() != null;
  }

  /** A letter's command name, such as {@code prs-complaint}. */
  static final class LetterNames implements ITypeConverter<LetterKind> {
    @Override
    public LetterKind convert(String value) {
      return LetterKind.fromName(value).orElseThrow(() -> new TypeConversionException(
          "'" + value + "' is not a letter; the letters are " + String.join(", ", new Candidates())));
    }

    /** The letters' command names, for the help and shell completion. */
    static final class Candidates extends ArrayList<String> {
      private static final long serialVersionUID = 1L;

      Candidates() {
        super(Arrays.stream(LetterKind.values()).map(LetterKind::cliName).toList());
      }
    }
  }
}
