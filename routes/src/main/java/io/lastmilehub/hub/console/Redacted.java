package io.lastmilehub.hub.console;

import io.lastmilehub.hub.messaging.PlainHeaders;

import java.util.regex.Pattern;

/**
 * A setting as the configuration page shows it: never a credential. A setting named like one is hidden whole, and
 * any other value loses the user information of a URI and credential-like query parameters.
 */
final class Redacted {

    static final String HIDDEN = "(hidden)";
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)((?:password|passphrase|secret|token|key|authorization|accessKey|privateKey)[^=&]*=)[^&\\s]*");

    private Redacted() {
    }

    static String value(String name, Object value) {
        if (value == null) {
            return null;
        }
        if (PlainHeaders.isSecret(name)) {
            return HIDDEN;
        }
        String shown = USER_INFO.matcher(value.toString()).replaceAll("***@");
        return SECRET_PARAMETER.matcher(shown).replaceAll("$1***");
    }
}
