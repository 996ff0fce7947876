package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.runtime.os.Libc;
import sun.misc.Signal;

/**
 * Ctrl-C as CPython has it: SIGINT raises {@code KeyboardInterrupt} in the program at its next
 * eval-breaker check, so {@code except KeyboardInterrupt} can handle it and, when nothing does,
 * the output printed so far is flushed and the traceback printed before the process dies of
 * SIGINT ({@link #dieOfSigint}, CPython's {@code exit_sigint}: the shell sees status 130).
 *
 * <p>Java has no public API for this: shutdown hooks only run while the JVM exits, they can
 * neither let the program continue nor raise in the interpreter thread. {@code sun.misc.Signal}
 * (module jdk.unsupported, exported without flags) is the supported-in-practice way to handle a
 * signal. When SIGINT is ignored on entry (a background job of a non-interactive shell), the JVM
 * leaves it ignored, as CPython does.
 */
public final class Sigint {
    /** How a shell reports death by SIGINT (128 + 2); the exit status when dying of the signal fails. */
    public static final int EXIT_STATUS = 130;
    private static final int SIGINT = 2;
    private static final Signal INT = new Signal("INT");
    /** The running program's eval breaker; null between programs. */
    private static volatile EvalBreaker target;
    /** A SIGINT that arrived while no program ran (during compilation): taken by the next one. */
    private static volatile boolean early;

    private Sigint() {
    }

    /** Handles SIGINT from now on (once per process; the command line calls it, tests in process do not). */
    public static void install() {
        Signal.handle(INT, signal -> {
            EvalBreaker breaker = target;
            if (breaker != null) {
                breaker.requestInterrupt();
            } else {
                early = true;
            }
        });
    }

    /** The program that runs on {@code breaker} from now on receives SIGINTs. */
    static void attach(EvalBreaker breaker) {
        target = breaker;
        if (early) {
            early = false;
            breaker.requestInterrupt();
        }
    }

    static void detach(EvalBreaker breaker) {
        if (target == breaker) {
            target = null;
        }
    }

    /**
     * Ends the process the way CPython does after an uncaught KeyboardInterrupt: SIGINT with its
     * default action, so the parent sees death by signal (status 130 in a shell); exit status 130
     * if the signal does not end the process.
     */
    public static void dieOfSigint() {
        // Through libc, not Signal.handle(SIG_DFL): the JVM refuses to touch a SIGINT ignored on
        // entry, and CPython dies of SIGINT even then.
        Libc.dieOfSignal(SIGINT);
        Runtime.getRuntime().halt(EXIT_STATUS);
    }
}
