package dev.bytecodedsl.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each construct outside the subset is named in its error, at the construct's first token. */
class UnsupportedConstructTest {

    /** The program is on one line so the column is easy to check; '|' stands for a newline. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '!', textBlock = """
            x = 1|y = [i * 2 for i in xs]   ! list comprehension               ! 2:5
            x = 1|y = {k: v for k, v in d}  ! dict comprehension               ! 2:5
            x = 1|y = {k for k in d}        ! set comprehension                ! 2:5
            x = 1|y = (k for k in d)        ! generator expression             ! 2:5
            x = 1|y = sum(k for k in d)     ! generator expression             ! 2:9
            x = 1|y = {1, 2}                ! set display                      ! 2:5
            x = 1|f = lambda a: a + 1       ! lambda                           ! 2:5
            x = 1|if (n := 10) > 5: pass    ! assignment expression (:=)       ! 2:5
            def f():|    yield 1            ! yield                            ! 2:5
            async def f():|    pass         ! async                            ! 1:1
            def f():|    await g()          ! await                            ! 2:5
            import os                       ! import statement                 ! 1:1
            from os import path             ! import statement                 ! 1:1
            with open(p) as f:|    pass     ! with statement                   ! 1:1
            @dec|def f():|    pass          ! decorator                        ! 1:1
            x = 1|y = f"a{x}"               ! f-string                         ! 2:5
            y = b"bytes"                    ! bytes literal                    ! 1:5
            y = 1 + 2j                      ! complex literal                  ! 1:9
            y = ...                         ! Ellipsis literal                 ! 1:5
            def f(*args):|    pass          ! star parameter ('*')             ! 1:7
            def f(**kw):|    pass           ! star parameter ('**')            ! 1:7
            f(*xs)                          ! star-args argument ('*')         ! 1:3
            f(**kw)                         ! star-args argument ('**')        ! 1:3
            a, *b = xs                      ! starred expression               ! 1:4
            y = {**d}                       ! dict unpacking (**)              ! 1:6
            del x                           ! del statement                    ! 1:1
            assert x                        ! assert statement                 ! 1:1
            def f():|    nonlocal x         ! nonlocal statement               ! 2:5
            x: int = 1                      ! annotated assignment             ! 1:1
            def f(x: int):|    pass         ! parameter annotation             ! 1:10
            def f() -> int:|    pass        ! return annotation                ! 1:9
            class A(B, C):|    pass         ! multiple inheritance             ! 1:12
            class A(metaclass=M):|    pass  ! class keyword argument           ! 1:9
            while x:|    pass|else:|    pass  ! else clause on a loop          ! 3:1
            try:|    pass|finally:|    pass ! finally clause                   ! 3:1
            y = m[1, 2]                     ! multi-dimensional subscript      ! 1:7
            y = a @ b                       ! matrix multiplication (@)        ! 1:7
            """)
    void constructIsNamed(String source, String construct, String lineCol) {
        assertEquals(
                List.of("prog.py:" + lineCol + ": error: unsupported construct: " + construct),
                Parsing.headlines(source.strip().replace('|', '\n') + "\n"));
    }

    @Test
    void allErrorsOfAFileAreReportedInOneRun() {
        assertEquals(List.of(
                        "prog.py:1:1: error: import statement",
                        "prog.py:2:5: error: lambda",
                        "prog.py:2:13: error: list comprehension",
                        "prog.py:4:5: error: syntax error: unexpected ')'"),
                Parsing.headlines("import os\nf = lambda: [x for x in y]\nz = 1\nw = )\n").stream()
                        .map(h -> h.replace("unsupported construct: ", "")).toList());
    }

    @Test
    void invalidAssignmentTargetsAreReported() {
        assertEquals(List.of("prog.py:1:2: error: cannot assign to function call"), Parsing.headlines("f() = 1\n"));
        assertEquals(List.of("prog.py:1:3: error: cannot assign to expression"), Parsing.headlines("a + b = 1\n"));
    }

    @Test
    void positionalAfterKeywordIsReported() {
        assertEquals(List.of("prog.py:1:10: error: positional argument follows keyword argument"),
                Parsing.headlines("f(sep=1, x)\n"));
    }
}
