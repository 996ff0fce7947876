package dev.bytecodedsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 20's smaller divergences from CPython 3.11 (expected outputs measured with python3). */
class SmallDivergencesTest {
    @TempDir
    Path dir;

    /** {@code pyvm run path} in process: exit status, stdout, stderr. */
    private record FileRun(int status, String out, String err) {
        static FileRun of(Path path) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = Vm.run(path, VmOptions.defaults(), o, e);
                o.flush();
            }
            return new FileRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        String lastErrLine() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    /** A slice is unhashable in 3.11, so d[1:2] on a dict is a TypeError (before: KeyError). */
    @Test
    void slicingADictIsUnhashable() {
        String program = """
                d = {1: 2}
                try:
                    print(d[1:2])
                except TypeError as e:
                    print(e)
                """;
        assertEquals("unhashable type: 'slice'\n", ProgramRun.of(program, VmOptions.defaults()).out());
    }

    /**
     * Subscripts and list.insert take any int that fits CPython's 64-bit Py_ssize_t: L[2**62] is out
     * of range, not "cannot fit 'int' into an index-sized integer" (found by the stress suite; before:
     * ints beyond the VM's tagged small ints were refused).
     */
    @Test
    void indicesUpTo64BitsAreIndices() {
        String program = """
                L = [1, 2]
                for i in [2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 2 ** 64]:
                    try:
                        print(L[i])
                    except IndexError as e:
                        print('IndexError:', e)
                    try:
                        print('ab'[i])
                    except IndexError as e:
                        print('IndexError:', e)
                print(L.pop(-(2 ** 0)), L)
                L.insert(2 ** 62, 9)
                L.insert(-(2 ** 62), 8)
                print(L)
                """;
        assertEquals("""
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: list index out of range
                IndexError: string index out of range
                IndexError: cannot fit 'int' into an index-sized integer
                IndexError: cannot fit 'int' into an index-sized integer
                2 [1]
                [8, 1, 9]
                """, ProgramRun.of(program, VmOptions.defaults()).out());
    }

    /**
     * A side trace from a loop's exit walks into the raise that ends the function; it must stop at
     * the end of the code (found by the stress suite; before: an internal error reading past it).
     */
    @Test
    void aSideTraceIntoAFinalRaise() {
        String program = """
                def g():
                    i = 0
                    while i < 20:
                        i = i + 1
                    raise ValueError('the end')


                try:
                    g()
                except ValueError as e:
                    print('ValueError:', e)
                """;
        VmOptions tier2 = VmOptions.defaults().withTier2(true).withHotThreshold(1);
        assertEquals("ValueError: the end\n", ProgramRun.of(program, tier2).out());
        assertEquals("ValueError: the end\n", ProgramRun.of(program, tier2.withJit(true).withJitAll(true)).out());
    }

    /**
     * Ranges with bounds beyond 63 bits work as in CPython, on every tier; only len() beyond
     * ssize_t is an OverflowError (before: OverflowError for any such range).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tier1", "tier2", "jit"})
    void rangesBeyondSixtyThreeBits(String tier) {
        String program = """
                r = range(2**62 - 2, 2**62 + 2)
                for x in r:
                    print(x)
                print(len(r), r[3], r[-1], 2**62 in r, 2**62 + 5 in r, r, r == range(2**62 - 2, 2**62 + 2, 1))
                t = 0
                for i in range(2**64, 2**64 + 40):
                    t += i
                print(t, range(2**64)[2**63 + 5], bool(range(2**70, 2**70)), range(0, -2**65, -2**63))
                try:
                    print(len(range(2**64)))
                except OverflowError as e:
                    print("OverflowError", e)
                print(r[1:3], range(2**64)[::2**62], range(2**64)[-3:], range(2**64)[5:2**70:-1])
                print(range(2**64)[2**70:5:-2**63], list(r[::-1]), range(0, 2**62 - 1)[1:4])
                """;
        VmOptions options = switch (tier) {
            case "tier2" -> VmOptions.defaults().withTier2(true).withHotThreshold(1);
            case "jit" -> VmOptions.defaults().withJit(true).withHotThreshold(1);
            default -> VmOptions.defaults();
        };
        assertEquals("""
                4611686018427387902
                4611686018427387903
                4611686018427387904
                4611686018427387905
                4 4611686018427387905 4611686018427387905 True False range(4611686018427387902, 4611686018427387906) True
                737869762948382065420 9223372036854775813 False range(0, -36893488147419103232, -9223372036854775808)
                OverflowError Python int too large to convert to C ssize_t
                range(4611686018427387903, 4611686018427387905) range(0, 18446744073709551616, 4611686018427387904) \
                range(18446744073709551613, 18446744073709551616) range(5, 18446744073709551615, -1)
                range(18446744073709551615, 5, -9223372036854775808) \
                [4611686018427387905, 4611686018427387904, 4611686018427387903, 4611686018427387902] range(1, 4)
                """, ProgramRun.of(program, options).out());
    }

    /** A UTF-8 byte-order mark at the start of the file is skipped, as CPython does. */
    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] program = "\uFEFFprint('bom')\n".getBytes(StandardCharsets.UTF_8);
        FileRun run = FileRun.of(file("bom.py", program));
        assertEquals(new FileRun(0, "bom\n", ""), run);
    }

    /** A block indented with a tab on one line and eight spaces on the next (before: it ran). */
    @Test
    void mixingTabsAndSpacesAmbiguouslyIsATabError() throws IOException {
        FileRun run = FileRun.of(file("tabs.py", "if True:\n        x = 1\n\ty = 2\nprint(x)\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals("TabError: inconsistent use of tabs and spaces in indentation", run.lastErrLine());
        assertEquals(true, run.err().contains("line 3"), run.err());
    }

    /** A Latin-1 byte: CPython's SyntaxError naming the byte and the line (before: a Java exception name, exit 2). */
    @Test
    void aNonUtf8FileIsASyntaxError() throws IOException {
        Path p = file("latin.py", "x = 1\ns = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        FileRun run = FileRun.of(p);
        assertEquals(new FileRun(1, "", "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + p
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"), run);
    }

    /**
     * A directory: CPython runs its __main__.py, and without one says it can't find it, status 1
     * (before: "java.io.IOException: Is a directory", status 2).
     */
    @Test
    void aDirectoryRunsItsMainModule() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(new FileRun(1, "", "pyvm: can't find '__main__' module in '" + empty + "'\n"), FileRun.of(empty));
        Path app = Files.createDirectory(dir.resolve("app"));
        Files.writeString(app.resolve("__main__.py"), "print('main')\n");
        assertEquals(new FileRun(0, "main\n", ""), FileRun.of(app));
    }

    /** A missing file: CPython's errno text, status 2. */
    @Test
    void aMissingFileNamesTheErrno() {
        Path missing = dir.resolve("missing.py");
        assertEquals(new FileRun(2, "", "pyvm: can't open file '" + missing + "': [Errno 2] No such file or directory\n"),
                FileRun.of(missing));
    }
}
