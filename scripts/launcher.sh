# Sourced by the launchers ./pyvm and ./casegen (and, through ./pyvm's output, benchmarks/vm-java.sh):
# the one place that knows how a launcher gets its class path. Maven writes it once per build, into
# MODULE/target/NAME.classpath: the module's jar, then its runtime dependencies as Maven resolves
# them (this repository's modules as their jars in the reactor, the rest from ~/.m2). No module list
# is written down here: the repository's jars in that file name the modules whose sources make the
# build stale. A normal run starts no process before the JVM: it reads the files and tests file
# times with bash built-ins only (each fork costs a few milliseconds of an empty program's start).
#
# Sourced as "$script_dir/scripts/launcher.sh", where script_dir is the launcher's directory (the
# repository root, maybe by a relative or symbolic path). Use:
#   launcher_root DIR                   sets root, the repository root's physical path
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
    # Every file and directory the last build read (written by launcher_build): a run compares their
    # times with the stamp's. An edited file is newer; a file added, removed or renamed makes its
    # directory newer.
    inputs_file="$root/$2/target/$1.inputs"
}

# Sets root to the directory $1 with symbolic links resolved, as `$(cd "$1" && pwd -P)` would,
# without the subshell's fork: cd there and back.
launcher_root() {
    local here="$PWD"
    cd -P -- "$1"
    root="$PWD"
    cd -- "$here"
}

launcher_read() {
    IFS= read -r cp <"$classpath_file" || [[ -n "$cp" ]]
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
    [[ -f "$stamp" && -f "$classpath_file" && -f "$inputs_file" ]] || return 0
    launcher_read
    local jar input inputs
    for jar in "${jars[@]}"; do
        [[ -f "$jar" ]] || return 0
    done
    mapfile -t inputs <"$inputs_file"
    for input in "${inputs[@]}"; do
        [[ -e "$root/$input" && ! "$root/$input" -nt "$stamp" ]] || return 0
    done
    return 1
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
    launcher_read
    (cd "$root" && find "${launcher_inputs[@]}" "${launcher_modules[@]/%//pom.xml}" "${launcher_modules[@]/%//src/main}" \
        2>/dev/null) >"$inputs_file.tmp" || true
    mv -f "$inputs_file.tmp" "$inputs_file"
    mv -f "$stamp.new" "$stamp"
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

# Sets limit_kb to what `ulimit -v` prints (KiB, or "unlimited"), read from /proc/self/limits (the
# shell's own, which the JVM inherits) without the subshell of $(ulimit -v); that where /proc is missing.
launcher_address_space_limit() {
    local line pattern='^Max address space +([^ ]+)'
    if [[ -r /proc/self/limits ]]; then
        while IFS= read -r line; do
            if [[ "$line" =~ $pattern ]]; then
                limit_kb="${BASH_REMATCH[1]}"
                [[ "$limit_kb" =~ ^[0-9]+$ ]] && limit_kb=$((limit_kb / 1024))
                return 0
            fi
        done </proc/self/limits
    fi
    limit_kb="$(ulimit -v)"
}
