package dev.bytecodedsl.examples.stackvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code java ... Main FILE.svm}: assembles and runs a program; exit status 1 when it fails. */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: stackvm FILE.svm");
            System.exit(2);
        }
        StackMachine.Outcome outcome = StackMachine.run(Assembler.assemble(Files.readString(Path.of(args[0]))));
        System.out.print(outcome.output());
        if (outcome.failed()) {
            System.err.println("stackvm: " + outcome.error());
            System.exit(1);
        }
    }
}
