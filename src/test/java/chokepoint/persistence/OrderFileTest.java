package chokepoint.persistence;

import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.Target;
import chokepoint.scenario.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class OrderFileTest {
    static OrderFile.Script parse(String json) throws OrderFileException {
        return OrderFile.parse("orders.json", json.getBytes(StandardCharsets.UTF_8));
    }

    static List<Problem> problems(String json) {
        return assertThrows(OrderFileException.class, () -> parse(json)).problems();
    }

    @Test
    void readsTheDocumentedExample() throws Exception {
        OrderFile.Script s = parse("""
                {"formatVersion":1, "turns": {"1": {"CHN": [ {"type":"ImposeExportControl", "commodity":"ndpr", "stage":"refining",
                  "mode":"BAN", "target":{"kind":"ACTORS","actors":["JPN"]}} ], "JPN": []},
                  "2": {"USA": [{"type":"FoundZone","name":"Club","rules":["TRUSTED_SUPPLY"]}, {"type":"SetTariff","target":"CHN","commodity":"ndpr","rate":0.25}]}}}
                """);
        assertEquals(List.of(new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.BAN, Target.actors("JPN"), 0)),
                s.ordersFor(1).get("CHN"));
        assertTrue(s.scripts(1, "JPN"));
        assertFalse(s.scripts(1, "USA"));
        assertEquals(2, s.ordersFor(2).get("USA").size());
        assertEquals(Map.of(), s.ordersFor(3));
        assertTrue(OrderFile.check("orders.json", s, TinyScenario.build()).isEmpty());
    }

    @Test
    void writtenFilesReadBack() throws Exception {
        var game = TestGames.tiny(3);
        String json = OrderFile.toJson(OrderFile.fromOrderLog(game.state().orderLog));
        OrderFile.Script s = parse(json);
        for (int t = 1; t <= 3; t++) assertEquals(game.state().orderLog.get(t - 1), s.ordersFor(t), "turn " + t);
    }

    @Test
    void everyBadEntryIsReportedWithItsPath() {
        List<Problem> ps = problems("""
                {"formatVersion":1, "turns": {
                  "1": {"CHN": [ {"type":"LaunchMissiles"},
                                 {"type":"BuyStockpile", "stage":"refining", "quantity": 10},
                                 {"type":"BuyStockpile", "commodity":"ndpr", "stage":"refining", "quantity": "ten"},
                                 {"type":"ImposeExportControl", "commodity":"ndpr", "stage":"refining", "mode":"FORBID", "target":{"kind":"ALL"}},
                                 {"type":"HoldSummit", "target":"JPN", "comodity":"x"},
                                 {"commodity":"ndpr"},
                                 {"type":"HoldSummit", "actor":"USA", "target":"JPN"},
                                 42 ]},
                  "x": {},
                  "2": {"JPN": {"type":"HoldSummit"}} }}
                """);
        String all = ps.toString();
        assertAll(
                () -> assertHas(ps, "$.turns.1.CHN[0].type", "unknown order type \"LaunchMissiles\""),
                () -> assertHas(ps, "$.turns.1.CHN[1].commodity", "missing field"),
                () -> assertHas(ps, "$.turns.1.CHN[2].quantity", "must be a number, got \"ten\""),
                () -> assertHas(ps, "$.turns.1.CHN[3].mode", "must be one of LICENCE, QUOTA, BAN"),
                () -> assertHas(ps, "$.turns.1.CHN[4].comodity", "unknown field"),
                () -> assertHas(ps, "$.turns.1.CHN[5].type", "missing field"),
                () -> assertHas(ps, "$.turns.1.CHN[6].actor", "listed under CHN"),
                () -> assertHas(ps, "$.turns.1.CHN[7]", "must be an order object"),
                () -> assertHas(ps, "$.turns.x", "whole number"),
                () -> assertHas(ps, "$.turns.2.JPN", "must be a list of orders"),
                () -> assertEquals(10, ps.size(), all),
                () -> assertTrue(ps.stream().allMatch(p -> p.file().equals("orders.json"))));
    }

    @Test
    void fileLevelProblems() {
        assertHas(problems("{\"formatVersion\":1,\"turns\":{\"1\":{\"CHN\":[{\"type\":\"BuyStockpile\",\"commodity\":\"ndpr\",\"stage\":\"mining\",\"quantity\":NaN}]}}}"),
                "$.turns.1.CHN[0].quantity", "NaN");
        assertHas(problems(""), "$", "empty");
        assertHas(problems("{\"formatVersion\":2,\"turns\":{}}"), "$.formatVersion", "newer version");
        assertHas(problems("{\"turns\":{}}"), "$.formatVersion", "missing field");
        assertHas(problems("[]"), "$", "JSON object");
    }

    @Test
    void checkAgainstScenario() throws Exception {
        OrderFile.Script s = parse("{\"formatVersion\":1,\"turns\":{\"1\":{\"XXX\":[]},\"99\":{}}}");
        List<Problem> ps = OrderFile.check("orders.json", s, TinyScenario.build());
        assertHas(ps, "$.turns.1.XXX", "unknown actor id");
        assertHas(ps, "$.turns.99", "only 8 turns");
    }

    static void assertHas(List<Problem> ps, String path, String text) {
        assertTrue(ps.stream().anyMatch(p -> p.jsonPath().equals(path) && p.message().contains(text)),
                "expected " + path + ": …" + text + "… in\n" + ps);
    }
}
