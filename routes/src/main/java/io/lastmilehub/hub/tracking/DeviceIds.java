package io.lastmilehub.hub.tracking;

import java.util.regex.Pattern;

/**
 * What a device id may be. It is also an MQTT topic level and a part of a broker address, so it holds no '/', '+',
 * '#' or '.', and no "::" (the broker's queue separator); a single ':' between other characters is allowed, since
 * flespi idents and trackers' identifiers carry one ({@code 353173065123456:2}).
 */
final class DeviceIds {

    /** The rule in words, for the violation. */
    static final String RULE = "1 to 64 letters, digits, '-' or '_', with single ':' between them "
            + "(e.g. 353173065123456:2)";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+(?::[A-Za-z0-9_-]+)*");
    private static final int MAX_LENGTH = 64;

    private DeviceIds() {
    }

    static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && ID.matcher(id).matches();
    }
}
