package chokepoint.ui.app;

import chokepoint.persistence.SaveException;
import chokepoint.persistence.SaveFile;
import chokepoint.persistence.SaveStore;
import chokepoint.ui.saves.SavesView;
import chokepoint.ui.saves.SavesViewModel;
import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.HandOffView;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Save, load and continue in the menus, the top bar and the keyboard (Ctrl+S, Ctrl+O); autosave every turn. */
final class SavesUi {
    private SavesUi() {}

    static SavesViewModel vm(ChokepointApp app) {
        return new SavesViewModel(new SaveStore(app.context().savesDir()), app.context().ai());
    }

    static List<Button> menuButtons(ChokepointApp app) {
        Button load = MainMenuView.button("loadGame", "menu.load", () -> openLoad(app));
        Button cont = MainMenuView.button("continueGame", "menu.continue", () -> continueLast(app));
        cont.setDisable(vm(app).latestAutosave().isEmpty());
        return List.of(cont, load);
    }

    static List<Button> barButtons(ChokepointApp app, GameScreen screen) {
        Button save = MainMenuView.button("barSave", "bar.save", () -> openSave(app, screen.session()));
        Button load = MainMenuView.button("barLoad", "bar.load", () -> openLoad(app));
        return List.of(save, load);
    }

    static void keys(ChokepointApp app, GameScreen screen, Map<KeyCombination, Runnable> keys) {
        keys.put(GameScreen.SAVE, () -> openSave(app, screen.session()));
        keys.put(GameScreen.LOAD, () -> openLoad(app));
    }

    /** Autosave after every resolved turn. */
    static void attach(ChokepointApp app, GameSession session) {
        SavesViewModel vm = vm(app);
        session.setAfterResolve(vm::autosave);
        // the seats' PIN keys (PBKDF2, about half a second each) are derived now, away from the screen's thread,
        // so that no save has to wait for them
        Thread keys = new Thread(session::secrets, "seat-keys");
        keys.setDaemon(true);
        keys.start();
    }

    static void openSave(ChokepointApp app, GameSession session) {
        Navigator nav = app.navigator();
        nav.dialog(SavesView.saveAs(SavesViewModel.suggestedName(session), name -> {
            try {
                String file = vm(app).save(session, name);
                nav.message(Texts.get("saves.saved.title"), Texts.get("saves.saved.text", file));
            } catch (IOException | RuntimeException e) {
                nav.message(Texts.get("saves.error.save.title"), String.valueOf(e.getMessage()));
            }
        }, nav::closeDialogs));
    }

    static void openLoad(ChokepointApp app) {
        Navigator nav = app.navigator();
        SavesViewModel vm = vm(app);
        nav.dialog(SavesView.load(vm, file -> load(app, vm, file), nav::closeDialogs));
    }

    /**
     * A save in facilitator mode opens only after the facilitator password, then a save with PIN-protected seats
     * after each of those seats gave its PIN, one hand-off at a time (the same screen as in play); a wrong PIN or
     * password is asked again, nothing is shown of any seat meanwhile, and Escape leaves the current game as it was.
     */
    private static void unlockThenOpen(ChokepointApp app, SavesViewModel vm, SaveFile.Loaded loaded) {
        Navigator nav = app.navigator();
        if (!loaded.isLocked()) {
            nav.closeDialogs();
            GameScreen.open(app, vm.session(loaded));
            return;
        }
        if (loaded.facilitatorLocked()) {
            nav.dialog(new HandOffView(Texts.get("saves.facilitator"), Texts.get("saves.unlockFacilitator"), true,
                    password -> attempt(app, vm, loaded, () -> loaded.unlockFacilitator(password.toCharArray()))).password().view());
            return;
        }
        String actor = loaded.lockedSeats().get(0);
        nav.dialog(new HandOffView(actor, Texts.get("saves.unlock", actor), true,
                pin -> attempt(app, vm, loaded, () -> loaded.unlock(actor, pin))).view());
    }

    /** What an unlock may throw. */
    private interface Unlock {
        void run() throws SaveException;
    }

    /** One PIN or password attempt: false (asked again) when wrong, otherwise the next lock or the game. */
    private static boolean attempt(ChokepointApp app, SavesViewModel vm, SaveFile.Loaded loaded, Unlock unlock) {
        try {
            unlock.run();
        } catch (SaveException e) {
            if (e.getMessage().contains("wrong PIN") || e.getMessage().contains("wrong facilitator password")) return false;
            app.navigator().message(Texts.get("saves.error.load.title"), SavesViewModel.describe(e));
            return true;
        }
        unlockThenOpen(app, vm, loaded);
        return true;
    }

    static void continueLast(ChokepointApp app) {
        SavesViewModel vm = vm(app);
        vm.latestAutosave().ifPresentOrElse(e -> load(app, vm, e.fileName()),
                () -> app.navigator().message(Texts.get("saves.error.load.title"), Texts.get("saves.noAutosave")));
    }

    private static void load(ChokepointApp app, SavesViewModel vm, String file) {
        try {
            unlockThenOpen(app, vm, vm.open(file));
        } catch (SaveException e) {
            app.navigator().message(Texts.get("saves.error.load.title"), SavesViewModel.describe(e));
        } catch (RuntimeException e) {
            app.navigator().message(Texts.get("saves.error.load.title"), String.valueOf(e.getMessage()));
        }
    }
}
