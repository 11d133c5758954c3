package org.iepletters.samples.examples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.iepletters.IepLetters;
import org.iepletters.Letter;
import org.iepletters.LetterKind;
import org.iepletters.LetterPackageProcessor;
import org.iepletters.io.CaseFiles;

/**
 * An organisation's logo at the top of every letter, added with docx4j to each letter's package before it is
 * written: a {@link LetterPackageProcessor} on the builder.
 *
 * <p>Use this for what a reference document cannot hold in its styles: an image, a signature, a watermark. The
 * processor receives a package of the letter's own, so it may add parts and change the body freely.
 */
public final class LetterWithLogo {
  private LetterWithLogo() {}

  /**
   * A processor that puts an image, in a paragraph of its own, before the first paragraph of the letter.
   *
   * @param png the image, as PNG bytes
   * @param description the image's alternative text, read out by a screen reader
   * @return the processor
   */
  public static LetterPackageProcessor logo(byte[] png, String description) {
    byte[] image = png.clone();
    return (kind, letter) -> {
      BinaryPartAbstractImage part = BinaryPartAbstractImage.createImagePart(letter, letter.getMainDocumentPart(),
          image);
      // the ids are fixed, so the same letter gives the same bytes
      Inline inline = part.createImageInline("logo.png", description, 1, 2, false);
      ObjectFactory wml = new ObjectFactory();
      Drawing drawing = wml.createDrawing();
      drawing.getAnchorOrInline().add(inline);
      R run = wml.createR();
      run.getContent().add(drawing);
      P paragraph = wml.createP();
      paragraph.getContent().add(run);
      letter.getMainDocumentPart().getContent().add(0, paragraph);
    };
  }

  /**
   * Letters with the logo.
   *
   * @param png the logo as PNG bytes
   * @return the entry object to share
   */
  public static IepLetters lettersWithLogo(byte[] png) {
    return IepLetters.builder()
        .letterPackageProcessor(logo(png, "Example Parent Network"))
        .build();
  }

  /** A small placeholder logo: a blue band, drawn here so the example needs no file. */
  public static byte[] placeholderLogo() throws IOException {
    BufferedImage image = new BufferedImage(240, 60, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 240, 60);
    g.setColor(new Color(0x1f, 0x4e, 0x79));
    g.fillRect(0, 20, 240, 20);
    g.dispose();
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return png.toByteArray();
  }

  /**
   * Writes the demand letter of a case with the placeholder logo.
   *
   * @param args the case file and the output file
   * @throws Exception when the files cannot be read or written
   */
  public static void main(String[] args) throws Exception {
    Letter letter = lettersWithLogo(placeholderLogo())
        .render(LetterKind.DEMAND, CaseFiles.read(Path.of(args[0])), LocalDate.now());
    letter.writeTo(Path.of(args[1]));
  }
}
