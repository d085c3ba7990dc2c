package chokepoint.engine.resolve;

import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.state.Draw;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.Sanction;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.Tariff;
import chokepoint.engine.state.TimedModifier;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;


/**
 * Which flows are allowed this turn and how much buyers prefer each seller: export controls (with this turn's
 * licence approvals), sanctions, tariffs, trade-zone rules, alliances, relations and shipping disruptions.
 * Built once per turn; then queried per market.
 */
final class TradeRules {
    private final GameState s;
    private final int actors;
    /**
     * [market * actors + seller] row of the share of requested flow allowed through, per buyer; a null row lets
     * everything through (1). Rows are made on the first restriction: most sellers restrict nothing.
     */
    private final double[][] allowed;
    /** [market * actors + seller] row of the controller index responsible for a restriction, per buyer; null: none (-1). */
    private final int[][] restrictor;
    /** [seller * actors + buyer] spot preference weight before market-specific factors. */
    private final double[] preference;
    /** [commodity] flat [seller * actors + buyer] tariff rate (zone common tariffs included); null: no tariff (0). */
    private final double[][] tariff;
    /** [commodity] flat [seller * actors + buyer] answer of {@link #preference}, worked out once per turn. */
    private final double[][] spot;
    /** [market][seller] whether the seller restricts any buyer there (answer of {@link #controls}, asked per flow). */
    private final boolean[][] controlling;
    /** Licence approval share drawn this turn per control, by index in s.controls. */
    final double[] approval;
    private final double tariffElasticity;

    TradeRules(TurnContext c) {
        this.s = c.s;
        this.actors = c.actors;
        int markets = c.markets;
        int commodities = c.sc.commodities().size();
        allowed = new double[markets * actors][];
        restrictor = new int[markets * actors][];
        preference = new double[actors * actors];
        tariff = new double[commodities][];
        tariffElasticity = c.sc.parameters().get(ParameterKey.TARIFF_TRADE_ELASTICITY);
        approval = new double[s.controls.size()];
        double lo = c.sc.parameters().get(ParameterKey.LICENCE_APPROVAL_MIN);
        double hi = Math.max(lo, c.sc.parameters().get(ParameterKey.LICENCE_APPROVAL_MAX));
        for (int i = 0; i < s.controls.size(); i++) {
            ExportControl ec = s.controls.get(i);
            int ctrl = c.idx(ec.controller());
            double pass = switch (ec.mode()) {
                case BAN -> 0.0;
                case QUOTA -> ec.quotaShare();
                case LICENCE -> lo + (hi - lo) * c.draw(Draw.LICENCE, ctrl, ec.market(), Draw.of(ec.target().text()));
            };
            approval[i] = pass;
            for (int b = 0; b < actors; b++) {
                if (b == ctrl || !targets(ec.target(), ctrl, b)) continue;
                if (pass < allowed(ec.market(), ctrl, b)) {
                    allowedRow(ec.market(), ctrl)[b] = pass;
                    restrictorRow(ec.market(), ctrl)[b] = ctrl;
                }
            }
        }
        for (Sanction x : s.sanctions) {
            int i = c.idx(x.imposer());
            int t = c.idx(x.target());
            if (i < 0 || t < 0) continue;
            for (int m = 0; m < markets; m++) {
                allowedRow(m, i)[t] = 0;
                restrictorRow(m, i)[t] = i;
                allowedRow(m, t)[i] = 0;
                restrictorRow(m, t)[i] = i;
            }
        }
        applyShipping(c, markets);
        for (Tariff t : s.tariffs) {
            int imp = c.idx(t.imposer());
            int tgt = c.idx(t.target());
            if (imp < 0 || tgt < 0) continue;
            for (int k = 0; k < commodities; k++) {
                if ("*".equals(t.commodity()) || c.sc.commodities().get(k).id().equals(t.commodity())) {
                    double[] row = tariffRow(k);
                    row[tgt * actors + imp] = Math.max(row[tgt * actors + imp], t.rate());
                }
            }
        }
        double zoneBonus = c.sc.parameters().get(ParameterKey.ZONE_PREFERENCE_BONUS);
        for (int b = 0; b < actors; b++) {
            for (int sel = 0; sel < actors; sel++) {
                if (b == sel) continue;
                double w = 1 + s.relation[b][sel] / 200.0;
                if (s.allied[b][sel]) w += 0.5;
                preference[sel * actors + b] = Math.max(0.05, w);
            }
        }
        for (TradeZone z : s.zones) {
            int[] members = memberIndexes(c, z);
            for (int b : members) {
                for (int sel = 0; sel < actors; sel++) {
                    if (sel == b) continue;
                    boolean inside = contains(members, sel);
                    if (inside) {
                        double bonus = zoneBonus * (z.has(ZoneRule.TRUSTED_SUPPLY) ? 2 : 1);
                        if (z.has(ZoneRule.LOCAL_PROCESSING)
                                && c.sc.actors().get(sel).kind() == ActorKind.PRODUCER) bonus += zoneBonus;
                        preference[sel * actors + b] += bonus;
                    } else {
                        if (z.has(ZoneRule.TRUSTED_SUPPLY)) preference[sel * actors + b] *= 0.5;
                        if (z.has(ZoneRule.COMMON_TARIFF)) {
                            for (int k = 0; k < commodities; k++) {
                                double[] row = tariffRow(k);
                                row[sel * actors + b] = Math.max(row[sel * actors + b], z.commonTariff);
                            }
                        }
                    }
                }
            }
        }
        // a rate of 0 (never -0.0: rates only grow from 0 by max) gives the untaxed figure, the same division
        double[] untaxed = new double[actors * actors];
        for (int i = 0; i < untaxed.length; i++) untaxed[i] = preference[i] / (1 + 0.0 * tariffElasticity);
        spot = new double[commodities][];
        for (int k = 0; k < commodities; k++) {
            double[] rate = tariff[k];
            if (rate == null) { spot[k] = untaxed; continue; }
            double[] table = new double[actors * actors];
            for (int i = 0; i < table.length; i++) {
                table[i] = rate[i] == 0 ? untaxed[i] : preference[i] / (1 + rate[i] * tariffElasticity);
            }
            spot[k] = table;
        }
        controlling = new boolean[markets][actors];
        for (int m = 0; m < markets; m++) {
            for (int sel = 0; sel < actors; sel++) {
                int[] by = restrictor[m * actors + sel];
                if (by == null) continue;
                for (int b = 0; b < actors; b++) {
                    if (by[b] == sel && allowed(m, sel, b) < 1) { controlling[m][sel] = true; break; }
                }
            }
        }
    }

