package dev.bytecodedsl.kit.jit;


/**
 * A hole as the compiler filled it, for the machine-code dump ({@link JitOptions#dump}): which uop's code or data, the hole, and the
 * value written (before the kind's encoding; PC-relative kinds then subtract the hole's address).
 *
 * @param uopIndex the trace position, or -1 for a trampoline
 */
public record PatchedHole(int uopIndex, boolean inData, long address, Hole hole, long value) {
    public String format() {
        String where = (inData ? "data" : "code") + "+0x" + Integer.toHexString(hole.offset());
        String symbol = hole.symbol() == null || hole.symbol().isEmpty() ? "" : " " + hole.symbol();
        return String.format("  %-12s %-26s %-11s%s%s = 0x%x", where, hole.kind(), hole.value(), symbol,
                hole.addend() == 0 ? "" : (hole.addend() > 0 ? " + " : " - ") + Math.abs(hole.addend()), value);
    }
}
