package dev.bytecodedsl.tests;

import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Random edits of DSL text: the fuzz test's mutations, drawn from one {@link Random} so a seed replays them. */
final class DslMutator {

    private static final String[] TOKENS = {
        "(", ")", "{", "}", "[", "]", ";", ",", "--", "/", "+", "-", "*", "=", "==", "?", ":", "&&", ">>>",
        "inst", "op", "macro", "family", "pseudo", "label", "unused", "oparg", "if", "else", "while", "for",
        "DEOPT_IF", "ERROR_IF", "EXIT_IF", "JUMPBY", "goto", "pure", "replicate(2)", "int", "double", "Value",
        "0", "1", "0x7fffffffffffffff", "99999999999999999999", "1.5e300", "x", "_UNKNOWN", "true", "\"", "@",
    };

    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
    private static final Pattern OPERATOR = Pattern.compile("<<|>>>|>>|<=|>=|==|!=|&&|\\|\\||[-+*%&|^<>]");
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*\\b");
    private static final String[] NUMBERS = {"0", "1", "2", "3", "7", "8", "63", "64", "255", "256", "65535", "-1"};
    private static final String[] OPERATORS = {
        "<<", ">>>", ">>", "<=", ">=", "==", "!=", "&&", "||", "+", "-", "*", "/", "%", "&", "|", "^", "<", ">",
    };

    private DslMutator() {}

    /**
     * One to three edits. Half of them work on characters (delete a span, insert a token, move a
     * span), half on lines and tokens (duplicate or delete a line, replace a number, an operator or a
     * name by another of the text's names): those keep small texts valid often enough to exercise
     * the generators.
     */
    static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !out.isEmpty(); e++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(8)) {
                case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(12)));
                case 1 -> out.insert(at, " " + TOKENS[random.nextInt(TOKENS.length)] + " ");
                case 2 -> {
                    int start = out.lastIndexOf("\n", at) + 1;
                    int end = out.indexOf("\n", at);
                    if (end > start) {
                        out.insert(start, out.substring(start, end + 1));
                    }
                }
                case 3 -> {
                    int start = out.lastIndexOf("\n", at) + 1;
                    int end = out.indexOf("\n", at);
                    out.delete(start, end < 0 ? out.length() : end + 1);
                }
                case 4 -> replaceMatch(out, NUMBER, NUMBERS[random.nextInt(NUMBERS.length)], random);
                case 5 -> replaceMatch(out, OPERATOR, OPERATORS[random.nextInt(OPERATORS.length)], random);
                case 6 -> {
                    List<MatchResult> names = IDENTIFIER.matcher(out).results().toList();
                    if (!names.isEmpty()) {
                        replaceMatch(out, IDENTIFIER, names.get(random.nextInt(names.size())).group(), random);
                    }
                }
                default -> {
                    int other = random.nextInt(out.length());
                    int lo = Math.min(at, other);
                    int hi = Math.max(at, other);
                    String span = out.substring(lo, Math.min(hi, lo + 40));
                    out.delete(lo, lo + span.length());
                    out.insert(Math.min(out.length(), lo + random.nextInt(80)), span);
                }
            }
        }
        return out.toString();
    }

    /** Replaces a random match of {@code pattern} (if there is one) by {@code replacement}. */
    private static void replaceMatch(StringBuilder out, Pattern pattern, String replacement, Random random) {
        List<MatchResult> matches = pattern.matcher(out).results().toList();
        if (!matches.isEmpty()) {
            MatchResult match = matches.get(random.nextInt(matches.size()));
            out.replace(match.start(), match.end(), replacement);
        }
    }
}
