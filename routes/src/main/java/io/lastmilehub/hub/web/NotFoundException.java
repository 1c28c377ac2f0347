package io.lastmilehub.hub.web;

/** The caller's tenant has no such thing (or it belongs to another tenant, which looks the same from outside). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
