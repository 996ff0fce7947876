package dev.bytecodedsl.runtime;

/**
 * Where a run's start-up time goes, for measuring it: with {@code -Dpyvm.startupTrace=true} each
 * {@link #mark} records the time since {@code main} began, and {@link #report} prints them to stderr
 * at the end, one line per phase ({@code pyvm startup: parse +12.3 ms (at 40.1 ms)}). Off, a mark is
 * one static boolean test.
 */
public final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("pyvm.startupTrace");
    private static final int MAX_MARKS = 32;
    private static final String[] NAMES = ON ? new String[MAX_MARKS] : null;
    private static final long[] TIMES = ON ? new long[MAX_MARKS] : null;
    private static int count;

    private StartupTrace() {
    }

    /** Records that the phase {@code name} ended now (the first mark is the start). */
    public static void mark(String name) {
        if (ON && count < MAX_MARKS) {
            NAMES[count] = name;
            TIMES[count++] = System.nanoTime();
        }
    }

    /** Prints the phases recorded so far to stderr. */
    public static void report() {
        if (!ON || count == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < count; i++) {
            sb.append(String.format("pyvm startup: %-16s +%6.1f ms (at %6.1f ms)%n", NAMES[i],
                    (TIMES[i] - TIMES[i - 1]) / 1e6, (TIMES[i] - TIMES[0]) / 1e6));
        }
        System.err.print(sb);
    }
}
