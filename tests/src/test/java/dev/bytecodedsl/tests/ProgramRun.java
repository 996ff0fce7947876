package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.kit.trace.Executor;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import dev.bytecodedsl.runtime.vm.RuntimeCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A program run in process that must succeed: what ran (executors, statistics), its stdout and stderr. */
record ProgramRun(Vm.Result result, String out, String err) {
    /** The fibonacci loop of CPython's talks: prints 102334155. */
    static final String FIBONACCI = """
            def fibonacci(n):
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, a + b
                return a

            print(fibonacci(40))
            """;

    /**
     * A loop whose else arm, taken every other pass, reads global K, run before and after K changes
     * and the globals gain a name (a new key, which invalidates traces that read the globals; a new
     * value alone does not): prints 40 and 60.
     */
    static final String GLOBAL_IN_THE_ELSE_ARM = """
            def total(n):
                t = 0
                for i in range(n):
                    if i % 2 == 0:
                        t = t + 1
                    else:
                        t = t + K
                return t

            K = 1
            print(total(40))
            K = 2
            LATER = 0
            print(total(40))
            """;

    /** A loop reading global K, run before and after K changes: prints 20 and 40. */
    static final String GLOBAL_CHANGES_BETWEEN_CALLS = """
            def total(n):
                t = 0
                for _ in range(n):
                    t = t + K
                return t

            K = 1
            print(total(20))
            K = 2
            print(total(20))
            """;

    /** The same, but the globals also gain a name between the calls, which changes their keys. */
    static final String GLOBALS_GAIN_A_NAME_BETWEEN_CALLS =
            GLOBAL_CHANGES_BETWEEN_CALLS.replace("K = 2\n", "K = 2\nLATER = 0\n");

    /**
     * A loop whose trace ends two calls deep, at the loop of the function its callee calls, after
     * helper calls (range() and iter()) that no trace continuing there amortizes (the engine goes on
     * in a callee's loop only one call deep): the JIT leaves it to tier 1 as helper-bound unless
     * every trace is compiled. Prints 440.
     */
    static final String HELPER_BOUND = """
            def inner(n):
                t = 0
                for i in range(n):
                    t += i
                return t

            def middle(n):
                return inner(n)

            def outer(k):
                s = 0
                for j in range(k):
                    s = s + middle(j % 5 + 3)
                return s

            print(outer(40))
            """;

    /** The code object of the function {@code name} (defined at the program's top level). */
    RuntimeCode function(String name) {
        return result.module().nested().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The one executor of {@code function}: the trace of its one loop. */
    Executor<UopContext> onlyLoop(String function) {
        List<Executor<UopContext>> executors = function(function).executors().all();
        assertEquals(1, executors.size());
        return executors.get(0);
    }

    static ProgramRun of(String program, VmOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Vm.Result result;
        try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            result = Vm.execute(new SourceFile("test.py", program), options, o, e);
            o.flush();
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(Vm.EXIT_OK, result.exitStatus(), stderr);
        return new ProgramRun(result, out.toString(StandardCharsets.UTF_8), stderr);
    }
}
