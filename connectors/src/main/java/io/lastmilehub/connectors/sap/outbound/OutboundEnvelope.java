package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Wraps data segments into an IDoc for SAP with its own control record: from the hub's logical system to the SAP
 * partner of the settings, inbound into SAP (DIRECT 2), with the next DOCNUM of the sequence and the creation time
 * in the SAP system's zone.
 */
final class OutboundEnvelope {

    private final SapOutboundSettings settings;
    private final DocnumSequence docnums;
    private final Clock clock;
    private final SapLocalTime localTime;

    OutboundEnvelope(SapOutboundSettings settings, DocnumSequence docnums, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.docnums = Objects.requireNonNull(docnums, "docnums");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.localTime = new SapLocalTime(settings.sapZone());
    }

    /** Dates and times in the SAP system's zone. */
    SapLocalTime localTime() {
        return localTime;
    }

    SapOutboundSettings settings() {
        return settings;
    }

    /** An IDoc of these segments; draws the next DOCNUM. */
    Idoc wrap(String idocType, String messageType, List<Segment> segments) {
        Instant now = clock.instant();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("TABNAM", ControlRecord.NAME);
        fields.put("MANDT", settings.sapClient());
        fields.put("DOCNUM", docnum(docnums.next()));
        fields.put("DIRECT", "2");                          // 2 = inbound into SAP
        fields.put("IDOCTYP", idocType);
        fields.put("MESTYP", messageType);
        fields.put("SNDPOR", settings.hubPort());
        fields.put("SNDPRT", "LS");                         // the hub is a logical system
        fields.put("SNDPRN", settings.hubLogicalSystem());
        fields.put("RCVPOR", settings.sapPort());
        fields.put("RCVPRT", settings.sapPartnerType());
        fields.put("RCVPRN", settings.sapPartnerNumber());
        fields.put("CREDAT", localTime.date(now));
        fields.put("CRETIM", localTime.time(now));
        return new Idoc(ControlRecord.of(fields), segments);
    }

    /**
     * DOCNUM: sixteen digits with leading zeros.
     *
     * @throws IllegalStateException when the sequence hands out a number out of range
     */
    static String docnum(long number) {
        if (number < 1 || number > DocnumSequence.MAX) {
            throw new IllegalStateException("The DOCNUM sequence handed out " + number + "; IDoc numbers run from 1 to "
                    + DocnumSequence.MAX);
        }
        String digits = Long.toString(number);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
