package io.lastmilehub.hub.notify;

import java.util.Locale;

/** How a notification reaches its recipient. */
public enum Channel {
    /** Signed JSON to the tenant's own system. */
    WEBHOOK,
    /** E-mail to the order's contact, over SMTP. */
    EMAIL,
    /** Text message to the order's contact, through the SMS provider's REST API. */
    SMS;

    /** The name in templates files and in the {@code LastMileChannel} header. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
