package org.iepletters.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Opens documents in a real word processor: LibreOffice headless converts them to PDF, and pdftotext
 * extracts the text a reader would see.
 *
 * <p>One conversion call handles every file, because LibreOffice's start-up dominates the cost. Each call
 * uses a private profile folder, so parallel runs never lock each other.
 */
public final class LibreOffice {
  private LibreOffice() {}

  /** Whether {@code soffice} and {@code pdftotext} are on the PATH. */
  public static boolean available() {
    return onPath("soffice") && onPath("pdftotext");
  }

  /** Whether the tests run in CI, where a missing word processor is a failure rather than a skip. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * Converts each document to PDF and returns the text of each PDF, keyed by the document's file name.
   *
   * @param documents the .docx files, with distinct file names
   * @param work a scratch folder
   * @return the extracted text of each document
   * @throws IOException when a conversion produced no PDF, or a tool failed
   */
  public static Map<String, String> pdfText(List<Path> documents, Path work) throws IOException, InterruptedException {
    Path out = Files.createDirectories(work.resolve("pdf"));
    Path profile = Files.createDirectories(work.resolve("profile"));
    List<String> command = new ArrayList<>(List.of(
        "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", out.toString()));
    documents.forEach(d -> command.add(d.toString()));
    run(command, work.resolve("soffice.log"));

    Map<String, String> texts = new LinkedHashMap<>();
    for (Path document : documents) {
      String base = document.getFileName().toString().replaceFirst("\\.docx$", "");
      Path pdf = out.resolve(base + ".pdf");
      // soffice can exit 0 after a failed conversion: the PDF itself is the evidence
      if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
        throw new IOException("LibreOffice produced no PDF for " + document.getFileName()
            + "; its output: " + Files.readString(work.resolve("soffice.log")));
      }
      Path txt = out.resolve(base + ".txt");
      run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), txt.toString()), work.resolve("pdftotext.log"));
      texts.put(document.getFileName().toString(), Files.readString(txt, StandardCharsets.UTF_8));
    }
    return texts;
  }

  /**
   * The text of a PDF as pdftotext extracts it, in the order of its content (pdftotext {@code -raw}), which for
   * a tagged letter is the reading order.
   *
   * @param pdf the PDF file
   * @param work a scratch folder
   * @return the text
   * @throws IOException when pdftotext fails
   */
  public static String pdftotext(Path pdf, Path work) throws IOException, InterruptedException {
    Path txt = work.resolve(pdf.getFileName() + ".txt");
    run(List.of("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), txt.toString()),
        work.resolve("pdftotext.log"));
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException(command.get(0) + " did not finish in 5 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IOException(command.get(0) + " exited " + process.exitValue() + ": " + Files.readString(log));
    }
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
