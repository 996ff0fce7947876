package dev.bytecodedsl.runtime.vm.specialize;

import static dev.bytecodedsl.runtime.vm.specialize.ArithmeticSpecializer.install;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.value.Values;

/** FOR_ITER, BINARY_SUBSCR, STORE_SUBSCR and UNPACK_SEQUENCE over the builtin containers. */
public final class ContainerSpecializer {
    private final ObjectSpace space;

    public ContainerSpecializer(ObjectSpace space) {
        this.space = space;
    }

    /** Range iterators only ever yield small ints (wider ranges are PyLongRanges, whose iterators are not PyRangeIters), so every one qualifies. */
    public void forIter(Site site, long iter) {
        install(site, switch (space.typeTag(iter)) {
            case (int) DslConstants.TYPE_RANGE_ITER -> Opcodes.FOR_ITER_RANGE;
            case (int) DslConstants.TYPE_LIST_ITER -> Opcodes.FOR_ITER_LIST;
            case (int) DslConstants.TYPE_TUPLE_ITER -> Opcodes.FOR_ITER_TUPLE;
            default -> 0;
        });
    }

    public void binarySubscr(Site site, long container, long sub) {
        boolean intIndex = Values.isSmallInt(sub);
        install(site, switch (space.typeTag(container)) {
            case (int) DslConstants.TYPE_LIST -> intIndex ? Opcodes.BINARY_SUBSCR_LIST_INT : 0;
            case (int) DslConstants.TYPE_TUPLE -> intIndex ? Opcodes.BINARY_SUBSCR_TUPLE_INT : 0;
            case (int) DslConstants.TYPE_STR -> intIndex ? Opcodes.BINARY_SUBSCR_STR_INT : 0;
            case (int) DslConstants.TYPE_DICT -> Opcodes.BINARY_SUBSCR_DICT;
            default -> 0;
        });
    }

    public void storeSubscr(Site site, long container, long sub) {
        install(site, switch (space.typeTag(container)) {
            case (int) DslConstants.TYPE_LIST -> Values.isSmallInt(sub) ? Opcodes.STORE_SUBSCR_LIST_INT : 0;
            case (int) DslConstants.TYPE_DICT -> Opcodes.STORE_SUBSCR_DICT;
            default -> 0;
        });
    }

    public void unpackSequence(Site site, long seq, int count) {
        int op = 0;
        switch (space.typeTag(seq)) {
            case (int) DslConstants.TYPE_TUPLE -> {
                int n = space.heap().tuple(seq).size();
                if (n == count) {
                    op = count == 2 ? Opcodes.UNPACK_SEQUENCE_TWO_TUPLE : Opcodes.UNPACK_SEQUENCE_TUPLE;
                }
            }
            case (int) DslConstants.TYPE_LIST -> {
                if (space.heap().list(seq).size() == count) {
                    op = Opcodes.UNPACK_SEQUENCE_LIST;
                }
            }
            default -> {
            }
        }
        install(site, op);
    }
}
