package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.UopContext;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.PyError;
import dev.bytecodedsl.runtime.object.BuiltinException;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.object.PySlice;
import dev.bytecodedsl.runtime.tier2.Tier2;
import dev.bytecodedsl.runtime.value.Values;
import dev.bytecodedsl.runtime.vm.specialize.ArithmeticSpecializer;
import dev.bytecodedsl.runtime.vm.specialize.AttributeSpecializer;
import dev.bytecodedsl.runtime.vm.specialize.CallSpecializer;
import dev.bytecodedsl.runtime.vm.specialize.ContainerSpecializer;
import dev.bytecodedsl.runtime.vm.specialize.GlobalSpecializer;
import dev.bytecodedsl.runtime.vm.specialize.Site;

import java.lang.foreign.MemorySegment;

/**
 * The runtime as the generated interpreter sees it: one per thread. Frame access and saved state
 * come from {@link Frames}; every helper delegates to a collaborator (the object space for Python
 * semantics, {@link Calls}, {@link Exceptions}, {@link Globals}, the specializers, the collector).
 * This class is the helper boundary: a {@link PyError} thrown below becomes the pending exception
 * and the helper's failure value (NULL, false or -1), as bytecodes.def prescribes.
 */
public final class Interpreter implements UopContext {
    private final ObjectSpace space;
    private final Heap heap;
    private final Frames frames;
    private final Globals globals;
    private final Exceptions exceptions;
    private final Calls calls;
    private final ClassBuilder classBuilder;
    private final Collector collector;
    private final SpecializationStats stats;
    private final boolean statsEnabled;
    private final ArithmeticSpecializer arithmetic;
    private final ContainerSpecializer containers;
    private final GlobalSpecializer globalLoads;
    private final AttributeSpecializer attributes;
    private final CallSpecializer callSites;
    private final HotLoops hotLoops;
    private final FunctionVersions functionVersions = new FunctionVersions();
    private final long buildClassName;
    private int nextFunctionVersion = 1;

    /** @param tier2 the trace engine, or null to run everything in tier 1 */
    Interpreter(ObjectSpace space, ValueStack stack, Globals globals, SpecializationStats stats, boolean statsEnabled,
                boolean gcStress, Tier2 tier2) {
        this.space = space;
        this.heap = space.heap();
        this.frames = new Frames(stack, space.vmWords(), space.heap());
        this.globals = globals;
        this.exceptions = new Exceptions(space, frames);
        TempRoots roots = new TempRoots();
        this.calls = new Calls(this, space, frames, exceptions, roots);
        this.classBuilder = new ClassBuilder(space, globals, calls, roots);
        this.collector = new Collector(heap, frames, exceptions, globals, roots, gcStress);
        this.stats = stats;
        this.statsEnabled = statsEnabled;
        this.arithmetic = new ArithmeticSpecializer(space);
        this.containers = new ContainerSpecializer(space);
        this.globalLoads = new GlobalSpecializer(globals);
        this.attributes = new AttributeSpecializer(space);
        this.callSites = new CallSpecializer(space);
        this.hotLoops = new HotLoops(tier2, globals, space, functionVersions, frames);
        this.buildClassName = space.strings().intern("__build_class__");
    }

    Calls calls() {
        return calls;
    }

    ClassBuilder classBuilder() {
        return classBuilder;
    }

    Frames frames() {
        return frames;
    }

    /** The eval breaker the collector raises; the JIT's traces poll its native word. */
    EvalBreaker evalBreaker() {
        return collector.breaker();
    }

    Exceptions exceptions() {
        return exceptions;
    }

    private Frame current() {
        return frames.current();
    }

    // ---- InterpreterContext: frame access, saved state, statistics, eval breaker

    @Override
    public MemorySegment stack() {
        return frames.stack.segment();
    }

    @Override
    public MemorySegment heapWords() {
        return heap.words().segment();
    }

    @Override
    public int framePointer() {
        return current().fp;
    }

    @Override
    public char[] code() {
        return current().code.code();
    }

    @Override
    public long[] consts() {
        return current().code.consts();
    }

    @Override
    public long[] names() {
        return current().code.names();
    }

    @Override
    public int resumeIp() {
        return current().resumeIp;
    }

    @Override
    public int resumeSp() {
        return current().sp;
    }

    @Override
    public void saveState(int instrIp, int nextIp, int sp) {
        Frame f = current();
        f.instrIp = instrIp;
        f.resumeIp = nextIp;
        f.sp = sp;
    }

    @Override
    public boolean statsEnabled() {
        return statsEnabled;
    }

    @Override
    public void countExecution(int opcode) {
        stats.execution(opcode);
    }

    @Override
    public void countUop(int uop) {
        hotLoops.countUop();
    }

    @Override
    public void countMiss(int opcode) {
        stats.miss(opcode);
    }

    @Override
    public boolean evalBreakerPending() {
        return collector.wanted();
    }

    @Override
    public boolean handleEvalBreaker() {
        // Taken before collecting, so a SIGINT arriving during the collection stays pending.
        boolean interrupted = collector.breaker().takeInterrupt();
        collector.collect();
        if (interrupted) {
            exceptions.raise(space.newException(BuiltinException.KEYBOARD_INTERRUPT));
            return false;
        }
        return true;
    }

