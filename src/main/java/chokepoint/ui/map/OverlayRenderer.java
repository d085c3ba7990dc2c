package chokepoint.ui.map;

import chokepoint.ui.common.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Draws flow arrows, marker badges and the hover info box over the base map. */
final class OverlayRenderer {

    static final double MARKER_RADIUS = 9;

    private final Projection projection;
    /** Screen positions {x, y} of the markers drawn last, same order as the model's list. */
    private final List<double[]> markerPositions = new ArrayList<>();

    OverlayRenderer(Projection projection) {
        this.projection = projection;
    }

    /** @param clipToMap sets the current path to the map outline (for wrapped flows) */
    void draw(GraphicsContext g, Viewport v, MapModel m, Runnable clipToMap) {
        new FlowPainter(projection, g, v).paint(m.flows, m.flowsWrap, clipToMap);
        markers(g, v, m.markers);
        infoBox(g, v, m);
    }

    /** The marker drawn at local pixel (x, y), or null. */
    MapMarker markerAt(List<MapMarker> markers, double x, double y) {
        for (int i = markerPositions.size() - 1; i >= 0 && i < markers.size(); i--) {
            double[] p = markerPositions.get(i);
            if (Math.hypot(p[0] - x, p[1] - y) <= MARKER_RADIUS + 2) {
                return markers.get(i);
            }
        }
        return null;
    }

    private double[] screen(Viewport v, double lon, double lat) {
        var p = projection.project(lon, lat);
        return new double[] {v.toScreenX(p.getX()), v.toScreenY(p.getY())};
    }

    private void markers(GraphicsContext g, Viewport v, List<MapMarker> markers) {
        markerPositions.clear();
        Map<Long, Integer> stacked = new HashMap<>();
        for (MapMarker mk : markers) {
            double[] p = screen(v, mk.lon(), mk.lat());
            long key = Math.round(p[0] / 4) * 100_000 + Math.round(p[1] / 4);
            int n = stacked.merge(key, 1, Integer::sum) - 1;
            double x = p[0] + 12 + n * (2 * MARKER_RADIUS + 2);
            double y = p[1] - 12;
            markerPositions.add(new double[] {x, y});
            badge(g, mk, x, y);
        }
    }

    private static void badge(GraphicsContext g, MapMarker mk, double x, double y) {
        double r = MARKER_RADIUS;
        g.setFill(Color.color(0, 0, 0, 0.25));
        g.fillOval(x - r + 1, y - r + 1.5, 2 * r, 2 * r);
        g.setFill(mk.color());
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.6);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.WHITE);
        switch (mk.symbol()) {
            case LOCK -> {
                g.strokeArc(x - 3, y - 6, 6, 7, 0, 180, javafx.scene.shape.ArcType.OPEN);
                g.strokeLine(x - 3, y - 2.5, x - 3, y - 1);
                g.strokeLine(x + 3, y - 2.5, x + 3, y - 1);
                g.fillRect(x - 4.5, y - 1, 9, 6.5);
            }
            case CROSS -> {
                g.setLineWidth(2.2);
                g.strokeLine(x - 4, y - 4, x + 4, y + 4);
                g.strokeLine(x - 4, y + 4, x + 4, y - 4);
            }
            case ALERT -> {
                g.setLineWidth(2.4);
                g.strokeLine(x, y - 5, x, y + 1);
                g.fillOval(x - 1.5, y + 3, 3, 3);
            }
            case DOT -> g.fillOval(x - 3, y - 3, 6, 6);
        }
    }

    /** Name and caller text of the hovered country, or the hovered marker's text. */
    private void infoBox(GraphicsContext g, Viewport v, MapModel m) {
        String text = null;
        if (m.hoveredMarker != null && !m.hoveredMarker.tooltip().isBlank()) {
            text = m.hoveredMarker.tooltip();
        } else if (m.hovered != null) {
            text = m.tooltip.apply(m.hovered);
            for (ZoneOutline z : m.zones) {
                if (text != null && z.label() != null && z.countryIds().contains(m.hovered)) {
                    text += "\n" + I18n.get("map.tooltip.zone", z.label());
                }
            }
        }
        if (text == null || text.isBlank() || Double.isNaN(m.mouseX)) {
            return;
        }
        Font font = MapRenderer.labelFont(13);
        Text probe = new Text(text);
        probe.setFont(font);
        double tw = probe.getLayoutBounds().getWidth();
        double th = probe.getLayoutBounds().getHeight();
        double x = Math.min(m.mouseX + 16, v.width() - tw - 18);
        double y = Math.min(m.mouseY + 18, v.height() - th - 14);
        x = Math.max(4, x);
        y = Math.max(4, y);
        g.setFill(Color.color(1, 1, 1, 0.95));
        g.fillRoundRect(x, y, tw + 14, th + 8, 8, 8);
        g.setStroke(Color.web("#5b6b7c"));
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, tw + 14, th + 8, 8, 8);
        g.setFill(MapStyle.TEXT);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, x + 7, y + 4);
    }

    static void haloText(GraphicsContext g, String s, double x, double y, Font font, Color color,
                         TextAlignment align, VPos baseline) {
        g.setFont(font);
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.setStroke(MapStyle.HALO);
        g.setLineWidth(3);
        g.strokeText(s, x, y);
        g.setFill(color);
        g.fillText(s, x, y);
    }
}
