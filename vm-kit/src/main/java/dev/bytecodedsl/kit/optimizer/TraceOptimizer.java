package dev.bytecodedsl.kit.optimizer;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.OpcodeRoles;
import dev.bytecodedsl.kit.UopRoles;
import dev.bytecodedsl.kit.trace.Optimizer;
import dev.bytecodedsl.kit.trace.Trace;

import java.lang.foreign.ValueLayout;

/**
 * The kit's optimizer: abstract interpretation of the loop with the VM's generated
 * {@code AbstractInterpreter} ({@link AbstractInterpretation}), then {@link TraceCleanup}. The uops
 * it knows by their part (the loop close, the trace's header, NOP, ...) are the DSL's
 * ({@link UopRoles}); it needs a NOP, what overrides rewrite a removed guard into.
 *
 * <p>The first pass runs the whole trace knowing nothing about the frame: what it removes holds for
 * any entry. Knowledge at the end of one iteration (a guarded local is an int) would remove more
 * guards from the next, but the first iteration still needs them; so, like loop peeling, the trace
 * becomes the first iteration as pass one left it, followed by the loop body optimized under what
 * holds at the start of every later iteration, and _JUMP_TO_TOP goes back to that second copy.
 * That entry knowledge is found by iteration: start from the state after the first iteration, run
 * the body, keep only what the body's end still implies, until nothing changes.
 *
 * <p>A side trace does not loop: one pass over it, knowing nothing about the frame, is all.
 */
public final class TraceOptimizer<S extends Symbols> {
    /** Passes over the body before giving up on a stable entry state (facts only shrink). */
    private static final int MAX_BODY_PASSES = 4;
    /** Abstract slots for the stack the loop finds at its top (e.g. the iterator) and what it pushes. */
    private static final int STACK_BELOW = 64;
    private static final int STACK_ROOM = 512;

    private final InstructionSet set;
    private final UopRoles roles;
    private final AbstractInterpretation<S> cases;
    private long guardsRemoved;
    private long uopsFolded;
    private long uopsRemoved;

    /**
     * @param set   the VM's instruction set (uop flags, stack effects, roles)
     * @param cases the VM's generated abstract interpreter
     */
    public TraceOptimizer(InstructionSet set, AbstractInterpretation<S> cases) {
        if (set.uopRoles().nop() == OpcodeRoles.ABSENT) {
            throw new IllegalArgumentException("the optimizer needs a NOP uop (what a removed guard becomes)");
        }
        this.set = set;
        this.roles = set.uopRoles();
        this.cases = cases;
    }

    /** What the kit's trace engine runs on the traces of the code object {@code code}. */
    public Optimizer forCode(CodeContext code) {
        return new Optimizer() {
            @Override
            public Trace optimize(Trace trace) {
                return TraceOptimizer.this.optimize(trace, code);
            }

            @Override
            public Optimizer inCallee(long calleeVersion) {
                return trace -> optimizeInCallee(trace, code, calleeVersion);
            }

            @Override
            public Optimizer returningTo(long callerVersion) {
                return trace -> optimizeReturning(trace, code, code.callee(callerVersion));
            }
        };
    }

    /** The optimized form of {@code trace}, a trace of the code object {@code code}. */
    public Trace optimize(Trace trace, CodeContext code) {
        int n = trace.length();
        if (n == 0) {
            return trace;
        }
        if (trace.uop(n - 1) != roles.jumpToTop()) {
            return optimizeStraight(trace, code);
        }
        int bodyStart = 0;
        while (bodyStart < n - 1 && isHeader(trace.uop(bodyStart))) {
            bodyStart++;
        }
        int loopEnd = n - 1;
        S symbols = cases.newSymbols(code.values());
        int base = code.localCount() + STACK_BELOW;
        AbstractFrame<S> first = frame(symbols, code, null, base);
        AbstractPass<S> prologue = new AbstractPass<>(set, cases, trace, first, code);
        if (!prologue.run(0, loopEnd, code.localCount(), base + STACK_ROOM) || first.sp != base) {
            return trace;
        }
        Symbols.Fact[] entry = facts(symbols, first);
        AbstractPass<S> loop = null;
        for (int pass = 0; pass < MAX_BODY_PASSES && loop == null; pass++) {
            AbstractFrame<S> frame = frame(symbols, code, entry, base);
            AbstractPass<S> body = new AbstractPass<>(set, cases, trace, frame, code);
            if (!body.run(bodyStart, loopEnd, code.localCount(), base + STACK_ROOM) || frame.sp != base) {
                break;
            }
            Symbols.Fact[] end = facts(symbols, frame);
            if (implies(end, entry)) {
                loop = body;
            } else {
                for (int s = 0; s < entry.length; s++) {
                    entry[s] = entry[s].meet(end[s]);
                }
            }
        }
        boolean peel = loop != null && differs(prologue, loop, bodyStart, loopEnd);
        TraceCleanup.Result result = TraceCleanup.assemble(set, trace, prologue, peel ? loop : null, bodyStart, loopEnd);
        guardsRemoved += prologue.guardsRemoved() + (peel ? loop.guardsRemoved() : 0);
        uopsFolded += prologue.folded() + (peel ? loop.folded() : 0);
        uopsRemoved += result.removed();
        return result.trace();
    }

