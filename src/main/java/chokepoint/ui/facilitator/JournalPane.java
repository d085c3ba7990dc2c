package chokepoint.ui.facilitator;

import chokepoint.engine.Game;
import chokepoint.facilitator.DecisionJournal;
import chokepoint.facilitator.Expectation;
import chokepoint.facilitator.JournalEntry;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A seat's decision journal for the current turn (for the seat's orders screen): what it expects its orders to
 * do, in words, and optionally which figure should move which way. Only the seat itself and, after the game,
 * the debrief see it.
 */
public final class JournalPane {
    private final VBox root = new VBox(6);

    public JournalPane(Game game, String seat, DecisionJournal journal) {
        int turn = game.currentTurn();
        JournalEntry existing = journal.get(turn, seat).orElse(null);
        TextArea text = new TextArea(existing == null ? "" : existing.text());
        text.setId("journalText");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        ComboBox<Expectation.Figure> figure = new ComboBox<>();
        figure.setId("journalFigure");
        figure.getItems().setAll(Expectation.Figure.values());
        ComboBox<String> market = new ComboBox<>();
        market.setId("journalMarket");
        for (var m : game.scenario().markets()) market.getItems().add(m.key());
        ComboBox<String> other = new ComboBox<>();
        other.setId("journalOther");
        for (var a : game.scenario().actors()) other.getItems().add(a.id());
        ComboBox<Expectation.Direction> direction = new ComboBox<>();
        direction.setId("journalDirection");
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
            Expectation x = null;
            if (figure.getValue() != null && direction.getValue() != null) {
                String m = market.getValue();
                String c = m == null ? null : m.substring(0, m.indexOf('/'));
                String s = m == null ? null : m.substring(m.indexOf('/') + 1);
                String o = other.getValue();
                x = switch (figure.getValue()) {
                    case PRICE -> Expectation.price(c, s, direction.getValue());
                    case SHORTAGE -> Expectation.shortage(o == null ? seat : o, c, s, direction.getValue());
                    case LEVERAGE -> Expectation.leverage(seat, o, direction.getValue());
                    case GDP -> Expectation.gdp(o == null ? seat : o, direction.getValue());
                    case TENSION -> Expectation.tension(direction.getValue());
                };
            }
            journal.write(new JournalEntry(turn, seat, text.getText(), x));
            saved.setText("✓");
        });
        HBox row = new HBox(6, figure, market, other, direction, save, saved);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(new Label(FacText.t("journal.prompt")), text, row);
        root.setPadding(new Insets(6));
        root.setId("journalPane");
    }

    public VBox view() { return root; }
}
