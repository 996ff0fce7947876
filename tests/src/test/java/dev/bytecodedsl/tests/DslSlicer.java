package dev.bytecodedsl.tests;

import dev.bytecodedsl.grammar.BytecodeDslLexer;
import dev.bytecodedsl.grammar.BytecodeDslParser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Cuts a DSL file into self-contained slices, one per instruction, macro, family and pseudo:
 * the definition with every definition it names (ops of a macro, members of a family, constants,
 * helpers, functions and types of a body, and what those name in turn: a function's callees), the family of every instruction in it (a specialized instruction
 * without its family does not analyze) and every label (bodies reach them implicitly, through
 * {@code ERROR_IF}). A slice is the definitions' source text in the file's order, so a mutant of a
 * slice is a mutant of real DSL text, a few dozen lines instead of a whole instruction set.
 *
 * <p>Spans and names come from the grammar's parse tree (the AST keeps only a definition's name
 * position); the slicer assumes a file that parses, which the bases are.
 */
final class DslSlicer {

    /** One top-level definition: its kind (the grammar rule), name, source text and the names it uses. */
    private record Piece(int index, String rule, String name, String text, Set<String> uses) {
        boolean isRoot() {
            return switch (rule) {
                case "instructionDef", "macroDef", "familyDef", "pseudoDef" -> true;
                default -> false;
            };
        }

        /** What has an opcode (an op alone is not a DSL: it is sliced with the macros that use it). */
        boolean isInstruction() {
            return rule.equals("instructionDef") || rule.equals("macroDef");
        }

        boolean alwaysIncluded() {
            return rule.equals("typeDecl") || rule.equals("labelDef");
        }
    }

    private final List<Piece> pieces;
    private final Map<String, List<Piece>> byName = new LinkedHashMap<>();

    private DslSlicer(List<Piece> pieces) {
        this.pieces = pieces;
        for (Piece piece : pieces) {
            byName.computeIfAbsent(piece.name(), n -> new ArrayList<>()).add(piece);
        }
    }

    /**
     * What a DSL that opts into traces by declaring ENTER_EXECUTOR must declare too (the trace
     * roles, see {@code TraceRoles}); nothing in ENTER_EXECUTOR's text names them.
     */
    private static final Map<String, List<String>> COMPANIONS = Map.of("ENTER_EXECUTOR", List.of("JUMP_BACKWARD",
            "_START_EXECUTOR", "_CHECK_VALIDITY", "_SET_IP", "_JUMP_TO_TOP", "_CHECK_PERIODIC", "_EXIT_TRACE"));

    /** A slice: the definition it was cut for, and its text. */
    record Slice(String root, String text) {}

    /** The distinct slices of {@code text}, in the order of their first definition. */
    static List<Slice> slices(String text) {
        return of(text).slices();
    }

    private static DslSlicer of(String text) {
        var tokens = new CommonTokenStream(new BytecodeDslLexer(CharStreams.fromString(text)));
        var parser = new BytecodeDslParser(tokens);
        List<Piece> pieces = new ArrayList<>();
        for (var definition : parser.file().definition()) {
            var inner = (ParserRuleContext) definition.getChild(0);
            pieces.add(new Piece(pieces.size(), rule(inner), name(inner),
                    text.substring(definition.start.getStartIndex(), definition.stop.getStopIndex() + 1),
                    identifiers(tokens.get(definition.start.getTokenIndex(), definition.stop.getTokenIndex()))));
        }
        return new DslSlicer(pieces);
    }

    /** The grammar rule of the definition, with ops told from instructions ({@code opDef}). */
    private static String rule(ParserRuleContext rule) {
        if (rule instanceof BytecodeDslParser.InstructionDefContext instruction
                && instruction.kind.getType() == BytecodeDslLexer.OP) {
            return "opDef";
        }
        return BytecodeDslParser.ruleNames[rule.getRuleIndex()];
    }

    /** The definition's own name: the first identifier directly under its rule (not an annotation's). */
    private static String name(ParserRuleContext rule) {
        for (int i = 0; i < rule.getChildCount(); i++) {
            if (rule.getChild(i) instanceof TerminalNode node && node.getSymbol().getType() == BytecodeDslLexer.ID) {
                return node.getText();
            }
        }
        throw new IllegalArgumentException("a definition without a name: " + rule.getText());
    }

    private static Set<String> identifiers(List<Token> tokens) {
        Set<String> names = new TreeSet<>();
        for (Token token : tokens) {
            if (token.getType() == BytecodeDslLexer.ID) {
                names.add(token.getText());
            }
        }
        return names;
    }

    private List<Slice> slices() {
        Map<String, Slice> distinct = new LinkedHashMap<>();
        for (Piece root : pieces) {
            if (root.isRoot()) {
                String text = text(closure(root));
                distinct.putIfAbsent(text, new Slice(root.name(), text));
            }
        }
        return List.copyOf(distinct.values());
    }

    /** {@code root} and everything it needs, until nothing more is named. */
    private Set<Piece> closure(Piece root) {
        Set<Piece> included = new TreeSet<>(Comparator.comparingInt(Piece::index));
        Deque<Piece> work = new ArrayDeque<>(pieces.stream().filter(Piece::alwaysIncluded).toList());
        work.add(root);
        while (!work.isEmpty()) {
            Piece piece = work.pop();
            if (!included.add(piece)) {
                continue;
            }
            for (String used : piece.uses()) {
                work.addAll(byName.getOrDefault(used, List.of()));
            }
            for (String companion : COMPANIONS.getOrDefault(piece.name(), List.of())) {
                work.addAll(byName.getOrDefault(companion, List.of()));
            }
            if (piece.isInstruction()) {
                pieces.stream()
                        .filter(family -> family.rule().equals("familyDef") && family.uses().contains(piece.name()))
                        .forEach(work::add);
            }
        }
        return included;
    }

    private static String text(Set<Piece> included) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : included) {
            out.append(piece.text()).append("\n\n");
        }
        return out.toString();
    }
}
