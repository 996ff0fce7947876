package dev.bytecodedsl.kit;

import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping uops trace projection emits itself, and the uops the optimizer writes into traces,
 * found in a DSL by CPython's names; {@link OpcodeRoles#ABSENT} for those a DSL does not declare.
 * Their bodies are the DSL's: the kit only decides where they go.
 *
 * @param startExecutor  _START_EXECUTOR: a trace's first uop; its operand is the executor's table index
 * @param checkValidity  _CHECK_VALIDITY: exits when the running executor's assumptions no longer hold
 * @param setIp          _SET_IP: records the instruction (its operand) before escaping code
 * @param jumpToTop      _JUMP_TO_TOP: the loop close; continues at the uop its operand names
 * @param checkPeriodic  _CHECK_PERIODIC: where a side trace follows a JUMP_BACKWARD, handles pending events
 * @param exitTrace      _EXIT_TRACE: where projection stopped; always leaves to its target
 * @param nop            NOP: what the optimizer rewrites a removed uop into (an override's replace_op(NOP))
 * @param popTop         POP_TOP: drops the top item; the optimizer removes a pure push it pops right away
 * @param loadConstInline _LOAD_CONST_INLINE: pushes its operand; the optimizer puts a folded result there
 * @param pushFrame      _PUSH_FRAME: switches to a callee's frame; projection follows the call into the
 *                       callee's code and sets its operand to the callee's function version
 * @param popFrame       _POP_FRAME: returns to the caller's frame; projection goes on after the call
 * @param checkCaller    _CHECK_CALLER: exits unless the current frame's caller is the function whose
 *                       version is its operand's high 32 bits, at the CALL at its low 32 bits; a
 *                       trace that returns from the frame it started in begins with it
 */
public record UopRoles(int startExecutor, int checkValidity, int setIp, int jumpToTop, int checkPeriodic,
                       int exitTrace, int nop, int popTop, int loadConstInline, int pushFrame, int popFrame,
                       int checkCaller) {

    /** Whether traces can follow calls: the DSL declares both frame-switching uops. */
    public boolean followsCalls() {
        return pushFrame != OpcodeRoles.ABSENT && popFrame != OpcodeRoles.ABSENT;
    }

    /** Whether traces can return from the frame they started in, into the caller they were projected with. */
    public boolean followsReturns() {
        return followsCalls() && checkCaller != OpcodeRoles.ABSENT;
    }

    /** The roles this instruction set lacks, by name; empty when traces can be projected over it. */
    public List<String> missingForTraces() {
        List<String> missing = new ArrayList<>();
        String[] names = {"_START_EXECUTOR", "_CHECK_VALIDITY", "_SET_IP", "_JUMP_TO_TOP", "_CHECK_PERIODIC",
                "_EXIT_TRACE"};
        int[] ids = {startExecutor, checkValidity, setIp, jumpToTop, checkPeriodic, exitTrace};
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == OpcodeRoles.ABSENT) {
                missing.add(names[i]);
            }
        }
        return missing;
    }
}
