package dev.bytecodedsl.runtime.vm.specialize;

import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.runtime.vm.Counters;
import dev.bytecodedsl.runtime.vm.SpecializationStats;

/**
 * The instruction being specialized: rewrites its opcode byte and inline cache (never the oparg),
 * and keeps the adaptive counter non-zero afterwards, since the interpreter re-dispatches the
 * instruction (DISPATCH_SAME_OPARG). Cache entries are little-endian units after the counter.
 */
public final class Site {
    private final char[] code;
    private final int ip;
    private final int head;
    private final SpecializationStats stats;

    public Site(char[] code, int ip, SpecializationStats stats) {
        this.code = code;
        this.ip = ip;
        this.stats = stats;
        int opcode = code[ip] & 0xFF;
        this.head = OpcodeMetadata.DEOPT[opcode];
        if (opcode != head) {
            // a specialized form ran out of its cooldown through misses
            stats.deopt(head);
        }
    }

    public int oparg() {
        return code[ip] >>> 8;
    }

    /** Installs {@code opcode} (a member of this site's family) with the cooldown counter. */
    public void specialize(int opcode) {
        code[ip] = (char) (code[ip] & 0xFF00 | opcode);
        code[ip + 1] = Counters.COOLDOWN;
        stats.success(head);
    }

    /** Reverts to the generic instruction and backs the counter off exponentially. */
    public void fail() {
        code[ip] = (char) (code[ip] & 0xFF00 | head);
        code[ip + 1] = Counters.backoff(code[ip + 1]);
        stats.failure(head);
    }

    /** Cache entry {@code unit} (1 = the unit after the counter) as 16 bits. */
    public void write16(int unit, int value) {
        code[ip + 1 + unit] = (char) value;
    }

    public void write32(int unit, long value) {
        write16(unit, (int) value & 0xFFFF);
        write16(unit + 1, (int) (value >>> 16) & 0xFFFF);
    }

    public void write64(int unit, long value) {
        write32(unit, value);
        write32(unit + 2, value >>> 32);
    }

    public static boolean fits16(long v) {
        return v > 0 && v <= 0xFFFF;
    }
}
