package io.lastmilehub.hub.notify;

import java.util.Map;

/**
 * A tenant's notification texts as written in its YAML file: per event, per channel ({@code email}, {@code sms}),
 * a subject (e-mail only) and a body, in Mustache.
 *
 * @param language  language tag of the texts; dates and times are written for it
 * @param zone      time zone for windows whose order names none, e.g. {@code Europe/Berlin}
 * @param templates the texts
 */
record TemplatesFile(String language, String zone, Map<NotificationKind, Map<String, Text>> templates) {

    /** One text. */
    record Text(String subject, String body) {
    }
}
