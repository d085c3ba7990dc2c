package chokepoint.persistence;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.nio.file.Path;

/** Tells scenario, save and order files apart by their content. */
public final class FileKind {
    public enum Kind { SCENARIO, SAVE, ORDERS, UNKNOWN }

    /** A parsed file and what it looks like. */
    public record Detected(Kind kind, JsonElement tree) {}

    private FileKind() {}

    /** Parses a file with all the checks of {@link SaveFile} (size, UTF-8, strict JSON) and detects its kind. */
    public static Detected detect(Path file) throws SaveException {
        JsonElement tree = JsonInput.parse(JsonInput.fileName(file), JsonInput.readFile(file));
        return new Detected(kindOf(tree), tree);
    }

    public static Kind kindOf(JsonElement tree) {
        if (SaveFile.looksLikeSave(tree)) return Kind.SAVE;
        if (OrderFile.looksLikeOrderFile(tree)) return Kind.ORDERS;
        if (tree != null && tree.isJsonObject()) {
            JsonObject o = tree.getAsJsonObject();
            if (o.has("actors") || o.has("commodities") || o.has("calendar")) return Kind.SCENARIO;
        }
        return Kind.UNKNOWN;
    }
}
