package chokepoint.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries projected once into world coordinates for drawing and hit tests. A ring that crosses
 * the antimeridian (unwrapped beyond +/-180) gets a second copy shifted by 360 degrees; both are
 * drawn clipped to the map outline, so Russia's Chukotka and Fiji appear on both edges without
 * streaks. Antarctica is left out.
 */
final class ProjectedWorld {

    /** A projected ring with its bounding box. */
    record PRing(double[] x, double[] y, double minX, double minY, double maxX, double maxY) {
        boolean contains(double px, double py) {
            return px >= minX && px <= maxX && py >= minY && py <= maxY
                && Geometry2D.contains(x, y, px, py);
        }
    }

    private final Map<String, List<PRing>> rings = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    ProjectedWorld(WorldGeometry world, Projection projection) {
        for (CountryShape c : world.countries()) {
            if (WorldGeometry.ANTARCTICA.equals(c.id())) {
                continue;
            }
            List<PRing> list = new ArrayList<>();
            for (Ring r : c.rings()) {
                list.add(project(r, 0, projection));
                if (r.maxLon() > 180) {
                    list.add(project(r, -360, projection));
                }
                if (r.minLon() < -180) {
                    list.add(project(r, 360, projection));
                }
            }
            rings.put(c.id(), list);
            names.put(c.id(), c.name());
        }
    }

    private static PRing project(Ring r, double shift, Projection p) {
        int n = r.size();
        double[] x = new double[n], y = new double[n];
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            var pt = p.project(r.lon()[i] + shift, r.lat()[i]);
            x[i] = pt.getX();
            y[i] = pt.getY();
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new PRing(x, y, minX, minY, maxX, maxY);
    }

    Map<String, List<PRing>> rings() {
        return Collections.unmodifiableMap(rings);
    }

    List<PRing> rings(String id) {
        return rings.getOrDefault(id, List.of());
    }

    String name(String id) {
        return names.getOrDefault(id, id);
    }

    /** The country containing the world point (even-odd over all its rings), or null. */
    String countryAt(double wx, double wy) {
        for (var e : rings.entrySet()) {
            boolean inside = false;
            for (PRing r : e.getValue()) {
                if (r.contains(wx, wy)) {
                    inside = !inside;
                }
            }
            if (inside) {
                return e.getKey();
            }
        }
        return null;
    }
}
