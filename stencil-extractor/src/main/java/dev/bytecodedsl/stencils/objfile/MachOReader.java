package dev.bytecodedsl.stencils.objfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a 64-bit little-endian Mach-O object (arm64): sections of the {@code LC_SEGMENT_64}, the
 * {@code LC_SYMTAB} symbols (C names, without Mach-O's leading underscore) and each section's
 * relocations. Instruction relocations carry their addend in a preceding {@code ARM64_RELOC_ADDEND};
 * {@code ARM64_RELOC_UNSIGNED} keeps it in the patched bytes. {@code PAGEOFF12} is split into the
 * ADD and load/store forms by decoding the instruction it patches.
 */
public final class MachOReader {

    private static final long MH_MAGIC_64 = 0xFEEDFACFL;
    private static final int CPU_TYPE_ARM64 = 0x0100000C;
    private static final int MH_OBJECT = 1;
    private static final int LC_SEGMENT_64 = 0x19;
    private static final int LC_SYMTAB = 0x2;
    private static final int S_ZEROFILL = 0x1;
    private static final long S_ATTR_PURE_INSTRUCTIONS = 0x80000000L;
    private static final long S_ATTR_SOME_INSTRUCTIONS = 0x400L;
    private static final int N_TYPE = 0x0E;
    private static final int N_SECT = 0x0E;
    private static final int N_STAB = 0xE0;

    private MachOReader() {}

    private record RawSection(String segment, String name, long address, long size, long offset, int align,
            long relocOffset, int relocCount, long flags) {}

    private record RawSymbol(String name, int type, int section, long value) {}

    public static ObjectFile read(byte[] bytes) {
        LittleEndian in = new LittleEndian(bytes);
        if (in.u32(0) != MH_MAGIC_64) {
            throw new ObjectFormatException("not a 64-bit little-endian Mach-O object");
        }
        if (in.i32(4) != CPU_TYPE_ARM64 || in.i32(12) != MH_OBJECT) {
            throw new ObjectFormatException("not an arm64 Mach-O relocatable object");
        }
        int commands = in.i32(16);
        long at = 32;
        List<RawSection> raw = new ArrayList<>();
        List<RawSymbol> symbols = new ArrayList<>();
        for (int c = 0; c < commands; c++) {
            int cmd = in.i32(at);
            long size = in.u32(at + 4);
            if (cmd == LC_SEGMENT_64) {
                int sections = in.i32(at + 64);
                for (int s = 0; s < sections; s++) {
                    long h = at + 72 + 80L * s;
                    raw.add(new RawSection(in.cString(h + 16, 16), in.cString(h, 16), in.i64(h + 32), in.i64(h + 40),
                            in.u32(h + 48), in.i32(h + 52), in.u32(h + 56), in.i32(h + 60), in.u32(h + 64)));
                }
            } else if (cmd == LC_SYMTAB) {
                long symoff = in.u32(at + 8);
                int nsyms = in.i32(at + 12);
                long stroff = in.u32(at + 16);
                for (int i = 0; i < nsyms; i++) {
                    long e = symoff + 16L * i;
                    String name = in.cString(stroff + in.u32(e), 1024);
                    symbols.add(new RawSymbol(cName(name), in.u8(e + 4), in.u8(e + 5), in.i64(e + 8)));
                }
            }
            at += size;
        }
        List<ObjectFile.Section> sections = new ArrayList<>();
        for (RawSection s : raw) {
            byte[] data = (s.flags() & 0xFF) == S_ZEROFILL ? new byte[(int) s.size()] : in.slice(s.offset(), s.size());
            List<Relocation> relocations = relocations(in, s, data, raw, symbols);
            sections.add(new ObjectFile.Section(s.segment() + "," + s.name(), kind(s), data, 1L << s.align(), relocations));
        }
        List<ObjectFile.Symbol> defined = new ArrayList<>();
        for (RawSymbol sym : symbols) {
            if ((sym.type() & N_STAB) == 0 && (sym.type() & N_TYPE) == N_SECT && sym.section() > 0) {
                RawSection s = raw.get(sym.section() - 1);
                defined.add(new ObjectFile.Symbol(sym.name(), sym.section() - 1, sym.value() - s.address()));
            }
        }
        return new ObjectFile(sections, defined);
    }

    private static String cName(String name) {
        return name.startsWith("_") ? name.substring(1) : name;
    }

    private static ObjectFile.SectionKind kind(RawSection s) {
        if ((s.flags() & (S_ATTR_PURE_INSTRUCTIONS | S_ATTR_SOME_INSTRUCTIONS)) != 0) {
            return ObjectFile.SectionKind.CODE;
        }
        if (s.size() == 0 || s.segment().equals("__LD") || s.name().equals("__compact_unwind")
                || s.name().equals("__eh_frame")) {
            return ObjectFile.SectionKind.OTHER;
        }
        return s.segment().equals("__TEXT") ? ObjectFile.SectionKind.READ_ONLY_DATA : ObjectFile.SectionKind.WRITABLE_DATA;
    }

    private static List<Relocation> relocations(LittleEndian in, RawSection s, byte[] data, List<RawSection> raw,
            List<RawSymbol> symbols) {
        List<Relocation> out = new ArrayList<>();
        long pendingAddend = 0;
        for (int i = 0; i < s.relocCount(); i++) {
            long e = s.relocOffset() + 8L * i;
            long address = in.u32(e);
            long info = in.u32(e + 4);
            int symbolnum = (int) (info & 0xFFFFFF);
            boolean external = ((info >> 27) & 1) != 0;
            int length = (int) ((info >> 25) & 3);
            int type = (int) (info >> 28);
            if (type == 10) { // ARM64_RELOC_ADDEND: the next relocation's addend (24-bit signed)
                pendingAddend = (symbolnum << 8) >> 8;
                continue;
            }
            long addend = pendingAddend;
            pendingAddend = 0;
            String nativeType = typeName(type);
            RelocationKind kind = kind(type, length, data, address);
            if (type == 0 && length == 3) {
                addend = new LittleEndian(data).i64(address);
            }
            RelocationTarget target;
            if (external) {
                RawSymbol symbol = symbols.get(symbolnum);
                if ((symbol.type() & N_TYPE) == N_SECT && symbol.section() > 0) {
                    RawSection in2 = raw.get(symbol.section() - 1);
                    target = new RelocationTarget.InSection(symbol.section() - 1, symbol.value() - in2.address());
                } else {
                    target = new RelocationTarget.External(symbol.name());
                }
            } else {
                // Not external: symbolnum is the 1-based section; the bytes hold the target address.
                RawSection in2 = raw.get(symbolnum - 1);
                target = new RelocationTarget.InSection(symbolnum - 1, -in2.address());
            }
            out.add(new Relocation(address, kind, nativeType, target, addend));
        }
        return out;
    }

    private static RelocationKind kind(int type, int length, byte[] data, long address) {
        return switch (type) {
            case 0 -> length == 3 ? RelocationKind.AARCH64_ABS64 : RelocationKind.UNKNOWN;
            case 2 -> (new LittleEndian(data).i32(address) & 0x80000000) != 0
                    ? RelocationKind.AARCH64_CALL26
                    : RelocationKind.AARCH64_JUMP26;
            case 3 -> RelocationKind.AARCH64_ADR_PAGE21;
            case 4 -> Aarch64Instructions.low12Kind(new LittleEndian(data).i32(address));
            case 5 -> RelocationKind.AARCH64_GOT_PAGE21;
            case 6 -> RelocationKind.AARCH64_GOT_LD64_LO12;
            default -> RelocationKind.UNKNOWN;
        };
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0 -> "ARM64_RELOC_UNSIGNED";
            case 1 -> "ARM64_RELOC_SUBTRACTOR";
            case 2 -> "ARM64_RELOC_BRANCH26";
            case 3 -> "ARM64_RELOC_PAGE21";
            case 4 -> "ARM64_RELOC_PAGEOFF12";
            case 5 -> "ARM64_RELOC_GOT_LOAD_PAGE21";
            case 6 -> "ARM64_RELOC_GOT_LOAD_PAGEOFF12";
            case 7 -> "ARM64_RELOC_POINTER_TO_GOT";
            case 8 -> "ARM64_RELOC_TLVP_LOAD_PAGE21";
            case 9 -> "ARM64_RELOC_TLVP_LOAD_PAGEOFF12";
            default -> "ARM64_RELOC type " + type;
        };
    }
}
