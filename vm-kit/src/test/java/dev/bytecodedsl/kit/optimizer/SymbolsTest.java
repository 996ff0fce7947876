package dev.bytecodedsl.kit.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the symbol table knows: types, small ints, constants, NULL, and how knowledge meets. */
class SymbolsTest {
    private static final long HEAP_STR = 8; // handle 0: the value model below says it is a str

    /** Python's encoding, in small: small ints n << 1 | 1, immediates tagged 2, the rest heap strs. */
    private static final class DslConstants {
        static final long NULL_BITS = 0;
        static final long NONE_BITS = 2;
        static final long TRUE_BITS = 18;
        static final int TYPE_NONE = 1;
        static final int TYPE_BOOL = 2;
        static final int TYPE_INT = 3;
        static final int TYPE_STR = 5;
    }

    private static final ValueModel VALUES = new ValueModel() {
        @Override
        public long nullBits() {
            return DslConstants.NULL_BITS;
        }

        @Override
        public int smallIntType() {
            return DslConstants.TYPE_INT;
        }

        @Override
        public boolean isSmallInt(long value) {
            return (value & 1) != 0;
        }

        @Override
        public int typeOf(long value) {
            if ((value & 7) != 2) {
                return DslConstants.TYPE_STR;
            }
            return value == DslConstants.NONE_BITS ? DslConstants.TYPE_NONE : DslConstants.TYPE_BOOL;
        }

        @Override
        public boolean needsNoHeap(long value) {
            return isSmallInt(value) || (value & 7) == 2;
        }
    };

    private final Symbols symbols = new Symbols(VALUES);

    @Test
    void constantsKnowTheirType() {
        long small = symbols.symNewConst(5 << 1 | 1);
        assertTrue(symbols.symIsSmallInt(small));
        assertTrue(symbols.symHasType(small, DslConstants.TYPE_INT));
        assertTrue(symbols.symHasType(symbols.symNewConst(DslConstants.TRUE_BITS), DslConstants.TYPE_BOOL));
        assertTrue(symbols.symHasType(symbols.symNewConst(DslConstants.NONE_BITS), DslConstants.TYPE_NONE));
        long str = symbols.symNewConst(HEAP_STR);
        assertTrue(symbols.symHasType(str, DslConstants.TYPE_STR));
        assertTrue(symbols.symIsNotNull(str));
        assertFalse(symbols.symIsSmallInt(str));
    }

    @Test
    void nullIsKnownOnlyAsTheNullConstant() {
        long none = symbols.symNewConst(DslConstants.NULL_BITS);
        assertTrue(symbols.symIsNull(none));
        assertFalse(symbols.symIsNotNull(none));
        long unknown = symbols.unknown();
        assertFalse(symbols.symIsNull(unknown));
        assertFalse(symbols.symIsNotNull(unknown));
        assertTrue(symbols.symIsNotNull(symbols.symNewNotNull()));
    }

    @Test
    void aGuardMakesItsOperandKnown() {
        long sym = symbols.unknown();
        assertFalse(symbols.symIsSmallInt(sym));
        symbols.symSetSmallInt(sym);
        assertTrue(symbols.symIsSmallInt(sym));
        assertTrue(symbols.symIsNotNull(sym));
    }

    @Test
    void meetKeepsWhatBothSidesKnow() {
        Symbols.Fact two = symbols.fact(symbols.symNewConst(2 << 1 | 1));
        Symbols.Fact three = symbols.fact(symbols.symNewConst(3 << 1 | 1));
        Symbols.Fact anInt = two.meet(three);
        assertTrue(two.implies(anInt));
        assertFalse(anInt.implies(two));
        assertTrue(symbols.symIsSmallInt(symbols.withFact(anInt)));
        assertFalse(symbols.isConst(symbols.withFact(anInt)));
        assertEquals(Symbols.Fact.NONE.type(), anInt.meet(symbols.fact(symbols.symNewConst(HEAP_STR))).type());
    }
}
