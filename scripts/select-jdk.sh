# Sourced by the project's scripts: use JDK 25 (the build's release) even where the machine's
# default java is older. Honors a JAVA_HOME that already points at JDK 25.
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -z "${JAVA_HOME:-}" ] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -q 'version "25'; then
  if [ -x "$jdk25/bin/java" ]; then
    export JAVA_HOME="$jdk25"
  else
    echo "error: JDK 25 not found; set JAVA_HOME to a JDK 25 installation" >&2
    exit 2
  fi
fi
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's own libraries (guava) use sun.misc.Unsafe, which JDK 25 warns about on every start.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
