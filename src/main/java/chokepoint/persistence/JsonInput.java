package chokepoint.persistence;

import chokepoint.scenario.Problem;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.internal.bind.TypeAdapters;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a JSON file defensively: size limit, optional gzip, strict UTF-8, strict JSON (no NaN, no trailing
 * content), finite numbers. Every failure is a {@link SaveException} naming the file, the JSON path and the problem.
 */
final class JsonInput {
    /** Largest file read (also after gzip decompression). */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private JsonInput() {}

    static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** Reads a whole file with the size limit. */
    static byte[] readFile(Path file) throws SaveException {
        String name = fileName(file);
        try {
            if (Files.isDirectory(file)) throw new SaveException(name, "$", "is a directory, not a file");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new SaveException(name, "$", tooLarge(size));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SaveException(name, "$", "no such file");
        } catch (IOException | SecurityException e) {
            throw new SaveException(name, "$", "cannot be read (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            throw new SaveException(name, "$", "too large to read");
        }
    }

    static String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "is %.1f MB, more than the %d MB limit for Chokepoint files",
                size / 1048576.0, MAX_BYTES / 1048576);
    }

    static boolean isGzip(byte[] b) {
        return b != null && b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** Decompresses gzip content (with the size limit), or returns the bytes unchanged. */
    static byte[] gunzipIfNeeded(String name, byte[] bytes) throws SaveException {
        if (!isGzip(bytes)) return bytes;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.size() > MAX_BYTES) throw new SaveException(name, "$", "expands to more than the 50 MB limit");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new SaveException(name, "$", "damaged gzip compression (" + e.getMessage() + ")");
        }
    }

    /** Strict UTF-8 decoding (a leading byte-order mark is skipped). */
    static String decode(String name, byte[] bytes) throws SaveException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 16));
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) throw new SaveException(name, "$", "is not valid UTF-8 text (bad byte at offset " + in.position() + ")");
        r = dec.flush(out);
        if (r.isError()) throw new SaveException(name, "$", "is not valid UTF-8 text (ends inside a character)");
        out.flip();
        return out.toString();
    }

    private static final Pattern POS = Pattern.compile(" at line (\\d+) column (\\d+) path (\\$\\S*)");

    /** Parses bytes into a JSON tree with every check; never returns null. */
    static JsonElement parse(String name, byte[] bytes) throws SaveException {
        if (bytes == null || bytes.length == 0) throw new SaveException(name, "$", "the file is empty");
        if (bytes.length > MAX_BYTES) throw new SaveException(name, "$", tooLarge(bytes.length));
        byte[] plain = gunzipIfNeeded(name, bytes);
        String text = decode(name, plain);
        if (text.isBlank()) throw new SaveException(name, "$", "the file is empty");
        JsonElement tree;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(200);
            try {
                tree = TypeAdapters.JSON_ELEMENT.read(reader);
                boolean end;
                try {
                    end = reader.peek() == JsonToken.END_DOCUMENT;
                } catch (IOException | RuntimeException e) {
                    end = false;
                }
                if (!end) throw new SaveException(name, "$", "unexpected content after the end of the JSON value");
            } catch (EOFException e) {
                throw new SaveException(name, reader.getPath(), "the file ends too early (truncated?)");
            }
        } catch (SaveException e) {
            throw e;
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw syntax(name, e, text);
        } catch (StackOverflowError e) {
            throw new SaveException(name, "$", "JSON nested too deeply");
        }
        String bad = GameJson.firstNonFinite(tree, "$");
        if (bad != null) throw new SaveException(name, bad, "number is not finite (too large, NaN or Infinity)");
        return tree;
    }

    /** A path fit for a message: no trailing dot, at most 120 characters. */
    static String shortPath(String path) {
        String p = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
        return p.length() > 120 ? p.substring(0, 120) + "…" : p;
    }

    /** Whether line/column (1-based) is at the end of the text (only whitespace after it). */
    private static boolean atEnd(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1;
        if (offset < 0) return false;
        int pos = offset + column - 1;
        return pos >= text.length() || text.substring(Math.min(pos, text.length())).isBlank();
    }

    /** Whether the text around line/column (1-based) holds NaN or Infinity. */
    private static boolean near(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) offset = text.indexOf('\n', offset) + 1;
        if (offset < 0) return false;
        int from = Math.max(0, offset + column - 12);
        int to = Math.min(text.length(), offset + column + 10);
        if (from >= to) return false;
        String around = text.substring(from, to);
        return around.contains("NaN") || around.contains("Infinity");
    }

    private static SaveException syntax(String name, Exception e, String text) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int see = msg.indexOf("\nSee ");
        if (see >= 0) msg = msg.substring(0, see);
        String path = "$";
        Matcher m = POS.matcher(msg);
        if (m.find()) {
            path = shortPath(m.group(3));
            String reason = msg.substring(0, m.start()).trim();
            if (atEnd(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) {
                return new SaveException(List.of(new Problem(name, path, "the file ends too early (truncated?)")));
            }
            if (reason.startsWith("Use JsonReader.setStrictness")) reason = "malformed JSON";
            if (reason.contains("NaN") || reason.contains("infinit") || near(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) {
                reason = "NaN and Infinity are not numbers JSON allows";
            }
            msg = "invalid JSON: " + reason + " (line " + m.group(1) + ", column " + m.group(2) + ")";
        } else {
            msg = "invalid JSON: " + msg;
        }
        return new SaveException(List.of(new Problem(name, path, msg)));
    }
}
