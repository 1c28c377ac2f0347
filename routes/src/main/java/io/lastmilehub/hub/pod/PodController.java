package io.lastmilehub.hub.pod;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.web.ConflictRetry;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.pod.DocumentStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * Proof of delivery: the driver's app submits it (multipart: the fields of {@link PodForm}, a {@code signature}
 * image and {@code photo} images); the order's tenant reads it and its documents back.
 */
@RestController
public class PodController {

    private final PodService pods;
    private final ProofOfDeliveryRepository proofs;
    private final TenantDocuments documents;
    private final DocumentStore store;
    private final ObjectMapper json;

    public PodController(PodService pods, ProofOfDeliveryRepository proofs, TenantDocuments documents,
                         DocumentStore store, ObjectMapper json) {
        this.pods = pods;
        this.proofs = proofs;
        this.documents = documents;
        this.store = store;
        this.json = json;
    }

    @PostMapping(path = "/api/v1/orders/{id}/pod", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ProofOfDelivery> submit(@PathVariable String id, @ModelAttribute PodForm form,
                                                  @RequestPart(required = false) MultipartFile signature,
                                                  @RequestPart(name = "photo", required = false)
                                                  List<MultipartFile> photos, Authentication caller) {
        ProofOfDelivery pod = ConflictRetry.run(() -> pods.submit(caller.getName(), id, form, signature, photos));
        return ResponseEntity.created(URI.create("/api/v1/orders/" + id + "/pod")).body(pod);
    }

    @GetMapping("/api/v1/orders/{id}/pod")
    public ProofOfDelivery get(@PathVariable String id, Authentication caller) throws JsonProcessingException {
        return json.readValue(proofs.findByOrderIdAndTenant(id, caller.getName())
                .orElseThrow(() -> new NotFoundException("proof of delivery of order", id)).getDocument(),
                ProofOfDelivery.class);
    }

    /** A photo or signature, only for a tenant whose proof of delivery references it. */
    @GetMapping("/api/v1/documents/{sha256:[0-9a-f]{64}}")
    public ResponseEntity<InputStreamResource> document(@PathVariable String sha256, Authentication caller)
            throws IOException {
        if (documents.find(caller.getName(), sha256).isEmpty()) {
            throw new NotFoundException("document", sha256);
        }
        return store.open(sha256).map(content -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).body(new InputStreamResource(content)))
                .orElseThrow(() -> new NotFoundException("document", sha256));
    }
}
