package chokepoint.ui.debrief;

import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.debrief.DebriefModel.TurningPoint;
import chokepoint.ui.mapscreen.UiText;

/** Sentences for turning points, shared by the debrief view and the HTML export. */
final class DebriefTexts {
    private DebriefTexts() {}

    static String describe(Scenario sc, TurningPoint p) {
        return switch (p.kind()) {
            case EVENT -> UiText.tr("debrief.point.event", UiText.eventTitle(sc, p.id()));
            case HEADLINE -> UiText.news(sc, p.news());
            case LEVERAGE_SWING -> UiText.tr("debrief.point.leverage", UiText.actor(sc, p.a()), UiText.actor(sc, p.b()),
                    UiText.signed(p.change()), UiText.signed(p.after()));
            case PRICE_SWING -> UiText.tr("debrief.point.price", UiText.market(sc, p.a()),
                    (p.after() >= p.before() ? "+" : "") + UiText.pct(p.after() / p.before() - 1));
        };
    }
}
