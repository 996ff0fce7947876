package dev.bytecodedsl.cases.analysis;

import static dev.bytecodedsl.cases.analysis.DslTestSupport.PRELUDE;
import static dev.bytecodedsl.cases.analysis.DslTestSupport.analyzeClean;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An instruction's flags see through the functions it calls. */
class FunctionFlagsTest {

    private static final String VM = PRELUDE + """
            func Value add(Value l, Value r) { return binary_op(0, l, r); }
            func Value via(Value l, Value r) { return add(l, r); }
            func bool both_int(Value l, Value r) { return is_int(l) && is_int(r); }
            inst(ADD, (l, r -- res)) { res = via(l, r); }
            pure inst(TEST, (l, r -- l, r, res)) { res = value_from_bits(both_int(l, r) ? 1 : 0); }
            """;

    @Test
    void callingAnEscapingFunctionEscapes() {
        Analysis analysis = analyzeClean(VM);
        assertTrue(analysis.instruction("ADD").orElseThrow().flags().contains(Flag.ESCAPES));
        Instruction test = analysis.instruction("TEST").orElseThrow();
        assertFalse(test.flags().contains(Flag.ESCAPES));
        assertTrue(test.flags().contains(Flag.PURE));
    }
}
