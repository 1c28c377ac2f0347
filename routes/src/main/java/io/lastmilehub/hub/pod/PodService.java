package io.lastmilehub.hub.pod;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.Violation;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.sap.SapStatusIdocs;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.pod.DocumentStore;
import io.lastmilehub.pod.PodAssembler;
import io.lastmilehub.pod.PodRefusedException;
import io.lastmilehub.pod.PodSubmission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Takes a proof of delivery: stores its photos and signature by content hash, checks it against the order's POD
 * requirements (a missing proof is refused, naming it), keeps it, moves the order to DELIVERED and, for SAP
 * deliveries, queues the POD confirmation for SAP. A refused submission leaves the order as it was; its documents
 * may stay in the store (content-addressed, so a resubmission reuses them).
 */
@Service
public class PodService {

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final ProofOfDeliveryRepository proofs;
    private final DocumentStore store;
    private final PodAssembler assembler;
    private final StatusRecorder statuses;
    private final SapStatusIdocs sap;
    private final CustomerCodes codes;
    private final Clock clock;

    public PodService(OrderRepository orders, OrderDocuments documents, ProofOfDeliveryRepository proofs,
                      DocumentStore store, PodAssembler assembler, StatusRecorder statuses, SapStatusIdocs sap,
                      CustomerCodes codes, Clock clock) {
        this.orders = orders;
        this.documents = documents;
        this.proofs = proofs;
        this.store = store;
        this.assembler = assembler;
        this.statuses = statuses;
        this.sap = sap;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    public ProofOfDelivery submit(String tenant, String orderId, PodForm form, MultipartFile signature,
                                  List<MultipartFile> photos) {
        OrderEntity entity = orders.findByIdAndTenant(orderId, tenant)
                .orElseThrow(() -> new NotFoundException("order", orderId));
        DeliveryOrder order = documents.read(entity);
        if (order.getStatus().isFinal()) {
            throw new ConflictException("order " + orderId + " is already " + order.getStatus());
        }
        ProofOfDelivery pod = assemble(order, submission(orderId, form, signature, photos)).toBuilder()
                .id("pod-" + UUID.randomUUID()).tenant(tenant).build();
        proofs.save(new ProofOfDeliveryEntity(pod.getId(), tenant, orderId, CanonicalJson.toJson(pod),
                clock.instant()));
        statuses.record(entity, order, StatusRecorder.to(DeliveryStatus.DELIVERED));
        sap.onProofOfDelivery(pod, order);
        return pod;
    }

    private ProofOfDelivery assemble(DeliveryOrder order, PodSubmission submission) {
        try {
            return assembler.assemble(order, submission, codes.pinCheck(order.getTenant(), order.getId()));
        } catch (PodRefusedException e) {
            throw new InvalidMessageException(e.missing().stream().map(PodService::violation).toList());
        }
    }

    private PodSubmission submission(String orderId, PodForm form, MultipartFile signature,
                                     List<MultipartFile> photos) {
        PodSubmission.Builder submission = new PodSubmission.Builder(orderId,
                form.deliveredAt() != null ? form.deliveredAt() : clock.instant())
                .driverId(form.driverId()).recipientName(form.recipientName()).pin(form.pin())
                .scannedBarcodes(form.scans() == null ? List.of() : form.scans())
                .ageVerifiedOnDevice(form.ageVerified()).biometricVerified(form.biometricVerified())
                .lockerId(form.lockerId()).lockerCompartment(form.lockerCompartment());
        if (form.latitude() != null && form.longitude() != null) {
            submission.location(GeoPoint.builder().latitude(form.latitude()).longitude(form.longitude()).build());
        }
        if (signature != null && !signature.isEmpty()) {
            submission.signature(stored(signature));
        }
        (photos == null ? List.<MultipartFile>of() : photos).stream().filter(p -> !p.isEmpty())
                .forEach(photo -> submission.photo(stored(photo)));
        return submission.build();
    }

    private DocumentRef stored(MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            return store.put(content, file.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file.getName(), e);
        }
    }

    /** "pin: wrong, 2 attempts left" names the field pin; a text without a colon is about the proof as a whole. */
    private static Violation violation(String missing) {
        int colon = missing.indexOf(':');
        return colon < 0 ? new Violation(missing, "missing") : new Violation(missing.substring(0, colon).trim(),
                missing.substring(colon + 1).trim());
    }

}
