package io.lastmilehub.pod;

import io.lastmilehub.model.DocumentRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Touches only a JUnit temporary directory, which the house rule allows in a *Test.
 */
class DirectoryDocumentStoreTest {

    /** SHA-256 of the three bytes "abc" (FIPS 180-2 test vector). */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path root;

    @Test
    void whenStoring_itShouldNameTheFileByItsSha256() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(root, 1024);

        DocumentRef ref = store.put(bytes("abc"), "image/png");

        assertThat(ref.getSha256()).isEqualTo(ABC);
        assertThat(ref.getSizeBytes()).isEqualTo(3);
        assertThat(ref.getMediaType()).isEqualTo("image/png");
        assertThat(root.resolve("ba").resolve(ABC)).hasContent("abc");
        try (InputStream in = store.open(ABC).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void whenStoringTheSameBytesTwice_itShouldKeepOneCopyAndNoTemporaryFiles() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(root, 1024);

        DocumentRef first = store.put(bytes("abc"), "image/png");
        DocumentRef second = store.put(bytes("abc"), "image/jpeg");

        assertThat(second.getSha256()).isEqualTo(first.getSha256());
        assertThat(regularFiles()).containsExactly(root.resolve("ba").resolve(ABC));
    }

    @Test
    void whenTooLarge_itShouldStoreNothing() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(root, 2);

        assertThatThrownBy(() -> store.put(bytes("abc"), "image/png")).isInstanceOf(DocumentTooLargeException.class);
        assertThat(regularFiles()).isEmpty();
    }

    @Test
    void whenTheNameIsNotAHash_itShouldFindNothingAndNeverLeaveTheRoot() throws IOException {
        DirectoryDocumentStore store = new DirectoryDocumentStore(root, 1024);

        assertThat(store.contains("../../etc/passwd")).isFalse();
        assertThat(store.open("../" + ABC)).isEmpty();
        assertThat(store.open(ABC)).isEmpty();
    }

    private Stream<Path> regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList().stream();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
