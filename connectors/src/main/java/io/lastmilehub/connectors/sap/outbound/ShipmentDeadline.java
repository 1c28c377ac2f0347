package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.Segment;

import java.time.Instant;

/** The dates of one shipment deadline, written as the segment E1EDT10 in SAP's field order. */
final class ShipmentDeadline {

    private final ShipmentProcess process;
    private Instant plannedStart;
    private Instant plannedEnd;
    private Instant actualStart;
    private Instant actualEnd;

    ShipmentDeadline(ShipmentProcess process) {
        this.process = process;
    }

    /** The planned start and end; either may be null. */
    ShipmentDeadline planned(Instant start, Instant end) {
        this.plannedStart = start;
        this.plannedEnd = end;
        return this;
    }

    ShipmentDeadline actualStart(Instant at) {
        this.actualStart = at;
        return this;
    }

    ShipmentDeadline actualEnd(Instant at) {
        this.actualEnd = at;
        return this;
    }

    Segment toSegment(SapLocalTime local) {
        SegmentBuilder segment = SegmentBuilder.segment("E1EDT10").field("QUALF", process.qualifier());
        dateTime(segment, "NTANF", "NTANZ", plannedStart, local);   // planned start date, time
        dateTime(segment, "NTEND", "NTENZ", plannedEnd, local);     // planned end date, time
        dateTime(segment, "ISDD", "ISDZ", actualStart, local);      // actual start date, time
        dateTime(segment, "IEDD", "IEDZ", actualEnd, local);        // actual end date, time
        return segment.build();
    }

    private static void dateTime(SegmentBuilder segment, String dateField, String timeField, Instant at,
                                 SapLocalTime local) {
        if (at != null) {
            segment.field(dateField, local.date(at)).field(timeField, local.time(at));
        }
    }
}
