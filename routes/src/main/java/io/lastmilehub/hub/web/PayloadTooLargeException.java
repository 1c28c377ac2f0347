package io.lastmilehub.hub.web;

/** A request body larger than the hub takes: answered 413 before any of it is parsed or stored. */
public class PayloadTooLargeException extends RuntimeException {

    /** @param size the announced Content-Length, or -1 when the body came chunked */
    public PayloadTooLargeException(long size, long max) {
        super((size >= 0 ? "the body of " + size + " bytes" : "the body") + " exceeds the limit of " + max
                + " bytes (lastmile.inbound.max-payload-size)");
    }
}