    @Override
    public boolean entryFrameDone() {
        return frames.entryDone();
    }

    @Override
    public long takeEntryResult() {
        return frames.takeEntryResult();
    }

    // ---- specialization and hot loops

    private Site site() {
        Frame f = current();
        return new Site(f.code.code(), f.instrIp, stats);
    }

    @Override
    public void advanceBackoffCounter() {
        Frame f = current();
        char[] code = f.code.code();
        code[f.instrIp + 1] = Counters.advance(code[f.instrIp + 1]);
    }

    @Override
    public void specializeBinaryOp(long lhs, long rhs, long nbOp) {
        arithmetic.binaryOp(site(), lhs, rhs, (int) nbOp);
    }

    @Override
    public void specializeCompareOp(long left, long right, long arg) {
        arithmetic.compareOp(site(), left, right);
    }

    @Override
    public void specializeToBool(long value) {
        arithmetic.toBool(site(), value);
    }

    @Override
    public void specializeForIter(long iter) {
        containers.forIter(site(), iter);
    }

    @Override
    public void specializeBinarySubscr(long container, long sub) {
        containers.binarySubscr(site(), container, sub);
    }

    @Override
    public void specializeStoreSubscr(long container, long sub) {
        containers.storeSubscr(site(), container, sub);
    }

    @Override
    public void specializeUnpackSequence(long seq, long count) {
        containers.unpackSequence(site(), seq, (int) count);
    }

    @Override
    public void specializeLoadGlobal(long name) {
        globalLoads.loadGlobal(site(), current().globals, name);
    }

    @Override
    public void specializeStoreGlobal(long name) {
        globalLoads.storeGlobal(site(), current().globals, name);
    }

    @Override
    public void specializeLoadAttr(long owner, long name, boolean forCall) {
        attributes.loadAttr(site(), owner, name, forCall);
    }

    @Override
    public void specializeStoreAttr(long owner, long name) {
        attributes.storeAttr(site(), owner, name);
    }

    @Override
    public void specializeCall(long callable, long selfOrNull, int args, long nargs) {
        long first = nargs > 0 ? frames.stack.get(args) : Values.NULL;
        callSites.call(site(), callable, selfOrNull, (int) nargs, first);
    }

    @Override
    public void optimizeHotLoop(long backDistance) {
        hotLoops.optimize(current(), (int) backDistance);
    }

    @Override
    public void optimizeHotFunction() {
        hotLoops.optimizeEntry(current());
    }

    @Override
    public void enterExecutor(long index) {
        hotLoops.enter(this, current(), (int) index);
    }

    // ---- type tests and accessors: no allocation, no exceptions

    @Override
    public long typeTag(long v) {
        return space.typeTag(v);
    }

    @Override
    public long strCompare(long a, long b) {
        return space.comparisons().compareStrings(heap.str(a), heap.str(b));
    }

    @Override
    public void listAppend(long list, long v) {
        heap.list(list).append(v);
    }

    @Override
    public boolean exceptionPending() {
        return exceptions.isPending();
    }

    // ---- iterators

