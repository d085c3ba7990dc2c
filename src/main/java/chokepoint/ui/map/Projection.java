package chokepoint.ui.map;

import javafx.geometry.Point2D;

/**
 * Maps longitude/latitude in degrees to a unitless plane: x grows east, y grows south (screen
 * orientation). Implementations are pure functions. Longitudes beyond +/-180 are allowed (used
 * for rings that cross the antimeridian) and are projected by the same formula.
 */
public interface Projection {

    Point2D project(double lon, double lat);

    default double x(double lon, double lat) {
        return project(lon, lat).getX();
    }

    default double y(double lon, double lat) {
        return project(lon, lat).getY();
    }

    /** {minX, minY, maxX, maxY} of the area between the two latitudes, all longitudes. */
    default double[] bounds(double southLat, double northLat) {
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        for (double lat = southLat; lat <= northLat; lat += 1) {
            minX = Math.min(minX, x(-180, lat));
            maxX = Math.max(maxX, x(180, lat));
        }
        return new double[] {minX, y(0, northLat), maxX, y(0, southLat)};
    }

    static Projection equirectangular() {
        return (lon, lat) -> new Point2D(Math.toRadians(lon), -Math.toRadians(lat));
    }

    static Projection robinson() {
        return Robinson.INSTANCE;
    }
}
