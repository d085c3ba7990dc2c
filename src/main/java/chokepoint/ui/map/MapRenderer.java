package chokepoint.ui.map;

import chokepoint.ui.common.Fonts;
import java.util.Collection;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** Draws the base map (ocean, graticule, countries, zones, highlights) on a canvas. */
final class MapRenderer {

    private final ProjectedWorld world;
    private final Projection projection;
    private final OverlayRenderer overlays;

    MapRenderer(ProjectedWorld world, Projection projection) {
        this.world = world;
        this.projection = projection;
        this.overlays = new OverlayRenderer(projection);
    }

    OverlayRenderer overlays() {
        return overlays;
    }

    void draw(GraphicsContext g, Viewport v, MapModel m) {
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineDashes();
        g.setFill(MapStyle.BACKGROUND);
        g.fillRect(0, 0, v.width(), v.height());

        g.save();
        outline(g, v);
        g.setFill(MapStyle.OCEAN);
        g.fill();
        g.clip();
        graticule(g, v);
        double border = Math.min(1.2, 0.45 + 0.08 * v.zoom());
        for (String id : world.rings().keySet()) {
            fillCountry(g, v, id, m.fillOf(id), border);
        }
        for (ZoneOutline z : m.zones) {
            zone(g, v, m, z, border);
        }
        highlights(g, v, m);
        g.restore();

        outline(g, v);
        g.setStroke(MapStyle.OUTLINE);
        g.setLineWidth(1);
        g.stroke();
        overlays.draw(g, v, m, () -> outline(g, v));
    }

    private void fillCountry(GraphicsContext g, Viewport v, String id, Color fill, double border) {
        path(g, v, id);
        g.setFill(fill);
        g.fill();
        g.setStroke(MapStyle.BORDER);
        g.setLineWidth(border);
        g.stroke();
    }

    /** Thick stroke under the zone, then the zone's countries again on top: only the rim shows. */
    private void zone(GraphicsContext g, Viewport v, MapModel m, ZoneOutline z, double border) {
        g.setStroke(z.color());
        g.setLineWidth(z.width() * 2);
        for (String id : z.countryIds()) {
            path(g, v, id);
            g.stroke();
        }
        for (String id : z.countryIds()) {
            fillCountry(g, v, id, m.fillOf(id), border);
        }
    }

    private void highlights(GraphicsContext g, Viewport v, MapModel m) {
        SelectableGroup chosen = m.selectedGroup == null ? null : m.group(m.selectedGroup);
        if (chosen != null) {
            strokeAll(g, v, chosen.countryIds(), MapStyle.SELECTED_STROKE, 1.6);
        }
        if (!m.focusedGroupIds().isEmpty()) {
            g.setLineDashes(6, 4);
            strokeAll(g, v, m.focusedGroupIds(), MapStyle.FOCUS_STROKE, 2.5);
            g.setLineDashes();
        }
        if (m.selected != null) {
            strokeAll(g, v, List.of(m.selected), Color.WHITE, 4);
            strokeAll(g, v, List.of(m.selected), MapStyle.SELECTED_STROKE, 2);
        }
        if (m.hovered != null) {
            path(g, v, m.hovered);
            g.setFill(Color.color(1, 1, 1, 0.28));
            g.fill();
            g.setStroke(MapStyle.HOVER_STROKE);
            g.setLineWidth(1.5);
            g.stroke();
        }
    }

    private void strokeAll(GraphicsContext g, Viewport v, Collection<String> ids, Color c, double w) {
        g.setStroke(c);
        g.setLineWidth(w);
        for (String id : ids) {
            path(g, v, id);
            g.stroke();
        }
    }

    private void path(GraphicsContext g, Viewport v, String id) {
        g.beginPath();
        for (ProjectedWorld.PRing r : world.rings(id)) {
            double[] x = r.x(), y = r.y();
            g.moveTo(v.toScreenX(x[0]), v.toScreenY(y[0]));
            for (int i = 1; i < x.length; i++) {
                g.lineTo(v.toScreenX(x[i]), v.toScreenY(y[i]));
            }
            g.closePath();
        }
    }

    /** The map's edge: the +/-180 meridians joined at the poles. */
    private void outline(GraphicsContext g, Viewport v) {
        g.beginPath();
        for (int lat = -90; lat <= 90; lat += 2) {
            lineOrMove(g, v, -180, lat, lat == -90);
        }
        for (int lat = 90; lat >= -90; lat -= 2) {
            lineOrMove(g, v, 180, lat, false);
        }
        g.closePath();
    }

    private void graticule(GraphicsContext g, Viewport v) {
        g.setStroke(MapStyle.GRATICULE);
        g.setLineWidth(0.8);
        for (int lon = -150; lon <= 150; lon += 30) {
            g.beginPath();
            for (int lat = -90; lat <= 90; lat += 5) {
                lineOrMove(g, v, lon, lat, lat == -90);
            }
            g.stroke();
        }
        for (int lat = -60; lat <= 60; lat += 30) {
            g.beginPath();
            lineOrMove(g, v, -180, lat, true);
            lineOrMove(g, v, 180, lat, false);
            g.stroke();
        }
    }

    private void lineOrMove(GraphicsContext g, Viewport v, double lon, double lat, boolean move) {
        var p = projection.project(lon, lat);
        double sx = v.toScreenX(p.getX()), sy = v.toScreenY(p.getY());
        if (move) {
            g.moveTo(sx, sy);
        } else {
            g.lineTo(sx, sy);
        }
    }

    static javafx.scene.text.Font labelFont(double size) {
        return Fonts.font(size);
    }
}
