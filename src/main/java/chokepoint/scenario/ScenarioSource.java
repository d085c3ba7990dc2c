package chokepoint.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the raw bytes of a scenario with a size limit and decodes them as strict UTF-8. */
final class ScenarioSource {
    /** Largest scenario file accepted (the real ones are well under 1 MB). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private ScenarioSource() {}

    /** Reads at most {@link #MAX_BYTES} bytes of a file; a larger file is a problem, not an out-of-memory error. */
    static byte[] read(Path file, Problems problems) {
        try {
            if (Files.isDirectory(file)) {
                problems.add("$", "is a directory, not a scenario file");
                return null;
            }
            if (Files.size(file) > MAX_BYTES) {
                tooLarge(problems);
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, problems);
            }
        } catch (NoSuchFileException e) {
            problems.add("$", "file not found");
            return null;
        } catch (IOException | SecurityException e) {
            problems.add("$", "cannot read the file (" + describe(e) + ")");
            return null;
        }
    }

    /** Reads a stream up to the limit; returns null (with a problem) when it is larger. */
    static byte[] read(InputStream in, Problems problems) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            tooLarge(problems);
            return null;
        }
        return bytes;
    }

    /** Decodes strict UTF-8 (a leading byte-order mark is skipped); null with a problem when it is not. */
    static String decode(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            tooLarge(problems);
            return null;
        }
        if (bytes.length == 0) {
            problems.add("$", "the file is empty");
            return null;
        }
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            problems.add("$", "the file is UTF-16 encoded; save it as UTF-8");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            problems.add("$", "the file is not valid UTF-8 (bad byte sequence at byte offset " + in.position()
                    + "); save it as UTF-8");
            return null;
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            problems.add("$", "the file is empty");
            return null;
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static void tooLarge(Problems problems) {
        problems.add("$", "the file is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB; a scenario is much smaller");
    }

    private static String describe(Exception e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
