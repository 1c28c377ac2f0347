package io.lastmilehub.hub.errors;

/** One thing wrong with a message: the field, in the sender's terms where possible, and why. */
public record Violation(String field, String reason) {
}
