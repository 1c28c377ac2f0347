package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.ReasonCode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The proof of delivery of an outbound delivery as SAP's POD confirmation: basic type DELVRY07, message type STPPOD
 * (SAP's own POD sender, /SAPTRX/SEND_POD, uses the same message type on DELVRY03). SAP records the POD date and
 * time on the delivery; when the recipient took less, each short item carries the quantity and SAP's reason, and
 * SAP computes the POD quantity from the delivered quantity and the difference with the reason's sign (+ or -,
 * Customizing table TVPODG). A delivery confirmed without differences is confirmed at once; one with differences
 * waits for confirmation in VLPOD.
 * <pre>
 * EDI_DC40     IDOCTYP DELVRY07, MESTYP STPPOD, DIRECT 2 (into SAP)
 * E1EDL20      VBELN   delivery (references.erpDelivery, ALPHA: 0080004711)
 *              PODAT   date of the proof of delivery, YYYYMMDD in the SAP zone
 *              POTIM   time of the proof of delivery, HHMMSS in the SAP zone
 *   E1EDL24    POSNR   delivery item with a difference (the parcel id, six digits); items without one are left out
 *     E1EDL53  GRUND       reason for the difference (TVPODG, four characters)
 *              LFIMG_DIFF  quantity not delivered, in the sales unit
 *              VRKME       sales unit, PCE
 * </pre>
 * Sources: SAP Library 4.6C "Proof of Delivery" (POD uses the DELVRY IDoc; on deviations E1EDL53 in E1EDL24 and the
 * header E1EDL20 are filled), SAP IMG activity SIMG_CFMENUOLSDPODAG (reasons, quantity calculation), the DELVRY03
 * XML schema (E1EDL20 PODAT/POTIM, E1EDL53 GRUND/PODMG/LFIMG_DIFF/VRKME/LGMNG_DIFF/MEINS).
 */
public final class ProofOfDeliveryIdocBuilder {

    /** The basic type. */
    public static final String IDOC_TYPE = "DELVRY07";
    /** The message type of a POD confirmation. */
    public static final String MESSAGE_TYPE = "STPPOD";

    /** A delivery item number, POSNR: up to six digits. */
    private static final Pattern POSNR = Pattern.compile("\\d{1,6}");

    private final OutboundEnvelope envelope;

    /** A builder of POD IDocs for one SAP system, numbered from the sequence, dated by the clock. */
    public ProofOfDeliveryIdocBuilder(SapOutboundSettings settings, DocnumSequence docnums, Clock clock) {
        this.envelope = new OutboundEnvelope(settings, docnums, clock);
    }

    /** The POD of a delivery taken in full. */
    public Idoc build(ProofOfDelivery pod, DeliveryOrder order) {
        return build(pod, order, List.of());
    }

    /**
     * The POD of a delivery with the pieces the recipient did not take.
     *
     * @param pod        the proof of delivery
     * @param order      the order it proves, for the SAP delivery number and its items
     * @param deviations what was not delivered, per parcel; empty when everything was
     * @throws SapOutboundException naming the field when the order has no SAP delivery number, the POD is of another
     *                              order, or a deviation names no item of the order, more pieces than it has or a
     *                              reason no SAP reason is configured for
     */
    public Idoc build(ProofOfDelivery pod, DeliveryOrder order, List<PodDeviation> deviations) {
        Objects.requireNonNull(pod, "pod");
        Objects.requireNonNull(order, "order");
        if (order.getId() != null && !order.getId().equals(pod.getOrderId())) {
            throw new SapOutboundException("orderId", "the proof of delivery is of order " + pod.getOrderId()
                    + ", not of order " + order.getId());
        }
        String vbeln = ErpDelivery.number(order.getReferences(), "order " + pod.getOrderId());
        SegmentBuilder delivery = SegmentBuilder.segment("E1EDL20")
                .field("VBELN", vbeln)
                .field("PODAT", envelope.localTime().date(pod.getDeliveredAt()))
                .field("POTIM", envelope.localTime().time(pod.getDeliveredAt()));
        items(order, deviations).forEach(delivery::child);
        return envelope.wrap(IDOC_TYPE, MESSAGE_TYPE, List.of(delivery.build()));
    }

    /** One E1EDL24 per item with differences, in the order the deviations name them, each with its reasons. */
    private List<Segment> items(DeliveryOrder order, List<PodDeviation> deviations) {
        Map<String, SegmentBuilder> items = new LinkedHashMap<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (int i = 0; i < deviations.size(); i++) {
            PodDeviation deviation = deviations.get(i);
            String path = "deviations[" + i + "]";
            Parcel parcel = item(order, deviation, path);
            int total = missing.merge(parcel.getId(), deviation.missingQuantity(), Integer::sum);
            if (total > parcel.getQuantity()) {
                throw new SapOutboundException(path + ".missingQuantity", total + " pieces of item " + parcel.getId()
                        + " missing, but the delivery has " + parcel.getQuantity());
            }
            items.computeIfAbsent(parcel.getId(), id -> SegmentBuilder.segment("E1EDL24")
                            .field("POSNR", SapValues.alpha(id, 6, path + ".parcelId")))
                    .child(SegmentBuilder.segment("E1EDL53")
                            .field("GRUND", reasonCode(deviation.reason(), path))
                            .field("LFIMG_DIFF", SapValues.decimal(deviation.missingQuantity(), 3))
                            .field("VRKME", envelope.settings().salesUnit())
                            .build());
        }
        List<Segment> segments = new ArrayList<>();
        items.values().forEach(item -> segments.add(item.build()));
        return segments;
    }

    private static Parcel item(DeliveryOrder order, PodDeviation deviation, String path) {
        Parcel parcel = order.getParcels().stream().filter(p -> p.getId().equals(deviation.parcelId())).findFirst()
                .orElseThrow(() -> new SapOutboundException(path + ".parcelId", "order " + order.getId()
                        + " has no parcel '" + deviation.parcelId() + "'"));
        if (!POSNR.matcher(parcel.getId()).matches()) {
            throw new SapOutboundException(path + ".parcelId", "parcel '" + parcel.getId() + "' is not a delivery "
                    + "item (POSNR, up to six digits); SAP records POD differences per item, and a packed delivery's "
                    + "parcels are its handling units");
        }
        return parcel;
    }

    /** SAP's reason (GRUND) for a canonical reason, else the one configured for OTHER. */
    private String reasonCode(ReasonCode reason, String path) {
        Map<ReasonCode, String> reasons = envelope.settings().podReasons();
        String code = reasons.getOrDefault(reason, reasons.get(ReasonCode.OTHER));
        if (code == null) {
            throw new SapOutboundException(path + ".reason", "no SAP reason for POD differences (GRUND) is "
                    + "configured for " + reason + " nor for OTHER; add it to the SAP outbound settings' podReasons");
        }
        return code;
    }
}
