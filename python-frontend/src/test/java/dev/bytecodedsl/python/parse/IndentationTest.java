package dev.bytecodedsl.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndentationTest {

    @Test
    void nestedBlocksCloseAtDedentAndAtEndOfFile() {
        String dump = Parsing.dump("if a:\n    if b:\n        x = 1\n    y = 2\nz = 3");
        assertEquals("""
                Module @1:1
                  If @1:1
                    Name a @1:4
                    then
                      If @2:5
                        Name b @2:8
                        then
                          Assign @3:9
                            targets
                              Name x @3:9
                            value
                              Int 1 @3:13
                      Assign @4:5
                        targets
                          Name y @4:5
                        value
                          Int 2 @4:9
                  Assign @5:1
                    targets
                      Name z @5:1
                    value
                      Int 3 @5:5
                """, dump);
    }

    @Test
    void blankLinesCommentsAndOddlyIndentedCommentsAreIgnored() {
        Parsing.ok("def f():\n\n    # comment\n  # badly indented comment\n    x = 1   # trailing\n\n\n    return x\n# end\n");
    }

    @Test
    void bracketsJoinLinesWhateverTheirIndentation() {
        String dump = Parsing.dump("x = [1,\n  2,\n        3]\ny = f(a,\nb)\n");
        assertEquals(2, dump.lines().filter(l -> l.startsWith("  Assign")).count());
    }

    @Test
    void backslashJoinsLines() {
        Parsing.ok("x = 1 + \\\n    2\n");
    }

    @Test
    void tabsCountToTheNextMultipleOfEight() {
        Parsing.ok("if a:\n\tif b:\n\t\tx = 1\n\ty = 2\nif a:\n\t    z = 3\n\t    w = 4\n");
    }

    /**
     * A block whose lines are level with 8-column tabs but not with 1-column tabs (or deeper with one
     * and not the other) is CPython's TabError (before: accepted as one block).
     */
    @Test
    void ambiguousTabsAndSpacesAreATabError() {
        String tabError = "error: inconsistent use of tabs and spaces in indentation";
        assertEquals(List.of("prog.py:3:9: " + tabError), Parsing.headlines("if a:\n\tx = 1\n        y = 2\n"));
        assertEquals(List.of("prog.py:3:2: " + tabError), Parsing.headlines("if a:\n        x = 1\n\ty = 2\n"));
        assertEquals(List.of("prog.py:3:2: " + tabError), Parsing.headlines("if a:\n    if a:\n\tx = 1\n"));
    }

    @Test
    void oneLineBlocksAndSemicolons() {
        Parsing.ok("if a: x = 1; y = 2\nwhile b: pass\n");
    }

    @Test
    void inconsistentDedentIsReported() {
        assertEquals(
                List.of("prog.py:4:3: error: inconsistent dedent: unindent does not match any outer indentation level"),
                Parsing.headlines("if a:\n    x = 1\n    if b:\n  y = 2\n"));
    }

    @Test
    void unexpectedIndentIsReported() {
        assertEquals(List.of("prog.py:2:5: error: unexpected indent"), Parsing.headlines("x = 1\n    y = 2\n"));
    }

    @Test
    void missingIndentedBlockIsReported() {
        assertEquals(List.of("prog.py:2:1: error: expected an indented block"), Parsing.headlines("if a:\nx = 1\n"));
    }

    @Test
    void missingBlockAtEndOfFileIsReportedOnce() {
        assertEquals(List.of("prog.py:2:1: error: expected an indented block"), Parsing.headlines("def f():\n"));
        assertEquals(List.of("prog.py:1:6: error: expected an indented block"), Parsing.headlines("if a:"));
    }

    @Test
    void eachIndentationErrorIsReportedOnceAndLaterErrorsStillAppear() {
        assertEquals(List.of(
                        "prog.py:2:5: error: unexpected indent",
                        "prog.py:5:1: error: expected an indented block",
                        "prog.py:8:2: error: inconsistent dedent: unindent does not match any outer indentation level"),
                Parsing.headlines("x = 1\n    y = 2\nz = 3\nwhile z:\nz = 4\nif z:\n  a = 1\n b = 2\n"));
    }

    @Test
    void renderedReportHasSourceLineAndCaret() {
        String report = Parsing.errors("x = 1\n    y = 2\n").render();
        assertEquals("prog.py:2:5: error: unexpected indent\n        y = 2\n        ^\n1 error\n", report);
    }
}
