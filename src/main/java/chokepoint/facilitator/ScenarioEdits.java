package chokepoint.facilitator;

import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.CapacityDef;
import chokepoint.engine.scenario.DemandDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.scenario.Sourced;
import chokepoint.engine.scenario.StockDef;
import chokepoint.engine.scenario.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The main figures of a scenario as editable rows (each actor's budget, income, capacities, demands and
 * stockpiles, every one with its source), and the scenario with one row changed. Used by the in-game scenario
 * editor; saving goes through the scenario writer and loader so only valid files are written.
 */
public final class ScenarioEdits {
    private ScenarioEdits() {}

    public enum Field { BUDGET, INCOME, CAPACITY, DEMAND, STOCKPILE }

    /**
     * One figure. {@code commodity}, {@code stage} for capacity, demand and stockpile; {@code sector} for demand;
     * {@code index} is the position in the actor's list of that kind.
     */
    public record Row(String actor, Field field, int index, String commodity, String stage, String sector,
                      double value, String source) {
        public Row withValue(double v, String src) {
            return new Row(actor, field, index, commodity, stage, sector, v, src);
        }
    }

    public static List<Row> rows(Scenario sc) {
        List<Row> out = new ArrayList<>();
        for (ActorDef a : sc.actors()) {
            out.add(new Row(a.id(), Field.BUDGET, 0, null, null, null, a.budget().value(), a.budget().source()));
            out.add(new Row(a.id(), Field.INCOME, 0, null, null, null, a.income().value(), a.income().source()));
            for (int i = 0; i < a.capacities().size(); i++) {
                CapacityDef c = a.capacities().get(i);
                out.add(new Row(a.id(), Field.CAPACITY, i, c.commodity(), c.stage(), null, c.annual().value(), c.annual().source()));
            }
            for (int i = 0; i < a.demands().size(); i++) {
                DemandDef d = a.demands().get(i);
                out.add(new Row(a.id(), Field.DEMAND, i, d.commodity(), d.stage(), d.sector(), d.annual().value(), d.annual().source()));
            }
            for (int i = 0; i < a.stockpiles().size(); i++) {
                StockDef s = a.stockpiles().get(i);
                out.add(new Row(a.id(), Field.STOCKPILE, i, s.commodity(), s.stage(), null, s.quantity().value(), s.quantity().source()));
            }
        }
        return out;
    }

    /** The scenario with the figure of {@code row} set to its value and source. */
    public static Scenario apply(Scenario sc, Row row) {
        List<ActorDef> actors = new ArrayList<>();
        boolean found = false;
        for (ActorDef a : sc.actors()) {
            if (!a.id().equals(row.actor())) {
                actors.add(a);
                continue;
            }
            found = true;
            Sourced v = new Sourced(row.value(), row.source());
            Sourced budget = row.field() == Field.BUDGET ? v : a.budget();
            Sourced income = row.field() == Field.INCOME ? v : a.income();
            List<CapacityDef> caps = new ArrayList<>(a.capacities());
            List<DemandDef> dems = new ArrayList<>(a.demands());
            List<StockDef> stocks = new ArrayList<>(a.stockpiles());
            switch (row.field()) {
                case CAPACITY -> { CapacityDef c = caps.get(row.index()); caps.set(row.index(), new CapacityDef(c.commodity(), c.stage(), v, c.utilisation())); }
                case DEMAND -> { DemandDef d = dems.get(row.index()); dems.set(row.index(), new DemandDef(d.commodity(), d.stage(), d.sector(), v, d.criticality())); }
                case STOCKPILE -> { StockDef s = stocks.get(row.index()); stocks.set(row.index(), new StockDef(s.commodity(), s.stage(), v)); }
                default -> { }
            }
            actors.add(new ActorDef(a.id(), a.name(), a.kind(), a.playable(), a.mapIds(), a.gdp(), budget, income,
                    a.actionPoints(), a.hostsInvestment(), caps, dems, stocks, a.sectorShares(), a.objectives()));
        }
        if (!found) throw new IllegalArgumentException("no actor " + row.actor());
        return rebuild(sc, sc.id(), sc.name(), actors);
    }

    /** The scenario under a new id and name (an edited copy must not pass for the bundled original). */
    public static Scenario renamed(Scenario sc, String id, Text name) {
        return rebuild(sc, id, name, sc.actors());
    }

    private static Scenario rebuild(Scenario sc, String id, Text name, List<ActorDef> actors) {
        return new Scenario(id, name, sc.description(), sc.calendar(), sc.defaultSeed(), sc.parameters(), sc.stages(),
                sc.sectors(), sc.commodities(), actors, sc.relations(), sc.alliances(), sc.tradeTies(),
                sc.initialTension(), sc.initialPolicies(), sc.projects(), sc.events());
    }
}
