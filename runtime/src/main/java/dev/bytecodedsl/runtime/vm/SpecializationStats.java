package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-opcode counters of the specializing interpreter, summarized per family: executions (every
 * member), hits (specialized executions whose guards held), misses (guard failures that fell back
 * to the generic instruction), specialization successes and failures, and deopts (a specialized
 * site whose counter ran out through misses and was specialized again or turned generic).
 */
public final class SpecializationStats {
    private final long[] executions = new long[256];
    private final long[] misses = new long[256];
    private final long[] successes = new long[256];
    private final long[] failures = new long[256];
    private final long[] deopts = new long[256];

    void execution(int opcode) {
        executions[opcode]++;
    }

    void miss(int opcode) {
        misses[opcode]++;
    }

    public void success(int head) {
        successes[head]++;
    }

    public void failure(int head) {
        failures[head]++;
    }

    public void deopt(int head) {
        deopts[head]++;
    }

    /** Every instruction dispatch of tier 1 (a re-dispatch after specializing in place counts again). */
    public long totalExecutions() {
        long n = 0;
        for (long e : executions) {
            n += e;
        }
        return n;
    }

    /** One family's totals. */
    public record Family(String name, long executions, long hits, long misses, long successes, long failures,
                         long deopts, List<Member> members) {
    }

    /** One specialized opcode: how often it ran and how often its guards failed. */
    public record Member(String name, long hits, long misses) {
    }

    /** Families in opcode order. */
    public List<Family> families() {
        List<Family> out = new ArrayList<>();
        for (int head = 0; head < 256; head++) {
            int[] members = OpcodeMetadata.SPECIALIZATIONS[head];
            if (members == null) {
                continue;
            }
            long exec = executions[head];
            long hits = 0;
            long miss = 0;
            List<Member> ms = new ArrayList<>();
            for (int m : members) {
                exec += executions[m];
                long h = executions[m] - misses[m];
                hits += h;
                miss += misses[m];
                ms.add(new Member(Opcodes.name(m), h, misses[m]));
            }
            out.add(new Family(Opcodes.name(head), exec, hits, miss, successes[head], failures[head], deopts[head], ms));
        }
        return out;
    }

    /** The --stats table. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-28s %12s %12s %10s %9s %9s %7s%n", "family / specialization", "executions", "hits",
                "misses", "success", "failure", "deopt"));
        for (Family f : families()) {
            if (f.executions() == 0) {
                continue;
            }
            sb.append(String.format("%-28s %12d %12d %10d %9d %9d %7d%n", f.name(), f.executions(), f.hits(),
                    f.misses(), f.successes(), f.failures(), f.deopts()));
            for (Member m : f.members()) {
                if (m.hits() + m.misses() > 0) {
                    sb.append(String.format("  %-26s %12s %12d %10d%n", m.name(), "", m.hits(), m.misses()));
                }
            }
        }
        return sb.toString();
    }
}
