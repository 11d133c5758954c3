// The module-path run wrote the letters that apply and printed nothing.
def letters = new File(basedir, 'target/letters')
def written = (letters.list() ?: new String[0]).toList().sort()
assert written == ['bsea-hearing-request.docx', 'bsea-mediation-request.docx', 'demand.docx', 'prs-complaint.docx', 'records-request.docx',
  'team-meeting-request.docx'] : "letters written ${written}"
def console = new File(basedir, 'target/console.txt').getText('UTF-8').readLines()
assert console == [] : "the example printed ${console}"
return true
