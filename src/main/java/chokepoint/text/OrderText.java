package chokepoint.text;

import chokepoint.engine.order.Order;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.ZoneRule;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * An order as one line in a language ("Export control: NdPr — Refining, ban against Japan"), for the orders
 * screen, the facilitator console and the after-action report alike.
 */
public final class OrderText {
    private final ScenarioNames names;
    private final Messages messages;
    private final Function<String, String> proposal;

    /** @param proposal a proposal id in words (who proposes what), or null to show the id */
    public OrderText(ScenarioNames names, Function<String, String> proposal) {
        this.names = names;
        this.messages = names.messages();
        this.proposal = proposal;
    }

    public OrderText(ScenarioNames names) {
        this(names, null);
    }

    /** "Type: what it does". */
    public String describe(Order o) {
        return names.orderType(o.type()) + ": " + detail(o);
    }

    private String detail(Order o) {
        if (o instanceof Order.ImposeExportControl x) {
            return text("order.desc.control", market(x.commodity(), x.stage()), names.constant("mode", x.mode().name()),
                    target(x.target()), x.mode() == ControlMode.QUOTA ? text("order.desc.quota", pct(x.quotaShare())) : "");
        } else if (o instanceof Order.LiftExportControl x) {
            return market(x.commodity(), x.stage());
        } else if (o instanceof Order.SetTariff x) {
            return text("order.desc.tariff", names.actor(x.target()), names.commodity(x.commodity()), pct(x.rate()));
        } else if (o instanceof Order.ImposeSanction x) {
            return names.actor(x.target());
        } else if (o instanceof Order.LiftSanction x) {
            return names.actor(x.target());
        } else if (o instanceof Order.FoundZone x) {
            List<String> r = new ArrayList<>();
            for (ZoneRule z : x.rules()) r.add(names.constant("zone.rule", z.name()));
            return x.name() + " (" + String.join(names.separator(), r) + ")";
        } else if (o instanceof Order.InviteToZone x) {
            return text("order.desc.invite", names.actor(x.invitee()), names.zone(x.zone()));
        } else if (o instanceof Order.LeaveZone x) {
            return names.zone(x.zone());
        } else if (o instanceof Order.RespondToProposal x) {
            String what = proposal == null ? x.proposal() : proposal.apply(x.proposal());
            return text(x.accept() ? "orders.accept" : "orders.reject") + ": " + what;
        } else if (o instanceof Order.BuyStockpile x) {
            return quantity(x.quantity(), x.commodity(), x.stage());
        } else if (o instanceof Order.ReleaseStockpile x) {
            return quantity(x.quantity(), x.commodity(), x.stage());
        } else if (o instanceof Order.SetStockpileTarget x) {
            return text("order.desc.days", market(x.commodity(), x.stage()), number(x.days()));
        } else if (o instanceof Order.Invest x) {
            return text("order.desc.invest", number(x.annualCapacity()), names.unit(x.commodity(), x.stage()),
                    market(x.commodity(), x.stage()), names.actor(x.host()));
        } else if (o instanceof Order.StartResearch x) {
            return names.project(x.project());
        } else if (o instanceof Order.CancelResearch x) {
            return names.project(x.project());
        } else if (o instanceof Order.HoldSummit x) {
            return names.actor(x.target());
        } else if (o instanceof Order.ProposeOfftake x) {
            return text("order.desc.offtake", names.actor(x.seller()), number(x.annualQuantity()),
                    names.unit(x.commodity(), x.stage()), market(x.commodity(), x.stage()), x.turns());
        } else if (o instanceof Order.ArmsSale x) {
            return names.actor(x.recipient());
        } else if (o instanceof Order.MilitaryExercise x) {
            return names.actor(x.near());
        } else if (o instanceof Order.CyberOperation x) {
            return names.actor(x.target()) + " — " + market(x.commodity(), x.stage());
        } else if (o instanceof Order.EscortShipping x) {
            return names.commodity(x.commodity());
        }
        return o.toString();
    }

    private String quantity(double q, String commodity, String stage) {
        return text("order.desc.quantity", number(q), names.unit(commodity, stage), market(commodity, stage));
    }

    private String market(String commodity, String stage) {
        return names.market(commodity, stage);
    }

    private String target(Target t) {
        if (t == null) return "?";
        return switch (t.kind()) {
            case ALL -> names.actor("*");
            case OUTSIDE_ZONE -> names.target("!" + t.zone());
            case ACTORS -> String.join(names.separator(), t.actors().stream().map(names::actor).toList());
        };
    }

    private String text(String key, Object... args) {
        return messages.getOr(key, key, args);
    }

    /** Grouped, with fewer decimals for larger numbers (12,300 / 45.6 / 1.25 / 0.125). */
    public String number(double d) {
        if (!Double.isFinite(d)) return String.valueOf(d);
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        double a = Math.abs(d);
        f.setMaximumFractionDigits(a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
        return f.format(d);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f", share * 100);
    }
}
