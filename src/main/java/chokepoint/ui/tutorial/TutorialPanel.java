package chokepoint.ui.tutorial;

import chokepoint.ui.app.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The tutorial's side panel: progress, the step's title, explanation and task, whether the task is done, and
 * Back / Next (Finish on the last step) / Exit. It only renders {@link TutorialViewModel}.
 */
public final class TutorialPanel {
    public static final double WIDTH = 300;

    private final TutorialViewModel vm;
    private final Runnable onFinish;
    private final Runnable onExit;
    private final Label progress = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label title = new Label();
    private final Label body = new Label();
    private final Label taskTitle = new Label();
    private final Label task = new Label();
    private final Label status = new Label();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Button exit = new Button();
    private final VBox root = new VBox(10);

    /**
     * @param onFinish called when Finish is pressed on the last step
     * @param onExit called when the player leaves the tutorial early
     */
    public TutorialPanel(TutorialViewModel vm, Runnable onFinish, Runnable onExit) {
        this.vm = vm;
        this.onFinish = onFinish;
        this.onExit = onExit;
        build();
        vm.setOnChange(this::render);
        render();
    }

    public Node view() {
        return root;
    }

    private void build() {
        progress.setId("tutorialProgress");
        progress.getStyleClass().add("tutorial-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setPrefHeight(8);
        title.setId("tutorialTitle");
        title.getStyleClass().add("tutorial-title");
        body.setId("tutorialBody");
        taskTitle.getStyleClass().add("tutorial-task-title");
        task.setId("tutorialTask");
        status.setId("tutorialStatus");
        for (Label l : new Label[]{progress, title, body, taskTitle, task, status}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        VBox taskBox = new VBox(6, taskTitle, task, status);
        taskBox.getStyleClass().add("tutorial-task");
        taskBox.setPadding(new Insets(10));

        VBox content = new VBox(12, title, body, taskBox);
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("tutorial-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        back.setId("tutorialBack");
        back.setMnemonicParsing(false);
        back.setOnAction(e -> vm.back());
        next.setId("tutorialNext");
        next.setMnemonicParsing(false);
        next.getStyleClass().add("primary");
        next.setOnAction(e -> {
            if (vm.isLast()) {
                if (vm.next()) onFinish.run();
            } else {
                vm.next();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, gap, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[]{back, next}) b.setMinWidth(Region.USE_PREF_SIZE);
        exit.setId("tutorialExit");
        exit.setMnemonicParsing(false);
        exit.getStyleClass().add("link-button");
        exit.setOnAction(e -> onExit.run());
        exit.setMaxWidth(Double.MAX_VALUE);

        root.getChildren().addAll(progress, bar, scroll, buttons, exit);
        root.setId("tutorialPanel");
        root.getStyleClass().add("tutorial-panel");
        root.setPadding(new Insets(12));
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH);
        root.setMaxWidth(WIDTH);
    }

    /** Shows the view model's current step. */
    public void render() {
        progress.setText(Texts.get("tutorial.heading") + " · " + vm.progressText());
        bar.setProgress((vm.index() + (vm.canNext() ? 1.0 : 0.0)) / vm.count());
        title.setText(vm.title());
        body.setText(vm.body());
        taskTitle.setText(Texts.get("tutorial.taskTitle"));
        task.setText(vm.task());
        status.setText(vm.statusText());
        status.getStyleClass().removeAll("tutorial-done", "tutorial-todo");
        status.getStyleClass().add(vm.canNext() ? "tutorial-done" : "tutorial-todo");
        back.setText(Texts.get("tutorial.back"));
        back.setDisable(!vm.canBack());
        next.setText(Texts.get(vm.isLast() ? "tutorial.finish" : "tutorial.next"));
        next.setDisable(!vm.canNext());
        exit.setText(Texts.get("tutorial.exit"));
        exit.setVisible(!vm.isLast());
        exit.setManaged(!vm.isLast());
    }
}
