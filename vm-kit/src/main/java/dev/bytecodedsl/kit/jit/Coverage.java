package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.trace.TraceStats;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a run's work went, in work units: instructions dispatched by tier 1, uops run by the uop
 * interpreter, uops run as machine code; the helper upcalls machine code made; and the loops left
 * in tier 1 with why. All are counted only with statistics on (docs/runtime.md, "Statistics").
 *
 * @param tier1Instructions instruction dispatches of the VM's tier 1 (its own count)
 * @param interpretedUops   uops the uop interpreter ran
 * @param nativeUops        uops machine code ran
 * @param upcalls           machine code's helper upcalls, per helper
 * @param loopsLeft         loops left in tier 1 by reason
 */
public record Coverage(long tier1Instructions, long interpretedUops, long nativeUops,
                       List<UpcallCounts.Calls> upcalls, Map<String, Long> loopsLeft) {
    public Coverage {
        upcalls = List.copyOf(upcalls);
        loopsLeft = Map.copyOf(loopsLeft);
    }

    /** @param jit the JIT's counts, or null when traces are not compiled */
    public static Coverage of(long tier1Instructions, TraceStats traces, JitStats jit) {
        return new Coverage(tier1Instructions, traces.uopsExecuted(), jit == null ? 0 : jit.uopsExecuted(),
                jit == null ? List.of() : jit.upcalls().byHelper(), traces.loopsLeftByReason());
    }

    /** Machine-code uops as a share of every work unit (0 when nothing ran). */
    public double nativeShare() {
        long all = tier1Instructions + interpretedUops + nativeUops;
        return all == 0 ? 0 : (double) nativeUops / all;
    }

    public long totalUpcalls() {
        return upcalls.stream().mapToLong(UpcallCounts.Calls::calls).sum();
    }

    public long escapingUpcalls() {
        return upcalls.stream().filter(UpcallCounts.Calls::escaping).mapToLong(UpcallCounts.Calls::calls).sum();
    }

    /** Upcalls per 1,000 uops of machine code (0 when none ran). */
    public double upcallsPerThousandUops() {
        return nativeUops == 0 ? 0 : totalUpcalls() * 1000.0 / nativeUops;
    }

    public long totalLoopsLeft() {
        return loopsLeft.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The --stats block; the helpers' upcalls are listed one per line, most first. */
    public String format() {
        StringBuilder sb = new StringBuilder("Coverage:\n");
        row(sb, "instructions in tier 1", Long.toString(tier1Instructions));
        row(sb, "uops in the uop interpreter", Long.toString(interpretedUops));
        row(sb, "uops in machine code", Long.toString(nativeUops));
        row(sb, "share in machine code", String.format(Locale.ROOT, "%.1f%%", 100 * nativeShare()));
        row(sb, "upcalls", totalUpcalls() + " (escaping " + escapingUpcalls() + ", not escaping "
                + (totalUpcalls() - escapingUpcalls()) + ")");
        row(sb, "upcalls per 1,000 uops", String.format(Locale.ROOT, "%.1f", upcallsPerThousandUops()));
        for (UpcallCounts.Calls calls : upcalls) {
            sb.append(String.format(Locale.ROOT, "    %-28s %d%s\n", calls.helper(), calls.calls(),
                    calls.escaping() ? " (escaping)" : ""));
        }
        String reasons = loopsLeft.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        row(sb, "loops left in tier 1", totalLoopsLeft() + (reasons.isEmpty() ? "" : " (" + reasons + ")"));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append(String.format(Locale.ROOT, "  %-30s %s\n", name, value));
    }
}
