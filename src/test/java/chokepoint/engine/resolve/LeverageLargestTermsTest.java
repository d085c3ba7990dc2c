package chokepoint.engine.resolve;

import chokepoint.engine.state.LeverageTerm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Leverage#largestTerms} must keep exactly what a stable sort of all terms by pair and points kept. */
class LeverageLargestTermsTest {
    @Test
    void keepsWhatAStableSortByPairAndPointsKeeps() {
        Random r = new Random(11);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + r.nextInt(6);
            List<LeverageTerm> all = new ArrayList<>();
            int count = r.nextInt(120);
            for (int i = 0; i < count; i++) {
                // few distinct points, so ties are common; the market tells equal terms apart
                double points = switch (r.nextInt(4)) {
                    case 0 -> 0.0;
                    case 1 -> -0.0;
                    default -> r.nextInt(5) * 0.25;
                };
                all.add(new LeverageTerm(r.nextInt(n), r.nextInt(n), i, 0, 0, 0, 0, 0, points));
            }
            assertEquals(stableSortThenKeep(all, n), Leverage.largestTerms(all, n), "trial " + trial);
        }
    }

    private static List<LeverageTerm> stableSortThenKeep(List<LeverageTerm> all, int n) {
        List<LeverageTerm> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((LeverageTerm t) -> t.holder() * n + t.dependent())
                .thenComparing((x, y) -> Double.compare(y.points(), x.points())));
        List<LeverageTerm> kept = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < sorted.size(); i++) {
            LeverageTerm t = sorted.get(i);
            boolean samePair = i > 0 && sorted.get(i - 1).holder() == t.holder() && sorted.get(i - 1).dependent() == t.dependent();
            run = samePair ? run + 1 : 0;
            if (run < Leverage.TERMS_KEPT) kept.add(t);
        }
        return kept;
    }
}
