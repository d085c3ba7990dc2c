package chokepoint.ui.session;

/**
 * How one actor is played: by a human (with a display name and an optional PIN for the hand-off) or by the AI
 * (with a style and a strength: 1 normal, 2 strong). Actors without a seat config take no part (they give no orders).
 */
public record SeatConfig(String actor, Control control, AiStyle style, int strength, String name, String pin) {
    public enum Control { HUMAN, AI }

    public enum AiStyle { HAWKISH, COOPERATIVE, BALANCED }

    public boolean human() {
        return control == Control.HUMAN;
    }

    public boolean hasPin() {
        return pin != null && !pin.isBlank();
    }

    public static SeatConfig human(String actor, String name) {
        return new SeatConfig(actor, Control.HUMAN, AiStyle.BALANCED, 1, name, "");
    }

    public SeatConfig withPin(String newPin) {
        return new SeatConfig(actor, control, style, strength, name, newPin == null ? "" : newPin);
    }

    public static SeatConfig ai(String actor, AiStyle style, int strength) {
        return new SeatConfig(actor, Control.AI, style, strength, "", "");
    }
}
