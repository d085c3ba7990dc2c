package chokepoint.persistence;

import chokepoint.engine.order.Order;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.ZoneRule;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Every permitted Order subclass goes through the type-tag adapter, in order files and in saves. */
class OrderTypesTest {
    static final List<Order> ALL = List.of(
            new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.QUOTA, Target.outsideZone("zone-1"), 0.4),
            new Order.LiftExportControl("CHN", "ndpr", "refining"),
            new Order.SetTariff("CHN", "USA", "*", 0.1),
            new Order.ImposeSanction("CHN", "USA"),
            new Order.LiftSanction("CHN", "USA"),
            new Order.FoundZone("CHN", "Belt", EnumSet.of(ZoneRule.LOCAL_PROCESSING, ZoneRule.JOINT_FINANCING), 0.7, 0.05),
            new Order.InviteToZone("CHN", "zone-1", "AUS"),
            new Order.LeaveZone("CHN", "zone-1"),
            new Order.RespondToProposal("CHN", "proposal-1", false),
            new Order.BuyStockpile("CHN", "ndpr", "mining", 12.5),
            new Order.ReleaseStockpile("CHN", "ndpr", "mining", 3),
            new Order.SetStockpileTarget("CHN", "ndpr", "mining", 90),
            new Order.Invest("CHN", "AUS", "ndpr", "refining", 200),
            new Order.StartResearch("CHN", "recycling"),
            new Order.CancelResearch("CHN", "recycling"),
            new Order.HoldSummit("CHN", "AUS"),
            new Order.ProposeOfftake("CHN", "AUS", "ndpr", "mining", 100, 8),
            new Order.ArmsSale("CHN", "AUS"),
            new Order.MilitaryExercise("CHN", "JPN"),
            new Order.CyberOperation("CHN", "USA", "ndpr", "mining"),
            new Order.EscortShipping("CHN", "ndpr"));

    @Test
    void theListCoversEveryPermittedSubclass() {
        Set<String> permitted = java.util.Arrays.stream(Order.class.getPermittedSubclasses()).map(Class::getSimpleName).collect(Collectors.toSet());
        assertEquals(permitted, ALL.stream().map(Order::type).collect(Collectors.toSet()));
        assertEquals(permitted, GameJson.ORDER_TYPES.keySet());
    }

    @Test
    void everyTypeRoundTripsThroughAnOrderFile() throws Exception {
        String json = OrderFile.toJson(Map.of(1, Map.of("CHN", ALL)));
        assertFalse(json.contains("\"actor\""), "the actor is the key");
        OrderFile.Script s = OrderFile.parse("all.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(ALL, s.ordersFor(1).get("CHN"));
    }

    @Test
    void everyTypeRoundTripsThroughTheSaveAdapter() {
        var gson = GameJson.forSaves();
        for (Order o : ALL) {
            var tree = gson.toJsonTree(o, Order.class);
            assertEquals(o.type(), tree.getAsJsonObject().get("type").getAsString());
            assertEquals(o, GameJson.read(gson, tree, Order.class, "$"));
        }
    }
}
