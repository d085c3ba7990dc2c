package chokepoint.ui.map;

import java.util.Map;

/** Hand-placed anchors where the largest ring's centroid is misleading or falls in the sea. */
final class Centroids {

    private static final Map<String, double[]> OVERRIDES = Map.ofEntries(
        Map.entry(WorldGeometry.EU, new double[] {10, 50}),
        Map.entry("840", new double[] {-98, 39}),    // United States (not Alaska)
        Map.entry("124", new double[] {-100, 57}),   // Canada
        Map.entry("643", new double[] {60, 60}),     // Russia (towards its industrial west)
        Map.entry("250", new double[] {2.5, 46.5}),  // France (not French Guiana)
        Map.entry("578", new double[] {9, 61}),      // Norway (not Svalbard)
        Map.entry("392", new double[] {138.5, 36.2}),// Japan (Honshu is curved)
        Map.entry("156", new double[] {104, 34}),    // China
        Map.entry("360", new double[] {113, -1}),    // Indonesia
        Map.entry("458", new double[] {102, 4}),     // Malaysia (peninsula)
        Map.entry("528", new double[] {5.5, 52.2}),  // Netherlands
        Map.entry("152", new double[] {-70.5, -30}), // Chile
        Map.entry("036", new double[] {134, -25}),   // Australia
        Map.entry("076", new double[] {-52, -11}),   // Brazil
        Map.entry("380", new double[] {12.5, 42.8}), // Italy
        Map.entry("410", new double[] {128, 36.5}),  // South Korea
        Map.entry("704", new double[] {105.8, 21}),  // Vietnam (north, near Hanoi)
        Map.entry("554", new double[] {172.5, -42}), // New Zealand
        Map.entry("300", new double[] {22, 39.5}),   // Greece
        Map.entry("208", new double[] {9.2, 56})     // Denmark
    );

    private Centroids() {}

    static double[] override(String id) {
        double[] p = OVERRIDES.get(id);
        return p == null ? null : p.clone();
    }
}
