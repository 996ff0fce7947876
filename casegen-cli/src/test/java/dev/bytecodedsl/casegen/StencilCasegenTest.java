package dev.bytecodedsl.casegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code ./casegen} with the stencil generator: its options and what it says without clang. */
class StencilCasegenTest {

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = StencilCasegen.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheStencilOptions() {
        Run run = run("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--stencil-target TRIPLE"), run.out());
        assertTrue(run.out().contains("x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu"), run.out());
    }

    @Test
    void anUnknownTargetIsAUsageError() {
        Run run = run("check", "--stencil-target", "riscv64-unknown-linux-gnu");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("casegen: unknown stencil target riscv64-unknown-linux-gnu (known: "), run.err());
    }

    @Test
    void withoutClangCheckPassesButNamesWhatItCouldNotVerify() {
        Run run = run("check", "--def", "../bytecodes.def", "--def", "../optimizer.def", "--out", "../generated",
                "--clang", "no-such-clang");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("is up to date (") && run.out().contains("4 not verified, see the warnings)"), run.out());
        assertTrue(run.err().contains("warning: not verified: ../generated/src/main/java/dev/bytecodedsl/generated/jit/"
                + "JitStencilsX86_64Linux.java (stencils not rebuilt: no-such-clang not found"), run.err());
    }
}
