package chokepoint.ui.debrief;

import chokepoint.engine.scenario.ObjectiveKind;
import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.debrief.DebriefModel.TurningPoint;
import chokepoint.ui.mapscreen.UiText;

/** Sentences for turning points, shared by the debrief view and the HTML export. */
final class DebriefTexts {
    private DebriefTexts() {}

    /** An objective's measured value or threshold in the unit of its kind. */
    static String value(ObjectiveKind kind, double v) {
        return switch (kind) {
            case SUPPLIER_SHARE_AT_MOST, SINGLE_SUPPLIER_AT_MOST, DOMESTIC_SHARE_AT_LEAST, RECYCLING_SHARE_AT_LEAST,
                 GLOBAL_SHARE_AT_LEAST, SHORTAGE_AT_MOST -> UiText.pct(v);
            case STOCKPILE_DAYS_AT_LEAST -> UiText.days(v);
            case PROJECT_DONE -> v >= 1 ? UiText.tr("debrief.done") : UiText.tr("debrief.notDone");
            case GDP_INDEX_AT_LEAST -> UiText.num(v);
            case EXPORT_REVENUE_AT_LEAST -> UiText.usdBn(v);
        };
    }

    /** "(value / target)", or "(done / needed)" style for projects. */
    static String valueAgainstTarget(DebriefModel.ObjectiveRow row) {
        if (row.status() == null) return "";
        ObjectiveKind k = row.def().kind();
        if (k == ObjectiveKind.PROJECT_DONE) return value(k, row.status().value());
        return UiText.tr("debrief.valueOfTarget", value(k, row.status().value()), value(k, row.def().threshold()));
    }

    static String describe(Scenario sc, TurningPoint p) {
        return switch (p.kind()) {
            case EVENT -> UiText.tr("debrief.point.event", UiText.eventTitle(sc, p.id()));
            case HEADLINE -> UiText.news(sc, p.news());
            case OUTPUT_LOSSES -> UiText.tr("debrief.point.outputLosses", String.join(UiText.tr("debrief.listSeparator"),
                    java.util.Arrays.stream(p.id().split(",")).map(id -> UiText.actorId(sc, id)).toList()));
            case LEVERAGE_SWING -> UiText.tr("debrief.point.leverage", UiText.actor(sc, p.a()), UiText.actor(sc, p.b()),
                    UiText.signed(p.change()), UiText.signed(p.after()));
            case PRICE_SWING -> UiText.tr("debrief.point.price", UiText.market(sc, p.a()),
                    (p.after() >= p.before() ? "+" : "") + UiText.pct(p.after() / p.before() - 1));
        };
    }
}
