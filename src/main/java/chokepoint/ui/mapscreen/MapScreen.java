package chokepoint.ui.mapscreen;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.common.Fonts;
import chokepoint.ui.common.I18n;
import chokepoint.ui.map.FlowArrow;
import chokepoint.ui.map.MapLegend;
import chokepoint.ui.map.MapMarker;
import chokepoint.ui.map.Palette;
import chokepoint.ui.map.SelectableGroup;
import chokepoint.ui.map.WorldGeometry;
import chokepoint.ui.map.WorldMapView;
import chokepoint.ui.map.ZoneOutline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The world map coloured by a lens (leverage, dependence on the largest supplier, stockpile cover, shortage),
 * with the chosen market's trade flows, export controls and trade zones, and a country panel for the selected
 * actor. Host it with {@link #view()}; call {@link #refresh()} after each turn and {@link #showTurn(int)} to
 * scrub to a past turn. Controls and zones come from {@link #setPolicies(Supplier)} (the live state: only its
 * public lists are read); without it the map still shows imports held back by controls, from the records.
 */
public final class MapScreen {
    private static final Color FLOW_COLOR = Color.web("#1f3b57", 0.85);
    private static final Color BLOCK_COLOR = Color.web("#c62828", 0.9);
    private static final Color[] ZONE_COLORS = {Color.web("#6a3d9a"), Color.web("#e66100"), Color.web("#1b7837")};

    private final MapScreenModel model;
    private final WorldMapView map = new WorldMapView();
    private final MapLegend legend = new MapLegend();
    private final CountryPanel panel;
    private final BorderPane root = new BorderPane();
    private final StackPane mapArea;
    private final ComboBox<MapLens> lensBox = new ComboBox<>();
    private final ComboBox<Integer> marketBox = new ComboBox<>();
    private final ComboBox<Integer> turnBox = new ComboBox<>();
    private final ComboBox<Integer> actorBox = new ComboBox<>();
    private final CheckBox flowsBox = new CheckBox();
    private final Label lensLabel = new Label();
    private final Label marketLabel = new Label();
    private final Label turnLabel = new Label();
    private final Label actorLabel = new Label();
    private final Map<String, Integer> actorOfCountry = new HashMap<>();
    private Palette sequential = Palette.HIGH_CONTRAST;
    private Palette diverging = Palette.BLUE_ORANGE;
    private boolean updating;
    private int selectedActor = -1;
    private Runnable onViewChanged = () -> { };

    /**
     * @param history the records the viewer may see (redacted for a seat), turn 0 first
     * @param seat the viewing seat, or null for the public/facilitator view
     * @param i18n unused: the shared {@link I18n} is static; kept for the screens' common constructor shape
     */
    public MapScreen(Scenario scenario, Supplier<List<TurnRecord>> history, String seat, I18n i18n) {
        this.model = new MapScreenModel(scenario, history, seat);
        this.panel = new CountryPanel(model);
        this.mapArea = new StackPane();
        for (int a = 0; a < scenario.actorCount(); a++) {
            for (String id : scenario.actors().get(a).mapIds()) actorOfCountry.putIfAbsent(id, a);
        }
        build();
        WeakReference<MapScreen> self = new WeakReference<>(this);
        I18n.addListener(l -> {
            MapScreen s = self.get();
            if (s != null) s.relabel();
        });
        relabel();
        if (model.seatIndex() >= 0) selectActor(model.seatIndex());
    }

    public Node view() { return root; }

    public MapScreenModel model() { return model; }

    public WorldMapView map() { return map; }

    /** The map with its legend (without tool bar and panel), e.g. for a snapshot. */
    public StackPane mapArea() { return mapArea; }

    /** The country panel's content (tests). */
    public javafx.scene.layout.VBox panelContent() { return panel.content(); }

    /** Controls and zones in force, from the live game state (only its public lists are read). */
    public void setPolicies(Supplier<GameState> state) {
        model.setPolicies(state == null ? null : () -> PublicPolicies.of(state.get()));
        redrawMap();
    }

    /** The same from a ready-made public record (tests, replays). */
    public void setPublicPolicies(Supplier<PublicPolicies> policies) {
        model.setPolicies(policies);
        redrawMap();
    }

    /** Shows a past turn (0 = start); a negative turn follows the latest record. */
    public void showTurn(int turn) {
        model.showTurn(turn);
        refresh();
    }

    public void setLens(MapLens lens) {
        model.setLens(lens);
        refresh();
        onViewChanged.run();
    }

    /** Called after the lens or the selected actor changes (e.g. the tutorial watches what is shown). */
    public void setOnViewChanged(Runnable r) {
        onViewChanged = r == null ? () -> { } : r;
    }

    public void setMarket(int market) {
        model.setMarket(market);
        refresh();
    }

    /** Shows or hides the trade-flow arrows (held-back imports stay drawn). */
    public void setShowFlows(boolean show) {
        flowsBox.setSelected(show);
        refresh();
    }

    /**
     * Colour-blind-safe palettes from the settings: sequential lenses (default {@link Palette#HIGH_CONTRAST}, light
     * for low values) and leverage lenses (default {@link Palette#BLUE_ORANGE}, diverging around 0).
     */
    public void setPalettes(Palette sequential, Palette diverging) {
        this.sequential = sequential == null ? Palette.HIGH_CONTRAST : sequential;
        this.diverging = diverging == null ? Palette.BLUE_ORANGE : diverging;
        redrawMap();
    }

    /** Selects an actor as a click on its country would, and opens its panel. */
    public void selectActor(int actor) {
        selectedActor = actor;
        updating = true;
        actorBox.setValue(actor < 0 ? null : actor);
        updating = false;
        panel.show(actor);
        onViewChanged.run();
    }

    public int selectedActor() { return selectedActor; }

    /** Colour the map gives an actor's countries now (null when it has no data). */
    public Color colorOf(int actor) {
        double v = model.value(actor);
        return Double.isNaN(v) ? null : paletteFor().color(model.normalized(v));
    }

    /** Re-reads the history and redraws everything. */
    public void refresh() {
        updating = true;
        List<TurnRecord> rs = model.records();
        List<Integer> turns = new ArrayList<>();
        for (TurnRecord r : rs) turns.add(r.turn);
        if (!turns.equals(turnBox.getItems())) turnBox.getItems().setAll(turns);
        turnBox.setValue(rs.isEmpty() ? null : model.shownTurn());
        lensBox.setValue(model.lens());
        marketBox.setValue(model.market());
        marketBox.setDisable(!model.lens().perMarket() && !flowsBox.isSelected());
        updating = false;
        redrawMap();
        panel.show(selectedActor);
    }

    // ---- building -----------------------------------------------------------------------------

    private void build() {
        Scenario sc = model.scenario();
        lensBox.getItems().setAll(model.lenses());
        lensBox.setConverter(converter(l -> UiText.tr(l.key())));
        lensBox.setOnAction(e -> { if (!updating && lensBox.getValue() != null) setLens(lensBox.getValue()); });
        for (int m = 0; m < sc.marketCount(); m++) marketBox.getItems().add(m);
        marketBox.setConverter(converter(m -> UiText.market(sc, m)));
        marketBox.setOnAction(e -> { if (!updating && marketBox.getValue() != null) setMarket(marketBox.getValue()); });
        marketBox.setVisibleRowCount(12);
        turnBox.setConverter(converter(this::turnText));
        turnBox.setOnAction(e -> { if (!updating && turnBox.getValue() != null) showTurn(latestTurn() == turnBox.getValue() ? -1 : turnBox.getValue()); });
        turnBox.setVisibleRowCount(12);
        for (int a = 0; a < sc.actorCount(); a++) actorBox.getItems().add(a);
        actorBox.setConverter(converter(a -> UiText.actor(sc, a)));
        actorBox.setOnAction(e -> { if (!updating && actorBox.getValue() != null) selectActor(actorBox.getValue()); });
        actorBox.setVisibleRowCount(15);
        flowsBox.setSelected(true);
        flowsBox.setOnAction(e -> refresh());
        lensBox.setId("mapscreen-lens");
        marketBox.setId("mapscreen-market");
        turnBox.setId("mapscreen-turn");
        actorBox.setId("mapscreen-actor");

        FlowPane bar = new FlowPane(14, 6,
                group(lensLabel, lensBox), group(marketLabel, marketBox), flowsBox,
                group(turnLabel, turnBox), group(actorLabel, actorBox));
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-background-color: #f4f6f8; -fx-border-color: transparent transparent #c8d0d8 transparent;");

        List<SelectableGroup> groups = new ArrayList<>();
        for (int a = 0; a < sc.actorCount(); a++) {
            ActorDef ad = sc.actors().get(a);
            if (!ad.mapIds().isEmpty()) groups.add(new SelectableGroup(ad.id(), UiText.actor(sc, a), Set.copyOf(ad.mapIds())));
        }
        map.setSelectableGroups(groups);
        map.setOnGroupSelected(id -> selectActor(sc.actorIndex(id)));
        map.setOnCountrySelected(id -> { if (!actorOfCountry.containsKey(id)) selectActor(-1); });
        map.setTooltipProvider(this::tooltip);

        mapArea.getChildren().addAll(map, legend);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legend, new Insets(10));
        mapArea.setMinSize(0, 0);
        root.setTop(bar);
        root.setCenter(mapArea);
        root.setRight(panel.view());
        Fonts.applyTo(root);
    }

    private static HBox group(Label label, Node control) {
        HBox h = new HBox(6, label, control);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T t) { return t == null ? "" : f.apply(t); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private String turnText(int turn) {
        for (TurnRecord r : model.records()) if (r.turn == turn) return UiText.turnLabel(r);
        return Integer.toString(turn);
    }

    private int latestTurn() {
        List<TurnRecord> rs = model.records();
        return rs.isEmpty() ? 0 : rs.get(rs.size() - 1).turn;
    }

    private void relabel() {
        lensLabel.setText(UiText.tr("mapscreen.lens"));
        marketLabel.setText(UiText.tr("mapscreen.market"));
        turnLabel.setText(UiText.tr("mapscreen.turn"));
        actorLabel.setText(UiText.tr("mapscreen.country"));
        flowsBox.setText(UiText.tr("mapscreen.showFlows"));
        // converters read the language on each call: force the boxes to re-render
        for (ComboBox<?> b : List.of(lensBox, marketBox, turnBox, actorBox)) relabelBox(b);
        refresh();
    }

    private static <T> void relabelBox(ComboBox<T> box) {
        UiText.fontedCells(box); // new cells read the converter in the new language
    }

    // ---- drawing ------------------------------------------------------------------------------

    private Palette paletteFor() {
        return model.lens().diverging() ? diverging : sequential;
    }

    private void redrawMap() {
        Scenario sc = model.scenario();
        double[] values = model.values();
        Palette p = paletteFor();
        Map<String, Color> colors = new HashMap<>();
        for (var e : actorOfCountry.entrySet()) {
            double v = values[e.getValue()];
            if (!Double.isNaN(v)) colors.put(e.getKey(), p.color(model.normalized(v)));
        }
        map.setCountryColors(colors);
        updateLegend(p);
        List<FlowArrow> arrows = new ArrayList<>();
        if (flowsBox.isSelected()) {
            int labelled = 0;
            for (MapScreenModel.FlowLine f : model.flows()) {
                if (anchor(f.seller()) == null || anchor(f.buyer()) == null) continue;
                String label = labelled++ < LABELLED_FLOWS ? UiText.num(f.quantity()) + " " + UiText.unit(sc, model.market()) : null;
                arrows.add(FlowArrow.between(anchor(f.seller()), anchor(f.buyer()), f.quantity(), FLOW_COLOR, label));
            }
        }
        List<MapScreenModel.BlockLine> blocks = new ArrayList<>(model.blocks());
        blocks.sort((x, y) -> Double.compare(y.quantity(), x.quantity()));
        int labelledBlocks = 0;
        for (MapScreenModel.BlockLine b : blocks) {
            if (anchor(b.controller()) == null || anchor(b.buyer()) == null) continue;
            String label = labelledBlocks++ < LABELLED_FLOWS
                    ? UiText.tr("mapscreen.blockedLabel", UiText.num(b.quantity()), UiText.unit(sc, b.market())) : null;
            arrows.add(FlowArrow.between(anchor(b.controller()), anchor(b.buyer()), b.quantity(), BLOCK_COLOR, label));
        }
        map.setFlows(arrows);
        map.setMarkers(markers());
        List<ZoneOutline> zones = new ArrayList<>();
        int i = 0;
        for (MapScreenModel.ZoneLine z : model.zones()) {
            Set<String> ids = new HashSet<>();
            for (int a : z.members()) ids.addAll(sc.actors().get(a).mapIds());
            if (!ids.isEmpty()) zones.add(new ZoneOutline(ids, ZONE_COLORS[i++ % ZONE_COLORS.length], 3, z.name()));
        }
        map.setZones(zones);
    }

    /** Size of the flows labelled with their volume (the rest are drawn without text). */
    private static final int LABELLED_FLOWS = 3;

    private List<MapMarker> markers() {
        Scenario sc = model.scenario();
        List<MapMarker> out = new ArrayList<>();
        Map<Integer, List<String>> targeted = new java.util.LinkedHashMap<>();
        Map<Integer, List<String>> controlling = new java.util.LinkedHashMap<>();
        Map<Integer, Boolean> bans = new HashMap<>();
        for (MapScreenModel.ControlLine c : model.controls()) {
            String mode = UiText.tr("mapscreen.control." + c.mode().name().toLowerCase(java.util.Locale.ROOT));
            String whom = c.targetKind() == chokepoint.engine.state.Target.Kind.ACTORS
                    ? String.join(", ", c.targets().stream().map(t -> UiText.actor(sc, t)).toList())
                    : c.targetKind() == chokepoint.engine.state.Target.Kind.ALL ? UiText.tr("timeline.news.everyone")
                    : UiText.tr("mapscreen.outsideZone");
            controlling.computeIfAbsent(c.controller(), k -> new ArrayList<>()).add(UiText.tr("mapscreen.controlTooltip",
                    mode, UiText.actor(sc, c.controller()), UiText.market(sc, c.market()), whom));
            bans.merge(c.controller(), c.mode() == ControlMode.BAN, Boolean::logicalOr);
            if (c.targetKind() != chokepoint.engine.state.Target.Kind.ACTORS) continue; // "everyone" would cover the map
            for (int t : c.targets()) {
                targeted.computeIfAbsent(t, k -> new ArrayList<>()).add(UiText.tr("mapscreen.targetTooltip",
                        UiText.actor(sc, t), mode, UiText.actor(sc, c.controller()), UiText.market(sc, c.market())));
            }
        }
        controlling.forEach((a, lines) -> {
            double[] at = anchor(a);
            if (at != null) out.add(MapMarker.at(at, bans.get(a) ? MapMarker.Symbol.CROSS : MapMarker.Symbol.LOCK, null,
                    String.join("\n", lines)));
        });
        targeted.forEach((a, lines) -> {
            double[] at = anchor(a);
            if (at != null) out.add(MapMarker.at(at, MapMarker.Symbol.ALERT, Color.web("#e65100"), String.join("\n", lines)));
        });
        if (model.seatIndex() >= 0 && anchor(model.seatIndex()) != null) {
            out.add(MapMarker.at(anchor(model.seatIndex()), MapMarker.Symbol.DOT, Color.web("#111111"),
                    UiText.tr("mapscreen.you", UiText.actor(sc, model.seatIndex()))));
        }
        return out;
    }

    private void updateLegend(Palette p) {
        Scenario sc = model.scenario();
        MapScreenModel.Scale s = model.scale();
        MapLens l = model.lens();
        legend.setPalette(p);
        legend.setTitle(UiText.tr("mapscreen.legend." + l.name().toLowerCase(java.util.Locale.ROOT),
                UiText.market(sc, model.market()), model.seatIndex() < 0 ? "" : UiText.actor(sc, model.seatIndex())));
        switch (s.unit()) {
            case POINTS -> legend.setRange(UiText.signed(s.min()), "0", UiText.signed(s.max()));
            case SHARE -> legend.setRange("0%", "50%", "100%");
            case DAYS -> legend.setRange(UiText.days(s.min()), UiText.days(s.mid()), UiText.days(s.max()));
        }
    }

    /** Arrow anchor {lon, lat} of an actor, or null if it is not on the map. */
    private double[] anchor(int actor) {
        ActorDef ad = model.scenario().actors().get(actor);
        if (ad.mapIds().isEmpty()) return null;
        String id = "EU".equals(ad.id()) && ad.mapIds().size() > 1 ? WorldGeometry.EU : ad.mapIds().get(0);
        return map.geometry().centroidOf(id).orElse(null);
    }

    private String tooltip(String countryId) {
        Integer a = actorOfCountry.get(countryId);
        String name = map.countryName(countryId);
        if (a == null) return name;
        Scenario sc = model.scenario();
        String actorName = UiText.actor(sc, a);
        String label = sc.actors().get(a).mapIds().size() > 1 ? name + " (" + actorName + ")" : actorName;
        return UiText.tr("map.tooltip.countryValue", label, format(model.value(a)));
    }

    String format(double v) {
        return switch (model.scale().unit()) {
            case POINTS -> UiText.signed(v);
            case SHARE -> UiText.pct(v);
            case DAYS -> UiText.days(v);
        };
    }
}
