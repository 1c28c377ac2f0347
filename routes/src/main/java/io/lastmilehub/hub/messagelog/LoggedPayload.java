package io.lastmilehub.hub.messagelog;

/**
 * A logged message with its payload.
 *
 * @param contentType what the payload is, e.g. {@code application/xml}
 * @param payload     the payload as UTF-8 text, or null (left out of the JSON) when it is no longer kept
 */
public record LoggedPayload(LoggedMessageView message, String contentType, String payload) {
}
