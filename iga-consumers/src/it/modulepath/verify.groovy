// The module-path application and its jlink image found every year the IGA build ships through ServiceLoader, each
// in its own named module, and scored examples/2024/kota-bukittinggi.json to the IIDs of expected.txt (taken from
// `iga score --year Y --format csv`). The image holds exactly the application's modules and java.base: no
// filename-based automatic module (jsr305) can be linked, so none may be required by a published descriptor.
def shipped = new File(repositoryRoot).listFiles()
    .findAll { it.name ==~ /iga-rubric-\d{4}/ && new File(it, 'pom.xml').file }
    .collect { it.name.substring('iga-rubric-'.length()) }
    .sort()
def expected = new File(basedir, 'expected.txt').readLines('UTF-8')
assert expected.drop(1).collect { it.split(' ')[0] } == shipped : "expected.txt covers ${shipped}"

for (String run : ['module-path.txt', 'image.txt']) {
  def actual = new File(basedir, "target/${run}").readLines('UTF-8')
  for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
    String line = actual[i], wanted = expected[i]
    assert line == wanted : "line ${i + 1} of target/${run}"
  }
}

def linked = new File(basedir, 'target/image-modules.txt').readLines('UTF-8')
    .collect { it.replaceFirst(/@.*/, '') }
    .sort()
def wanted = ['app', 'com.fasterxml.jackson.core', 'id.iga.core', 'java.base'] + shipped.collect { "id.iga.rubric.y${it}".toString() }
assert linked == wanted.sort()
println "modulepath: ${shipped} on the module path and in the jlink image (${linked.size()} modules)"