    private double[] allowedRow(int m, int seller) {
        double[] row = allowed[m * actors + seller];
        if (row == null) {
            row = new double[actors];
            java.util.Arrays.fill(row, 1.0);
            allowed[m * actors + seller] = row;
        }
        return row;
    }

    private int[] restrictorRow(int m, int seller) {
        int[] row = restrictor[m * actors + seller];
        if (row == null) {
            row = new int[actors];
            java.util.Arrays.fill(row, -1);
            restrictor[m * actors + seller] = row;
        }
        return row;
    }

    private double[] tariffRow(int commodity) {
        double[] row = tariff[commodity];
        if (row == null) {
            row = new double[actors * actors];
            tariff[commodity] = row;
        }
        return row;
    }

    private void applyShipping(TurnContext c, int markets) {
        double protection = c.sc.parameters().get(ParameterKey.ESCORT_PROTECTION);
        for (TimedModifier mod : s.modifiers) {
            if (mod.kind() != TimedModifier.Kind.SHIPPING || mod.untilTurn() < c.turn) continue;
            for (int m = 0; m < markets; m++) {
                if (mod.commodity() >= 0 && c.sc.commodityOfMarket(m) != mod.commodity()) continue;
                String commodityId = c.sc.market(m).commodity();
                for (int b = 0; b < actors; b++) {
                    // escorts are rare: no key is built while there are none
                    boolean escorted = !s.escorts.isEmpty() && s.escorts.contains(c.id(b) + "/" + commodityId);
                    double loss = mod.factor() * (escorted ? 1 - protection : 1);
                    for (int sel = 0; sel < actors; sel++) {
                        if (sel != b) allowedRow(m, sel)[b] *= (1 - loss);
                    }
                }
            }
        }
    }

    private boolean targets(Target t, int controller, int buyer) {
        return t.reaches(s, s.scenario.actors().get(buyer).id());
    }

    /** Actor indexes of a zone's members, in member order, unknown ids left out. */
    private static int[] memberIndexes(TurnContext c, TradeZone z) {
        int[] out = new int[z.members.size()];
        int k = 0;
        for (String id : z.members) {
            int i = c.idx(id);
            if (i >= 0) out[k++] = i;
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    private static boolean contains(int[] arr, int v) {
        for (int x : arr) if (x == v) return true;
        return false;
    }

    double allowed(int m, int seller, int buyer) {
        double[] row = allowed[m * actors + seller];
        return row == null ? 1.0 : row[buyer];
    }

    /** The seller's row of {@link #allowed} in market m, or null when it lets every buyer through. Read only. */
    double[] allowedRowOrNull(int m, int seller) {
        return allowed[m * actors + seller];
    }

    int restrictor(int m, int seller, int buyer) {
        int[] row = restrictor[m * actors + seller];
        return row == null ? -1 : row[buyer];
    }

    /** Spot-market attractiveness of a seller to a buyer (before supply size and flow restrictions). */
    double preference(int commodity, int seller, int buyer) {
        return spot[commodity][seller * actors + buyer];
    }

    /** {@link #preference} of every (seller, buyer) of a commodity, flat [seller * actors + buyer]. Read only. */
    double[] preferences(int commodity) {
        return spot[commodity];
    }

    /** Factor on customary (tie) imports from a tariffed seller. */
    double tieTariffFactor(int commodity, int seller, int buyer) {
        return Math.max(0, 1 - tariffRate(commodity, seller, buyer) * tariffElasticity);
    }

    double tariffRate(int commodity, int seller, int buyer) {
        double[] row = tariff[commodity];
        return row == null ? 0.0 : row[seller * actors + buyer];
    }

    /** Whether the seller has an active export restriction in market m (it then sells at the inside price). */
    boolean controls(int m, int seller) {
        return controlling[m][seller];
    }
}
