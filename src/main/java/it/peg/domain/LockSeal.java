package it.peg.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A keyed seal (HMAC-SHA256) over the values {@code generate --from} locks in a workbook. The key is the controllo di
 * gestione's, kept beside the plan ({@link it.peg.io.SealKeyFile}), never in the workbook: an office that unprotects
 * the sheet and edits a locked value together with its record in the hidden sheet cannot make a seal for the new
 * value, and the sealed original is what counts. Deterministic: the same key and values give the same seals.
 */
public final class LockSeal {
    private static final String DOMAIN = "peg-sigillo/1";
    private final byte[] key;

    public LockSeal(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < 16) {
            throw new IllegalArgumentException("seal key too short");
        }
        this.key = key.clone();
    }

    /** The seal of one locked value: its service, input name and canonical text. */
    public String of(String serviceCode, String name, String value) {
        return mac(DOMAIN + "\n" + serviceCode + "\n" + name + "\n" + value);
    }

    /** The seal of the whole set (name to canonical text): a row removed or added breaks it. */
    public String ofAll(String serviceCode, Map<String, String> values) {
        StringBuilder sb = new StringBuilder(DOMAIN).append("\nset\n").append(serviceCode);
        new java.util.TreeMap<>(values).forEach((k, v) -> sb.append('\n').append(k).append('\t').append(v));
        return mac(sb.toString());
    }

    /** A sealed text as written in the hidden sheet: the seal, ':', the value. */
    public String sealed(String serviceCode, String name, String value) {
        return of(serviceCode, name, value) + ":" + value;
    }

    /** The value of a sealed text when its seal is this key's for that service and name; empty otherwise. */
    public Optional<String> open(String serviceCode, String name, String sealedText) {
        int colon = sealedText.indexOf(':');
        if (colon != 64) {
            return Optional.empty();
        }
        String value = sealedText.substring(colon + 1);
        return equal(sealedText.substring(0, colon), of(serviceCode, name, value)) ? Optional.of(value) : Optional.empty();
    }

    /** Constant-time comparison of two seals. */
    public static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }
}
