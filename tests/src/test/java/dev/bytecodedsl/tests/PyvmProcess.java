package dev.bytecodedsl.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./pyvm run} as a separate process, for what only a process shows: signals, pipes,
 * terminals and exit statuses by signal. Runs the command line's main class on this JVM's class
 * path with the options the {@code pyvm} script gives, with SIGINT reset to its default action
 * (a test runner started in the background may have it ignored, which the child would inherit).
 */
final class PyvmProcess {
    private PyvmProcess() {
    }

    /** The command that runs {@code program} with the extra pyvm options. */
    static List<String> command(Path program, String... options) {
        return command(List.of(), program, options);
    }

    /** The same with extra JVM options (what a user gives through PYVM_JAVA_OPTS). */
    static List<String> command(List<String> jvmOptions, Path program, String... options) {
        List<String> cmd = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "--enable-native-access=ALL-UNNAMED"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "dev.bytecodedsl.runtime.cli.Main", "run", program.toString()));
        cmd.addAll(List.of(options));
        return cmd;
    }

    static Process start(Path program, String... options) throws IOException {
        return new ProcessBuilder(command(program, options)).start();
    }

    /** Sends SIGINT to {@code process} (Java can only send SIGTERM and SIGKILL itself). */
    static void interrupt(Process process) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
    }
}
