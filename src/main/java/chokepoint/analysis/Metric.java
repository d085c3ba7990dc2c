package chokepoint.analysis;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure an excursion follows over turns, read from each turn's record.
 *
 * @param key {@code score.JPN}, {@code leverage.CHN} (net: over all others minus theirs over it),
 *            {@code leverage.CHN>JPN} (net, one pair), {@code price.ndpr/refining} (US$ per unit)
 * @param a actor index (the holder for leverage), or the market index for a price
 * @param b the dependent actor's index for a pair, else -1
 */
public record Metric(Kind kind, String key, int a, int b) {
    public enum Kind { SCORE, LEVERAGE, LEVERAGE_PAIR, PRICE }

    public double read(TurnRecord r) {
        return switch (kind) {
            case SCORE -> r.score[a];
            case PRICE -> r.price[a];
            case LEVERAGE_PAIR -> r.leverage[a][b];
            case LEVERAGE -> {
                double sum = 0;
                for (int x = 0; x < r.leverage[a].length; x++) if (x != a) sum += r.leverage[a][x];
                yield sum;
            }
        };
    }

    /** Every metric of a scenario: scores, net leverage, prices, then leverage of every ordered pair. */
    public static List<Metric> of(Scenario sc) {
        List<Metric> out = new ArrayList<>();
        List<ActorDef> actors = sc.actors();
        for (int i = 0; i < actors.size(); i++) out.add(new Metric(Kind.SCORE, "score." + actors.get(i).id(), i, -1));
        for (int i = 0; i < actors.size(); i++) out.add(new Metric(Kind.LEVERAGE, "leverage." + actors.get(i).id(), i, -1));
        for (int m = 0; m < sc.marketCount(); m++) out.add(new Metric(Kind.PRICE, "price." + sc.market(m).key(), m, -1));
        for (int i = 0; i < actors.size(); i++) {
            for (int j = 0; j < actors.size(); j++) {
                if (i != j) out.add(new Metric(Kind.LEVERAGE_PAIR, "leverage." + actors.get(i).id() + ">" + actors.get(j).id(), i, j));
            }
        }
        return out;
    }
}
