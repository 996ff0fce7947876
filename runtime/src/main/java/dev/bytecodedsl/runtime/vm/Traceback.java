package dev.bytecodedsl.runtime.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * The frames an exception passed through, outermost first (CPython's tb chain). Stored in the
 * exception instance's traceback slot; a frame is recorded once even when a handler in it
 * re-raises.
 */
public final class Traceback {
    /** One line of the printed traceback. */
    public record Entry(RuntimeCode code, int line) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private Frame outermostRecorded;

    /** Records that the exception is propagating through {@code frame} (at its saved instruction). */
    void record(Frame frame) {
        if (frame == outermostRecorded) {
            return;
        }
        if (!entries.isEmpty() && outermostRecorded != null && frame != outermostRecorded.previous) {
            // raised again from somewhere else (e.g. `raise e` in another frame): start a new chain
            entries.clear();
        }
        entries.addFirst(new Entry(frame.code, frame.line()));
        outermostRecorded = frame;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
