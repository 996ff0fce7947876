package dev.bytecodedsl.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrecedenceTest {

    /** The dump of {@code source}'s single expression statement, without the Module/ExprStmt lines. */
    private static String tree(String source) {
        String dump = Parsing.dump(source + "\n");
        return dump.lines().skip(2).map(l -> l.substring(4).replaceAll(" @\\d+:\\d+", ""))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        assertEquals("Unary -\n  Binary **\n    Int 2\n    Int 2\n", tree("-2 ** 2"));
    }

    @Test
    void powerIsRightAssociativeAndTakesUnaryExponent() {
        assertEquals("Binary **\n  Name a\n  Binary **\n    Name b\n    Unary -\n      Name c\n", tree("a ** b ** -c"));
    }

    @Test
    void comparisonChainIsOneNode() {
        assertEquals("Compare < <\n  Name a\n  Name b\n  Name c\n", tree("a < b < c"));
    }

    @Test
    void notAppliesToTheWholeComparison() {
        assertEquals("Unary not\n  Compare ==\n    Name a\n    Name b\n", tree("not a == b"));
    }

    @Test
    void notInAndIsNotAreSingleOperators() {
        assertEquals("Compare not in is not\n  Name a\n  Name b\n  Name c\n", tree("a not in b is not c"));
    }

    @Test
    void parenthesesOverrideAndMultiplicationBindsTighter() {
        assertEquals("Binary *\n  Binary +\n    Name a\n    Name b\n  Name c\n", tree("(a + b) * c"));
        assertEquals("Binary +\n  Name a\n  Binary *\n    Name b\n    Name c\n", tree("a + b * c"));
    }

    @Test
    void subtractionIsLeftAssociative() {
        assertEquals("Binary -\n  Binary -\n    Name a\n    Name b\n  Name c\n", tree("a - b - c"));
    }

    @Test
    void orBindsLooserThanAndAndFlattens() {
        assertEquals("BoolOp or\n  Name a\n  BoolOp and\n    Name b\n    Name c\n  Name d\n", tree("a or b and c or d"));
    }

    @Test
    void bitwiseOperatorsFollowPythonOrder() {
        assertEquals("Binary |\n  Name a\n  Binary ^\n    Name b\n    Binary &\n      Name c\n      Binary <<\n"
                + "        Name d\n        Binary +\n          Int 1\n          Int 2\n", tree("a | b ^ c & d << 1 + 2"));
    }

    @Test
    void bitwiseOrBindsTighterThanComparison() {
        assertEquals("Compare ==\n  Binary |\n    Name a\n    Name b\n  Name c\n", tree("a | b == c"));
    }
}
