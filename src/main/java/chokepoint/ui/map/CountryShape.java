package chokepoint.ui.map;

import java.util.Comparator;
import java.util.List;

/**
 * A country outline: ISO 3166-1 numeric id as a string (e.g. "392" for Japan; a few disputed
 * areas without an ISO code get "x-" plus their name, e.g. "x-Kosovo"), English name, rings in
 * lon/lat (outer rings and holes together; fill them with the even-odd rule).
 */
public record CountryShape(String id, String name, List<Ring> rings) {

    public CountryShape {
        rings = List.copyOf(rings);
    }

    public Ring largestRing() {
        return rings.stream().max(Comparator.comparingDouble(Ring::area)).orElseThrow();
    }

    /** {minLon, minLat, maxLon, maxLat} over all rings. */
    public double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Ring r : rings) {
            b[0] = Math.min(b[0], r.minLon());
            b[1] = Math.min(b[1], r.minLat());
            b[2] = Math.max(b[2], r.maxLon());
            b[3] = Math.max(b[3], r.maxLat());
        }
        return b;
    }
}
