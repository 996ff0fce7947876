package dev.bytecodedsl.kit.trace;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.UopRoles;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace as text, one uop a line, in the spirit of CPython's {@code -X uops} lltrace. The uops a
 * trace runs in a callee are indented by two spaces per call, and its _PUSH_FRAME shows the
 * callee's function version ({@code function=}).
 */
public record TracePrinter(InstructionSet instructions) {

    public String format(Trace trace) {
        return format(trace, 0);
    }

    /**
     * A trace that starts {@code startDepth} calls deep (a side trace leaving a callee); a trace that
     * returns from the frame it started in is indented from its caller's frame.
     */
    public String format(Trace trace, int startDepth) {
        UopRoles roles = instructions.uopRoles();
        int jumpToTop = roles.jumpToTop();
        int[] depths = trace.frameDepths(roles.pushFrame(), roles.popFrame());
        int shallowest = startDepth;
        for (int depth : depths) {
            shallowest = Math.min(shallowest, depth + startDepth);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < trace.length(); i++) {
            int uop = trace.uopArray()[i];
            int indent = depths[i] + startDepth - Math.min(0, shallowest);
            sb.append(String.format("  %3d: %s%s", i, "  ".repeat(indent), instructions.uopName(uop)));
            if (instructions.fixedOparg(uop) < 0 && trace.opargArray()[i] != 0) {
                sb.append(" oparg=").append(trace.opargArray()[i]);
            }
            if (instructions.operandSize(uop) != 0) {
                sb.append(" operand=").append(trace.operandArray()[i]);
            } else if (uop == jumpToTop && trace.operandArray()[i] != 0) {
                sb.append(" to=").append(trace.operandArray()[i]); // the optimizer peeled the first iteration
            } else if (uop == roles.pushFrame()) {
                sb.append(" function=").append(trace.operandArray()[i]); // projection's, not a cache entry
            }
            sb.append(" target=").append(trace.targetArray()[i]).append('\n');
        }
        return sb.toString();
    }

    /** Just the uop names, for golden tests. */
    public List<String> names(Trace trace) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < trace.length(); i++) {
            names.add(instructions.uopName(trace.uopArray()[i]));
        }
        return names;
    }
}
