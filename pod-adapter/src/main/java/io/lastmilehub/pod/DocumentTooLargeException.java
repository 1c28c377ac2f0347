package io.lastmilehub.pod;

import java.io.IOException;

/**
 * A document over the store's size limit; nothing of it was kept.
 */
public class DocumentTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    /** A document over {@code maxBytes}. */
    public DocumentTooLargeException(long maxBytes) {
        super("document is larger than " + maxBytes + " bytes");
    }
}
