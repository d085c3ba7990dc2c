package chokepoint.engine.resolve;

import chokepoint.engine.state.Construction;
import chokepoint.engine.state.ControlMode;
import chokepoint.engine.state.ExportControl;
import chokepoint.engine.state.OfftakeDeal;
import chokepoint.engine.state.Plant;
import chokepoint.engine.state.Proposal;
import chokepoint.engine.state.ProposalKind;
import chokepoint.engine.state.Research;
import chokepoint.engine.state.ResearchStatus;
import chokepoint.engine.state.Sanction;
import chokepoint.engine.state.Target;
import chokepoint.engine.state.Tariff;
import chokepoint.engine.state.TimedModifier;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hash's record text must be exactly the lists' toString(), or every saved state hash would change. */
class RecordTextTest {
    /** Doubles whose shortest decimal form varies: plain, exponent, negative zero, infinities, NaN. */
    static final double[] ODD = {0, -0.0, 1, 0.1, 1.0 / 3, 123456.789, 1e7, 1.5e-5, 9.99e-4, -2.5, 1e300,
            Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NaN};

    @Test
    void everyRecordTypeReadsLikeItsToString() {
        RecordText t = new RecordText();
        for (double d : ODD) {
            List<ExportControl> controls = List.of(
                    new ExportControl("CHN", 3, ControlMode.BAN, Target.actors("JPN", "USA"), d, 2, 0),
                    new ExportControl("AUS", 0, ControlMode.QUOTA, Target.outsideZone("zone-1"), d, 1, 9),
                    new ExportControl("RUS", 1, ControlMode.LICENCE, Target.all(), d, 4, 5),
                    new ExportControl("X", 1, ControlMode.LICENCE, null, d, 4, 5));
            assertEquals(controls.toString(), t.controls(controls));
            List<Tariff> tariffs = List.of(new Tariff("USA", "CHN", "*", d, 3), new Tariff("EU", "RUS", "ndpr", d, 1));
            assertEquals(tariffs.toString(), t.tariffs(tariffs));
            List<Sanction> sanctions = List.of(new Sanction("USA", "RUS", 2));
            assertEquals(sanctions.toString(), t.sanctions(sanctions));
            List<Proposal> proposals = List.of(new Proposal("p-1", ProposalKind.ZONE_INVITATION, "JPN", "AUS", "z-2", -1, d, 0, 3, 4),
                    new Proposal("p-2", ProposalKind.OFFTAKE_DEAL, "JPN", "CHL", null, 5, d, 8, 3, 4));
            assertEquals(proposals.toString(), t.proposals(proposals));
            List<OfftakeDeal> offtakes = List.of(new OfftakeDeal("JPN", "AUS", 2, d, 12));
            assertEquals(offtakes.toString(), t.offtakes(offtakes));
            List<Construction> constructions = List.of(new Construction("c-1", "JPN", "AUS", 2, d, 3, 9));
            assertEquals(constructions.toString(), t.constructions(constructions));
            List<Plant> plants = List.of(new Plant("c-1", "JPN", "AUS", 2, d, 9, false), new Plant("c-2", "EU", "EU", 7, d, 1, true));
            assertEquals(plants.toString(), t.plants(plants));
            List<TimedModifier> mods = List.of(new TimedModifier(TimedModifier.Kind.SHIPPING, -1, -1, 2, d, 6, "event:x"),
                    new TimedModifier(TimedModifier.Kind.CAPACITY, 3, 4, -1, d, 6, null));
            assertEquals(mods.toString(), t.modifiers(mods));
        }
        List<Research> research = List.of(new Research("JPN", "mud", 2, ResearchStatus.RUNNING, 1),
                new Research("USA", "helium", 4, ResearchStatus.SUCCEEDED, 3));
        assertEquals(research.toString(), t.research(research));
        assertEquals("[]", t.controls(List.of()));
        for (Target target : new Target[] {Target.all(), Target.actors("JPN", "KOR"), Target.outsideZone("z-1"), new Target(null, null, null)}) {
            assertEquals(target.toString(), target.text());
        }
    }
}
