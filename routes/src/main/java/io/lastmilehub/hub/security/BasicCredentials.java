package io.lastmilehub.hub.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * User and password of an HTTP Basic {@code Authorization} header.
 *
 * @param user     the user name (a tenant, a device)
 * @param password the password (an API key, a device secret)
 */
public record BasicCredentials(String user, String password) {

    private static final String BASIC = "Basic ";

    /** The credentials of the header; empty when it is missing or not well-formed Basic. */
    public static Optional<BasicCredentials> of(String authorization) {
        if (authorization == null || !authorization.startsWith(BASIC)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
