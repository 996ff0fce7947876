package dev.bytecodedsl.stencils.holes;

import dev.bytecodedsl.kit.jit.Hole;
import dev.bytecodedsl.kit.jit.HoleKind;
import dev.bytecodedsl.kit.jit.HolePatcher;
import dev.bytecodedsl.kit.jit.HoleValue;
import dev.bytecodedsl.stencils.objfile.ObjectFile;
import dev.bytecodedsl.stencils.objfile.Relocation;
import dev.bytecodedsl.stencils.objfile.RelocationKind;
import dev.bytecodedsl.stencils.objfile.RelocationTarget;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an object file into a {@link Stencil}: the code sections become the code, read-only data
 * sections the data, and every relocation a hole (docs/jit-abi.md). Relocations within the code
 * that are PC-relative are resolved here; GOT references become an 8-byte slot after the data
 * with an absolute hole, referenced PC-relatively from the code; a trailing jump to
 * {@code _JIT_CONTINUE} is deleted (the next stencil follows).
 */
public final class HoleExtractor {

    public static final String ENTRY = "_JIT_ENTRY";
    public static final String SHIM_ENTRY = "_JIT_SHIM";

    private enum Region { CODE, DATA }

    private record Place(Region region, int offset) {}

    private record SlotKey(HoleValue value, String symbol, long addend) {}

    private final String unit;
    private final Set<String> helpers;
    private final boolean x86;

    /**
     * @param unit    the uop (or {@code shim}) for error messages
     * @param helpers the symbols a HELPER hole may name
     * @param x86     whether the target is x86-64 (else AArch64)
     */
    public HoleExtractor(String unit, Set<String> helpers, boolean x86) {
        this.unit = unit;
        this.helpers = helpers;
        this.x86 = x86;
    }

    /** A uop's stencil: entry {@code _JIT_ENTRY}, trailing jump removed. */
    public Stencil extractUop(ObjectFile object) {
        return extract(object, ENTRY, true);
    }

    /** The shim: entry {@code _JIT_SHIM}, a plain C function. */
    public Stencil extractShim(ObjectFile object) {
        return extract(object, SHIM_ENTRY, false);
    }

    private Stencil extract(ObjectFile object, String entryName, boolean removeTrailingJump) {
        ByteBuilder code = new ByteBuilder();
        ByteBuilder data = new ByteBuilder();
        Map<Integer, Place> bases = new LinkedHashMap<>();
        for (int i = 0; i < object.sections().size(); i++) {
            ObjectFile.Section section = object.sections().get(i);
            switch (section.kind()) {
                case CODE -> bases.put(i, new Place(Region.CODE, code.append(section.bytes(), section.alignment())));
                case READ_ONLY_DATA -> bases.put(i, new Place(Region.DATA, data.append(section.bytes(), section.alignment())));
                case WRITABLE_DATA -> throw error("has writable data (section " + section.name()
                        + "); stencils must not keep state");
                case OTHER -> { }
            }
        }
        ObjectFile.Symbol entry = object.symbol(entryName).orElseThrow(() -> error("defines no " + entryName));
        Place entryPlace = bases.get(entry.section());
        if (entryPlace == null || entryPlace.region() != Region.CODE || entryPlace.offset() + entry.value() != 0) {
            throw error(entryName + " does not start the code");
        }

        byte[] codeBytes = code.bytes();
        byte[] dataBytes = data.bytes();
        List<Hole> codeHoles = new ArrayList<>();
        List<Hole> dataHoles = new ArrayList<>();
        Map<SlotKey, Integer> slots = new LinkedHashMap<>();
        int slotBase = align(dataBytes.length, 8);
        for (int i = 0; i < object.sections().size(); i++) {
            Place base = bases.get(i);
            if (base == null) {
                continue;
            }
            for (Relocation r : object.sections().get(i).relocations()) {
                Place site = new Place(base.region(), base.offset() + (int) r.offset());
                byte[] bytes = site.region() == Region.CODE ? codeBytes : dataBytes;
                List<Hole> holes = site.region() == Region.CODE ? codeHoles : dataHoles;
                relocate(r, site, bytes, holes, bases, slots, slotBase);
            }
        }
        // The GOT: one 8-byte slot per distinct value, after the read-only data.
        byte[] withSlots = Arrays.copyOf(dataBytes, slots.isEmpty() ? dataBytes.length : slotBase + 8 * slots.size());
        slots.forEach((key, offset) -> dataHoles.add(new Hole(offset, x86 ? HoleKind.X86_64_ABS64 : HoleKind.AARCH64_ABS64,
                key.value(), key.symbol(), key.addend())));
        if (removeTrailingJump) {
            codeBytes = removeTrailingJump(codeBytes, codeHoles);
        }
        codeHoles.sort(Comparator.comparingInt(Hole::offset));
        dataHoles.sort(Comparator.comparingInt(Hole::offset));
        return new Stencil(codeBytes, codeHoles, withSlots, dataHoles);
    }

