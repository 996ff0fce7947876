package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The numbering lock ({@code bytecodes.lock}): the opcode, pseudo-opcode and uop number of every
 * name ever generated, so that adding, removing or reordering definitions never renumbers the
 * others (bytecode a VM has serialized, cached or golden-tested keeps its meaning). Names no longer
 * defined stay as {@code retired} lines that keep their numbers reserved.
 *
 * <p>One line per name, {@code KIND NUMBER NAME [retired]}; {@code #} starts a comment. Each kind
 * is its own namespace; see {@link NumberLockParser} for what a valid lock is.
 */
public record NumberLock(List<Entry> entries) {

    /** The three number spaces, with the range each kind's numbers must lie in. */
    public enum Kind {
        /** Real opcodes: 8-bit, 0 is {@link Analysis#CACHE_NAME}. */
        OPCODE(Analysis.CACHE_OPCODE + 1, Analysis.FIRST_PSEUDO_OPCODE - 1),
        /** Pseudo-instructions never reach code objects, so they sit above every real opcode. */
        PSEUDO(Analysis.FIRST_PSEUDO_OPCODE, 0xFFFF),
        /** Uop id 0 means "no uop". */
        UOP(1, 0xFFFF);

        private final int first;
        private final int last;

        Kind(int first, int last) {
            this.first = first;
            this.last = last;
        }

        public int first() {
            return first;
        }

        public int last() {
            return last;
        }

        /** The word that starts a lock line of this kind. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One lock line.
     *
     * @param retired the name is no longer defined; its number stays reserved for it
     * @param pos     where the line's name is in the lock file ({@link SourcePos#BUILTIN} for new lines)
     */
    public record Entry(Kind kind, int number, String name, boolean retired, SourcePos pos) {}

    /** No lock: every name is new, so numbers are assigned exactly as without a lock file. */
    public static final NumberLock NONE = new NumberLock(List.of());

    static final String HEADER = """
            # Stable opcode and uop numbers. Maintained by the generator (casegen generate, or the
            # Maven plugin's generate goal): a new name gets the lowest free number of its kind and
            # every name listed here keeps its number. A name that is no longer defined stays as
            # "retired", so its number is never reused silently; if the name comes back it gets its
            # number back. Edit by hand only to retire or reclaim numbers: deleting a retired line
            # lets a new name take its number (old bytecode using it then means something else);
            # a retired line under an unused name keeps a number free.
            #
            # KIND NUMBER NAME [retired]
            """;

    public NumberLock {
        entries = List.copyOf(entries);
    }

    /** Reads a lock file, reporting every malformed or conflicting line to {@code diagnostics}. */
    public static NumberLock parse(SourceFile file, Diagnostics diagnostics) {
        return NumberLockParser.parse(file, diagnostics);
    }

    /** The number the lock gives {@code name} (retired or not). */
    public OptionalInt number(Kind kind, String name) {
        return entries.stream().filter(e -> e.kind() == kind && e.name().equals(name))
                .mapToInt(Entry::number).findFirst();
    }

    /** Every number of {@code kind} the lock reserves, retired ones included. */
    Set<Integer> numbers(Kind kind) {
        Set<Integer> numbers = new HashSet<>();
        entries.stream().filter(e -> e.kind() == kind).forEach(e -> numbers.add(e.number()));
        return numbers;
    }

    boolean hasRetired(Kind kind) {
        return entries.stream().anyMatch(e -> e.kind() == kind && e.retired());
    }

    /**
     * The lock after a run that produced {@code analysis} (numbered with this lock): every name of
     * the analysis, plus this lock's other names as retired.
     */
    public NumberLock updated(Analysis analysis) {
        List<Entry> updated = new ArrayList<>();
        analysis.instructions().forEach(i -> updated.add(active(Kind.OPCODE, i.opcode(), i.name())));
        analysis.pseudos().forEach(p -> updated.add(active(Kind.PSEUDO, p.opcode(), p.name())));
        analysis.uops().forEach(u -> updated.add(active(Kind.UOP, u.id(), u.name())));
        for (Entry entry : entries) {
            boolean defined = updated.stream().anyMatch(e -> e.kind() == entry.kind() && e.name().equals(entry.name()));
            if (!defined) {
                updated.add(new Entry(entry.kind(), entry.number(), entry.name(), true, entry.pos()));
            }
        }
        updated.sort(Comparator.comparing(Entry::kind).thenComparingInt(Entry::number));
        return new NumberLock(updated);
    }

    private static Entry active(Kind kind, int number, String name) {
        return new Entry(kind, number, name, false, SourcePos.BUILTIN);
    }

    /** The lock file's text: the header, then one block per kind sorted by number. */
    public String text() {
        StringBuilder out = new StringBuilder(HEADER);
        Kind previous = null;
        for (Entry entry : entries) {
            if (entry.kind() != previous) {
                out.append('\n');
                previous = entry.kind();
            }
            // Fixed widths keep the numbers in a column without realigning lines when names change.
            out.append(String.format(Locale.ROOT, "%-6s %3d %s", entry.kind().keyword(), entry.number(), entry.name()));
            out.append(entry.retired() ? " retired\n" : "\n");
        }
        return out.toString();
    }
}
