package chokepoint.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @AfterEach
    void english() {
        I18n.setLocale(I18n.ENGLISH);
    }

    @Test
    void bothLanguagesHaveTheSameNonBlankKeys() throws IOException {
        Properties en = load("/i18n/messages.properties");
        Properties ja = load("/i18n/messages_ja.properties");
        List<String> problems = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            if (!ja.containsKey(k)) problems.add("only in English: " + k);
            if (en.getProperty(k).isBlank()) problems.add("blank in English: " + k);
        }
        for (String k : new TreeSet<>(ja.stringPropertyNames())) {
            if (!en.containsKey(k)) problems.add("only in Japanese: " + k);
            if (ja.getProperty(k).isBlank()) problems.add("blank in Japanese: " + k);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(en.size() > 20);
    }

    @Test
    void japaneseIsReadAsUtf8() {
        String s = I18n.bundleFor(Locale.JAPANESE).getString("map.resetView");
        assertEquals("表示をリセット", s);
    }

    @Test
    void switchesLocaleAndNotifies() {
        List<Locale> seen = new ArrayList<>();
        I18n.addListener(seen::add);
        assertEquals("Reset view", I18n.get("map.resetView"));
        I18n.setLocale(Locale.JAPAN);
        assertEquals(List.of(I18n.JAPANESE), seen);
        assertEquals("他国への影響力", I18n.get("map.lens.leverageOverOthers"));
        assertEquals("貿易圏：RCEP", I18n.get("map.tooltip.zone", "RCEP"));
        I18n.setLocale(Locale.FRENCH);
        assertEquals(I18n.ENGLISH, I18n.getLocale(), "unsupported falls back to English");
        assertEquals("!no.such.key!", I18n.get("no.such.key"));
    }
}
