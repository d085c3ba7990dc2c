package chokepoint.ui.mapscreen;

import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.mapscreen.Breakdowns.ImportBreakdown;
import chokepoint.ui.mapscreen.Breakdowns.LeverageBreakdown;
import chokepoint.ui.mapscreen.Breakdowns.LeverageRow;
import chokepoint.ui.mapscreen.Breakdowns.ShortageBreakdown;
import chokepoint.ui.mapscreen.Breakdowns.SupplierRow;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The selected actor's figures at the shown turn. Figures that are made of parts (leverage, imports,
 * shortage) are collapsible panes: opening one shows its decomposition.
 */
final class CountryPanel {
    static final double WIDTH = 380;

    private final MapScreenModel model;
    private final VBox box = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(box);

    CountryPanel(MapScreenModel model) {
        this.model = model;
        box.setPadding(new Insets(10));
        box.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(WIDTH);
        scroll.setMinWidth(300);
        scroll.setId("mapscreen-panel");
    }

    Node view() { return scroll; }

    VBox content() { return box; }

    void show(int actor) {
        box.getChildren().clear();
        Scenario sc = model.scenario();
        CountryFigures f = actor < 0 ? null : model.figures(actor);
        if (f == null) {
            Label hint = new Label(UiText.tr("mapscreen.panel.hint"));
            hint.setWrapText(true);
            box.getChildren().add(hint);
            return;
        }
        Label title = new Label(UiText.actor(sc, actor));
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        title.setWrapText(true);
        String when = UiText.turnLabel(model.record());
        Label sub = new Label(f.exact() ? when : when + " · " + UiText.tr("mapscreen.panel.estimates"));
        sub.setWrapText(true);
        sub.setStyle("-fx-text-fill: #4a5866;");
        GridPane top = grid();
        row(top, 0, UiText.tr("mapscreen.panel.gdpIndex"), UiText.num(f.gdpIndex()));
        row(top, 1, UiText.tr("mapscreen.panel.score"), UiText.num(f.score()));
        row(top, 2, UiText.tr("mapscreen.panel.budget"),
                (f.exact() ? "" : "≈ ") + UiText.usdBn(f.budget()));
        box.getChildren().addAll(title, sub, top);

        box.getChildren().add(heading(UiText.tr("mapscreen.panel.leverage")));
        for (CountryFigures.LeverageFigure lf : f.leverage()) {
            if (Math.abs(lf.value()) < 1e-9 && model.leverageBreakdown(actor, lf.other()).rows().isEmpty()) continue;
            Disclosure p = pane(UiText.tr("mapscreen.panel.leverageOver", UiText.actor(sc, lf.other()),
                    UiText.signed(lf.value())), leverageTable(model.leverageBreakdown(actor, lf.other())));
            p.setExpanded(false);
            p.setId("lev-" + sc.actors().get(lf.other()).id());
            box.getChildren().add(p);
        }
        if (box.getChildren().get(box.getChildren().size() - 1) instanceof Label) {
            box.getChildren().add(new Label(UiText.tr("mapscreen.panel.noLeverage")));
        }

        box.getChildren().add(heading(UiText.tr("mapscreen.panel.markets")));
        List<CountryFigures.MarketFigures> ms = new ArrayList<>(f.markets());
        ms.removeIf(m -> !m.active());
        ms.sort((a, b) -> Boolean.compare(a.market() != model.market(), b.market() != model.market()));
        for (CountryFigures.MarketFigures m : ms) {
            Disclosure p = pane(UiText.market(sc, m.market()), marketBox(actor, m));
            p.setExpanded(m.market() == model.market());
            p.setId("market-" + sc.market(m.market()).key());
            box.getChildren().add(p);
        }
    }

    private Node marketBox(int actor, CountryFigures.MarketFigures m) {
        Scenario sc = model.scenario();
        String unit = UiText.unit(sc, m.market());
        GridPane g = grid();
        int r = 0;
        row(g, r++, UiText.tr("mapscreen.panel.production"), qty(m.production(), unit));
        row(g, r++, UiText.tr("mapscreen.panel.use"), qty(m.use(), unit));
        row(g, r++, UiText.tr("mapscreen.panel.stock"), UiText.days(m.stockDays()) + "  (" + qty(m.stock(), unit) + ")");
        row(g, r++, UiText.tr("mapscreen.panel.largestSupplier"), m.largestSupplier() < 0 ? "–"
                : UiText.actor(sc, m.largestSupplier()) + " " + UiText.pct(m.largestSupplierShare()));
        VBox v = new VBox(4, g);
        ImportBreakdown ib = model.importBreakdown(actor, m.market());
        Disclosure imports = pane(UiText.tr("mapscreen.panel.imports", qty(m.imports(), unit)), supplierTable(ib.rows(), unit));
        imports.setExpanded(false);
        imports.setId("imports");
        ShortageBreakdown sb = model.shortageBreakdown(actor, m.market());
        Disclosure shortage = pane(UiText.tr("mapscreen.panel.shortage", qty(m.shortage(), unit),
                UiText.pct(m.shortageShare())), shortageBox(sb, unit));
        shortage.setExpanded(false);
        shortage.setId("shortage");
        if (m.shortage() > 0) shortage.header().setStyle(shortage.header().getStyle() + "-fx-text-fill: #b3261e;");
        v.getChildren().addAll(imports, shortage);
        return v;
    }

