package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.diagnostics.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link NumberLock}. Every line is checked on its own (shape, kind, number range) and
 * against the others (a name or a number twice), each problem reported at its token; lines with
 * errors are left out of the result, which callers must not use when errors were reported.
 */
final class NumberLockParser {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String SHAPE = "a lock line is KIND NUMBER NAME [retired]";

    /** A word of a line and the column it starts at. */
    private record Token(String text, int column) {}

    private NumberLockParser() {}

    static NumberLock parse(SourceFile file, Diagnostics diagnostics) {
        diagnostics.addSource(file);
        List<NumberLock.Entry> entries = new ArrayList<>();
        Map<String, NumberLock.Entry> byName = new HashMap<>();
        Map<String, NumberLock.Entry> byNumber = new HashMap<>();
        List<String> lines = file.text().lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            Optional<NumberLock.Entry> entry = line(file.name(), lineNumber, lines.get(index), diagnostics);
            if (entry.isEmpty()) {
                continue;
            }
            NumberLock.Entry e = entry.get();
            NumberLock.Entry sameName = byName.putIfAbsent(e.kind() + " " + e.name(), e);
            if (sameName != null) {
                diagnostics.error(e.pos(), "duplicate " + e.kind().keyword() + " '" + e.name()
                        + "' in the lock (first at " + sameName.pos() + ")");
                continue;
            }
            NumberLock.Entry sameNumber = byNumber.putIfAbsent(space(e.kind()) + " " + e.number(), e);
            if (sameNumber != null) {
                diagnostics.error(numberPos(e, lines.get(index)), "number " + e.number() + " of "
                        + e.kind().keyword() + " '" + e.name() + "' is already taken by " + sameNumber.kind().keyword()
                        + " '" + sameNumber.name() + "' (at " + sameNumber.pos() + ")");
                continue;
            }
            entries.add(e);
        }
        return new NumberLock(entries);
    }

    /** Opcodes and pseudo-opcodes share one number space (their ranges keep them apart anyway). */
    private static String space(NumberLock.Kind kind) {
        return kind == NumberLock.Kind.UOP ? "uop" : "opcode";
    }

    private static Optional<NumberLock.Entry> line(String file, int line, String text, Diagnostics diagnostics) {
        int comment = text.indexOf('#');
        List<Token> tokens = tokens(comment < 0 ? text : text.substring(0, comment));
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Token kindToken = tokens.getFirst();
        Optional<NumberLock.Kind> kind = kind(kindToken.text());
        if (kind.isEmpty()) {
            diagnostics.error(pos(file, line, kindToken), "unknown kind '" + kindToken.text()
                    + "' (expected opcode, pseudo or uop; " + SHAPE + ")");
            return Optional.empty();
        }
        if (tokens.size() < 3) {
            Token last = tokens.getLast();
            diagnostics.error(new SourcePos(file, line, last.column() + last.text().length()),
                    "incomplete lock line (" + SHAPE + ")");
            return Optional.empty();
        }
        if (tokens.size() > 4 || tokens.size() == 4 && !tokens.get(3).text().equals("retired")) {
            Token extra = tokens.get(tokens.size() > 4 && tokens.get(3).text().equals("retired") ? 4 : 3);
            diagnostics.error(pos(file, line, extra), "unexpected '" + extra.text() + "' (" + SHAPE + ")");
            return Optional.empty();
        }
        Token numberToken = tokens.get(1);
        Token nameToken = tokens.get(2);
        if (!numberToken.text().matches("[0-9]+")) {
            diagnostics.error(pos(file, line, numberToken), "expected a number, found '" + numberToken.text()
                    + "' (" + SHAPE + ")");
            return Optional.empty();
        }
        if (!NAME.matcher(nameToken.text()).matches()) {
            diagnostics.error(pos(file, line, nameToken), "expected a name, found '" + nameToken.text()
                    + "' (" + SHAPE + ")");
            return Optional.empty();
        }
        Optional<String> rangeError = rangeError(kind.get(), numberToken.text(), nameToken.text());
        if (rangeError.isPresent()) {
            diagnostics.error(pos(file, line, numberToken), rangeError.get());
            return Optional.empty();
        }
        return Optional.of(new NumberLock.Entry(kind.get(), Integer.parseInt(numberToken.text()), nameToken.text(),
                tokens.size() == 4, pos(file, line, nameToken)));
    }

    /** Why {@code number} cannot be {@code name}'s, or empty when it can. */
    private static Optional<String> rangeError(NumberLock.Kind kind, String digits, String name) {
        String stripped = digits.replaceFirst("^0+(?=.)", "");
        long number = stripped.length() > 9 ? Long.MAX_VALUE : Long.parseLong(stripped);
        if (kind != NumberLock.Kind.UOP && name.equals(Analysis.CACHE_NAME)) {
            return Optional.of(Analysis.CACHE_NAME + " is always opcode " + Analysis.CACHE_OPCODE
                    + " and is not listed in the lock");
        }
        if (number >= kind.first() && number <= kind.last()) {
            return Optional.empty();
        }
        return Optional.of(switch (kind) {
            case OPCODE -> number == Analysis.CACHE_OPCODE
                    ? "opcode 0 is reserved for " + Analysis.CACHE_NAME + " (inline-cache code units)"
                    : "opcode " + digits + " is out of range: real opcodes are 8-bit (1.." + kind.last()
                            + "), pseudo-instructions are 'pseudo' lines";
            case PSEUDO -> number < kind.first()
                    ? "pseudo-opcode " + digits + " is below " + kind.first()
                            + ": pseudo-instructions are numbered above every real opcode"
                    : "pseudo-opcode " + digits + " is out of range (" + kind.first() + ".." + kind.last() + ")";
            case UOP -> number == 0
                    ? "uop 0 is reserved: it means 'no uop'"
                    : "uop " + digits + " is out of range (" + kind.first() + ".." + kind.last() + ")";
        });
    }

    private static Optional<NumberLock.Kind> kind(String keyword) {
        for (NumberLock.Kind kind : NumberLock.Kind.values()) {
            if (kind.keyword().equals(keyword)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start() + 1));
        }
        return tokens;
    }

    private static SourcePos pos(String file, int line, Token token) {
        return new SourcePos(file, line, token.column());
    }

    private static SourcePos numberPos(NumberLock.Entry entry, String text) {
        return new SourcePos(entry.pos().file(), entry.pos().line(), tokens(text).get(1).column());
    }
}
