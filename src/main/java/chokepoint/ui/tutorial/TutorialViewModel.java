package chokepoint.ui.tutorial;

import chokepoint.engine.order.Order;
import chokepoint.ui.app.Names;
import chokepoint.ui.app.Texts;
import chokepoint.ui.mapscreen.MapLens;
import chokepoint.ui.orders.OrderKind;
import chokepoint.ui.session.GameSession;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The interactive tutorial without any screen: its steps, the task of each step as a predicate over the game
 * session (pending orders, turns played) and over what the game screen reports it shows (tab, map lens,
 * selected country, selected timeline turn), and the progress. "Next" unlocks once the current step's task has
 * been done; a step done once stays done. Texts are read from the bundles on every call, so a language switch
 * changes them at once.
 */
public final class TutorialViewModel {
    /** The steps, in order. */
    public enum Step {
        LEVERAGE, STOCKPILE, RESEARCH, EXPORT_CONTROL, RESOLVE, TIMELINE, DONE;

        /** Prefix of the step's message keys ({@code .title}, {@code .body}, {@code .task}). */
        public String key() {
            return "tutorial." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Tab indexes of the seat's screen (GameScreen: Report, Orders, Map, Timeline); -1 when no tab is shown. */
    public static final int TAB_REPORT = 0, TAB_ORDERS = 1, TAB_MAP = 2, TAB_TIMELINE = 3;

    private final GameSession session;
    private final String seat;
    private final int seatIndex;
    private final int startTurns;
    private final Set<Step> done = EnumSet.noneOf(Step.class);
    private int index;
    private boolean finished;
    private Runnable onChange = () -> { };

    // what the screen shows (reported by the view)
    private int tab = -1;
    private MapLens lens;
    private int mapActor = -1;
    private int timelineTurn = -1;

    /** @param seat the tutorial player's actor (a human seat of the session) */
    public TutorialViewModel(GameSession session, String seat) {
        this.session = Objects.requireNonNull(session);
        this.seat = Objects.requireNonNull(seat);
        session.pendingOf(seat); // must be a human seat
        this.seatIndex = session.game().scenario().actorIndex(seat);
        this.startTurns = session.game().turnsPlayed();
    }

    public GameSession session() { return session; }

    public String seat() { return seat; }

    public List<Step> steps() { return List.of(Step.values()); }

    public Step current() { return Step.values()[index]; }

    public int index() { return index; }

    public int count() { return Step.values().length; }

    public boolean isLast() { return index == count() - 1; }

    /** True once Finish was pressed on the last step. */
    public boolean finished() { return finished; }

    /** Called after every change of state or progress (one listener: the panel on screen). */
    public void setOnChange(Runnable r) {
        onChange = r == null ? () -> { } : r;
    }

    // ---- facts reported by the screen -----------------------------------------------------------

    /** The seat's tab now shown (TAB_*), or -1 (hand-off, all-in confirmation). */
    public void tabShown(int t) {
        if (tab == t) return;
        tab = t;
        refresh();
    }

    /** The map's lens and selected actor (scenario index, -1 for none). */
    public void mapShown(MapLens l, int actor) {
        if (l == lens && actor == mapActor) return;
        lens = l;
        mapActor = actor;
        refresh();
    }

    /** A turn chosen on the timeline (0 = start). */
    public void timelineTurnSelected(int turn) {
        timelineTurn = turn;
        refresh();
    }

    /** Re-evaluates the current step (call after orders change or a turn is resolved). */
    public void refresh() {
        if (holds(current())) done.add(current());
        onChange.run();
    }

    // ---- steps ---------------------------------------------------------------------------------

    /** Whether the task of a step holds now. */
    public boolean holds(Step s) {
        return switch (s) {
            case LEVERAGE -> tab == TAB_MAP && lens == MapLens.LEVERAGE_OVER_SEAT && mapActor >= 0 && mapActor != seatIndex;
            case STOCKPILE -> pendingAny(Order.BuyStockpile.class, Order.SetStockpileTarget.class);
            case RESEARCH -> pendingAny(Order.StartResearch.class);
            case EXPORT_CONTROL -> pendingAny(Order.ImposeExportControl.class, Order.SetTariff.class);
            case RESOLVE -> session.game().turnsPlayed() > startTurns;
            case TIMELINE -> tab == TAB_TIMELINE && timelineTurn >= 0;
            case DONE -> true;
        };
    }

    /** Whether a step's task is done (now or earlier). */
    public boolean complete(Step s) {
        return done.contains(s) || holds(s);
    }

    public boolean canNext() {
        return complete(current());
    }

    public boolean canBack() {
        return index > 0;
    }

    /** Goes to the next step if the current one is done; on the last step, finishes. */
    public boolean next() {
        if (!canNext()) return false;
        done.add(current());
        if (isLast()) finished = true;
        else index++;
        refresh();
        return true;
    }

    public void back() {
        if (index > 0) index--;
        refresh();
    }

    @SafeVarargs
    private boolean pendingAny(Class<? extends Order>... types) {
        for (Order o : session.pendingOf(seat)) for (Class<? extends Order> t : types) if (t.isInstance(o)) return true;
        return false;
    }

    // ---- texts ---------------------------------------------------------------------------------

    public String progressText() {
        return Texts.get("tutorial.progress", index + 1, count());
    }

    public String title() {
        return Texts.get(current().key() + ".title");
    }

    public String body() {
        return Texts.get(current().key() + ".body");
    }

    /** What to do in this step, with the names of the controls as the player sees them. */
    public String task() {
        Step s = current();
        Object[] args = switch (s) {
            case LEVERAGE -> new Object[]{plain(Texts.get("tab.map")), Texts.get("mapscreen.lens.leverage_over_seat"),
                    actorName("CHN"), Texts.get("mapscreen.country")};
            case STOCKPILE -> new Object[]{plain(Texts.get("tab.orders")), kind(OrderKind.BUY_STOCKPILE),
                    kind(OrderKind.SET_STOCKPILE_TARGET), plain(Texts.get("orders.add"))};
            case RESEARCH -> new Object[]{kind(OrderKind.START_RESEARCH), plain(Texts.get("orders.add"))};
            case EXPORT_CONTROL -> new Object[]{kind(OrderKind.IMPOSE_EXPORT_CONTROL), kind(OrderKind.SET_TARIFF),
                    actorName("CHN")};
            case RESOLVE -> new Object[]{plain(Texts.get("orders.submit")), plain(Texts.get("allin.resolve")),
                    plain(Texts.get("tab.report"))};
            case TIMELINE -> new Object[]{plain(Texts.get("tab.timeline")), plain(Texts.get("tab.map"))};
            case DONE -> new Object[]{plain(Texts.get("tutorial.finish"))};
        };
        return Texts.get(s.key() + ".task", args);
    }

    /** The line under the task: done, or still to do. */
    public String statusText() {
        if (isLast()) return Texts.get("tutorial.status.last");
        return Texts.get(canNext() ? "tutorial.status.done" : "tutorial.status.todo");
    }

    private String actorName(String id) {
        return session.game().scenario().actor(id).map(a -> a.name().in(Texts.language())).orElse(id);
    }

    private static String kind(OrderKind k) {
        return Names.orderType(k.type());
    }

    /** A button label without its mnemonic marks ("_Add order" → "Add order", "命令を追加(_A)" → "命令を追加"). */
    static String plain(String label) {
        return label.replaceAll("\\(_.\\)", "").replace("_", "").trim();
    }
}
