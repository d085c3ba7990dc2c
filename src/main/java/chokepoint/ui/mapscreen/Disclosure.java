package chokepoint.ui.mapscreen;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * A figure that opens to show what it is made of: a full-width header button (its title wraps, unlike a
 * TitledPane's) and content shown below when open. Enter or Space on the focused header toggles it.
 */
public final class Disclosure extends VBox {
    private final Button header = new Button();
    private final Node content;
    private final String title;
    private boolean expanded;

    public Disclosure(String title, Node content) {
        this.title = title;
        this.content = content;
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setOnAction(e -> setExpanded(!expanded));
        header.setStyle("-fx-background-radius: 3; -fx-padding: 3 6 3 6;");
        VBox.setMargin(content, new Insets(4, 0, 4, 14));
        getChildren().add(header);
        getStyleClass().add("disclosure");
        setFillWidth(true);
        setMinWidth(0);
        setExpanded(false);
    }

    public boolean isExpanded() { return expanded; }

    public void setExpanded(boolean open) {
        expanded = open;
        header.setText((open ? "▼ " : "▶ ") + title);
        header.setAccessibleText(title);
        if (open && !getChildren().contains(content)) getChildren().add(content);
        if (!open) getChildren().remove(content);
    }

    public String title() { return title; }

    /** The header, e.g. to colour a figure that needs attention. */
    public Button header() { return header; }
}
