package chokepoint.persistence;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Damaged saves (random bytes changed, cut, or deleted) load fine or fail with a SaveException, nothing else. */
class SaveFuzzTest {
    @Test
    void randomDamageNeverEscapesAsAnotherException() {
        byte[] good = SaveExceptionTest.GOOD;
        Random rnd = new Random(12345);
        int failures = 0;
        for (int i = 0; i < 300; i++) {
            byte[] b;
            switch (i % 3) {
                case 0 -> {
                    b = good.clone();
                    for (int k = 0; k < 1 + rnd.nextInt(4); k++) b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
                }
                case 1 -> b = Arrays.copyOf(good, rnd.nextInt(good.length));
                default -> {
                    int at = rnd.nextInt(good.length - 10);
                    int len = 1 + rnd.nextInt(10);
                    b = new byte[good.length - len];
                    System.arraycopy(good, 0, b, 0, at);
                    System.arraycopy(good, at + len, b, at, good.length - at - len);
                }
            }
            try {
                SaveFile.read("fuzz.json", b);
            } catch (SaveException e) {
                failures++;
                assertTrue(e.getMessage().startsWith("fuzz.json: ") || e.getMessage().contains(" in fuzz.json:"), e.getMessage());
            } catch (Throwable t) {
                fail("case " + i + " escaped as " + t);
            }
        }
        assertTrue(failures > 250, "most damage is detected: " + failures);
    }
}
