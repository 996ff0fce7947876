package dev.bytecodedsl.runtime;

/**
 * How to run a program.
 *
 * @param disassemble print the (quickened) disassembly of every code object after the run
 * @param stats       count executions and print the per-family specialization table after the run
 * @param gcStress    collect at every eval-breaker check (tests GC safety); also {@code -Dpyvm.gcStress=true}
 * @param debug       show Java stack traces of internal errors
 */
public record VmOptions(boolean disassemble, boolean stats, boolean gcStress, boolean debug) {
    public static VmOptions defaults() {
        return new VmOptions(false, false, Boolean.getBoolean("pyvm.gcStress"), Boolean.getBoolean("pyvm.debug"));
    }

    public VmOptions withDisassemble(boolean on) {
        return new VmOptions(on, stats, gcStress, debug);
    }

    public VmOptions withStats(boolean on) {
        return new VmOptions(disassemble, on, gcStress, debug);
    }

    public VmOptions withGcStress(boolean on) {
        return new VmOptions(disassemble, stats, on, debug);
    }
}
