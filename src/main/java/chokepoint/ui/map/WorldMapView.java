package chokepoint.ui.map;

import chokepoint.ui.common.I18n;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A pannable, zoomable world map drawn on a canvas. It knows no game rules: the caller supplies
 * country colours, flows, markers, zone outlines and the selectable actor groups, and listens for
 * selections. Country ids are ISO 3166-1 numeric strings ("392" = Japan). Countries the fill
 * function leaves null are drawn in neutral grey.
 *
 * <p>Mouse: hover highlights, click selects, drag pans, wheel zooms. Keyboard (when focused):
 * arrows pan, + / - zoom, 0 resets, Tab / Shift+Tab cycle the selectable groups (focus leaves the
 * map after the last one), Enter or Space selects the focused group, Escape clears.
 */
public class WorldMapView extends Region {

    private static final double PAN_STEP = 60;
    private static final double ZOOM_STEP = 1.25;

    private final WorldGeometry geometry;
    private final ProjectedWorld world;
    private final Projection projection;
    private final Viewport viewport;
    private final MapRenderer renderer;
    private final MapModel model = new MapModel();
    private final Canvas canvas = new Canvas();
    private final MapControls controls;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private Consumer<String> onCountrySelected = id -> { };
    private Consumer<String> onGroupSelected = id -> { };

    public WorldMapView() {
        this(WorldGeometry.load(), Projection.robinson());
    }

    public WorldMapView(WorldGeometry geometry, Projection projection) {
        this.geometry = geometry;
        this.projection = projection;
        this.world = new ProjectedWorld(geometry, projection);
        this.viewport = new Viewport(projection.bounds(MapStyle.SOUTH, MapStyle.NORTH));
        this.renderer = new MapRenderer(world, projection);
        this.controls = new MapControls(this);
        model.tooltip = world::name;
        getStyleClass().add("world-map");
        getChildren().addAll(canvas, controls);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(200, 120);
        setPrefSize(1000, 520);
        new MapInput(this).install();
        relabel();
        WeakReference<WorldMapView> self = new WeakReference<>(this);
        I18n.addListener(l -> {
            WorldMapView v = self.get();
            if (v != null) {
                v.relabel();
            }
        });
    }

