package dev.bytecodedsl.cases.generate;

/**
 * An output a generator owns but could not produce on this machine (the stencil tables without
 * clang): {@code generate} leaves the file on disk alone and {@code check} reports it as not
 * verified instead of passing over it or calling it extra.
 */
public record SkippedOutput(String relativePath, String reason) {}
