package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.order.OrderChecker;
import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.ObjectiveDef;
import chokepoint.engine.scenario.ObjectiveKind;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.LeverageTerm;
import chokepoint.engine.state.OfftakeDeal;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.ProposalKind;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.Sanction;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.Tariff;
import chokepoint.engine.state.TimedModifier;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The baseline AI: fast heuristics for any role. It lists candidate orders with a priority from the seat's own
 * figures (shortages, dependence on one supplier, stock cover, budget, objectives, leverage, proposals to it),
 * scales each priority by the style, and takes candidates greedily while the set stays valid and within action
 * points and budget. A small seeded jitter (seed, turn, actor) breaks ties, so play is deterministic.
 */
public final class BaselineAi implements AiPlayer {
    /** Broad kinds of orders, each weighted by the style. */
    enum Category { RESPOND, STOCKPILE, CONTROL, TARIFF, ZONE, INVEST, RESEARCH, DIPLOMACY, SECURITY, DEFENCE }

    /** A candidate order with its reason and priority. */
    record Candidate(Order order, Reason reason, double priority, Category category) {
        ReasonedOrder reasoned() { return new ReasonedOrder(order, reason); }
    }

    /** The chosen orders and every candidate considered (for the strong AI's variants), best first. */
    record Plan(List<Candidate> chosen, List<Candidate> ranked) {
        Decision decision(String actor, Reason summary) {
            return new Decision(actor, chosen.stream().map(Candidate::reasoned).toList(), summary);
        }
    }

    /** [style][category] the style's weight of each category (a constant table, worked out once). */
    private static final double[][] WEIGHTS = new double[AiStyle.values().length][Category.values().length];

    static {
        for (AiStyle s : AiStyle.values()) for (Category c : Category.values()) WEIGHTS[s.ordinal()][c.ordinal()] = Generator.weight(s, c);
    }

    /** Smallest plant worth building, as a share of my own annual use of its market (none where I use none). */
    static final double MIN_PLANT_SHARE = 0.01;

    private final AiStyle style;
    /** Facts shared by the seats of one game, or null. */
    private final SharedFacts shared;

    public BaselineAi(AiStyle style) {
        this(style, null);
    }

    /** A player that shares per-turn facts with the other seats of one game ({@link SharedFacts}); same decisions. */
    BaselineAi(AiStyle style, SharedFacts shared) {
        this.style = style;
        this.shared = shared;
    }

    public AiStyle style() { return style; }

    @Override
    public Decision decide(Game game, String actor) {
        Plan p = plan(game, actor);
        return p.decision(actor, Reason.of("ai.summary.baseline", style.name(), p.chosen().size(), p.ranked().size()));
    }

    /**
     * The orders of {@link #decide} without their reasons: the same choice (reasons never enter it), for callers
     * that need only the orders, such as batches, where writing every candidate's reason was ~7 % of a game.
     */
    @Override
    public List<Order> orders(Game game, String actor) {
        List<Order> out = new ArrayList<>();
        for (Candidate c : plan(game, actor, false).chosen()) out.add(c.order());
        return out;
    }

    Plan plan(Game game, String actor) {
        return plan(game, actor, true);
    }

    /** The plan; without {@code explain} every reason is {@link Reason#NONE} (the candidates, priorities and choice are the same). */
    Plan plan(Game game, String actor, boolean explain) {
        if (game.isOver() || !game.scenario().actor(actor).map(a -> a.playable()).orElse(false)) {
            return new Plan(List.of(), List.of());
        }
        SeatFacts f = new SeatFacts(game, actor, shared);
        List<Candidate> all = new ArrayList<>();
        new Generator(f, style, all, explain).run();
        SplittableRandom rng = new SplittableRandom(mix(game.seed(), game.currentTurn(), f.i, style.ordinal()));
        List<Candidate> ranked = new ArrayList<>(all.size());
        for (Candidate c : all) {
            double jitter = 1 + 0.1 * (rng.nextDouble() - 0.5);
            ranked.add(new Candidate(c.order(), c.reason(), c.priority() * jitter, c.category()));
        }
        sortByPriority(ranked);
        return new Plan(select(game, actor, ranked), ranked);
    }

    /**
     * Highest priority first, ties in list order: the order of {@code sort(comparingDouble(c -> -c.priority()))}
     * (a stable sort by one total order has one result), by insertion on a dozen candidates without the comparator
     * chain.
     */
    static void sortByPriority(List<Candidate> list) {
        if (list.size() > 48) { // not quadratic on a long list
            list.sort(Comparator.comparingDouble((Candidate c) -> -c.priority()));
            return;
        }
        for (int k = 1; k < list.size(); k++) {
            Candidate c = list.get(k);
            double key = -c.priority();
            int j = k - 1;
            while (j >= 0 && Double.compare(-list.get(j).priority(), key) > 0) {
                list.set(j + 1, list.get(j));
                j--;
            }
            list.set(j + 1, c);
        }
    }

    /** Greedy choice: the best candidates that keep the set valid, within action points and budget. */
    static List<Candidate> select(Game game, String actor, List<Candidate> ranked) {
        List<Candidate> chosen = new ArrayList<>();
        // each candidate is checked once against the chosen ones (as validateAll of the chosen set plus it would)
        OrderChecker checker = game.checker(actor);
        int apLeft = game.scenario().actor(actor).map(a -> a.actionPoints()).orElse(0);
        for (Candidate c : ranked) {
            if (c.priority() <= 0) continue;
            int ap = game.cost(c.order()).actionPoints();
            if (ap > apLeft) continue;
            if (checker.tryAdd(c.order()).isEmpty()) {
                chosen.add(c);
                apLeft -= ap;
            }
        }
        return chosen;
    }

