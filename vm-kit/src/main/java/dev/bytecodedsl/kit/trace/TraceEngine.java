package dev.bytecodedsl.kit.trace;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.OpcodeRoles;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tier 2 for one thread: turns hot loops into executors (project, optimize, install in place of
 * the JUMP_BACKWARD) and enters them from ENTER_EXECUTOR. Works on a code object's units and
 * executor table only, through the VM's {@link InstructionSet}; the caller supplies the frame and
 * applies the resume point. {@code C} is the VM's generated {@code UopContext}.
 *
 * <p>Trace stitching: when an executor leaves at a branch exit (a loop's end, an if's other arm)
 * often enough, the exit gets its own side trace, projected from the jump taken, and from then on
 * the exit continues in it instead of going back to tier 1; a trace whose projection stopped at
 * another loop's ENTER_EXECUTOR continues in that executor. So a nest of loops runs as a few traces
 * that hand over to each other here, where a round trip through tier 1 would cost an instruction
 * dispatch, a frame reload and the executor's entry checks for every pass of the inner loop. Once
 * found, a native continuation that may run without a validity check is linked into the exit's machine
 * code, so later passes do not come back here at all (docs/jit-abi.md, "Linked exits").
 */
public final class TraceEngine<C> {
    /** {@link #enter} result when the trace ran: the frame's saved state says where to resume. */
    public static final int RAN = -1;

    private final InstructionSet instructions;
    private final OpcodeRoles opcodes;
    private final TraceInterpreter<C> interpreter;
    private final Assumptions assumptions;
    private final LoopCounters counters;
    private final TraceStats stats = new TraceStats();
    private final TracePrinter printer;
    private final PrintStream traceLog;
    /** Exits taken this often (then at every power of two, should projection fail) get a side trace. */
    private final int sideExitThreshold;
    private Executor<C> running;
    /** The VM's callees: projection follows calls it knows ({@link Callees#NONE}: none). */
    private Callees callees = Callees.NONE;
    /** The executor tables of the functions {@link #callees} names, by version. */
    private CalleeExecutors<C> calleeExecutors = version -> null;
    /**
     * The first return trace of each return instruction ({@link #growReturnTrace}), which every exit
     * at that return continues in (a return trace ending at the same return one frame up, too).
     */
    private final Map<ReturnKey, Executor<C>> returnChains = new HashMap<>();
    /** Projected traces the backend declined, with its reason. */
    private final Map<Declined, String> declinedTraces = new HashMap<>();
    private TraceBackend<C> backend;

