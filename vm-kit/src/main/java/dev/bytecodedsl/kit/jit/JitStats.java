package dev.bytecodedsl.kit.jit;

/**
 * What a VM's statistics report says about the JIT: traces and uops compiled, code size, compile
 * time, fallbacks; and, when the VM counts statistics, the uops machine code executed and the
 * helper upcalls it made ({@link Coverage} puts them next to the other tiers' work).
 */
public final class JitStats {
    private long tracesCompiled;
    private long uopsCompiled;
    private long codeBytes;
    private long compileNanos;
    private long fallbacks;
    private long uopsExecuted;
    private final UpcallCounts upcalls = new UpcallCounts();

    void compiled(int uops, int bytes, long nanos) {
        tracesCompiled++;
        uopsCompiled += uops;
        codeBytes += bytes;
        compileNanos += nanos;
    }

    void fallback() {
        fallbacks++;
    }

    void executed(long uops) {
        uopsExecuted += uops;
    }

    /** Uops executed as machine code (counted only with statistics on). */
    public long uopsExecuted() {
        return uopsExecuted;
    }

    /** Helper upcalls from machine code (counted only with statistics on). */
    public UpcallCounts upcalls() {
        return upcalls;
    }

    public long tracesCompiled() {
        return tracesCompiled;
    }

    public long uopsCompiled() {
        return uopsCompiled;
    }

    public long fallbacks() {
        return fallbacks;
    }

    public long compileNanos() {
        return compileNanos;
    }

    String format() {
        return "JIT:\n"
                + "  traces compiled       " + tracesCompiled + "\n"
                + "  uops compiled         " + uopsCompiled + "\n"
                + "  machine code bytes    " + codeBytes + "\n"
                + "  compile time (us)     " + compileNanos / 1000 + "\n"
                + "  uop-interpreter fallbacks " + fallbacks + "\n";
    }
}
