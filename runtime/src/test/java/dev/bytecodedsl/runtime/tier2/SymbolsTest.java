package dev.bytecodedsl.runtime.tier2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bytecodedsl.generated.DslConstants;
import org.junit.jupiter.api.Test;

/** What the symbol table knows: types, small ints, constants, NULL, and how knowledge meets. */
class SymbolsTest {
    private static final long HEAP_STR = 8; // handle 0: the type function below says it is a str
    private final Symbols symbols = new Symbols(v -> (int) DslConstants.TYPE_STR);

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
