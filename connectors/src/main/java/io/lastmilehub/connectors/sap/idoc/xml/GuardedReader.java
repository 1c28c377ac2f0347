package io.lastmilehub.connectors.sap.idoc.xml;

import io.lastmilehub.connectors.support.xml.BoundedXmlReader;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.Deque;

/** Reads IDoc-XML within bounds, and notes which element came first inside {@code <IDOC>}. */
final class GuardedReader extends BoundedXmlReader {

    /** Root, IDOC, up to 17 levels of segments, their fields. */
    static final int MAX_DEPTH = 20;
    /** Elements of one document (each field is one). */
    static final int MAX_ELEMENTS = 500_000;

    private String firstInIdoc;

    GuardedReader(XMLStreamReader reader) {
        super(reader, "IDoc-XML", MAX_DEPTH, MAX_ELEMENTS);
    }

    /** Moves to the root element. */
    void toRootElement() throws XMLStreamException {
        toRootElement(": IDoc-XML starts with the IDoc type, e.g. <DELVRY07>");
    }

    @Override
    protected void onStartElement(Deque<String> enclosing, String localName) {
        if (enclosing.size() == 2 && "IDOC".equals(enclosing.peekLast()) && firstInIdoc == null) {
            firstInIdoc = localName;
        }
    }

    /** The local name of the first element inside the first {@code <IDOC>}, or null. */
    String firstInIdoc() {
        return firstInIdoc;
    }
}
