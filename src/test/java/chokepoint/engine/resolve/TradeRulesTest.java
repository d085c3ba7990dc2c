package chokepoint.engine.resolve;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.scenario.ParameterKey;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.GameState;
import chokepoint.engine.state.Sanction;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.Tariff;
import chokepoint.engine.state.TimedModifier;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link TradeRules} keeps its tables in lazily made rows and works the spot preference out once per commodity;
 * every answer must be bit for bit what the plain [market][seller][buyer] tables and the per-call division gave.
 * The reference below is the earlier implementation, unchanged.
 */
class TradeRulesTest {
    private static final ControlMode[] MODES = ControlMode.values();
    private static final ZoneRule[] RULES = ZoneRule.values();

    @Test
    void answersEqualThePlainTables() throws Exception {
        Scenario sc = ScenarioLoader.loadBundled("2025");
        Random r = new Random(7);
        for (int trial = 0; trial < 60; trial++) {
            GameState s = Game.start(sc, trial).state().copy();
            mix(s, r, trial % 6);
            TurnContext c1 = new TurnContext(s, Map.of());
            TurnContext c2 = new TurnContext(s, Map.of());
            TradeRules rules = new TradeRules(c1);
            Reference ref = new Reference(c2);
            assertEquals(ref.approval.length, rules.approval.length);
            for (int i = 0; i < ref.approval.length; i++) assertEquals(ref.approval[i], rules.approval[i]);
            int n = c1.actors;
            for (int m = 0; m < c1.markets; m++) {
                int k = sc.commodityOfMarket(m);
                for (int sel = 0; sel < n; sel++) {
                    assertEquals(ref.controls(m, sel), rules.controls(m, sel), "controls " + m + " " + sel);
                    for (int b = 0; b < n; b++) {
                        String at = "trial " + trial + " market " + m + " seller " + sel + " buyer " + b;
                        assertEquals(ref.allowed(m, sel, b), rules.allowed(m, sel, b), at);
                        assertEquals(ref.restrictor(m, sel, b), rules.restrictor(m, sel, b), at);
                        assertEquals(ref.preference(k, sel, b), rules.preference(k, sel, b), at);
                        assertEquals(ref.preference(k, sel, b), rules.preferences(k)[sel * n + b], at);
                        assertEquals(ref.tieTariffFactor(k, sel, b), rules.tieTariffFactor(k, sel, b), at);
                        assertEquals(ref.tariffRate(k, sel, b), rules.tariffRate(k, sel, b), at);
                    }
                }
            }
        }
    }

    /** Adds up to {@code size} of each kind of policy: controls, sanctions, tariffs, zones, shipping, escorts. */
    private static void mix(GameState s, Random r, int size) {
        Scenario sc = s.scenario;
        int n = s.actors();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double v = r.nextInt(201) - 100;
                s.relation[a][b] = v;
                s.relation[b][a] = v;
                s.allied[a][b] = s.allied[b][a] = r.nextInt(5) == 0;
            }
        }
        for (int z = 0; z < size; z++) {
            Set<ZoneRule> rules = EnumSet.noneOf(ZoneRule.class);
            for (ZoneRule rule : RULES) if (r.nextBoolean()) rules.add(rule);
            TradeZone zone = new TradeZone("z-" + z, "Zone " + z, id(sc, r), rules, r.nextDouble(), r.nextDouble() * 0.3, 0);
            for (int a = 0; a < n; a++) if (r.nextInt(3) == 0) zone.members.add(sc.actors().get(a).id());
            s.zones.add(zone);
        }
        for (int i = 0; i < size * 2; i++) {
            Target t = switch (r.nextInt(3)) {
                case 0 -> Target.all();
                case 1 -> Target.actors(id(sc, r), id(sc, r));
                default -> Target.outsideZone("z-" + r.nextInt(size + 1));
            };
            s.controls.add(new ExportControl(id(sc, r), r.nextInt(s.markets()), MODES[r.nextInt(MODES.length)], t,
                    r.nextDouble(), 0, 0));
        }
        for (int i = 0; i < size / 2; i++) s.sanctions.add(new Sanction(id(sc, r), id(sc, r), 0));
        for (int i = 0; i < size; i++) {
            String commodity = r.nextBoolean() ? "*" : sc.commodities().get(r.nextInt(sc.commodities().size())).id();
            s.tariffs.add(new Tariff(id(sc, r), id(sc, r), commodity, r.nextDouble() * 0.5, 0));
        }
        for (int i = 0; i < size / 2; i++) {
            int commodity = r.nextBoolean() ? -1 : r.nextInt(sc.commodities().size());
            s.modifiers.add(new TimedModifier(TimedModifier.Kind.SHIPPING, -1, -1, commodity, r.nextDouble() * 0.4,
                    s.turn + r.nextInt(3), "test"));
        }
        for (int i = 0; i < size / 2; i++) {
            s.escorts.add(id(sc, r) + "/" + sc.commodities().get(r.nextInt(sc.commodities().size())).id());
        }
    }

    private static String id(Scenario sc, Random r) {
        return sc.actors().get(r.nextInt(sc.actors().size())).id();
    }

    /** The earlier TradeRules: full [market][seller][buyer] tables, the spot preference divided out per call. */
    private static final class Reference {
        private final GameState s;
        private final int actors;
        private final double[][][] allowed;
        private final int[][][] restrictor;
        private final double[][] preference;
        private final double[][][] tariff;
        private final boolean[][] controlling;
        final double[] approval;
        private final double tariffElasticity;

        Reference(TurnContext c) {
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
                    case LICENCE -> lo + (hi - lo) * c.draw(chokepoint.engine.state.Draw.LICENCE, ctrl, ec.market(), chokepoint.engine.state.Draw.of(ec.target().text()));
                };
                approval[i] = pass;
                for (int b = 0; b < actors; b++) {
                    if (b == ctrl || !targets(ec.target(), b)) continue;
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
                        boolean inside = false;
                        for (int x : members) inside |= x == sel;
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
                    for (int b = 0; b < actors; b++) {
                        if (restrictor[m][sel][b] == sel && allowed[m][sel][b] < 1) { controlling[m][sel] = true; break; }
                    }
                }
            }
        }

        private boolean targets(Target t, int buyer) {
            return switch (t.kind()) {
                case ALL -> true;
                case ACTORS -> t.actors().contains(s.scenario.actors().get(buyer).id());
                case OUTSIDE_ZONE -> {
                    TradeZone z = s.zone(t.zone());
                    yield z == null || !z.members.contains(s.scenario.actors().get(buyer).id());
                }
            };
        }

        double allowed(int m, int seller, int buyer) { return allowed[m][seller][buyer]; }
        int restrictor(int m, int seller, int buyer) { return restrictor[m][seller][buyer]; }
        double preference(int commodity, int seller, int buyer) {
            return preference[seller][buyer] / (1 + tariff[commodity][seller][buyer] * tariffElasticity);
        }
        double tieTariffFactor(int commodity, int seller, int buyer) {
            return Math.max(0, 1 - tariff[commodity][seller][buyer] * tariffElasticity);
        }
        double tariffRate(int commodity, int seller, int buyer) { return tariff[commodity][seller][buyer]; }
        boolean controls(int m, int seller) { return controlling[m][seller]; }
    }
}