    private void relabel() {
        setAccessibleText(I18n.get("map.accessibleText"));
        controls.relabel();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.setSize(w, h);
            zoom.set(viewport.zoom());
        }
        double cw = controls.prefWidth(-1), ch = controls.prefHeight(-1);
        controls.resizeRelocate(w - cw - 10, 10, cw, ch);
        redraw();
    }

    /** Repaints now; setters call this themselves. */
    public void redraw() {
        renderer.draw(canvas.getGraphicsContext2D(), viewport, model);
    }

    // ---- data from the caller -------------------------------------------------------------

    /** Colour per country id; null means "no actor / no data" (neutral grey). */
    public void setFill(Function<String, Color> fill) {
        model.fill = fill == null ? id -> null : fill;
        redraw();
    }

    /** Colours from a map; countries not in it are neutral grey. */
    public void setCountryColors(Map<String, Color> colors) {
        Map<String, Color> copy = Map.copyOf(colors);
        setFill(copy::get);
    }

    /** Hover text for a country (default: its English name). Null results show nothing. */
    public void setTooltipProvider(Function<String, String> tooltip) {
        model.tooltip = tooltip == null ? world::name : tooltip;
    }

    public void setFlows(List<FlowArrow> flows) {
        model.flows = List.copyOf(flows);
        redraw();
    }

    /**
     * Whether flows whose ends are more than 180 degrees of longitude apart take the short way
     * round, leaving one edge of the map and re-entering at the other (default true), or cross
     * the whole map.
     */
    public void setFlowsTakeShortestRoute(boolean shortest) {
        model.flowsWrap = shortest;
        redraw();
    }

    public void setMarkers(List<MapMarker> markers) {
        model.markers = List.copyOf(markers);
        model.hoveredMarker = null;
        redraw();
    }

    public void setZones(List<ZoneOutline> zones) {
        model.zones = List.copyOf(zones);
        redraw();
    }

    public void setSelectableGroups(List<SelectableGroup> groups) {
        model.groups = List.copyOf(groups);
        model.focusedGroup = -1;
        redraw();
    }

    public void setOnCountrySelected(Consumer<String> callback) {
        onCountrySelected = Objects.requireNonNullElse(callback, id -> { });
    }

    public void setOnGroupSelected(Consumer<String> callback) {
        onGroupSelected = Objects.requireNonNullElse(callback, id -> { });
    }

    // ---- selection ------------------------------------------------------------------------

    /** Selects a country as a click would, firing the callbacks. */
    public void selectCountry(String countryId) {
        model.selected = countryId;
        SelectableGroup g = countryId == null ? null : model.groupOf(countryId);
        model.selectedGroup = g == null ? null : g.id();
        redraw();
        if (countryId != null) {
            onCountrySelected.accept(countryId);
            if (g != null) {
                onGroupSelected.accept(g.id());
            }
        }
    }

    /** Selects a group as Enter would, firing the group callback. */
    public void selectGroup(String groupId) {
        model.selectedGroup = groupId;
        model.selected = null;
        redraw();
        if (groupId != null) {
            onGroupSelected.accept(groupId);
        }
    }

    public void clearSelection() {
        model.selected = null;
        model.selectedGroup = null;
        model.focusedGroup = -1;
        redraw();
    }

    public String getSelectedCountry() { return model.selected; }
    public String getSelectedGroup() { return model.selectedGroup; }
    public String getHoveredCountry() { return model.hovered; }

    /** Id of the group Tab has moved to, or null. */
    public String getFocusedGroup() {
        int i = model.focusedGroup;
        return i >= 0 && i < model.groups.size() ? model.groups.get(i).id() : null;
    }

    // ---- view -----------------------------------------------------------------------------

    public ReadOnlyDoubleProperty zoomProperty() { return zoom.getReadOnlyProperty(); }
    public double getZoom() { return viewport.zoom(); }

    /** Sets the zoom (clamped to [{@value Viewport#MIN_ZOOM}, {@value Viewport#MAX_ZOOM}]). */
    public void setZoom(double z) {
        viewport.setZoom(z);
        viewChanged();
    }

    public void zoomBy(double factor) {
        viewport.zoomBy(factor);
        viewChanged();
    }

    public void zoomIn() { zoomBy(ZOOM_STEP); }
    public void zoomOut() { zoomBy(1 / ZOOM_STEP); }

    /** Moves the map content by pixels (positive dx moves it right). */
    public void panBy(double dx, double dy) {
        viewport.panBy(dx, dy);
        viewChanged();
    }

    public void centerOn(double lon, double lat) {
        Point2D p = projection.project(lon, lat);
        viewport.centerOn(p.getX(), p.getY());
        viewChanged();
    }

    /** Whole world, zoom 1. */
    public void resetView() {
        viewport.reset();
        viewport.setSize(viewport.width(), viewport.height());
        viewChanged();
    }

    void viewChanged() {
        zoom.set(viewport.zoom());
        redraw();
    }

    // ---- geometry helpers for callers -----------------------------------------------------

    /**
     * Anchor {lon, lat} for a country id or {@link WorldGeometry#EU}: hand-placed for a few
     * countries (USA, Russia, France, Canada, Norway...), else inside the largest ring.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public double[] centroidOf(String countryId) {
        return geometry.centroidOf(countryId)
            .orElseThrow(() -> new IllegalArgumentException("unknown country id " + countryId));
    }

    /** Local pixel position of a lon/lat in this view. */
    public Point2D lonLatToLocal(double lon, double lat) {
        Point2D p = projection.project(lon, lat);
        return new Point2D(viewport.toScreenX(p.getX()), viewport.toScreenY(p.getY()));
    }

    /** Country id under a local pixel, or null (sea, Antarctica, outside). */
    public String countryAt(double localX, double localY) {
        return world.countryAt(viewport.toWorldX(localX), viewport.toWorldY(localY));
    }

    /** English name from the map data ("Japan"), or the id if unknown. */
    public String countryName(String countryId) {
        return world.name(countryId);
    }

    public WorldGeometry geometry() { return geometry; }

    // ---- package access for MapInput --------------------------------------------------------

    MapModel model() { return model; }
    Viewport viewport() { return viewport; }
    MapRenderer renderer() { return renderer; }
}
