package chokepoint.ui.orders;

import chokepoint.engine.state.ZoneRule;
import chokepoint.ui.app.Names;
import chokepoint.ui.app.Texts;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The orders panel: order types on the left, the form of the chosen type in the middle (validated as it is
 * entered, with its cost and expected first effect), the seat's pending orders, budget and proposals on the right.
 */
public final class OrdersView {
    private final OrdersViewModel vm;
    private final Runnable onSubmit;
    private final ListView<OrderKind> kinds = new ListView<>();
    private final VBox form = new VBox(10);
    private final VBox pendingBox = new VBox(6);
    private final VBox proposalsBox = new VBox(6);
    private final Label remaining = new Label();
    private final Label cost = new Label();
    private final VBox problems = new VBox(4);
    private final VBox effects = new VBox(4);
    private final Label hint = new Label();
    private final Button add = new Button();
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(250));
    private OrderKind kind;
    private Map<Field, String> draft = new EnumMap<>(Field.class);

    public OrdersView(OrdersViewModel vm, Runnable onSubmit) {
        this.vm = vm;
        this.onSubmit = onSubmit;
    }

    public Node view() {
        kinds.setId("orderKinds");
        kinds.getItems().setAll(vm.kinds());
        kinds.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(OrderKind k, boolean empty) {
                super.updateItem(k, empty);
                if (empty || k == null) {
                    setText(null);
                    return;
                }
                boolean firstOfGroup = k.ordinal() == 0 || OrderKind.values()[k.ordinal() - 1].group() != k.group();
                setText((firstOfGroup ? Texts.get("orders.group." + k.group().name()) + "\n" : "") + "   " + OrdersViewModel.kindLabel(k));
            }
        });
        kinds.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) choose(b);
        });
        kinds.setPrefWidth(270);
        kinds.setMinWidth(200);
        Label kindsTitle = section("orders.types");
        VBox left = new VBox(6, kindsTitle, kinds);
        VBox.setVgrow(kinds, Priority.ALWAYS);

        add.setText(Texts.get("orders.add"));
        add.setId("addOrder");
        add.setDefaultButton(true);
        add.getStyleClass().add("primary");
        add.setOnAction(e -> addOrder());
        cost.setId("orderCost");
        cost.setWrapText(true); // a narrow form (e.g. beside the tutorial panel) wraps the cost instead of cutting it
        cost.setMinWidth(0);
        add.setMinWidth(Region.USE_PREF_SIZE);
        problems.setId("orderProblems");
        effects.setId("orderEffects");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        form.getStyleClass().add("order-form");
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        HBox.setHgrow(formScroll, Priority.ALWAYS);

        Label proposalsTitle = section("orders.proposals");
        Label pendingTitle = section("orders.pending");
        pendingBox.setId("pendingList");
        remaining.setId("remaining");
        remaining.setWrapText(true);
        remaining.getStyleClass().add("figure");
        Button submit = new Button(Texts.get("orders.submit"));
        submit.setId("submitOrders");
        submit.getStyleClass().add("primary");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.setOnAction(e -> onSubmit.run());
        Label submitHint = new Label(Texts.get("orders.submit.hint"));
        submitHint.setWrapText(true);
        submitHint.getStyleClass().add("hint");
        VBox rightContent = new VBox(8, remaining, proposalsTitle, proposalsBox, pendingTitle, pendingBox);
        ScrollPane rightScroll = new ScrollPane(rightContent);
        rightScroll.setFitToWidth(true);
        VBox right = new VBox(8, rightScroll, submitHint, submit);
        VBox.setVgrow(rightScroll, Priority.ALWAYS);
        right.setPrefWidth(380);
        right.setMinWidth(300);

        HBox root = new HBox(14, left, formScroll, right);
        root.getStyleClass().add("orders");
        vm.addListener(this::refreshSide);
        refreshSide();
        kinds.getSelectionModel().select(OrderKind.BUY_STOCKPILE);
        return root;
    }

    private static Label section(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    /** Selects an order type (also used by tests and keyboard users). */
    public void choose(OrderKind k) {
        kind = k;
        draft = vm.newDraft(k);
        if (kinds.getSelectionModel().getSelectedItem() != k) kinds.getSelectionModel().select(k);
        buildForm();
    }

    private void buildForm() {
        Label title = new Label(OrdersViewModel.kindLabel(kind));
        title.getStyleClass().add("form-title");
        title.setId("formTitle");
        Label help = new Label(Texts.getOr("order.help." + kind.type(), ""));
        help.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (Field f : kind.fields()) {
            if (!relevant(f)) continue;
            Label l = new Label(OrdersViewModel.fieldLabel(f));
            Node input = input(f);
            l.setLabelFor(input);
            grid.addRow(row++, l, input);
        }
        if (kind.fields().isEmpty()) grid.add(new Label(Texts.get("orders.noFields")), 0, 0);
        boolean noChoice = kind.fields().stream().anyMatch(f -> f.type() == Field.Type.CHOICE
                && vm.options(kind, f, draft).isEmpty());
        Label none = new Label(noChoice ? Texts.get("orders.nothingToChoose") : "");
        none.setWrapText(true);
        none.getStyleClass().add("problem");
        HBox addRow = new HBox(12, add, cost);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label effTitle = new Label(Texts.get("orders.expected"));
        effTitle.getStyleClass().add("subsection");
        form.getChildren().setAll(title, help, grid, none, hint, addRow, problems, effTitle, effects);
        recheck();
    }

    /** Quota only matters for QUOTA controls, the floor and tariff only with their rules. */
    private boolean relevant(Field f) {
        return switch (f) {
            case QUOTA_PERCENT -> "QUOTA".equals(draft.get(Field.MODE));
            case FLOOR_PERCENT -> OrdersViewModel.rules(draft.get(Field.RULES)).contains(ZoneRule.PRICE_FLOOR);
            case TARIFF_PERCENT -> OrdersViewModel.rules(draft.get(Field.RULES)).contains(ZoneRule.COMMON_TARIFF);
            default -> true;
        };
    }

    private Node input(Field f) {
        String id = "field-" + f.name();
        switch (f.type()) {
            case CHOICE -> {
                ComboBox<OrdersViewModel.Option> box = new ComboBox<>();
                box.setId(id);
                box.getItems().setAll(vm.options(kind, f, draft));
                box.setMaxWidth(Double.MAX_VALUE);
                for (OrdersViewModel.Option o : box.getItems()) if (o.value().equals(draft.get(f))) box.setValue(o);
                box.setOnAction(e -> {
                    if (box.getValue() == null || box.getValue().value().equals(draft.get(f))) return;
                    draft.put(f, box.getValue().value());
                    if (f == Field.COMMODITY || f == Field.STAGE) draft.put(Field.QUANTITY, "");
                    draft = vm.normalize(kind, draft);
                    if (f == Field.COMMODITY || f == Field.STAGE || f == Field.MODE) buildForm();
                    else recheck();
                });
                return box;
            }
            case NUMBER, PERCENT -> {
                TextField t = new TextField(draft.getOrDefault(f, ""));
                t.setId(id);
                t.setPrefColumnCount(10);
                t.textProperty().addListener((o, a, b) -> {
                    draft.put(f, b);
                    recheck();
                });
                String unit = f.type() == Field.Type.PERCENT ? "%" : f == Field.QUANTITY ? vm.unit(draft)
                        : Texts.get("orders.unit." + f.name());
                HBox h = new HBox(6, t, new Label(unit));
                h.setAlignment(Pos.CENTER_LEFT);
                return h;
            }
            case TEXT -> {
                TextField t = new TextField(draft.getOrDefault(f, ""));
                t.setId(id);
                t.textProperty().addListener((o, a, b) -> {
                    draft.put(f, b);
                    recheck();
                });
                return t;
            }
            case RULES -> {
                VBox box = new VBox(4);
                box.setId(id);
                Set<ZoneRule> chosen = OrdersViewModel.rules(draft.get(f));
                for (ZoneRule r : ZoneRule.values()) {
                    CheckBox c = new CheckBox(Names.constant("zone.rule", r.name()));
                    c.setSelected(chosen.contains(r));
                    c.setOnAction(e -> {
                        Set<String> names = new LinkedHashSet<>();
                        for (ZoneRule x : OrdersViewModel.rules(draft.get(f))) names.add(x.name());
                        if (c.isSelected()) names.add(r.name());
                        else names.remove(r.name());
                        draft.put(f, String.join(",", names));
                        if (r == ZoneRule.PRICE_FLOOR || r == ZoneRule.COMMON_TARIFF) buildForm();
                        else recheck();
                    });
                    box.getChildren().add(c);
                }
                return box;
            }
            default -> {
                return new Label();
            }
        }
    }

    private void recheck() {
        OrdersViewModel.Check c = vm.check(kind, draft, false);
        show(c, false);
        hint.setText(vm.hint(kind, draft));
        if (c.ok()) {
            previewDelay.setOnFinished(e -> show(vm.check(kind, draft, true), true));
            previewDelay.playFromStart();
        } else {
            previewDelay.stop();
        }
    }

    private void show(OrdersViewModel.Check c, boolean withEffects) {
        cost.setText(c.order().isPresent() ? Texts.get("orders.costLabel", OrdersViewModel.costText(c.cost())) : "");
        problems.getChildren().clear();
        for (String p : c.problems()) {
            Label l = new Label("✗ " + p);
            l.setWrapText(true);
            l.getStyleClass().add("problem");
            problems.getChildren().add(l);
        }
        if (c.ok()) {
            Label ok = new Label("✓ " + Texts.get("orders.valid"));
            ok.getStyleClass().add("ok");
            problems.getChildren().add(ok);
        }
        add.setDisable(!c.ok());
        effects.getChildren().clear();
        if (!withEffects) {
            if (c.ok()) effects.getChildren().add(new Label(Texts.get("orders.effect.computing")));
            return;
        }
        for (String e : c.effects()) {
            Label l = new Label("• " + e);
            l.setWrapText(true);
            effects.getChildren().add(l);
        }
    }

    private void addOrder() {
        if (kind == null) return;
        OrdersViewModel.Check c = vm.add(kind, draft);
        if (c.ok()) {
            draft = vm.newDraft(kind);
            buildForm();
        } else {
            show(c, false);
        }
    }

    private void refreshSide() {
        remaining.setText(vm.remainingText());
        pendingBox.getChildren().clear();
        var lines = vm.pending();
        if (lines.isEmpty()) pendingBox.getChildren().add(new Label(Texts.get("orders.none")));
        for (OrdersViewModel.PendingLine line : lines) {
            Label l = new Label(line.text() + "\n" + line.cost());
            l.setWrapText(true);
            l.setId("pending-" + line.index());
            HBox.setHgrow(l, Priority.ALWAYS);
            l.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button(Texts.get("orders.remove"));
            remove.setId("remove-" + line.index());
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.setOnAction(e -> vm.remove(line.index()));
            HBox row = new HBox(8, l, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("pending-order");
            pendingBox.getChildren().add(row);
            for (String p : line.problems()) {
                Label pl = new Label("✗ " + p);
                pl.getStyleClass().add("problem");
                pl.setWrapText(true);
                pendingBox.getChildren().add(pl);
            }
        }
        proposalsBox.getChildren().clear();
        var props = vm.proposals();
        if (props.isEmpty()) proposalsBox.getChildren().add(new Label(Texts.get("orders.noProposals")));
        for (OrdersViewModel.ProposalLine p : props) {
            Label l = new Label(p.text());
            l.setWrapText(true);
            Button accept = new Button(Texts.get("orders.accept"));
            accept.setId("accept-" + p.id());
            Button reject = new Button(Texts.get("orders.reject"));
            reject.setId("reject-" + p.id());
            accept.setOnAction(e -> vm.answer(p.id(), true));
            reject.setOnAction(e -> vm.answer(p.id(), false));
            Label state = new Label(p.answer().map(a -> Texts.get(a ? "orders.accepted" : "orders.rejected")).orElse(""));
            accept.setMinWidth(Region.USE_PREF_SIZE);
            reject.setMinWidth(Region.USE_PREF_SIZE);
            HBox buttons = new HBox(8, accept, reject, state);
            buttons.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(4, l, buttons);
            box.getStyleClass().add("proposal");
            proposalsBox.getChildren().add(box);
        }
    }
}
