package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.SourceRef;

import java.util.List;
import java.util.Optional;

/**
 * Maps SAP IDocs, in IDoc-XML or as a flat file (told apart by the payload), into canonical delivery orders:
 * outbound deliveries DELVRY05/06/07 ({@link DeliveryMapping}), shipments SHPMNT05, one order per delivery
 * ({@link ShipmentMapping}), and orders ORDERS01 to ORDERS05 ({@link OrderMapping}).
 *
 * <p>The source system is the sending partner, {@code SAP:<SNDPRT>:<SNDPRN>} (e.g. {@code SAP:LS:S4HCLNT100}); the
 * source message id is the IDoc number DOCNUM without its leading zeros, so that the same IDoc sent again, in either
 * form, has the same idempotency key. Errors name the control record field or the segment and field in SAP's terms,
 * e.g. {@code EDI_DC40-MESTYP}, {@code E1ADRM1[PARTNER_Q=WE]}, {@code E1EDT13[QUALF=007]-NTANZ}.
 */
public final class IdocInboundMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "idoc";

    private final IdocSettings settings;
    private final IdocReader reader;
    private final SapTimes times;

    /** A mapper with the {@link IdocSettings#defaults() default settings}. */
    public IdocInboundMapper() {
        this(IdocSettings.defaults());
    }

    /** A mapper with these settings. */
    public IdocInboundMapper(IdocSettings settings) {
        this.settings = settings;
        this.reader = new IdocReader(settings.maxBytes());
        this.times = new SapTimes(new SapTimeZones(settings.timeZoneCodes()));
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        Idoc idoc = reader.read(message.payload());
        IdocType type = IdocType.of(idoc.control());
        type.rules().check(idoc.segments());
        SourceRef source = source(idoc.control());
        IdocContext context = new IdocContext(message.tenant(), source,
                settings.senderZone(idoc.control().senderPartner()), settings.defaultZone(), times);
        List<DeliveryOrder> orders = switch (type) {
            case DELIVERY -> deliveries(idoc, new DeliveryMapping(context));
            case SHIPMENT -> new ShipmentMapping(context).orders(idoc);
            case ORDER -> new OrderMapping(context).orders(idoc);
        };
        return new MappedMessage(source.getSystem(), source.getMessageId(), orders);
    }

    /**
     * The control record of a payload when it can be read, even if the rest cannot be mapped: what a status IDoc
     * back to the sender needs.
     */
    public Optional<ControlRecord> readControlRecord(byte[] payload) {
        return reader.readControlRecord(payload);
    }

    /**
     * The source of an IDoc: system {@code SAP:<SNDPRT>:<SNDPRN>}, message id DOCNUM without leading zeros.
     *
     * @throws MappingException naming the control record field that is missing
     */
    public static SourceRef source(ControlRecord control) {
        String partnerType = required(control, "SNDPRT");
        String partner = required(control, "SNDPRN");
        String docnum = required(control, "DOCNUM").replaceFirst("^0+(?=.)", "");
        return SourceRef.builder().system("SAP:" + partnerType + ":" + partner).messageId(docnum).buildUnvalidated();
    }

    private static List<DeliveryOrder> deliveries(Idoc idoc, DeliveryMapping mapping) {
        if (idoc.segments("E1EDL20").isEmpty()) {
            throw new MappingException("E1EDL20", "missing: mandatory segment (delivery header)");
        }
        return idoc.segments("E1EDL20").stream().map(mapping::order).toList();
    }

    private static String required(ControlRecord control, String field) {
        String value = control.get(field);
        if (value == null) {
            throw new MappingException(ControlRecord.NAME + "-" + field, "missing");
        }
        return value;
    }
}
