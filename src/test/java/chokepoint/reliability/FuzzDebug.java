package chokepoint.reliability;

import chokepoint.engine.Game;
import chokepoint.persistence.SaveFile;
import chokepoint.scenario.ScenarioLoader;

import java.util.EnumMap;
import java.util.Map;

/** Development aid: times mutation kinds and shows the stack of a failing case. Not a test. */
public final class FuzzDebug {
    public static void main(String[] args) throws Exception {
        String what = args[0];
        byte[] orig = what.equals("save") ? Fixtures.saveOf(Fixtures.aiGame("classroom", 7, 3)) : Fixtures.scenario2025();
        Mutator mut = new Mutator(orig, Long.parseLong(args[1]));
        Map<Mutator.Kind, long[]> t = new EnumMap<>(Mutator.Kind.class);
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
            Mutator.Mutant m = mut.next();
            long t0 = System.nanoTime();
            try {
                if (what.equals("save")) {
                    var l = SaveFile.read("x.json", m.bytes());
                    LoaderFuzzTest.playable(l.game());
                } else {
                    var sc = ScenarioLoader.load("x.json", m.bytes());
                    LoaderFuzzTest.playable(Game.start(sc, 1));
                }
            } catch (Exception e) {
                if (e.getMessage().contains("java.lang") || e.getMessage().contains("internal") || e.getMessage().contains("engine fails")) {
                    System.out.println(m.kind() + " " + m.what() + " -> " + e.getMessage());
                }
            } catch (Throwable e) {
                System.out.println(m.kind() + " " + m.what());
                e.printStackTrace(System.out);
            }
            long[] x = t.computeIfAbsent(m.kind(), k -> new long[2]);
            x[0]++;
            x[1] += System.nanoTime() - t0;
        }
        t.forEach((k, v) -> System.out.printf("%s %d cases %.1f ms avg%n", k, v[0], v[1] / 1e6 / v[0]));
    }
}
