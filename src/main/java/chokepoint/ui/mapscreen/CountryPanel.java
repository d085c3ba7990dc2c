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
import javafx.scene.control.TitledPane;
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
            TitledPane p = pane(UiText.tr("mapscreen.panel.leverageOver", UiText.actor(sc, lf.other()),
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
            TitledPane p = pane(UiText.market(sc, m.market()), marketBox(actor, m));
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
        TitledPane imports = pane(UiText.tr("mapscreen.panel.imports", qty(m.imports(), unit)), supplierTable(ib.rows(), unit));
        imports.setExpanded(false);
        imports.setId("imports");
        ShortageBreakdown sb = model.shortageBreakdown(actor, m.market());
        TitledPane shortage = pane(UiText.tr("mapscreen.panel.shortage", qty(m.shortage(), unit),
                UiText.pct(m.shortageShare())), shortageBox(sb, unit));
        shortage.setExpanded(false);
        shortage.setId("shortage");
        if (m.shortage() > 0) shortage.getGraphic().setStyle("-fx-text-fill: #b3261e;");
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

    /** Leverage decomposition: one line per market term, then the total. */
    static Node leverageTable(Scenario sc, LeverageBreakdown b) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(2);
        String[] heads = {"mapscreen.term.market", "mapscreen.term.dependence", "mapscreen.term.alternatives",
                "mapscreen.term.stock", "mapscreen.term.exposure", "mapscreen.term.gdpWeight", "mapscreen.term.points"};
        for (int c = 0; c < heads.length; c++) {
            Label h = small(UiText.tr(heads[c]));
            h.setStyle(h.getStyle() + "-fx-font-weight: bold;");
            g.add(h, c, 0);
        }
        int r = 1;
        for (LeverageRow x : b.rows()) {
            String who = x.sign() > 0 ? "" : "← ";
            g.add(small(who + UiText.market(sc, x.market())), 0, r);
            g.add(small(UiText.pct(x.dependence())), 1, r);
            g.add(small(UiText.pct(x.alternativeCover())), 2, r);
            g.add(small(UiText.pct(x.stockCover())), 3, r);
            g.add(small(UiText.pct(x.exposure())), 4, r);
            g.add(small(UiText.num(x.gdpWeight())), 5, r);
            g.add(small(UiText.signed(x.signedPoints())), 6, r);
            r++;
        }
        if (b.otherPoints() != 0) {
            g.add(small(UiText.tr("mapscreen.term.other")), 0, r);
            g.add(small(UiText.signed(b.otherPoints())), 6, r++);
        }
        Label total = small(UiText.tr("mapscreen.term.total"));
        total.setStyle(total.getStyle() + "-fx-font-weight: bold;");
        g.add(total, 0, r);
        Label tv = small(UiText.signed(b.total()));
        tv.setStyle(tv.getStyle() + "-fx-font-weight: bold;");
        g.add(tv, 6, r);
        return g;
    }

    private Node leverageTable(LeverageBreakdown b) {
        Scenario sc = model.scenario();
        Label note = small(UiText.tr("mapscreen.term.note", UiText.actor(sc, b.dependent()), UiText.actor(sc, b.holder())));
        note.setWrapText(true);
        ScrollPane sp = new ScrollPane(leverageTable(sc, b));
        sp.setFitToHeight(true);
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setPrefViewportHeight(sp.getContent().prefHeight(-1) + 4);
        return new VBox(4, note, sp);
    }

    /** A collapsible pane whose title wraps instead of running under the scroll bar. */
    private TitledPane pane(String title, Node content) {
        Label t = new Label(title);
        t.setWrapText(true);
        t.maxWidthProperty().bind(scroll.widthProperty().subtract(70));
        TitledPane p = new TitledPane();
        p.setGraphic(t);
        p.setText(null);
        p.setContent(content);
        p.setMaxWidth(Double.MAX_VALUE);
        p.setMinWidth(0);
        p.setAccessibleText(title);
        return p;
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
