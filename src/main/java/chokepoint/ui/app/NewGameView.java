package chokepoint.ui.app;

import chokepoint.ui.session.GameSession;
import chokepoint.ui.session.SeatConfig;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/** New game setup: scenario, seats (human/AI, style, strength, name, PIN), language, seed, Start. */
public final class NewGameView {
    private final ChokepointApp app;
    private final NewGameViewModel vm;
    private final Label problem = new Label();
    private Button start;

    public NewGameView(ChokepointApp app, NewGameViewModel vm) {
        this.app = app;
        this.vm = vm;
    }

    public Node view() {
        Label title = new Label(Texts.get("setup.title"));
        title.getStyleClass().add("screen-title");

        // scenario choice
        VBox scenarios = new VBox(8);
        Label scLabel = new Label(Texts.get("setup.scenario"));
        scLabel.getStyleClass().add("section-title");
        scenarios.getChildren().add(scLabel);
        ToggleGroup group = new ToggleGroup();
        for (String id : vm.scenarioIds()) {
            ToggleButton b = new ToggleButton(vm.scenarioName(id));
            b.setId("scenario-" + id);
            b.setToggleGroup(group);
            b.setSelected(id.equals(vm.scenarioId()));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true);
            b.setOnAction(e -> {
                vm.select(id);
                app.navigator().relabel();
            });
            scenarios.getChildren().add(b);
        }
        Label desc = new Label(vm.description());
        desc.setWrapText(true);
        desc.getStyleClass().add("description");
        Label cal = new Label(vm.calendarText());
        cal.setWrapText(true);
        scenarios.getChildren().addAll(desc, cal);
        scenarios.setPrefWidth(340);
        scenarios.setMinWidth(260);

        // language and seed
        ChoiceBox<String> lang = new ChoiceBox<>();
        lang.getItems().addAll(Texts.LANGUAGES);
        lang.setConverter(converter(l -> Texts.get("language." + l)));
        lang.setValue(Texts.language());
        lang.setId("setupLanguage");
        lang.setOnAction(e -> {
            if (!lang.getValue().equals(Texts.language())) app.applySettings(app.settings().withLanguage(lang.getValue()), true);
        });
        TextField seed = new TextField(vm.seed());
        seed.setId("seed");
        seed.setPrefColumnCount(10);
        seed.textProperty().addListener((o, a, b) -> {
            vm.setSeed(b);
            refreshProblem();
        });
        GridPane opts = new GridPane();
        opts.setHgap(8);
        opts.setVgap(8);
        opts.addRow(0, new Label(Texts.get("setup.language")), lang);
        opts.addRow(1, new Label(Texts.get("setup.seed")), seed);
        scenarios.getChildren().addAll(opts, facilitatorBox());