    private void relocate(Relocation r, Place site, byte[] bytes, List<Hole> holes, Map<Integer, Place> bases,
            Map<SlotKey, Integer> slots, int slotBase) {
        Target target = target(r, bases);
        switch (r.kind()) {
            case X86_64_GOT_PC32, AARCH64_GOT_PAGE21, AARCH64_GOT_LD64_LO12 -> {
                // The slot holds the symbol's address; the relocation's own addend (x86: -4 for the
                // end of the displacement) applies to the PC-relative reference to the slot.
                SlotKey key = new SlotKey(target.value(), target.symbol(), target.addend() - r.addend());
                int slot = slots.computeIfAbsent(key, k -> slotBase + 8 * slots.size());
                HoleKind kind = switch (r.kind()) {
                    case X86_64_GOT_PC32 -> HoleKind.X86_64_PC32;
                    case AARCH64_GOT_PAGE21 -> HoleKind.AARCH64_ADR_PREL_PG_HI21;
                    default -> HoleKind.AARCH64_LDST64_ABS_LO12_NC;
                };
                holes.add(new Hole(site.offset(), kind, HoleValue.DATA, "", slot + r.addend()));
            }
            case UNKNOWN -> throw error("has relocation " + r.nativeType() + " at offset 0x"
                    + Long.toHexString(site.offset()) + ", which the extractor does not support");
            default -> {
                HoleKind kind = holeKind(r.kind());
                boolean sameRegion = (target.value() == HoleValue.CODE && site.region() == Region.CODE)
                        || (target.value() == HoleValue.DATA && site.region() == Region.DATA);
                if (kind.isPcRelative() && sameRegion) {
                    // Both ends move together: resolve now, relative to the region's start.
                    HolePatcher.patch(MemorySegment.ofArray(bytes), site.offset(), kind, target.addend(), site.offset());
                } else {
                    holes.add(new Hole(site.offset(), kind, target.value(), target.symbol(), target.addend()));
                }
            }
        }
    }

    /** A relocation's target as a hole value: a {@code _JIT_*} symbol, a helper, or this stencil's code/data. */
    private record Target(HoleValue value, String symbol, long addend) {}

    private Target target(Relocation r, Map<Integer, Place> bases) {
        return switch (r.target()) {
            case RelocationTarget.External e -> {
                HoleValue value = HoleValue.ofSymbol(e.name());
                if (value == HoleValue.HELPER && !helpers.contains(e.name())) {
                    throw error("references '" + e.name() + "' (relocation " + r.nativeType() + " at offset 0x"
                            + Long.toHexString(r.offset()) + "), which is neither a hole symbol nor a helper of bytecodes.def");
                }
                yield new Target(value, value == HoleValue.HELPER ? e.name() : "", r.addend());
            }
            case RelocationTarget.InSection s -> {
                Place place = bases.get(s.section());
                if (place == null) {
                    throw error("has relocation " + r.nativeType() + " at offset 0x" + Long.toHexString(r.offset())
                            + " into a section that is not part of the stencil");
                }
                yield new Target(place.region() == Region.CODE ? HoleValue.CODE : HoleValue.DATA, "",
                        place.offset() + s.offset() + r.addend());
            }
        };
    }