    /**
     * @param instructions      the VM's generated instruction set
     * @param interpreter       the VM's generated uop interpreter ({@code UopInterpreter.TRACES})
     * @param assumptions       what the VM's traces assume beyond their guards ({@link Assumptions#NONE})
     * @param counters          backs off a JUMP_BACKWARD's hot-loop counter
     * @param traceLog          where each new trace is printed (a VM's trace log), or null
     * @param sideExitThreshold how often a branch exit is taken before it gets a side trace
     * @throws IllegalArgumentException when the instruction set lacks a role traces need
     */
    public TraceEngine(InstructionSet instructions, TraceInterpreter<C> interpreter, Assumptions assumptions,
                       LoopCounters counters, PrintStream traceLog, int sideExitThreshold) {
        List<String> missing = new ArrayList<>(instructions.opcodeRoles().missingForTraces());
        missing.addAll(instructions.uopRoles().missingForTraces());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the instruction set cannot run traces: it declares no " + missing);
        }
        this.instructions = instructions;
        this.opcodes = instructions.opcodeRoles();
        this.interpreter = interpreter;
        this.assumptions = assumptions;
        this.counters = counters;
        this.printer = new TracePrinter(instructions);
        this.traceLog = traceLog;
        this.sideExitThreshold = Math.max(1, sideExitThreshold);
    }

    /** From now on, new traces are compiled by {@code backend} (the JIT) and run natively. */
    public void useBackend(TraceBackend<C> backend) {
        this.backend = backend;
    }

    /**
     * From now on, projection follows the calls whose callee {@code callees} knows into the callee
     * and back ({@link TraceProjector}); the VM's uop interpreter (and backend) must run the DSL's
     * _PUSH_FRAME and _POP_FRAME. A trace that stops at a loop in a callee goes on in that loop's
     * executor, which {@code executors} finds.
     */
    public void followCalls(Callees callees, CalleeExecutors<C> executors) {
        this.callees = callees;
        this.calleeExecutors = executors;
    }

    /** The executor table of the code of the function with a version {@link Callees} gave, or null. */
    @FunctionalInterface
    public interface CalleeExecutors<C> {
        ExecutorTable<C> of(long version);
    }

    /** The backend compiling traces (the JIT), or null. */
    public TraceBackend<C> backend() {
        return backend;
    }

    public TraceStats stats() {
        return stats;
    }

    public InstructionSet instructions() {
        return instructions;
    }

    /** The code unit of the loop top, for the JUMP_BACKWARD at {@code jumpIp} with full oparg {@code backDistance}. */
    public int loopTop(int jumpIp, int backDistance) {
        return jumpIp + 1 + instructions.cacheSize(opcodes.jumpBackward()) - backDistance;
    }

    /**
     * Projects the loop closed by the JUMP_BACKWARD at {@code jumpIp} and installs it; returns the
     * new executor, or null when the projection does not close the loop or the table is full (the
     * caller backs the counter off).
     *
     * @param optimizer the optimizer for this code object's traces ({@link Optimizer#IDENTITY}: none)
     */
    public Executor<C> install(char[] code, ExecutorTable<C> table, int jumpIp, int backDistance, String codeName,
                               Optimizer optimizer) {
        if (table.isFull()) {
            return null;
        }
        int loopTop = loopTop(jumpIp, backDistance);
        TraceProjector.Projection projection =
                TraceProjector.project(instructions, code, loopTop, jumpIp, table.nextIndex(), callees);
        String loop = codeName + ", loop " + loopTop + ".." + jumpIp;
        boolean recurses = recursesIntoItsLoop(code, projection, jumpIp);
        boolean handsOver = handsOverToACalleesLoop(projection);
        if (!projection.closesLoop() && !handsOver && !recurses) {
            stats.loopLeft(loop, abandoned(loop, projection));
            return null;
        }
        Executor<C> executor = build(code, table, projection.trace(), new Executor.Site(jumpIp, code[jumpIp], loopTop),
                table.nextIndex(), optimizer, optimizer, 0, loop, recurses || handsOver && projection.endDepth() == 1);
        return executor == null ? null : place(code, table, executor, jumpIp, loop);
    }

    /** Adds a new executor to its code's table and writes its ENTER_EXECUTOR over the unit at {@code ip}. */
    private Executor<C> place(char[] code, ExecutorTable<C> table, Executor<C> executor, int ip, String name) {
        int index = table.add(executor);
        code[ip] = (char) (opcodes.enterExecutor() | index << 8);
        stats.traceCreated();
        stats.loopTraced(name);
        log(executor, "Created executor " + index + " for " + name);
        return executor;
    }

    /**
     * Projects the function whose code is {@code code} from its entry and installs the trace in place
     * of the instruction at unit 0 (its RESUME, which has ENTER_EXECUTOR's cache size); returns the new
     * executor, or null (the caller backs the counter off). Only a recursive function without a loop
     * gets one: it has no back edge where a trace could start, and each call starts a pass through
     * it. Its trace stops at the function's returns, whose traces ({@link #continuation}) go on in
     * the callers, and at its own entry one call deep, where it goes on a frame deeper. A function
     * with a loop has the loop's trace, which follows recursion into the loop; other functions run
     * in their callers' traces, or in tier 1 between two of them.
     */
    public Executor<C> installAtEntry(char[] code, ExecutorTable<C> table, String codeName, Optimizer optimizer) {
        if (table.isFull() || !instructions.uopRoles().followsReturns() || !isRecursiveWithoutLoops(code)) {
            return null;
        }
        TraceProjector.Projection projection =
                TraceProjector.projectEntry(instructions, code, table.nextIndex(), callees);
        String name = codeName + ", entry";
        boolean returns = projection.endDepth() == 0 && isReturnAt(code, projection.stop());
        boolean recurses = projection.endDepth() == 1 && projection.endCode() == code && projection.stop() == 0;
        if (!returns && !recurses || projection.tooLong()) {
            stats.loopLeft(name, abandoned(name, projection));
            return null;
        }
        Executor<C> executor = build(code, table, projection.trace(), new Executor.Site(0, code[0], 0),
                table.nextIndex(), optimizer, optimizer, 0, name, true);
        return executor == null ? null : place(code, table, executor, 0, name);
    }

    /** Whether {@code code} has no loop and calls itself at a call site whose callee the VM knows. */
    private boolean isRecursiveWithoutLoops(char[] code) {
        boolean callsItself = false;
        for (int ip = 0; ip < code.length; ) {
            TraceProjector.Instr in = TraceProjector.decode(instructions, code, ip);
            if (in.opcode() == opcodes.jumpBackward() || in.opcode() == opcodes.enterExecutor() && ip > 0) {
                return false;
            }
            Callees.Callee callee = callees.callee(code, in.ip());
            callsItself |= callee != null && callee.code() == code;
            ip = in.next();
        }
        return callsItself;
    }

    private boolean isReturnAt(char[] code, int target) {
        return opcodes.isReturn(TraceProjector.decode(instructions, code, target).opcode());
    }

    /**
     * Optimizes a projected trace into an executor and compiles it when there is a backend; null
     * when the backend declines it (its code runs faster in tier 1).
     *
     * @param optimizer  what the executor's side traces are optimized with (its code object's)
     * @param optimizeBy what this trace is optimized with
     * @param startDepth the frames above the loop's frame the trace starts in
     */
    private Executor<C> build(char[] code, ExecutorTable<C> table, Trace projected, Executor.Site site, int index,
                              Optimizer optimizer, Optimizer optimizeBy, int startDepth, String name,
                              boolean endsInATrace) {
        Declined key = new Declined(code, projected);
        String declined = declinedTraces.get(key);
        Trace optimized = null;
        if (declined == null) {
            optimized = optimizeBy.optimize(projected);
            declined = backend == null ? null : backend.reasonToDecline(optimized, endsInATrace);
            if (declined != null) {
                declinedTraces.put(key, declined);
            }
        }
        if (declined != null) {
            stats.traceDeclined();
            if (site != Executor.Site.SIDE) {
                int colon = declined.indexOf(':');
                stats.loopLeft(name, colon < 0 ? declined : declined.substring(0, colon));
            }
            if (traceLog != null) {
                traceLog.print("Left " + name + " to tier 1: " + declined + "\n");
            }
            return null;
        }
        Executor<C> executor = new Executor<>(optimized, code, table, site, index, assumptions, stats, optimizer, name,
                interpreter, instructions.uopRoles(), startDepth);
        if (backend != null) {
            executor.setNative(backend.compile(executor.trace(), name));
        }
        if (traceLog != null && optimizer != Optimizer.IDENTITY) {
            traceLog.print("Projected trace for " + name + " (" + projected.length() + " uops):\n"
                    + printer.format(projected, startDepth) + "Optimized:\n");
        }
        return executor;
    }

    /**
     * Whether a loop's projection that did not close stopped at a loop inside a function the loop
     * calls (its ENTER_EXECUTOR, in the callee's code): a trace cannot hold that inner loop, but it
     * can run the loop's body up to it, where the callee loop's own trace goes on ({@link
     * #continuation} finds it one call deep; deeper, tier 1 enters it).
     */
    private boolean handsOverToACalleesLoop(TraceProjector.Projection projection) {
        return projection.endDepth() > 0 && !projection.tooLong()
                && TraceProjector.decode(instructions, projection.endCode(), projection.stop()).opcode()
                == opcodes.enterExecutor();
    }

    /**
     * Whether a loop's projection that did not close followed a recursive call into another frame of
     * its own code and stopped at the same loop's back edge there (jumpIp, an ENTER_EXECUTOR once
     * installed): it continues in its own trace, a frame deeper ({@link #continuation}).
     */
    private boolean recursesIntoItsLoop(char[] code, TraceProjector.Projection projection, int jumpIp) {
        return projection.endDepth() == 1 && projection.endCode() == code && !projection.tooLong()
                && TraceProjector.decode(instructions, code, projection.stop()).ip() == jumpIp;
    }

    /**
     * A projected trace of {@code code} the backend declined. Optimization and the backend's verdict
     * depend on nothing else, so when a hot loop that was declined projects to the same trace again
     * (its counter backs off, but a long loop comes back every few thousand iterations) it is
     * declined without optimizing it again. The code is compared by identity (its constants shape
     * the optimized trace).
     */
    private record Declined(char[] code, Trace projected) {
    }

    /**
     * A projection that did not reach where a trace must end (its loop's close, or another trace);
     * returns the reason's kind for statistics ("too long", "abandoned at RETURN_VALUE").
     */
    private String abandoned(String name, TraceProjector.Projection projection) {
        stats.projectionAbandoned();
        int stop = projection.stop();
        boolean tooLong = projection.tooLong();
        String stopsAt = tooLong ? null
                : instructions.opcodeName(TraceProjector.decode(instructions, projection.endCode(), stop).opcode());
        if (traceLog != null) {
            int depth = projection.endDepth();
            String where = depth == 0 ? "" : depth < 0 ? ", in the caller"
                    : ", " + depth + (depth == 1 ? " call" : " calls") + " deep";
            traceLog.print("Abandoned trace for " + name + ": " + (tooLong ? "too long" : "stops at " + stopsAt)
                    + " (" + stop + where + ")\n");
        }
        return tooLong ? "too long" : "abandoned at " + stopsAt;
    }

    private void log(Executor<C> executor, String created) {
        if (traceLog != null) {
            traceLog.print(created + " (" + executor.trace().length() + " uops):\n"
                    + printer.format(executor.trace(), executor.frameDepth(0)));
        }
    }

    /**
     * ENTER_EXECUTOR with {@code oparg} in {@code frame}. Runs the executor, and the traces its exits
     * are stitched to, until one leaves for tier 1; returns {@link #RAN}. When the executor was
     * invalidated, restores the JUMP_BACKWARD (counter backed off) and returns the loop top, where
     * tier 1 continues.
     */
    public int enter(C ctx, char[] code, ExecutorTable<C> table, int oparg, TraceFrame frame) {
        Executor<C> executor = table.get(oparg);
        if (!executor.isValid()) {
            executor.freeNative();
            int jumpIp = executor.jumpIp();
            code[jumpIp] = executor.replacedUnit();
            counters.backOff(code, jumpIp);
            return executor.loopTop();
        }
        // Traces nest through calls (a call in a trace runs a loop with its own trace).
        Executor<C> outer = running;
        try {
            while (executor != null) {
                running = executor;
                stats.entered();
                if (executor.isNative()) {
                    stats.enteredNatively();
                }
                int left = executor.run(ctx, frame.stackPointer());
                if (left == TraceRunner.LEFT_THROUGH_LABEL) {
                    break;
                }
                stats.sideExit();
                Executor<C> from = executor.leftFrom();
                executor = continuation(from, left, frame);
                if (executor != null) {
                    stats.stitched();
                    // Every later pass goes on in machine code (when both traces are native and
                    // the backend links; never with statistics, which count each pass here).
                    from.linkExit(left, executor);
                }
            }
        } finally {
            running = outer;
        }
        return RAN;
    }

    /**
     * Where the trace continues after {@code executor} left at uop {@code exit} (the frame is saved at
     * the exit's target, exactly as tier 1 expects it, and is {@code frame}): the exit's side trace
     * (made now if the exit has become hot), or the executor at the target; null for tier 1. The
     * executor that left may be another code object's than the one entered (a callee's loop the
     * chain went on in), so its own code and table say where its exits are. An exit at a return from
     * the frame the trace started in, or at a _CHECK_CALLER that found another caller, gets a trace
     * of that return into the frame's caller ({@link #growReturnTrace}).
     */
    private Executor<C> continuation(Executor<C> executor, int exit, TraceFrame frame) {
        char[] code = executor.code();
        ExecutorTable<C> table = executor.table();
        int depth = executor.frameDepth(exit);
        if (depth > 1) {
            return null; // deeper: tier 1 resumes the callee (its code and executors are not this frame's)
        }
        Executor<C> side = executor.sideTrace(exit);
        if (side != null) {
            if (side.isValid()) {
                return side;
            }
            executor.detachSideTrace(exit);
            return null;
        }
        Executor<C> known = executor.continuationAt(exit);
        if (known != null) {
            if (known.isValid()) {
                return known;
            }
            executor.continueAt(exit, null);
        }
        Trace trace = executor.trace();
        int uop = trace.uop(exit);
        if (depth < 0) {
            // In the caller a return trace returned to: its code and table.
            Executor.ReturnSite<C> caller = executor.returnsTo();
            code = caller.code();
            table = caller.table();
            if (uop != instructions.uopRoles().exitTrace()) {
                return null;
            }
        }
        boolean returns = depth <= 0 && isReturnAt(code, trace.target(exit));
        if (uop == instructions.uopRoles().exitTrace() && !returns) {
            // What tier 1 would do next: ENTER_EXECUTOR, which also checks validity first; in a
            // callee, one of the callee's executors.
            Executor<C> next = depth <= 0 ? executorAt(code, table, trace.target(exit))
                    : calleeExecutorAt(executor, exit, code);
            if (next == null || !next.isValid()) {
                return null;
            }
            // Found again without a lookup while valid: what the exit runs up to it (its guards, the
            // callee version its call checked) decides as the lookup did, as a linked exit relies on.
            executor.continueAt(exit, next);
            return next;
        }
        long taken = executor.exits(exit);
        if (taken < sideExitThreshold || (taken & (taken - 1)) != 0) {
            return null;
        }
        if (uop == instructions.uopRoles().exitTrace() || uop == instructions.uopRoles().checkCaller()) {
            return growReturnTrace(executor, exit, code, table, frame.caller());
        }
        return depth < 0 ? null : growSideTrace(executor, exit, frame);
    }

    /**
     * The executor at the target of uop {@code exit}, which runs one call deep: in the callee of the
     * call the trace made from {@code code} (its own code again, after a recursive call), if that
     * call site still calls that version. Null when there is none.
     */
    private Executor<C> calleeExecutorAt(Executor<C> executor, int exit, char[] code) {
        Executor.CalleeCall call = executor.calleeCallAt(exit);
        if (call == null) {
            return null;
        }
        Callees.Callee callee = callees.callee(code, TraceProjector.decode(instructions, code, call.callTarget()).ip());
        if (callee == null || callee.version() != call.calleeVersion()) {
            return null;
        }
        ExecutorTable<C> table = calleeExecutors.of(callee.version());
        return table == null ? null : executorAt(callee.code(), table, executor.trace().target(exit));
    }

    /** The executor whose ENTER_EXECUTOR is the instruction at {@code target}, or null. */
    private Executor<C> executorAt(char[] code, ExecutorTable<C> table, int target) {
        TraceProjector.Instr instruction = TraceProjector.decode(instructions, code, target);
        return instruction.opcode() == opcodes.enterExecutor() ? table.get(instruction.oparg()) : null;
    }

    /**
     * Attaches a side trace to the hot branch exit {@code exit}: another exit's (the same branch in
     * the peeled loop's other copy, in the same call), or a new one. Only a side trace that leads
     * back into a trace is worth its entry: one ending where tier 1 must go on anyway (a call) would
     * only run a few of tier 1's instructions, so the exit is left as it is. A return from the
     * frame leads on when the frame has a caller a return trace may go on in ({@link
     * #growReturnTrace}; {@link TraceFrame#caller} is null when the VM follows no returns).
     *
     * <p>An exit inside a call the loop's trace made (a function's other return, say) gets a side
     * trace that starts in the callee's frame and returns through it, back in this frame. The trace
     * knows the call (its _PUSH_FRAME before the exit) and the callee's version; the callee's code is
     * what the VM's callees say that call site calls, if that is still this version.
     */
    private Executor<C> growSideTrace(Executor<C> executor, int exit, TraceFrame frame) {
        char[] code = executor.code();
        ExecutorTable<C> table = executor.table();
        boolean inCallee = executor.frameDepth(exit) == 1;
        Executor.CalleeCall call = inCallee ? executor.calleeCallAt(exit) : null;
        if (inCallee && call == null) {
            return null;
        }
        Executor<C> like = executor.sideTraceLeavingLike(exit);
        if (like != null && like.isValid() && Objects.equals(call, like.startsInCallee())) {
            executor.attachSideTrace(exit, like);
            return like;
        }
        Trace trace = executor.trace();
        int target = trace.target(exit);
        char[] exitCode = code;
        TraceProjector.Instr callInstruction = null;
        if (call != null) {
            callInstruction = TraceProjector.decode(instructions, code, call.callTarget());
            Callees.Callee callee = callees.callee(code, callInstruction.ip());
            if (callee == null || callee.version() != call.calleeVersion()) {
                return null;
            }
            exitCode = callee.code();
        }
        TraceProjector.BranchExit direction = TraceProjector.branchExit(instructions, exitCode, target, trace.uop(exit));
        if (direction == TraceProjector.BranchExit.NOTHING) {
            return null;
        }
        TraceProjector.Projection projection = call == null
                ? TraceProjector.projectBranch(instructions, code, target, direction, executor.index(), callees)
                : TraceProjector.projectBranchInCallee(instructions, exitCode, target, direction, executor.index(),
                        callees, code, callInstruction.next());
        Trace projected = projection.trace();
        String name = executor.name() + (call == null ? ", side exit at uop " : ", side exit in a callee at uop ")
                + exit + " (" + target + ")";
        // It ends in this frame, or (recursion) in a frame of this code one call deep, where a trace
        // goes on; or at a return from this frame, which a return trace may take on into the caller.
        int stop = projection.stop();
        boolean returns = projection.endDepth() == 0 && isReturnAt(code, stop) && frame.caller() != null;
        if (projection.endDepth() > 1 || projection.endCode() != code
                || executorAt(code, table, stop) == null && !returns) {
            abandoned(name, projection);
            return null;
        }
        Optimizer optimizeBy = call == null ? executor.optimizer() : executor.optimizer().inCallee(call.calleeVersion());
        Executor<C> side = build(code, table, projected, Executor.Site.SIDE, executor.index(), executor.optimizer(),
                optimizeBy, call == null ? 0 : 1, name, true);
        if (side == null) {
            return null;
        }
        side.startsInCallee(call);
        executor.attachSideTrace(exit, side);
        stats.sideTraceCreated();
        log(side, "Created side trace for " + name);
        return side;
    }

    /**
     * Attaches to exit {@code exit}, at a return in {@code code} from the frame the trace started in
     * (or after a return it followed), a trace of that return into {@code caller}, the frame's caller
     * now, and of the caller's code after the call (CPython stops at such returns: its traces start
     * at loops). The trace checks the caller first. Each return has one chain of such traces, one per
     * caller seen, each check's exit going on in the next: every exit at that return continues in the
     * chain's first, and a caller none of them checks for gets a new one at the chain's end, so a
     * function returning to a few call sites (a recursive one: its two calls and the first caller)
     * runs through a short chain of checks. A trace is kept only when it ends where a trace goes on:
     * an ENTER_EXECUTOR (the function's own entry, after a recursive call; a loop in the caller) or
     * another return.
     */
    private Executor<C> growReturnTrace(Executor<C> executor, int exit, char[] code, ExecutorTable<C> table,
                                        TraceFrame.Caller caller) {
        Trace trace = executor.trace();
        if (caller == null || !instructions.uopRoles().followsReturns()
                || code != executor.code()) { // after a return into another function's frame: not its optimizer
            return null;
        }
        int target = trace.target(exit);
        ReturnKey key = new ReturnKey(code, target);
        Executor<C> first = returnChains.get(key);
        boolean atCheck = trace.uop(exit) == instructions.uopRoles().checkCaller();
        if (!atCheck && first != null && first.isValid()) {
            executor.continueAt(exit, first);
            return first;
        }
        if (first != null && !first.isValid()) {
            first.freeNative(); // its chain goes with it; the chain starts anew
            returnChains.remove(key);
            first = null;
        }
        long check = TraceProjector.callerCheck(caller.version(), caller.callIp());
        if (atCheck && chainChecksFor(first, check)) {
            return null; // a check failed for a caller the chain has: the runtime sees it otherwise, tier 1 knows
        }
        ExecutorTable<C> callerTable = calleeExecutors.of(caller.version());
        if (callerTable == null) {
            return null;
        }
        TraceProjector.Projection projection = TraceProjector.projectReturn(instructions, code, target,
                caller.version(), caller.code(), caller.callIp(), executor.index(), callees);
        int stop = projection.stop();
        String name = codeName(executor) + ", return at " + target + " to a caller at " + caller.callIp();
        boolean intoCaller = projection.endDepth() == -1 && projection.endCode() == caller.code()
                && (isReturnAt(caller.code(), stop) || executorAt(caller.code(), callerTable, stop) != null);
        boolean intoItself = projection.endDepth() == 0 && projection.endCode() == code
                && executorAt(code, table, stop) != null;
        if (!intoCaller && !intoItself || projection.tooLong()) {
            abandoned(name, projection);
            return null;
        }
        Executor<C> returning = build(code, table, projection.trace(), Executor.Site.SIDE, executor.index(),
                executor.optimizer(), executor.optimizer().returningTo(caller.version()), 0, name, true);
        if (returning == null) {
            return null;
        }
        returning.returnsTo(new Executor.ReturnSite<>(caller.code(), callerTable));
        if (atCheck) {
            executor.attachSideTrace(exit, returning); // the chain's next, owned by the check before it
        } else {
            returnChains.put(key, returning); // the chain's first, which the engine owns
            executor.continueAt(exit, returning);
        }
        stats.returnTraceCreated();
        log(returning, "Created return trace for " + name);
        return returning;
    }

    /** Whether a return trace in the chain from {@code first} checks for the caller {@code check}. */
    private boolean chainChecksFor(Executor<C> first, long check) {
        int checkCaller = instructions.uopRoles().checkCaller();
        for (Executor<C> link = first; link != null; ) {
            Trace trace = link.trace();
            int at = 0;
            while (at < trace.length() && trace.uop(at) != checkCaller) {
                at++;
            }
            if (at == trace.length()) {
                return false;
            }
            if (trace.operand(at) == check) {
                return true;
            }
            link = link.sideTrace(at);
        }
        return false;
    }

    /** A return trace chain's start: the return instruction in its code. */
    private record ReturnKey(char[] code, int returnIp) {
    }

    /** The name of the code object an executor's trace belongs to: its name up to the first ", ". */
    private static String codeName(Executor<?> executor) {
        String name = executor.name();
        int comma = name.indexOf(", ");
        return comma < 0 ? name : name.substring(0, comma);
    }

    /** _CHECK_VALIDITY: the running executor's assumptions still hold. */
    public boolean runningIsValid() {
        return running != null && running.isValid();
    }

    /** Frees the backend and with it every executor's machine code. */
    public void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }
}
