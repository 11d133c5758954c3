/**
 * The built-in letter templates (Velocity writing Markdown), their shared macros and {@code reference.docx}:
 * resources only, open to every module so the library can read them on the module path as on the class path.
 */
open module org.iepletters.templates {
}
