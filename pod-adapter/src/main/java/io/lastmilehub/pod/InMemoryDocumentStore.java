package io.lastmilehub.pod;

import io.lastmilehub.model.DocumentRef;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DocumentStore} in memory, for tests of the code that uses a store.
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();

    @Override
    public DocumentRef put(InputStream content, String mediaType) throws IOException {
        byte[] bytes = content.readAllBytes();
        String sha256 = Sha256.hex(bytes);
        documents.putIfAbsent(sha256, bytes);
        return DocumentRef.builder().sha256(sha256).mediaType(mediaType).sizeBytes(bytes.length).build();
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        return Optional.ofNullable(documents.get(sha256)).map(ByteArrayInputStream::new);
    }

    @Override
    public boolean contains(String sha256) {
        return documents.containsKey(sha256);
    }

    /** How many distinct documents are stored. */
    public int size() {
        return documents.size();
    }
}
