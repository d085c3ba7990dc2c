package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.state.TurnRecord;
import chokepoint.facilitator.io.InjectFile;
import chokepoint.facilitator.io.InjectFileException;
import chokepoint.facilitator.io.InjectJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class InjectLibraryTest {

    @Test
    void libraryLoadsAndEveryInjectFitsThe2025Scenario() throws InjectFileException {
        List<Inject> library = InjectJson.bundledLibrary();
        assertTrue(library.size() >= 12, "library has the injects of the source articles");
        Set<String> ids = library.stream().map(Inject::id).collect(Collectors.toSet());
        for (String expected : List.of("senkaku_embargo", "pla_exercise_taiwan", "volt_typhoon_port", "qatar_helium_outage",
                "bering_tunnel_talks", "mtori_test_success", "mtori_test_failure", "lithium_price_crash", "drc_cobalt_quota")) {
            assertTrue(ids.contains(expected), expected);
        }
        for (Inject i : library) {
            assertEquals(List.of(), InjectCheck.problems(i, Fixtures.scenario2025()), i.id());
            assertFalse(i.title().ja().isBlank(), i.id() + " has a Japanese title");
            assertFalse(i.text().ja().isBlank(), i.id() + " has a Japanese text");
            assertTrue(i.source().matches("(?s).*(seeds/|DATA).*"), i.id() + " cites seeds/ or DATA.md: " + i.source());
        }
    }

    @Test
    void everyLibraryInjectAppliesAndTheGameResolves() throws InjectFileException {
        for (Inject i : InjectJson.bundledLibrary()) {
            Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 3));
            String before = f.game().hash();
            Facilitator.InjectResult r = f.injectNow(i);
            assertTrue(r.applied(), i.id() + ": " + r.problems());
            assertNotEquals(before, f.game().hash(), i.id() + " changes the state");
            TurnRecord t = f.resolve(Map.of());
            assertTrue(t.news.stream().anyMatch(n -> n.args().contains(r.eventId())), i.id() + " is in the news");
        }
    }

    @Test
    void senkakuEmbargoBansNdprToJapanForTwoTurns() throws InjectFileException {
        Inject senkaku = InjectJson.bundledLibrary().stream().filter(i -> i.id().equals("senkaku_embargo")).findFirst().orElseThrow();
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 3));
        f.injectNow(senkaku);
        int m = f.game().scenario().marketIndex("ndpr", "refining");
        assertTrue(f.game().state().controls.stream().anyMatch(c -> c.controller().equals("CHN") && c.market() == m
                && c.mode().name().equals("BAN")));
    }

    @Test
    void exportAndImportRoundTrip(@TempDir Path dir) throws Exception {
        List<Inject> library = InjectJson.bundledLibrary();
        InjectSchedule schedule = new InjectSchedule();
        schedule.add(3, library.get(0));
        schedule.add(7, library.get(1));
        Path file = dir.resolve("exercise.json");
        InjectJson.write(file, library, schedule.entries());
        InjectFile back = InjectJson.read(file);
        assertEquals(library, back.injects());
        assertEquals(List.of(3, 7), back.schedule().stream().map(ScheduledInject::turn).toList());
        assertEquals(library.get(1), back.schedule().get(1).inject());
    }

    @Test
    void badInputNamesFilePathAndProblem() {
        String json = """
                {"formatVersion": 1, "injects": [
                  {"id": "ok", "title": {"en": "A", "ja": "あ"}, "text": {"en": "t", "ja": "t"},
                   "effects": [{"kind": "TENSION", "value": 5}], "source": "test"},
                  {"id": "Bad Id", "title": {"en": "B"}, "effects": [{"kind": "EXPLODE", "value": "x"}], "source": "s",
                   "colour": "red"}
                ], "schedule": [{"turn": 0, "inject": {"id": "z"}}]}
                """;
        InjectFileException e = assertThrows(InjectFileException.class, () -> InjectJson.read("mine.json", json));
        String all = e.getMessage();
        assertTrue(all.contains("mine.json: $.injects[1].id: must be a lower-case id"), all);
        assertTrue(all.contains("$.injects[1].effects[0].kind: unknown kind \"EXPLODE\""), all);
        assertTrue(all.contains("$.injects[1].effects[0].value: must be a finite number"), all);
        assertTrue(all.contains("$.injects[1].colour: unknown field"), all);
        assertTrue(all.contains("$.schedule[0].turn: must be 1 or later"), all);
        assertTrue(all.contains("$.schedule[0].inject.title: is missing"), all);
        assertThrows(InjectFileException.class, () -> InjectJson.read("x.json", "{not json"));
        assertThrows(InjectFileException.class, () -> InjectJson.read("x.json", "[]"));
    }
}
