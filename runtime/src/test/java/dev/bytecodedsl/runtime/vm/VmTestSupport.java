package dev.bytecodedsl.runtime.vm;

import dev.bytecodedsl.diagnostics.SourceFile;
import dev.bytecodedsl.generated.OpcodeMetadata;
import dev.bytecodedsl.generated.Opcodes;
import dev.bytecodedsl.runtime.Vm;
import dev.bytecodedsl.runtime.VmOptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs source text through {@link Vm#execute} and inspects the quickened code and statistics. */
final class VmTestSupport {
    record Run(Vm.Result result, String out, String err) {
        int exit() {
            return result.exitStatus();
        }

        String lastErrLine() {
            String[] lines = err.split("\n");
            return err.isEmpty() ? "" : lines[lines.length - 1];
        }

        /** The code object named {@code name} ({@code <module>} for the module). */
        RuntimeCode code(String name) {
            RuntimeCode found = find(result.module(), name);
            if (found == null) {
                throw new AssertionError("no code object " + name);
            }
            return found;
        }

        /** The opcode names of {@code name}'s instructions, as quickened. */
        List<String> opcodes(String name) {
            char[] code = code(name).code();
            List<String> ops = new ArrayList<>();
            for (int ip = 0; ip < code.length; ip += 1 + OpcodeMetadata.CACHE_SIZE[code[ip] & 0xFF]) {
                ops.add(Opcodes.name(code[ip] & 0xFF));
            }
            return ops;
        }

        SpecializationStats.Family family(String name) {
            return result.stats().families().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private VmTestSupport() {
    }

    static Run run(String source) {
        return run(source, VmOptions.defaults().withStats(true).withGcStress(false));
    }

    static Run run(String source, VmOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Vm.Result result;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            result = Vm.execute(new SourceFile("prog.py", source), options, o, e);
        }
        return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static RuntimeCode find(RuntimeCode code, String name) {
        if (code.name().equals(name)) {
            return code;
        }
        for (RuntimeCode nested : code.nested()) {
            RuntimeCode found = find(nested, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
