package chokepoint.ui.app;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.Scenario;
import chokepoint.ui.session.AiPlayer;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.SeatConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The new-game setup: scenario, who plays each playable actor, language and seed. The defaults get a class to
 * turn 1 with one click: two human seats (United States and China when the scenario has them), the rest AI.
 */
public final class NewGameViewModel {
    public enum Control { HUMAN, AI, NONE }

    /** One row of the seat table (mutable while the form is open). */
    public static final class Row {
        public final String actor;
        public Control control;
        public SeatConfig.AiStyle style = SeatConfig.AiStyle.BALANCED;
        public int strength = 1;
        public String name = "";
        public String pin = "";

        Row(String actor, Control control) {
            this.actor = actor;
            this.control = control;
        }
    }

    private final ScenarioCatalog catalog;
    private final java.util.Map<String, Scenario> loaded = new java.util.HashMap<>();
    private final java.util.Map<String, String> problems = new java.util.HashMap<>();
    private String scenarioId;
    private Scenario scenario;
    private String loadProblem;
    private final List<Row> rows = new ArrayList<>();
    private String seed = "";
    private boolean facilitatorMode;
    private String facilitatorPassword = "";
    private String facilitatorConfirm = "";

    /** Shortest facilitator password accepted (it guards every seat's figures in a facilitated game). */
    public static final int MIN_PASSWORD = 4;

    public NewGameViewModel(ScenarioCatalog catalog) {
        this.catalog = catalog;
        List<String> ids = catalog.ids();
        for (String id : ids) load(id);
        if (!ids.isEmpty()) select(ids.get(0));
    }

    public List<String> scenarioIds() {
        return catalog.ids();
    }

    public String scenarioId() {
        return scenarioId;
    }

    public Optional<Scenario> scenario() {
        return Optional.ofNullable(scenario);
    }

    /** Why the selected scenario could not be loaded, if it could not. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    private Scenario load(String id) {
        if (loaded.containsKey(id)) return loaded.get(id);
        if (problems.containsKey(id)) return null;
        try {
            Scenario s = catalog.load(id);
            loaded.put(id, s);
            return s;
        } catch (Exception e) {
            problems.put(id, String.valueOf(e.getMessage()));
            return null;
        }
    }

    /** The scenario's own name in the current language (its id if it cannot be loaded). */
    public String scenarioName(String id) {
        Scenario s = load(id);
        return s == null ? id : s.name().in(Texts.language());
    }

    public String description() {
        return scenario == null ? "" : scenario.description().in(Texts.language());
    }

    public String calendarText() {
        if (scenario == null) return "";
        var c = scenario.calendar();
        return Texts.get("setup.calendar", c.turns(), c.label(1), c.label(c.turns()));
    }

    public void select(String id) {
        scenarioId = id;
        rows.clear();
        loadProblem = null;
        scenario = load(id);
        if (scenario == null) {
            loadProblem = problems.get(id);
            return;
        }
        seed = Long.toString(scenario.defaultSeed());
        List<String> playable = scenario.actors().stream().filter(ActorDef::playable).map(ActorDef::id).toList();
        List<String> humans = new ArrayList<>();
        for (String preferred : List.of("USA", "CHN")) if (playable.contains(preferred)) humans.add(preferred);
        for (String a : playable) if (humans.size() < 2 && !humans.contains(a)) humans.add(a);
        for (String a : playable) rows.add(new Row(a, humans.contains(a) ? Control.HUMAN : Control.AI));
    }

    public List<Row> rows() {
        return rows;
    }

    public String actorName(String id) {
        return scenario == null ? id : scenario.actor(id).map(a -> a.name().in(Texts.language())).orElse(id);
    }

    public String seed() {
        return seed;
    }

    public void setSeed(String s) {
        seed = s == null ? "" : s.trim();
    }

    public boolean facilitatorMode() {
        return facilitatorMode;
    }

    /** Facilitator mode: the game starts with this password set; the White Cell console opens only with it. */
    public void setFacilitatorMode(boolean on) {
        facilitatorMode = on;
    }

    public void setFacilitatorPassword(String password, String confirmation) {
        facilitatorPassword = password == null ? "" : password;
        facilitatorConfirm = confirmation == null ? "" : confirmation;
    }

    public long humanCount() {
        return rows.stream().filter(r -> r.control == Control.HUMAN).count();
    }

    /** What keeps the game from starting, or empty. */
    public Optional<String> problem() {
        if (scenario == null) return Optional.of(Texts.get("setup.error.scenario", loadProblem == null ? "" : loadProblem));
        if (humanCount() == 0) return Optional.of(Texts.get("setup.error.noHuman"));
        if (!seed.isEmpty()) {
            try {
                Long.parseLong(seed);
            } catch (NumberFormatException e) {
                return Optional.of(Texts.get("setup.error.seed"));
            }
        }
        if (facilitatorMode && facilitatorPassword.length() < MIN_PASSWORD) {
            return Optional.of(Texts.get("setup.error.facPassword", MIN_PASSWORD));
        }
        if (facilitatorMode && !facilitatorPassword.equals(facilitatorConfirm)) return Optional.of(Texts.get("setup.error.facConfirm"));
        return Optional.empty();
    }

    /** The session of the configured game, at the start of turn 1. */
    public GameSession start(AiPlayer ai) {
        if (problem().isPresent()) throw new IllegalStateException(problem().get());
        long s = seed.isEmpty() ? scenario.defaultSeed() : Long.parseLong(seed);
        List<SeatConfig> seats = new ArrayList<>();
        for (Row r : rows) {
            switch (r.control) {
                case HUMAN -> seats.add(new SeatConfig(r.actor, SeatConfig.Control.HUMAN, r.style, r.strength,
                        r.name.trim(), r.pin.trim()));
                case AI -> seats.add(new SeatConfig(r.actor, SeatConfig.Control.AI, r.style, r.strength, "", ""));
                case NONE -> { }
            }
        }
        GameSession session = new GameSession(Game.start(scenario, s), seats, ai);
        if (facilitatorMode) session.facilitator().setPassword(facilitatorPassword.toCharArray());
        facilitatorPassword = "";
        facilitatorConfirm = "";
        return session;
    }
}
