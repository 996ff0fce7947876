package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourcePos;
import dev.bytecodedsl.generated.DslConstants;
import dev.bytecodedsl.generated.Opcodes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one code object while it is generated: its scope, instruction sequence, constant and
 * name tables, and the place errors are reported. An index wider than 8 bits gets EXTENDED_ARG
 * prefixes from the assembler, so tables are as large as CPython's (whose opargs are 32-bit ints);
 * the limit is far beyond any program that fits in memory, and going over is reported once per
 * table, index 0 being used so generation can go on to find other errors.
 */
final class CodeUnit {

    /** Opargs up to 2^30: three EXTENDED_ARG prefixes, and positive in the VM's int opargs. */
    static final int OPARG_LIMIT = 1 << 30;
    /** LOAD_GLOBAL and LOAD_ATTR shift the name index left by one to make room for their flag. */
    static final int SHIFTED_NAME_LIMIT = OPARG_LIMIT >> 1;

    private enum Table { CONSTANTS, NAMES, LOCALS }

    final Scope scope;
    final String filename;
    final InstructionSequence seq;
    private final Diagnostics diagnostics;
    private final Map<Constant, Integer> constants = new LinkedHashMap<>();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Set<Table> reported = EnumSet.noneOf(Table.class);
    private SourcePos pos;

    CodeUnit(Scope scope, String filename, Diagnostics diagnostics) {
        this.scope = scope;
        this.filename = filename;
        this.diagnostics = diagnostics;
        this.seq = new InstructionSequence(scope.firstLine());
        this.pos = new SourcePos(filename, scope.firstLine(), 1);
        if (scope.locals().size() > OPARG_LIMIT) {
            tooMany(Table.LOCALS, "locals", OPARG_LIMIT);
        }
    }

    /** Where the construct being compiled starts; sets the line of the instructions that follow. */
    void at(SourcePos where) {
        pos = where;
        seq.setLine(where.line());
    }

    SourcePos pos() {
        return pos;
    }

    void error(SourcePos where, String message) {
        diagnostics.error(where, message);
    }

    void error(String message) {
        diagnostics.error(pos, message);
    }

    int constant(Constant c) {
        int index = constants.computeIfAbsent(c, k -> constants.size());
        return index < OPARG_LIMIT ? index : tooMany(Table.CONSTANTS, "constants", OPARG_LIMIT);
    }

    int name(String id) {
        int index = names.computeIfAbsent(id, k -> names.size());
        return index < OPARG_LIMIT ? index : tooMany(Table.NAMES, "names", OPARG_LIMIT);
    }

    /** A name index that is shifted into an oparg with a flag bit. */
    int shiftedName(String id) {
        int index = name(id);
        return index < SHIFTED_NAME_LIMIT ? index : tooMany(Table.NAMES, "names", SHIFTED_NAME_LIMIT);
    }

    int local(String id) {
        int index = scope.localIndex(id);
        if (index < 0) {
            throw new IllegalStateException("not a local of " + scope.qualname() + ": " + id);
        }
        return index < OPARG_LIMIT ? index : 0; // reported when the unit was created
    }

    private int tooMany(Table table, String what, int limit) {
        if (reported.add(table)) {
            error("too many " + what + " in " + scope.describe() + " (limit " + limit + ")");
        }
        return 0;
    }

    List<Constant> constants() {
        return new ArrayList<>(constants.keySet());
    }

    List<String> names() {
        return new ArrayList<>(names.keySet());
    }

    void loadConst(Constant c) {
        seq.emit(Opcodes.LOAD_CONST, constant(c));
    }

    static final Constant NONE = new Constant.NoneConst();

    static int loadGlobalOparg(int nameIndex, boolean pushNull) {
        return (nameIndex << 1) | (pushNull ? (int) DslConstants.PUSH_NULL_FLAG : 0);
    }
}
