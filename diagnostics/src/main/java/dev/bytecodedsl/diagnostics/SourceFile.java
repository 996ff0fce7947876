package dev.bytecodedsl.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The text of one DSL source file, kept so diagnostics can quote the offending line.
 *
 * @param name the name diagnostics print (as given on the command line, so IDEs can link it)
 * @param text the whole file
 */
public record SourceFile(String name, String text) {

    /**
     * The largest source file read: a hundred times this repository's bytecodes.def. Larger input
     * (or an endless one such as /dev/zero) would only exhaust the heap in the parser.
     */
    public static final int MAX_BYTES = 8 << 20;

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The file is larger than {@link #MAX_BYTES} (or does not end). */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(Path path) {
            super(path + ": larger than " + (MAX_BYTES >> 20) + " MB, the limit for a source file");
        }
    }

    /** A byte sequence that is not UTF-8, with where it starts. */
    public static final class InvalidUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final transient SourcePos pos;
        private final long offset;
        private final int badByte;

        InvalidUtf8Exception(SourcePos pos, long offset, int badByte) {
            this.pos = pos;
            this.offset = offset;
            this.badByte = badByte;
        }

        /** Line and column (in characters) of the bad byte. */
        public SourcePos pos() {
            return pos;
        }

        /** The first byte of the bad sequence. */
        public int badByte() {
            return badByte;
        }

        @Override
        public String getMessage() {
            return String.format("not valid UTF-8: byte 0x%02X at byte offset %d", badByte, offset);
        }
    }

    /**
     * Reads a UTF-8 file; a byte-order mark at the start is skipped (editors on Windows write one).
     *
     * @throws TooLargeException past {@link #MAX_BYTES}
     * @throws InvalidUtf8Exception at the first malformed byte sequence, with its position
     */
    public static SourceFile read(Path path) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException(path);
        }
        int start = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2] ? 3 : 0;
        return new SourceFile(path.toString(), decode(path, bytes, start));
    }

    private static String decode(Path path, byte[] bytes, int start) throws InvalidUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // The decoder stops at the bad sequence: what it decoded so far gives line and column.
            int offset = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new InvalidUtf8Exception(new SourcePos(path.toString(), line, column), offset, bytes[offset] & 0xFF);
        }
        out.flip();
        return out.toString();
    }

    /** Returns line {@code line} (1-based) without its terminator, or "" when out of range. */
    public String line(int line) {
        List<String> lines = text.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }
}
