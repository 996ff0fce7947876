package dev.bytecodedsl.runtime.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** stdout's buffering and write errors, as CPython's sys.stdout. */
class StdoutTest {
    @Test
    void lineBufferedWritesEachLineAtOnce() {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        Stdout out = Stdout.of(target, true);
        out.print("progress 1\n");
        assertEquals("progress 1\n", target.toString(StandardCharsets.UTF_8));
        out.print("partial");
        assertEquals("progress 1\n", target.toString(StandardCharsets.UTF_8));
        out.print(" line\nand more");
        assertEquals("progress 1\npartial line\nand more", target.toString(StandardCharsets.UTF_8));
    }

    @Test
    void blockBufferedWritesWhenTheBufferIsFull() {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        Stdout out = Stdout.of(target, false);
        out.print("line\n");
        assertEquals(0, target.size());
        out.print("x".repeat(Stdout.BUFFER_SIZE));
        assertEquals(Stdout.BUFFER_SIZE, target.size());
        out.flush();
        assertEquals(Stdout.BUFFER_SIZE + 5, target.size());
    }

    @Test
    void writeErrorsAreKeptAndTheBytesDropped() {
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Stdout out = Stdout.of(closedPipe, false);
        out.print("x".repeat(3 * Stdout.BUFFER_SIZE));
        IOException failure = out.takeFailure();
        assertEquals("Broken pipe", failure.getMessage());
        assertNull(out.takeFailure());
        out.flush();
        assertNull(out.takeFailure(), "the rest of the failed write was dropped, not written again");
    }
}
