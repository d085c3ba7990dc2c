package chokepoint.text;

import chokepoint.ai.AiRoster;
import chokepoint.engine.Game;
import chokepoint.engine.order.Order;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.TradeZone;
import chokepoint.engine.state.ZoneRule;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Zones the AI founds carry an English name in the game state ("USA critical minerals zone"); every place that
 * shows a zone shows it in the reader's language. Zones players name are shown as given.
 */
class AiZoneNameTest {
    @Test
    void theAisZonesAreNamedInTheReadersLanguage() throws Exception {
        // in 2025 the baseline AI founds zones in its first turns (China in turn 1, the US in turn 2)
        Game g = Game.start(ScenarioLoader.loadBundled("2025"), 1);
        AiRoster roster = AiRoster.defaults(g.scenario());
        List<String> seats = AiRoster.playableSeats(g.scenario());
        for (int t = 0; t < 2; t++) g.resolve(roster.ordersFor(g, seats));
        assertFalse(g.state().zones.isEmpty(), "the AI founded a zone");
        ScenarioNames en = ScenarioNames.of(g, "en");
        ScenarioNames ja = ScenarioNames.of(g, "ja");
        for (TradeZone z : g.state().zones) {
            String founder = ScenarioNames.aiZoneFounder(z.name);
            assertEquals(z.founder, founder, "the AI's zone names have the form the display recognises: " + z.name);
            assertEquals(en.actor(z.founder) + " critical minerals zone", en.zone(z.id));
            assertEquals(ja.actor(z.founder) + "重要鉱物圏", ja.zone(z.id));
        }
        NewsFormatter news = new NewsFormatter(ja);
        int founded = 0;
        for (var r : g.history()) {
            for (NewsItem n : r.news) {
                if (!n.key().equals("news.zone.founded")) continue;
                founded++;
                String line = news.line(n);
                assertTrue(line.contains("重要鉱物圏") && !line.contains("critical minerals"), line);
            }
        }
        assertTrue(founded > 0);
    }

    @Test
    void playersZonesAndLookAlikesAreShownAsGiven() throws Exception {
        Game g = Game.start(ScenarioLoader.loadBundled("2025"), 1);
        g.resolve(Map.of("JPN", List.of(new Order.FoundZone("JPN", "Minerals Club", EnumSet.of(ZoneRule.TRUSTED_SUPPLY), 0, 0))));
        ScenarioNames ja = ScenarioNames.of(g, "ja");
        TradeZone club = g.state().zones.stream().filter(z -> z.founder.equals("JPN")).findFirst().orElseThrow();
        assertEquals("Minerals Club", ja.zone(club.id));
        assertEquals("XYZ critical minerals zone", ja.zoneName("XYZ critical minerals zone"), "not an actor of the scenario");
        assertNull(ScenarioNames.aiZoneFounder(" critical minerals zone"));
        assertNull(ScenarioNames.aiZoneFounder(null));
    }
}
