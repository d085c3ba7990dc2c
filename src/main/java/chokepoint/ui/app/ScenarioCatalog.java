package chokepoint.ui.app;

import chokepoint.engine.scenario.Scenario;
import chokepoint.scenario.ScenarioLoader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The scenarios a new game can start from. */
public interface ScenarioCatalog {
    List<String> ids();

    Scenario load(String id) throws Exception;

    /** The scenarios shipped with the game ("2025", "classroom"), classroom first (quickest to learn). */
    static ScenarioCatalog bundled() {
        return new ScenarioCatalog() {
            @Override
            public List<String> ids() {
                List<String> ids = new ArrayList<>(ScenarioLoader.bundledIds());
                ids.sort((a, b) -> Boolean.compare(!"classroom".equals(a), !"classroom".equals(b)));
                return ids;
            }

            @Override
            public Scenario load(String id) throws Exception {
                return ScenarioLoader.loadBundled(id);
            }
        };
    }

    /** Fixed scenarios (tests, screenshots). */
    static ScenarioCatalog of(Map<String, Supplier<Scenario>> scenarios) {
        Map<String, Supplier<Scenario>> copy = new LinkedHashMap<>(scenarios);
        return new ScenarioCatalog() {
            @Override
            public List<String> ids() {
                return List.copyOf(copy.keySet());
            }

            @Override
            public Scenario load(String id) {
                Supplier<Scenario> s = copy.get(id);
                if (s == null) throw new IllegalArgumentException("no scenario " + id);
                return s.get();
            }
        };
    }
}
