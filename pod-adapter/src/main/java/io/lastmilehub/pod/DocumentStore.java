package io.lastmilehub.pod;

import io.lastmilehub.model.DocumentRef;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed storage of POD documents (photos, signature images): a document's name is the SHA-256 of its
 * bytes, so storing the same bytes twice keeps one copy and a stored document can never change. The default is
 * {@link DirectoryDocumentStore}; an S3-compatible store implements the same interface.
 */
public interface DocumentStore {

    /**
     * Stores a document; returns its reference. Storing bytes already stored returns the same reference.
     *
     * @param content   the bytes, read to the end (not closed)
     * @param mediaType e.g. image/jpeg; kept in the reference, not in the store
     * @throws DocumentTooLargeException when the content is over the store's limit (nothing is stored)
     * @throws IOException               when the store cannot be written
     */
    DocumentRef put(InputStream content, String mediaType) throws IOException;

    /** Opens a stored document by its SHA-256 (lower-case hex); empty when there is none. The caller closes it. */
    Optional<InputStream> open(String sha256) throws IOException;

    /** Whether a document with this SHA-256 is stored. */
    boolean contains(String sha256);
}
