package org.iepletters.render;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.jaxb.ri.NamespacePrefixMapper;
import org.docx4j.jaxb.ri.NamespacePrefixMapperRelationshipsPart;
import org.docx4j.openpackaging.contenttype.ContentTypeManager;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.io3.Save;
import org.docx4j.openpackaging.io3.stores.PartStore;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.XmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPart;
import org.docx4j.openpackaging.parts.relationships.RelationshipsPart;
import org.iepletters.IepLettersException;

/**
 * Saves a docx4j package as the same bytes for the same package, on any thread, whatever
 * {@code docx4j.properties} an application ships.
 *
 * <p>docx4j's {@link Save} walks the package: the content types, then every part reachable from the package's
 * relationships. This part store receives them: each XML part is marshalled by docx4j's JAXB context without
 * indentation or a version comment (a part whose content the reference shares is taken as marshalled once),
 * and {@link java.util.zip.ZipOutputStream} writes the container with the entries in a fixed order (content
 * types, package relationships, then by name) and one fixed time, the letter date at midnight, set with
 * {@link ZipEntry#setTimeLocal} so that no time zone enters the file.
 */
final class PackageWriter implements PartStore {

  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String PACKAGE_RELS = "_rels/.rels";

  private final Map<Object, byte[]> marshalled;
  private final LocalDate date;
  private final Map<String, byte[]> entries = new TreeMap<>();
  private OutputStream out;
  private Exception failure;

  private PackageWriter(Map<Object, byte[]> marshalled, LocalDate date) {
    this.marshalled = marshalled;
    this.date = date;
  }

  /**
   * The bytes of a package.
   *
   * @param pkg the package
   * @param marshalled the XML of part contents already marshalled, by identity
   * @param date the date of every ZIP entry
   * @return the {@code .docx} bytes
   */
  static byte[] write(OpcPackage pkg, Map<Object, byte[]> marshalled, LocalDate date) {
    PackageWriter store = new PackageWriter(marshalled, date);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try {
      new Save(pkg, store).save(bytes);
    } catch (Docx4JException e) {
      throw new IepLettersException("docx4j could not save the letter", e);
    }
    if (store.failure != null) {
      throw new IepLettersException("docx4j could not save the letter", store.failure);
    }
    return bytes.toByteArray();
  }

  /** The XML of one part's content, as docx4j's context marshals it: no indentation, no comment. */
  static byte[] marshal(JaxbXmlPart<?> part, Object content) {
    return marshal(part.getJAXBContext(), part instanceof RelationshipsPart, part.getMceIgnorable(), content);
  }

  private static byte[] marshal(JAXBContext context, boolean relationships, String ignorable, Object content) {
    try {
      Marshaller marshaller = context.createMarshaller();
      if (relationships) {
        NamespacePrefixMapperUtils.setProperty(marshaller, new NamespacePrefixMapperRelationshipsPart());
      } else {
        NamespacePrefixMapper prefixes = new NamespacePrefixMapper();
        prefixes.setMcIgnorable(ignorable == null ? "" : ignorable);
        NamespacePrefixMapperUtils.setProperty(marshaller, prefixes);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
      marshaller.marshal(content, out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new IepLettersException("docx4j could not write a part of the letter", e);
    }
  }

  @Override
  public void setOutputStream(OutputStream os) {
    this.out = os;
  }

  @Override
  public void saveContentTypes(ContentTypeManager ctm) {
    // docx4j's Save prints the stack trace of what a part store throws: failures are kept and thrown after
    try {
      ByteArrayOutputStream xml = new ByteArrayOutputStream(2048);
      ctm.marshal(xml);
      entries.put(CONTENT_TYPES, xml.toByteArray());
    } catch (JAXBException | RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public void saveJaxbXmlPart(JaxbXmlPart part) {
    try {
      Object content = part.getJaxbElement();
      byte[] xml = marshalled.get(content);
      entries.put(name(part), xml != null ? xml : marshal(part, content));
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public void saveBinaryPart(Part part) {
    try {
      entries.put(name(part), ((BinaryPart) part).getBytes());
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public void saveCustomXmlDataStoragePart(CustomXmlDataStoragePart part) {
    fail(new IllegalStateException("a letter carries no custom XML: " + name(part)));
  }

  @Override
  public void saveXmlPart(XmlPart part) {
    fail(new IllegalStateException("a letter carries no DOM part: " + name(part)));
  }

  @Override
  public void finishSave() {
    if (failure != null) {
      return;
    }
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, CONTENT_TYPES, entries.remove(CONTENT_TYPES));
      put(zip, PACKAGE_RELS, entries.remove(PACKAGE_RELS));
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        put(zip, entry.getKey(), entry.getValue());
      }
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  private void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    if (bytes == null) {
      throw new IllegalStateException("the package has no " + name);
    }
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(date.atStartOfDay());
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  private void fail(Exception e) {
    if (failure == null) {
      failure = e;
    }
  }

  private static String name(Part part) {
    return part.getPartName().getName().substring(1);
  }

  @Override
  public InputStream loadPart(String partName) {
    return null;
  }

  @Override
  public void rename(PartName oldName, PartName newName) {
    // nothing is stored under a name before the save
  }

  @Override
  public long getPartSize(String partName) {
    return -1;
  }

  @Override
  public void setSourcePartStore(PartStore partStore) {
    // every part of a letter is in memory
  }

  @Override
  public void dispose() {
    entries.clear();
  }
}
