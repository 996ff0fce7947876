package dev.bytecodedsl.stencils.objfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a COFF object (x86-64 or ARM64, as {@code clang --target=*-pc-windows-msvc} writes it):
 * sections, symbols (auxiliary records skipped but counted) and relocations. COFF keeps addends in
 * the patched bytes; they are converted to ELF-style addends ({@code REL32_k} is relative to the
 * end of the field plus k bytes). A reference through {@code __imp_X} (how {@code dllimport} reads
 * a symbol's address) is the COFF form of a GOT entry for {@code X}.
 */
public final class CoffReader {

    private static final int AMD64 = 0x8664;
    private static final int ARM64 = 0xAA64;
    private static final long SCN_CNT_UNINITIALIZED = 0x80;
    private static final long SCN_LNK_INFO = 0x200;
    private static final long SCN_LNK_REMOVE = 0x800;
    private static final long SCN_MEM_DISCARDABLE = 0x02000000;
    private static final long SCN_MEM_EXECUTE = 0x20000000;
    private static final long SCN_MEM_WRITE = 0x80000000L;
    private static final String IMPORT_PREFIX = "__imp_";

    private CoffReader() {}

    private record RawSymbol(String name, long value, int section) {}

    public static ObjectFile read(byte[] bytes) {
        LittleEndian in = new LittleEndian(bytes);
        int machine = in.u16(0);
        if (machine != AMD64 && machine != ARM64) {
            throw new ObjectFormatException("not an x86-64 or ARM64 COFF object (machine 0x" + Integer.toHexString(machine) + ")");
        }
        int sectionCount = in.u16(2);
        long symbolTable = in.u32(8);
        int symbolCount = in.i32(12);
        long stringTable = symbolTable + 18L * symbolCount;
        long headers = 20 + in.u16(16);

        // Symbols by their table index (auxiliary records keep the indexes of the following ones).
        RawSymbol[] symbols = new RawSymbol[symbolCount];
        for (int i = 0; i < symbolCount; i++) {
            long e = symbolTable + 18L * i;
            String name = in.i32(e) == 0 ? in.cString(stringTable + in.u32(e + 4), 4096) : in.cString(e, 8);
            short section = (short) in.u16(e + 12);
            symbols[i] = new RawSymbol(name, in.u32(e + 8), section);
            i += in.u8(e + 17);
        }

        List<ObjectFile.Section> sections = new ArrayList<>();
        for (int s = 0; s < sectionCount; s++) {
            long h = headers + 40L * s;
            String rawName = in.cString(h, 8);
            String name = rawName.startsWith("/") ? in.cString(stringTable + Long.parseLong(rawName.substring(1)), 4096) : rawName;
            long size = in.u32(h + 16);
            long flags = in.u32(h + 36);
            byte[] data = (flags & SCN_CNT_UNINITIALIZED) != 0 ? new byte[(int) size] : in.slice(in.u32(h + 20), size);
            int alignBits = (int) ((flags >> 20) & 0xF);
            List<Relocation> relocations = new ArrayList<>();
            long relocs = in.u32(h + 24);
            int relocCount = in.u16(h + 32);
            for (int r = 0; r < relocCount; r++) {
                long e = relocs + 10L * r;
                relocations.add(relocation(in.u32(e), symbols[in.i32(e + 4)], in.u16(e + 8), machine, data));
            }
            sections.add(new ObjectFile.Section(name, kind(name, size, flags), data, alignBits == 0 ? 1 : 1L << (alignBits - 1),
                    relocations));
        }
        List<ObjectFile.Symbol> defined = new ArrayList<>();
        for (RawSymbol symbol : symbols) {
            if (symbol != null && symbol.section() > 0) {
                defined.add(new ObjectFile.Symbol(symbol.name(), symbol.section() - 1, symbol.value()));
            }
        }
        return new ObjectFile(sections, defined);
    }

    private static ObjectFile.SectionKind kind(String name, long size, long flags) {
        if (size == 0 || (flags & (SCN_LNK_INFO | SCN_LNK_REMOVE | SCN_MEM_DISCARDABLE)) != 0
                || name.startsWith(".pdata") || name.startsWith(".xdata") || name.startsWith(".llvm")) {
            return ObjectFile.SectionKind.OTHER; // linker directives, unwind info, address-significance tables
        }
        if ((flags & SCN_MEM_EXECUTE) != 0) {
            return ObjectFile.SectionKind.CODE;
        }
        return (flags & SCN_MEM_WRITE) != 0 ? ObjectFile.SectionKind.WRITABLE_DATA : ObjectFile.SectionKind.READ_ONLY_DATA;
    }

    private static Relocation relocation(long offset, RawSymbol symbol, int type, int machine, byte[] data) {
        LittleEndian bytes = new LittleEndian(data);
        String nativeType = machine == AMD64 ? amd64Name(type) : arm64Name(type);
        RelocationKind kind;
        long addend;
        if (machine == AMD64) {
            switch (type) {
                case 1 -> { kind = RelocationKind.X86_64_ABS64; addend = bytes.i64(offset); }
                case 2 -> { kind = RelocationKind.X86_64_ABS32; addend = bytes.u32(offset); }
                case 4, 5, 6, 7, 8, 9 -> { kind = RelocationKind.X86_64_PC32; addend = bytes.i32(offset) - 4 - (type - 4); }
                default -> { kind = RelocationKind.UNKNOWN; addend = 0; }
            }
        } else {
            switch (type) {
                case 3 -> { kind = RelocationKind.AARCH64_CALL26; addend = 0; }
                case 4 -> { kind = RelocationKind.AARCH64_ADR_PAGE21; addend = 0; }
                case 6 -> { kind = RelocationKind.AARCH64_ADD_LO12; addend = 0; }
                case 7 -> { kind = Aarch64Instructions.low12Kind(bytes.i32(offset)); addend = 0; }
                case 14 -> { kind = RelocationKind.AARCH64_ABS64; addend = bytes.i64(offset); }
                default -> { kind = RelocationKind.UNKNOWN; addend = 0; }
            }
            if (kind == RelocationKind.AARCH64_CALL26 && (bytes.i32(offset) & 0x80000000) == 0) {
                kind = RelocationKind.AARCH64_JUMP26;
            }
        }
        RelocationTarget target;
        if (symbol.section() > 0) {
            target = new RelocationTarget.InSection(symbol.section() - 1, symbol.value());
        } else if (symbol.name().startsWith(IMPORT_PREFIX)) {
            String imported = symbol.name().substring(IMPORT_PREFIX.length());
            kind = switch (kind) {
                case X86_64_PC32 -> RelocationKind.X86_64_GOT_PC32;
                case AARCH64_ADR_PAGE21 -> RelocationKind.AARCH64_GOT_PAGE21;
                case AARCH64_LDST64_LO12 -> RelocationKind.AARCH64_GOT_LD64_LO12;
                default -> RelocationKind.UNKNOWN;
            };
            target = new RelocationTarget.External(imported);
        } else {
            target = new RelocationTarget.External(symbol.name());
        }
        return new Relocation(offset, kind, nativeType, target, addend);
    }

    private static String amd64Name(int type) {
        return switch (type) {
            case 0 -> "IMAGE_REL_AMD64_ABSOLUTE";
            case 1 -> "IMAGE_REL_AMD64_ADDR64";
            case 2 -> "IMAGE_REL_AMD64_ADDR32";
            case 3 -> "IMAGE_REL_AMD64_ADDR32NB";
            case 4 -> "IMAGE_REL_AMD64_REL32";
            case 5, 6, 7, 8, 9 -> "IMAGE_REL_AMD64_REL32_" + (type - 4);
            case 10 -> "IMAGE_REL_AMD64_SECTION";
            case 11 -> "IMAGE_REL_AMD64_SECREL";
            default -> "IMAGE_REL_AMD64 type " + type;
        };
    }

    private static String arm64Name(int type) {
        return switch (type) {
            case 1 -> "IMAGE_REL_ARM64_ADDR32";
            case 2 -> "IMAGE_REL_ARM64_ADDR32NB";
            case 3 -> "IMAGE_REL_ARM64_BRANCH26";
            case 4 -> "IMAGE_REL_ARM64_PAGEBASE_REL21";
            case 5 -> "IMAGE_REL_ARM64_REL21";
            case 6 -> "IMAGE_REL_ARM64_PAGEOFFSET_12A";
            case 7 -> "IMAGE_REL_ARM64_PAGEOFFSET_12L";
            case 14 -> "IMAGE_REL_ARM64_ADDR64";
            default -> "IMAGE_REL_ARM64 type " + type;
        };
    }
}