    private Node shortageBox(ShortageBreakdown sb, String unit) {
        Scenario sc = model.scenario();
        GridPane g = grid();
        int r = 0;
        row(g, r++, UiText.tr("mapscreen.panel.demand"), qty(sb.demand(), unit));
        row(g, r++, UiText.tr("mapscreen.panel.unmet"), qty(sb.shortage(), unit) + " (" + UiText.pct(sb.shortageShare()) + ")");
        row(g, r++, UiText.tr("mapscreen.panel.blocked"), sb.blockedBy() < 0 ? UiText.tr("mapscreen.panel.none")
                : UiText.tr("mapscreen.panel.blockedBy", qty(sb.blocked(), unit), UiText.actor(sc, sb.blockedBy())));
        VBox v = new VBox(4, g, small(UiText.tr("mapscreen.panel.supplySources")), supplierTable(sb.supply(), unit));
        return v;
    }

    private Node supplierTable(List<SupplierRow> rows, String unit) {
        Scenario sc = model.scenario();
        GridPane g = grid();
        if (rows.isEmpty()) {
            g.add(new Label(UiText.tr("mapscreen.panel.none")), 0, 0);
            return g;
        }
        int r = 0;
        for (SupplierRow s : rows) {
            row(g, r++, UiText.actor(sc, s.supplier()), qty(s.quantity(), unit) + "  " + UiText.pct(s.share()));
        }
        return g;
    }

    /**
     * Leverage decomposition for a narrow panel: per market term a bold line with its points and a wrapped line
     * with the factors, then the total. Reverse terms (the holder's own exposure) are marked and subtract.
     */
    static VBox leverageRows(Scenario sc, LeverageBreakdown b, double width) {
        VBox v = new VBox(3);
        for (LeverageRow x : b.rows()) {
            Label head = new Label((x.sign() > 0 ? "" : "← ") + UiText.market(sc, x.market()) + ":  "
                    + UiText.tr("mapscreen.term.pointsValue", UiText.signed(x.signedPoints())));
            head.setStyle("-fx-font-weight: bold; -fx-font-size: 11px;");
            head.setWrapText(true);
            head.setMaxWidth(width);
            String sep = "  ·  ";
            Label factors = small(UiText.tr("mapscreen.term.dependence") + " " + UiText.pct(x.dependence()) + sep
                    + UiText.tr("mapscreen.term.alternatives") + " " + UiText.pct(x.alternativeCover()) + sep
                    + UiText.tr("mapscreen.term.stock") + " " + UiText.pct(x.stockCover()) + sep
                    + UiText.tr("mapscreen.term.exposure") + " " + UiText.pct(x.exposure()) + sep
                    + UiText.tr("mapscreen.term.gdpWeight") + " " + UiText.num(x.gdpWeight()));
            factors.setWrapText(true);
            factors.setMaxWidth(width);
            factors.setPadding(new Insets(0, 0, 3, 12));
            v.getChildren().addAll(head, factors);
        }
        if (b.otherPoints() != 0) {
            v.getChildren().add(small(UiText.tr("mapscreen.term.other") + ":  " + UiText.signed(b.otherPoints())));
        }
        Label total = new Label(UiText.tr("mapscreen.term.total") + ":  "
                + UiText.tr("mapscreen.term.pointsValue", UiText.signed(b.total())));
        total.setStyle("-fx-font-weight: bold;");
        v.getChildren().add(total);
        return v;
    }

    private Node leverageTable(LeverageBreakdown b) {
        Scenario sc = model.scenario();
        Label note = small(UiText.tr("mapscreen.term.note", UiText.actor(sc, b.dependent()), UiText.actor(sc, b.holder())));
        note.setWrapText(true);
        note.maxWidthProperty().bind(scroll.widthProperty().subtract(60));
        note.setStyle(note.getStyle() + "-fx-text-fill: #4a5866;");
        VBox rows = leverageRows(sc, b, CountryPanel.WIDTH - 60);
        for (Node n : rows.getChildren()) if (n instanceof Label l) l.maxWidthProperty().bind(scroll.widthProperty().subtract(60));
        return new VBox(6, note, rows);
    }

    /** A figure that opens to its parts; its title wraps instead of running under the scroll bar. */
    private Disclosure pane(String title, Node content) {
        return new Disclosure(title, content);
    }

    private static String qty(double q, String unit) {
        return UiText.num(q) + " " + unit;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(3);
        ColumnConstraints a = new ColumnConstraints();
        a.setHgrow(Priority.SOMETIMES);
        ColumnConstraints b = new ColumnConstraints();
        b.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(a, b);
        return g;
    }

    private static void row(GridPane g, int r, String name, String value) {
        Label n = new Label(name);
        n.setStyle("-fx-text-fill: #4a5866;");
        n.setWrapText(true);
        Label v = new Label(value);
        v.setWrapText(true);
        g.add(n, 0, r);
        g.add(v, 1, r);
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-size: 14px; -fx-font-weight: bold; -fx-padding: 6 0 0 0;");
        return l;
    }

    private static Label small(String s) {
        Label l = new Label(s);
        l.setStyle("-fx-font-size: 11px;");
        return l;
    }
}
