package org.ewcstation.servers.sftp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one SFTP account. Generated values use letters and digits only, without look-alikes (0/O, 1/l/I):
 * the technician types or pastes them into the controller's CLI, where {@code ?} opens help and a space
 * ends the word. {@link #toString()} masks the password, so logging the record is safe.
 */
public record SftpCredentials(String user, String password) {

    private static final String USER_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    /** 20 characters of a 55-letter alphabet: about 115 bits, beyond any online guessing. */
    static final int PASSWORD_LENGTH = 20;

    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    /** Printable ASCII without space and '?', which the controller's CLI would not take as part of a word. */
    private static final Pattern PASSWORD = Pattern.compile("[!-~&&[^?]]{8,64}");

    public SftpCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** A fresh readable account such as {@code ewc-k7pm} with a strong random password. */
    public static SftpCredentials generate(SecureRandom random) {
        return new SftpCredentials(
                "ewc-" + pick(random, USER_ALPHABET, 4), pick(random, PASSWORD_ALPHABET, PASSWORD_LENGTH));
    }

    /** Why a user-chosen account cannot be used on the controller, or empty when it can. */
    public Optional<String> problem() {
        if (!USER.matcher(user).matches()) {
            return Optional.of("user: 1-32 of A-Z a-z 0-9 . _ -");
        }
        if (!PASSWORD.matcher(password).matches()) {
            return Optional.of("password: 8-64 printable ASCII characters, no space, no '?'");
        }
        return Optional.empty();
    }

    /** Compares in constant time, so the answer's timing does not tell how much of a guess was right. */
    boolean matches(String triedUser, String triedPassword) {
        boolean u = MessageDigest.isEqual(bytes(user), bytes(triedUser));
        boolean p = MessageDigest.isEqual(bytes(password), bytes(triedPassword));
        return u & p;
    }

    @Override
    public String toString() {
        return "SftpCredentials[user=" + user + ", password=*****]";
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(SecureRandom random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
