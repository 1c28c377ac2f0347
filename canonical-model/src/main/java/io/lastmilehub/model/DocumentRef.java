package io.lastmilehub.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

/**
 * A stored document (photo, signature), addressed by its content hash.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "DocumentRef")
public class DocumentRef {

    /** SHA-256 of the content, hex. */
    @NotBlank
    @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256")
    String sha256;

    /** Media type, e.g. image/jpeg. */
    @Size(max = 100)
    String mediaType;

    /** Size in bytes. */
    @PositiveOrZero
    long sizeBytes;

    /** Builds DocumentRefs that satisfy their constraints. */
    public static class DocumentRefBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public DocumentRef build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
