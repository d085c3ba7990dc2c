package chokepoint.facilitator;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.EffectDef;
import chokepoint.engine.scenario.EffectKind;
import chokepoint.engine.scenario.Text;
import chokepoint.text.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Why an inject was refused, kept as key and arguments: the English sentences as before, and Japanese. */
class InjectProblemTest {
    private static EffectDef effect(EffectKind kind, String actor, String target, String commodity, String stage, String mode) {
        return new EffectDef(kind, actor, target, commodity, stage, mode, 0.5, 1);
    }

    private static List<String> english(Inject i) {
        return InjectCheck.problems(i, Fixtures.scenario2025()).stream().map(InjectProblem::english).toList();
    }

    private static List<String> japanese(Inject i) {
        return InjectCheck.problems(i, Fixtures.scenario2025()).stream().map(p -> p.in("ja")).toList();
    }

    @Test
    void everyProblemReadsInEnglishAsItAlwaysDidAndInJapanese() {
        Inject shapeless = new Inject("Bad ID", new Text(" ", "題"), new Text("t", "t"), List.of(), "test");
        assertEquals(List.of("id 'Bad ID' must be lower case (a-z, 0-9, _ . -), at most 51 characters",
                "missing English title", "no effects"), english(shapeless));
        assertEquals(List.of("ID「Bad ID」は小文字（a-z、0-9、_ . -）で 51 文字以内にしてください",
                "英語のタイトルがありません", "効果がありません"), japanese(shapeless));

        Inject wrongIds = new Inject("wrong_ids", new Text("Wrong ids", "誤り"), new Text("t", "t"), List.of(
                effect(null, null, null, null, null, null),
                effect(EffectKind.CAPACITY_SHOCK, "XXX", null, "unobtainium", "refining", null),
                effect(EffectKind.RELATION, "CHN", "ZZZ", null, null, null),
                effect(EffectKind.EXPORT_CONTROL, "CHN", "JPN", "ndpr", "refining", "EMBARGO"),
                effect(EffectKind.SHIPPING_DISRUPTION, null, null, "moonrock", null, null)), "test");
        assertEquals(List.of(
                "effects[0]: missing kind",
                "effects[1] (CAPACITY_SHOCK): unknown actor 'XXX' in scenario 2025",
                "effects[1] (CAPACITY_SHOCK): unknown commodity/stage 'unobtainium/refining' in scenario 2025",
                "effects[2] (RELATION) target: unknown actor 'ZZZ' in scenario 2025",
                "effects[3] (EXPORT_CONTROL): unknown mode 'EMBARGO'",
                "effects[4] (SHIPPING_DISRUPTION): unknown commodity 'moonrock' in scenario 2025"), english(wrongIds));
        assertEquals(List.of(
                "effects[0]：効果の種類（kind）がありません",
                "effects[1]（CAPACITY_SHOCK）：主体「XXX」はシナリオ 2025 にありません",
                "effects[1]（CAPACITY_SHOCK）：品目・段階「unobtainium/refining」はシナリオ 2025 にありません",
                "effects[2]（RELATION）の対象：主体「ZZZ」はシナリオ 2025 にありません",
                "effects[3]（EXPORT_CONTROL）：規制の種類「EMBARGO」は不明です",
                "effects[4]（SHIPPING_DISRUPTION）：品目「moonrock」はシナリオ 2025 にありません"), japanese(wrongIds));

        InjectProblem over = InjectProblem.of(InjectProblem.GAME_OVER);
        assertEquals("the game is over", over.english());
        assertEquals("ゲームは終了しています", over.in("ja"));
        assertEquals("the game is over", over.toString());
    }

    @Test
    void aRefusedInjectIsKeptAsTurnInjectAndProblemAndWordedInBothLanguages() {
        Facilitator f = new Facilitator(Game.start(Fixtures.scenario2025(), 7));
        Inject bad = new Inject("bad", new Text("Bad", "不良"), new Text("t", "t"),
                List.of(effect(EffectKind.BUDGET, "XXX", null, null, null, null), effect(EffectKind.TENSION, null, null, null, null, null)), "test");
        Facilitator.InjectResult r = f.injectNow(bad);
        assertFalse(r.applied());
        assertEquals("effects[0] (BUDGET): unknown actor 'XXX' in scenario 2025", InjectProblem.join(r.problems(), "en"));
        assertEquals(List.of("turn 1, inject bad: effects[0] (BUDGET): unknown actor 'XXX' in scenario 2025"),
                f.problems().stream().map(Facilitator.RefusedInject::english).toList());
        assertEquals(List.of("ターン1、インジェクト bad：effects[0]（BUDGET）：主体「XXX」はシナリオ 2025 にありません"),
                f.problems().stream().map(p -> p.in("ja")).toList());

        List<InjectProblem> two = List.of(InjectProblem.of(InjectProblem.NO_TITLE), InjectProblem.of(InjectProblem.NO_EFFECTS));
        assertEquals("missing English title; no effects", InjectProblem.join(two, "en"));
        assertEquals("英語のタイトルがありません／効果がありません", InjectProblem.join(two, "ja"));
    }

    @Test
    void everyKeyHasATemplateInBothLanguages() {
        for (String lang : List.of("en", "ja")) {
            ResourceBundle b = Messages.bundle(Messages.UI_BUNDLE, lang);
            for (String k : InjectProblem.KEYS) assertTrue(b.containsKey(k), lang + ": " + k);
            assertTrue(b.containsKey("inject.problem.separator"), lang);
            assertTrue(b.containsKey("inject.refused"), lang);
        }
    }
}
