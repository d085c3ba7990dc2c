package chokepoint.engine.resolve;

import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.scenario.ParameterKey;
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
    /** [market][seller][buyer] share of requested flow allowed through; 1 = free. */
    private final double[][][] allowed;
    /** [market][seller][buyer] controller index responsible for a restriction, -1 if none. */
    private final int[][][] restrictor;
    /** [seller][buyer] spot preference weight before market-specific factors. */
    private final double[][] preference;
    /** [commodity][seller][buyer] tariff rate (zone common tariffs included). */
    private final double[][][] tariff;
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
        allowed = new double[markets][actors][actors];
        restrictor = new int[markets][actors][actors];
        preference = new double[actors][actors];
        tariff = new double[commodities][actors][actors];
        tariffElasticity = c.sc.parameters().get(ParameterKey.TARIFF_TRADE_ELASTICITY);
        for (int m = 0; m < markets; m++) {
            for (int a = 0; a < actors; a++) {
                java.util.Arrays.fill(allowed[m][a], 1.0);
                java.util.Arrays.fill(restrictor[m][a], -1);
            }
        }
        approval = new double[s.controls.size()];
        double lo = c.sc.parameters().get(ParameterKey.LICENCE_APPROVAL_MIN);
        double hi = Math.max(lo, c.sc.parameters().get(ParameterKey.LICENCE_APPROVAL_MAX));
        for (int i = 0; i < s.controls.size(); i++) {
            ExportControl ec = s.controls.get(i);
            int ctrl = c.idx(ec.controller());
            double pass = switch (ec.mode()) {
                case BAN -> 0.0;
                case QUOTA -> ec.quotaShare();
                case LICENCE -> lo + (hi - lo) * c.rng.nextDouble();
            };
            approval[i] = pass;
            for (int b = 0; b < actors; b++) {
                if (b == ctrl || !targets(ec.target(), ctrl, b)) continue;
                if (pass < allowed[ec.market()][ctrl][b]) {
                    allowed[ec.market()][ctrl][b] = pass;
                    restrictor[ec.market()][ctrl][b] = ctrl;
                }
            }
        }
        for (Sanction x : s.sanctions) {
            int i = c.idx(x.imposer());
            int t = c.idx(x.target());
            if (i < 0 || t < 0) continue;
            for (int m = 0; m < markets; m++) {
                allowed[m][i][t] = 0;
                restrictor[m][i][t] = i;
                allowed[m][t][i] = 0;
                restrictor[m][t][i] = i;
            }
        }
        applyShipping(c, markets);
        for (Tariff t : s.tariffs) {
            int imp = c.idx(t.imposer());
            int tgt = c.idx(t.target());
            if (imp < 0 || tgt < 0) continue;
            for (int k = 0; k < commodities; k++) {
                if ("*".equals(t.commodity()) || c.sc.commodities().get(k).id().equals(t.commodity())) {
                    tariff[k][tgt][imp] = Math.max(tariff[k][tgt][imp], t.rate());
                }
            }
        }
        double zoneBonus = c.sc.parameters().get(ParameterKey.ZONE_PREFERENCE_BONUS);
        for (int b = 0; b < actors; b++) {
            for (int sel = 0; sel < actors; sel++) {
                if (b == sel) continue;
                double w = 1 + s.relation[b][sel] / 200.0;
                if (s.allied[b][sel]) w += 0.5;
                preference[sel][b] = Math.max(0.05, w);
            }
        }
        for (TradeZone z : s.zones) {
            int[] members = z.members.stream().mapToInt(c::idx).filter(i -> i >= 0).toArray();
            for (int b : members) {
                for (int sel = 0; sel < actors; sel++) {
                    if (sel == b) continue;
                    boolean inside = contains(members, sel);
                    if (inside) {
                        double bonus = zoneBonus * (z.has(ZoneRule.TRUSTED_SUPPLY) ? 2 : 1);
                        if (z.has(ZoneRule.LOCAL_PROCESSING)
                                && c.sc.actors().get(sel).kind() == ActorKind.PRODUCER) bonus += zoneBonus;
                        preference[sel][b] += bonus;
                    } else {
                        if (z.has(ZoneRule.TRUSTED_SUPPLY)) preference[sel][b] *= 0.5;
                        if (z.has(ZoneRule.COMMON_TARIFF)) {
                            for (int k = 0; k < commodities; k++) tariff[k][sel][b] = Math.max(tariff[k][sel][b], z.commonTariff);
                        }
                    }
                }
            }
        }
        controlling = new boolean[markets][actors];
        for (int m = 0; m < markets; m++) {
            for (int sel = 0; sel < actors; sel++) {
                int[] by = restrictor[m][sel];
                double[] share = allowed[m][sel];
                for (int b = 0; b < actors; b++) {
                    if (by[b] == sel && share[b] < 1) { controlling[m][sel] = true; break; }
                }
            }
        }
    }

    private void applyShipping(TurnContext c, int markets) {
        double protection = c.sc.parameters().get(ParameterKey.ESCORT_PROTECTION);
        for (TimedModifier mod : s.modifiers) {
            if (mod.kind() != TimedModifier.Kind.SHIPPING || mod.untilTurn() < c.turn) continue;
            for (int m = 0; m < markets; m++) {
                if (mod.commodity() >= 0 && c.sc.commodityOfMarket(m) != mod.commodity()) continue;
                String commodityId = c.sc.market(m).commodity();
                for (int b = 0; b < actors; b++) {
                    boolean escorted = s.escorts.contains(c.id(b) + "/" + commodityId);
                    double loss = mod.factor() * (escorted ? 1 - protection : 1);
                    for (int sel = 0; sel < actors; sel++) {
                        if (sel != b) allowed[m][sel][b] *= (1 - loss);
                    }
                }
            }
        }
    }

    private boolean targets(Target t, int controller, int buyer) {
        return switch (t.kind()) {
            case ALL -> true;
            case ACTORS -> t.actors().contains(s.scenario.actors().get(buyer).id());
            case OUTSIDE_ZONE -> {
                TradeZone z = s.zone(t.zone());
                yield z == null || !z.members.contains(s.scenario.actors().get(buyer).id());
            }
        };
    }

    private static boolean contains(int[] arr, int v) {
        for (int x : arr) if (x == v) return true;
        return false;
    }

    double allowed(int m, int seller, int buyer) {
        return allowed[m][seller][buyer];
    }

    int restrictor(int m, int seller, int buyer) {
        return restrictor[m][seller][buyer];
    }

    /** Spot-market attractiveness of a seller to a buyer (before supply size and flow restrictions). */
    double preference(int commodity, int seller, int buyer) {
        return preference[seller][buyer] / (1 + tariff[commodity][seller][buyer] * tariffElasticity);
    }

    /** Factor on customary (tie) imports from a tariffed seller. */
    double tieTariffFactor(int commodity, int seller, int buyer) {
        return Math.max(0, 1 - tariff[commodity][seller][buyer] * tariffElasticity);
    }

    double tariffRate(int commodity, int seller, int buyer) {
        return tariff[commodity][seller][buyer];
    }

    /** Whether the seller has an active export restriction in market m (it then sells at the inside price). */
    boolean controls(int m, int seller) {
        return controlling[m][seller];
    }
}
