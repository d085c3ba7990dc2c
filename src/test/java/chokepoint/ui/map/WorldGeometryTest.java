package chokepoint.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldGeometryTest {

    private final WorldGeometry world = WorldGeometry.load();

    @Test
    void decodesAboutAllCountries() {
        assertTrue(world.size() >= 170 && world.size() <= 180, "countries: " + world.size());
        assertTrue(world.country("x-Kosovo").isPresent(), "geometries without id get x-name");
    }

    @Test
    void japanHasSeveralRingsInsideItsBox() {
        CountryShape japan = world.country("392").orElseThrow();
        assertEquals("Japan", japan.name());
        assertTrue(japan.rings().size() >= 3, "rings: " + japan.rings().size());
        double[] b = japan.bounds();
        assertTrue(b[0] >= 122 && b[2] <= 154, "lon " + b[0] + ".." + b[2]);
        assertTrue(b[1] >= 20 && b[3] <= 46, "lat " + b[1] + ".." + b[3]);
    }

    @Test
    void antimeridianRingsAreUnwrapped() {
        for (String id : List.of("643", "242", "010")) {
            for (Ring r : world.country(id).orElseThrow().rings()) {
                for (int i = 1; i < r.size(); i++) {
                    double jump = Math.abs(r.lon()[i] - r.lon()[i - 1]);
                    assertTrue(jump <= 180, id + " jump " + jump);
                }
            }
        }
        double maxLon = world.country("643").orElseThrow().rings().stream()
            .mapToDouble(Ring::maxLon).max().orElseThrow();
        assertTrue(maxLon > 180, "Chukotka continues east of 180 after unwrapping: " + maxLon);
    }

    @Test
    void centroidsUseOverridesAndInteriorPoints() {
        assertEquals(-98, world.centroidOf("840").orElseThrow()[0], 1e-9);
        assertEquals(10, world.centroidOf(WorldGeometry.EU).orElseThrow()[0], 1e-9);
        double[] de = world.centroidOf("276").orElseThrow();
        assertTrue(de[0] > 6 && de[0] < 15 && de[1] > 47 && de[1] < 55, "Germany " + de[0] + "," + de[1]);
        for (CountryShape c : world.countries()) {
            double[] p = c.largestRing().interiorPoint();
            assertTrue(c.largestRing().contains(p[0], p[1]), c.name() + " interior point");
        }
        assertFalse(world.centroidOf("999").isPresent());
    }

    @Test
    void decoderHandlesReversedArcsAndTransform() {
        String json = """
            {"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
             "arcs":[[[0,0],[2,0],[0,2]],[[2,2],[-2,0],[0,-2]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"001","properties":{"name":"Square"},"arcs":[[0,1]]},
               {"type":"Polygon","id":"002","properties":{"name":"Back"},"arcs":[[-2,-1]]}]}}}""";
        List<CountryShape> c = TopoJson.decode(new StringReader(json), "countries");
        Ring sq = c.get(0).rings().get(0);
        assertEquals(5, sq.size());
        assertEquals(10, sq.lon()[0], 1e-9);
        assertEquals(12, sq.lon()[1], 1e-9);
        assertEquals(22, sq.lat()[2], 1e-9);
        assertEquals(4, sq.area(), 1e-9);
        Ring back = c.get(1).rings().get(0);
        assertEquals(-sq.signedArea(), back.signedArea(), 1e-9);
    }
}
