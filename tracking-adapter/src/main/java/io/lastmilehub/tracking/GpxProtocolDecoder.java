package io.lastmilehub.tracking;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * GPX 1.0 and 1.1 ({@code <gpx><trk><trkseg><trkpt lat lon>}): every track point is a position of the device the
 * credentials proved, in file order. A point's {@code <time>} is UTC, as the GPX schema says (a time without offset
 * too); {@code <ele>} is its altitude in metres; the speed (m/s) and course (degrees) come from GPX 1.0's
 * {@code <speed>} and {@code <course>} or from an extension of the same name (Garmin's TrackPointExtension,
 * OsmAnd's {@code speed} and {@code heading});
 * {@code <hdop>} and {@code <sat>} are kept as attributes. A point without a time is refused, naming it: a batch of
 * positions all at the receive time would be a track that never moved in time. Waypoints and routes are plans, not
 * positions, and are skipped. DTDs and external entities are off.
 */
public class GpxProtocolDecoder implements ProtocolDecoder {

    private static final XMLInputFactory XML = secureFactory();

    private final String knownDevice;

    /** @param knownDevice the device the credentials proved; a GPX file names none the hub knows */
    public GpxProtocolDecoder(String knownDevice) {
        this.knownDevice = knownDevice;
    }

    @Override
    public String protocol() {
        return "gpx";
    }

    @Override
    public List<DeviceReport> decode(String message, Instant receivedAt) throws DecodeException {
        if (knownDevice == null) {
            throw new DecodeException("gpx: a GPX file names no device; send it with the device's credentials");
        }
        List<DeviceReport> reports = new ArrayList<>();
        try {
            XMLStreamReader xml = XML.createXMLStreamReader(new StringReader(message));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "trkpt".equals(xml.getLocalName())) {
                    reports.add(trackPoint(xml, reports.size() + 1).build(receivedAt));
                }
            }
        } catch (XMLStreamException e) {
            throw new DecodeException("gpx: not well-formed XML: " + e.getMessage(), e);
        }
        if (reports.isEmpty()) {
            throw new DecodeException("gpx: no track point (<trkpt>) in the file");
        }
        return reports;
    }

    /** Reads one {@code <trkpt>}, up to its end tag. */
    private ReportBuilder trackPoint(XMLStreamReader xml, int number) throws XMLStreamException, DecodeException {
        String where = "gpx: trkpt " + number;
        ReportBuilder report = new ReportBuilder().deviceId(knownDevice)
                .latitude(number(xml.getAttributeValue(null, "lat"), where + " lat"))
                .longitude(number(xml.getAttributeValue(null, "lon"), where + " lon"));
        boolean timed = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "time" -> {
                        report.time(time(xml.getElementText(), where));
                        timed = true;
                    }
                    case "ele" -> report.altitudeMeters(number(xml.getElementText(), where + " ele")); // metres
                    case "speed" -> report.speedKmh(Units.mpsToKmh(number(xml.getElementText(), where + " speed")));
                    case "course", "heading" -> report.headingDeg(number(xml.getElementText(), where + " " + name));
                    case "hdop", "sat" -> report.attribute(name, xml.getElementText().strip());
                    default -> depth++;
                }
            }
        }
        if (!timed) {
            throw new DecodeException(where + " has no <time>: every position of a batch needs the time of its fix");
        }
        return report;
    }

    private static Instant time(String text, String where) throws DecodeException {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC); // GPX times are UTC
            } catch (DateTimeParseException e) {
                throw new DecodeException(where + " time '" + value + "' is not an ISO-8601 date-time", e);
            }
        }
    }

    private static double number(String text, String where) throws DecodeException {
        if (text == null || text.isBlank()) {
            throw new DecodeException(where + " is missing");
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new DecodeException(where + " '" + text.strip() + "' is not a number", e);
        }
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
