/** A user's module: it reads the library's module, and nothing else is asked of the command line. */
module org.example.letters {
  requires org.iepletters;
  requires java.logging;
}
