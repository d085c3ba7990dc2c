package chokepoint.engine.resolve;

import chokepoint.engine.state.GameState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 over everything that decides the future of a game (not the history, which is derived from it).
 * Two games with the same scenario, seed and orders have the same hash after every turn.
 */
public final class StateHash {
    private final MessageDigest md;
    /** Bytes are gathered here and fed to the digest in large blocks (same digest, far fewer update calls). */
    private byte[] buf = new byte[8192];
    private int len;

    private StateHash() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(GameState s) {
        StateHash h = new StateHash();
        h.str(s.scenario.id());
        h.num(s.seed);
        h.num(s.rngState);
        // only keyed games hash their rule, so the states of older (sequential) saves keep their recorded hashes
        if (s.drawRule == chokepoint.engine.state.DrawRule.KEYED) h.str("draws:keyed");
        h.num(s.turn);
        h.num(Double.doubleToLongBits(s.tension));
        h.arr(s.relation);
        h.arr(s.budget);
        h.arr(s.gdpIndex);
        h.arr(s.gdpScar);
        h.arr(s.score);
        h.arr(s.capacity);
        h.arr(s.demandFactor);
        h.arr(s.recyclingShare);
        h.arr(s.stock);
        h.arr(s.stockTargetDays);
        h.arr(s.price);
        h.arr(s.outsidePrice);
        h.arr(s.baseTightness);
        for (int v : s.lowPriceTurns) h.num(v);
        RecordText text = new RecordText();
        h.str(text.controls(s.controls));
        h.str(text.tariffs(s.tariffs));
        h.str(text.sanctions(s.sanctions));
        for (var z : s.zones) h.str(z.id + z.name + z.founder + z.rules + z.priceFloorShare + z.commonTariff + z.members);
        h.str(text.proposals(s.proposals));
        h.str(text.offtakes(s.offtakes));
        h.str(text.constructions(s.constructions));
        h.str(text.plants(s.plants));
        h.str(text.research(s.research));
        h.str(text.modifiers(s.modifiers));
        h.str(s.firedEvents.toString());
        h.num(s.nextId);
        h.flush();
        StringBuilder sb = new StringBuilder(64);
        for (byte b : h.md.digest()) sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        return sb.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private void flush() {
        md.update(buf, 0, len);
        len = 0;
    }

    private void num(long v) {
        if (len + 8 > buf.length) flush();
        for (int i = 0; i < 8; i++) buf[len++] = (byte) (v >>> (8 * i));
    }

    private void arr(double[] a) {
        num(a.length);
        for (double d : a) num(Double.doubleToLongBits(d));
    }

    private void arr(double[][] a) {
        num(a.length);
        for (double[] row : a) arr(row);
    }

    private void str(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        num(b.length);
        if (len + b.length > buf.length) {
            flush();
            md.update(b);
        } else {
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }
    }
}