    static long mix(long... keys) {
        long h = 0x9E3779B97F4A7C15L;
        for (long k : keys) {
            h ^= k + 0x632BE59BD9B4E019L + (h << 6) + (h >>> 2);
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }

    /** Builds the candidates for one seat and style. */
    private static final class Generator {
        final SeatFacts f;
        final AiStyle style;
        final List<Candidate> out;
        final boolean explain;
        /** weight(style, c) by ordinal, looked up per candidate. */
        private final double[] weights;

        Generator(SeatFacts f, AiStyle style, List<Candidate> out, boolean explain) {
            this.f = f;
            this.style = style;
            this.out = out;
            this.explain = explain;
            this.weights = WEIGHTS[style.ordinal()];
        }

        static double weight(AiStyle style, Category c) {
            return switch (c) {
                case RESPOND, DEFENCE -> 1;
                case STOCKPILE -> style == AiStyle.COOPERATIVE ? 1.3 : 1.0;
                case CONTROL -> switch (style) { case HAWKISH -> 1.7; case BALANCED -> 1.0; case COOPERATIVE -> 0.25; };
                case TARIFF -> switch (style) { case HAWKISH -> 1.3; case BALANCED -> 0.6; case COOPERATIVE -> 0.1; };
                case ZONE -> switch (style) { case HAWKISH -> 0.6; case BALANCED -> 1.0; case COOPERATIVE -> 1.6; };
                case INVEST -> style == AiStyle.COOPERATIVE ? 1.1 : 1.0;
                case RESEARCH -> switch (style) { case HAWKISH -> 0.8; case BALANCED -> 1.0; case COOPERATIVE -> 1.3; };
                case DIPLOMACY -> switch (style) { case HAWKISH -> 0.5; case BALANCED -> 1.0; case COOPERATIVE -> 1.5; };
                case SECURITY -> switch (style) { case HAWKISH -> 1.0; case BALANCED -> 0.3; case COOPERATIVE -> 0.0; };
            };
        }

        /**
         * Adds a candidate. Callers build its reason only when the plan is to be explained ({@code explain}), else
         * {@link Reason#NONE}, so the hot path allocates no reason.
         */
        void add(Order o, Reason reason, double priority, Category c) {
            double p = priority * weights[c.ordinal()];
            if (p > 0 && Double.isFinite(p)) out.add(new Candidate(o, reason, p, c));
        }

        /** "ally" (when allied) and the relation clause, for a reason's list of clauses. */
        static List<Reason> relation(boolean ally, Reason relation) {
            return ally ? List.of(Reason.of("ai.clause.ally"), relation) : List.of(relation);
        }

        /** The clauses of a reason in order: reasons and lists of them; nulls (clauses that do not apply) left out. */
        static List<Reason> clauses(Object... items) {
            List<Reason> out = new ArrayList<>();
            for (Object o : items) {
                if (o instanceof Reason r) out.add(r);
                else if (o instanceof List<?> l) for (Object x : l) out.add((Reason) x);
            }
            return out;
        }

        void run() {
            responses();
            stockpiles();
            controls();
            liftControls();
            tariffsAndSanctions();
            zones();
            investments();
            research();
            diplomacy();
            security();
            escorts();
        }

        // ---- proposals addressed to me (free orders) ----

        void responses() {
            for (Proposal p : f.proposalsToMe) {
                int from = f.sc.actorIndex(p.from());
                double rel = f.relation[from];
                boolean ally = f.allied[from];
                List<Reason> relText = explain ? relation(ally, Reason.of("ai.clause.relation", rel)) : List.of();
                switch (p.kind()) {
                    case ZONE_INVITATION -> {
                        TradeZone z = f.st.zone(p.zone());
                        double need = switch (style) { case HAWKISH -> 20; case BALANCED -> 0; case COOPERATIVE -> -20; };
                        boolean producerRules = z != null && f.def.kind() == ActorKind.PRODUCER
                                && (z.has(ZoneRule.LOCAL_PROCESSING) || z.has(ZoneRule.JOINT_FINANCING));
                        boolean rival = false;
                        if (z != null) for (String mId : z.members) {
                            int x = f.sc.actorIndex(mId);
                            if (x >= 0 && x != f.i && f.relation[x] < -40 && !f.allied[x]) rival = true;
                        }
                        boolean accept = z != null && !rival && (ally || rel >= need || (producerRules && rel >= need - 20));
                        String zn = z == null ? p.zone() : z.name;
                        add(new Order.RespondToProposal(f.me, p.id(), accept), explain ? Reason.of(accept ? "ai.zoneInvite.accept"
                                : "ai.zoneInvite.decline", zn, p.from(), clauses(relText, rival ? Reason.of("ai.clause.rivalMember") : null,
                                producerRules ? Reason.of("ai.clause.producerRules") : null)) : Reason.NONE, 50, Category.RESPOND);
                    }
                    case OFFTAKE_DEAL -> {
                        int m = p.market();
                        double perTurn = p.quantity() / f.periodsPerYear;
                        double prod = f.rec.production[f.i][m];
                        double need = switch (style) { case HAWKISH -> 0; case BALANCED -> -20; case COOPERATIVE -> -40; };
                        boolean canSupply = prod > 0 && perTurn <= 0.6 * prod;
                        boolean accept = canSupply && (ally || rel >= need);
                        add(new Order.RespondToProposal(f.me, p.id(), accept), explain ? Reason.of(accept ? "ai.offtakeAnswer.accept"
                                : "ai.offtakeAnswer.decline", p.quantity(), f.key(m), p.from(), clauses(List.of(canSupply
                                ? Reason.of("ai.clause.shareOfOutput", perTurn / Math.max(1e-9, prod))
                                : Reason.of("ai.clause.outputTooSmall", prod)), relText)) : Reason.NONE, 50, Category.RESPOND);
                    }
                    case HOSTED_INVESTMENT -> {
                        int m = p.market();
                        double need = f.def.kind() == ActorKind.PRODUCER
                                ? (style == AiStyle.HAWKISH ? -10 : -40) : (style == AiStyle.HAWKISH ? 20 : 0);
                        boolean accept = ally || rel >= need;
                        add(new Order.RespondToProposal(f.me, p.id(), accept), explain ? Reason.of(accept ? "ai.plantAnswer.accept"
                                : "ai.plantAnswer.decline", p.from(), p.quantity(), f.key(m), f.st.capacity[f.i][m], relText)
                                : Reason.NONE, 50, Category.RESPOND);
                    }
                }
            }
        }

        // ---- stockpiles ----

        double targetDaysBase() {
            return switch (style) { case HAWKISH -> 60; case BALANCED -> 60; case COOPERATIVE -> 90; };
        }

        void stockpiles() {
            for (int m = 0; m < f.mk; m++) {
                // a market I hardly use (under US$1 M a quarter) needs no stockpile, and its days of cover mean nothing
                if (f.need[m] <= 0 || f.need[m] * f.st.outsidePrice[m] < 1e6) continue;
                int top = f.topForeign[m];
                boolean risky = top >= 0 && (f.hostile(top) || f.controlsMe(top));
                double risk = Math.max(f.shortageShare[m], f.topForeignShare[m] * (risky ? 1 : 0.35));
                if (f.controlledOnMe(m)) risk = Math.max(risk, 0.5);
                double target = targetDaysBase() * (risk >= 0.3 ? 1 : 0.5);
                double objectiveDays = 0;
                for (int k = 0; k < f.objectives.size(); k++) {
                    ObjectiveDef o = f.objectives.get(k);
                    if (o.kind() == ObjectiveKind.STOCKPILE_DAYS_AT_LEAST && f.market(k) == m) objectiveDays = Math.max(objectiveDays, o.threshold());
                    if (o.kind() == ObjectiveKind.SHORTAGE_AT_MOST && f.market(k) == m) risk = Math.max(risk, 0.4);
                }
                if (objectiveDays > 0) target = Math.max(target, objectiveDays * 1.15);
                double price = f.st.outsidePrice[m];
                double fullCost = target * f.need[m] / f.daysPerTurn * price / 1e9;
                double affordableDays = fullCost <= 0 ? target : target * Math.min(1, 0.5 * f.budget / fullCost);
                double days = Math.floor(Math.min(target, affordableDays));
                double current = f.st.stockTargetDays[f.i][m];
                if ((risk >= 0.2 || objectiveDays > 0) && days >= 10 && current < 0.9 * days) {
                    double pri = 8 * risk + (objectiveDays > 0 && f.stockDays[m] < objectiveDays ? 8 : 0);
                    add(new Order.SetStockpileTarget(f.me, f.sc.market(m).commodity(), f.sc.market(m).stage(), days),
                            explain ? Reason.of("ai.stockTarget", days, f.key(m), f.stockDays[m], clauses(List.of(top >= 0
                                    ? Reason.of("ai.clause.fromSupplier", f.topForeignShare[m], f.id(top)) : Reason.of("ai.clause.noImports")),
                                    objectiveDays > 0 ? Reason.of("ai.clause.objectiveDays", objectiveDays) : null,
                                    Reason.of("ai.clause.fullCost", fullCost * days / Math.max(1, target)))) : Reason.NONE, pri, Category.STOCKPILE);
                }
                // an immediate purchase when cover is far below the target and the market is not short
                if ((risk >= 0.3 || objectiveDays > 0) && f.shortageShare[m] < 0.02 && f.stockDays[m] < 0.5 * Math.max(days, 1)
                        && days >= 10) {
                    double gap = (days - f.stockDays[m]) * f.need[m] / f.daysPerTurn;
                    double qty = Math.min(gap * 0.5, 0.25 * f.budget * 1e9 / Math.max(1e-9, price));
                    qty = Math.min(qty, f.need[m]);
                    if (qty > 0) {
                        add(new Order.BuyStockpile(f.me, f.sc.market(m).commodity(), f.sc.market(m).stage(), round(qty)),
                                explain ? Reason.of("ai.buyStock", round(qty), f.key(m), f.stockDays[m], days) : Reason.NONE,
                                6 * risk + (objectiveDays > 0 ? 4 : 0), Category.STOCKPILE);
                    }
                }
            }
            // release into a dear market when well above target
            for (int m = 0; m < f.mk; m++) {
                double stock = f.st.stock[f.i][m];
                if (stock <= 0) continue;
                double ratio = f.rec.price[m] / f.referencePrice(m);
                double target = Math.max(f.st.stockTargetDays[f.i][m], 30);
                if (ratio >= 1.8 && (f.need[m] <= 0 || f.stockDays[m] > 2 * target) && f.shortageShare[m] < 0.01) {
                    double qty = round(stock * 0.25);
                    if (qty > 0) add(new Order.ReleaseStockpile(f.me, f.sc.market(m).commodity(), f.sc.market(m).stage(), qty),
                            explain ? Reason.of("ai.releaseStock", qty, f.key(m), ratio, f.stockDays[m]) : Reason.NONE, 3 * ratio, Category.STOCKPILE);
                }
            }
        }

        // ---- export controls where I hold leverage ----

        void controls() {
            double minPoints = switch (style) { case HAWKISH -> 1.0; case BALANCED -> 3.0; case COOPERATIVE -> 8.0; };
            double relLimit = switch (style) { case HAWKISH -> 20; case BALANCED -> -10; case COOPERATIVE -> -50; };
            // [market][dependent] my leverage points; a market's row exists only where I hold a term (no term, no target)
            double[][] points = new double[f.mk][];
            boolean holder = false;
            for (LeverageTerm t : f.rec.leverageTerms) {
                if (t.holder() != f.i) continue;
                holder = true;
                if (points[t.market()] == null) points[t.market()] = new double[f.n];
                points[t.market()][t.dependent()] += t.points();
            }
            if (!holder) return; // without leverage anywhere no market has a target
            for (int m = 0; m < f.mk; m++) {
                if (f.st.capacity[f.i][m] <= 0 || points[m] == null) continue;
                List<String> targets = null;
                double sum = 0;
                double exportCost = 0;
                int worst = -1;
                for (int d = 0; d < f.n; d++) {
                    if (d == f.i || points[m][d] <= 0) continue;
                    boolean retaliate = f.controlsMe(d);
                    double need = retaliate ? minPoints * 0.5 : minPoints;
                    if (f.allied[d] || f.inSameZone(d)) continue;
                    if (f.relation[d] >= relLimit && !retaliate) continue;
                    if (style == AiStyle.COOPERATIVE && !retaliate) continue;
                    if (points[m][d] < need) continue;
                    if (targets == null) targets = new ArrayList<>();
                    targets.add(f.id(d));
                    sum += points[m][d] * (retaliate ? 1.5 : 1);
                    exportCost += f.exportValue(m, d);
                    if (worst < 0 || points[m][d] > points[m][worst]) worst = d;
                }
                if (targets == null) continue;
                double revShare = f.revenue <= 0 ? 0 : exportCost / f.revenue;
                ControlMode mode = style == AiStyle.HAWKISH && sum >= 10 ? ControlMode.BAN : ControlMode.LICENCE;
                if (f.myControlsCover(m, targets, mode)) continue;
                double pri = Math.min(20, sum) * Math.max(0, 1 - 3 * revShare);
                String who = explain ? String.join("+", targets) : ""; // actor ids as a target ("A+B")
                double cover = stockCover(m, worst) * f.sc.parameters().get(chokepoint.engine.scenario.ParameterKey.STOCK_COVER_HORIZON_DAYS);
                add(new Order.ImposeExportControl(f.me, f.sc.market(m).commodity(), f.sc.market(m).stage(), mode,
                                new Target(Target.Kind.ACTORS, List.copyOf(targets), null), 0),
                        explain ? Reason.of(mode == ControlMode.BAN ? "ai.control.ban" : "ai.control.licence", f.key(m), who,
                                f.id(worst), points[m][worst], cover, revShare,
                                f.controlsMe(worst) ? List.of(Reason.of("ai.suffix.restrictsMe")) : List.of()) : Reason.NONE,
                        pri, Category.CONTROL);
            }
        }

        /** Stock cover of the last of my leverage terms on a dependent in a market, 0 if none. */
        double stockCover(int m, int dependent) {
            List<LeverageTerm> terms = f.rec.leverageTerms;
            for (int k = terms.size() - 1; k >= 0; k--) {
                LeverageTerm t = terms.get(k);
                if (t.holder() == f.i && t.market() == m && t.dependent() == dependent) return t.stockCover();
            }
            return 0;
        }

        void liftControls() {
            for (ExportControl c : f.st.controls) {
                if (!c.controller().equals(f.me)) continue;
                boolean provoked = false;
                for (int d = 0; d < f.n; d++) if (d != f.i && f.targets(c.target(), f.id(d)) && f.controlsMe(d)) provoked = true;
                int age = f.turn - c.sinceTurn();
                if (age < 2) continue;
                int down = f.sc.downstreamOf(c.market());
                if (f.def.kind() == ActorKind.PRODUCER && down >= 0 && f.st.capacity[f.i][down] > 0) continue;
                double lost = f.exportValueAll(c.market());
                double pri = switch (style) {
                    case COOPERATIVE -> provoked ? 1 : 9;
                    case BALANCED -> !provoked && age >= 6 ? 4 + f.st.tension / 20 : 0;
                    case HAWKISH -> 0;
                };
                if (pri <= 0) continue;
                add(new Order.LiftExportControl(f.me, f.sc.market(c.market()).commodity(), f.sc.market(c.market()).stage()),
                        explain ? Reason.of("ai.liftControl", c.mode().name(), f.key(c.market()), age, f.st.tension, lost,
                                provoked ? List.of() : List.of(Reason.of("ai.suffix.noCounterMeasures"))) : Reason.NONE, pri, Category.CONTROL);
            }
        }

        // ---- tariffs and sanctions ----

        void tariffsAndSanctions() {
            int k = f.sc.commodities().size();
            for (int c = 0; c < f.n; c++) {
                if (c == f.i || !f.controlsMe(c) || f.allied[c]) continue;
                // retaliate on a commodity I import from c but could get elsewhere
                int bestK = -1;
                double bestVal = 0;
                for (int kk = 0; kk < k; kk++) {
                    double fromC = 0, share = 0;
                    for (int m : f.sc.marketsOf(kk)) {
                        fromC += f.imports(m, c) * f.rec.price[m];
                        if (f.supplyTotal[m] > 0) share = Math.max(share, f.imports(m, c) / f.supplyTotal[m]);
                    }
                    if (fromC <= 0) continue;
                    if (share < 0.35 && fromC > bestVal) { bestVal = fromC; bestK = kk; }
                }
                boolean already = false;
                for (Tariff t : f.st.tariffs) if (t.imposer().equals(f.me) && t.target().equals(f.id(c))) already = true;
                if (bestK >= 0 && !already) {
                    String com = f.sc.commodities().get(bestK).id();
                    add(new Order.SetTariff(f.me, f.id(c), com, 0.25), explain ? Reason.of("ai.tariff", 0.25, com, f.id(c), 0.35,
                            bestVal / 1e9) : Reason.NONE, 4, Category.TARIFF);
                }
                if (style == AiStyle.HAWKISH && f.relation[c] < -60 && f.kind(c) == ActorKind.MAJOR) {
                    boolean in = false;
                    for (Sanction s : f.st.sanctions) if (s.imposer().equals(f.me) && s.target().equals(f.id(c))) in = true;
                    if (!in) add(new Order.ImposeSanction(f.me, f.id(c)), explain ? Reason.of("ai.sanction", f.id(c), f.relation[c])
                            : Reason.NONE, 2, Category.SECURITY);
                }
            }
            if (style != AiStyle.HAWKISH) {
                for (Tariff t : f.st.tariffs) {
                    if (!t.imposer().equals(f.me)) continue;
                    int c = f.sc.actorIndex(t.target());
                    if (c < 0 || f.controlsMe(c)) continue;
                    add(new Order.SetTariff(f.me, t.target(), t.commodity(), 0), explain ? Reason.of("ai.removeTariff", t.rate(),
                            t.commodity(), t.target()) : Reason.NONE, style == AiStyle.COOPERATIVE ? 6 : 3, Category.TARIFF);
                }
                for (Sanction s : f.st.sanctions) {
                    if (!s.imposer().equals(f.me)) continue;
                    int c = f.sc.actorIndex(s.target());
                    if (c < 0 || (f.controlsMe(c) && f.relation[c] < -50)) continue;
                    add(new Order.LiftSanction(f.me, s.target()), explain ? Reason.of("ai.liftSanction", s.target(), f.relation[c],
                            f.st.tension) : Reason.NONE, style == AiStyle.COOPERATIVE ? 6 : 2, Category.DIPLOMACY);
                }
            }
        }

        // ---- trade zones ----

        void zones() {
            List<TradeZone> mine = f.st.zonesOf(f.me);
            boolean invited = false;
            for (Proposal p : f.proposalsToMe) if (p.kind() == ProposalKind.ZONE_INVITATION) invited = true;
            if (mine.isEmpty() && !invited && f.def.kind() == ActorKind.MAJOR && f.def.actionPoints() >= 2) {
                boolean friendHasZone = false;
                boolean leader = true;
                double myGdp = f.def.gdp().value();
                int friends = 0;
                for (int o = 0; o < f.n; o++) {
                    if (!f.friend(o) || !f.playable(o)) continue;
                    friends++;
                    if (f.inAnyZone(o)) friendHasZone = true;
                    double g = f.sc.actors().get(o).gdp().value();
                    if (f.kind(o) == ActorKind.MAJOR && (g > myGdp || (g == myGdp && o < f.i))) leader = false;
                }
                if (!friendHasZone && leader && friends > 0 && f.budget >= 1.0) {
                    Set<ZoneRule> rules = switch (style) {
                        case COOPERATIVE -> EnumSet.of(ZoneRule.TRUSTED_SUPPLY, ZoneRule.JOINT_FINANCING, ZoneRule.LOCAL_PROCESSING);
                        case BALANCED -> EnumSet.of(ZoneRule.TRUSTED_SUPPLY, ZoneRule.JOINT_FINANCING);
                        case HAWKISH -> EnumSet.of(ZoneRule.TRUSTED_SUPPLY, ZoneRule.COMMON_TARIFF);
                    };
                    double tariff = rules.contains(ZoneRule.COMMON_TARIFF) ? 0.1 : 0;
                    double maxDep = 0;
                    for (int m = 0; m < f.mk; m++) if (f.topForeign[m] >= 0 && !f.friend(f.topForeign[m])) maxDep = Math.max(maxDep, f.topForeignShare[m]);
                    add(new Order.FoundZone(f.me, f.me + " critical minerals zone", rules, 0, tariff),   // shown localized: ScenarioNames.zoneName
                            explain ? Reason.of("ai.foundZone", friends, maxDep) : Reason.NONE, 5 + 6 * maxDep, Category.ZONE);
                }
            }
            for (TradeZone z : mine) {
                String inviter = z.members.contains(z.founder) ? z.founder : z.members.get(0);
                if (!inviter.equals(f.me)) continue;
                List<Candidate> invites = new ArrayList<>();
                for (int o = 0; o < f.n; o++) {
                    if (o == f.i || !f.playable(o) || z.members.contains(f.id(o))) continue;
                    if (f.inAnyZone(o) || invitedRecently(f.id(o))) continue;
                    double need = switch (style) { case HAWKISH -> 40; case BALANCED -> 15; case COOPERATIVE -> 0; };
                    if (!f.allied[o] && f.relation[o] < need) continue;
                    boolean pending = false;
                    for (Proposal p : f.proposalsFromMe) {
                        if (p.kind() == ProposalKind.ZONE_INVITATION && z.id.equals(p.zone()) && p.to().equals(f.id(o))) pending = true;
                    }
                    if (pending) continue;
                    double supplyValue = 0;
                    for (int m = 0; m < f.mk; m++) supplyValue += f.imports(m, o) * f.rec.price[m] / 1e9;
                    double pri = 3 + (f.kind(o) == ActorKind.PRODUCER ? 2 : 0) + Math.min(4, supplyValue * 10) + (f.allied[o] ? 2 : 0);
                    invites.add(new Candidate(new Order.InviteToZone(f.me, z.id, f.id(o)), explain ? Reason.of("ai.invite", f.id(o),
                            z.name, clauses(relation(f.allied[o], Reason.of("ai.clause.relationLevel", f.relation[o])),
                            Reason.of("ai.clause.suppliesMe", supplyValue))) : Reason.NONE, pri, Category.ZONE));
                }
                invites.sort(Comparator.comparingDouble((Candidate c) -> -c.priority()));
                for (Candidate c : invites.subList(0, Math.min(2, invites.size()))) add(c.order(), c.reason(), c.priority(), c.category());
            }
        }

        boolean invitedRecently(String invitee) {
            for (int back = 1; back <= 4; back++) {
                for (Order o : f.myOrders(back)) if (o instanceof Order.InviteToZone x && x.invitee().equals(invitee)) return true;
            }
            return false;
        }

        // ---- investment ----

        void investments() {
            double share = switch (style) { case HAWKISH -> 0.25; case BALANCED -> 0.3; case COOPERATIVE -> 0.4; };
            double maxSpend = f.budget * share;
            for (int m = 0; m < f.mk; m++) {
                if (f.constructing(m)) continue;
                double ref = f.referencePrice(m);
                if (f.rec.price[m] < 0.75 * ref) continue;
                var md = f.sc.market(m);
                if (md.leadTurns() >= f.turnsLeft) continue;
                double wantAnnual = 0;
                double pri = 0;
                Reason why = null;
                // dependence on one foreign supplier, or an objective on this market
                int top = f.topForeign[m];
                if (f.need[m] > 0 && top >= 0 && f.topForeignShare[m] > 0.5 && !f.friend(top)) {
                    wantAnnual = 0.25 * f.imports(m, top) * f.periodsPerYear;
                    pri = 6 * f.topForeignShare[m];
                    why = explain ? Reason.of("ai.why.dependence", f.topForeignShare[m], md.key(), f.id(top)) : Reason.NONE;
                }
                for (int k = 0; k < f.objectives.size(); k++) {
                    ObjectiveDef o = f.objectives.get(k);
                    if (f.market(k) != m || !f.unmet(k)) continue;
                    var s = f.status(k);
                    double value = s == null ? 0 : s.value();
                    switch (o.kind()) {
                        case DOMESTIC_SHARE_AT_LEAST -> {
                            double gap = Math.max(0, o.threshold() - value) * f.need[m] * f.periodsPerYear;
                            if (gap > 0) { wantAnnual = Math.max(wantAnnual, 0.5 * gap); pri = Math.max(pri, 5 + 2 * o.weight());
                                why = explain ? Reason.of("ai.why.domesticShare", md.key(), value, o.threshold()) : Reason.NONE; }
                        }
                        case GLOBAL_SHARE_AT_LEAST -> {
                            double gap = Math.max(0, o.threshold() - value) * f.worldProduction(m) * f.periodsPerYear;
                            if (gap > 0) { wantAnnual = Math.max(wantAnnual, 0.4 * gap); pri = Math.max(pri, 5 + 2 * o.weight());
                                why = explain ? Reason.of("ai.why.worldShare", md.key(), value, o.threshold()) : Reason.NONE; }
                        }
                        case SUPPLIER_SHARE_AT_MOST, SINGLE_SUPPLIER_AT_MOST -> {
                            double gap = Math.max(0, value - o.threshold()) * f.need[m] * f.periodsPerYear;
                            if (gap > 0) { wantAnnual = Math.max(wantAnnual, 0.4 * gap); pri = Math.max(pri, 5 + 2 * o.weight());
                                why = explain ? (o.other() == null ? Reason.of("ai.why.largestSupplierShare", md.key(), value, o.threshold())
                                        : Reason.of("ai.why.supplierShare", o.other(), md.key(), value, o.threshold())) : Reason.NONE; }
                        }
                        default -> { }
                    }
                }
                // producers: process their own ore at home
                int up = f.sc.upstreamOf(m);
                if (f.def.kind() == ActorKind.PRODUCER && up >= 0 && f.st.capacity[f.i][up] > 0) {
                    double oreFor = f.st.capacity[f.i][up] / Math.max(1e-9, md.inputRatio());
                    if (f.st.capacity[f.i][m] < 0.5 * oreFor) {
                        double w = 0.15 * oreFor;
                        if (w > wantAnnual) {
                            wantAnnual = w;
                            pri = Math.max(pri, 5);
                            why = explain ? Reason.of("ai.why.unprocessed", f.key(up), f.st.capacity[f.i][up]) : Reason.NONE;
                        }
                    }
                }
                if (wantAnnual <= 0 || why == null) continue;
                double unitCost = md.buildCost().value() / 1e9;
                double cap = Math.min(wantAnnual, unitCost <= 0 ? wantAnnual : maxSpend / unitCost);
                if (cap < 0.05 * wantAnnual || cap <= 0) continue;
                // a plant under 1 % of my own annual use is no project, only a rounding gap in an objective
                if (cap < MIN_PLANT_SHARE * f.need[m] * f.periodsPerYear) continue;
                cap = round(cap);
                String host = f.me;
                // cooperative majors build processing in a friendly producer with ore, when that host can consent
                if (style == AiStyle.COOPERATIVE && f.def.kind() == ActorKind.MAJOR && up >= 0) {
                    int best = -1;
                    for (int h = 0; h < f.n; h++) {
                        if (h == f.i || !f.sc.actors().get(h).hostsInvestment() || !f.playable(h) || f.relation[h] < 0) continue;
                        if (f.st.capacity[h][up] <= 0) continue;
                        boolean domesticGoal = f.objectives.stream().anyMatch(o -> o.kind() == ObjectiveKind.DOMESTIC_SHARE_AT_LEAST && f.market(o) == f.sc.marketIndex(md.commodity(), md.stage()));
                        if (domesticGoal) continue;
                        if (best < 0 || f.st.capacity[h][up] > f.st.capacity[best][up]) best = h;
                    }
                    if (best >= 0) host = f.id(best);
                }
                add(new Order.Invest(f.me, host, md.commodity(), md.stage(), cap), explain ? (host.equals(f.me)
                        ? Reason.of("ai.invest.home", cap, md.key(), cap * unitCost, why, md.leadTurns())
                        : Reason.of("ai.invest.abroad", cap, md.key(), host, cap * unitCost, why, md.leadTurns())) : Reason.NONE,
                        pri, Category.INVEST);
            }
        }

        // ---- research ----

        void research() {
            int limit = switch (style) { case HAWKISH -> 1; case BALANCED -> 2; case COOPERATIVE -> 3; };
            int running = f.runningResearch();
            if (running >= limit) return;
            List<ProjectDef> projects = f.sc.projects();
            for (int pk = 0; pk < projects.size(); pk++) {
                ProjectDef p = projects.get(pk);
                if (!f.eligible(pk, p)) continue;
                ResearchStatus rs = f.researchStatus(p.id());
                if (rs == ResearchStatus.RUNNING || rs == ResearchStatus.SUCCEEDED) continue;
                if (p.prerequisite() != null && f.researchStatus(p.prerequisite()) != ResearchStatus.SUCCEEDED) continue;
                if (p.duration() > f.turnsLeft) continue;
                double affordable = 0.08 * f.budget + 0.3 * f.def.income().value();
                if (p.costPerTurn() > affordable) continue;
                double value = 0;
                Reason why = null;
                List<EffectDef> effects = p.effects();
                for (int ek = 0; ek < effects.size(); ek++) {
                    EffectDef e = effects.get(ek);
                    if (e.actor() != null && !"*".equals(e.actor()) && !e.actor().equals(f.me)) continue;
                    int m = f.effectMarket(pk, ek, e);
                    if (m < 0) continue;
                    double v = 0;
                    switch (e.kind()) {
                        case ADD_CAPACITY -> {
                            if (f.need[m] > 0) v = 2 + 4 * f.topForeignShare[m] + 6 * f.shortageShare[m];
                            else if (f.st.capacity[f.i][m] > 0) v = 1.5;
                        }
                        case RECYCLING, DEMAND_FACTOR -> { if (f.need[m] > 0) v = 2 + 3 * f.topForeignShare[m] + 6 * f.shortageShare[m]; }
                        default -> { }
                    }
                    for (int k = 0; k < f.objectives.size(); k++) if (f.market(k) == m && f.unmet(k)) v += 2 * f.objectives.get(k).weight();
                    if (v > value) { value = v; why = explain ? Reason.of("ai.why.effect", e.kind().name(), f.key(m)) : Reason.NONE; }
                }
                for (int k = 0; k < f.objectives.size(); k++) {
                    ObjectiveDef o = f.objectives.get(k);
                    if (o.kind() == ObjectiveKind.PROJECT_DONE && f.unmet(k) && leadsTo(p.id(), o.other())) {
                        value += 6 + 2 * o.weight();
                        why = explain ? Reason.of("ai.why.completeProject", o.other()) : Reason.NONE;
                    }
                }
                if (value <= 0) continue;
                double pri = value * p.successChance() * (1 + 4.0 / (4 + p.duration()));
                add(new Order.StartResearch(f.me, p.id()), explain ? Reason.of("ai.startResearch", p.id(), p.costPerTurn(),
                        p.duration(), p.successChance(), why) : Reason.NONE, pri, Category.RESEARCH);
            }
            // stop a project the budget can no longer carry
            for (Research r : f.myResearch()) {
                if (r.status() != ResearchStatus.RUNNING) continue;
                ProjectDef p = f.sc.project(r.project()).orElse(null);
                if (p != null && f.budget < p.costPerTurn()) {
                    add(new Order.CancelResearch(f.me, p.id()), explain ? Reason.of("ai.cancelResearch", p.id(), f.budget,
                            p.costPerTurn()) : Reason.NONE, 5, Category.RESEARCH);
                }
            }
        }

        boolean leadsTo(String project, String goal) {
            String cur = goal;
            for (int guard = 0; cur != null && guard < 50; guard++) {
                if (cur.equals(project)) return true;
                cur = f.sc.project(cur).map(ProjectDef::prerequisite).orElse(null);
            }
            return false;
        }

        // ---- summits and offtakes ----

        void diplomacy() {
            // a summit with the most important supplier that is not a friend, or with an invitee
            int bestT = -1;
            double bestV = 0;
            // [actor] my largest share from it as top foreign supplier (markets in order, as a scan per actor)
            double[] deps = new double[f.n];
            for (int m = 0; m < f.mk; m++) if (f.topForeign[m] >= 0) deps[f.topForeign[m]] = Math.max(deps[f.topForeign[m]], f.topForeignShare[m]);
            for (int o = 0; o < f.n; o++) {
                if (o == f.i || f.relation[o] >= 40) continue;
                double dep = deps[o];
                double v = dep * (1 + Math.max(0, -f.relation[o]) / 50) + (f.controlsMe(o) ? 0.5 : 0);
                if (v > bestV) { bestV = v; bestT = o; }
            }
            if (bestT >= 0) {
                for (Order o : f.myOrders(1)) {
                    if (o instanceof Order.HoldSummit h && h.target().equals(f.id(bestT))) bestV *= 0.5;
                }
            }
            double realDep = 0;
            if (bestT >= 0) for (int m = 0; m < f.mk; m++) if (f.topForeign[m] == bestT) realDep = Math.max(realDep, f.topForeignShare[m]);
            if (bestT >= 0 && bestV > 0.2 && (realDep >= 0.1 || f.st.tension > 50) && f.budget > 0.2) {
                add(new Order.HoldSummit(f.me, f.id(bestT)), explain ? Reason.of(f.controlsMe(bestT) ? "ai.summit.restricting" : "ai.summit",
                        f.id(bestT), f.relation[bestT], Math.min(1, bestV), f.st.tension) : Reason.NONE,
                        2 + 5 * Math.min(1, bestV) + f.st.tension / 30, Category.DIPLOMACY);
            }
            if (f.def.kind() != ActorKind.MAJOR) return;
            Candidate bestOfftake = null;
            for (int m = 0; m < f.mk; m++) {
                int top = f.topForeign[m];
                if (f.need[m] <= 0 || top < 0 || f.topForeignShare[m] < 0.4 || f.friend(top)) continue;
                boolean have = false;
                for (OfftakeDeal d : f.st.offtakes) if (d.buyer().equals(f.me) && d.market() == m) have = true;
                for (Proposal p : f.proposalsFromMe) if (p.kind() == ProposalKind.OFFTAKE_DEAL && p.market() == m) have = true;
                if (have) continue;
                int seller = -1;
                double spare = 0;
                for (int o = 0; o < f.n; o++) {
                    if (o == f.i || o == top || !f.playable(o) || f.relation[o] < 0) continue;
                    double prod = f.rec.production[o][m];
                    if (prod > spare) { spare = prod; seller = o; }
                }
                if (seller < 0) continue;
                double annual = round(Math.min(0.25 * f.need[m], 0.3 * spare) * f.periodsPerYear);
                if (annual <= 0) continue;
                Candidate c = new Candidate(new Order.ProposeOfftake(f.me, f.id(seller), f.sc.market(m).commodity(), f.sc.market(m).stage(), annual, 8),
                        explain ? Reason.of("ai.proposeOfftake", annual, f.key(m), f.id(seller), 8, f.topForeignShare[m], f.id(top),
                                spare) : Reason.NONE, 3 + 5 * f.topForeignShare[m], Category.DIPLOMACY);
                if (bestOfftake == null || c.priority() > bestOfftake.priority()) bestOfftake = c;
            }
            if (bestOfftake != null) add(bestOfftake.order(), bestOfftake.reason(), bestOfftake.priority(), bestOfftake.category());
        }

        // ---- security moves (hawkish) ----

        void security() {
            if (f.def.kind() != ActorKind.MAJOR || f.st.tension >= 70) return;
            boolean recent = false;
            for (int back = 1; back <= 3; back++) {
                for (Order o : f.myOrders(back)) if (o instanceof Order.ArmsSale || o instanceof Order.MilitaryExercise) recent = true;
            }
            if (recent) return;
            for (int c = 0; c < f.n; c++) {
                if (c == f.i || !f.controlsMe(c) || f.allied[c]) continue;
                add(new Order.MilitaryExercise(f.me, f.id(c)), explain ? Reason.of("ai.exercise", f.id(c), f.relation[c], f.st.tension)
                        : Reason.NONE, 3, Category.SECURITY);
            }
            // an arms sale to a partner that a rival of mine threatens
            for (int r = 0; r < f.n; r++) {
                if (r == f.i || f.relation[r] >= 0 || f.allied[r]) continue;
                for (int p = 0; p < f.n; p++) {
                    if (p == f.i || p == r || f.relation[p] < 30 || f.st.relation[r][p] > -30) continue;
                    add(new Order.ArmsSale(f.me, f.id(p)), explain ? Reason.of("ai.armsSale", f.id(p), f.relation[p], f.id(r),
                            f.st.relation[r][p], 0.30) : Reason.NONE, 2.5, Category.SECURITY);
                }
            }
            // cyber operation against a rival exporter that competes with my exports
            SplittableRandom rng = new SplittableRandom(mix(f.game.seed(), f.turn, f.i, 77));
            if (rng.nextDouble() < 0.3) {
                for (int c = 0; c < f.n; c++) {
                    if (c == f.i || !f.controlsMe(c) || f.allied[c]) continue;
                    for (int m = 0; m < f.mk; m++) {
                        if (f.rec.exports[f.i][m] > 0 && f.rec.exports[c][m] > 0 && f.imports(m, c) <= 0) {
                            add(new Order.CyberOperation(f.me, f.id(c), f.sc.market(m).commodity(), f.sc.market(m).stage()),
                                    explain ? Reason.of("ai.cyber", f.id(c), f.key(m)) : Reason.NONE,
                                    1.5, Category.SECURITY);
                            break;
                        }
                    }
                }
            }
        }

        void escorts() {
            for (TimedModifier mod : f.st.modifiers) {
                if (mod.kind() != TimedModifier.Kind.SHIPPING || mod.untilTurn() < f.turn || mod.commodity() < 0) continue;
                double imp = 0, sup = 0;
                for (int m : f.sc.marketsOf(mod.commodity())) {
                    for (int s = 0; s < f.n; s++) imp += f.imports(m, s) * f.rec.price[m];
                    sup += f.supplyTotal[m] * f.rec.price[m];
                }
                if (imp <= 0 || sup <= 0) continue;
                String com = f.sc.commodities().get(mod.commodity()).id();
                add(new Order.EscortShipping(f.me, com), explain ? Reason.of("ai.escort", com, mod.factor(), imp / sup) : Reason.NONE,
                        4 + 8 * imp / sup * mod.factor(), Category.DEFENCE);
            }
        }
    }

    static double round(double x) {
        if (x <= 0) return 0;
        double mag = Math.pow(10, Math.floor(Math.log10(x)) - 1);
        return Math.round(x / mag) * mag;
    }
}
