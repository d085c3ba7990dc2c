package chokepoint.ui.saves;

import chokepoint.ai.AiRoster;
import chokepoint.engine.scenario.ActorDef;
import chokepoint.engine.scenario.ActorKind;
import chokepoint.engine.Game;
import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveInfo;
import chokepoint.persistence.SaveMeta;
import chokepoint.persistence.SaveStore;
import chokepoint.persistence.Seat;
import chokepoint.ui.app.Texts;
import chokepoint.ui.session.AiPlayer;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.SeatConfig;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saving and loading from the game window: save under a name, autosave after each turn, the list of saves with
 * readable names, the last autosave, and loading a save back into a session. Broken or newer files come back as
 * a {@link SaveException} whose message the UI shows.
 */
public final class SavesViewModel {
    /** One line of the load list. */
    public record Entry(String fileName, String title, String detail, boolean loadable, boolean autosave) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SaveStore store;
    private final AiPlayer ai;

    public SavesViewModel(SaveStore store, AiPlayer ai) {
        this.store = store;
        this.ai = ai;
    }

    public SaveStore store() {
        return store;
    }

    /** Who plays which actor, as saves record it. */
    public static List<Seat> seatsOf(GameSession s) {
        return seats(s);
    }

    static List<Seat> seats(GameSession s) {
        List<Seat> out = new ArrayList<>();
        for (SeatConfig c : s.seats()) {
            out.add(new Seat(c.actor(), c.human(), c.name() == null ? "" : c.name(),
                    c.style() == null ? "BALANCED" : c.style().name(), c.strength()));
        }
        return out;
    }

    /** A name to offer in the Save dialog: scenario and turn. */
    public static String suggestedName(GameSession s) {
        Game g = s.game();
        return g.scenario().id() + "-" + g.currentLabel().replace(' ', '-');
    }

    /** Saves under a name; returns the file written. */
    public String save(GameSession s, String name) throws IOException {
        if (name == null || name.isBlank()) throw new IOException(Texts.get("saves.error.name"));
        return store.save(name.trim(), s.game().state(), seats(s), s.secrets(), s.pendingSnapshot(), s.facilitator().data())
                .getFileName().toString();
    }

    /** The hook for {@link GameSession#setAfterResolve}: writes an autosave, records a failure for the UI. */
    public void autosave(GameSession s) {
        try {
            store.autosave(s.game().state(), seats(s), s.secrets(), s.pendingSnapshot(), s.facilitator().data());
        } catch (IOException | RuntimeException e) {
            s.setAutosaveProblem(Texts.get("saves.error.autosave", String.valueOf(e.getMessage())));
        }
    }

