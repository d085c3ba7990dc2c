package chokepoint.ui.debrief;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import chokepoint.facilitator.DecisionJournal;
import chokepoint.facilitator.JournalComparison;
import chokepoint.facilitator.report.AfterActionReport;
import chokepoint.ui.mapscreen.UiText;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Comparator;
import java.util.List;

/**
 * The debrief's "expected beside actual": every decision-journal entry, seat by seat and turn by turn, with the
 * figure it named before and after that turn ({@link JournalComparison}, worded as in the after-action report).
 * The debrief comes at the end of the game, so every seat's private notes are shown here, to everyone.
 */
final class JournalSection {
    private JournalSection() {}

    /** The rows in display order: by seat (scenario order), then turn. */
    static List<JournalComparison.Row> rows(DecisionJournal journal, Scenario sc, List<TurnRecord> records) {
        return JournalComparison.compare(journal, sc, records).stream()
                .sorted(Comparator.comparingInt((JournalComparison.Row r) -> sc.actorIndex(r.entry().seat()))
                        .thenComparingInt(r -> r.entry().turn()))
                .toList();
    }

    static Node view(DecisionJournal journal, Scenario sc, List<TurnRecord> records) {
        GridPane g = new GridPane();
        g.setId("debrief-journal");
        g.setHgap(16);
        g.setVgap(6);
        g.setPadding(new Insets(12, 16, 16, 16));
        int[] widths = {150, 90, 0, 0, 0};
        for (int w : widths) {
            ColumnConstraints cc = new ColumnConstraints();
            if (w > 0) cc.setMinWidth(w);
            else cc.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(cc);
        }
        Label help = new Label(UiText.tr("debrief.journal.help"));
        help.setWrapText(true);
        g.add(help, 0, 0, 5, 1);
        String[] heads = {"debrief.journal.seat", "debrief.journal.turn", "debrief.journal.note", "debrief.journal.expected",
                "debrief.journal.actual"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(UiText.tr(heads[c]));
            h.setStyle("-fx-font-weight: bold;");
            g.add(h, c, 1);
        }
        List<JournalComparison.Row> rows = rows(journal, sc, records);
        if (rows.isEmpty()) g.add(new Label(UiText.tr("debrief.journal.none")), 0, 2, 5, 1);
        String lang = UiText.lang();
        int r = 2;
        String lastSeat = null;
        for (JournalComparison.Row row : rows) {
            var e = row.entry();
            String seat = e.seat().equals(lastSeat) ? "" : UiText.actor(sc, sc.actorIndex(e.seat()));
            lastSeat = e.seat();
            g.add(cell(seat, "-fx-font-weight: bold;"), 0, r);
            g.add(cell(turnLabel(records, e.turn()), null), 1, r);
            g.add(cell(e.text(), null), 2, r);
            g.add(cell(e.expectation() == null ? "—" : AfterActionReport.expectationText(e.expectation(), sc, lang), null), 3, r);
            String style = row.matched() == null ? null
                    : row.matched() ? "-fx-text-fill: #1b7837;" : "-fx-text-fill: #b3261e;";
            g.add(cell(AfterActionReport.outcomeText(row, sc, lang), style), 4, r);
            r++;
        }
        ScrollPane sp = new ScrollPane(g);
        sp.setFitToWidth(true);
        return sp;
    }

    /** The label of the turn the orders were given for (record T holds the state after turn T). */
    static String turnLabel(List<TurnRecord> records, int turn) {
        return turn < records.size() ? UiText.turnLabel(records.get(turn)) : Integer.toString(turn);
    }

    private static Label cell(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (style != null) l.setStyle(style);
        return l;
    }
}
