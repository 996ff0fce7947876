package dev.bytecodedsl.runtime.jit;

import dev.bytecodedsl.generated.Uops;
import dev.bytecodedsl.kit.jit.Hole;
import dev.bytecodedsl.kit.jit.HoleKind;
import dev.bytecodedsl.kit.jit.HoleValue;
import dev.bytecodedsl.kit.jit.HostStencils;
import dev.bytecodedsl.kit.jit.Stencil;
import dev.bytecodedsl.kit.jit.StencilTable;

import java.util.HexFormat;
import java.util.Map;

/**
 * A tiny x86-64 stencil table written by hand, so the compiler and the native entry can be tested
 * without the clang-built tables. Assembled with {@code llvm-mc-19 -triple=x86_64 -filetype=obj}
 * and read back with {@code llvm-objdump-19 -dr -M intel} (bytes and relocation offsets below).
 * The uops keep the calling convention of docs/jit-abi.md: {@code preserve_none}, so locals, sp
 * and state arrive in r12, r13, r14; the shim is a plain C function.
 */
final class HandMadeStencils implements StencilTable {
    /** push rbp..r15; sub rsp,8; mov rax,rdi; mov r12,rsi; mov r13,rdx; mov r14,rcx; call rax; add rsp,8; pop...; ret */
    static final Stencil SHIM = stencil("555341544155415641574883ec084889f84989f44989d54989ce" + "ffd0"
            + "4883c408415f415e415d415c5b5dc3");
    /** movabs rax, _JIT_OPARG; mov [r13], rax; add r13, 8; jmp _JIT_CONTINUE: pushes the oparg. */
    static final Stencil PUSH_OPARG = stencil("48b80000000000000000" + "49894500" + "4983c508" + "e900000000",
            new Hole(2, HoleKind.X86_64_ABS64, HoleValue.OPARG, "_JIT_OPARG", 0),
            new Hole(19, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "_JIT_CONTINUE", -4));
    /** sub rsp, 8; mov rdi, [r13-8]; call type_tag; add rsp, 8; mov [r13-8], rax; jmp _JIT_CONTINUE. */
    static final Stencil TYPE_TAG_OF_TOP = stencil("4883ec08" + "498b7df8" + "e800000000" + "4883c408" + "498945f8"
            + "e900000000",
            new Hole(9, HoleKind.X86_64_PC32, HoleValue.HELPER, "type_tag", -4),
            new Hole(22, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "_JIT_CONTINUE", -4));
    /** mov [r14], r13; mov qword [r14+16], _JIT_UOP_INDEX; mov eax, 1; ret: EXIT. */
    static final Stencil EXIT = stencil("4d892e" + "49c7461000000000" + "b801000000" + "c3",
            new Hole(7, HoleKind.X86_64_ABS32S, HoleValue.UOP_INDEX, "_JIT_UOP_INDEX", 0));
    /**
     * A failed guard (docs/jit-abi.md, "Linked exits"): movabs rax, _JIT_EXIT_LINK; mov rax, [rax];
     * test rax, rax; je leave; jmp rax; leave: mov [r14], r13; mov qword [r14+16], _JIT_UOP_INDEX;
     * mov qword [r14+64], _JIT_TRACE_ID; mov eax, 1; ret.
     */
    static final Stencil EXIT_OR_LINK = stencil("48b80000000000000000" + "488b00" + "4885c0" + "7402" + "ffe0"
            + "4d892e" + "49c7461000000000" + "49c7464000000000" + "b801000000" + "c3",
            new Hole(2, HoleKind.X86_64_ABS64, HoleValue.EXIT_LINK, "_JIT_EXIT_LINK", 0),
            new Hole(27, HoleKind.X86_64_ABS32S, HoleValue.UOP_INDEX, "_JIT_UOP_INDEX", 0),
            new Hole(35, HoleKind.X86_64_ABS32S, HoleValue.TRACE_ID, "_JIT_TRACE_ID", 0));
    /** Continue unless *state->eval_breaker; else store sp and the uop index and return 2 (CHECK_EVAL_BREAKER). */
    static final Stencil CHECK = stencil("498b4618" + "48833800" + "7505" + "e900000000" + "4d892e" + "49c7461000000000"
            + "b802000000" + "c3",
            new Hole(11, HoleKind.X86_64_PC32, HoleValue.CONTINUE, "_JIT_CONTINUE", -4),
            new Hole(22, HoleKind.X86_64_ABS32S, HoleValue.UOP_INDEX, "_JIT_UOP_INDEX", 0));
    /** add r13, -8; mov [r14], r13; mov qword [r14+16], _JIT_UOP_INDEX; mov eax, 3; ret: pops one, label error. */
    static final Stencil ERROR = stencil("4983c5f8" + "4d892e" + "49c7461000000000" + "b803000000" + "c3",
            new Hole(11, HoleKind.X86_64_ABS32S, HoleValue.UOP_INDEX, "_JIT_UOP_INDEX", 0));
    /** inc qword [r14+48]: JitState.loop_closes (falls through, no holes). */
    static final Stencil LOOP_COUNTER = stencil("49ff4630");
    /** jmp _JIT_JUMP_TARGET. */
    static final Stencil TOP = stencil("e900000000",
            new Hole(1, HoleKind.X86_64_PC32, HoleValue.JUMP_TARGET, "_JIT_JUMP_TARGET", -4));

    /** Which real uop numbers stand for the hand-made bodies (only the numbers matter here). */
    static final int PUSH = Uops.LOAD_CONST;
    static final int TAG = Uops._TO_BOOL;
    static final int LEAVE = Uops._EXIT_TRACE;
    static final int GUARD = Uops._GUARD_TOS_INT;
    static final int POLL = Uops._RESUME_CHECK;
    static final int FAIL = Uops.RAISE_VARARGS;
    static final int LOOP = Uops._JUMP_TO_TOP;
    static final int NO_STENCIL = Uops.NOP;

    private static final Map<Integer, Stencil> STENCILS = Map.of(PUSH, PUSH_OPARG, TAG, TYPE_TAG_OF_TOP, LEAVE, EXIT,
            POLL, CHECK, FAIL, ERROR, LOOP, TOP, GUARD, EXIT_OR_LINK);

    private static Stencil stencil(String hex, Hole... holes) {
        return new Stencil(HexFormat.of().parseHex(hex), holes, new byte[0], new Hole[0]);
    }

    @Override
    public String triple() {
        return HostStencils.HOST_TRIPLE;
    }

    @Override
    public Stencil shim() {
        return SHIM;
    }

    @Override
    public Stencil loopCounter() {
        return LOOP_COUNTER;
    }

    @Override
    public Stencil stencil(int uop) {
        return STENCILS.get(uop);
    }

    @Override
    public String disassembly(int uop) {
        return "";
    }
}
