package chokepoint.ui.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The decoded world: every country shape by ISO 3166-1 numeric id. Immutable. */
public final class WorldGeometry {

    /** Classpath location of the bundled Natural Earth 1:110m countries (world-atlas 2.0.2). */
    public static final String RESOURCE = "/map/countries-110m.json";
    /** Antarctica, which the map does not draw. */
    public static final String ANTARCTICA = "010";
    /** Pseudo id understood by {@link #centroidOf} for the European Union as a whole. */
    public static final String EU = "EU";
    /** ISO 3166-1 numeric ids of the 27 EU member states (Malta is too small for the 110m map). */
    public static final Set<String> EU_MEMBERS = Set.of("040", "056", "100", "191", "196", "203",
        "208", "233", "246", "250", "276", "300", "348", "372", "380", "428", "440", "442", "470",
        "528", "616", "620", "642", "703", "705", "724", "752");

    private static volatile WorldGeometry bundled;

    private final Map<String, CountryShape> byId;

    public WorldGeometry(List<CountryShape> countries) {
        Map<String, CountryShape> m = new LinkedHashMap<>();
        for (CountryShape c : countries) {
            m.put(c.id(), c);
        }
        this.byId = Collections.unmodifiableMap(m);
    }

    /** The bundled 110m world, decoded once. */
    public static WorldGeometry load() {
        WorldGeometry w = bundled;
        if (w == null) {
            synchronized (WorldGeometry.class) {
                if (bundled == null) {
                    bundled = read(RESOURCE);
                }
                w = bundled;
            }
        }
        return w;
    }

    static WorldGeometry read(String resource) {
        try (InputStream in = WorldGeometry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing map resource " + resource);
            }
            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new WorldGeometry(TopoJson.decode(r, "countries"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Collection<CountryShape> countries() {
        return byId.values();
    }

    public Optional<CountryShape> country(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /**
     * A label/arrow anchor {lon, lat} for a country id (or {@link #EU}): a fixed point for
     * countries whose shape misleads (overseas territories, long coasts), otherwise an interior
     * point of the largest ring. Empty for unknown ids.
     */
    public Optional<double[]> centroidOf(String id) {
        double[] o = Centroids.override(id);
        if (o != null) {
            return Optional.of(o);
        }
        return country(id).map(c -> c.largestRing().interiorPoint());
    }
}
