# Sourced by the launchers ./pyvm and ./casegen (and, through ./pyvm's output, benchmarks/vm-java.sh):
# the one place that knows how a launcher gets its class path. Maven writes it once per build, into
# MODULE/target/NAME.classpath: the module's jar, then its runtime dependencies as Maven resolves
# them (this repository's modules as their jars in the reactor, the rest from ~/.m2). No module list
# is written down here: the repository's jars in that file name the modules whose sources make the
# build stale. A normal run reads the file and tests file times with bash built-ins and one find.
#
# Needs root (the repository root). Use:
#   launcher_init NAME MODULE INPUT...  INPUTs: files besides the modules' poms and sources whose
#                                       change needs a rebuild (e.g. bytecodes.def)
#   launcher_needs_build                status 0 when there is no class path file yet, a jar in it is
#                                       missing, or an input is newer than the last build; otherwise
#                                       it has set cp (the class path) and jars (this repository's
#                                       jars in it)
#   launcher_build MAVEN_OPTION...      packages MODULE and what it needs, writes the class path file,
#                                       sets cp and jars
#   launcher_train, launcher_aot_opts   the JVM's ahead-of-time cache (below)

launcher_init() {
    launcher_module="$2"
    launcher_inputs=(pom.xml "${@:3}")
    classpath_file="$root/$2/target/$1.classpath"
    stamp="$root/$2/target/$1.stamp"
}

launcher_read() {
    cp="$(<"$classpath_file")"
    local entries entry
    IFS=: read -ra entries <<<"$cp"
    jars=()
    launcher_modules=()
    for entry in "${entries[@]}"; do
        if [[ "$entry" == "$root"/*/target/*.jar ]]; then
            jars+=("$entry")
            entry="${entry#"$root"/}"
            launcher_modules+=("${entry%/target/*}")
        fi
    done
}

launcher_needs_build() {
    [[ -f "$stamp" && -f "$classpath_file" ]] || return 0
    launcher_read
    local jar
    for jar in "${jars[@]}"; do
        [[ -f "$jar" ]] || return 0
    done
    [[ -n "$(cd "$root" && find "${launcher_inputs[@]}" "${launcher_modules[@]/%//pom.xml}" \
        "${launcher_modules[@]/%//src/main}" -newer "$stamp" -print -quit 2>/dev/null)" ]]
}

launcher_build() {
    local target="$root/$launcher_module/target"
    mkdir -p "$target"
    # Stamp the start, so sources edited during the build count as newer next time.
    touch "$stamp.new"
    # One Maven run: package the module and its dependencies, then write each one's runtime class
    # path (reactor modules resolve to the jars just packaged).
    if ! (cd "$root" && mvn -B -q -pl "$launcher_module" -am package dependency:build-classpath -DskipTests \
        -Dmdep.outputFile="target/$(basename "$classpath_file").deps" -DincludeScope=runtime -Dstyle.color=never \
        "$@" >&2); then
        rm -f "$stamp.new"
        return 1
    fi
    # The module's own jar (not in its dependency list): the newest main jar Maven left in target/.
    local jar own=""
    for jar in "$target"/*.jar; do
        [[ "$jar" == *-tests.jar || "$jar" == *-sources.jar || "$jar" == *-javadoc.jar ]] && continue
        [[ -z "$own" || "$jar" -nt "$own" ]] && own="$jar"
    done
    if [[ -z "$own" ]]; then
        rm -f "$stamp.new"
        echo "no jar in $target after the build" >&2
        return 1
    fi
    local deps
    deps="$(<"$classpath_file.deps")"
    echo "$own${deps:+:$deps}" >"$classpath_file.tmp"
    mv -f "$classpath_file.tmp" "$classpath_file"
    mv -f "$stamp.new" "$stamp"
    launcher_read
}

# The JVM's ahead-of-time cache (JDK 25, JEP 483/514/515) of a launcher, made after a build (or when
# missing) by one training run, written to a temporary name first so that a run never maps half a
# cache. Success is a non-empty cache, whatever the training's exit status (casegen's `check` exits 1
# on drift); a failure leaves AOT.failed and the log, and runs go without a cache until the next build.
#   launcher_train AOT JAVA_ARGUMENT...   (the JVM options, -cp "$cp", the main class and its arguments)
launcher_train() {
    local aot="$1" name
    shift
    [[ -f "$aot" || -f "$aot.failed" ]] && return 0
    name="$(basename "$aot" .aot)"
    echo "$name: training the AOT cache (once per build)..." >&2
    rm -f "$aot.tmp" "$aot.tmp.config"
    (cd "$root" && "$java" -XX:AOTCacheOutput="$aot.tmp" "$@") >"$aot.log" 2>&1 || true
    if [[ -s "$aot.tmp" ]]; then
        mv -f "$aot.tmp" "$aot"
    else
        echo "$name: making the AOT cache failed (see $aot.log); running without it" >&2
        touch "$aot.failed"
    fi
    rm -f "$aot.tmp" "$aot.tmp.config"
}

# Sets aot_opts to use the cache AOT, only when no jar of the class path is newer than it (bash
# built-in tests, no process): JDK 25 does not notice changed jars on the class path and would load
# the cached, old classes. A cache the JVM rejects (another JDK build, other options) is skipped
# silently: -Xlog:aot*=off,cds*=off keeps its warnings off stdout, where unified logging writes them.
launcher_aot_opts() {
    aot_opts=()
    [[ -f "$1" ]] || return 0
    local jar
    for jar in "${jars[@]}"; do
        [[ "$jar" -nt "$1" ]] && return 0
    done
    aot_opts=(-XX:AOTCache="$1" -Xlog:aot*=off -Xlog:cds*=off)
}
