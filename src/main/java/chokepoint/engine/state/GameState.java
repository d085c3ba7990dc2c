package chokepoint.engine.state;

import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole mutable state of one game. It is engine-internal: the engine's {@code Game} facade mutates it,
 * and the UI, AI and runner read it through {@code Game}, {@code SeatView} and the {@link TurnRecord} history.
 * Arrays are indexed [actor][market] in the scenario's order; quantities of capacity are effective annual
 * rates (nameplate x utilisation), stocks are quantities.
 */
public final class GameState {
    public Scenario scenario;
    public final long seed;
    /**
     * The random generator's state under {@link DrawRule#SEQUENTIAL}; under {@link DrawRule#KEYED} the draw key,
     * which no draw changes (copies that must meet other luck get another key).
     */
    public long rngState;
    /** How this game draws its random numbers: {@link DrawRule#KEYED} for new games, set from old saves. */
    public DrawRule drawRule = DrawRule.KEYED;
    /** Number of turns resolved; the turn being played is {@code turn + 1}. */
    public int turn;
    public double tension;
    public final double[][] relation;
    public final boolean[][] allied;
    public final double[] budget;
    public final double[] gdpIndex;
    public final double[] gdpScar;
    public final double[] score;
    public final double[][] capacity;
    public final double[][] demandFactor;
    public final double[][] recyclingShare;
    public final double[][] stock;
    public final double[][] stockTargetDays;
    public final double[] price;
    public final double[] outsidePrice;
    public final double[] baseTightness;
    public final int[] lowPriceTurns;
    public final List<ExportControl> controls = new ArrayList<>();
    public final List<Tariff> tariffs = new ArrayList<>();
    public final List<Sanction> sanctions = new ArrayList<>();
    public final List<TradeZone> zones = new ArrayList<>();
    public final List<Proposal> proposals = new ArrayList<>();
    public final List<OfftakeDeal> offtakes = new ArrayList<>();
    public final List<Construction> constructions = new ArrayList<>();
    public final List<Plant> plants = new ArrayList<>();
    public final List<Research> research = new ArrayList<>();
    public final List<TimedModifier> modifiers = new ArrayList<>();
    public final List<String> firedEvents = new ArrayList<>();
    /** Escorts ordered this turn: commodity index per actor is not needed, only whether any escort sails. */
    public final List<String> escorts = new ArrayList<>();
    public final List<TurnRecord> history = new ArrayList<>();
    /** News raised between turns (scripted events announced for the coming turn, facilitator injects). */
    public final List<NewsItem> pendingNews = new ArrayList<>();
    /** Orders of every resolved turn, in turn order, so a game can be replayed from scenario and seed. */
    public final List<Map<String, List<Order>>> orderLog = new ArrayList<>();
    /** Facilitator edits and injects, in order, for the game log and the after-action report. */
    public final List<String> editLog = new ArrayList<>();
    public int nextId;

    public GameState(Scenario scenario, long seed) {
        int a = scenario.actorCount();
        int m = scenario.marketCount();
        this.scenario = scenario;
        this.seed = seed;
        this.rngState = seed;
        this.relation = new double[a][a];
        this.allied = new boolean[a][a];
        this.budget = new double[a];
        this.gdpIndex = new double[a];
        this.gdpScar = new double[a];
        this.score = new double[a];
        this.capacity = new double[a][m];
        this.demandFactor = new double[a][m];
        this.recyclingShare = new double[a][m];
        this.stock = new double[a][m];
        this.stockTargetDays = new double[a][m];
        this.price = new double[m];
        this.outsidePrice = new double[m];
        this.baseTightness = new double[m];
        this.lowPriceTurns = new int[m];
    }

    public int actors() { return relation.length; }
    public int markets() { return price.length; }

    public boolean isOver() {
        return turn >= scenario.calendar().turns();
    }

    public String newId(String prefix) {
        return prefix + "-" + (++nextId);
    }

    public TurnRecord lastRecord() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    public boolean inSameZone(int a, int b) {
        String ia = scenario.actors().get(a).id();
        String ib = scenario.actors().get(b).id();
        for (TradeZone z : zones) if (z.members.contains(ia) && z.members.contains(ib)) return true;
        return false;
    }

    public List<TradeZone> zonesOf(String actorId) {
        List<TradeZone> out = new ArrayList<>();
        for (TradeZone z : zones) if (z.members.contains(actorId)) out.add(z);
        return out;
    }

    public TradeZone zone(String zoneId) {
        for (TradeZone z : zones) if (z.id.equals(zoneId)) return z;
        return null;
    }

    /** A deep copy sharing only immutable parts (scenario, records, past turn records); used for AI look-ahead. */
    public GameState copy() {
        GameState c = new GameState(scenario, seed);
        c.rngState = rngState;
        c.drawRule = drawRule;
        c.turn = turn;
        c.tension = tension;
        copy2(relation, c.relation);
        for (int i = 0; i < allied.length; i++) System.arraycopy(allied[i], 0, c.allied[i], 0, allied[i].length);
        System.arraycopy(budget, 0, c.budget, 0, budget.length);
        System.arraycopy(gdpIndex, 0, c.gdpIndex, 0, gdpIndex.length);
        System.arraycopy(gdpScar, 0, c.gdpScar, 0, gdpScar.length);
        System.arraycopy(score, 0, c.score, 0, score.length);
        copy2(capacity, c.capacity);
        copy2(demandFactor, c.demandFactor);
        copy2(recyclingShare, c.recyclingShare);
        copy2(stock, c.stock);
        copy2(stockTargetDays, c.stockTargetDays);
        System.arraycopy(price, 0, c.price, 0, price.length);
        System.arraycopy(outsidePrice, 0, c.outsidePrice, 0, outsidePrice.length);
        System.arraycopy(baseTightness, 0, c.baseTightness, 0, baseTightness.length);
        System.arraycopy(lowPriceTurns, 0, c.lowPriceTurns, 0, lowPriceTurns.length);
        c.controls.addAll(controls);
        c.tariffs.addAll(tariffs);
        c.sanctions.addAll(sanctions);
        for (TradeZone z : zones) c.zones.add(z.copy());
        c.proposals.addAll(proposals);
        c.offtakes.addAll(offtakes);
        c.constructions.addAll(constructions);
        c.plants.addAll(plants);
        c.research.addAll(research);
        c.modifiers.addAll(modifiers);
        c.firedEvents.addAll(firedEvents);
        c.escorts.addAll(escorts);
        c.history.addAll(history);
        c.pendingNews.addAll(pendingNews);
        for (Map<String, List<Order>> turnOrders : orderLog) c.orderLog.add(new LinkedHashMap<>(turnOrders));
        c.editLog.addAll(editLog);
        c.nextId = nextId;
        return c;
    }

    private static void copy2(double[][] from, double[][] to) {
        for (int i = 0; i < from.length; i++) System.arraycopy(from[i], 0, to[i], 0, from[i].length);
    }
}
