package io.lastmilehub.hub.web;

/** The request is valid but the resource is in a state that does not allow it. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
