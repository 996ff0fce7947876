package dev.bytecodedsl.stencils.objfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fornwall.jelf.ElfException;
import net.fornwall.jelf.ElfFile;
import net.fornwall.jelf.ElfRelocationAddend;
import net.fornwall.jelf.ElfRelocationAddendSection;
import net.fornwall.jelf.ElfSection;
import net.fornwall.jelf.ElfSectionHeader;
import net.fornwall.jelf.ElfSymbol;
import net.fornwall.jelf.ElfSymbolTableSection;

/** Reads a 64-bit little-endian relocatable ELF object (x86-64 or AArch64) with jelf. */
public final class ElfReader {

    private static final int SHN_UNDEF = 0;
    private static final int SHN_LORESERVE = 0xff00;

    private ElfReader() {}

    public static ObjectFile read(byte[] bytes) {
        try {
            ElfFile elf = ElfFile.from(bytes);
            if (elf.e_type != ElfFile.ET_REL || elf.ei_class != ElfFile.CLASS_64) {
                throw new ObjectFormatException("not a 64-bit relocatable ELF object");
            }
            boolean x86 = elf.e_machine == ElfFile.ARCH_X86_64;
            if (!x86 && elf.e_machine != ElfFile.ARCH_AARCH64) {
                throw new ObjectFormatException("unsupported ELF machine " + elf.e_machine);
            }
            // ELF section index -> index in our list (allocated sections only).
            Map<Integer, Integer> mapped = new HashMap<>();
            List<ElfSection> kept = new ArrayList<>();
            for (int i = 0; i < (elf.e_shnum & 0xffff); i++) {
                ElfSection section = elf.getSection(i);
                ElfSectionHeader h = section.header;
                boolean allocated = (h.sh_flags & ElfSectionHeader.FLAG_ALLOC) != 0;
                if (allocated && h.sh_size > 0
                        && (h.sh_type == ElfSectionHeader.SHT_PROGBITS || h.sh_type == ElfSectionHeader.SHT_NOBITS)) {
                    mapped.put(i, kept.size());
                    kept.add(section);
                }
            }
            Map<Integer, List<Relocation>> relocations = new HashMap<>();
            for (int i = 0; i < (elf.e_shnum & 0xffff); i++) {
                ElfSection section = elf.getSection(i);
                if (section.header.sh_type == ElfSectionHeader.SHT_REL) {
                    throw new ObjectFormatException("REL relocations (without addends) are not supported");
                }
                if (section instanceof ElfRelocationAddendSection rela && mapped.containsKey(section.header.sh_info)) {
                    List<Relocation> list = relocations.computeIfAbsent(mapped.get(section.header.sh_info), k -> new ArrayList<>());
                    for (ElfRelocationAddend r : rela.relocations) {
                        list.add(relocation(r, x86, mapped));
                    }
                }
            }
            List<ObjectFile.Section> sections = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                ElfSectionHeader h = kept.get(i).header;
                byte[] data = h.sh_type == ElfSectionHeader.SHT_NOBITS ? new byte[(int) h.sh_size] : kept.get(i).getData();
                sections.add(new ObjectFile.Section(h.getName(), kind(h), data, Math.max(1, h.sh_addralign),
                        relocations.getOrDefault(i, List.of())));
            }
            return new ObjectFile(sections, symbols(elf, mapped));
        } catch (ElfException e) {
            throw new ObjectFormatException("malformed ELF object: " + e.getMessage());
        }
    }

    private static ObjectFile.SectionKind kind(ElfSectionHeader h) {
        if ((h.sh_flags & ElfSectionHeader.FLAG_EXEC_INSTR) != 0) {
            return ObjectFile.SectionKind.CODE;
        }
        return (h.sh_flags & ElfSectionHeader.FLAG_WRITE) != 0
                ? ObjectFile.SectionKind.WRITABLE_DATA
                : ObjectFile.SectionKind.READ_ONLY_DATA;
    }

    private static List<ObjectFile.Symbol> symbols(ElfFile elf, Map<Integer, Integer> mapped) {
        List<ObjectFile.Symbol> symbols = new ArrayList<>();
        ElfSymbolTableSection table = elf.getSymbolTableSection();
        if (table == null) {
            return symbols;
        }
        for (ElfSymbol symbol : table.symbols) {
            Integer section = mapped.get(symbol.st_shndx & 0xffff);
            String name = symbol.getName();
            if (section != null && name != null && !name.isEmpty()) {
                symbols.add(new ObjectFile.Symbol(name, section, symbol.st_value));
            }
        }
        return symbols;
    }

    private static Relocation relocation(ElfRelocationAddend r, boolean x86, Map<Integer, Integer> mapped) {
        int type = (int) r.getType();
        String nativeType = x86 ? X86.name(type) : Aarch64.name(type);
        RelocationKind kind = x86 ? X86.kind(type) : Aarch64.kind(type);
        ElfSymbol symbol = r.getSymbol();
        int shndx = symbol.st_shndx & 0xffff;
        RelocationTarget target;
        if (shndx == SHN_UNDEF) {
            target = new RelocationTarget.External(symbol.getName());
        } else if (shndx < SHN_LORESERVE && mapped.containsKey(shndx)) {
            target = new RelocationTarget.InSection(mapped.get(shndx), symbol.st_value);
        } else {
            throw new ObjectFormatException("relocation " + nativeType + " at 0x" + Long.toHexString(r.r_offset)
                    + " refers to a symbol in section " + shndx + ", which is not part of the stencil");
        }
        return new Relocation(r.r_offset, kind, nativeType, target, r.r_addend);
    }

    /** x86-64 ELF relocation types (System V ABI, AMD64 supplement). */
    private static final class X86 {
        static String name(int type) {
            return switch (type) {
                case 1 -> "R_X86_64_64";
                case 2 -> "R_X86_64_PC32";
                case 4 -> "R_X86_64_PLT32";
                case 9 -> "R_X86_64_GOTPCREL";
                case 10 -> "R_X86_64_32";
                case 11 -> "R_X86_64_32S";
                case 24 -> "R_X86_64_PC64";
                case 41 -> "R_X86_64_GOTPCRELX";
                case 42 -> "R_X86_64_REX_GOTPCRELX";
                default -> "R_X86_64 type " + type;
            };
        }

        static RelocationKind kind(int type) {
            return switch (type) {
                case 1 -> RelocationKind.X86_64_ABS64;
                case 2, 4 -> RelocationKind.X86_64_PC32;
                case 9, 41, 42 -> RelocationKind.X86_64_GOT_PC32;
                case 10 -> RelocationKind.X86_64_ABS32;
                case 11 -> RelocationKind.X86_64_ABS32S;
                default -> RelocationKind.UNKNOWN;
            };
        }
    }

    /** AArch64 ELF relocation types (ELF for the Arm 64-bit Architecture). */
    private static final class Aarch64 {
        static String name(int type) {
            return switch (type) {
                case 257 -> "R_AARCH64_ABS64";
                case 263 -> "R_AARCH64_MOVW_UABS_G0";
                case 264 -> "R_AARCH64_MOVW_UABS_G0_NC";
                case 265 -> "R_AARCH64_MOVW_UABS_G1";
                case 266 -> "R_AARCH64_MOVW_UABS_G1_NC";
                case 267 -> "R_AARCH64_MOVW_UABS_G2";
                case 268 -> "R_AARCH64_MOVW_UABS_G2_NC";
                case 269 -> "R_AARCH64_MOVW_UABS_G3";
                case 275 -> "R_AARCH64_ADR_PREL_PG_HI21";
                case 277 -> "R_AARCH64_ADD_ABS_LO12_NC";
                case 278 -> "R_AARCH64_LDST8_ABS_LO12_NC";
                case 279 -> "R_AARCH64_TSTBR14";
                case 280 -> "R_AARCH64_CONDBR19";
                case 282 -> "R_AARCH64_JUMP26";
                case 283 -> "R_AARCH64_CALL26";
                case 284 -> "R_AARCH64_LDST16_ABS_LO12_NC";
                case 285 -> "R_AARCH64_LDST32_ABS_LO12_NC";
                case 286 -> "R_AARCH64_LDST64_ABS_LO12_NC";
                case 299 -> "R_AARCH64_LDST128_ABS_LO12_NC";
                case 311 -> "R_AARCH64_ADR_GOT_PAGE";
                case 312 -> "R_AARCH64_LD64_GOT_LO12_NC";
                default -> "R_AARCH64 type " + type;
            };
        }

        static RelocationKind kind(int type) {
            return switch (type) {
                case 257 -> RelocationKind.AARCH64_ABS64;
                case 263, 264 -> RelocationKind.AARCH64_MOVW_G0_NC;
                case 265, 266 -> RelocationKind.AARCH64_MOVW_G1_NC;
                case 267, 268 -> RelocationKind.AARCH64_MOVW_G2_NC;
                case 269 -> RelocationKind.AARCH64_MOVW_G3;
                case 275 -> RelocationKind.AARCH64_ADR_PAGE21;
                case 277 -> RelocationKind.AARCH64_ADD_LO12;
                case 278 -> RelocationKind.AARCH64_LDST8_LO12;
                case 280 -> RelocationKind.AARCH64_CONDBR19;
                case 282 -> RelocationKind.AARCH64_JUMP26;
                case 283 -> RelocationKind.AARCH64_CALL26;
                case 284 -> RelocationKind.AARCH64_LDST16_LO12;
                case 285 -> RelocationKind.AARCH64_LDST32_LO12;
                case 286 -> RelocationKind.AARCH64_LDST64_LO12;
                case 299 -> RelocationKind.AARCH64_LDST128_LO12;
                case 311 -> RelocationKind.AARCH64_GOT_PAGE21;
                case 312 -> RelocationKind.AARCH64_GOT_LD64_LO12;
                default -> RelocationKind.UNKNOWN;
            };
        }
    }
}
