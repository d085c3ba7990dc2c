package chokepoint.facilitator;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The facilitator's password, kept only as a random salt and a PBKDF2-HMAC-SHA256 hash (JDK only). Save the three
 * public fields with the game; the password itself is never stored.
 *
 * @param salt base64 salt (16 random bytes)
 * @param hash base64 derived key (256 bits)
 * @param iterations PBKDF2 iteration count
 */
public record FacilitatorPassword(String salt, String hash, int iterations) {
    public static final int DEFAULT_ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new salted hash of {@code password}; the array is left to the caller to clear. */
    public static FacilitatorPassword create(char[] password) {
        if (password == null || password.length == 0) throw new IllegalArgumentException("empty password");
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, DEFAULT_ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return new FacilitatorPassword(b64.encodeToString(salt), b64.encodeToString(hash), DEFAULT_ITERATIONS);
    }

    /** Whether {@code password} is the one this hash was made from (constant-time comparison). */
    public boolean matches(char[] password) {
        if (password == null) return false;
        try {
            byte[] expected = Base64.getDecoder().decode(hash);
            byte[] actual = derive(password, Base64.getDecoder().decode(salt), iterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return "FacilitatorPassword[iterations=" + iterations + "]";
    }

    /** Clears a password array after use. */
    public static void wipe(char[] password) {
        if (password != null) Arrays.fill(password, '\0');
    }
}
