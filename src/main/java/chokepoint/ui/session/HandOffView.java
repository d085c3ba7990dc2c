package chokepoint.ui.session;

import chokepoint.ui.app.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The full-screen hand-off between seats: whose turn it is, a request that the others look away, the PIN when the
 * seat has one, and Ready. It shows nothing of any seat's figures or orders.
 */
public final class HandOffView {
    private final String seatTitle;
    private final String subtitle;
    private final boolean needsPin;
    private final Function<String, Boolean> onReady;
    private String promptKey = "handoff.pin";
    private String wrongKey = "handoff.wrongPin";

    /**
     * @param onReady called with the PIN typed (empty if none); returns false when the PIN is wrong
     */
    public HandOffView(String seatTitle, String subtitle, boolean needsPin, Function<String, Boolean> onReady) {
        this.seatTitle = seatTitle;
        this.subtitle = subtitle;
        this.needsPin = needsPin;
        this.onReady = onReady;
    }

    /** Asks for the facilitator password instead of a PIN (same screen: the others look away meanwhile). */
    public HandOffView password() {
        promptKey = "handoff.password";
        wrongKey = "handoff.wrongPassword";
        return this;
    }

    public Node view() {
        Label pass = new Label(Texts.get("handoff.passTo", seatTitle));
        pass.getStyleClass().add("handoff-title");
        pass.setId("handoffTitle");
        pass.setWrapText(true);
        Label look = new Label(Texts.get("handoff.lookAway"));
        look.getStyleClass().add("handoff-text");
        look.setWrapText(true);
        Label sub = new Label(subtitle);
        sub.setWrapText(true);
        Label wrong = new Label();
        wrong.getStyleClass().add("problem");
        wrong.setId("handoffWrong");
        PasswordField pin = new PasswordField();
        pin.setId("handoffPin");
        pin.setPromptText(Texts.get(promptKey));
        pin.setMaxWidth(220);
        Button ready = new Button(Texts.get("handoff.ready", seatTitle));
        ready.setId("readyButton");
        ready.setDefaultButton(true);
        ready.getStyleClass().add("primary");
        ready.setOnAction(e -> {
            if (!onReady.apply(pin.getText())) {
                wrong.setText(Texts.get(wrongKey));
                pin.clear();
                pin.requestFocus();
            }
        });
        VBox box = new VBox(22, pass, look, sub);
        if (needsPin) box.getChildren().add(pin);
        box.getChildren().addAll(ready, wrong);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("handoff");
        box.setFillWidth(false);
        if (needsPin) javafx.application.Platform.runLater(pin::requestFocus);
        else javafx.application.Platform.runLater(ready::requestFocus);
        return box;
    }
}
