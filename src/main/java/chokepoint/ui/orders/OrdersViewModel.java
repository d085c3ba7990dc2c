package chokepoint.ui.orders;

import chokepoint.text.OrderText;

import chokepoint.engine.Game;
import chokepoint.engine.OrderPreview;
import chokepoint.engine.order.Order;
import chokepoint.engine.order.OrderCost;
import chokepoint.engine.order.Rejection;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.CommodityDef;
import chokepoint.engine.scenario.MarketDef;
import chokepoint.engine.scenario.ProjectDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.TurnRecord;
import chokepoint.engine.state.ZoneRule;
import chokepoint.engine.view.SeatView;
import chokepoint.ui.app.Names;
import chokepoint.ui.app.Texts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The orders panel of one seat: forms for every order type with choices from the scenario, validation and
 * preview through the engine as orders are entered, the seat's pending orders, what is left to spend, and the
 * proposals addressed to the seat. It holds only this seat's pending list (given by the session) and reads the
 * game only through {@link Game#view(String)}, validation and preview.
 */
public final class OrdersViewModel {
    /** A choice: the value passed to the engine and its label. */
    public record Option(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Result of checking a draft: the order (if the form parses), translated problems, cost, expected effects. */
    public record Check(Optional<Order> order, List<String> problems, OrderCost cost, List<String> effects) {
        public boolean ok() {
            return order.isPresent() && problems.isEmpty();
        }
    }

    public record PendingLine(int index, String text, String cost, List<String> problems) {}

    /** A proposal to this seat and the answer currently among the pending orders, if any. */
    public record ProposalLine(String id, String text, Optional<Boolean> answer) {}

    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";

    private final Game game;
    private final String seat;
    private final List<Order> pending;
    private final Names names;
    private final List<Runnable> listeners = new ArrayList<>();

    /**
     * @param pending this seat's pending orders, owned by the session; the view model adds to and removes from it
     */
    public OrdersViewModel(Game game, String seat, List<Order> pending) {
        this.game = game;
        this.seat = seat;
        this.pending = pending;
        this.names = new Names(game);
    }

    public String seat() {
        return seat;
    }

    public Names names() {
        return names;
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    private void changed() {
        for (Runnable r : listeners) r.run();
    }

    private Scenario sc() {
        return game.scenario();
    }

    private SeatView view() {
        return game.view(seat);
    }

    public List<OrderKind> kinds() {
        return List.of(OrderKind.values());
    }

    public static String kindLabel(OrderKind k) {
        return Names.orderType(k.type());
    }

    public static String fieldLabel(Field f) {
        return Texts.get(f.labelKey());
    }

    // ---------------------------------------------------------------- drafts

    /** A fresh draft for a kind with every choice on its first option and suggested numbers. */
    public Map<Field, String> newDraft(OrderKind kind) {
        Map<Field, String> d = new EnumMap<>(Field.class);
        for (Field f : kind.fields()) {
            switch (f) {
                case DAYS -> d.put(f, "90");
                case TURNS -> d.put(f, "4");
                case QUOTA_PERCENT -> d.put(f, "50");
                case RATE_PERCENT -> d.put(f, "25");
                case FLOOR_PERCENT -> d.put(f, "80");
                case TARIFF_PERCENT -> d.put(f, "10");
                case NAME -> d.put(f, Texts.get("orders.defaultZoneName", names.actor(seat)));
                case RULES -> d.put(f, ZoneRule.TRUSTED_SUPPLY.name());
                default -> d.put(f, "");
            }
        }
        if (kind == OrderKind.INVEST) d.put(Field.HOST, seat);
        if (kind.group() == OrderKind.Group.STOCKPILE || kind == OrderKind.PROPOSE_OFFTAKE) preselectNeededMarket(d);
        return normalize(kind, d);
    }

    /** Starts stockpile and offtake forms on the market the seat needs most (largest share of its demand bought in). */
    private void preselectNeededMarket(Map<Field, String> d) {
        SeatView v = view();
        TurnRecord r = v.lastRecord();
        if (r == null) return;
        int me = v.seatIndex();
        int best = -1;
        double bestGap = 0;
        for (int m = 0; m < sc().marketCount(); m++) {
            double gap = r.demand[me][m] - r.production[me][m];
            double value = gap * r.price[m];
            if (gap > 0 && value > bestGap) {
                bestGap = value;
                best = m;
            }
        }
        if (best >= 0) {
            d.put(Field.COMMODITY, sc().market(best).commodity());
            d.put(Field.STAGE, sc().market(best).stage());
        }
    }

    /** Puts every choice field on a valid option (stages follow the commodity) and fills blank quantities. */
    public Map<Field, String> normalize(OrderKind kind, Map<Field, String> draft) {
        Map<Field, String> d = new EnumMap<>(Field.class);
        d.putAll(draft);
        for (Field f : kind.fields()) {
            if (f.type() != Field.Type.CHOICE) continue;
            List<Option> opts = options(kind, f, d);
            String v = d.get(f);
            if (opts.stream().noneMatch(o -> o.value().equals(v))) d.put(f, opts.isEmpty() ? "" : opts.get(0).value());
        }
        if (kind.fields().contains(Field.QUANTITY) && blank(d.get(Field.QUANTITY))) {
            d.put(Field.QUANTITY, suggestedQuantity(kind, d));
        }
        return d;
    }

    public List<Option> options(OrderKind kind, Field f, Map<Field, String> draft) {
        List<Option> out = new ArrayList<>();
        switch (f) {
            case COMMODITY -> {
                for (CommodityDef c : sc().commodities()) out.add(new Option(c.id(), names.commodity(c.id())));
            }
            case TARIFF_COMMODITY -> {
                out.add(new Option("*", Texts.get("commodity.all")));
                for (CommodityDef c : sc().commodities()) out.add(new Option(c.id(), names.commodity(c.id())));
            }
            case STAGE -> {
                CommodityDef c = names.commodityDef(draft.getOrDefault(Field.COMMODITY, ""));
                if (c != null) for (MarketDef m : c.stages()) out.add(new Option(m.stage(), names.stage(m.stage())));
            }
            case MODE -> {
                for (ControlMode m : ControlMode.values()) out.add(new Option(m.name(), Names.constant("mode", m.name())));
            }
            case TARGET -> {
                out.add(new Option("*", Texts.get("target.everyone")));
                for (ActorDef a : sc().actors()) {
                    if (!a.id().equals(seat)) out.add(new Option(a.id(), names.actor(a.id())));
                }
                for (TradeZone z : game.state().zones) {
                    out.add(new Option("!" + z.id, Texts.get("target.outsideZone", names.zone(z.id))));
                }
            }
            case OTHER -> {
                for (ActorDef a : sc().actors()) {
                    if (!a.id().equals(seat)) out.add(new Option(a.id(), names.actor(a.id())));
                }
            }
            case HOST -> {
                out.add(new Option(seat, Texts.get("orders.host.home", names.actor(seat))));
                for (ActorDef a : sc().actors()) {
                    if (!a.id().equals(seat) && a.hostsInvestment()) out.add(new Option(a.id(), names.actor(a.id())));
                }
            }
            case ZONE -> {
                for (TradeZone z : game.state().zones) if (z.members.contains(seat)) out.add(new Option(z.id, names.zone(z.id)));
            }
            case PROJECT -> {
                for (ProjectDef p : sc().projects()) {
                    if (!p.eligible().isEmpty() && !p.eligible().contains(seat)) continue;
                    if (researchStatus(p.id()).isPresent()) continue;
                    out.add(new Option(p.id(), names.project(p.id())));
                }
            }
            case RUNNING_PROJECT -> {
                for (Research r : view().research(seat)) {
                    if (r.status() == ResearchStatus.RUNNING) out.add(new Option(r.project(), names.project(r.project())));
                }
            }
            case PROPOSAL -> {
                for (Proposal p : view().proposalsToMe()) out.add(new Option(p.id(), proposalText(p)));
            }
            case ANSWER -> {
                out.add(new Option(ACCEPT, Texts.get("orders.accept")));
                out.add(new Option(REJECT, Texts.get("orders.reject")));
            }
            default -> { }
        }
        return out;
    }

    private Optional<ResearchStatus> researchStatus(String project) {
        for (Research r : view().research(seat)) {
            if (r.project().equals(project) && r.status() != ResearchStatus.FAILED) return Optional.of(r.status());
        }
        return Optional.empty();
    }

    /** Quantity unit of the draft's market ("t", "kg", ...) or "". */
    public String unit(Map<Field, String> draft) {
        String c = draft.get(Field.COMMODITY);
        String s = draft.get(Field.STAGE);
        return c == null || s == null ? "" : names.unit(c, s);
    }

    /** Figures that help choose a quantity: own demand and stock in the market, price. */
    public String hint(OrderKind kind, Map<Field, String> draft) {
        int m = market(draft);
        if (m < 0) {
            if (kind == OrderKind.START_RESEARCH) {
                return sc().project(draft.getOrDefault(Field.PROJECT, "")).map(p -> Texts.get("orders.hint.project",
                        names.projectDescription(p.id()), fmt(p.costPerTurn()), p.duration(),
                        Math.round(p.successChance() * 100))).orElse("");
            }
            return "";
        }
        SeatView v = view();
        TurnRecord r = v.lastRecord();
        double demand = r == null ? 0 : r.demand[v.seatIndex()][m];
        double price = r == null ? sc().market(m).referencePrice().value() : r.price[m];
        return Texts.get("orders.hint.market", fmt(demand), fmt(v.stock(v.seatIndex(), m)), sc().market(m).unitIn(Texts.language()),
                fmt(price));
    }

    private int market(Map<Field, String> draft) {
        String c = draft.get(Field.COMMODITY);
        String s = draft.get(Field.STAGE);
        return c == null || s == null ? -1 : sc().marketIndex(c, s);
    }

    private String suggestedQuantity(OrderKind kind, Map<Field, String> d) {
        int m = market(d);
        if (m < 0) return "100";
        SeatView v = view();
        TurnRecord r = v.lastRecord();
        double base = 0;
        if (r != null) base = r.demand[v.seatIndex()][m] * 0.1;
        if (kind == OrderKind.RELEASE_STOCKPILE) base = v.stock(v.seatIndex(), m) * 0.25;
        if (kind == OrderKind.INVEST || base <= 0) {
            double total = 0;
            if (r != null) for (double[] p : r.production) total += p[m];
            base = Math.max(base, total * 4 * 0.02);
        }
        if (base <= 0) return "100";
        return roundNice(base);
    }

    static String roundNice(double x) {
        double mag = Math.pow(10, Math.floor(Math.log10(x)) - 1);
        double v = Math.max(1, Math.round(x / mag) * mag);
        return v >= 10 ? Long.toString(Math.round(v)) : String.format(Locale.ROOT, "%.2f", v);
    }

    // ---------------------------------------------------------------- building and checking

    /** The order a draft describes, or the problems that keep it from parsing. */
    public Check build(OrderKind kind, Map<Field, String> d) {
        List<String> problems = new ArrayList<>();
        Map<Field, Double> num = new EnumMap<>(Field.class);
        for (Field f : kind.fields()) {
            if (f.type() == Field.Type.NUMBER || f.type() == Field.Type.PERCENT) {
                Double x = parse(d.get(f));
                if (x == null) problems.add(Texts.get("orders.error.number", fieldLabel(f)));
                else num.put(f, f.type() == Field.Type.PERCENT ? x / 100 : x);
            } else if (f.type() == Field.Type.CHOICE && blank(d.get(f))) {
                problems.add(Texts.get("orders.error.choice", fieldLabel(f)));
            }
        }
        if (!problems.isEmpty()) return new Check(Optional.empty(), problems, OrderCost.FREE, List.of());
        String c = d.get(Field.COMMODITY);
        String st = d.get(Field.STAGE);
        String other = d.get(Field.OTHER);
        Order o = switch (kind) {
            case IMPOSE_EXPORT_CONTROL -> new Order.ImposeExportControl(seat, c, st, ControlMode.valueOf(d.get(Field.MODE)),
                    target(d.get(Field.TARGET)), num.get(Field.QUOTA_PERCENT));
            case LIFT_EXPORT_CONTROL -> new Order.LiftExportControl(seat, c, st);
            case SET_TARIFF -> new Order.SetTariff(seat, other, d.get(Field.TARIFF_COMMODITY), num.get(Field.RATE_PERCENT));
            case IMPOSE_SANCTION -> new Order.ImposeSanction(seat, other);
            case LIFT_SANCTION -> new Order.LiftSanction(seat, other);
            case FOUND_ZONE -> new Order.FoundZone(seat, d.getOrDefault(Field.NAME, "").trim(), rules(d.get(Field.RULES)),
                    num.get(Field.FLOOR_PERCENT), num.get(Field.TARIFF_PERCENT));
            case INVITE_TO_ZONE -> new Order.InviteToZone(seat, d.get(Field.ZONE), other);
            case LEAVE_ZONE -> new Order.LeaveZone(seat, d.get(Field.ZONE));
            case RESPOND_TO_PROPOSAL -> new Order.RespondToProposal(seat, d.get(Field.PROPOSAL), ACCEPT.equals(d.get(Field.ANSWER)));
            case BUY_STOCKPILE -> new Order.BuyStockpile(seat, c, st, num.get(Field.QUANTITY));
            case RELEASE_STOCKPILE -> new Order.ReleaseStockpile(seat, c, st, num.get(Field.QUANTITY));
            case SET_STOCKPILE_TARGET -> new Order.SetStockpileTarget(seat, c, st, num.get(Field.DAYS));
            case INVEST -> new Order.Invest(seat, d.get(Field.HOST), c, st, num.get(Field.QUANTITY));
            case START_RESEARCH -> new Order.StartResearch(seat, d.get(Field.PROJECT));
            case CANCEL_RESEARCH -> new Order.CancelResearch(seat, d.get(Field.RUNNING_PROJECT));
            case HOLD_SUMMIT -> new Order.HoldSummit(seat, other);
            case PROPOSE_OFFTAKE -> new Order.ProposeOfftake(seat, other, c, st, num.get(Field.QUANTITY),
                    (int) Math.round(num.get(Field.TURNS)));
            case ARMS_SALE -> new Order.ArmsSale(seat, other);
            case MILITARY_EXERCISE -> new Order.MilitaryExercise(seat, other);
            case CYBER_OPERATION -> new Order.CyberOperation(seat, other, c, st);
            case ESCORT_SHIPPING -> new Order.EscortShipping(seat, c);
        };
        return new Check(Optional.of(o), List.of(), game.cost(o), List.of());
    }

    /** Validates a draft together with the pending orders; with effects, also previews its first effect. */
    public Check check(OrderKind kind, Map<Field, String> draft, boolean withEffects) {
        Check built = build(kind, draft);
        if (built.order().isEmpty()) return built;
        Order o = built.order().get();
        if (withEffects) {
            OrderPreview p = game.preview(seat, List.copyOf(pending), o);
            List<String> effects = new ArrayList<>();
            for (OrderPreview.Change ch : p.effects()) effects.add(effectText(ch));
            if (p.problems().isEmpty() && effects.isEmpty()) effects.add(Texts.get("orders.effect.none"));
            return new Check(built.order(), problems(p.problems()), p.cost(), effects);
        }
        List<Order> with = new ArrayList<>(pending);
        with.add(o);
        List<List<Rejection>> all = game.validateAll(seat, with);
        return new Check(built.order(), problems(all.get(all.size() - 1)), game.cost(o), List.of());
    }

    /** Adds the draft's order when it is valid; returns the check either way. */
    public Check add(OrderKind kind, Map<Field, String> draft) {
        Check c = check(kind, draft, false);
        if (c.ok()) {
            pending.add(c.order().get());
            changed();
        }
        return c;
    }

    /** Adds an order built elsewhere when it is valid with the pending ones; returns the problems. */
    public List<String> add(Order order) {
        List<Order> with = new ArrayList<>(pending);
        with.add(order);
        List<List<Rejection>> all = game.validateAll(seat, with);
        List<String> problems = problems(all.get(all.size() - 1));
        if (problems.isEmpty()) {
            pending.add(order);
            changed();
        }
        return problems;
    }

    public void remove(int index) {
        if (index >= 0 && index < pending.size()) {
            pending.remove(index);
            changed();
        }
    }

    public int pendingCount() {
        return pending.size();
    }

    public List<PendingLine> pending() {
        List<List<Rejection>> checks = game.validateAll(seat, List.copyOf(pending));
        List<PendingLine> out = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Order o = pending.get(i);
            out.add(new PendingLine(i, describe(o), costText(game.cost(o)), problems(checks.get(i))));
        }
        return out;
    }

    public OrderCost remaining() {
        return game.remaining(seat, List.copyOf(pending));
    }

    public String remainingText() {
        OrderCost r = remaining();
        return Texts.get("orders.remaining", r.actionPoints(), view().actionPoints(), fmt(r.budget()), fmt(view().budget()));
    }

    // ---------------------------------------------------------------- proposals

    public List<ProposalLine> proposals() {
        List<ProposalLine> out = new ArrayList<>();
        for (Proposal p : view().proposalsToMe()) out.add(new ProposalLine(p.id(), proposalText(p), answerTo(p.id())));
        return out;
    }

    private Optional<Boolean> answerTo(String proposal) {
        for (Order o : pending) {
            if (o instanceof Order.RespondToProposal r && r.proposal().equals(proposal)) return Optional.of(r.accept());
        }
        return Optional.empty();
    }

    /** Accepts or rejects a proposal (a RespondToProposal order, replacing an earlier answer to it). */
    public List<String> answer(String proposalId, boolean accept) {
        pending.removeIf(o -> o instanceof Order.RespondToProposal r && r.proposal().equals(proposalId));
        List<String> problems = add(new Order.RespondToProposal(seat, proposalId, accept));
        if (!problems.isEmpty()) changed();
        return problems;
    }

    public String proposalText(Proposal p) {
        String from = names.actor(p.from());
        return switch (p.kind()) {
            case ZONE_INVITATION -> Texts.get("proposal.text.zone", from, names.zone(p.zone()));
            case OFFTAKE_DEAL -> Texts.get("proposal.text.offtake", from, fmt(p.quantity()), unitOf(p.market()),
                    names.market(sc().market(p.market()).key()), p.turns());
            case HOSTED_INVESTMENT -> Texts.get("proposal.text.invest", from, fmt(p.quantity()), unitOf(p.market()),
                    names.market(sc().market(p.market()).key()));
        } + " " + Texts.get("proposal.expires", sc().calendar().label(Math.max(1, p.expiresTurn())));
    }

    private String unitOf(int market) {
        return market < 0 ? "" : sc().market(market).unitIn(Texts.language());
    }

    // ---------------------------------------------------------------- texts

    public List<String> problems(List<Rejection> rejections) {
        List<String> out = new ArrayList<>();
        for (Rejection r : rejections) out.add(rejectionText(r));
        return out;
    }

    /** The engine's reason in the current language, with ids shown as names. */
    public String rejectionText(Rejection r) {
        String key = "order.reject." + r.code().name();
        Object[] args = r.args().toArray();
        if (args.length > 0) {
            String a = r.args().get(0);
            switch (r.code()) {
                case PREREQUISITE_MISSING -> args[0] = names.project(a);
                case DUPLICATE_ORDER -> args[0] = Names.orderType(a);
                case HOST_DOES_NOT_HOST, UNKNOWN_TARGET, TARGET_IS_SELF -> args[0] = names.actor(a);
                case NOT_A_PRODUCER -> args[0] = args.length > 1 ? names.actor(seat) : names.actor(a);
                default -> { }
            }
        }
        return Texts.getOr(key, r.describe(), args);
    }

    public static String costText(OrderCost c) {
        return Texts.get("orders.cost", c.actionPoints(), fmt(c.budget()));
    }

    public String effectText(OrderPreview.Change ch) {
        return switch (ch.kind()) {
            case PRICE -> Texts.get("orders.effect.price", names.market(ch.market()), fmt(ch.before()), fmt(ch.after()),
                    pct(ch.after() / Math.max(1e-12, ch.before()) - 1));
            case SHORTAGE -> Texts.get("orders.effect.shortage", names.actor(ch.actor()), names.market(ch.market()),
                    fmt(ch.before() * 100), fmt(ch.after() * 100));
            case GDP -> Texts.get("orders.effect.gdp", names.actor(ch.actor()), fmt(ch.before()), fmt(ch.after()));
            case BUDGET -> Texts.get("orders.effect.budget", fmt(ch.before()), fmt(ch.after()));
            case LEVERAGE -> Texts.get("orders.effect.leverage", names.actor(ch.actor()), fmt(ch.before()), fmt(ch.after()));
        };
    }

    /** One line describing an order in the current language. */
    public String describe(Order o) {
        return new OrderText(names.inCurrentLanguage(), this::proposalShort).describe(o);
    }

    private String proposalShort(String id) {
        for (Proposal p : view().proposalsToMe()) if (p.id().equals(id)) return names.actor(p.from()) + " — " + Names.constant("proposal.kind", p.kind().name());
        return id;
    }

    private static Target target(String v) {
        if (v == null || v.isEmpty() || "*".equals(v)) return Target.all();
        if (v.startsWith("!")) return Target.outsideZone(v.substring(1));
        return Target.actors(v.split("\\+"));
    }

    static Set<ZoneRule> rules(String v) {
        Set<ZoneRule> out = EnumSet.noneOf(ZoneRule.class);
        if (v == null) return out;
        for (String s : v.split(",")) {
            if (s.isBlank()) continue;
            try {
                out.add(ZoneRule.valueOf(s.trim()));
            } catch (IllegalArgumentException ignored) {
                // unknown rule names are dropped; the engine then reports NO_RULES if none is left
            }
        }
        return out;
    }

    static Double parse(String s) {
        if (s == null) return null;
        String t = s.trim().replace(",", "").replace("，", "").replace("％", "").replace("%", "");
        if (t.isEmpty()) return null;
        try {
            double x = Double.parseDouble(t);
            return Double.isFinite(x) ? x : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A figure for reading: grouped, up to 3 significant decimals, no trailing zeros. */
    public static String fmt(double d) {
        if (!Double.isFinite(d)) return String.valueOf(d);
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Texts.locale());
        double a = Math.abs(d);
        f.setMaximumFractionDigits(a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
        f.setMinimumFractionDigits(0);
        return f.format(d);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f", share * 100);
    }
}
