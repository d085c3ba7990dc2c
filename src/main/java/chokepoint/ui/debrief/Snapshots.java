package chokepoint.ui.debrief;

import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.common.Fonts;
import chokepoint.ui.mapscreen.MapLens;
import chokepoint.ui.mapscreen.MapScreen;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.LineChart;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders the debrief's charts and final map off-screen as PNG bytes for the HTML export (FX thread). */
final class Snapshots {
    private Snapshots() {}

    static Map<String, byte[]> render(DebriefModel model, DebriefExporter exporter) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        Scenario sc = model.scenario();
        out.put("leverage", chart(DebriefScreen.leverageChart(model)));
        if (exporter.priceStage() != null) out.put("prices", chart(DebriefScreen.priceChart(model, exporter.priceStage())));
        if (exporter.dependenceMarket() >= 0) {
            out.put("dependence", chart(DebriefScreen.dependenceChart(model, exporter.dependenceMarket())));
        }
        MapScreen map = new MapScreen(sc, model::records, null, null);
        map.setLens(MapLens.NET_LEVERAGE);
        for (javafx.scene.Node n : map.map().getChildrenUnmodifiable()) {
            if (!(n instanceof javafx.scene.canvas.Canvas)) n.setVisible(false); // zoom buttons mean nothing on paper
        }
        StackPane area = map.mapArea();
        ((javafx.scene.layout.BorderPane) area.getParent()).setCenter(null); // move it to the snapshot scene
        out.put("map", png(area, 1200, 620));
        return out;
    }

    private static byte[] chart(LineChart<Number, Number> c) {
        return png(c, 820, 420);
    }

    static byte[] png(Parent node, double w, double h) {
        StackPane holder = new StackPane(node);
        Fonts.applyTo(holder);
        holder.setStyle(holder.getStyle() + " -fx-background-color: white;");
        Scene scene = new Scene(holder, w, h, Color.WHITE);
        holder.applyCss();
        holder.layout();
        WritableImage img = holder.snapshot(new SnapshotParameters(), null);
        holder.getChildren().clear();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
