package dev.bytecodedsl.kit.jit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns patched machine code back into text for the machine-code dump: with {@code llvm-mc-19 --disassemble}
 * when it is installed (LLVM 19 is what builds the stencils), otherwise as hex, 16 bytes a line.
 * Each instruction comes out with its offset and bytes, so dumps line up with the holes.
 */
final class MachineCodeDisassembler {
    private static final String TOOL = "llvm-mc-19";
    private static final Pattern ENCODING = Pattern.compile("^\\s*(\\S.*?)\\s*[#/]+ encoding: \\[(.*)]");

    /** One instruction (or hex row): where it starts in the code, its length, its text. */
    record Line(int offset, int length, String text) {
    }

    private MachineCodeDisassembler() {
    }

    static List<Line> disassemble(byte[] code, String triple) {
        List<Line> lines = tryLlvm(code, triple);
        return lines != null ? lines : hex(code);
    }

    private static List<Line> tryLlvm(byte[] code, String triple) {
        StringBuilder input = new StringBuilder();
        for (byte b : code) {
            input.append(String.format("0x%02x ", b & 0xFF));
        }
        try {
            Path in = Files.createTempFile("jit-dump", ".txt");
            try {
                Files.writeString(in, input);
                Process p = new ProcessBuilder(TOOL, "--disassemble", "--show-encoding", "-triple=" + triple, in.toString())
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return null;
                }
                return parse(out, code.length);
            } finally {
                Files.deleteIfExists(in);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static List<Line> parse(String output, int size) {
        List<Line> lines = new ArrayList<>();
        int offset = 0;
        for (String raw : output.split("\n")) {
            Matcher m = ENCODING.matcher(raw);
            if (m.find()) {
                int length = m.group(2).split(",").length;
                lines.add(new Line(offset, length, m.group(1).replace('\t', ' ')));
                offset += length;
            }
        }
        return offset == size ? lines : null;
    }

    private static List<Line> hex(byte[] code) {
        List<Line> lines = new ArrayList<>();
        for (int offset = 0; offset < code.length; offset += 16) {
            int length = Math.min(16, code.length - offset);
            lines.add(new Line(offset, length, ".byte " + HexFormat.ofDelimiter(" ").formatHex(code, offset, offset + length)));
        }
        return lines;
    }
}