    @Override
    public long getIter(long iterable) {
        try {
            return space.iteration().getIter(iterable);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long iterNext(long it) {
        try {
            return space.iteration().next(it);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    // ---- numbers and strings

    @Override
    public long binaryOp(long nbOp, long lhs, long rhs) {
        try {
            return space.numbers().binaryOp((int) nbOp, lhs, rhs);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long unaryNegative(long v) {
        try {
            return space.numbers().negative(v);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long unaryInvert(long v) {
        try {
            return space.numbers().invert(v);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long compareOp(long comparison, long left, long right) {
        try {
            return space.comparisons().compare((int) comparison, left, right);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long objectIsTrue(long v) {
        try {
            return space.comparisons().isTrue(v) ? 1 : 0;
        } catch (PyError e) {
            return exceptions.failInt(e);
        }
    }

    @Override
    public long contains(long container, long item) {
        try {
            return space.sequences().contains(container, item) ? 1 : 0;
        } catch (PyError e) {
            return exceptions.failInt(e);
        }
    }

    @Override
    public long boxFloat(double d) {
        return space.newFloat(d);
    }

    @Override
    public long strConcat(long a, long b) {
        return space.strings().concat(heap.str(a), heap.str(b));
    }

    @Override
    public long strItem(long s, long i) {
        return space.sequences().strItem(heap.str(s), (int) i);
    }

    // ---- containers

    @Override
    public long buildList(int items, long n) {
        return space.newList(calls.args(items, (int) n), (int) n);
    }

    @Override
    public long buildTuple(int items, long n) {
        return space.newTuple(calls.args(items, (int) n));
    }

    @Override
    public long buildMap(int keysAndValues, long pairs) {
        try {
            return space.mappings().buildMap(calls.args(keysAndValues, (int) pairs * 2), (int) pairs);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long buildSlice(long start, long stop, long step) {
        return heap.allocate(new PySlice(start, stop, step == Values.NULL ? Values.NONE : step));
    }

    @Override
    public long subscr(long container, long sub) {
        try {
            return space.sequences().getItem(container, sub);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long dictSubscr(long dict, long key) {
        try {
            return space.mappings().subscript(dict, key);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public boolean storeSubscr(long container, long sub, long v) {
        try {
            space.sequences().setItem(container, sub, v);
            return true;
        } catch (PyError e) {
            return exceptions.failFalse(e);
        }
    }

    @Override
    public boolean dictStore(long dict, long key, long v) {
        return storeSubscr(dict, key, v);
    }

    @Override
    public boolean deleteSubscr(long container, long sub) {
        try {
            space.sequences().delItem(container, sub);
            return true;
        } catch (PyError e) {
            return exceptions.failFalse(e);
        }
    }

    @Override
    public long binarySlice(long container, long start, long stop) {
        try {
            return space.sequences().getSlice(container, start, stop);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public boolean storeSlice(long container, long start, long stop, long v) {
        try {
            space.sequences().setSlice(container, start, stop, v);
            return true;
        } catch (PyError e) {
            return exceptions.failFalse(e);
        }
    }

    @Override
    public boolean unpackSequence(long seq, long count, int output) {
        try {
            long[] items = new long[(int) count];
            space.iteration().unpack(seq, (int) count, items);
            for (int i = 0; i < items.length; i++) {
                frames.stack.set(output + i, items[i]);
            }
            return true;
        } catch (PyError e) {
            return exceptions.failFalse(e);
        }
    }

    // ---- names, attributes, functions, classes

    @Override
    public long loadGlobal(long name) {
        try {
            return globals.loadGlobal(current().globals, name);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public boolean storeGlobal(long name, long v) {
        globals.store(current().globals, name, v);
        return true;
    }

    @Override
    public long loadName(long name) {
        try {
            Frame f = current();
            return globals.loadName(f.namespace, f.globals, name);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public boolean storeName(long name, long v) {
        globals.store(current().namespace, name, v);
        return true;
    }

    @Override
    public long loadAttr(long owner, long name) {
        try {
            return space.attributes().getAttr(owner, name);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public boolean storeAttr(long owner, long name, long v) {
        try {
            space.attributes().setAttr(owner, name, v);
            return true;
        } catch (PyError e) {
            return exceptions.failFalse(e);
        }
    }

    @Override
    public long loadBuildClass() {
        try {
            return globals.loadGlobal(globals.builtins(), buildClassName);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long makeFunction(long code, long defaults) {
        RuntimeCode body = ((PyCode) heap.get(code)).code();
        PyFunction f = new PyFunction(body, code, current().globals, defaults, nextFunctionVersion++);
        functionVersions.add(f);
        return heap.allocate(f);
    }

    // ---- calls and frames

    @Override
    public long callObject(long callable, long selfOrNull, int args, long nargs) {
        try {
            return calls.call(callable, selfOrNull, calls.args(args, (int) nargs), (int) nargs, null);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long callObjectKw(long callable, long selfOrNull, int args, long nargs, long kwnames) {
        try {
            return calls.callKw(callable, selfOrNull, calls.args(args, (int) nargs), (int) nargs, kwnames);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public long callBuiltin(long callable, long selfOrNull, int args, long nargs) {
        try {
            return space.callBuiltin(callable, selfOrNull, calls.args(args, (int) nargs), (int) nargs, null);
        } catch (PyError e) {
            return exceptions.fail(e);
        }
    }

    @Override
    public void syncNativeFrames() {
        frames.syncNative();
    }

    @Override
    public void pushFrame(long func, long selfOrNull, int args, long nargs) {
        calls.pushFrame(func, selfOrNull, args, (int) nargs);
    }

    @Override
    public void popFrame(long retval) {
        frames.pop(retval);
    }

    // ---- exceptions

    @Override
    public void raiseUnboundLocal(long index) {
        exceptions.raiseUnboundLocal(current().code.localName((int) index));
    }

    @Override
    public void raiseVarargs(int args, long n) {
        try {
            exceptions.raiseValue(n == 0 ? Values.NULL : frames.stack.get(args), calls);
        } catch (PyError e) {
            exceptions.fail(e);
        }
    }

    @Override
    public void reraise(long exc) {
        exceptions.raise(exc);
    }

    @Override
    public long exceptionMatches(long exc, long type) {
        try {
            return space.attributes().exceptionMatches(exc, type) ? 1 : 0;
        } catch (PyError e) {
            return exceptions.failInt(e);
        }
    }

    @Override
    public long handledException() {
        return exceptions.handled();
    }

    @Override
    public void setHandledException(long exc) {
        exceptions.setHandled(exc);
    }

    @Override
    public void unwindException() {
        exceptions.unwind();
    }

    // ---- tier 2 bookkeeping (the uops of a running trace)

    @Override
    public boolean executorIsValid() {
        return hotLoops.runningIsValid();
    }

    @Override
    public void setInstructionOffset(long offset) {
        current().resumeIp = (int) offset;
    }

    /** Nothing to do: ENTER_EXECUTOR already made the executor the running one. */
    @Override
    public void executorStarted(long executor) {
    }
}
