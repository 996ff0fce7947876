package dev.bytecodedsl.stencils.objfile;

import dev.bytecodedsl.stencils.Target;

/** The reader for a target's object format. */
public final class ObjectReaders {

    private ObjectReaders() {}

    public static ObjectFile read(Target.ObjectFormat format, byte[] bytes) {
        return switch (format) {
            case ELF -> ElfReader.read(bytes);
            case MACHO -> MachOReader.read(bytes);
            case COFF -> CoffReader.read(bytes);
        };
    }
}
