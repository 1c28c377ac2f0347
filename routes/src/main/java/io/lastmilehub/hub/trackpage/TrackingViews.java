package io.lastmilehub.hub.trackpage;

import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.tracking.OrderEtaEntity;
import io.lastmilehub.hub.tracking.OrderEtaRepository;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.pod.ProofOfDeliveryRepository;
import io.lastmilehub.hub.pod.TenantDocuments;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DocumentRef;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ProofOfDelivery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the public view of an order from its tracking token: its status, its window, the live ETA and the vehicle
 * while it is on its way, the proof once delivered. Only this order's data goes in.
 */
@Service
public class TrackingViews {

    /** While the order is in one of these, a vehicle is on its way to it and its ETA is live. */
    private static final Set<DeliveryStatus> ON_ITS_WAY = EnumSet.of(DeliveryStatus.PLANNED,
            DeliveryStatus.DISPATCHED, DeliveryStatus.OUT_FOR_DELIVERY, DeliveryStatus.ARRIVING,
            DeliveryStatus.EXCEPTION);

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final OrderEtaRepository etas;
    private final ProofOfDeliveryRepository proofs;
    private final TrackingPageProperties settings;

    public TrackingViews(OrderRepository orders, OrderDocuments documents, OrderEtaRepository etas,
                         ProofOfDeliveryRepository proofs, TrackingPageProperties settings) {
        this.orders = orders;
        this.documents = documents;
        this.etas = etas;
        this.proofs = proofs;
        this.settings = settings;
    }

    /** The order a token belongs to. */
    @Transactional(readOnly = true)
    public Optional<OrderEntity> order(String token) {
        return token == null || token.isBlank() ? Optional.empty() : orders.findByTrackingToken(token);
    }

    /** The view of the order with this token. */
    @Transactional(readOnly = true)
    public Optional<TrackingView> view(String token) {
        return order(token).map(entity -> view(token, entity));
    }

    /** The view of an order, for its token. */
    @Transactional(readOnly = true)
    public TrackingView view(String token, OrderEntity entity) {
        DeliveryOrder order = documents.read(entity);
        Optional<OrderEtaEntity> live = ON_ITS_WAY.contains(order.getStatus())
                ? etas.findById(order.getId()) : Optional.empty();
        TrackingView.Vehicle vehicle = live.filter(eta -> settings.showsVehicle(eta.getStopsBefore()))
                .map(eta -> new TrackingView.Vehicle(eta.getVehicleLat(), eta.getVehicleLon(), eta.getPositionTime()))
                .orElse(null);
        return new TrackingView(order.getStatus(), destination(order), window(order),
                live.map(eta -> new TrackingView.Window(eta.getEta().minus(settings.etaMargin()),
                        eta.getEta().plus(settings.etaMargin()), eta.getEta())).orElse(null),
                vehicle, live.map(OrderEtaEntity::getStopsBefore).orElse(null),
                order.getStatus() == DeliveryStatus.DELIVERED ? proof(token, entity).orElse(null) : null,
                settings.tileUrl().isBlank() ? null
                        : new TrackingView.Tiles(settings.tileUrl(), settings.tileAttribution()));
    }

    /** A photo or signature of the order's proof of delivery, if the proof names it. */
    @Transactional(readOnly = true)
    public Optional<DocumentRef> document(OrderEntity order, String sha256) {
        return proofOf(order).flatMap(pod -> TenantDocuments.referencedBy(pod)
                .filter(doc -> doc.getSha256().equals(sha256)).findFirst());
    }

    private Optional<TrackingView.Proof> proof(String token, OrderEntity order) {
        String base = "/track/" + token + "/documents/";
        return proofOf(order).map(pod -> new TrackingView.Proof(pod.getDeliveredAt(), pod.getRecipientName(),
                pod.getSignature() == null ? null : base + pod.getSignature().getSha256(),
                pod.getPhotos().stream().map(photo -> base + photo.getSha256()).toList()));
    }

    private Optional<ProofOfDelivery> proofOf(OrderEntity order) {
        return proofs.findByOrderIdAndTenant(order.getId(), order.getTenant()).map(TenantDocuments::read);
    }

    private static TrackingView.Destination destination(DeliveryOrder order) {
        Address address = order.getShipTo().getAddress();
        String place = address == null ? null : Stream.of(address.getPostalCode(), address.getCity())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
        GeoPoint location = order.getShipTo().getLocation();
        return new TrackingView.Destination(place, location == null ? null : location.getLatitude(),
                location == null ? null : location.getLongitude());
    }

    private static TrackingView.Window window(DeliveryOrder order) {
        return order.getTimeWindows().stream().findFirst()
                .map(w -> new TrackingView.Window(w.getStart(), w.getEnd(), null)).orElse(null);
    }
}
