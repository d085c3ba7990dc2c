package chokepoint.ui.report;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.order.Order;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.NewsItem;
import chokepoint.engine.state.Target;
import chokepoint.ui.app.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

class ReportViewModelTest {
    @AfterEach
    void english() {
        Texts.setLanguage("en");
    }

    private static Game banTurn() {
        Game g = Game.start(TinyScenario.build(), 7);
        g.resolve(Map.of(
                "CHN", List.of(new Order.ImposeExportControl("CHN", "ndpr", "refining", ControlMode.BAN, Target.actors("JPN"), 0)),
                "JPN", List.of(new Order.SetStockpileTarget("JPN", "ndpr", "component", 30))));
        return g;
    }

    @Test
    @DisplayName("the report renders the engine's news with names, most important first, in English and Japanese")
    void rendersInBothLanguages() {
        Game g = banTurn();
        Texts.setLanguage("en");
        ReportViewModel vm = new ReportViewModel(g, "JPN");
        List<ReportViewModel.Line> lines = vm.lines();
        assertFalse(lines.isEmpty());
        for (int i = 1; i < lines.size(); i++) assertTrue(lines.get(i - 1).importance() >= lines.get(i).importance());
        String all = String.join("\n", lines.stream().map(ReportViewModel.Line::text).toList());
        assertTrue(all.contains("CHN imposed an export ban on NdPr — Refining against JPN."), all);
        assertFalse(all.contains("news."), "no raw keys: " + all);
        assertTrue(vm.title().contains("Q1 2025"), vm.title());

        Texts.setLanguage("ja");
        String ja = String.join("\n", new ReportViewModel(g, "JPN").lines().stream().map(ReportViewModel.Line::text).toList());
        assertTrue(ja.contains("CHN（日本語） が NdPr（日本語）（Refining（日本語）） に輸出規制を導入"), ja);
        assertTrue(ja.contains("全面禁止"), ja);
    }

    @Test
    @DisplayName("a seat's report holds its own private news but never another seat's")
    void privateNews() {
        Game g = banTurn();
        boolean jpnPrivate = new ReportViewModel(g, "JPN").lines().stream().anyMatch(ReportViewModel.Line::privateNews);
        assertTrue(jpnPrivate, "Japan's stockpile target gives it private news");
        for (NewsItem n : g.view("USA").briefingNews()) assertTrue(n.visibleTo("USA"));
        long usaPrivate = new ReportViewModel(g, "USA").lines().stream().filter(ReportViewModel.Line::privateNews).count();
        assertEquals(0, usaPrivate);
    }

    @Test
    @DisplayName("the English and Japanese UI bundles have the same keys")
    void bundlesMatch() {
        for (String base : List.of(Texts.UI_BUNDLE, Texts.NEWS_BUNDLE, chokepoint.text.Messages.REASONS_BUNDLE)) {
            Set<String> en = new TreeSet<>(Texts.bundle(base, "en").keySet());
            Set<String> ja = new TreeSet<>(Texts.bundle(base, "ja").keySet());
            Set<String> onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(ja);
            Set<String> onlyJa = new TreeSet<>(ja);
            onlyJa.removeAll(en);
            assertTrue(onlyEn.isEmpty() && onlyJa.isEmpty(), base + " only en: " + onlyEn + " only ja: " + onlyJa);
        }
    }

    @Test
    @DisplayName("output losses with one cause are grouped into one line per actor")
    void groupsSectorsWithTheSameCause() {
        Game g = Game.start(TinyScenario.build(), 7);
        g.state().pendingNews.add(NewsItem.publicNews(3, "news.output.control", "JPN", "ev", 12L, "CHN", "BAN", 50L, "ndpr/refining"));
        g.state().pendingNews.add(NewsItem.publicNews(3, "news.output.control", "JPN", "defence", 5L, "CHN", "BAN", 50L, "ndpr/refining"));
        List<String> texts = new ReportViewModel(g, "USA").lines().stream().map(ReportViewModel.Line::text).toList();
        assertTrue(texts.contains("JPN's output fell (EVs −12%, Defence −5%) because CHN's ban held back 50% of its NdPr — Refining imports."),
                texts.toString());
    }
}
