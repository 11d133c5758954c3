/**
 * IEP Letters: from a validated case, the figures its letters state (ledger, calendar, IEP change, plan) and the
 * letters themselves.
 *
 * <p>Exported: the entry point ({@code org.iepletters}) and the pipeline's API packages. The template views
 * ({@code org.iepletters.letters}) and the rendering ({@code org.iepletters.render}) are not exported: they are
 * opened only to the libraries that reach them by reflection. A package added to core is unexported until a line
 * here exports it; a library that reads it by reflection gets a qualified {@code opens}.
 */
@SuppressWarnings("requires-automatic") // Velocity and openhtmltopdf have no module names of their own yet: their jars' names give them one
module org.iepletters {
  // types of these appear in the API
  requires transitive org.docx4j.core;
  requires transitive jakarta.validation;

  requires java.xml;
  requires org.iepletters.templates;
  requires org.docx4j.JAXB_ReferenceImpl;
  requires jakarta.xml.bind; // each part is marshalled with docx4j's JAXB context
  requires velocity.engine.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.yaml.snakeyaml;
  requires org.hibernate.validator;
  requires org.slf4j;
  // the PDF of a letter: openhtmltopdf lays out its HTML, PDFBox writes and merges the pages; java.desktop holds
  // the colour profile of PDF/A's output intent
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.fontbox;
  requires org.apache.xmpbox;
  requires java.desktop;
  requires java.logging; // openhtmltopdf's logger interface takes java.util.logging levels
  // PDFBox logs through commons-logging, which jcl-over-slf4j provides; an automatic module reads only modules
  // that are resolved, so this puts it in the graph
  requires org.apache.commons.logging;

  exports org.iepletters;
  exports org.iepletters.model;
  exports org.iepletters.io;
  exports org.iepletters.validation;
  exports org.iepletters.calendar;
  exports org.iepletters.ledger;
  exports org.iepletters.change;
  exports org.iepletters.plan;

  // Jackson binds case files to the records; Hibernate Validator reads their constraints and runs the validators;
  // Velocity reads the letter views and creates the sandbox's classes by name
  opens org.iepletters.model to com.fasterxml.jackson.databind, org.hibernate.validator, velocity.engine.core;
  opens org.iepletters.io to com.fasterxml.jackson.databind;
  opens org.iepletters.validation to org.hibernate.validator;
  opens org.iepletters.letters to velocity.engine.core;
  opens org.iepletters.render to velocity.engine.core;
  opens org.iepletters.plan to velocity.engine.core;
  opens org.iepletters.calendar to velocity.engine.core;
  opens org.iepletters.ledger to velocity.engine.core;
  opens org.iepletters.change to velocity.engine.core;
}
