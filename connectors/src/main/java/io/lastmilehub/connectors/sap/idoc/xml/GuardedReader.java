package io.lastmilehub.connectors.sap.idoc.xml;

import io.lastmilehub.connectors.spi.MappingException;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads IDoc-XML within bounds: refuses a DOCTYPE before anything else is read, limits the nesting depth and the
 * number of elements, keeps the path of open elements for error messages and notes which element came first
 * inside {@code <IDOC>}.
 */
final class GuardedReader extends StreamReaderDelegate {

    /** Root, IDOC, up to 17 levels of segments, their fields. */
    static final int MAX_DEPTH = 20;
    /** Elements of one document (each field is one). */
    static final int MAX_ELEMENTS = 500_000;

    private final Deque<String> open = new ArrayDeque<>();
    private int elements;
    private String firstInIdoc;

    GuardedReader(XMLStreamReader reader) {
        super(reader);
    }

    /** Moves to the root element. */
    void toRootElement() throws XMLStreamException {
        if (getEventType() == XMLStreamConstants.DTD) {
            throw doctype();
        }
        while (getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (!hasNext()) {
                throw new MappingException("/", "no root element: IDoc-XML starts with the IDoc type, e.g. <DELVRY07>");
            }
            next();
        }
    }

    @Override
    public int next() throws XMLStreamException {
        if (getEventType() == XMLStreamConstants.END_ELEMENT) {
            open.pollLast();
        }
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
            throw doctype();
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
            opened();
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && isWhiteSpace()) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }

    private void opened() {
        if (open.size() == 2 && "IDOC".equals(open.peekLast()) && firstInIdoc == null) {
            firstInIdoc = getLocalName();
        }
        open.addLast(getLocalName());
        if (open.size() > MAX_DEPTH) {
            throw new MappingException(path(), "nested deeper than " + MAX_DEPTH + " elements");
        }
        if (++elements > MAX_ELEMENTS) {
            throw new MappingException(path(), "more than " + MAX_ELEMENTS + " elements in one IDoc");
        }
    }

    /** The local name of the first element inside the first {@code <IDOC>}, or null. */
    String firstInIdoc() {
        return firstInIdoc;
    }

    /** The path of open elements, e.g. {@code /DELVRY07/IDOC/E1EDL20}. */
    String path() {
        return open.isEmpty() ? "/" : "/" + String.join("/", open);
    }

    void closeQuietly() {
        try {
            close();
        } catch (XMLStreamException e) {
            // Nothing to release for an in-memory stream.
        }
    }

    private static MappingException doctype() {
        return new MappingException("DOCTYPE", "not allowed: IDoc-XML must not carry a DTD or entity declarations");
    }
}
