package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instructions and uops the runtime kit's traces (and its optimizer: NOP, POP_TOP,
 * _LOAD_CONST_INLINE, optional; _PUSH_FRAME and _POP_FRAME, optional, which traces follow into a
 * callee and back; _CHECK_CALLER, optional, with which a trace returns from the frame it started in)
 * give a part to, found in a DSL by CPython's names (as bytecodes.def
 * declares them): a DSL opts into traces by declaring ENTER_EXECUTOR, and
 * then {@link #problems} says what else it must declare and how. The metadata generator hands the
 * roles to the kit ({@code GeneratedInstructionSet}); the tier-2 generator refuses a DSL with problems.
 */
public record TraceRoles(
        Optional<Instruction> extendedArg,
        Optional<Instruction> jumpBackward,
        Optional<Instruction> jumpForward,
        Optional<Instruction> enterExecutor,
        List<Instruction> returns,
        Optional<Uop> startExecutor,
        Optional<Uop> checkValidity,
        Optional<Uop> setIp,
        Optional<Uop> jumpToTop,
        Optional<Uop> checkPeriodic,
        Optional<Uop> exitTrace,
        Optional<Uop> nop,
        Optional<Uop> popTop,
        Optional<Uop> loadConstInline,
        Optional<Uop> pushFrame,
        Optional<Uop> popFrame,
        Optional<Uop> checkCaller) {

    /** Instructions whose names start with this leave the frame: traces stop there. */
    public static final String RETURN_PREFIX = "RETURN_";

    public TraceRoles {
        returns = List.copyOf(returns);
    }

    /** One thing a DSL that opts into traces got wrong. */
    public record Problem(SourcePos pos, String message) {}

    public static TraceRoles of(Analysis analysis) {
        return new TraceRoles(
                analysis.instruction("EXTENDED_ARG"),
                analysis.instruction("JUMP_BACKWARD"),
                analysis.instruction("JUMP_FORWARD"),
                analysis.instruction("ENTER_EXECUTOR"),
                analysis.instructions().stream().filter(i -> i.name().startsWith(RETURN_PREFIX)).toList(),
                analysis.uop("_START_EXECUTOR"),
                analysis.uop("_CHECK_VALIDITY"),
                analysis.uop("_SET_IP"),
                analysis.uop("_JUMP_TO_TOP"),
                analysis.uop("_CHECK_PERIODIC"),
                analysis.uop("_EXIT_TRACE"),
                analysis.uop("NOP"),
                analysis.uop("POP_TOP"),
                analysis.uop("_LOAD_CONST_INLINE"),
                analysis.uop("_PUSH_FRAME"),
                analysis.uop("_POP_FRAME"),
                analysis.uop("_CHECK_CALLER"));
    }

    /**
     * What keeps the kit from running traces over a DSL that declares ENTER_EXECUTOR (none for a DSL
     * that does not: it has no traces). ENTER_EXECUTOR overwrites a hot JUMP_BACKWARD in place, so both
     * have the same cache size and the counter survives; it never runs in a trace, so projection stops
     * at it; the bookkeeping uops must all exist, since projection emits them.
     */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (enterExecutor.isEmpty()) {
            return problems;
        }
        Instruction enter = enterExecutor.get();
        if (jumpBackward.isEmpty()) {
            problems.add(new Problem(enter.pos(), "ENTER_EXECUTOR needs a JUMP_BACKWARD instruction (the loop close it replaces)"));
        } else {
            Instruction jump = jumpBackward.get();
            if (jump.cacheSize() != enter.cacheSize()) {
                problems.add(new Problem(enter.pos(), "ENTER_EXECUTOR replaces JUMP_BACKWARD in place: its cache size ("
                        + enter.cacheSize() + ") must be JUMP_BACKWARD's (" + jump.cacheSize() + ")"));
            }
            if (jump.cacheSize() == 0) {
                problems.add(new Problem(jump.pos(), "JUMP_BACKWARD needs a cache unit for its hot-loop counter"));
            }
        }
        if (enter.tier2Blocker().isEmpty()) {
            problems.add(new Problem(enter.pos(), "ENTER_EXECUTOR must be tier 1 only (projection stops at it)"));
        }
        String[] names = {"_START_EXECUTOR", "_CHECK_VALIDITY", "_SET_IP", "_JUMP_TO_TOP", "_CHECK_PERIODIC",
                "_EXIT_TRACE"};
        List<Optional<Uop>> uops = List.of(startExecutor, checkValidity, setIp, jumpToTop, checkPeriodic, exitTrace);
        for (int i = 0; i < names.length; i++) {
            if (uops.get(i).isEmpty()) {
                problems.add(new Problem(enter.pos(), "a DSL with ENTER_EXECUTOR must declare the trace uop "
                        + names[i] + " (trace projection emits it)"));
            }
        }
        if (pushFrame.isPresent() != popFrame.isPresent()) {
            Uop declared = pushFrame.or(() -> popFrame).orElseThrow();
            problems.add(new Problem(declared.op().definition().pos(), "traces follow calls only with both _PUSH_FRAME"
                    + " and _POP_FRAME: a trace that enters a callee must be able to return from it"));
        }
        if (checkCaller.isPresent() && popFrame.isEmpty()) {
            problems.add(new Problem(checkCaller.get().op().definition().pos(), "_CHECK_CALLER guards a return"
                    + " from the frame a trace started in: the DSL must declare _PUSH_FRAME and _POP_FRAME too"));
        }
        return problems;
    }
}
