package chokepoint.text;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.state.NewsItem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class NewsFormatterTest {
    private static final NewsItem OUTPUT = NewsItem.publicNews(3, "news.output.control", "JPN", "ev", 12L, "CHN", "BAN", 50L, "ndpr/refining");

    @Test
    @DisplayName("the causal output news names the controller, the measure, the share held and the market")
    void causeIsVisible() {
        NewsFormatter r = NewsFormatter.of(Game.start(TinyScenario.build(), 7), "en");
        assertEquals("JPN's EVs output fell 12% because CHN's ban held back 50% of its NdPr — Refining imports.", r.line(OUTPUT));
        assertEquals("Price of NdPr — Refining rose 53% to US$ 21,452,292.",
                r.line(NewsItem.publicNews(2, "news.price.up", "ndpr/refining", 53L, 21452292.0)));
        assertEquals("USA is building 1,200 per year of NdPr — Refining capacity, ready 2028.",
                r.line(NewsItem.publicNews(2, "news.invest.home", "USA", "ndpr/refining", 1200.0, "2028")));
        NewsItem z = NewsItem.publicNews(2, "news.zone.founded", "USA", "Club", "PRICE_FLOOR+TRUSTED_SUPPLY");
        assertEquals("USA founded the trade zone Club (rules: price floor, trusted-supply standards).", r.line(z));
    }

    @Test
    @DisplayName("Japanese news uses the Japanese template, names and list separator")
    void japanese() {
        NewsFormatter ja = NewsFormatter.of(Game.start(TinyScenario.build(), 7), "ja");
        String line = ja.line(OUTPUT);
        assertTrue(line.contains("12%") && line.contains("50%"), line);
        assertFalse(line.contains("news.") || line.contains("BAN"), "no raw keys or constants: " + line);
        NewsItem z = NewsItem.publicNews(2, "news.zone.founded", "USA", "Club", "PRICE_FLOOR+TRUSTED_SUPPLY");
        assertTrue(ja.line(z).contains("、"), ja.line(z));
    }

    @Test
    @DisplayName("English possessives of names ending in s read naturally, and unknown keys show key and arguments")
    void possessiveAndUnknownKey() {
        NewsFormatter en = NewsFormatter.of(Game.start(TinyScenario.build(), 7), "en");
        assertEquals("news.nothing.known [X]", en.line(NewsItem.publicNews(1, "news.nothing.known", "X")));
        String line = en.line(NewsItem.publicNews(3, "news.output.shortage", "Philippines", "ev", 5L, "ndpr/refining"));
        assertTrue(line.startsWith("Philippines' EVs output fell 5%"), line);
    }

    @Test
    @DisplayName("output losses with one cause become one line listing the sectors")
    void groupedLine() {
        NewsFormatter r = NewsFormatter.of(Game.start(TinyScenario.build(), 7), "en");
        NewsItem defence = NewsItem.publicNews(3, "news.output.control", "JPN", "defence", 5L, "CHN", "BAN", 50L, "ndpr/refining");
        assertEquals(NewsFormatter.groupKey(OUTPUT), NewsFormatter.groupKey(defence));
        assertEquals("JPN's output fell (EVs −12%, Defence −5%) because CHN's ban held back 50% of its NdPr — Refining imports.",
                r.groupedLine(List.of(OUTPUT, defence)));
        assertEquals(r.line(OUTPUT), r.groupedLine(List.of(OUTPUT)));
        assertNull(NewsFormatter.groupKey(NewsItem.publicNews(2, "news.price.up", "ndpr/refining", 53L, 1.0)));
    }

    @Test
    @DisplayName("every news key the engine emits has a template in both languages and an argument signature")
    void everyNewsKeyHasTemplates() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern p = Pattern.compile("\"(news\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/chokepoint/engine"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) keys.add(m.group(1));
            }
        }
        assertTrue(keys.size() > 30, "found the engine's keys: " + keys);
        ResourceBundle en = Messages.bundle(Messages.NEWS_BUNDLE, "en");
        ResourceBundle ja = Messages.bundle(Messages.NEWS_BUNDLE, "ja");
        for (String k : keys) {
            assertTrue(en.containsKey(k), "English template for " + k);
            assertTrue(ja.containsKey(k) && !ja.getString(k).equals(en.getString(k)), "Japanese template for " + k);
            assertTrue(NewsFormatter.hasSignature(k), "argument signature for " + k);
        }
    }
}
