package chokepoint.ui.map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal TopoJSON decoder for the world-atlas country files: quantised, delta-encoded arcs,
 * Polygon and MultiPolygon geometries.
 */
public final class TopoJson {

    private final List<double[][]> arcs;

    private TopoJson(List<double[][]> arcs) {
        this.arcs = arcs;
    }

    /** Decodes the geometry collection {@code objectName} (e.g. "countries") into country shapes. */
    public static List<CountryShape> decode(Reader json, String objectName) {
        JsonObject root = JsonParser.parseReader(json).getAsJsonObject();
        TopoJson topo = new TopoJson(decodeArcs(root));
        JsonArray geometries = root.getAsJsonObject("objects").getAsJsonObject(objectName)
            .getAsJsonArray("geometries");
        List<CountryShape> out = new ArrayList<>();
        for (JsonElement e : geometries) {
            CountryShape c = topo.country(e.getAsJsonObject());
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** Each arc as {lons, lats} in degrees, after delta decoding and the transform. */
    static List<double[][]> decodeArcs(JsonObject root) {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        boolean quantised = root.has("transform");
        if (quantised) {
            JsonObject t = root.getAsJsonObject("transform");
            sx = t.getAsJsonArray("scale").get(0).getAsDouble();
            sy = t.getAsJsonArray("scale").get(1).getAsDouble();
            tx = t.getAsJsonArray("translate").get(0).getAsDouble();
            ty = t.getAsJsonArray("translate").get(1).getAsDouble();
        }
        List<double[][]> arcs = new ArrayList<>();
        for (JsonElement a : root.getAsJsonArray("arcs")) {
            JsonArray pts = a.getAsJsonArray();
            double[] lon = new double[pts.size()];
            double[] lat = new double[pts.size()];
            double x = 0, y = 0;
            for (int i = 0; i < pts.size(); i++) {
                JsonArray p = pts.get(i).getAsJsonArray();
                if (quantised) {
                    x += p.get(0).getAsDouble();
                    y += p.get(1).getAsDouble();
                    lon[i] = x * sx + tx;
                    lat[i] = y * sy + ty;
                } else {
                    lon[i] = p.get(0).getAsDouble();
                    lat[i] = p.get(1).getAsDouble();
                }
            }
            arcs.add(new double[][] {lon, lat});
        }
        return arcs;
    }

    private CountryShape country(JsonObject g) {
        String type = g.get("type").getAsString();
        JsonArray polys;
        if ("Polygon".equals(type)) {
            polys = new JsonArray();
            polys.add(g.getAsJsonArray("arcs"));
        } else if ("MultiPolygon".equals(type)) {
            polys = g.getAsJsonArray("arcs");
        } else {
            return null;
        }
        String name = g.has("properties") && g.getAsJsonObject("properties").has("name")
            ? g.getAsJsonObject("properties").get("name").getAsString() : "";
        String id = g.has("id") ? g.get("id").getAsString() : "x-" + name;
        List<Ring> rings = new ArrayList<>();
        for (JsonElement poly : polys) {
            for (JsonElement ring : poly.getAsJsonArray()) {
                rings.add(ring(ring.getAsJsonArray()));
            }
        }
        return new CountryShape(id, name, rings);
    }

    /** Joins the arcs of one ring; ~i means arc i reversed; shared end points are not repeated. */
    Ring ring(JsonArray arcIndexes) {
        List<double[]> pts = new ArrayList<>();
        for (JsonElement e : arcIndexes) {
            int index = e.getAsInt();
            double[][] arc = arcs.get(index >= 0 ? index : ~index);
            int n = arc[0].length;
            for (int k = 0; k < n; k++) {
                int i = index >= 0 ? k : n - 1 - k;
                if (k == 0 && !pts.isEmpty()) {
                    continue;
                }
                pts.add(new double[] {arc[0][i], arc[1][i]});
            }
        }
        double[] lon = new double[pts.size()];
        double[] lat = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            lon[i] = pts.get(i)[0];
            lat[i] = pts.get(i)[1];
        }
        return Ring.unwrapped(lon, lat);
    }
}
