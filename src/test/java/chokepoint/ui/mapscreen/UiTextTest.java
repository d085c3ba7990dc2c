package chokepoint.ui.mapscreen;

import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.NewsItem;
import chokepoint.ui.common.I18n;
import chokepoint.ui.testing.TinyGames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiTextTest {
    private final Scenario sc = TinyGames.mapped();

    @AfterEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void turnLabelsFollowTheLanguage() {
        assertEquals("Start", UiText.turnLabel(0, "start"));
        assertEquals("Q2 2025", UiText.turnLabel(2, "Q2 2025"));
        assertEquals("Q2 '25", UiText.shortTurnLabel(2, "Q2 2025"));
        I18n.setLocale(I18n.JAPANESE);
        assertEquals("2025年Q2", UiText.turnLabel(2, "Q2 2025"));
        assertEquals("25年Q2", UiText.shortTurnLabel(2, "Q2 2025"));
        assertEquals("2026", UiText.turnLabel(5, "2026"), "yearly labels stay as they are");
    }

    @Test
    void headlineNewsNamesActorsAndMarkets() {
        NewsItem ban = NewsItem.publicNews(3, "news.control.imposed", "CHN", "ndpr/refining", "BAN", "JPN");
        String en = UiText.news(sc, ban);
        assertEquals("CHN imposed an export ban on NdPr — Refining against JPN.", en, "the same sentence as the report's");
        I18n.setLocale(I18n.JAPANESE);
        String ja = UiText.news(sc, ban);
        assertTrue(ja.contains("NdPr（日本語）"), ja);
        assertFalse(ja.contains("news.") || ja.contains("BAN"), ja);
    }

    @Test
    void moneyInTheLanguagesUnit() {
        assertEquals("US$12.5 bn", UiText.usdBn(12.5));
        I18n.setLocale(I18n.JAPANESE);
        assertEquals("125億ドル", UiText.usdBn(12.5));
    }
}
