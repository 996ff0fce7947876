package dev.bytecodedsl.runtime.ops;

import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.python.repr.FloatRepr;
import dev.bytecodedsl.runtime.ObjectSpace;
import dev.bytecodedsl.runtime.TestSupport;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks binary_op, compare_op and float repr against tables that CPython 3.11 produced
 * (src/test/python/gen_tables.py): every operator over boundary ints (around the 63-bit small-int
 * range and beyond 64 bits), floats (signed zeros, infinities, NaN), bools, strings and containers.
 */
class CPythonTablesTest {
    private static final String[] NB = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] CMP = {"<", "<=", "==", "!=", ">", ">="};

    private static List<String[]> table(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CPythonTablesTest.class.getResourceAsStream("/cpython/" + name)),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void binaryOpsMatchCPython() throws IOException {
        List<String> failures = new ArrayList<>();
        ObjectSpace space = new ObjectSpace();
        int checked = 0;
        for (String[] row : table("binary-ops.tsv")) {
            if (row[3].endsWith("j)")) {
                continue; // complex results: the subset has no complex numbers
            }
            int op = indexOf(NB, row[0]);
            long a = TestSupport.literal(space, row[1]);
            long b = TestSupport.literal(space, row[2]);
            String actual = TestSupport.outcome(space, () -> space.numbers().binaryOp(op, a, b));
            checked++;
            if (!actual.equals(row[3])) {
                failures.add(row[1] + " " + row[0] + " " + row[2] + ": expected " + row[3] + " got " + actual);
            }
            // the in-place forms behave the same on immutable operands, except for the operator's spelling
            if (checked % 7 == 0) {
                String inPlace = TestSupport.outcome(space, () -> space.numbers().binaryOp(
                        op + (int) DslConstants.NB_INPLACE_ADD, a, b));
                String expected = row[3].replace("for " + row[0] + ":", "for " + row[0] + "=:")
                        .replace("for ** or pow():", "for **=:");
                if (!inPlace.equals(expected)) {
                    failures.add(row[1] + " " + row[0] + "= " + row[2] + ": expected " + expected + " got " + inPlace);
                }
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(30, failures.size())), failures.size() + " of " + checked);
    }

    @Test
    void comparisonsMatchCPython() throws IOException {
        List<String> failures = new ArrayList<>();
        ObjectSpace space = new ObjectSpace();
        for (String[] row : table("comparisons.tsv")) {
            int op = indexOf(CMP, row[0]);
            long a = TestSupport.literal(space, row[1]);
            long b = TestSupport.literal(space, row[2]);
            String actual = TestSupport.outcome(space, () -> space.comparisons().compare(op, a, b));
            if (!actual.equals(row[3])) {
                failures.add(row[1] + " " + row[0] + " " + row[2] + ": expected " + row[3] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(30, failures.size())), failures.size() + " failures");
    }

    @Test
    void floatReprMatchesCPython() throws IOException {
        List<String> failures = new ArrayList<>();
        for (String[] row : table("float-repr.tsv")) {
            double d = Double.longBitsToDouble(Long.parseUnsignedLong(row[0], 16));
            String actual = FloatRepr.repr(d);
            if (!actual.equals(row[1])) {
                failures.add(row[0] + ": expected " + row[1] + " got " + actual);
            }
        }
        assertEquals(List.of(), failures);
    }
}
