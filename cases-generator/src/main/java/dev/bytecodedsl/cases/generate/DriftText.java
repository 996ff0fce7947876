package dev.bytecodedsl.cases.generate;

/**
 * A drift report as text, the same for {@code casegen check} and the Maven plugin's {@code check}
 * goal, so a user sees one message whichever tool found the drift.
 */
public final class DriftText {

    private DriftText() {}

    /**
     * The drift report as printed by {@code casegen check} (and used as the Maven plugin's failure
     * message): a summary line, each stale file with its diff excerpt, each missing and extra file,
     * and a last line {@code fix: run <fix>}. {@code label} names the output in the summary line.
     */
    public static String describe(String label, OutputTree.DriftReport drift, String fix) {
        StringBuilder out = new StringBuilder();
        out.append(label).append(" is out of date: ").append(drift.stale().size()).append(" stale, ")
                .append(drift.missing().size()).append(" missing, ").append(drift.extra().size()).append(" extra\n");
        for (OutputTree.StaleFile stale : drift.stale()) {
            out.append("stale:   ").append(stale.path()).append('\n');
            out.append(stale.diff());
        }
        for (String missing : drift.missing()) {
            out.append("missing: ").append(missing).append('\n');
        }
        for (String extra : drift.extra()) {
            out.append("extra:   ").append(extra).append(" (no longer generated)\n");
        }
        out.append(notVerified(drift));
        out.append("fix: run ").append(fix).append('\n');
        return out.toString();
    }

    /** One warning line per output the check could not verify (empty when it verified everything). */
    public static String notVerified(OutputTree.DriftReport drift) {
        StringBuilder out = new StringBuilder();
        for (SkippedOutput skipped : drift.notVerified()) {
            out.append("warning: not verified: ").append(skipped.relativePath()).append(" (")
                    .append(skipped.reason()).append(")\n");
        }
        return out.toString();
    }
}
