# Sourced by the project's scripts: use JDK 25 (the build's release) even where the machine's
# default java is older. Honors a JAVA_HOME that already points at JDK 25.
# The version is read from the JDK's release file (JAVA_VERSION="25..."), not from `java -version`:
# the launchers source this on every run, and starting a JVM to ask costs 50-200 ms.
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
_jdk_release=""
if [ -n "${JAVA_HOME:-}" ] && [ -r "${JAVA_HOME}/release" ] && [ -x "${JAVA_HOME}/bin/java" ]; then
  _jdk_release="$(< "${JAVA_HOME}/release")"
fi
case "$_jdk_release" in
  *'JAVA_VERSION="25'*) _jdk_is_25=1 ;;
  *) _jdk_is_25="" ;;
esac
unset _jdk_release
if [ -z "$_jdk_is_25" ]; then
  if [ -x "$jdk25/bin/java" ]; then
    export JAVA_HOME="$jdk25"
  else
    echo "error: JDK 25 not found; set JAVA_HOME to a JDK 25 installation" >&2
    exit 2
  fi
fi
unset _jdk_is_25
export PATH="$JAVA_HOME/bin:$PATH"
# Maven's own libraries (guava) use sun.misc.Unsafe, which JDK 25 warns about on every start.
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
