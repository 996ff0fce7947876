package dev.bytecodedsl.stencils.objfile;

/** Placeholder until the reader lands. */
public final class CoffReader {

    private CoffReader() {}

    public static ObjectFile read(byte[] bytes) {
        throw new ObjectFormatException("CoffReader is not implemented yet");
    }
}
