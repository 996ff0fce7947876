package dev.bytecodedsl.kit.os;

/** A libc call failed (mmap, mprotect, munmap) or the host has no such calls; one-line message. */
public final class SystemCallException extends RuntimeException {
    public SystemCallException(String message) {
        super(message);
    }
}
