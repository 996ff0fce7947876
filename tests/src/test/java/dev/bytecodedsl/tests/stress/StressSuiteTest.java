package dev.bytecodedsl.tests.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The stress suite as a test: {@code -Dstress.programs=N} programs (default 60 in {@code
 * ./run-tests}; {@code scripts/stress-suite} runs 1,000) from {@code -Dstress.seed} on every mode,
 * against CPython 3.11 when installed. The report is in {@code tests/target/stress/report.md}.
 */
class StressSuiteTest {

    @Test
    void everyModeMatchesTheReferenceOnRandomPrograms() throws Exception {
        int programs = Integer.getInteger("stress.programs", 60);
        long seed = Long.getLong("stress.seed", 1L);
        StressSuite.Report report = StressSuite.run(programs, seed, Path.of("target", "stress"), StressSuite.CPython.find());
        System.out.println(report.render());
        assertEquals(0, report.differences().size(), report.render());
        // Which tier ran: every JIT run's trace entries ran machine code, and there were some.
        for (StressSuite.Mode mode : new StressSuite.Mode[] {StressSuite.Mode.JIT, StressSuite.Mode.JIT_GC_STRESS}) {
            long[] entries = report.entries().get(mode);
            assertTrue(entries[0] > 0, mode + ": no trace ran");
            assertEquals(entries[0], entries[1], mode + ": trace entries that ran machine code");
        }
        assertTrue(report.entries().get(StressSuite.Mode.TIER2)[0] > 0, "tier 2: no trace ran");
    }
}
