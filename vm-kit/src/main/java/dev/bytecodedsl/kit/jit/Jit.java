package dev.bytecodedsl.kit.jit;

import dev.bytecodedsl.kit.FrameContext;
import dev.bytecodedsl.kit.trace.NativeTrace;
import dev.bytecodedsl.kit.trace.Trace;
import dev.bytecodedsl.kit.trace.TraceBackend;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;

/**
 * The copy-and-patch JIT of one VM: the JitState, the helper upcall stubs (created on first use,
 * in an arena that lives as long as the VM), the shim, and the compiler. The native side is set
 * up when the first trace is compiled, so a program without hot loops pays nothing for it.
 * Closing frees every trace's code that is still alive, the shim and the stubs. What is the VM's
 * comes in through its {@link JitBinding}; a {@code TraceEngine} uses this as its backend.
 */
public final class Jit<C extends FrameContext> implements TraceBackend<C> {
    private final Arena arena = Arena.ofShared();
    private final JitBinding<C> binding;
    private final C ctx;
    private final MemorySegment stack;
    private final MemorySegment evalBreaker;
    private final StencilTable table;
    private final JitOptions options;
    private final Map<String, Long> stubs = new HashMap<>();
    private final LiveTraces<C> live = new LiveTraces<>();
    private final JitStats stats = new JitStats();
    private HelperUpcalls helpers;
    private Shim shim;
    private TraceCompiler compiler;
    private NativeExecution<C> execution;

    /**
     * @param ctx         the interpreter the helpers call into
     * @param stack       the thread's value stack
     * @param evalBreaker the eval-breaker word, or null for a VM without one
     */
    public Jit(JitBinding<C> binding, C ctx, MemorySegment stack, MemorySegment evalBreaker, JitOptions options) {
        this.binding = binding;
        this.ctx = ctx;
        this.stack = stack;
        this.evalBreaker = evalBreaker;
        this.table = binding.stencils();
        this.options = options;
    }

    private void start() {
        JitState state = new JitState(arena, stack, evalBreaker, ctx.heapWords());
        helpers = binding.helpers().apply(ctx, state.segment());
        if (options.stats()) {
            helpers.countInto(stats.upcalls());
        }
        shim = new Shim(table.shim());
        compiler = new TraceCompiler(table, binding.instructions(), this::stub, options.dump() != null,
                options.stats());
        execution = new NativeExecution<>(shim, state, helpers, binding, options.stats() ? stats : null, live);
    }

    private long stub(String helper) {
        return stubs.computeIfAbsent(helper, name -> helpers.upcallStub(name, arena).address());
    }

    @Override
    public NativeTrace<C> compile(Trace trace, String name) {
        if (compiler == null) {
            start();
        }
        int missing = compiler.firstUopWithoutStencil(trace);
        if (missing >= 0) {
            if (options.fallback()) {
                stats.fallback();
                return null;
            }
            throw new JitException("cannot compile the trace for " + name + ": uop "
                    + binding.instructions().uopName(trace.uop(missing)) + " has no stencil for " + table.triple()
                    + " (" + options.fallbackHint() + ")");
        }
        long start = System.nanoTime();
        int id = live.nextId();
        ExitLinks links = new ExitLinks(trace.length());
        CompiledCode code = compiler.compile(trace, id, links.base());
        stats.compiled(trace.length(), code.codeSize(), System.nanoTime() - start);
        if (options.dump() != null) {
            options.dump().print(JitDump.format(name, trace, code, table.triple(), binding.instructions()));
        }
        // With statistics, every exit goes through Java, where it is counted (docs/jit-abi.md).
        JitTrace<C> compiled = new JitTrace<>(id, trace, code, links, execution, !options.stats(), live::remove);
        live.add(compiled);
        return compiled;
    }

    @Override
    public String reasonToDecline(Trace trace, boolean endsInATrace) {
        return options.all() ? null : HelperBoundLoops.reasonToDecline(trace, endsInATrace, table,
                binding.instructions().uopRoles(), binding.helperCosts());
    }

    public JitStats stats() {
        return stats;
    }

    @Override
    public String formatStats() {
        return stats.format();
    }

    @Override
    public void close() {
        for (JitTrace<C> t : live.all()) {
            t.close();
        }
        if (shim != null) {
            shim.close();
        }
        arena.close();
    }
}
