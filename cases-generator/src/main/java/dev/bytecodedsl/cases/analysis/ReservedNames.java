package dev.bytecodedsl.cases.analysis;

import dev.bytecodedsl.grammar.ast.Definition;
import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.kit.FrameContext;
import dev.bytecodedsl.kit.jit.HelperUpcalls;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names the DSL cannot use because the generated code could not use them: keywords of Java or C
 * (the languages bodies are lowered to), names the generators give their own members next to the
 * members they name after DSL definitions ({@code Opcodes.LIMIT} next to one field per instruction),
 * and names too long for a class file. Each is rejected here with a position instead of surfacing
 * as a javac error in generated code, or as a generator crash.
 *
 * <p>The member lists mirror what the generators emit; {@code ReservedNamesTest} reads every
 * generated class and fails when a generator adds a member that is missing here.
 */
public final class ReservedNames {

    /**
     * The longest identifier the DSL accepts. Far above any sensible name, and far below the class
     * file's limit of 65,535 bytes per constant (a method name and a signature built from it).
     */
    public static final int MAX_IDENTIFIER_LENGTH = 1_000;

    private static final Set<String> KEYWORDS = Set.of(
            // Java (keywords, literals and the restricted identifiers a declaration cannot use)
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "false", "final", "finally",
            "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "null", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "true", "try",
            "var", "void", "volatile", "while", "yield", "record", "sealed", "permits", "_",
            // C11 (beyond the words Java shares), for the JIT stencils
            "auto", "extern", "inline", "register", "restrict", "signed", "sizeof", "struct", "typedef",
            "union", "unsigned", "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
            "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "NULL");

    /** Generated code names its own variables {@code __like_this}, so the DSL cannot. */
    private static final String GENERATED_PREFIX = "__";

    /** What a generated class declares besides the members it names after DSL definitions. */
    record GeneratedMembers(String className, Set<String> names, String kind) {
        String describe(String name) {
            return kind.equals("type") ? "the type " + name + " that " + className + " uses"
                    : "the generated " + kind + " " + className + "." + name + (kind.equals("method") ? "()" : "");
        }
    }

    /** Instructions (inst, macro, pseudo) become {@code Opcodes} fields and {@code Tier1Interpreter} methods. */
    static final List<GeneratedMembers> INSTRUCTION_CLASHES = List.of(
            new GeneratedMembers("Opcodes", Set.of("CACHE", "NAMES", "LIMIT", "MAX_REAL_OPCODE",
                    "FIRST_SPECIALIZED_OPCODE", "FIRST_PSEUDO_OPCODE"), "field"),
            new GeneratedMembers("Tier1Interpreter", Set.of("run", "dispatch", "runLabel", "read32", "read64"),
                    "method"));

    /**
     * Uops (op, and inst, which is its own op) become {@code Uops} fields, uop and abstract interpreter
     * methods, and classes nested in {@code UopCell}, where they would hide the types its code names.
     */
    static final List<GeneratedMembers> UOP_CLASHES = List.of(
            new GeneratedMembers("Uops", Set.of("NAMES", "LIMIT", "MAX_UOP_ID"), "field"),
            new GeneratedMembers("UopInterpreter", Set.of("run", "runLabel"), "method"),
            new GeneratedMembers("AbstractInterpreter", Set.of("execute", "fold"), "method"),
            new GeneratedMembers("UopCell", Set.of("UopCell", "Registers", "UopContext", "Uops", "UopInterpreter",
                    "Override", "IllegalArgumentException", "Object", "String"), "type"));

    /** {@code UopCell} names the cells of fused uops {@code FUSED_A__B}. */
    private static final String FUSED_CELL_PREFIX = "FUSED_";

    /**
     * Externs become methods of {@code Helpers}, which {@code InterpreterContext} extends, and of
     * {@code jit.JitHelpers} (named as {@link #javaMethodName}), plus {@code JitHelpers} descriptor
     * fields named in upper case.
     */
    static final List<GeneratedMembers> EXTERN_METHOD_CLASHES = List.of(
            new GeneratedMembers("InterpreterContext", methodNames(FrameContext.class), "method"),
            new GeneratedMembers("JitHelpers", union(methodNames(HelperUpcalls.class),
                    Set.of("names", "descriptor", "getconst", "getname")), "method"),
            new GeneratedMembers("Object", Set.of("getClass", "hashCode", "equals", "clone", "toString", "notify",
                    "notifyAll", "wait", "finalize"), "method"));

    static final List<GeneratedMembers> EXTERN_FIELD_CLASHES = List.of(
            new GeneratedMembers("JitHelpers", Set.of("GETCONST", "GETNAME"), "field"));

    /** The methods a kit type declares: a generated class that extends it cannot take their names. */
    private static Set<String> methodNames(Class<?> kitType) {
        return Stream.of(kitType.getDeclaredMethods()).map(Method::getName).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    private ReservedNames() {}

    /** Any DSL name: not a keyword, not a generated code's own name, not too long. */
    public static void check(String name, SourcePos pos, String what, Diagnostics diagnostics) {
        if (name.length() > MAX_IDENTIFIER_LENGTH) {
            diagnostics.error(pos, what + " '" + name.substring(0, 20) + "...' is " + name.length()
                    + " characters long; names are at most " + MAX_IDENTIFIER_LENGTH);
        } else if (name.startsWith(GENERATED_PREFIX)) {
            diagnostics.error(pos, what + " '" + name + "' starts with '" + GENERATED_PREFIX
                    + "', which is reserved for names in generated code");
        } else if (KEYWORDS.contains(name)) {
            diagnostics.error(pos, what + " '" + name + "' is a reserved word in Java or C; choose another name");
        }
    }

    /** An inst, op, macro or pseudo name: a valid name that no generated member it joins already has. */
    public static void checkInstructionLevel(Definition def, Diagnostics diagnostics) {
        boolean opcode = !(def instanceof Definition.InstructionDef i && i.kind() == Definition.InstructionDef.Kind.OP);
        boolean uop = def instanceof Definition.InstructionDef;
        String what = switch (def) {
            case Definition.InstructionDef i -> i.kind() == Definition.InstructionDef.Kind.OP ? "op" : "instruction";
            case Definition.MacroDef m -> "instruction";
            case Definition.PseudoDef p -> "pseudo-instruction";
            default -> "name";
        };
        String name = def.name();
        int before = diagnostics.all().size();
        check(name, def.pos(), what, diagnostics);
        if (diagnostics.all().size() > before) {
            return;
        }
        if (opcode && clash(name, name, INSTRUCTION_CLASHES, def.pos(), what, diagnostics)) {
            return;
        }
        if (uop && !clash(name, name, UOP_CLASHES, def.pos(), what, diagnostics)) {
            if (name.startsWith(FUSED_CELL_PREFIX)) {
                diagnostics.error(def.pos(), what + " '" + name + "' starts with '" + FUSED_CELL_PREFIX
                        + "', which is reserved for the fused cells of UopCell; choose another name");
            }
        }
    }

    /** An extern: its Java method and its JIT descriptor field must be valid and not generated already. */
    static void checkExtern(Definition.HelperDecl helper, Diagnostics diagnostics) {
        String method = javaMethodName(helper.name());
        if (method.isEmpty() || KEYWORDS.contains(method)) {
            diagnostics.error(helper.pos(), "extern '" + helper.name() + "' would be the Java method '" + method
                    + "', which is not a valid name; choose another name");
            return;
        }
        if (!clash(helper.name(), method, EXTERN_METHOD_CLASHES, helper.pos(), "extern", diagnostics)) {
            clash(helper.name(), descriptorField(helper.name()), EXTERN_FIELD_CLASHES, helper.pos(), "extern",
                    diagnostics);
        }
    }

    /**
     * Names that differ in the DSL but not in generated code: externs {@code foo_bar} and {@code fooBar}
     * (one Java method), or {@code foo} and {@code FOO} (one descriptor field); labels {@code error} and
     * {@code ERROR} (one status constant).
     */
    static void checkGeneratedCollisions(Declarations declarations, Diagnostics diagnostics) {
        Map<String, Definition> methods = new HashMap<>();
        Map<String, Definition> fields = new HashMap<>();
        for (Definition.HelperDecl helper : declarations.helpers().values()) {
            collision(helper, javaMethodName(helper.name()), "Java method ", methods, diagnostics);
            collision(helper, descriptorField(helper.name()), "JIT descriptor ", fields, diagnostics);
        }
        Map<String, Definition> statuses = new HashMap<>();
        for (Definition.LabelDef label : declarations.labels().values()) {
            collision(label, label.name().toUpperCase(Locale.ROOT), "status constant LABEL_", statuses, diagnostics);
        }
    }

    private static void collision(Definition def, String generated, String what, Map<String, Definition> seen,
            Diagnostics diagnostics) {
        Definition other = seen.putIfAbsent(generated, def);
        if (other != null) {
            // Reported at the later of the two in the file (declarations arrive in name order).
            Definition first = other.pos().compareTo(def.pos()) <= 0 ? other : def;
            Definition second = first == other ? def : other;
            diagnostics.error(second.pos(), "'" + second.name() + "' and '" + first.name() + "' (at " + first.pos()
                    + ") both become the generated " + what + generated + "; rename one");
        }
    }

    /** Reports the first generated member called {@code generated}; whether there was one. */
    private static boolean clash(String name, String generated, List<GeneratedMembers> classes, SourcePos pos,
            String what, Diagnostics diagnostics) {
        for (GeneratedMembers members : classes) {
            if (members.names().contains(generated)) {
                String as = generated.equals(name) ? "" : " (as '" + generated + "')";
                diagnostics.error(pos, what + " '" + name + "'" + as + " clashes with " + members.describe(generated)
                        + "; choose another name");
                return true;
            }
        }
        return false;
    }

    /** {@code specialize_binary_op} -> {@code specializeBinaryOp}: externs are Java methods. */
    public static String javaMethodName(String dslName) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : dslName.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code binary_op} -> {@code BINARY_OP}: the extern's {@code FunctionDescriptor} in {@code JitHelpers}. */
    public static String descriptorField(String dslName) {
        return dslName.toUpperCase(Locale.ROOT);
    }
}