        // seats
        Label seatsLabel = new Label(Texts.get("setup.seats"));
        seatsLabel.getStyleClass().add("section-title");
        Label seatsHelp = new Label(Texts.get("setup.seats.help"));
        seatsHelp.setWrapText(true);
        GridPane grid = seatGrid();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox seats = new VBox(8, seatsLabel, seatsHelp, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(seats, Priority.ALWAYS);

        HBox center = new HBox(24, scenarios, seats);

        Button back = MainMenuView.button("back", "common.back", app::showMainMenu);
        back.setCancelButton(true);
        start = MainMenuView.button("startGame", "setup.start", this::startGame);
        start.setDefaultButton(true);
        start.getStyleClass().add("primary");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, problem, spacer, back, start);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        BorderPane p = new BorderPane(center, title, null, bottom, null);
        BorderPane.setMargin(center, new Insets(16, 0, 16, 0));
        p.getStyleClass().add("screen");
        refreshProblem();
        return p;
    }

    /** Facilitator mode: a checkbox and the password twice; the fields are enabled only when it is chosen. */
    private Node facilitatorBox() {
        Label title = new Label(Texts.get("setup.fac.title"));
        title.getStyleClass().add("section-title");
        CheckBox on = new CheckBox(Texts.get("setup.fac.on"));
        on.setId("facilitatorMode");
        on.setWrapText(true);
        on.setSelected(vm.facilitatorMode());
        Label help = new Label(Texts.get("setup.fac.help"));
        help.setWrapText(true);
        help.getStyleClass().add("description");
        PasswordField password = new PasswordField();
        password.setId("facPassword1");
        password.setPromptText(Texts.get("setup.fac.password"));
        PasswordField confirm = new PasswordField();
        confirm.setId("facPassword2");
        confirm.setPromptText(Texts.get("setup.fac.confirm"));
        Runnable update = () -> {
            vm.setFacilitatorMode(on.isSelected());
            vm.setFacilitatorPassword(password.getText(), confirm.getText());
            password.setDisable(!on.isSelected());
            confirm.setDisable(!on.isSelected());
            refreshProblem();
        };
        on.setOnAction(e -> update.run());
        password.textProperty().addListener((o, a, b) -> update.run());
        confirm.textProperty().addListener((o, a, b) -> update.run());
        password.setDisable(!on.isSelected());
        confirm.setDisable(!on.isSelected());
        VBox box = new VBox(6, title, on, help, password, confirm);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private GridPane seatGrid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.getStyleClass().add("seat-grid");
        String[] heads = {"setup.col.actor", "setup.col.player", "setup.col.style", "setup.col.strength",
                "setup.col.name", "setup.col.pin"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(Texts.get(heads[c]));
            h.getStyleClass().add("column-head");
            g.add(h, c, 0);
        }
        ColumnConstraints actorCol = new ColumnConstraints();
        actorCol.setMinWidth(120);
        g.getColumnConstraints().add(actorCol);
        int r = 1;
        for (NewGameViewModel.Row row : vm.rows()) {
            Label actor = new Label(vm.actorName(row.actor));
            actor.setMinWidth(Region.USE_PREF_SIZE);
            ChoiceBox<NewGameViewModel.Control> control = new ChoiceBox<>();
            control.getItems().addAll(NewGameViewModel.Control.values());
            control.setConverter(converter(c -> Texts.get("setup.control." + c.name())));
            control.setValue(row.control);
            control.setId("control-" + row.actor);
            ChoiceBox<SeatConfig.AiStyle> style = new ChoiceBox<>();
            style.getItems().addAll(SeatConfig.AiStyle.values());
            style.setConverter(converter(s -> Texts.get("setup.style." + s.name())));
            style.setValue(row.style);
            style.setOnAction(e -> row.style = style.getValue());
            ChoiceBox<Integer> strength = new ChoiceBox<>();
            strength.getItems().addAll(List.of(1, 2));
            strength.setConverter(converter(s -> Texts.get("setup.strength." + s)));
            strength.setValue(row.strength);
            strength.setOnAction(e -> row.strength = strength.getValue());
            TextField name = new TextField(row.name);
            name.setPromptText(Texts.get("setup.name.prompt"));
            name.setPrefColumnCount(10);
            name.setId("name-" + row.actor);
            name.textProperty().addListener((o, a, b) -> row.name = b);
            PasswordField pin = new PasswordField();
            pin.setText(row.pin);
            pin.setPromptText(Texts.get("setup.pin.prompt"));
            pin.setPrefColumnCount(5);
            pin.setId("pin-" + row.actor);
            pin.textProperty().addListener((o, a, b) -> row.pin = b);
            Runnable enable = () -> {
                boolean human = row.control == NewGameViewModel.Control.HUMAN;
                boolean ai = row.control == NewGameViewModel.Control.AI;
                style.setDisable(!ai);
                strength.setDisable(!ai);
                name.setDisable(!human);
                pin.setDisable(!human);
            };
            control.setOnAction(e -> {
                row.control = control.getValue();
                enable.run();
                refreshProblem();
            });
            enable.run();
            g.addRow(r++, actor, control, style, strength, name, pin);
            GridPane.setHalignment(actor, HPos.LEFT);
        }
        return g;
    }

    private void refreshProblem() {
        var p = vm.problem();
        problem.setText(p.orElse(Texts.get("setup.ready", vm.humanCount())));
        problem.getStyleClass().removeAll("problem", "hint");
        problem.getStyleClass().add(p.isPresent() ? "problem" : "hint");
        if (start != null) start.setDisable(p.isPresent());
    }

    private void startGame() {
        if (vm.problem().isPresent()) return;
        GameSession session = vm.start(app.context().ai());
        GameScreen g = GameScreen.open(app, session);
        // in facilitator mode the console opens at once (behind its password) so injects can be scheduled for turn 1
        if (session.facilitated()) g.openFacilitator();
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return chokepoint.ui.common.Converters.showing(f);
    }
}
