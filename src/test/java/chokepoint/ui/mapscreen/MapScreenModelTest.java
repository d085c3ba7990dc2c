package chokepoint.ui.mapscreen;

import chokepoint.engine.Game;
import chokepoint.engine.scenario.Scenario;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.TurnRecord;
import chokepoint.ui.mapscreen.Breakdowns.LeverageBreakdown;
import chokepoint.ui.testing.TinyGames;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapScreenModelTest {
    private final Scenario sc = TinyGames.mapped();
    private final int chn = sc.actorIndex("CHN");
    private final int jpn = sc.actorIndex("JPN");
    private final int component = sc.marketIndex("ndpr", "component");
    private final int refining = sc.marketIndex("ndpr", "refining");

    private MapScreenModel model(Game g, String seat) {
        return new MapScreenModel(sc, seat == null ? g::history : () -> g.view(seat).history(), seat);
    }

    @Test
    @DisplayName("after China bans refined NdPr to Japan, Japan's shortage lens is above zero, before it is zero")
    void shortageLensShowsTheBan() {
        Game g = TinyGames.withBan(sc, 1);
        MapScreenModel m = model(g, "JPN");
        m.setLens(MapLens.SHORTAGE);
        m.setMarket(component);
        assertTrue(m.value(jpn) > 0.01, "JPN shortage share after the ban: " + m.value(jpn));
        m.showTurn(1);
        assertEquals(1, m.shownTurn());
        assertTrue(m.value(jpn) < 1e-6, "JPN shortage before the ban: " + m.value(jpn));
        m.showLatest();
        assertTrue(m.showingLatest());
    }

    @Test
    void leverageLensesReadTheMatrixBothWays() {
        Game g = TinyGames.withBan(sc, 0);
        TurnRecord r = g.history().get(g.history().size() - 1);
        MapScreenModel m = model(g, "JPN");
        m.setLens(MapLens.LEVERAGE_OVER_OTHERS);
        assertEquals(r.leverage[jpn][chn], m.value(chn), 1e-12);
        assertTrue(Double.isNaN(m.value(jpn)), "the seat itself has no value");
        m.setLens(MapLens.LEVERAGE_OVER_SEAT);
        assertEquals(r.leverage[chn][jpn], m.value(chn), 1e-12);
        assertTrue(m.value(chn) > 0, "China holds leverage over Japan");
        MapScreenModel.Scale s = m.scale();
        assertTrue(s.diverging() && s.min() == -s.max() && s.max() >= Math.abs(m.value(chn)));
    }

    @Test
    void publicViewHasNetLeverageOnly() {
        Game g = TinyGames.withBan(sc, 0);
        MapScreenModel m = model(g, null);
        assertEquals(MapLens.NET_LEVERAGE, m.lens());
        assertFalse(m.lenses().contains(MapLens.LEVERAGE_OVER_OTHERS));
        assertThrows(IllegalArgumentException.class, () -> m.setLens(MapLens.LEVERAGE_OVER_SEAT));
        TurnRecord r = g.history().get(g.history().size() - 1);
        double expected = 0;
        for (int y = 0; y < sc.actorCount(); y++) if (y != chn) expected += r.leverage[chn][y];
        assertEquals(expected, m.value(chn), 1e-12);
        double sum = 0;
        for (double v : m.values()) sum += v;
        assertEquals(0, sum, 1e-9, "net leverage sums to zero over all actors (the matrix is antisymmetric)");
    }

    @Test
    void dependenceLensIsTheLargestSupplierShareFromFlows() {
        Game g = TinyGames.withBan(sc, 0);
        MapScreenModel m = model(g, "JPN");
        m.setLens(MapLens.SUPPLIER_DEPENDENCE);
        m.setMarket(refining);
        TurnRecord r = m.record();
        assertEquals(r.largestSupplierShare(jpn, refining), m.value(jpn), 1e-12);
        assertTrue(m.value(jpn) > 0 && m.value(jpn) <= 1);
        assertTrue(Double.isNaN(m.value(sc.actorIndex("AUS"))), "a pure producer uses none: no dependence to show");
    }

    @Test
    void stockCoverIsStockOverDailyUse() {
        Game g = TinyGames.withBan(sc, 0);
        MapScreenModel m = model(g, null);
        TurnRecord r = m.record();
        r.stock[jpn][component] = 250; // the record is a snapshot: give Japan a stock to measure
        double perDay = r.use[jpn][component] / sc.calendar().daysPerTurn();
        m.setLens(MapLens.STOCK_COVER_DAYS);
        m.setMarket(component);
        assertEquals(250 / perDay, m.value(jpn), 1e-9);
        assertEquals(MapScreenModel.Unit.DAYS, m.scale().unit());
    }

    @Test
    @DisplayName("leverage decomposition rows add up to the leverage figure")
    void decompositionSumsToTheFigure() {
        Game g = TinyGames.withBan(sc, 1);
        MapScreenModel m = model(g, "JPN");
        for (int h = 0; h < sc.actorCount(); h++) {
            for (int d = 0; d < sc.actorCount(); d++) {
                if (h == d) continue;
                LeverageBreakdown b = m.leverageBreakdown(h, d);
                assertEquals(b.total(), b.rowSum(), 1e-9, "pair " + h + ">" + d);
                assertEquals(0, b.otherPoints(), 1e-9, "tiny has few markets: every term is kept");
            }
        }
        LeverageBreakdown cj = m.leverageBreakdown(chn, jpn);
        assertFalse(cj.rows().isEmpty());
        for (Breakdowns.LeverageRow row : cj.rows()) {
            assertEquals(row.dependence() * (1 - row.alternativeCover()) * (1 - row.stockCover()), row.exposure(), 1e-9);
        }
    }

    @Test
    void shortageBreakdownNamesTheController() {
        Game g = TinyGames.withBan(sc, 0);
        MapScreenModel m = model(g, "JPN");
        Breakdowns.ShortageBreakdown s = m.shortageBreakdown(jpn, refining);
        assertTrue(s.blocked() > 0, "imports held back");
        assertEquals(chn, s.blockedBy());
        Breakdowns.ImportBreakdown ib = m.importBreakdown(jpn, refining);
        assertEquals(ib.total(), ib.rows().stream().mapToDouble(Breakdowns.SupplierRow::quantity).sum(), 1e-9);
        assertTrue(ib.rows().stream().noneMatch(x -> x.supplier() == jpn), "imports exclude domestic supply");
        assertTrue(m.blocks().stream().anyMatch(b -> b.controller() == chn && b.buyer() == jpn), "blocked line drawn");
    }

    @Test
    void flowsAreLargestFirstAndCapped() {
        Game g = TinyGames.withBan(sc, 0);
        MapScreenModel m = model(g, null);
        m.setMarket(component);
        List<MapScreenModel.FlowLine> all = m.flows();
        assertFalse(all.isEmpty());
        for (int i = 1; i < all.size(); i++) assertTrue(all.get(i - 1).quantity() >= all.get(i).quantity());
        assertTrue(all.stream().allMatch(f -> f.seller() != f.buyer()));
        m.setMaxFlows(1);
        assertEquals(1, m.flows().size());
    }

    @Test
    void controlsComeFromThePublicPolicies() {
        Game g = TinyGames.withBan(sc, 0);
        MapScreenModel m = model(g, "JPN");
        assertTrue(m.controls().isEmpty(), "no policies supplied");
        m.setPolicies(() -> PublicPolicies.of(g.state()));
        List<MapScreenModel.ControlLine> cs = m.controls();
        assertEquals(1, cs.size());
        assertEquals(chn, cs.get(0).controller());
        assertEquals(List.of(jpn), cs.get(0).targets());
        assertEquals(ControlMode.BAN, cs.get(0).mode());
        m.showTurn(1);
        assertTrue(m.controls().isEmpty(), "the ban was not in force in turn 1");
    }

    @Test
    void aPastTurnShowsThePoliciesOfThatTurnEvenAfterTheyWereLifted() {
        Game g = TinyGames.withBan(sc, 0);   // the ban comes in turn 2
        g.resolve(java.util.Map.of("CHN", List.of(new chokepoint.engine.order.Order.LiftExportControl("CHN", "ndpr", "refining"))));
        MapScreenModel m = model(g, "JPN");
        m.setPolicies(() -> PublicPolicies.of(g.state()));
        assertTrue(m.controls().isEmpty(), "lifted in turn 3: nothing in force now");
        m.showTurn(2);
        assertEquals(1, m.controls().size(), "turn 2 is shown as it was, with the ban");
        assertEquals(List.of(jpn), m.controls().get(0).targets());
        m.showTurn(1);
        assertTrue(m.controls().isEmpty());
    }

    @Test
    void countryFiguresCarryEstimatesForOthers() {
        Game g = TinyGames.withBan(sc, 0);
        MapScreenModel m = model(g, "JPN");
        CountryFigures own = m.figures(jpn);
        CountryFigures other = m.figures(chn);
        assertNotNull(own);
        assertTrue(own.exact());
        assertFalse(other.exact());
        assertEquals(sc.marketCount(), own.markets().size());
        assertEquals(jpn, other.leverage().get(0).other(), "the seat's own relation comes first");
    }
}
