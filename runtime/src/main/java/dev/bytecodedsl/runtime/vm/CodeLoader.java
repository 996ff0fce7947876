package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.python.compile.CodeObject;
import dev.bytecodedsl.python.compile.Constant;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.object.Heap;
import dev.bytecodedsl.runtime.value.Values;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the compiler's immutable code objects into {@link RuntimeCode}: constants become pinned
 * Values (they live as long as the program), names interned strs, and every adaptive counter starts
 * at the warm-up value.
 */
public final class CodeLoader {
    private final ObjectSpace space;
    private final Heap heap;

    private final char hotLoopCounter;

    public CodeLoader(ObjectSpace space) {
        this(space, Counters.WARMUP);
    }

    /** @param hotLoopCounter every JUMP_BACKWARD's and RESUME's initial counter (the tier-2 hot threshold) */
    public CodeLoader(ObjectSpace space, char hotLoopCounter) {
        this.hotLoopCounter = hotLoopCounter;
        this.space = space;
        this.heap = space.heap();
    }

    public RuntimeCode load(CodeObject source) {
        List<RuntimeCode> nested = new ArrayList<>();
        long[] consts = new long[source.constants().size()];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = constant(source.constants().get(i), nested);
        }
        long[] names = new long[source.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = space.strings().intern(source.names().get(i));
        }
        char[] code = source.code();
        initCounters(code, hotLoopCounter);
        return new RuntimeCode(source, code, consts, names, nested);
    }

    /** Every family head, JUMP_BACKWARD and RESUME keeps an adaptive counter in its first cache unit. */
    static void initCounters(char[] code, char hotLoopCounter) {
        for (int ip = 0; ip < code.length; ip += 1 + OpcodeMetadata.CACHE_SIZE[code[ip] & 0xFF]) {
            int opcode = code[ip] & 0xFF;
            if (OpcodeMetadata.SPECIALIZATIONS[opcode] != null) {
                code[ip + 1] = Counters.WARMUP;
            } else if (opcode == Opcodes.JUMP_BACKWARD || opcode == Opcodes.RESUME) {
                code[ip + 1] = hotLoopCounter;
            }
        }
    }

    private long constant(Constant c, List<RuntimeCode> nested) {
        return c.accept(new ConstantLoader(nested));
    }

    /** One constant as a Value; nested code objects are loaded too and added to {@code nested}. */
    private final class ConstantLoader implements Constant.Visitor<Long> {

        private final List<RuntimeCode> nested;

        ConstantLoader(List<RuntimeCode> nested) {
            this.nested = nested;
        }

        @Override
        public Long visitInt(Constant.IntConst c) {
            return pin(space.newInt(c.value()));
        }

        @Override
        public Long visitFloat(Constant.FloatConst c) {
            return pin(space.newFloat(c.value()));
        }

        @Override
        public Long visitStr(Constant.StrConst c) {
            return space.strings().intern(c.value());
        }

        @Override
        public Long visitBool(Constant.BoolConst c) {
            return Values.fromBool(c.value());
        }

        @Override
        public Long visitNone(Constant.NoneConst c) {
            return Values.NONE;
        }

        @Override
        public Long visitTuple(Constant.TupleConst c) {
            long[] items = new long[c.items().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = c.items().get(i).accept(this);
            }
            return pin(space.newTuple(items));
        }

        @Override
        public Long visitCode(Constant.CodeConst c) {
            RuntimeCode loaded = load(c.code());
            nested.add(loaded);
            return heap.allocatePinned(new PyCode(loaded));
        }
    }

    private long pin(long v) {
        if (Values.isHandle(v)) {
            heap.pin(v);
        }
        return v;
    }
}
