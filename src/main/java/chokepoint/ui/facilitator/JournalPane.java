package chokepoint.ui.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.facilitator.DecisionJournal;
import chokepoint.facilitator.Expectation;
import chokepoint.facilitator.JournalEntry;
import chokepoint.ui.mapscreen.UiText;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * A seat's decision journal for the current turn (for the seat's orders screen): what it expects its orders to
 * do, in words, and optionally which figure should move which way. Only the seat itself and, after the game,
 * the debrief see it.
 */
public final class JournalPane {
    private final VBox root = new VBox(6);

    public JournalPane(Game game, String seat, DecisionJournal journal) {
        Scenario sc = game.scenario();
        int turn = game.currentTurn();
        JournalEntry existing = journal.get(turn, seat).orElse(null);
        TextArea text = new TextArea(existing == null ? "" : existing.text());
        text.setId("journalText");
        text.setPrefRowCount(2);
        text.setWrapText(true);
        ComboBox<Expectation.Figure> figure = combo("journalFigure", "journal.figure", f -> FacText.t("journal.figure." + f.name()));
        figure.getItems().setAll(Expectation.Figure.values());
        ComboBox<String> market = combo("journalMarket", "journal.market", k -> UiText.marketKey(sc, k));
        for (var m : sc.markets()) market.getItems().add(m.key());
        ComboBox<String> other = combo("journalOther", "journal.actor", id -> UiText.actor(sc, sc.actorIndex(id)));
        for (var a : sc.actors()) other.getItems().add(a.id());
        ComboBox<Expectation.Direction> direction = combo("journalDirection", "journal.direction",
                d -> FacText.t("journal.dir." + d.name()));
        direction.getItems().setAll(Expectation.Direction.values());
        if (existing != null && existing.expectation() != null) {
            Expectation x = existing.expectation();
            figure.setValue(x.figure());
            if (x.commodity() != null) market.setValue(x.commodity() + "/" + x.stage());
            other.setValue(x.figure() == Expectation.Figure.LEVERAGE ? x.other() : x.actor());
            direction.setValue(x.direction());
        }
        Label saved = new Label();
        saved.setId("journalSaved");
        Button save = new Button(FacText.t("journal.save"));
        save.setId("journalSave");
        save.setOnAction(e -> {
            journal.write(new JournalEntry(turn, seat, text.getText(),
                    expectation(seat, figure.getValue(), market.getValue(), other.getValue(), direction.getValue())));
            saved.setText(FacText.t("journal.saved"));
        });
        FlowPane row = new FlowPane(6, 6, figure, market, other, direction, save, saved);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(new Label(FacText.t("journal.prompt")), text, row);
        root.setPadding(new Insets(6));
        root.setId("journalPane");
    }

    /** The expectation the choices make, or null when no figure or direction is chosen. */
    static Expectation expectation(String seat, Expectation.Figure figure, String market, String other,
                                   Expectation.Direction direction) {
        if (figure == null || direction == null) return null;
        String c = market == null ? null : market.substring(0, market.indexOf('/'));
        String s = market == null ? null : market.substring(market.indexOf('/') + 1);
        return switch (figure) {
            case PRICE -> Expectation.price(c, s, direction);
            case SHORTAGE -> Expectation.shortage(other == null ? seat : other, c, s, direction);
            case LEVERAGE -> Expectation.leverage(seat, other, direction);
            case GDP -> Expectation.gdp(other == null ? seat : other, direction);
            case TENSION -> Expectation.tension(direction);
        };
    }

    private static <T> ComboBox<T> combo(String id, String promptKey, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(FacText.t(promptKey));
        box.setConverter(chokepoint.ui.common.Converters.showing(name));
        return box;
    }

    public VBox view() { return root; }
}
