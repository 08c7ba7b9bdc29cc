// The class-path application scored every example under every year the IGA build ships, to the IIDs of expected.txt
// (taken from `iga score --year Y [--mode verified] --format csv` on these files).
def shipped = new File(repositoryRoot).listFiles()
    .findAll { it.name ==~ /iga-rubric-\d{4}/ && new File(it, 'pom.xml').file }
    .collect { it.name.substring('iga-rubric-'.length()) as int }
    .sort()
def actual = new File(basedir, 'target/scores.txt').readLines('UTF-8')
def expected = new File(basedir, 'expected.txt').readLines('UTF-8')

assert actual[0] == "years ${shipped}".toString() : "the class path serves ${actual[0]}, the build ships ${shipped}"
for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
  String line = actual[i], wanted = expected[i]
  assert line == wanted : "line ${i + 1} of target/scores.txt"
}
println "classpath: ${actual.size() - 1} scores under ${shipped} as expected"
