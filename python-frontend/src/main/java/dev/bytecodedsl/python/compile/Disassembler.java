package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.OpcodeFlags;
import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Prints code like Python 3.13's {@code dis.dis(code, show_offsets=True)}: line, jump-target label,
 * offset, opname, oparg and what the oparg means, then the exception table, then every nested code
 * object. The code units are passed separately from the code object so a runtime can show quickened
 * code: a specialized opcode is described like its family head (they share oparg and cache layout).
 */
public final class Disassembler {

    private static final String[] COMPARE_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] NB_SYMBOLS = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    };

    private final CodeObject code;
    private final char[] units;
    /** The full oparg of the instruction starting at each offset (see extendOpargs). */
    private final int[] opargs;
    private final StringBuilder out = new StringBuilder();
    /** Jump and handler targets (offset -> label number), numbered in code order as dis does. */
    private final TreeMap<Integer, Integer> labels = new TreeMap<>();

    private Disassembler(CodeObject code, char[] units) {
        this.code = code;
        this.units = units;
        this.opargs = new int[units.length];
    }

    /** The code object and everything nested in it. */
    public static String disassemble(CodeObject code) {
        return disassemble(code, code.code());
    }

    /** {@code units} replaces the code object's own code, e.g. after quickening; nested code is shown as compiled. */
    public static String disassemble(CodeObject code, char[] units) {
        StringBuilder out = new StringBuilder(new Disassembler(code, units).run());
        for (Constant c : code.constants()) {
            if (c instanceof Constant.CodeConst nested) {
                out.append('\n').append("Disassembly of ").append(c.repr()).append(":\n");
                out.append(disassemble(nested.code()));
            }
        }
        return out.toString();
    }

    /** Just this code object (no nested code), shown with {@code units}: a runtime's quickened copy. */
    public static String disassembleOne(CodeObject code, char[] units) {
        return new Disassembler(code, units).run();
    }

    private String run() {
        extendOpargs();
        findLabels();
        int lastLine = -1;
        for (int offset = 0; offset < units.length; offset = next(offset)) {
            int line = offset < code.codeLength() ? code.lineAt(offset) : -1;
            String lineColumn = "";
            if (line != lastLine) {
                if (offset > 0) {
                    out.append('\n');
                }
                lineColumn = line > 0 ? Integer.toString(line) : "--";
                lastLine = line;
            }
            String label = labels.containsKey(offset) ? "L" + labels.get(offset) + ":" : "";
            instruction(offset, lineColumn, label);
        }
        if (!code.exceptionTable().isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTableEntry e : code.exceptionTable()) {
                out.append("  ").append(labelOrOffset(e.start())).append(" to ").append(labelOrOffset(e.end()))
                        .append(" -> ").append(labelOrOffset(e.target())).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The oparg each instruction runs with: its own 8 bits below those of the EXTENDED_ARG prefixes
     * before it. Found by a forward pass, because cache units may hold any bits.
     */
    private void extendOpargs() {
        int prefix = 0;
        for (int offset = 0; offset < units.length; offset = next(offset)) {
            opargs[offset] = prefix << 8 | units[offset] >>> 8;
            prefix = (units[offset] & 0xFF) == Opcodes.EXTENDED_ARG ? opargs[offset] : 0;
        }
    }

    private void instruction(int offset, String lineColumn, String label) {
        int opcode = units[offset] & 0xFF;
        int oparg = opargs[offset];
        String name = Opcodes.name(opcode);
        boolean hasArg = name != null && (OpcodeMetadata.FLAGS[opcode] & OpcodeFlags.HAS_ARG) != 0;
        String argText = hasArg ? Integer.toString(oparg) : "";
        String description = name == null ? "" : describe(offset, base(opcode), oparg);
        String text = String.format("%4s %5s %5d  %-26s %3s", lineColumn, label, offset,
                name == null ? "<" + opcode + ">" : name, argText);
        if (!description.isEmpty()) {
            text += " (" + description + ")";
        }
        out.append(text.stripTrailing()).append('\n');
    }

    /** The generic instruction a specialized one stands for. */
    private static int base(int opcode) {
        return opcode < OpcodeMetadata.DEOPT.length ? OpcodeMetadata.DEOPT[opcode] : opcode;
    }

    private int next(int offset) {
        int opcode = units[offset] & 0xFF;
        return offset + 1 + (opcode < OpcodeMetadata.CACHE_SIZE.length ? OpcodeMetadata.CACHE_SIZE[opcode] : 0);
    }

    private void findLabels() {
        List<Integer> targets = new ArrayList<>();
        for (int offset = 0; offset < units.length; offset = next(offset)) {
            int target = jumpTarget(offset);
            if (target >= 0) {
                targets.add(target);
            }
        }
        for (ExceptionTableEntry e : code.exceptionTable()) {
            targets.add(e.start());
            targets.add(e.end());
            targets.add(e.target());
        }
        targets.stream().distinct().sorted().forEach(t -> labels.put(t, labels.size() + 1));
    }

    /** Where the instruction at {@code offset} jumps, or -1. */
    private int jumpTarget(int offset) {
        int opcode = units[offset] & 0xFF;
        if (Opcodes.name(opcode) == null || (OpcodeMetadata.FLAGS[opcode] & OpcodeFlags.JUMPS) == 0) {
            return -1;
        }
        int oparg = opargs[offset];
        int end = next(offset);
        return base(opcode) == Opcodes.JUMP_BACKWARD ? end - oparg : end + oparg;
    }

    private String labelOrOffset(int offset) {
        return labels.containsKey(offset) ? "L" + labels.get(offset) : Integer.toString(offset);
    }

    private String describe(int offset, int opcode, int oparg) {
        int target = jumpTarget(offset);
        if (target >= 0) {
            return "to " + labelOrOffset(target);
        }
        return switch (opcode) {
            case Opcodes.LOAD_CONST, Opcodes.RETURN_CONST -> constant(oparg);
            case Opcodes.LOAD_NAME, Opcodes.STORE_NAME, Opcodes.STORE_GLOBAL, Opcodes.STORE_ATTR -> name(oparg);
            case Opcodes.LOAD_GLOBAL -> name(oparg >> 1) + ((oparg & DslConstants.PUSH_NULL_FLAG) != 0 ? " + NULL" : "");
            case Opcodes.LOAD_ATTR -> name(oparg >> 1) + ((oparg & DslConstants.METHOD_FLAG) != 0 ? " + NULL|self" : "");
            case Opcodes.LOAD_FAST, Opcodes.LOAD_FAST_CHECK, Opcodes.LOAD_FAST_AND_CLEAR, Opcodes.STORE_FAST -> local(oparg);
            case Opcodes.LOAD_FAST_LOAD_FAST, Opcodes.STORE_FAST_LOAD_FAST, Opcodes.STORE_FAST_STORE_FAST ->
                local(oparg >> DslConstants.SUPER_SHIFT) + ", " + local((int) (oparg & DslConstants.SUPER_MASK));
            case Opcodes.COMPARE_OP -> (oparg >> DslConstants.COMPARE_SHIFT) < COMPARE_SYMBOLS.length
                    ? COMPARE_SYMBOLS[oparg >> DslConstants.COMPARE_SHIFT] : "?";
            case Opcodes.BINARY_OP -> oparg < NB_SYMBOLS.length ? NB_SYMBOLS[oparg] : "?";
            case Opcodes.IS_OP -> oparg == 0 ? "is" : "is not";
            case Opcodes.CONTAINS_OP -> oparg == 0 ? "in" : "not in";
            case Opcodes.MAKE_FUNCTION -> (oparg & DslConstants.MAKE_FUNCTION_DEFAULTS) != 0 ? "defaults" : "";
            case Opcodes.RAISE_VARARGS -> oparg == 0 ? "reraise" : "exception instance";
            default -> "";
        };
    }

    private String constant(int index) {
        return index < code.constants().size() ? code.constants().get(index).repr() : "<bad const " + index + ">";
    }

    private String name(int index) {
        return index < code.names().size() ? code.names().get(index) : "<bad name " + index + ">";
    }

    private String local(int index) {
        return index < code.localNames().size() ? code.localNames().get(index) : "<bad local " + index + ">";
    }
}
