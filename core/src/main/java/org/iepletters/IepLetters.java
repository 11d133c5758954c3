package org.iepletters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.iepletters.letters.LetterView;
import org.iepletters.letters.LetterViews;
import org.iepletters.model.Case;
import org.iepletters.plan.Applicability;
import org.iepletters.plan.CaseFigures;
import org.iepletters.render.DocxWriter;
import org.iepletters.render.LetterTemplates;
import org.iepletters.render.PdfWriter;
import org.iepletters.validation.CaseValidator;
import org.iepletters.validation.InvalidCaseException;
import org.iepletters.calendar.SupportedDates;

/**
 * Writes the letters of a case: the library's entry point.
 *
 * <p>Build one per service and share it: it is immutable and thread-safe, and it keeps its parsed
 * templates and the parts of {@code reference.docx} that every letter shares.
 *
 * <pre>{@code
 * IepLetters letters = IepLetters.defaults();
 * Letter letter = letters.render(LetterKind.RECORDS_REQUEST, aCase, LocalDate.of(2026, 12, 4));
 * letter.writeTo(Path.of("records-request.docx"));
 * }</pre>
 */
public final class IepLetters {

  private static final String REFERENCE_DOCX = "org/iepletters/templates/reference.docx";
  private static final Object BUILT_IN_LOCK = new Object();
  private static volatile DocxWriter builtInDocx;

  private final LetterTemplates templates;
  /** The writer of an organisation's own reference document; null for the built-in one, which is shared. */
  private final DocxWriter ownDocx;
  private final LetterPackageProcessor processor;
  private final String stylesheet;
  /** Made when the first PDF is asked for: a run that writes only {@code .docx} files never loads the PDF side. */
  private volatile PdfWriter pdf;
  private final Object pdfLock = new Object();

  private IepLetters(Path templateFolder, byte[] referenceDocx, LetterPackageProcessor processor) {
    this.templates = new LetterTemplates(templateFolder);
    this.ownDocx = referenceDocx == null ? null : new DocxWriter(referenceDocx);
    this.processor = processor;
    this.stylesheet = stylesheet(templateFolder);
  }

  /** {@return the letters with the built-in templates and reference document, built once and shared} */
  public static IepLetters defaults() {
    return Defaults.INSTANCE;
  }

