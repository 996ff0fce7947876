package dev.bytecodedsl.runtime.cli;

import dev.bytecodedsl.runtime.os.Stdout;
import dev.bytecodedsl.runtime.vm.Sigint;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The training run of {@code ./pyvm}'s ahead-of-time cache (JDK 25, JEP 483/514/515): the launcher's
 * build step runs this class once with {@code -XX:AOTCacheOutput}, so the classes it loads and links
 * and the method profiles it collects are in the cache every later {@code ./pyvm run} starts from.
 *
 * <p>Each argument is one {@code pyvm run} command line without {@code run}, its words separated by
 * spaces (e.g. {@code "--tier2 tests/corpus/59_hot_loop.py"}); all of them run in this one JVM, the
 * programs' output discarded, as {@link Main#main} would set them up. A program that fails still
 * trains (its error path is worth caching); the exit status is always 0.
 */
public final class AotTraining {
    private AotTraining() {
    }

    public static void main(String[] commandLines) {
        // What Main.main does before the first program, so those classes (and the isatty downcall)
        // are in the cache too; the process's own stdout is the training log.
        Main.processStdout().flush();
        Sigint.install();
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        for (String commandLine : commandLines) {
            String[] words = ("run " + commandLine.strip()).split(" +");
            Stdout out = Stdout.of(OutputStream.nullOutputStream(), false);
            int status = Main.run(words, out, discard);
            out.flush();
            System.out.println("aot training: pyvm " + String.join(" ", words) + " -> exit " + status);
        }
        // As Main.main ends a program that fails: the classes of Runtime.exit's logging in the cache too.
        System.out.flush();
        System.exit(0);
    }
}
