package chokepoint.ui.settings;

import chokepoint.ui.app.Texts;
import chokepoint.ui.map.Palette;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Consumer;

/** Settings as a panel: language, large text, map palette, and a list of the keyboard shortcuts. */
public final class SettingsView {
    private final Settings current;
    private final Consumer<Settings> apply;
    private final Runnable close;

    public SettingsView(Settings current, Consumer<Settings> apply, Runnable close) {
        this.current = current;
        this.apply = apply;
        this.close = close;
    }

    public Node view() {
        Label title = new Label(Texts.get("settings.title"));
        title.getStyleClass().add("screen-title");
        ChoiceBox<String> lang = new ChoiceBox<>();
        lang.setId("settingsLanguage");
        lang.getItems().addAll(Texts.LANGUAGES);
        lang.setConverter(converter(l -> Texts.get("language." + l)));
        lang.setValue(current.language());
        lang.setOnAction(e -> apply.accept(current.withLanguage(lang.getValue())));
        CheckBox large = new CheckBox(Texts.get("settings.largeText"));
        large.setId("settingsLargeText");
        large.setSelected(current.largeText());
        large.setOnAction(e -> apply.accept(current.withLargeText(large.isSelected())));
        ChoiceBox<Palette> palette = new ChoiceBox<>();
        palette.setId("settingsPalette");
        palette.getItems().addAll(Palette.values());
        palette.setConverter(converter(p -> Texts.getOr(p.messageKey(), p.name())));
        Palette chosen = Palette.DEFAULT;
        try {
            if (!current.palette().isBlank()) chosen = Palette.byName(current.palette());
        } catch (IllegalArgumentException ignored) {
            // unknown palette name in the file: keep the default
        }
        palette.setValue(chosen);
        palette.setOnAction(e -> apply.accept(current.withPalette(palette.getValue().name())));
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(12);
        Label langLabel = new Label(Texts.get("settings.language"));
        langLabel.setLabelFor(lang);
        Label palLabel = new Label(Texts.get("settings.palette"));
        palLabel.setLabelFor(palette);
        g.addRow(0, langLabel, lang);
        g.addRow(1, new Label(), large);
        g.addRow(2, palLabel, palette);
        Label keys = new Label(Texts.get("settings.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add("hint");
        keys.setMaxWidth(560);
        Button done = new Button(Texts.get("common.close"));
        done.setId("settingsClose");
        done.setDefaultButton(true);
        done.setCancelButton(true);
        done.setOnAction(e -> close.run());
        HBox buttons = new HBox(done);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(16, title, g, keys, buttons);
        box.setMaxWidth(620);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return chokepoint.ui.common.Converters.showing(f);
    }
}
