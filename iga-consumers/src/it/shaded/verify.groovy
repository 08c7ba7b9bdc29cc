import java.util.jar.JarFile

// The fat jar shaded with the ServicesResourceTransformer serves every year the IGA build ships, and scores
// examples/2024/provinsi-nusa-tenggara-barat.json under each (IIDs from `iga score --year Y --format csv`); the same
// jar shaded without it keeps the first year module's service file only, and finds one year: what the README warns of.
def shipped = new File(repositoryRoot).listFiles()
    .findAll { it.name ==~ /iga-rubric-\d{4}/ && new File(it, 'pom.xml').file }
    .collect { it.name.substring('iga-rubric-'.length()) as int }
    .sort()
def iids = [2023: '50.55', 2024: '50.55', 2025: '50.55', 2026: '46.19', 2027: '46.19']
assert iids.keySet() as List == shipped : "the IIDs below cover ${shipped}"

def providers = { String classifier ->
  new JarFile(new File(basedir, "target/shaded-1-${classifier}.jar")).withCloseable { jar ->
    def entry = jar.getEntry('META-INF/services/id.iga.rubric.RubricProvider')
    jar.getInputStream(entry).getText('UTF-8').readLines().findAll { it.trim() && !it.startsWith('#') }
  }
}
def run = { String classifier -> new File(basedir, "target/${classifier}.txt").readLines('UTF-8') }

def all = run('all')
assert providers('all').size() == shipped.size()
assert all == ["years ${shipped}".toString()] + shipped.collect { "${it} ${iids[it]}".toString() }

// Maven puts the dependencies on the class path in the POM's order, and shade keeps the first of the files that
// collide: the 2023 module's.
def naive = run('naive')
assert providers('naive') == ['id.iga.rubric.y2023.Rubric2023Provider']
assert naive == ['years [2023]', "2023 ${iids[2023]}".toString()]
assert 1 < shipped.size()
println "shaded: the merged jar serves ${shipped}; the naive jar only [2023]"
