// Runs after the consumer's build: its dependency tree holds no command-line, logging-binding, database-driver
// or test library, and its shaded jar runs (rules from its own jar, several threads, bad input
// caught as PlancheckException).
def tree = new File(basedir, 'target/dependency-tree.txt').text
println tree
assert tree.contains('org.plancheck:plancheck:jar')
assert tree.contains('org.drools:drools-core:jar')
assert tree.contains('org.slf4j:slf4j-api:jar')
['info.picocli', 'jackson-datatype-jsr310', 'slf4j-simple', 'org.postgresql', 'logback-classic', 'slf4j-reload4j', 'slf4j-log4j12',
 'slf4j-jdk14', 'slf4j-nop', 'log4j-slf4j', 'junit', 'jqwik', 'assertj', 'opentest4j', 'jmh'].each {
  assert !tree.contains(it) : "the consumer's dependency tree holds ${it}"
}

// The library jar itself: no command line, no logging settings, no launcher manifest.
def library = new File(localRepositoryPath, 'org/plancheck/plancheck').listFiles().findAll { it.directory }
    .collectMany { it.listFiles() as List }.find { it.name ==~ /plancheck-[^-]+(-SNAPSHOT)?\.jar/ }
assert library != null : "the library jar is not in the consumer's repository"
new java.util.jar.JarFile(library).withCloseable { j ->
  def main = j.manifest.mainAttributes
  assert main.getValue('Automatic-Module-Name') == 'org.plancheck'
  assert main.getValue('Main-Class') == null && main.getValue('Class-Path') == null
  assert !j.entries().collect { it.name }.any { it.startsWith('org/plancheck/cli/') || it == 'simplelogger.properties' }
}

def jar = new File(basedir, 'target/plancheck-consumer-1.0.jar')
def entries = new java.util.jar.JarFile(jar).withCloseable { j -> j.entries().collect { it.name } }
assert entries.contains('rules/robots.drl')
assert !entries.any { it ==~ /META-INF\/[^\/]+\.(SF|RSA|DSA)/ } : 'signature files left in the shaded jar'
assert !entries.contains('simplelogger.properties')

def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', jar.path, new File(basedir, 'facts').path, new File(basedir, 'bad-facts').path)
    .redirectErrorStream(true).start()
def output = process.inputStream.text
process.waitFor()
println output
assert process.exitValue() == 0 : 'the shaded consumer failed'
assert output.contains('consumer: OK')
assert output.contains('bad rule: broken-rules/broken.drl:')
assert output.contains("unknown column 'revnue'")
return true
