package chokepoint.ui.map;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Mouse and keyboard handling of a {@link WorldMapView}. */
final class MapInput {

    private static final double DRAG_THRESHOLD = 4;

    private final WorldMapView view;
    private double pressX, pressY, lastX, lastY;
    private boolean dragging;

    MapInput(WorldMapView view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
    }

    private void hover(double x, double y) {
        MapModel m = view.model();
        m.mouseX = x;
        m.mouseY = y;
        String id = Double.isNaN(x) ? null : view.countryAt(x, y);
        MapMarker mk = Double.isNaN(x) ? null : view.renderer().overlays().markerAt(m.markers, x, y);
        boolean changed = !java.util.Objects.equals(id, m.hovered) || mk != m.hoveredMarker;
        m.hovered = id;
        m.hoveredMarker = mk;
        if (changed || id != null || mk != null) {
            view.redraw();
        }
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
        }
        if (dragging) {
            view.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            String id = view.countryAt(e.getX(), e.getY());
            if (id != null) {
                view.selectCountry(id);
            }
        }
        dragging = false;
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        view.viewport().zoomAt(Math.exp(e.getDeltaY() * 0.004), e.getX(), e.getY());
        view.viewChanged();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        MapModel m = view.model();
        KeyCode k = e.getCode();
        switch (k) {
            case LEFT -> view.panBy(60, 0);
            case RIGHT -> view.panBy(-60, 0);
            case UP -> view.panBy(0, 60);
            case DOWN -> view.panBy(0, -60);
            case TAB -> {
                if (!cycle(e.isShiftDown() ? -1 : 1)) {
                    return; // past the last group: let focus leave the map
                }
            }
            case ENTER, SPACE -> {
                String g = view.getFocusedGroup();
                if (g == null) {
                    return;
                }
                view.selectGroup(g);
            }
            case ESCAPE -> {
                if (m.focusedGroup < 0 && m.selected == null && m.selectedGroup == null) {
                    return;
                }
                view.clearSelection();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Moves the focused group; false when it runs off either end (focus then leaves). */
    private boolean cycle(int step) {
        MapModel m = view.model();
        int n = m.groups.size();
        int next = m.focusedGroup < 0 ? (step > 0 ? 0 : n - 1) : m.focusedGroup + step;
        if (n == 0 || next < 0 || next >= n) {
            m.focusedGroup = -1;
            view.redraw();
            return false;
        }
        m.focusedGroup = next;
        view.redraw();
        return true;
    }

    /** Characters rather than key codes, so + and - work on every keyboard layout and keypad. */
    private void keyTyped(KeyEvent e) {
        switch (e.getCharacter()) {
            case "+", "=" -> view.zoomIn();
            case "-", "_" -> view.zoomOut();
            case "0" -> view.resetView();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
