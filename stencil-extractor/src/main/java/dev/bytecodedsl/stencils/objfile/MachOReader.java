package dev.bytecodedsl.stencils.objfile;

/** Placeholder until the reader lands. */
public final class MachOReader {

    private MachOReader() {}

    public static ObjectFile read(byte[] bytes) {
        throw new ObjectFormatException("MachOReader is not implemented yet");
    }
}
