package io.lastmilehub.hub.pod;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.ProofOfDelivery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The photos and signatures a tenant may read: those its own proofs of delivery reference, by exact hash. A hash
 * that merely appears in a proof's text (a recipient's name, a note) is no reference.
 */
@Component
public class TenantDocuments {

    private final ProofOfDeliveryRepository proofs;

    public TenantDocuments(ProofOfDeliveryRepository proofs) {
        this.proofs = proofs;
    }

    /** The tenant's reference to the document with this SHA-256, if one of its proofs has one. */
    @Transactional(readOnly = true)
    public Optional<DocumentRef> find(String tenant, String sha256) {
        // The text search only narrows the tenant's proofs down to a few; the references decide.
        return proofs.findByTenantAndDocumentContaining(tenant, sha256).stream().map(TenantDocuments::read)
                .flatMap(TenantDocuments::referencedBy).filter(document -> sha256.equals(document.getSha256()))
                .findFirst();
    }

    /** The signature and photos a proof references. */
    public static Stream<DocumentRef> referencedBy(ProofOfDelivery pod) {
        return Stream.concat(Stream.ofNullable(pod.getSignature()), pod.getPhotos().stream());
    }

    /** A stored proof's canonical document. */
    public static ProofOfDelivery read(ProofOfDeliveryEntity stored) {
        try {
            return CanonicalJson.fromJson(stored.getDocument().getBytes(StandardCharsets.UTF_8),
                    ProofOfDelivery.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored proof of delivery " + stored.getId() + " is unreadable", e);
        }
    }
}