    private static HoleKind holeKind(RelocationKind kind) {
        return switch (kind) {
            case X86_64_ABS64 -> HoleKind.X86_64_ABS64;
            case X86_64_ABS32 -> HoleKind.X86_64_ABS32;
            case X86_64_ABS32S -> HoleKind.X86_64_ABS32S;
            case X86_64_PC32 -> HoleKind.X86_64_PC32;
            case AARCH64_ABS64 -> HoleKind.AARCH64_ABS64;
            case AARCH64_ADR_PAGE21 -> HoleKind.AARCH64_ADR_PREL_PG_HI21;
            case AARCH64_ADD_LO12 -> HoleKind.AARCH64_ADD_ABS_LO12_NC;
            case AARCH64_LDST8_LO12 -> HoleKind.AARCH64_LDST8_ABS_LO12_NC;
            case AARCH64_LDST16_LO12 -> HoleKind.AARCH64_LDST16_ABS_LO12_NC;
            case AARCH64_LDST32_LO12 -> HoleKind.AARCH64_LDST32_ABS_LO12_NC;
            case AARCH64_LDST64_LO12 -> HoleKind.AARCH64_LDST64_ABS_LO12_NC;
            case AARCH64_LDST128_LO12 -> HoleKind.AARCH64_LDST128_ABS_LO12_NC;
            case AARCH64_CALL26 -> HoleKind.AARCH64_CALL26;
            case AARCH64_JUMP26 -> HoleKind.AARCH64_JUMP26;
            case AARCH64_CONDBR19 -> HoleKind.AARCH64_CONDBR19;
            case AARCH64_MOVW_G0_NC -> HoleKind.AARCH64_MOVW_UABS_G0_NC;
            case AARCH64_MOVW_G1_NC -> HoleKind.AARCH64_MOVW_UABS_G1_NC;
            case AARCH64_MOVW_G2_NC -> HoleKind.AARCH64_MOVW_UABS_G2_NC;
            case AARCH64_MOVW_G3 -> HoleKind.AARCH64_MOVW_UABS_G3;
            case X86_64_GOT_PC32, AARCH64_GOT_PAGE21, AARCH64_GOT_LD64_LO12, UNKNOWN ->
                    throw new IllegalStateException("no direct hole kind for " + kind);
        };
    }

    /**
     * Deletes the last instruction when it is the jump to {@code _JIT_CONTINUE} ({@code jmp rel32} on
     * x86-64, {@code b} on AArch64): execution falls through into the next uop's stencil instead.
     */
    private static byte[] removeTrailingJump(byte[] code, List<Hole> holes) {
        for (Hole hole : holes) {
            boolean x86Jump = hole.kind() == HoleKind.X86_64_PC32 && hole.offset() == code.length - 4
                    && hole.addend() == -4 && (code[code.length - 5] & 0xFF) == 0xE9;
            boolean armJump = hole.kind() == HoleKind.AARCH64_JUMP26 && hole.offset() == code.length - 4
                    && hole.addend() == 0;
            if (hole.value() == HoleValue.CONTINUE && (x86Jump || armJump)) {
                holes.remove(hole);
                return Arrays.copyOf(code, code.length - (x86Jump ? 5 : 4));
            }
        }
        return code;
    }

    private static int align(int n, int alignment) {
        return (n + alignment - 1) / alignment * alignment;
    }

    private StencilException error(String message) {
        return new StencilException(unit + ": the stencil " + message);
    }

    /** Appends sections at their alignment (zero padding), returning each one's offset. */
    private static final class ByteBuilder {
        private byte[] bytes = new byte[0];

        int append(byte[] section, long alignment) {
            int offset = align(bytes.length, (int) Math.max(1, alignment));
            byte[] grown = Arrays.copyOf(bytes, offset + section.length);
            System.arraycopy(section, 0, grown, offset, section.length);
            bytes = grown;
            return offset;
        }

        byte[] bytes() {
            return bytes;
        }
    }
}
