package dev.bytecodedsl.python.compile;

import java.util.List;

/**
 * A compiled module, function or class body: CPython's code object, without anything that belongs
 * to a running program. It is immutable (the arrays are copied in and out), so a runtime that
 * quickens code in place works on its own copy of {@link #code()}.
 *
 * <p>Encoding of {@code code}: each code unit is {@code opcode | (oparg << 8)}; an instruction is
 * followed by {@code OpcodeMetadata.CACHE_SIZE[opcode]} zero units. Jump opargs are distances in
 * code units from the end of the jumping instruction's cache (backward for JUMP_BACKWARD).
 *
 * @param name the function or class name; {@code <module>} for a module
 * @param qualname the dotted name tracebacks print: {@code C.m}, {@code f.<locals>.g}
 * @param filename the source file, as diagnostics print it
 * @param firstLine the line of the {@code def}/{@code class} statement; 1 for a module
 * @param argCount positional parameters; they are the first {@code argCount} locals
 * @param localCount frame slots for locals (parameters first), the length of {@code localNames}
 * @param stackSize the deepest the value stack gets, exception handlers included
 * @param code the code units (see above)
 * @param constants LOAD_CONST/RETURN_CONST operands, nested code objects and kwnames tuples
 * @param names global, attribute and (module/class bodies) namespace names
 * @param localNames names of the frame's local slots
 * @param exceptionTable protected ranges sorted by start, never overlapping: each instruction is
 *     covered by the entry of its innermost handler only
 * @param lineOfUnit the source line of every code unit (caches carry their instruction's line)
 * @param kind what the code runs as
 */
public record CodeObject(
        String name,
        String qualname,
        String filename,
        int firstLine,
        int argCount,
        int localCount,
        int stackSize,
        char[] code,
        List<Constant> constants,
        List<String> names,
        List<String> localNames,
        List<ExceptionTableEntry> exceptionTable,
        int[] lineOfUnit,
        Kind kind) {

    /** Module and class bodies keep their variables in a namespace (*_NAME); functions in frame slots. */
    public enum Kind {
        MODULE,
        FUNCTION,
        CLASS_BODY
    }

    public CodeObject {
        code = code.clone();
        constants = List.copyOf(constants);
        names = List.copyOf(names);
        localNames = List.copyOf(localNames);
        exceptionTable = List.copyOf(exceptionTable);
        lineOfUnit = lineOfUnit.clone();
        if (lineOfUnit.length != code.length) {
            throw new IllegalArgumentException("lineOfUnit must have one entry per code unit");
        }
        if (localNames.size() != localCount || argCount > localCount) {
            throw new IllegalArgumentException("localCount must match localNames and cover the parameters");
        }
    }

    /** A copy: callers may quicken it in place. */
    @Override
    public char[] code() {
        return code.clone();
    }

    @Override
    public int[] lineOfUnit() {
        return lineOfUnit.clone();
    }

    /** The source line of the instruction at {@code offset} (code units), for tracebacks. */
    public int lineAt(int offset) {
        return lineOfUnit[offset];
    }

    /** The number of code units. */
    public int codeLength() {
        return code.length;
    }
}
