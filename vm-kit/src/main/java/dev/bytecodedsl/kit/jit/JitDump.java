package dev.bytecodedsl.kit.jit;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.trace.Trace;

import java.util.HexFormat;
import java.util.List;

/**
 * The machine-code dump ({@link JitOptions#dump}): per trace, the emitted (patched) machine code uop by uop, each instruction with its
 * address and bytes, followed by the holes patched in that uop's code and data.
 */
final class JitDump {
    private JitDump() {
    }

    static String format(String name, Trace trace, CompiledCode code, String triple, InstructionSet instructions) {
        byte[] bytes = code.memory().readable().asSlice(0, code.codeSize()).toArray(JAVA_BYTE);
        List<MachineCodeDisassembler.Line> lines = MachineCodeDisassembler.disassemble(bytes, triple);
        long base = code.memory().address();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("JIT code for %s: %d uops, %d bytes of code at 0x%x (%s)%n", name, trace.length(),
                code.codeSize(), base, triple));
        int line = 0;
        for (int i = 0; i < trace.length(); i++) {
            int start = (int) (code.entry(i) - base);
            int end = i + 1 < trace.length() ? (int) (code.entry(i + 1) - base) : code.codeSize();
            sb.append(String.format("  %3d %s oparg=%d operand=%d target=%d%n", i, instructions.uopName(trace.uop(i)),
                    trace.oparg(i), trace.operand(i), trace.target(i)));
            for (; line < lines.size() && lines.get(line).offset() < end; line++) {
                MachineCodeDisassembler.Line l = lines.get(line);
                if (l.offset() >= start) {
                    sb.append(String.format("      %x: %-30s %s%n", base + l.offset(),
                            HexFormat.ofDelimiter(" ").formatHex(bytes, l.offset(), l.offset() + l.length()), l.text()));
                }
            }
            for (PatchedHole hole : code.holes()) {
                if (hole.uopIndex() == i) {
                    sb.append("    hole").append(hole.format()).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
