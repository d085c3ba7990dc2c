package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.Text;
import chokepoint.engine.state.NewsItem;
import com.google.gson.Gson;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The projector shows public information only: no stockpiles, budgets, private news or orders. */
class PublicViewTest {

    @Test
    void noPrivateFigureReachesTheProjector() {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 11));
        // an odd budget so its digits are recognisable anywhere in the output
        f.injectNow(new Inject("odd_budget", new Text("Budget", "予算"), new Text("", ""),
                List.of(new EffectDef(EffectKind.BUDGET, "JPN", null, null, null, null, 0.123456789, 0)), "test"));
        Fixtures.play(f, 3);
        Game g = f.game();
        // pending orders (not yet resolved) live only in the UI; orders already resolved live in orderLog
        Map<String, List<Order>> pending = Map.of("JPN", List.of(new Order.BuyStockpile("JPN", "ndpr", "refining", 777.25)));
        assertTrue(g.history().stream().anyMatch(r -> r.news.stream().anyMatch(n -> !n.audience().isEmpty())),
                "the game has private news to hide");

        int jpn = g.scenario().actorIndex("JPN");
        assertTrue(distinctive(g.history().get(1).budget[jpn]), "the odd JPN budget is checked");
        PublicView view = PublicView.of(g);
        String json = new Gson().toJson(view);

        for (var r : g.history()) {
            for (int a = 0; a < r.budget.length; a++) {
                if (distinctive(r.budget[a])) assertFalse(json.contains(Double.toString(r.budget[a])), "budget of actor " + a);
                for (double stock : r.stock[a]) {
                    if (distinctive(stock)) assertFalse(json.contains(Double.toString(stock)), "stockpile");
                }
            }
        }
        assertFalse(json.contains("777.25"), "pending orders");
        assertFalse(json.contains("BuyStockpile"), "no orders at all");
        for (PublicView.PublicTurn t : view.turns()) for (NewsItem n : t.news()) assertTrue(n.audience().isEmpty(), n.key());
        for (NewsItem n : view.announced()) assertTrue(n.audience().isEmpty());
        assertFalse(pending.isEmpty());
    }

    @Test
    void latestNewsComesAsSentencesInBothLanguages() {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 11));
        Fixtures.play(f, 2);
        PublicView view = PublicView.of(f.game());
        assertFalse(view.last().news().isEmpty());
        for (NewsItem n : view.last().news()) {
            String en = view.newsLine(n, "en");
            String ja = view.newsLine(n, "ja");
            assertFalse(en.startsWith("news.") || ja.startsWith("news."), n.key());
            assertNotEquals(en, ja, n.key());
        }
    }

    /** A figure with enough digits that finding it elsewhere by chance is implausible. */
    private static boolean distinctive(double v) {
        return v > 0 && Double.toString(v).length() >= 8;
    }

    @Test
    void projectorTypesHaveNoPrivateFields() {
        List<String> names = new ArrayList<>();
        for (Class<?> c : List.of(PublicView.class, PublicView.PublicTurn.class, PublicView.Zone.class, PublicView.Actor.class, PublicView.Market.class)) {
            for (RecordComponent rc : c.getRecordComponents()) names.add(rc.getName().toLowerCase(Locale.ROOT));
        }
        for (String forbidden : List.of("stock", "budget", "score", "order", "research", "revenue", "objective", "journal")) {
            assertTrue(names.stream().noneMatch(n -> n.contains(forbidden)), forbidden + " in " + names);
        }
    }
}
