// Runs generate with Maven on JDK 17 (nested build): one line naming the JDK the plugin needs.
def jdk17 = new File('/usr/lib/jvm/java-17-openjdk-amd64')
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def pb = new ProcessBuilder(mvn, '-B', '-Dstyle.color=never', '-Dmaven.repo.local=' + localRepositoryPath, 'generate-sources')
        .directory(basedir).redirectErrorStream(true)
pb.environment().put('JAVA_HOME', jdk17.path)
pb.environment().put('MAVEN_OPTS', '')
def p = pb.start()
def out = p.inputStream.text
int rc = p.waitFor()
new File(basedir, 'nested-jdk17.log').text = out
assert rc != 0 : out
assert out.contains('bytecodedsl-maven-plugin needs Maven to run on JDK 25 or newer, but this Maven runs on Java 17') : out
assert !out.contains('UnsupportedClassVersionError') : out
assert !out.contains('class file version') : out
return true