  /** {@return a builder for letters with an organisation's own templates or reference document} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes one letter.
   *
   * @param kind which letter
   * @param aCase the case; it is validated first, so a case built in code is checked like one read from a file
   * @param letterDate the date the letter is sent: it is printed, and every deadline in the letter counts from it
   * @return the letter
   * @throws InvalidCaseException when the case is invalid, or lacks what this letter needs, such as its addressee
   * @throws LetterNotApplicableException when the letter does not apply to the case, before anything is rendered
   * @throws TemplateException when a template is missing or broken
   * @throws IepLettersException when the letter cannot be written for another reason
   * @throws IllegalArgumentException when a date is outside {@link SupportedDates}
   */
  public Letter render(LetterKind kind, Case aCase, LocalDate letterDate) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(aCase, "aCase");
    Objects.requireNonNull(letterDate, "letterDate");
    SupportedDates.require(letterDate, "letterDate");
    CaseValidator.requireValid(aCase);
    // the ledger that decides whether the letter applies is the one it prints: work it out once
    CaseFigures figures = CaseFigures.of(aCase, letterDate);
    Applicability.require(kind, figures);
    LetterView view = LetterViews.of(kind, figures);
    String markdown = templates.render(templateName(kind), Map.of("letter", view));
    String student = aCase.student().fullName();
    String title = kind.title();
    String subject = student + ", " + aCase.student().school();
    Consumer<WordprocessingMLPackage> postProcess = postProcess(kind);
    DocxWriter docx = docx();
    byte[] bytes = docx.write(markdown, title, subject, letterDate, postProcess);
    return new Letter(kind, bytes, markdown, () -> docx.open(markdown, title, subject, letterDate, postProcess),
        () -> pdf().write(markdown, title, subject, letterDate),
        (exhibit, fileName) -> pdf().cover(exhibit, fileName, title, letterDate), letterDate);
  }

  private DocxWriter docx() {
    return ownDocx != null ? ownDocx : builtInDocx();
  }

  /** The writer of the built-in reference document, prepared once per JVM on first use; a failure is retried. */
  private static DocxWriter builtInDocx() {
    DocxWriter writer = builtInDocx;
    if (writer == null) {
      synchronized (BUILT_IN_LOCK) {
        writer = builtInDocx;
        if (writer == null) {
          writer = new DocxWriter(builtInReference());
          builtInDocx = writer;
        }
      }
    }
    return writer;
  }

  private PdfWriter pdf() {
    PdfWriter writer = pdf;
    if (writer == null) {
      synchronized (pdfLock) {
        writer = pdf;
        if (writer == null) {
          writer = new PdfWriter(stylesheet);
          pdf = writer;
        }
      }
    }
    return writer;
  }

  private Consumer<WordprocessingMLPackage> postProcess(LetterKind kind) {
    if (processor == null) {
      return null;
    }
    return pkg -> {
      try {
        processor.process(kind, pkg);
      } catch (Exception e) {
        throw new IepLettersException("the letter package processor failed on the " + kind.cliName() + " letter", e);
      }
    };
  }

  /**
   * Does now the work the first letter would otherwise pay for: sets up case validation, docx4j's JAXB context
   * and the reference document, and parses every template there is (the PDF side is prepared by the first PDF).
   * Call it at start-up to keep the first request fast; it may run on a thread of its own while the first case is
   * read.
   *
   * @return this
   * @throws TemplateException when a template does not parse
   */
  public IepLetters warmUp() {
    CaseValidator.warmUp();
    docx();
    DocxWriter.warmUp();
    templates.prepare(LetterTemplates.MACROS);
    for (LetterKind kind : LetterKind.values()) {
      if (templates.exists(templateName(kind))) {
        templates.prepare(templateName(kind));
      }
    }
    return this;
  }

  /**
   * Sets up docx4j's JAXB context and its WordprocessingML marshaller, and prepares the built-in
   * {@code reference.docx} that every {@link IepLetters} without one of its own shares: the longest part of a
   * cold start (about a second, once per JVM). It needs no {@link IepLetters}, so a program can start it on a
   * thread of its own first thing, while it builds its letters and reads the first case.
   *
   * @throws IepLettersException when docx4j cannot be set up
   */
  public static void warmUpDocx4j() {
    builtInDocx();
    DocxWriter.warmUp();
  }

  private static String templateName(LetterKind kind) {
    return kind.cliName() + ".md.vm";
  }

  /** Configuration of an {@link IepLetters}; every setting is optional. */
  public static final class Builder {
    private Path templateFolder;
    private byte[] referenceDocx;
    private LetterPackageProcessor processor;

    private Builder() {}

    /**
     * What to do to each letter's docx4j package before it is written, such as adding a logo or a signature
     * image. Letters then cost more to render: each gets its own copy of the reference's parts.
     *
     * @param processor a thread-safe processor
     * @return this builder
     */
    public Builder letterPackageProcessor(LetterPackageProcessor processor) {
      this.processor = Objects.requireNonNull(processor, "processor");
      return this;
    }

    /**
     * An organisation's template folder: a file there replaces the built-in template of the same name
     * ({@code records-request.md.vm}, {@code macros.vm}, or {@code letter.css}, the PDF letters' stylesheet);
     * the others stay built in.
     *
     * @param folder an existing folder; a built-in template with no file of its name there is kept
     * @return this builder
     * @throws IepLettersException naming the folder when it does not exist or is not a folder
     */
    public Builder templateFolder(Path folder) {
      Objects.requireNonNull(folder, "folder");
      if (!Files.isDirectory(folder)) {
        throw new IepLettersException("the template folder " + folder + " does not exist or is not a folder");
      }
      this.templateFolder = folder;
      return this;
    }

    /**
     * The Word document whose styles, page set-up, header and footer the letters take.
     *
     * @param file a {@code .docx} file with the built-in reference's style names
     * @return this builder
     * @throws IepLettersException naming the file when it cannot be read
     */
    public Builder referenceDocx(Path file) {
      try {
        this.referenceDocx = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new IepLettersException("cannot read the reference document " + file, e);
      }
      return this;
    }

    /**
     * The Word document whose styles the letters take, as bytes.
     *
     * @param docx the bytes of a {@code .docx} file
     * @return this builder
     */
    public Builder referenceDocx(byte[] docx) {
      this.referenceDocx = docx.clone();
      return this;
    }

    /**
     * The configured letters.
     *
     * @return a new {@link IepLetters}
     * @throws IepLettersException when the reference document cannot style letters
     * @throws TemplateException when the shared macros do not parse
     */
    public IepLetters build() {
      return new IepLetters(templateFolder, referenceDocx, processor);
    }
  }

  /** The stylesheet of the PDF letters: the template folder's {@code letter.css}, or the built-in one. */
  private static String stylesheet(Path templateFolder) {
    if (templateFolder != null) {
      Path own = templateFolder.resolve(PdfWriter.STYLESHEET);
      if (Files.isRegularFile(own)) {
        try {
          return Files.readString(own);
        } catch (IOException e) {
          throw new IepLettersException("cannot read " + PdfWriter.STYLESHEET + " from the template folder", e);
        }
      }
    }
    return PdfWriter.builtInStylesheet();
  }

  private static byte[] builtInReference() {
    try (InputStream in = IepLetters.class.getClassLoader().getResourceAsStream(REFERENCE_DOCX)) {
      if (in == null) {
        throw new IepLettersException("the built-in reference.docx is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IepLettersException("cannot read the built-in reference.docx", e);
    }
  }

  /** Created on first use. */
  private static final class Defaults {
    static final IepLetters INSTANCE = builder().build();
  }
}
