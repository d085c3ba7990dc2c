package chokepoint.ui.app;

import chokepoint.ui.session.AiPlayer;

/** The AI players of the app. */
final class AiSeats {
    private AiSeats() {}

    static AiPlayer standard() {
        return AiPlayer.NONE;
    }
}
