package io.lastmilehub.planning.solomon;

/** A file is not in Solomon's format; the message names the line. */
public class SolomonFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public SolomonFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause   the parse error
     */
    public SolomonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
