package dev.bytecodedsl.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The instructions trace projection treats specially, found in a DSL by CPython's names (the
 * analyzer checks their shape when the tier-2 generator runs); {@link #ABSENT} for those a DSL
 * does not declare.
 *
 * @param extendedArg   EXTENDED_ARG: a prefix widening the next instruction's oparg by 8 bits
 * @param jumpBackward  JUMP_BACKWARD: closes a loop, jumping back by oparg from its end; its counter finds hot loops
 * @param jumpForward   JUMP_FORWARD: an unconditional forward jump by oparg, which projection follows
 * @param enterExecutor ENTER_EXECUTOR: replaces a hot JUMP_BACKWARD in place (same cache size); oparg is the executor
 * @param returns       the instructions named RETURN_*: they leave the frame, so a trace can never follow them
 */
public record OpcodeRoles(int extendedArg, int jumpBackward, int jumpForward, int enterExecutor, Set<Integer> returns) {
    public static final int ABSENT = -1;

    public OpcodeRoles {
        returns = Set.copyOf(returns);
    }

    public boolean isReturn(int opcode) {
        return returns.contains(opcode);
    }

    /** The roles traces cannot do without that this instruction set lacks, by name; empty when it has them all. */
    public List<String> missingForTraces() {
        List<String> missing = new ArrayList<>();
        if (jumpBackward == ABSENT) {
            missing.add("JUMP_BACKWARD");
        }
        if (enterExecutor == ABSENT) {
            missing.add("ENTER_EXECUTOR");
        }
        return missing;
    }
}
