package dev.bytecodedsl.python.compile;

import dev.bytecodedsl.diagnostics.Diagnostics;
import dev.bytecodedsl.diagnostics.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** {@code DisMain file.py}: prints the disassembly, or the diagnostics and exits 1. */
public final class DisMain {

    private DisMain() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: DisMain FILE.py");
            System.exit(2);
        }
        SourceFile source;
        try {
            source = SourceFile.read(Path.of(args[0]));
        } catch (IOException e) {
            System.err.println(args[0] + ": error: cannot read file: " + e.getMessage());
            System.exit(1);
            return;
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<CodeObject> code = PythonCompiler.compile(source, diagnostics);
        if (code.isEmpty()) {
            System.err.print(diagnostics.render());
            System.exit(1);
        }
        System.out.print(Disassembler.disassemble(code.get()));
    }
}