    /** A trace that does not loop (a side trace): the first pass and the cleanup. */
    private Trace optimizeStraight(Trace trace, CodeContext code) {
        S symbols = cases.newSymbols(code.values());
        int base = code.localCount() + STACK_BELOW;
        AbstractPass<S> pass = new AbstractPass<>(set, cases, trace, frame(symbols, code, null, base), code);
        return runStraight(trace, pass, code, base);
    }

    /** One pass over a trace that does not loop, starting in {@code code}'s frame, and the cleanup. */
    private Trace runStraight(Trace trace, AbstractPass<S> pass, CodeContext code, int base) {
        if (!pass.run(0, trace.length(), code.localCount(), base + STACK_ROOM)) {
            return trace;
        }
        TraceCleanup.Result result = TraceCleanup.assembleStraight(set, trace, pass);
        guardsRemoved += pass.guardsRemoved();
        uopsFolded += pass.folded();
        uopsRemoved += result.removed();
        return result.trace();
    }

    /**
     * A side trace that starts in a callee of {@code caller} (an exit inside a call its loop's
     * trace made) and returns to it: one pass that starts in the callee's frame, knowing nothing
     * about it, with a caller frame it knows nothing about either to return to.
     */
    private Trace optimizeInCallee(Trace trace, CodeContext caller, long calleeVersion) {
        return optimizeReturning(trace, caller.callee(calleeVersion), caller);
    }

    /**
     * A trace that starts in {@code start}'s frame and may return from it into a frame of
     * {@code caller}: one pass knowing nothing about either frame (a side trace in a callee its loop's
     * trace called, or a trace that follows a return from the frame it started in).
     */
    private Trace optimizeReturning(Trace trace, CodeContext start, CodeContext caller) {
        if (start == null || caller == null || trace.length() == 0
                || trace.uop(trace.length() - 1) == roles.jumpToTop()) {
            return trace;
        }
        S symbols = cases.newSymbols(caller.values());
        int base = start.localCount() + STACK_BELOW;
        AbstractPass<S> pass = new AbstractPass<>(set, cases, trace, frame(symbols, start, null, base), start);
        pass.returnsTo(frame(symbols, caller, null, caller.localCount() + STACK_BELOW), caller);
        return runStraight(trace, pass, start, base);
    }

    /**
     * Uops that run once per entry, not per iteration. The entry's _CHECK_VALIDITY belongs to the
     * loop: after an iteration that escaped, the next one must check again.
     */
    private boolean isHeader(int uop) {
        return uop == roles.startExecutor();
    }

    /** A frame of fresh symbols, with the given facts for the slots below {@code base} when there are some. */
    private static <S extends Symbols> AbstractFrame<S> frame(S symbols, CodeContext code, Symbols.Fact[] facts,
                                                             int base) {
        long[] slots = new long[base + STACK_ROOM];
        for (int s = 0; s < slots.length; s++) {
            slots[s] = facts != null && s < facts.length ? symbols.withFact(facts[s]) : symbols.unknown();
        }
        return new AbstractFrame<>(symbols, slots, code.consts(), code.names(), code.localCount(), base);
    }

    private static Symbols.Fact[] facts(Symbols symbols, AbstractFrame<?> frame) {
        Symbols.Fact[] facts = new Symbols.Fact[frame.sp];
        for (int s = 0; s < facts.length; s++) {
            facts[s] = symbols.fact(frame.stack.getAtIndex(ValueLayout.JAVA_LONG, s));
        }
        return facts;
    }

    private static boolean implies(Symbols.Fact[] stronger, Symbols.Fact[] weaker) {
        for (int s = 0; s < weaker.length; s++) {
            if (!stronger[s].implies(weaker[s])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the second copy of the body gained anything over the first (else peeling only costs length). */
    private static boolean differs(AbstractPass<?> prologue, AbstractPass<?> loop, int from, int to) {
        for (int i = from; i < to; i++) {
            if (prologue.uop(i) != loop.uop(i) || prologue.operand(i) != loop.operand(i)) {
                return true;
            }
        }
        return false;
    }

    /** Lines for a VM's statistics report, each ending in a newline. */
    public String formatStats() {
        return "  guards removed        " + guardsRemoved + "\n"
                + "  uops folded           " + uopsFolded + "\n"
                + "  uops removed          " + uopsRemoved + "\n";
    }

    public long guardsRemoved() {
        return guardsRemoved;
    }

    public long uopsFolded() {
        return uopsFolded;
    }
}
