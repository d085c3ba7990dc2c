package chokepoint.ui.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Paints flow arrows: curved shafts with a halo, arrowheads and labels. */
final class FlowPainter {

    private final Projection projection;
    private final GraphicsContext g;
    private final Viewport v;

    FlowPainter(Projection projection, GraphicsContext g, Viewport v) {
        this.projection = projection;
        this.g = g;
        this.v = v;
    }

    void paint(List<FlowArrow> flows, boolean wrap, Runnable mapOutline) {
        double max = flows.stream().mapToDouble(FlowArrow::volume).max().orElse(1);
        double grow = Math.sqrt(Math.min(2.5, v.zoom()));
        for (FlowArrow f : flows) {
            double w = (1.2 + 6.5 * Math.sqrt(max <= 0 ? 0 : f.volume() / max)) * grow;
            double dLon = f.toLon() - f.fromLon();
            if (!wrap || Math.abs(dLon) <= 180) {
                arrow(f, f.fromLon(), f.toLon(), w);
                continue;
            }
            // the short way round: two copies shifted by 360 degrees, clipped to the map
            double shift = dLon > 0 ? -360 : 360;
            g.save();
            mapOutline.run();
            g.clip();
            arrow(f, f.fromLon(), f.toLon() + shift, w);
            arrow(f, f.fromLon() - shift, f.toLon(), w);
            g.restore();
        }
    }

    private double[] screen(double lon, double lat) {
        var p = projection.project(lon, lat);
        return new double[] {v.toScreenX(p.getX()), v.toScreenY(p.getY())};
    }

    private void arrow(FlowArrow f, double fromLon, double toLon, double w) {
        double[] a = screen(fromLon, f.fromLat());
        double[] b = screen(toLon, f.toLat());
        // stop short of the anchors so that arrowheads meeting at one country stay apart
        ArrowGeometry geo = new ArrowGeometry(a[0], a[1], b[0], b[1]).trimmed(3, 7);
        double[] start = geo.at(0);
        double[] end = geo.shaftEnd(w);
        g.beginPath();
        g.moveTo(start[0], start[1]);
        g.quadraticCurveTo(geo.cx, geo.cy, end[0], end[1]);
        g.setStroke(MapStyle.HALO);
        g.setLineWidth(w + 2.5);
        g.stroke();
        g.setStroke(f.color().deriveColor(0, 1, 1, 0.9));
        g.setLineWidth(w);
        g.stroke();
        double[] h = geo.head(w);
        double[] hx = {h[0], h[2], h[4]}, hy = {h[1], h[3], h[5]};
        g.setFill(f.color());
        g.setStroke(MapStyle.HALO);
        g.setLineWidth(1.2);
        g.fillPolygon(hx, hy, 3);
        g.strokePolygon(hx, hy, 3);
        if (f.label() != null && !f.label().isBlank()) {
            double[] mid = geo.at(0.5);
            OverlayRenderer.haloText(g, f.label(), mid[0], mid[1] - w / 2 - 3,
                MapRenderer.labelFont(11), MapStyle.TEXT, TextAlignment.CENTER, VPos.BOTTOM);
        }
    }
}
