package dev.bytecodedsl.kit.trace;

import dev.bytecodedsl.kit.InstructionSet;
import dev.bytecodedsl.kit.OpcodeRoles;
import dev.bytecodedsl.kit.UopRoles;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Projects a hot loop into a trace: walks the specialized tier-1 code from the loop top along the
 * likely path and expands each instruction into its uops ({@link InstructionSet#expansion}, which
 * includes the DSL's `replaces` stand-ins for ops that jump); only the unconditional jumps that shape
 * the walk itself (the {@link OpcodeRoles}) are handled here. At a conditional jump the walk falls
 * through, unless the jump's branch history ({@link InstructionSet#branchHistory}) says it mostly
 * jumped: then it runs the `taken` stand-ins ({@link InstructionSet#takenExpansion}) and goes on at
 * the jump target. Every uop's target is
 * the code unit of the instruction it came from (its first EXTENDED_ARG prefix), which is where tier
 * 1 resumes if that uop leaves the trace: a uop only exits before it changed anything.
 *
 * <p>Calls: at a call whose expansion ends in the _PUSH_FRAME role, when the VM knows the callee
 * ({@link Callees}), the walk goes on at the start of the callee's code, and at the callee's return
 * (its _POP_FRAME) after the call, as CPython's projection does; every uop's target is then a code
 * unit of the code object it came from. At most {@link #MAX_DEPTH} frames deep; a call to a code
 * object already being projected (recursion) stops the walk, and so does a return from the frame the
 * trace started in. Calls and returns balance wherever a loop's trace closes.
 *
 * <p>Functions: a hot recursive function's trace starts at its entry ({@link #projectEntry}) and
 * stops at its returns and at its own entry one call deep, where it goes on a frame deeper. A trace
 * that returns from the frame it started in ({@link #projectReturn}) is projected for the caller that
 * frame has at run time, which its first uop checks (_CHECK_CALLER), and goes on in that caller.
 */
public final class TraceProjector {
    /**
     * A projected trace; a loop's is installed only when it closes the loop (ends in _JUMP_TO_TOP).
     * {@code endDepth} is how many calls deep its last uop is (0: in the frame it started in; -1: in
     * the caller a return trace returned to), and
     * {@code endCode} the code that uop's target is in.
     */
    public record Projection(Trace trace, boolean closesLoop, int endDepth, char[] endCode) {
        /** The code unit (in {@link #endCode}) where the last uop leaves to: where projection stopped. */
        public int stop() {
            return trace.target(trace.length() - 1);
        }

        /** Whether projection stopped at the length limit rather than at an instruction. */
        public boolean tooLong() {
            return trace.length() >= MAX_LENGTH;
        }
    }

    /** Frames a trace may enter through calls (CPython's TRACE_STACK_SIZE). */
    public static final int MAX_DEPTH = 5;

    /**
     * Longer loops are cut with _EXIT_TRACE (and then not installed: they do not close). CPython's
     * limit (UOP_MAX_TRACE_LENGTH); nbody's inner loop body alone projects to about 160 uops.
     */
    public static final int MAX_LENGTH = 800;

    /** A trace follows a conditional jump that jumped more often than not in its last 16 runs (CPython's rule). */
    static final int LIKELY_JUMPS = 9;

    /**
     * What a uop leaving a trace at a conditional jump says about the jump: the trace assumed one
     * direction, so tier 1 goes the other way ({@link #JUMPS} or {@link #FALLS_THROUGH}); a type
     * guard's exit says {@link #NOTHING}.
     */
    public enum BranchExit { JUMPS, FALLS_THROUGH, NOTHING }

    private final InstructionSet instructions;
    private final OpcodeRoles opcodes;
    private final UopRoles roles;
    private final Callees callees;
    /** The code being walked: the trace's own, or a callee's. */
    private char[] code;
    /** The callers of {@link #code} during projection, innermost last. */
    private final ArrayDeque<Caller> callers = new ArrayDeque<>();
    private int[] uops = new int[16];
    private int[] opargs = new int[16];
    private long[] operands = new long[16];
    private int[] targets = new int[16];
    private int length;

    /** A look-ahead walk ({@link #otherArmIsHarmless}): it falls through at every conditional jump. */
    private final boolean lookAhead;
    /** The code whose function start stops the walk one call deep (a function's entry trace), or null. */
    private char[] entryOf;
    /** The code the trace starts in (a return trace may push frames only of it: its exits there resume in it). */
    private final char[] startCode;
    /** The depth of the frame {@link #callers} is empty in: 0, or -1 after a return the trace followed. */
    private int baseDepth;

    /** A frame projection entered a callee from: its code, and where the walk goes on after the call. */
    private record Caller(char[] code, int returnIp) {
    }

    private TraceProjector(InstructionSet instructions, char[] code, boolean lookAhead, Callees callees) {
        this.instructions = instructions;
        this.opcodes = instructions.opcodeRoles();
        this.roles = instructions.uopRoles();
        this.code = code;
        this.startCode = code;
        this.lookAhead = lookAhead;
        this.callees = roles.followsCalls() ? callees : Callees.NONE;
    }

    /**
     * The trace of the loop from {@code loopTop} closed by the JUMP_BACKWARD at {@code jumpIp}, for
     * executor {@code executorIndex}. It does not close the loop (and ends in _EXIT_TRACE) when it
     * met an instruction that cannot be projected, another loop, or the length limit.
     */
    public static Projection project(InstructionSet instructions, char[] code, int loopTop, int jumpIp,
                                     int executorIndex, Callees callees) {
        TraceProjector projector = new TraceProjector(instructions, code, false, callees);
        projector.start(executorIndex, loopTop);
        return projector.walk(loopTop, loopTop, jumpIp);
    }

    /**
     * The trace of the function whose code is {@code code} from its start, for executor {@code
     * executorIndex}: it stops at a return from that frame (which {@link #projectReturn} may take
     * further) and, after a recursive call, at the function start one call deep, where the same
     * trace goes on.
     */
    public static Projection projectEntry(InstructionSet instructions, char[] code, int executorIndex,
                                          Callees callees) {
        TraceProjector projector = new TraceProjector(instructions, code, false, callees);
        projector.entryOf = code;
        projector.start(executorIndex, 0);
        return projector.walk(0, -1, -1);
    }

    /**
     * The trace for a return from the frame a trace started in, the instruction at {@code returnIp}
     * in {@code code}, into the caller that frame has now: the function {@code callerVersion} of
     * code {@code callerCode}, after its CALL at {@code callIp}. It checks that caller first
     * (_CHECK_CALLER, exiting to the return when another caller's frame is returned to), returns,
     * and walks on in the caller as a side trace does. In the caller it follows calls only into
     * {@code code} itself (recursion), whose exits resume in that code.
     */
    public static Projection projectReturn(InstructionSet instructions, char[] code, int returnIp, long callerVersion,
                                           char[] callerCode, int callIp, int executorIndex, Callees callees) {
        TraceProjector projector = new TraceProjector(instructions, code, false, callees);
        projector.start(executorIndex, returnIp);
        projector.emit(projector.roles.checkCaller(), 0, callerCheck(callerVersion, callIp), returnIp);
        projector.fallThrough(decode(instructions, code, returnIp));
        projector.code = callerCode;
        projector.baseDepth = -1;
        return projector.walk(decode(instructions, callerCode, callIp).next, -1, -1);
    }

    /** The operand of the _CHECK_CALLER that checks for the caller {@code callerVersion} at its CALL {@code callIp}. */
    public static long callerCheck(long callerVersion, int callIp) {
        return callerVersion << 32 | callIp;
    }

    /**
     * The side trace for a branch exit ({@link #branchExit}) to the instruction at {@code branchIp}:
     * it runs that instruction the way the exit says it goes (with its jump taken,
     * its taken expansion, or not, its expansion) and walks on from there. Unlike a loop's
     * trace it follows JUMP_BACKWARDs (with a _CHECK_PERIODIC for the events they would handle), so
     * that a side trace leaving an inner loop runs around the outer loop and back into the inner
     * loop's trace; it ends in _EXIT_TRACE, which at an ENTER_EXECUTOR continues in that executor
     * ({@link TraceEngine}).
     */
    public static Projection projectBranch(InstructionSet instructions, char[] code, int branchIp,
                                           BranchExit direction, int executorIndex, Callees callees) {
        return new TraceProjector(instructions, code, false, callees).branch(branchIp, direction, executorIndex);
    }

    /**
     * {@link #projectBranch} for a branch exit in {@code calleeCode}, a callee the loop's trace
     * called from {@code callerCode}: its return goes on in the caller at {@code returnIp}.
     */
    public static Projection projectBranchInCallee(InstructionSet instructions, char[] calleeCode, int branchIp,
                                                   BranchExit direction, int executorIndex, Callees callees,
                                                   char[] callerCode, int returnIp) {
        TraceProjector projector = new TraceProjector(instructions, calleeCode, false, callees);
        projector.callers.addLast(new Caller(callerCode, returnIp));
        return projector.branch(branchIp, direction, executorIndex);
    }

    private Projection branch(int branchIp, BranchExit direction, int executorIndex) {
        start(executorIndex, branchIp);
        Instr branch = decode(instructions, code, branchIp);
        int next = switch (direction) {
            case JUMPS -> takeJump(branch);
            case FALLS_THROUGH -> fallThrough(branch);
            case NOTHING -> throw new IllegalArgumentException("not a branch exit: " + branchIp);
        };
        return walk(next, -1, -1);
    }

    /**
     * What {@code exitUop} leaving to {@code target} says about the instruction there: the uop is
     * the stand-in of an op that has a `taken` stand-in, in one of the instruction's two expansions,
     * so the jump goes the other way. Other exits (a type guard failed) say nothing about where tier
     * 1 goes next.
     */
    public static BranchExit branchExit(InstructionSet instructions, char[] code, int target, int exitUop) {
        int opcode = decode(instructions, code, target).opcode;
        int[] straight = instructions.expansion(opcode);
        int[] taken = instructions.takenExpansion(opcode);
        if (straight == null || taken == null) {
            return BranchExit.NOTHING;
        }
        for (int e = 0; e < straight.length; e += InstructionSet.EXPANSION_ENTRY) {
            if (straight[e] != taken[e] && straight[e] == exitUop) {
                return BranchExit.JUMPS;
            }
            if (straight[e] != taken[e] && taken[e] == exitUop) {
                return BranchExit.FALLS_THROUGH;
            }
        }
        return BranchExit.NOTHING;
    }

    /**
     * Whether the conditional jump {@code in} mostly jumped lately: at least {@link #LIKELY_JUMPS} of
     * the last 16 directions its branch history recorded. A jump without a history (or not yet run)
     * falls through.
     */
    private boolean jumpIsLikely(Instr in) {
        int history = instructions.branchHistory(in.opcode);
        return history >= 0 && Integer.bitCount(code[in.ip + 1 + history]) >= LIKELY_JUMPS;
    }

    /**
     * Whether a loop's trace may follow the likely jump {@code in}, judged by where the other arm
     * goes, walked along its fall-throughs: around the loop (an if's rarer arm, which a side trace
     * can take over), into an inner loop's trace, or out of the loop (a `break`, a return), all of
     * which a trace handles well. An arm that stops inside the loop, at an instruction no trace runs
     * (a Python call, say), would send the trace back to tier 1 at every pass that takes it, however
     * rare the history says that is (nqueens' column test: a trace along the jump ran 1.1x tier 1's
     * time, 1.4x under the JIT); then the loop stays in tier 1, where its projection along the
     * fall-through ends too.
     */
    private boolean otherArmIsHarmless(Instr in, int loopTop, int jumpIp) {
        Projection arm = new TraceProjector(instructions, code, true, Callees.NONE).walk(in.next, loopTop, jumpIp);
        if (arm.closesLoop()) {
            return true;
        }
        int stop = arm.trace().target(arm.trace().length() - 1);
        int opcode = decode(instructions, code, stop).opcode;
        return stop < loopTop || stop > jumpIp || opcodes.isReturn(opcode)
                || opcode == opcodes.enterExecutor() // an inner loop's trace, which a side trace hands over to
                || callsItself(stop); // a side trace follows the call into this loop's trace, a frame deeper
    }

    /** Whether the instruction at {@code start} calls the code being walked (recursion). */
    private boolean callsItself(int start) {
        Instr in = decode(instructions, code, start);
        int[] expansion = instructions.expansion(in.opcode);
        if (expansion == null || !pushesFrame(expansion)) {
            return false;
        }
        Callees.Callee callee = callees.callee(code, in.ip);
        return callee != null && callee.code() == code;
    }

    /** Emits the conditional jump {@code in} with its jump taken; returns where the walk goes on. */
    private int takeJump(Instr in) {
        emitExpansion(instructions.takenExpansion(in.opcode), in.ip, in.oparg, in.start);
        return in.next + in.oparg;
    }

    /** Emits the instruction {@code in} without its jump; returns where the walk goes on. */
    private int fallThrough(Instr in) {
        emitExpansion(instructions.expansion(in.opcode), in.ip, in.oparg, in.start);
        return in.next;
    }

    /**
     * One instruction: its first code unit {@code start} (EXTENDED_ARG prefixes), its own unit, its
     * opcode and full oparg, and the next instruction's unit.
     */
    public record Instr(int start, int ip, int opcode, int oparg, int next) {
    }

    /** The instruction whose first code unit (its first EXTENDED_ARG prefix, if any) is {@code start}. */
    public static Instr decode(InstructionSet instructions, char[] code, int start) {
        int extendedArg = instructions.opcodeRoles().extendedArg(); // ABSENT matches no code unit
        int ip = start;
        int oparg = 0;
        while ((code[ip] & 0xFF) == extendedArg) {
            oparg = (oparg | code[ip] >> 8) << 8;
            ip++;
        }
        int opcode = code[ip] & 0xFF;
        oparg |= code[ip] >> 8;
        return new Instr(start, ip, opcode, oparg, ip + 1 + instructions.cacheSize(opcode));
    }

    /**
     * Walks from {@code ip} along the fall-through path. A loop's trace ({@code loopTop} >= 0) closes
     * at its JUMP_BACKWARD at {@code jumpIp} and stops at any other (an inner loop gets its own
     * trace); a side trace ({@code loopTop} < 0) follows them, in its own frame (a loop in a callee
     * stops it). Calls and returns switch {@link #code} as the class comment says.
     */
    private Projection walk(int ip, int loopTop, int jumpIp) {
        int previous = ip;
        while (length < MAX_LENGTH) {
            if (ip >= code.length) {
                // A code object ends in an instruction that never falls through (a return, a raise),
                // so a walk reaches its end only behind one that always leaves (a raise, which has
                // an expansion): the exit after it is never taken, and names that instruction.
                return stop(previous);
            }
            Instr in = decode(instructions, code, ip);
            previous = in.start;
            if (in.opcode == opcodes.jumpBackward()) {
                if (callers.isEmpty() && in.ip == jumpIp && in.next - in.oparg == loopTop) {
                    emit(roles.jumpToTop(), 0, 0, in.start);
                    return new Projection(finish(), true, 0, code);
                }
                if (loopTop >= 0 || !callers.isEmpty()) {
                    return stop(in.start);
                }
                emit(roles.checkPeriodic(), 0, 0, in.start);
                ip = in.next - in.oparg;
            } else if (in.opcode == opcodes.jumpForward()) {
                ip = in.next + in.oparg;
            } else {
                // Everything else expands through the generated tables, which already have the DSL's
                // stand-ins for ops that jump within tier-1 code: a conditional jump becomes a guard
                // that exits where the jump goes the other way than the trace.
                int[] expansion = instructions.expansion(in.opcode);
                if (expansion == null) {
                    if (in.opcode == opcodes.enterExecutor()) {
                        // A loop's back edge, where tier 1 would check the eval breaker: the exit
                        // continues in that loop's trace (linked in machine code, or stitched), so a
                        // cycle of traces that never closes a loop (an if's arm exiting to a side trace
                        // that exits back to the loop's peeled first pass) must check it here, or
                        // Ctrl-C waited for the whole loop.
                        emit(roles.checkPeriodic(), 0, 0, in.start);
                    }
                    return stop(in.start); // includes ENTER_EXECUTOR
                }
                if (opcodes.isReturn(in.opcode)) {
                    if (callers.isEmpty()) {
                        return stop(in.start);
                    }
                    fallThrough(in);
                    Caller caller = callers.removeLast();
                    code = caller.code();
                    ip = caller.returnIp();
                } else if (pushesFrame(expansion)) {
                    Callees.Callee callee = callers.size() < MAX_DEPTH ? callees.callee(code, in.ip) : null;
                    if (callee == null || (isBeingProjected(callee.code()) && !isRecursionIntoLoop(callee.code()))
                            || baseDepth < 0 && callers.isEmpty() && callee.code() != startCode) {
                        return stop(in.start);
                    }
                    fallThrough(in);
                    operands[length - 1] = callee.version(); // the _PUSH_FRAME, its instruction's last uop
                    callers.addLast(new Caller(code, in.next));
                    code = callee.code();
                    ip = 0;
                    if (code == entryOf) {
                        return stop(0); // the function's own entry trace goes on in the new frame
                    }
                } else {
                    // Inside a callee the other arm's fate is not the loop's: follow the history.
                    boolean jump = !lookAhead && jumpIsLikely(in)
                            && (loopTop < 0 || !callers.isEmpty() || otherArmIsHarmless(in, loopTop, jumpIp));
                    ip = jump ? takeJump(in) : fallThrough(in);
                }
            }
        }
        return stop(ip);
    }

    private void emitExpansion(int[] expansion, int ip, int oparg, int start) {
        if (escapes(expansion)) {
            // An escaping call may invalidate the trace (a global store, a class change) and needs
            // the frame's position for tracebacks: check and record it first, as CPython does.
            if (length == 0 || uops[length - 1] != roles.checkValidity()) {
                emit(roles.checkValidity(), 0, 0, start);
            }
            emit(roles.setIp(), 0, start, start);
        }
        for (int e = 0; e < expansion.length; e += InstructionSet.EXPANSION_ENTRY) {
            int uop = expansion[e];
            long operand = readOperand(ip + 1 + expansion[e + 2], expansion[e + 1]);
            emit(replica(uop, oparg), oparg, operand, start);
        }
    }

    private boolean pushesFrame(int[] expansion) {
        for (int e = 0; e < expansion.length; e += InstructionSet.EXPANSION_ENTRY) {
            if (expansion[e] == roles.pushFrame()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a call to {@code callee} is the one recursive call a walk follows: from the frame the
     * walk started in into another frame of the same code, where it walks on to that code's loop and
     * stops at its back edge, which continues in the loop's own trace (a recursive search, where each
     * pass that recurses starts the loop again one frame deeper), or stops at once at the function's
     * entry, where its entry trace goes on. Deeper recursion stops the walk.
     */
    private boolean isRecursionIntoLoop(char[] callee) {
        return callers.isEmpty() && callee == code;
    }

    /** Whether {@code callee} is the code of a frame the trace is already in (recursion: CPython stops too). */
    private boolean isBeingProjected(char[] callee) {
        if (callee == code) {
            return true;
        }
        for (Caller caller : callers) {
            if (caller.code() == callee) {
                return true;
            }
        }
        return false;
    }

    private boolean escapes(int[] expansion) {
        for (int e = 0; e < expansion.length; e += InstructionSet.EXPANSION_ENTRY) {
            if (instructions.uopEscapes(expansion[e])) {
                return true;
            }
        }
        return false;
    }

    /** Cache units are little-endian: the first unit holds the low 16 bits. */
    private long readOperand(int at, int units) {
        long value = 0;
        for (int k = units - 1; k >= 0; k--) {
            value = value << 16 | code[at + k];
        }
        return value;
    }

    /** The table names the generic uop; its replica with the oparg baked in is picked here. */
    private int replica(int uop, int oparg) {
        for (int r = 0; r < instructions.uopLimit(); r++) {
            if (instructions.replicaOf(r) == uop && instructions.fixedOparg(r) == oparg) {
                return r;
            }
        }
        return uop;
    }

    /** Every trace's first two uops: the executor's start, and its validity check (tier 1 resumes at {@code target}). */
    private void start(int executorIndex, int target) {
        emit(roles.startExecutor(), 0, executorIndex, target);
        emit(roles.checkValidity(), 0, 0, target);
    }

    /** Projection stopped before closing the loop: tier 1 continues at {@code target}. */
    private Projection stop(int target) {
        emit(roles.exitTrace(), 0, 0, target);
        return new Projection(finish(), false, baseDepth + callers.size(), code);
    }

    private Trace finish() {
        return new Trace(Arrays.copyOf(uops, length), Arrays.copyOf(opargs, length),
                Arrays.copyOf(operands, length), Arrays.copyOf(targets, length));
    }

    private void emit(int uop, int oparg, long operand, int target) {
        if (length == uops.length) {
            int n = length * 2;
            uops = Arrays.copyOf(uops, n);
            opargs = Arrays.copyOf(opargs, n);
            operands = Arrays.copyOf(operands, n);
            targets = Arrays.copyOf(targets, n);
        }
        uops[length] = uop;
        opargs[length] = oparg;
        operands[length] = operand;
        targets[length] = target;
        length++;
    }
}
