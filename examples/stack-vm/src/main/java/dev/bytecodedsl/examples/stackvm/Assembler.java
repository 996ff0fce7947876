package dev.bytecodedsl.examples.stackvm;

import dev.bytecodedsl.examples.stackvm.generated.CacheLayout;
import dev.bytecodedsl.examples.stackvm.generated.DslConstants;
import dev.bytecodedsl.examples.stackvm.generated.OpcodeMetadata;
import dev.bytecodedsl.examples.stackvm.generated.Opcodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the machine's text form: one instruction per line, {@code ;} starts a comment,
 * {@code name:} defines a label. Operands: {@code PUSH 42} (a constant), {@code LOAD 0} and
 * {@code STORE 0} (a local slot), {@code JUMP_IF_ZERO label} (forward) and {@code JUMP_BACKWARD label}
 * (backward). Opcode numbers, operand placement and cache sizes all come from the generated
 * metadata, so the assembler knows nothing the DSL file does not say.
 */
public final class Assembler {

    private Assembler() {}

    /** @throws IllegalArgumentException with the line number of the first bad line */
    public static Program assemble(String text) {
        List<Line> lines = parse(text);
        Map<String, Integer> labels = new HashMap<>();
        int at = 0;
        for (Line line : lines) {
            if (line.label() != null) {
                labels.put(line.label(), at);
            } else {
                at += 1 + OpcodeMetadata.CACHE_SIZE[line.opcode()];
            }
        }
        char[] code = new char[at];
        List<Long> consts = new ArrayList<>();
        int locals = 0;
        at = 0;
        for (Line line : lines) {
            if (line.label() != null) {
                continue;
            }
            int next = at + 1 + OpcodeMetadata.CACHE_SIZE[line.opcode()];
            int oparg = switch (line.opcode()) {
                case Opcodes.PUSH -> {
                    consts.add(Values.of(Long.parseLong(line.operand(1))));
                    yield consts.size() - 1;
                }
                case Opcodes.LOAD, Opcodes.STORE -> {
                    int slot = Integer.parseInt(line.operand(1));
                    locals = Math.max(locals, slot + 1);
                    yield slot;
                }
                case Opcodes.JUMP_IF_ZERO -> target(labels, line) - next;
                case Opcodes.JUMP_BACKWARD -> next - target(labels, line);
                default -> 0;
            };
            if (oparg < 0 || oparg > 0xFF) {
                throw new IllegalArgumentException("line " + line.number() + ": operand out of range: " + oparg);
            }
            code[at] = (char) (line.opcode() | oparg << 8);
            if (line.opcode() == Opcodes.ADD) {
                code[at + 1 + CacheLayout.ADD_COUNTER] = (char) DslConstants.ADD_WARMUP; // counts down to specializing
            } else if (line.opcode() == Opcodes.JUMP_BACKWARD) {
                code[at + 1 + CacheLayout.JUMP_BACKWARD_COUNTER] = (char) DslConstants.LOOP_WARMUP; // to a trace
            }
            at = next;
        }
        return new Program(code, consts.stream().mapToLong(Long::longValue).toArray(), locals);
    }

    private record Line(int number, String label, int opcode, String[] words) {
        String operand(int index) {
            if (words.length <= index) {
                throw new IllegalArgumentException("line " + number + ": " + words[0] + " needs an operand");
            }
            return words[index];
        }
    }

    private static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String source = raw[i].replaceFirst(";.*", "").strip();
            if (source.isEmpty()) {
                continue;
            }
            if (source.endsWith(":")) {
                lines.add(new Line(i + 1, source.substring(0, source.length() - 1), -1, new String[0]));
                continue;
            }
            String[] words = source.split("\\s+");
            int opcode = opcodeNamed(words[0]);
            if (opcode < 0 || opcode >= Opcodes.FIRST_PSEUDO_OPCODE || OpcodeMetadata.isSpecialized(opcode)) {
                throw new IllegalArgumentException("line " + (i + 1) + ": unknown instruction " + words[0]);
            }
            lines.add(new Line(i + 1, null, opcode, words));
        }
        return lines;
    }

    private static int opcodeNamed(String name) {
        for (int opcode = 1; opcode <= Opcodes.MAX_REAL_OPCODE; opcode++) {
            if (name.equalsIgnoreCase(Opcodes.name(opcode))) {
                return opcode;
            }
        }
        return -1;
    }

    private static int target(Map<String, Integer> labels, Line line) {
        Integer target = labels.get(line.operand(1));
        if (target == null) {
            throw new IllegalArgumentException("line " + line.number() + ": no label " + line.operand(1));
        }
        return target;
    }
}
