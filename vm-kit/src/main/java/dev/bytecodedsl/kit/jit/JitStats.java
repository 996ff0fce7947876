package dev.bytecodedsl.kit.jit;

/** What a VM's statistics report says about the JIT: traces and uops compiled, code size, compile time, fallbacks. */
public final class JitStats {
    private long tracesCompiled;
    private long uopsCompiled;
    private long codeBytes;
    private long compileNanos;
    private long fallbacks;

    void compiled(int uops, int bytes, long nanos) {
        tracesCompiled++;
        uopsCompiled += uops;
        codeBytes += bytes;
        compileNanos += nanos;
    }

    void fallback() {
        fallbacks++;
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
