package dev.bytecodedsl.cases.generate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to one output directory, across processes (an OS lock on a lock file in it)
 * and across threads of this process (the OS lock belongs to the whole JVM, so threads queue on an
 * in-process lock first). Two {@code casegen generate} runs on one tree thus take turns, and no run
 * sees, or cleans up, another's half-done writes. The OS releases the lock when a process dies, so
 * a killed run never blocks the next one.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file's name, next to the manifest. Never deleted: deleting it would race a waiter. */
    public static final String FILE_NAME = ".bytecodedsl.lock";

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
        this.inProcess = inProcess;
        this.channel = channel;
        this.lock = lock;
    }

    /** Blocks until this thread holds the lock on {@code lockFile}; re-entrant within a thread. */
    public static OutputLock acquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        inProcess.lock();
        if (inProcess.getHoldCount() > 1) {
            return new OutputLock(inProcess, null, null);
        }
        try {
            Files.createDirectories(key.getParent());
            FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new OutputLock(inProcess, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            inProcess.unlock();
            throw e;
        }
    }

    /** Whether this thread holds the lock on {@code lockFile}. */
    static boolean heldByCurrentThread(Path lockFile) {
        ReentrantLock inProcess = IN_PROCESS.get(lockFile.toAbsolutePath().normalize());
        return inProcess != null && inProcess.isHeldByCurrentThread();
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) {
                lock.release();
                channel.close();
            }
        } finally {
            inProcess.unlock();
        }
    }
}
