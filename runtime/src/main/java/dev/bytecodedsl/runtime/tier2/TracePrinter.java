package dev.bytecodedsl.runtime.tier2;

import dev.bytecodedsl.generated.UopMetadata;
import dev.bytecodedsl.generated.Uops;

import java.util.ArrayList;
import java.util.List;

/** A trace as text, one uop a line, in the spirit of CPython's {@code -X uops} lltrace. */
public final class TracePrinter {
    private TracePrinter() {
    }

    public static String format(Trace trace) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < trace.length(); i++) {
            sb.append(String.format("  %3d: %s", i, Uops.name(trace.uopArray()[i])));
            int uop = trace.uopArray()[i];
            if (UopMetadata.FIXED_OPARG[uop] < 0 && trace.opargArray()[i] != 0) {
                sb.append(" oparg=").append(trace.opargArray()[i]);
            }
            if (UopMetadata.OPERAND_SIZE[uop] != 0) {
                sb.append(" operand=").append(trace.operandArray()[i]);
            } else if (uop == Uops._JUMP_TO_TOP && trace.operandArray()[i] != 0) {
                sb.append(" to=").append(trace.operandArray()[i]); // the optimizer peeled the first iteration
            }
            sb.append(" target=").append(trace.targetArray()[i]).append('\n');
        }
        return sb.toString();
    }

    /** Just the uop names, for golden tests. */
    public static List<String> names(Trace trace) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < trace.length(); i++) {
            names.add(Uops.name(trace.uopArray()[i]));
        }
        return names;
    }
}
