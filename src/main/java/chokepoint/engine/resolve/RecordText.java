package chokepoint.engine.resolve;

import chokepoint.engine.state.Construction;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.OfftakeDeal;
import chokepoint.engine.state.Plant;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.Sanction;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.Tariff;
import chokepoint.engine.state.TimedModifier;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The text {@link StateHash} digests for the state's record lists: exactly what {@code list.toString()} gives
 * ("[ExportControl[controller=CHN, market=3, ...], ...]"), written without it. On JDK 17 a record's generated
 * toString goes through {@code String.format}, which was most of the hash's time. Same text, same hash:
 * {@code RecordTextTest} compares every type with its toString. A component added to one of these records must
 * be added here too (that test fails until it is).
 */
final class RecordText {
    private final StringBuilder sb = new StringBuilder(4096);
    /** No ", " before the first component of a record. */
    private boolean first;

    String controls(List<ExportControl> list) {
        return list(list, (t, c) -> t.start("ExportControl").field("controller", c.controller()).field("market", c.market())
                .field("mode", c.mode()).target(c.target()).field("quotaShare", c.quotaShare()).field("sinceTurn", c.sinceTurn())
                .field("untilTurn", c.untilTurn()).end());
    }

    String tariffs(List<Tariff> list) {
        return list(list, (t, x) -> t.start("Tariff").field("imposer", x.imposer()).field("target", x.target())
                .field("commodity", x.commodity()).field("rate", x.rate()).field("sinceTurn", x.sinceTurn()).end());
    }

    String sanctions(List<Sanction> list) {
        return list(list, (t, x) -> t.start("Sanction").field("imposer", x.imposer()).field("target", x.target())
                .field("sinceTurn", x.sinceTurn()).end());
    }

    String proposals(List<Proposal> list) {
        return list(list, (t, p) -> t.start("Proposal").field("id", p.id()).field("kind", p.kind()).field("from", p.from())
                .field("to", p.to()).field("zone", p.zone()).field("market", p.market()).field("quantity", p.quantity())
                .field("turns", p.turns()).field("madeTurn", p.madeTurn()).field("expiresTurn", p.expiresTurn()).end());
    }

    String offtakes(List<OfftakeDeal> list) {
        return list(list, (t, d) -> t.start("OfftakeDeal").field("buyer", d.buyer()).field("seller", d.seller())
                .field("market", d.market()).field("annualQuantity", d.annualQuantity()).field("untilTurn", d.untilTurn()).end());
    }

    String constructions(List<Construction> list) {
        return list(list, (t, c) -> t.start("Construction").field("id", c.id()).field("owner", c.owner()).field("host", c.host())
                .field("market", c.market()).field("annualCapacity", c.annualCapacity()).field("startTurn", c.startTurn())
                .field("readyTurn", c.readyTurn()).end());
    }

    String plants(List<Plant> list) {
        return list(list, (t, p) -> t.start("Plant").field("id", p.id()).field("owner", p.owner()).field("host", p.host())
                .field("market", p.market()).field("annualCapacity", p.annualCapacity()).field("builtTurn", p.builtTurn())
                .field("stranded", p.stranded()).end());
    }

    String research(List<Research> list) {
        return list(list, (t, r) -> t.start("Research").field("actor", r.actor()).field("project", r.project())
                .field("turnsDone", r.turnsDone()).field("status", r.status()).field("startTurn", r.startTurn()).end());
    }

    String modifiers(List<TimedModifier> list) {
        return list(list, (t, m) -> t.start("TimedModifier").field("kind", m.kind()).field("actor", m.actor())
                .field("market", m.market()).field("commodity", m.commodity()).field("factor", m.factor())
                .field("untilTurn", m.untilTurn()).field("cause", m.cause()).end());
    }

    /** "[a, b]" as AbstractCollection.toString writes it. */
    private <T> String list(List<T> items, BiConsumer<RecordText, T> item) {
        sb.setLength(0);
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            item.accept(this, items.get(i));
        }
        return sb.append(']').toString();
    }

    private RecordText start(String type) {
        sb.append(type).append('[');
        first = true;
        return this;
    }

    private void name(String name) {
        if (!first) sb.append(", ");
        first = false;
        sb.append(name).append('=');
    }

    /** Strings, enums and null as String.valueOf writes them. */
    private RecordText field(String name, Object value) {
        name(name);
        sb.append(value);
        return this;
    }

    private RecordText field(String name, int value) {
        name(name);
        sb.append(value);
        return this;
    }

    /** StringBuilder.append(double) writes the same digits as Double.toString. */
    private RecordText field(String name, double value) {
        name(name);
        sb.append(value);
        return this;
    }

    private RecordText field(String name, boolean value) {
        name(name);
        sb.append(value);
        return this;
    }

    private RecordText target(Target t) {
        return field("target", t == null ? null : t.text());
    }

    private RecordText end() {
        sb.append(']');
        return this;
    }
}
