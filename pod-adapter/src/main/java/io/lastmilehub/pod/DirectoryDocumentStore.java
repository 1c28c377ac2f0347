package io.lastmilehub.pod;

import io.lastmilehub.model.DocumentRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A {@link DocumentStore} in a directory: {@code <root>/ab/abcdef...} where the name is the content's SHA-256.
 * A document is written to a temporary file in {@code <root>/tmp} while it is hashed, then moved into place
 * atomically, so a reader never sees half a document and a crash leaves at most a temporary file behind.
 */
public final class DirectoryDocumentStore implements DocumentStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final long maxBytes;

    /**
     * A store under {@code root}, created if missing.
     *
     * @param maxBytes largest document accepted
     */
    public DirectoryDocumentStore(Path root, long maxBytes) throws IOException {
        this.root = root;
        this.maxBytes = maxBytes;
        Files.createDirectories(root.resolve("tmp"));
    }

    @Override
    public DocumentRef put(InputStream content, String mediaType) throws IOException {
        Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
        try {
            MessageDigest digest = Sha256.digest();
            long size = copy(content, temp, digest);
            String sha256 = HexFormat.of().formatHex(digest.digest());
            moveIntoPlace(temp, path(sha256));
            return DocumentRef.builder().sha256(sha256).mediaType(mediaType).sizeBytes(size).build();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) throws IOException {
        if (!contains(sha256)) {
            return Optional.empty();
        }
        return Optional.of(Files.newInputStream(path(sha256)));
    }

    @Override
    public boolean contains(String sha256) {
        return Sha256.isHex(sha256) && Files.isRegularFile(path(sha256));
    }

    /** Where a document lives; only ever called with a checked hex name, so no path can escape the root. */
    Path path(String sha256) {
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private long copy(InputStream content, Path temp, MessageDigest digest) throws IOException {
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new DocumentTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        }
        return size;
    }

    /** Same bytes, same name: an existing file already holds exactly this content, so the copy is dropped. */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another writer stored the same bytes first
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the store directory must allow atomic moves: " + target.getParent(), e);
        }
    }
}
