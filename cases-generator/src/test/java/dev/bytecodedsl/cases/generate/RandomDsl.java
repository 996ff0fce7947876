package dev.bytecodedsl.cases.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-formed instruction definitions: constants, externs, labels, instructions with plain,
 * array, conditional and cache stack items, ops joined by macros, a specializing family, and bodies
 * with locals, branches, loops (infinite ones with a break too), calls, jumps and error exits. Meant to
 * be valid DSL; the few the analyzer still rejects (a rule the generator does not model) are skipped
 * by the caller, which checks that most are accepted.
 */
final class RandomDsl {

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private final List<String> constants = new ArrayList<>();
    private final List<String> externs = new ArrayList<>();
    private int locals;

    private RandomDsl(Random random) {
        this.random = random;
    }

    static String generate(Random random) {
        return new RandomDsl(random).file();
    }

    private String file() {
        out.append("type Value;\n");
        int constantCount = random.nextInt(3);
        for (int k = 0; k < constantCount; k++) {
            String name = "C" + k;
            out.append("const int ").append(name).append(" = ").append(random.nextInt(8)).append(";\n");
            constants.add(name);
        }
        out.append("extern escaping Value combine(Value a, Value b);\n");
        externs.add("combine");
        if (random.nextBoolean()) {
            out.append("extern int weigh(Value v, int scale);\n");
            externs.add("weigh");
        }
        out.append("label(error) { }\n");
        int instructions = 1 + random.nextInt(6);
        for (int k = 0; k < instructions; k++) {
            instruction("I" + k);
        }
        if (random.nextBoolean()) {
            opsAndMacro();
        }
        if (random.nextBoolean()) {
            family();
        }
        return out.toString();
    }

    private void instruction(String name) {
        List<String> inputs = names("in", random.nextInt(4));
        List<String> outputs = names("out", random.nextInt(3));
        StringBuilder effect = new StringBuilder();
        List<String> items = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            items.add("entry/1");
        }
        items.addAll(inputs);
        if (random.nextInt(5) == 0) {
            items.add("items[oparg & 3]");
        }
        effect.append(String.join(", ", items)).append(" -- ").append(String.join(", ", outputs));
        if (random.nextInt(6) == 0) {
            effect.append(outputs.isEmpty() ? "" : ", ").append("extra if ((oparg & 1) != 0)");
        }
        out.append("inst(").append(name).append(", (").append(effect).append(")) {\n");
        locals = 0;
        body(inputs, outputs, effect.toString().contains("extra"), 1);
        out.append("}\n");
    }

    private void body(List<String> inputs, List<String> outputs, boolean extra, int depth) {
        int statements = random.nextInt(4);
        for (int k = 0; k < statements; k++) {
            statement(inputs, depth);
        }
        for (String output : outputs) {
            String value = inputs.isEmpty() ? "value_from_bits(" + intExpr(inputs, 2) + ")"
                    : random.nextBoolean() ? pick(inputs) : "combine(" + pick(inputs) + ", " + pick(inputs) + ")";
            line(depth, output + " = " + value + ";");
        }
        if (extra) {
            line(depth, "extra = value_from_bits(oparg);");
        }
        if (random.nextInt(5) == 0) {
            line(depth, "JUMPBY(" + intExpr(inputs, 1) + ");");
        }
    }

    private void statement(List<String> inputs, int depth) {
        switch (random.nextInt(depth > 2 ? 3 : 7)) {
            case 0 -> line(depth, "int l" + locals++ + " = " + intExpr(inputs, 3) + ";");
            case 1 -> line(depth, "ERROR_IF(" + condition(inputs) + ");");
            case 2 -> {
                if (externs.contains("weigh") && !inputs.isEmpty()) {
                    line(depth, "int w" + locals++ + " = weigh(" + pick(inputs) + ", " + intExpr(inputs, 1) + ");");
                } else {
                    line(depth, "CHECK_EVAL_BREAKER();");
                }
            }
            case 3 -> {
                line(depth, "if (" + condition(inputs) + ") {");
                if (random.nextBoolean()) {
                    line(depth + 1, "goto error;");
                } else {
                    statement(inputs, depth + 1);
                }
                if (random.nextBoolean()) {
                    line(depth, "} else {");
                    statement(inputs, depth + 1);
                }
                line(depth, "}");
            }
            case 4 -> {
                String i = "i" + locals++;
                line(depth, "for (int " + i + " = 0; " + i + " < (oparg & 7); " + i + " += 1) {");
                statement(inputs, depth + 1);
                line(depth, "}");
            }
            case 5 -> {
                line(depth, "while (true) {");
                statement(inputs, depth + 1);
                line(depth + 1, "break;");
                line(depth, "}");
            }
            default -> {
                String n = "n" + locals++;
                line(depth, "int " + n + " = oparg;");
                line(depth, "while (" + n + " > 0) {");
                line(depth + 1, n + " -= 1;");
                line(depth, "}");
            }
        }
    }

    private void opsAndMacro() {
        out.append("op(_FIRST, (a -- a, b)) {\n    b = value_from_bits(value_bits(a) + 1);\n}\n");
        out.append("op(_SECOND, (x, y -- z)) {\n    z = combine(x, y);\n    ERROR_IF(value_bits(z) == 0);\n}\n");
        out.append("macro(PAIR) = _FIRST + ").append(random.nextBoolean() ? "unused/1 + " : "").append("_SECOND;\n");
    }

    private void family() {
        out.append("""
                specializing op(_SPECIALIZE_F, (counter/1, a, b -- a, b)) {
                    if (counter == 0) {
                        DISPATCH_SAME_OPARG();
                    }
                }
                op(_F, (a, b -- r)) {
                    r = combine(a, b);
                }
                macro(F) = _SPECIALIZE_F + _F;
                guard op(_GUARD_F, (a, b -- a, b)) {
                    DEOPT_IF((value_bits(a) & 1) == 0);
                }
                pure op(_F_FAST, (a, b -- r)) {
                    r = value_from_bits(value_bits(a) ^ value_bits(b));
                }
                macro(F_FAST) = _GUARD_F + unused/1 + _F_FAST;
                family(F, 1) = { F_FAST };
                """);
    }

    private String condition(List<String> inputs) {
        return switch (random.nextInt(3)) {
            case 0 -> intExpr(inputs, 2) + " == " + intExpr(inputs, 1);
            case 1 -> "(" + intExpr(inputs, 2) + " & 1) != 0";
            default -> intExpr(inputs, 1) + " < " + intExpr(inputs, 2);
        };
    }

    private String intExpr(List<String> inputs, int depth) {
        int choice = random.nextInt(depth <= 0 ? 3 : 6);
        return switch (choice) {
            case 0 -> Integer.toString(random.nextInt(100));
            case 1 -> "oparg";
            case 2 -> constants.isEmpty() || inputs.isEmpty() ? "oparg"
                    : random.nextBoolean() ? pick(constants) : "value_bits(" + pick(inputs) + ")";
            case 3 -> "(" + intExpr(inputs, depth - 1) + " + " + intExpr(inputs, depth - 1) + ")";
            case 4 -> "(" + intExpr(inputs, depth - 1) + " * " + intExpr(inputs, depth - 1) + ")";
            default -> "(" + intExpr(inputs, depth - 1) + " / " + intExpr(inputs, depth - 1) + ")";
        };
    }

    private List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            names.add(prefix + k);
        }
        return names;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private void line(int depth, String text) {
        out.append("    ".repeat(depth)).append(text).append('\n');
    }
}
