package chokepoint.ai;

import chokepoint.engine.Game;
import chokepoint.engine.TinyScenario;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints one AI game's decisions (a look for humans; asserts nothing). */
class AiPeek {
    @Test
    @Tag("peek")
    @Disabled("a look for humans: run by hand")
    void printGame() {
        for (AiStyle style : AiStyle.values()) {
            var sc = TinyScenario.build();
            AiRoster roster = AiRoster.uniform(sc, style, AiStrength.BASELINE).with("CHN", style, AiStrength.STRONG);
            Game g = Game.start(sc, 3);
            while (!g.isOver()) {
                var d = roster.decisionsFor(g, AiRoster.playableSeats(sc));
                System.out.println("== " + style + " turn " + g.currentTurn());
                d.forEach((k, v) -> { System.out.println(" " + k + ": " + v.summary()); v.reasons().forEach(r -> System.out.println("    " + r)); });
                var r = g.resolve(AiRoster.orders(d));
                StringBuilder sb = new StringBuilder("   scores");
                for (int a = 0; a < sc.actorCount(); a++) sb.append(String.format(" %s=%.1f", sc.actors().get(a).id(), r.score[a]));
                System.out.println(sb);
            }
        }
    }
}
