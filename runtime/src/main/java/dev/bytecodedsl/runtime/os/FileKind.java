package dev.bytecodedsl.runtime.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What kind of file an open file descriptor is, as far as the file system tells without libc. */
final class FileKind {
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    /** The memory devices' major number (/dev/null, /dev/zero, /dev/full, /dev/random, ...). */
    private static final long MEMORY_DEVICES = 1;

    private FileKind() {
    }

    /**
     * True when {@code fdLink} ({@code /proc/self/fd/N}) is certainly not a terminal: a terminal is
     * always a character device, and never a memory device. False when it might be one, or when the
     * file system cannot tell (no /proc, no unix attribute view): then libc has to be asked.
     */
    static boolean surelyNotTerminal(Path fdLink) {
        try {
            int mode = (Integer) Files.getAttribute(fdLink, "unix:mode");
            if ((mode & S_IFMT) != S_IFCHR) {
                return true;
            }
            return major((Long) Files.getAttribute(fdLink, "unix:rdev")) == MEMORY_DEVICES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** glibc's gnu_dev_major of a Linux device number. */
    private static long major(long device) {
        return ((device >>> 8) & 0xfff) | ((device >>> 32) & ~0xfffL);
    }
}
