package dev.bytecodedsl.stencils.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pinned clang and its llvm-objdump. {@link #probe} runs {@code clang --version} once and
 * refuses another major version: stencil bytes depend on the compiler, and the checked-in tables
 * must be reproducible.
 */
public record Clang(String executable, String objdump, String version, int major) {

    private static final Pattern VERSION = Pattern.compile("clang version (\\d+)\\.(\\d+)\\.(\\d+)");

    /** Why the stencils cannot be built here (clang missing or the wrong major). */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message) {
            super(message);
        }
    }

    /** Finds {@code executable} and checks its major version; objdump is the matching {@code llvm-objdump-N}. */
    public static Clang probe(String executable, int requiredMajor) throws Unavailable {
        Result result;
        try {
            result = run(List.of(executable, "--version"), null, 30);
        } catch (IOException e) {
            throw new Unavailable(executable + " not found (install clang " + requiredMajor + ", e.g. apt-get install clang-"
                    + requiredMajor + " llvm-" + requiredMajor + ")");
        }
        Matcher m = VERSION.matcher(result.stdout());
        if (result.exitCode() != 0 || !m.find()) {
            throw new Unavailable(executable + " --version did not report a clang version");
        }
        int major = Integer.parseInt(m.group(1));
        String version = m.group(1) + "." + m.group(2) + "." + m.group(3);
        if (major != requiredMajor) {
            throw new Unavailable(executable + " is clang " + version + ", but the stencils are pinned to clang "
                    + requiredMajor + " (use --clang / -Dbytecodedsl.clang to name clang-" + requiredMajor + ")");
        }
        String objdump = objdumpFor(executable, major);
        try {
            if (run(List.of(objdump, "--version"), null, 30).exitCode() != 0) {
                throw new Unavailable(objdump + " --version failed");
            }
        } catch (IOException e) {
            throw new Unavailable(objdump + " not found (install llvm-" + requiredMajor + ")");
        }
        return new Clang(executable, objdump, version, major);
    }

    /** {@code /usr/bin/clang-19} -> {@code /usr/bin/llvm-objdump-19}; {@code clang} -> {@code llvm-objdump}. */
    static String objdumpFor(String clang, int major) {
        Path path = Path.of(clang);
        String name = path.getFileName().toString();
        String objdump = name.matches("clang-\\d+") ? "llvm-objdump-" + major : name.replaceFirst("^clang", "llvm-objdump");
        Path parent = path.getParent();
        return parent == null ? objdump : parent.resolve(objdump).toString();
    }

    /** A finished process: exit code and the text it printed. */
    public record Result(int exitCode, String stdout, String stderr) {}

    /** Runs a command (in {@code dir} when given), waiting at most {@code timeoutSeconds}. */
    public static Result run(List<String> command, Path dir, int timeoutSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        Optional.ofNullable(dir).ifPresent(d -> builder.directory(d.toFile()));
        // Stable messages and no locale-dependent output.
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        var stdout = process.getInputStream();
        var stderr = process.getErrorStream();
        // Read stderr on another thread so neither pipe can fill up and block the process.
        var err = new CompletableFuture<String>();
        Thread.ofVirtual().start(() -> {
            try {
                err.complete(new String(stderr.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.complete("");
            }
        });
        String out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " timed out");
            }
            return new Result(process.exitValue(), out, err.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(command.getFirst() + " interrupted", e);
        }
    }
}
