package io.lastmilehub.hub.carriers;

import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The caller's carriers: close a manifest now, list manifests, see an order's booking. */
@RestController
@RequestMapping("/api/v1/carriers/{id}")
public class CarrierController {

    private final CarrierRegistry carriers;
    private final CarrierManifests manifests;
    private final CarrierManifestRepository stored;
    private final CarrierShipmentRepository shipments;

    public CarrierController(CarrierRegistry carriers, CarrierManifests manifests, CarrierManifestRepository stored,
                             CarrierShipmentRepository shipments) {
        this.carriers = carriers;
        this.manifests = manifests;
        this.stored = stored;
        this.shipments = shipments;
    }

    /** Closes the carrier's manifest now, as its cut-off would: 201 with the manifest, 200 when nothing waited. */
    @PostMapping("/manifests")
    public ResponseEntity<ManifestSummary> close(@PathVariable String id, Authentication caller) {
        ManifestSummary summary = manifests.close(carrier(id, caller), "api");
        return ResponseEntity.status(summary.manifestId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(summary);
    }

    /** The carrier's latest manifests, newest first. */
    @GetMapping("/manifests")
    public List<CarrierManifestEntity> manifests(@PathVariable String id, @RequestParam(defaultValue = "20") int limit,
                                                 Authentication caller) {
        Carrier carrier = carrier(id, caller);
        return stored.findByCarrierIdAndTenantOrderByClosedAtDesc(carrier.id(), carrier.tenant(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
    }

    /** An order's shipment with the carrier: tracking number, label URL, manifest. */
    @GetMapping("/shipments/{orderId}")
    public CarrierShipmentEntity shipment(@PathVariable String id, @PathVariable String orderId,
                                          Authentication caller) {
        Carrier carrier = carrier(id, caller);
        return shipments.findByCarrierIdAndOrderId(carrier.id(), orderId).filter(s -> s.getTenant()
                .equals(carrier.tenant())).orElseThrow(() -> new NotFoundException("shipment of carrier " + id
                + " for order", orderId));
    }

    private Carrier carrier(String id, Authentication caller) {
        return carriers.find(caller.getName(), id).orElseThrow(() -> new NotFoundException("carrier", id));
    }
}
