package chokepoint.ui.report;

import chokepoint.ui.app.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** A seat's turn report (or the briefing before turn 1): headline first, then the rest by importance. */
public final class ReportView {
    private final ReportViewModel vm;

    public ReportView(ReportViewModel vm) {
        this.vm = vm;
    }

    public Node view() {
        Label title = new Label(vm.title());
        title.getStyleClass().add("screen-title");
        title.setId("reportTitle");
        FlowPane figures = new FlowPane(24, 6);
        for (String f : vm.figures()) {
            Label l = new Label(f);
            l.getStyleClass().add("figure");
            figures.getChildren().add(l);
        }
        VBox lines = new VBox(10);
        lines.setId("reportLines");
        var all = vm.lines();
        if (all.isEmpty()) lines.getChildren().add(new Label(Texts.get("report.quiet")));
        boolean first = true;
        for (ReportViewModel.Line line : all) {
            Label l = new Label((line.privateNews() ? Texts.get("report.privateMark") + " " : "") + line.text());
            l.setWrapText(true);
            l.getStyleClass().add(first ? "headline" : "news-" + Math.max(0, Math.min(3, line.importance())));
            if (line.privateNews()) l.getStyleClass().add("news-private");
            VBox item = new VBox(2, l);
            if (!line.detail().isBlank()) {
                Label d = new Label(line.detail());
                d.setWrapText(true);
                d.getStyleClass().add("news-detail");
                item.getChildren().add(d);
            }
            lines.getChildren().add(item);
            first = false;
        }
        Label legend = new Label(Texts.get("report.legend"));
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        VBox box = new VBox(12, title, figures, lines, legend);
        box.getStyleClass().add("report");
        ScrollPane sp = new ScrollPane(box);
        sp.setFitToWidth(true);
        return sp;
    }
}
