package dev.bytecodedsl.runtime.os;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The program's stdout as CPython's {@code sys.stdout}: line-buffered on a terminal (progress lines
 * show as they are printed), block-buffered (8 KiB, CPython's buffer size) otherwise. A write error
 * is not swallowed as {@link PrintStream} would: it is kept for {@link #takeFailure}, so
 * {@code print} raises it in the program (BrokenPipeError when the reader of a pipe is gone), and
 * the bytes that could not be written are dropped, as CPython drops them, and so is whatever is
 * written until the failure is taken.
 */
public final class Stdout extends PrintStream {
    /** CPython's {@code io.DEFAULT_BUFFER_SIZE}. */
    public static final int BUFFER_SIZE = 8192;
    /** What CPython prints when flushing stdout at exit fails (then exit status 120). */
    public static final String EXIT_FLUSH_FAILED = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w'"
            + " encoding='utf-8'>";
    /** CPython's exit status when stdout cannot be flushed at exit. */
    public static final int EXIT_FLUSH_STATUS = 120;

    private static final Path STDOUT_LINK = Path.of("/proc/self/fd/1");

    private final Buffer buffer;

    private Stdout(Buffer buffer) {
        super(buffer, false, StandardCharsets.UTF_8);
        this.buffer = buffer;
    }

    /** Writes to {@code target}, flushing at every newline when {@code lineBuffered}. */
    public static Stdout of(OutputStream target, boolean lineBuffered) {
        return new Stdout(new Buffer(target, lineBuffered));
    }

    /** The process's file descriptor 1, line-buffered when it is a terminal. */
    public static Stdout ofProcess() {
        return of(new FileOutputStream(FileDescriptor.out), isTerminal());
    }

    /**
     * The process's file descriptor 1, line-buffered when {@code terminal} says so: whether it is a
     * terminal is being asked on another thread ({@link #isTerminal}), and awaited at the first write.
     */
    public static Stdout ofProcess(Future<Boolean> terminal) {
        return new Stdout(new Buffer(new FileOutputStream(FileDescriptor.out), terminal));
    }

    /**
     * Whether file descriptor 1 is a terminal: no when the file system says it is not a character
     * device, or is one of the memory devices (/dev/null); else libc's isatty (on other hosts,
     * whether there is a console). The first answer is what a run with its output captured (a pipe,
     * a file, /dev/null) gets, without linking a downcall (FFM spins a stub class per call shape,
     * tens of milliseconds of an empty program's start-up).
     */
    public static boolean isTerminal() {
        if (FileKind.surelyNotTerminal(STDOUT_LINK)) {
            return false;
        }
        try {
            return Libc.isatty(1);
        } catch (RuntimeException | LinkageError e) {
            // No libc to ask (not Linux): a console means a terminal on both ends.
            return System.console() != null && System.console().isTerminal();
        }
    }

    public boolean lineBuffered() {
        buffer.resolve();
        return buffer.lineBuffered;
    }

    /** The write error since the last call, or null. */
    public IOException takeFailure() {
        IOException failure = buffer.failure;
        buffer.failure = null;
        return failure;
    }

    /** The buffer under the PrintStream's encoder: keeps the first write error instead of throwing it. */
    private static final class Buffer extends OutputStream {
        private final OutputStream target;
        private boolean lineBuffered;
        /** The answer lineBuffered waits for, until the first write; then null. */
        private Future<Boolean> pending;
        private final byte[] bytes = new byte[BUFFER_SIZE];
        private int count;
        private IOException failure;

        Buffer(OutputStream target, boolean lineBuffered) {
            this.target = target;
            this.lineBuffered = lineBuffered;
        }

        Buffer(OutputStream target, Future<Boolean> lineBuffered) {
            this.target = target;
            this.pending = lineBuffered;
        }

        void resolve() {
            if (pending != null) {
                boolean interrupted = false;
                while (true) {
                    try {
                        lineBuffered = pending.get();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException e) {
                        lineBuffered = false;
                        break;
                    }
                }
                pending = null;
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void write(int b) {
            resolve();
            if (count == bytes.length) {
                flush();
            }
            if (failure != null) {
                return; // dropped: the write that failed is reported, nothing after it is kept
            }
            bytes[count++] = (byte) b;
            if (lineBuffered && b == '\n') {
                flush();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            resolve();
            boolean newline = false;
            while (len > 0) {
                if (count == bytes.length) {
                    flush();
                }
                if (failure != null) {
                    return; // dropped: the write that failed is reported, nothing after it is kept
                }
                int n = Math.min(len, bytes.length - count);
                System.arraycopy(b, off, bytes, count, n);
                if (lineBuffered && !newline) {
                    for (int i = 0; i < n && !newline; i++) {
                        newline = b[off + i] == '\n';
                    }
                }
                count += n;
                off += n;
                len -= n;
            }
            if (newline) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (count == 0) {
                return;
            }
            try {
                target.write(bytes, 0, count);
                target.flush();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                count = 0;
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
