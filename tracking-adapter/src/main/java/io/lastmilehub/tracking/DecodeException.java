package io.lastmilehub.tracking;

/**
 * A device message that cannot be decoded, with the reason in words the sender can act on (HTTP 400 body). The
 * reason names the field, never the value: the answer goes to whoever sent the request, authenticated or not.
 */
public class DecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A message that breaks the protocol; the reason names the field. */
    public DecodeException(String reason) {
        super(reason);
    }

    /** A message that breaks the protocol, caused by a parse error. */
    public DecodeException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
