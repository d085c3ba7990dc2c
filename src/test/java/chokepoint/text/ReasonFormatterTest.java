package chokepoint.text;

import chokepoint.ai.AiRoster;
import chokepoint.ai.AiStrength;
import chokepoint.ai.AiStyle;
import chokepoint.ai.Decision;
import chokepoint.ai.Reason;
import chokepoint.ai.StrongAi;
import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TradeZone;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class ReasonFormatterTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    @DisplayName("every reason key the AI writes has a signature, and English and Japanese templates with the same placeholders")
    void everyReasonKeyHasTemplatesInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern p = Pattern.compile("\"(ai\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/chokepoint/ai"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertTrue(used.size() > 60, "found the AI's keys: " + used);
        assertTrue(ReasonFormatter.keys().containsAll(used), "keys without a signature: " + minus(used, ReasonFormatter.keys()));
        ResourceBundle en = Messages.bundle(Messages.REASONS_BUNDLE, "en");
        ResourceBundle ja = Messages.bundle(Messages.REASONS_BUNDLE, "ja");
        List<String> problems = new ArrayList<>();
        for (String k : ReasonFormatter.keys()) {
            if (!en.containsKey(k) || !ja.containsKey(k)) {
                problems.add("missing template: " + k);
                continue;
            }
            Set<Integer> enHoles = placeholders(en.getString(k));
            if (!enHoles.equals(placeholders(ja.getString(k)))) problems.add("placeholders differ: " + k);
            Set<Integer> expected = new TreeSet<>();
            for (int i = 0; i < ReasonFormatter.signature(k).length(); i++) expected.add(i);
            if (!enHoles.equals(expected)) problems.add("placeholders " + enHoles + " do not match signature of " + k);
            if (!Reason.PLAIN.equals(k) && en.getString(k).equals(ja.getString(k))) problems.add("not translated: " + k);
        }
        // constants the signatures name (E effect kind, Y style) exist for every value
        for (EffectKind e : EffectKind.values()) requireBoth(en, ja, "ai.effect." + e.name(), problems);
        for (AiStyle s : AiStyle.values()) requireBoth(en, ja, "ai.style." + s.name(), problems);
        assertEquals(List.of(), problems);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(ja.keySet()), "the two bundles have the same keys");
    }

    private static void requireBoth(ResourceBundle en, ResourceBundle ja, String key, List<String> problems) {
        if (!en.containsKey(key) || !ja.containsKey(key)) problems.add("missing constant: " + key);
    }

    private static Set<Integer> placeholders(String template) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    @Test
    @DisplayName("English keeps the AI's wording and figures; Japanese writes the same figures in its own units")
    void figuresPerLanguage() {
        Game g = Game.start(TinyScenario.build(), 7);
        Reason ban = Reason.of("ai.control.ban", "ndpr/refining", "USA+JPN", "USA", 12.345, 45.6, 0.024,
                List.of(Reason.of("ai.suffix.restrictsMe")));
        assertEquals("ban NdPr — Refining to USA, JPN: USA depends on me for 12.3 leverage points with ~45.6 days of stockpile,"
                + " and my exports there are 2% of revenue; it restricts my supplies", ReasonFormatter.of(g, "en").line(ban));
        Reason invest = Reason.of("ai.invest.home", 3_400_000.0, "ndpr/refining", 1.234,
                Reason.of("ai.why.dependence", 0.8, "ndpr/refining", "CHN"), 4);
        assertEquals("build 3.4M/yr of NdPr — Refining at home for ~$1.23bn: 80% of my NdPr — Refining comes from CHN; ready in 4 turns",
                ReasonFormatter.of(g, "en").line(invest));
        String ja = ReasonFormatter.of(g, "ja").line(invest);
        assertTrue(ja.contains("340万") && ja.contains("12.3億ドル") && ja.contains("80%") && ja.contains("4 ターン"), ja);
        String small = ReasonFormatter.of(g, "ja").line(Reason.of("ai.clause.fullCost", 0.004));
        assertEquals("総費用 約400万ドル", small);
        Reason answer = Reason.of("ai.plantAnswer.accept", "USA", 1200.0, "ndpr/refining", 0.0,
                List.of(Reason.of("ai.clause.ally"), Reason.of("ai.clause.relation", 12.4)));
        assertEquals("accept USA's plant here: +1200/yr of NdPr — Refining capacity (now 0.00), ally, relation +12",
                ReasonFormatter.of(g, "en").line(answer));
        assertTrue(ReasonFormatter.of(g, "ja").line(answer).contains("同盟国、関係 +12"), ReasonFormatter.of(g, "ja").line(answer));
    }

    @Test
    @DisplayName("plain text (old saves) shows as given, an unknown key as key and arguments, no reason as nothing")
    void plainUnknownAndEmpty() {
        Game g = Game.start(TinyScenario.build(), 7);
        ReasonFormatter ja = ReasonFormatter.of(g, "ja");
        assertEquals("hold the quota", ja.line(Reason.plain("hold the quota")));
        assertEquals("ai.future [1.5, x]", ja.line(new Reason("ai.future", List.of("1.5", "x"), List.of())));
        assertEquals("", ja.line(Reason.NONE));
    }

    @Test
    @DisplayName("a Japanese rendering of real AI decisions (baseline and strong) has no English template words")
    void japaneseDecisionsHaveNoEnglish() throws Exception {
        Set<String> englishWords = new TreeSet<>();
        ResourceBundle en = Messages.bundle(Messages.REASONS_BUNDLE, "en");
        for (String k : en.keySet()) {
            Matcher m = Pattern.compile("[A-Za-z]{3,}").matcher(en.getString(k));
            while (m.find()) englishWords.add(m.group().toLowerCase());
        }
        Set<String> seen = new TreeSet<>();
        int lines = 0;
        // the 2025 scenario with hawkish seats (controls, tariffs, security moves) and cooperative ones (zones)
        for (AiStyle style : List.of(AiStyle.HAWKISH, AiStyle.COOPERATIVE)) {
            Scenario sc = ScenarioLoader.loadBundled("2025");
            Game g = Game.start(sc, 3);
            AiRoster roster = AiRoster.uniform(sc, style, AiStrength.BASELINE);
            for (int t = 0; t < 10 && !g.isOver(); t++) {
                Map<String, Decision> d = roster.decisionsFor(g, AiRoster.playableSeats(sc));
                for (Decision x : d.values()) {
                    List<Reason> all = new ArrayList<>(x.reasons());
                    all.add(x.summary());
                    lines += check(g, all, englishWords, seen);
                }
                g.resolve(AiRoster.orders(d));
            }
        }
        // the strong AI's summaries, end-game moves and look-ahead notes, to the end of a tiny game
        Scenario tiny = TinyScenario.build();
        Game g = Game.start(tiny, 2);
        AiRoster base = AiRoster.defaults(tiny);
        while (!g.isOver()) {
            Decision d = new StrongAi(AiStyle.BALANCED).decide(g, "JPN");
            List<Reason> all = new ArrayList<>(d.reasons());
            all.add(d.summary());
            lines += check(g, all, englishWords, seen);
            var orders = base.ordersFor(g, AiRoster.playableSeats(tiny));
            orders.put("JPN", d.orderList());
            g.resolve(orders);
        }
        assertTrue(lines > 100, "rendered " + lines + " reasons");
        assertTrue(seen.size() >= 25 && seen.contains("ai.lookahead") && seen.contains("ai.summary.strong"),
                "keys seen: " + seen);
    }

    /** Renders reasons in Japanese; fails on an English template word. Zone names are the players' (or AI's) own. */
    private static int check(Game g, List<Reason> reasons, Set<String> englishWords, Set<String> seen) {
        ReasonFormatter ja = ReasonFormatter.of(g, "ja");
        for (Reason r : reasons) {
            collect(r, seen);
            String line = ja.line(r);
            for (String name : names(g)) line = line.replace(name, "");
            assertFalse(line.isBlank() || line.contains("ai."), r.toString());
            Matcher m = Pattern.compile("[A-Za-z]{3,}").matcher(line);
            while (m.find()) assertFalse(englishWords.contains(m.group().toLowerCase()), "English in: " + line);
        }
        return reasons.size();
    }

    /** The scenario's own names in Japanese (test scenarios keep English in them) and the zones' names. */
    private static List<String> names(Game g) {
        ScenarioNames n = ScenarioNames.of(g, "ja");
        Scenario sc = g.scenario();
        List<String> out = new ArrayList<>();
        for (TradeZone z : g.state().zones) out.add(z.name);
        sc.actors().forEach(a -> out.add(n.actor(a.id())));
        sc.commodities().forEach(c -> out.add(n.commodity(c.id())));
        sc.stages().forEach(st -> out.add(n.stage(st.id())));
        sc.projects().forEach(p -> out.add(n.project(p.id())));
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static void collect(Reason r, Set<String> seen) {
        seen.add(r.key());
        for (Reason p : r.parts()) collect(p, seen);
    }
}