    public List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (SaveInfo i : store.list()) out.add(entry(i));
        return out;
    }

    public Optional<Entry> latestAutosave() {
        try {
            return store.latestAutosave().map(this::entry);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Entry entry(SaveInfo i) {
        if (!i.readable() || i.meta() == null) {
            return new Entry(i.fileName(), i.fileName(), Texts.get("saves.unreadable", i.problem()), false, i.autosave());
        }
        SaveMeta m = i.meta();
        String title = m.name() != null && !m.name().isBlank() ? m.name()
                : i.autosave() ? Texts.get("saves.autosave") : i.fileName();
        List<String> humans = new ArrayList<>();
        List<String> ais = new ArrayList<>();
        for (Seat s : m.seats()) (s.human() ? humans : ais).add(s.actor());
        String when = i.savedAt() == null ? "" : DATE.format(i.savedAt().atZone(ZoneId.systemDefault()));
        String detail = Texts.get("saves.detail", m.scenarioName(), "start".equals(m.label()) ? Texts.get("saves.start") : m.label(),
                m.turn(), when, String.join(", ", humans), ais.size());
        return new Entry(i.fileName(), title, detail, true, i.autosave());
    }

    /**
     * Reads a save. If it has PIN-protected seats it comes back locked: ask each seat in
     * {@link SaveFile.Loaded#lockedSeats()} for its PIN (at a hand-off), call {@link SaveFile.Loaded#unlock}, and
     * then {@link #session(SaveFile.Loaded)}.
     */
    public SaveFile.Loaded open(String fileName) throws SaveException {
        return store.load(fileName);
    }

    /** Loads a save without PIN-protected seats into a new session; a locked save fails with a clear message. */
    public GameSession load(String fileName) throws SaveException {
        SaveFile.Loaded l = store.load(fileName);
        if (l.facilitatorLocked()) l.requireUnlocked(); // names $.facilitator and the password
        if (l.isLocked()) {
            throw new SaveException(l.file(), "$.sealed", "the PIN of " + String.join(", ", l.lockedSeats()) + " is needed to open this game");
        }
        return session(l);
    }

    /**
     * The saved style of an AI seat; none (saves of the headless runner, whose seats play their role's default) or
     * an unknown one gives the role's default style, as the game that was saved played it.
     */
    private static SeatConfig.AiStyle styleOf(String style, Game g, String actor) {
        for (SeatConfig.AiStyle st : SeatConfig.AiStyle.values()) if (st.name().equals(style)) return st;
        ActorKind kind = g.scenario().actor(actor).map(ActorDef::kind).orElse(ActorKind.MAJOR);
        return SeatConfig.AiStyle.valueOf(AiRoster.defaultFor(kind).style().name());
    }

    /**
     * A new session of an opened (unlocked) save: human seats as saved (names, and the PINs given to unlock them),
     * AI seats with their saved style and strength, the saved pending orders back in place, the facilitator's data
     * (password, schedule, journal) with the key that keeps sealing it in later saves.
     */
    public GameSession session(SaveFile.Loaded l) {
        Game g = l.game();
        List<SeatConfig> seats = new ArrayList<>();
        List<Seat> saved = l.meta() == null || l.meta().seats() == null ? List.of() : l.meta().seats();
        for (Seat s : saved) {
            if (g.scenario().actorIndex(s.actor()) < 0) continue;
            seats.add(s.human() ? SeatConfig.human(s.actor(), s.name() == null ? "" : s.name())
                    : SeatConfig.ai(s.actor(), styleOf(s.style(), g, s.actor()), s.strength()));
        }
        if (seats.stream().noneMatch(SeatConfig::human)) {
            // a save without human seats (e.g. from the headless runner): the first playable actor becomes human,
            // the others keep their saved AI settings (the role's default where none was saved)
            java.util.Map<String, SeatConfig> byActor = new java.util.HashMap<>();
            for (SeatConfig c : seats) byActor.put(c.actor(), c);
            List<SeatConfig> fixed = new ArrayList<>();
            boolean done = false;
            for (var a : g.scenario().actors()) {
                if (!a.playable()) continue;
                if (!done) {
                    fixed.add(SeatConfig.human(a.id(), ""));
                    done = true;
                } else {
                    fixed.add(byActor.getOrDefault(a.id(), SeatConfig.ai(a.id(), styleOf(null, g, a.id()), 1)));
                }
            }
            seats = fixed;
        }
        java.util.Map<String, String> pins = l.pins();
        List<SeatConfig> withPins = new ArrayList<>();
        for (SeatConfig c : seats) withPins.add(pins.containsKey(c.actor()) && c.human() ? c.withPin(pins.get(c.actor())) : c);
        GameSession session = new GameSession(g, withPins, ai, l.facilitator());
        session.useSecrets(l.secrets());
        for (SeatConfig c : withPins) if (c.human()) session.pendingOf(c.actor()).addAll(l.pending(c.actor()));
        return session;
    }

    /** The message to show for a save that cannot be loaded. */
    public static String describe(SaveException e) {
        return Texts.get("saves.error.load", e.getMessage());
    }
}
