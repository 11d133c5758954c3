// What the consumer's runs left: the letters, and everything the example printed (standard output and error).
def expectedLetters = ['bsea-hearing-request.docx', 'bsea-mediation-request.docx', 'demand.docx', 'prs-complaint.docx', 'records-request.docx',
  'team-meeting-request.docx']
// SLF4J's own warning, once per JVM, when the application has no logging implementation (the README says so)
def noProviderLines = [
    'SLF4J(W): No SLF4J providers were found.',
    'SLF4J(W): Defaulting to no-operation (NOP) logger implementation',
    'SLF4J(W): See https://www.slf4j.org/codes.html#noProviders for further details.']

['own-dependencies': noProviderLines, 'slf4j-nop': [], 'slf4j-simple': []].each { logging, allowed ->
  def letters = new File(basedir, "target/letters-${logging}")
  def written = (letters.list() ?: new String[0]).toList().sort()
  assert written == expectedLetters : "${logging}: letters written ${written}"
  written.each { name ->
    def bytes = new File(letters, name).bytes
    assert bytes.length > 1000 && bytes[0] == (byte) 'P' && bytes[1] == (byte) 'K' : "${logging}: ${name} is a .docx"
  }
  def console = new File(basedir, "target/console-${logging}.txt").getText('UTF-8').readLines()
  assert console == allowed : "${logging}: the example printed ${console}"
}
return true
