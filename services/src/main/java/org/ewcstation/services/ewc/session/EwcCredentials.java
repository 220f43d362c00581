package org.ewcstation.services.ewc.session;

/**
 * Login and enable secrets. Never printed: {@link #toString()} masks them, as the controller masks
 * secrets in its own output.
 */
public record EwcCredentials(String username, String password, String enableSecret) {

    public static final String MASK = "*****";

    public EwcCredentials {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username");
        }
        password = password == null ? "" : password;
    }

    public EwcCredentials(String username, String password) {
        this(username, password, null);
    }

    @Override
    public String toString() {
        return "EwcCredentials[username=" + username + ", password=" + MASK + ", enableSecret="
                + (enableSecret == null ? "none" : MASK) + "]";
    }
}
