package io.lastmilehub.connectors.support.edi;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

import java.util.ArrayList;
import java.util.List;

/** Turns StAEDI's event stream into segments, transaction sets and errors. Used once, by {@link EdiReader}. */
final class InterchangeCollector {

    private final EDIStreamReader reader;
    private final List<EdiTransaction> transactions = new ArrayList<>();
    private final List<EdiError> envelopeErrors = new ArrayList<>();
    private EdiSegment header;
    private EdiSegment group;
    private List<EdiSegment> segments;
    private List<EdiError> errors = envelopeErrors;
    private String tag;
    private int position;
    /** Interchange position of the ST or UNH: StAEDI counts from ISA/UNB, acknowledgements from ST/UNH. */
    private int transactionStart;
    private List<List<String>> elements;

    InterchangeCollector(EDIStreamReader reader) {
        this.reader = reader;
    }

    EdiInterchange collect() throws EDIStreamException {
        String standard = null;
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            switch (event) {
                case START_INTERCHANGE -> standard = reader.getStandard();
                case START_TRANSACTION -> {
                    segments = new ArrayList<>();
                    errors = new ArrayList<>();
                }
                case START_SEGMENT -> startSegment();
                case ELEMENT_DATA -> element();
                case END_SEGMENT -> endSegment();
                case END_TRANSACTION -> endTransaction();
                case END_GROUP -> group = null;
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error();
                default -> {
                    // loops and composites carry nothing we keep
                }
            }
        }
        if (header == null) {
            throw new EDIStreamException("no interchange header (ISA/UNB)");
        }
        return new EdiInterchange(standard, header, transactions, envelopeErrors);
    }

    private void startSegment() {
        tag = reader.getText();
        position = reader.getLocation().getSegmentPosition();
        if (tag.equals("ST") || tag.equals("UNH")) {
            transactionStart = position;
        }
        elements = new ArrayList<>();
    }

    private void element() {
        Location location = reader.getLocation();
        if (location.getElementOccurrence() > 1 || elements == null) {
            return; // repetitions: none of the segments we map uses them
        }
        int element = location.getElementPosition();
        int component = Math.max(1, location.getComponentPosition());
        while (elements.size() < element) {
            elements.add(new ArrayList<>());
        }
        List<String> components = elements.get(element - 1);
        while (components.size() < component - 1) {
            components.add("");
        }
        components.add(reader.getText());
    }

    private void endSegment() {
        EdiSegment segment = new EdiSegment(tag, segments == null ? 0 : position - transactionStart + 1, elements);
        switch (tag) {
            case "ISA", "UNB" -> header = segment;
            case "GS", "UNG" -> group = segment;
            // an interchange acknowledgement outside any group: read as a set of its own, type TA1, control TA1-01
            case "TA1" -> transactions.add(new EdiTransaction(null, tag, segment.element(1), List.of(segment),
                    List.of()));
            default -> {
                if (segments != null) {
                    segments.add(segment);
                }
            }
        }
        elements = null;
    }

    private void endTransaction() {
        EdiSegment start = segments.get(0);
        String type = start.tag().equals("UNH") ? start.component(2, 1) : start.element(1);
        String control = start.element(1).isEmpty() ? "" : start.tag().equals("UNH") ? start.element(1)
                : start.element(2);
        transactions.add(new EdiTransaction(group, type, control, segments, errors));
        segments = null;
        errors = envelopeErrors;
    }

    private void error() {
        Location location = reader.getLocation();
        String text = reader.hasText() ? reader.getText() : "";
        int segmentPosition = segments == null ? 0 : location.getSegmentPosition() - transactionStart + 1;
        errors.add(new EdiError(reader.getErrorType(), location.getSegmentTag(), segmentPosition,
                Math.max(0, location.getElementPosition()), Math.max(0, location.getComponentPosition()), text));
    }
}
