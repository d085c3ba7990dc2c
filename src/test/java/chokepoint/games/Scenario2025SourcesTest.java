package chokepoint.games;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.TurnRecord;
import chokepoint.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At turn 0 the 2025 scenario reproduces its sources (../shared/domain/DATA.md): production shares after the
 * markets clear once, and import shares of Japan and the EU.
 */
class Scenario2025SourcesTest {
    static Scenario sc;
    static TurnRecord start;

    @BeforeAll
    static void clearTurnZero() throws Exception {
        sc = ScenarioLoader.loadBundled("2025");
        start = Game.start(sc, 1).history().get(0);
    }

    @ParameterizedTest(name = "{0} share of world {1}/{2} = {3} ({5})")
    @CsvSource({
        "CHN, ndpr, refining, 0.91, 0.04, IEA Oct 2025: China 91% of REE separation",
        "CHN, ndpr, component, 0.94, 0.03, IEA Oct 2025: China 94% of permanent magnets",
        "CHN, gallium, mining, 0.985, 0.02, MCS25/26: China ~98-99% of primary gallium",
        "CHN, graphite, mining, 0.78, 0.04, MCS26: China 78-82% of natural graphite",
        "CHN, graphite, refining, 0.93, 0.04, IEA: China >90% of battery-grade graphite",
        "CHN, lithium, refining, 0.65, 0.04, IEA WEO24: China ~65% of lithium chemicals",
        "CHN, cobalt, refining, 0.78, 0.05, IEA WEO24: China >75% of refined cobalt",
        "COD, cobalt, mining, 0.75, 0.03, MCS25/26: DR Congo 74-76% of cobalt mining",
        "IDN, nickel, mining, 0.645, 0.03, MCS26: Indonesia 62-67% of nickel mining",
        "IDN, nickel, refining, 0.62, 0.04, Benchmark: Indonesia 62% of refined nickel",
        "USA, helium, refining, 0.43, 0.03, MCS26: US 43% of helium",
        "QAT, helium, refining, 0.33, 0.03, MCS26: Qatar 33% of helium",
        "RUS, helium, refining, 0.095, 0.03, MCS26: Russia 9.5% of helium",
        "CHN, germanium, refining, 0.68, 0.07, CSIS citing USGS: China 68% of germanium",
    })
    void productionShare(String actor, String commodity, String stage, double expected, double tolerance, String source) {
        int m = sc.marketIndex(commodity, stage);
        double share = start.productionShare(sc.actorIndex(actor), m);
        assertTrue(Math.abs(share - expected) <= tolerance,
                actor + " " + commodity + "/" + stage + " share " + share + " vs " + expected + " (" + source + ")");
    }

    @ParameterizedTest(name = "{0} imports of {2}/{3} from {1} = {4} ({6})")
    @CsvSource({
        "JPN, CHN, ndpr, refining, 0.70, 0.08, JOGMEC 2024: ~70% of Japan's rare earths from China",
        "EU, CHN, ndpr, refining, 0.463, 0.08, Eurostat 2024: China 46.3% of EU rare-earth imports",
        "EU, CHN, ndpr, component, 0.90, 0.08, EC RESourceEU: >90% of EU magnets from China",
        "JPN, CHN, dytb, refining, 1.0, 0.02, Toyo Keizai: heavy REE ~100% from China until Lynas",
        "USA, CHN, dytb, refining, 1.0, 0.02, MCS26: Tb 100% China",
    })
    void importShare(String importer, String supplier, String commodity, String stage, double expected,
                     double tolerance, String source) {
        int m = sc.marketIndex(commodity, stage);
        int b = sc.actorIndex(importer);
        double share = start.importsFrom(b, sc.actorIndex(supplier), m) / start.imports[b][m];
        assertTrue(Math.abs(share - expected) <= tolerance,
                importer + " imports of " + commodity + "/" + stage + " from " + supplier + ": " + share + " vs " + expected
                        + " (" + source + ")");
    }
}
