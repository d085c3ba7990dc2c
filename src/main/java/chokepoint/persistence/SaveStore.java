package chokepoint.persistence;

import chokepoint.engine.state.GameState;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * The saves directory ({@code saves/} by default): named saves {@code <name>.json}, a rolling set of the last N
 * autosaves {@code autosave-<scenario>-t<turn>-<timestamp>.json}, a list with each save's meta (read without
 * loading the game), the latest autosave, delete. Every write is atomic: the file is written to a temporary
 * file in the same directory, forced to disk and moved over the target, so a failed write leaves the previous
 * save intact.
 */
public final class SaveStore {
    public static final int DEFAULT_AUTOSAVES = 5;
    public static final String AUTOSAVE_PREFIX = "autosave-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmssSSS").withZone(ZoneOffset.UTC);
    private static final Pattern AUTOSAVE = Pattern.compile("autosave-(.+)-t(\\d+)-(\\d{8}-\\d{9})(?:-(\\d+))?\\.json(?:\\.gz)?");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final Path root;
    private final int keepAutosaves;
    private final Clock clock;
    private final boolean compress;

    public SaveStore(Path root) {
        this(root, DEFAULT_AUTOSAVES, Clock.systemUTC(), false);
    }

    public SaveStore(Path root, int keepAutosaves, Clock clock) {
        this(root, keepAutosaves, clock, false);
    }

    /** @param compress write gzip-compressed saves ({@code .json.gz}, about 5x smaller); both kinds are always read */
    public SaveStore(Path root, int keepAutosaves, Clock clock, boolean compress) {
        if (keepAutosaves < 1) throw new IllegalArgumentException("keep at least one autosave");
        this.root = root;
        this.keepAutosaves = keepAutosaves;
        this.clock = clock;
        this.compress = compress;
    }

    private String extension() {
        return compress ? ".json.gz" : ".json";
    }

    /** The store in {@code saves/} under the working directory. */
    public static SaveStore defaultStore() {
        return new SaveStore(Path.of("saves"));
    }

    public Path root() {
        return root;
    }

    /** Saves under a player-given name (sanitised; an existing save of that name is replaced). */
    public Path save(String name, GameState state, List<Seat> seats) throws IOException {
        return save(name, state, seats, null, null);
    }

    /** A named save with the seats' pending orders; seats protected by {@code secrets} are sealed (both may be null). */
    public Path save(String name, GameState state, List<Seat> seats, SeatSecrets secrets,
                     java.util.Map<String, List<chokepoint.engine.order.Order>> pending) throws IOException {
        return save(name, state, seats, secrets, pending, null);
    }

    /** A named save with the facilitator's data too (sealed when it has a password; see {@link SaveFile#write}). */
    public Path save(String name, GameState state, List<Seat> seats, SeatSecrets secrets,
                     java.util.Map<String, List<chokepoint.engine.order.Order>> pending,
                     chokepoint.facilitator.FacilitatorData facilitator) throws IOException {
        String file = sanitize(name) + extension();
        Path target = root.resolve(file);
        SaveMeta meta = SaveMeta.of(state, name, seats);
        Instant now = clock.instant();
        writeAtomically(target, out -> SaveFile.write(out, state, meta, now, secrets, pending, facilitator));
        return target;
    }

    /** Autosaves the state and deletes the oldest autosaves beyond the N kept. */
    public Path autosave(GameState state, List<Seat> seats) throws IOException {
        return autosave(state, seats, null, null);
    }

    /** An autosave with the seats' pending orders; seats protected by {@code secrets} are sealed (both may be null). */
    public Path autosave(GameState state, List<Seat> seats, SeatSecrets secrets,
                         java.util.Map<String, List<chokepoint.engine.order.Order>> pending) throws IOException {
        return autosave(state, seats, secrets, pending, null);
    }

    /** An autosave with the facilitator's data too (sealed when it has a password; see {@link SaveFile#write}). */
    public Path autosave(GameState state, List<Seat> seats, SeatSecrets secrets,
                         java.util.Map<String, List<chokepoint.engine.order.Order>> pending,
                         chokepoint.facilitator.FacilitatorData facilitator) throws IOException {
        Instant now = clock.instant();
        String base = AUTOSAVE_PREFIX + sanitize(state.scenario.id()) + "-t" + state.turn + "-" + STAMP.format(now);
        Path target = root.resolve(base + extension());
        for (int k = 2; Files.exists(target); k++) target = root.resolve(base + "-" + k + extension());
        SaveMeta meta = SaveMeta.of(state, null, seats);
        writeAtomically(target, out -> SaveFile.write(out, state, meta, now, secrets, pending, facilitator));
        pruneAutosaves();
        return target;
    }

    /** Temporary files of interrupted saves older than this are removed when the list is read. */
    static final java.time.Duration STALE_TEMPORARY = java.time.Duration.ofMinutes(10);

    /**
     * Every save in the directory, newest first; unreadable files are listed with their problem. Temporary files
     * ({@code .<name>.<random>.tmp}, left by a save that was killed half-way) are never listed, and removed once stale.
     */
    public List<SaveInfo> list() throws IOException {
        List<SaveInfo> out = new ArrayList<>();
        if (!Files.isDirectory(root)) return out;
        cleanTemporaryFiles(STALE_TEMPORARY);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, "*.{json,json.gz}")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || !Files.isRegularFile(p)) continue;
                long size = Files.size(p);
                boolean auto = name.startsWith(AUTOSAVE_PREFIX);
                try {
                    SaveFile.Header h = SaveFile.readHeader(p);
                    out.add(new SaveInfo(name, p, size, auto, h.savedAt(), h.meta(), null));
                } catch (SaveException e) {
                    out.add(new SaveInfo(name, p, size, auto, null, null, e.getMessage()));
                }
            }
        }
        out.sort(Comparator.comparing((SaveInfo i) -> i.savedAt() == null ? Instant.MIN : i.savedAt()).reversed()
                .thenComparing(SaveInfo::fileName, Comparator.reverseOrder()));
        return out;
    }

    /**
     * Deletes the temporary files of interrupted saves that are older than {@code olderThan} (a younger one may
     * belong to a save still being written by another program). Returns how many were deleted; never throws.
     */
    public int cleanTemporaryFiles(java.time.Duration olderThan) {
        int n = 0;
        if (!Files.isDirectory(root)) return 0;
        Instant limit = clock.instant().minus(olderThan);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, ".*.tmp")) {
            for (Path p : ds) {
                try {
                    if (!Files.isRegularFile(p)) continue;
                    if (!olderThan.isZero() && Files.getLastModifiedTime(p).toInstant().isAfter(limit)) continue;
                    if (Files.deleteIfExists(p)) n++;
                } catch (IOException | RuntimeException ignored) {
                    // another program removed or holds it: leave it
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // unreadable directory: nothing to clean
        }
        return n;
    }

    /** The most recent readable autosave, if any. */
    public Optional<SaveInfo> latestAutosave() throws IOException {
        return list().stream().filter(i -> i.autosave() && i.readable()).findFirst();
    }

    /** Loads a save of this directory by file name (e.g. from {@link SaveInfo#fileName()}). */
    public SaveFile.Loaded load(String fileName) throws SaveException {
        Path p = resolve(fileName);
        if (p == null) throw new SaveException(String.valueOf(fileName), "$", "not a save file name in " + root);
        return SaveFile.read(p);
    }

    /** Deletes a save of this directory by file name; false if there was none. */
    public boolean delete(String fileName) throws IOException {
        Path p = resolve(fileName);
        if (p == null) throw new IOException("not a save file name: " + fileName);
        return Files.deleteIfExists(p);
    }

    private Path resolve(String fileName) {
        if (fileName == null || !(fileName.endsWith(".json") || fileName.endsWith(".json.gz")) || fileName.startsWith(".") || fileName.contains("/")
                || fileName.contains("\\") || fileName.contains("\0")) {
            return null;
        }
        return root.resolve(fileName);
    }

    /** A safe file name from a player-given name: letters and digits (any script), '-', '_'; at most 60 characters. */
    public static String sanitize(String name) {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            for (int i = 0; i < name.length() && sb.length() < 60; ) {
                int cp = name.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') sb.appendCodePoint(cp);
                else if ((Character.isWhitespace(cp) || cp == '.') && sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append('-');
            }
        }
        String s = sb.toString().replaceAll("^[-_]+|[-_]+$", "");
        if (s.isEmpty()) s = "save";
        if (RESERVED.contains(s.toLowerCase(Locale.ROOT))) s = s + "-save";
        if (s.toLowerCase(Locale.ROOT).startsWith(AUTOSAVE_PREFIX)) s = "save-" + s;
        return s;
    }

    private void pruneAutosaves() throws IOException {
        List<Path> autos = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root, AUTOSAVE_PREFIX + "*.{json,json.gz}")) {
            for (Path p : ds) if (AUTOSAVE.matcher(p.getFileName().toString()).matches()) autos.add(p);
        }
        autos.sort(Comparator.comparing(SaveStore::autosaveKey).reversed());
        for (int i = keepAutosaves; i < autos.size(); i++) Files.deleteIfExists(autos.get(i));
    }

    /** Sort key of an autosave: timestamp, then collision counter, then turn. */
    private static String autosaveKey(Path p) {
        Matcher m = AUTOSAVE.matcher(p.getFileName().toString());
        if (!m.matches()) return "";
        String k = m.group(4) == null ? "0" : m.group(4);
        return m.group(3) + String.format("-%06d-%06d", Integer.parseInt(k), Integer.parseInt(m.group(2)));
    }

    /** Writes the content of a file; may fail part-way. */
    @FunctionalInterface
    interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically: a temporary file in the same directory, forced to disk, then moved over
     * the target. If anything fails the temporary file is removed and the old target is untouched.
     */
    void writeAtomically(Path target, ContentWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                if (compress && target.getFileName().toString().endsWith(".gz")) {
                    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                    writer.write(gz);
                    gz.finish();
                } else {
                    writer.write(out);
                }
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        syncDirectory(dir);
    }

    /** Forces the directory entry to disk where the platform allows it (Linux); ignored elsewhere. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // not supported on this platform (e.g. Windows): the move itself is still atomic
        }
    }

}
