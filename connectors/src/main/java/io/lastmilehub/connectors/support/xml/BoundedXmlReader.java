package io.lastmilehub.connectors.support.xml;

import io.lastmilehub.connectors.spi.MappingException;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads XML from outside within bounds: refuses a DOCTYPE (no DTDs, no entities, so no XXE and no entity
 * expansion), limits the nesting depth and the number of elements, and keeps the path of open elements so that
 * errors name where they are (e.g. {@code /DELVRY07/IDOC/E1EDL20}). Every connector that reads XML reads through it.
 */
public class BoundedXmlReader extends StreamReaderDelegate {

    /** The field a refused DOCTYPE is reported under. */
    public static final String DOCTYPE = "DOCTYPE";
    private static final String MESSAGE_PREFIX = "Message: ";

    private final String kind;
    private final int maxDepth;
    private final int maxElements;
    private final Deque<String> open = new ArrayDeque<>();
    private int elements;

    /**
     * @param reader      a reader from {@link #secureInputFactory()}
     * @param kind        what the document is, for messages, e.g. {@code IDoc-XML}
     * @param maxDepth    deepest nesting allowed
     * @param maxElements most elements allowed in one document
     */
    public BoundedXmlReader(XMLStreamReader reader, String kind, int maxDepth, int maxElements) {
        super(reader);
        this.kind = kind;
        this.maxDepth = maxDepth;
        this.maxElements = maxElements;
    }

    /** A StAX input factory that supports neither DTDs nor external entities. */
    public static XMLInputFactory secureInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        }
        return factory;
    }

    /** A parser error as the sender can act on it, e.g. {@code line 12, column 7: The element type ...}. */
    public static String describe(XMLStreamException e) {
        Location location = e.getLocation();
        String message = String.valueOf(e.getMessage());
        // The JDK parser prefixes its message with "ParseError at [row,col]:[r,c]\nMessage: ".
        int start = message.indexOf(MESSAGE_PREFIX);
        String text = start < 0 ? message : message.substring(start + MESSAGE_PREFIX.length());
        return location == null ? text
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": " + text;
    }

    /**
     * Moves to the root element.
     *
     * @param hint what the root should be, added to the error when there is none
     */
    public void toRootElement(String hint) throws XMLStreamException {
        if (getEventType() == XMLStreamConstants.DTD) {
            throw doctype();
        }
        while (getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (!hasNext()) {
                throw new MappingException("/", "no root element" + hint);
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

    /** Told of each element as it opens, with the elements open around it (not yet including it). */
    protected void onStartElement(Deque<String> enclosing, String localName) {
    }

    /** The path of open elements, e.g. {@code /DELVRY07/IDOC/E1EDL20}. */
    public String path() {
        return open.isEmpty() ? "/" : "/" + String.join("/", open);
    }

    /** Closes the reader; an in-memory stream has nothing to release, so failures are ignored. */
    public void closeQuietly() {
        try {
            close();
        } catch (XMLStreamException e) {
            // Nothing to release for an in-memory stream.
        }
    }

    private void opened() {
        onStartElement(open, getLocalName());
        open.addLast(getLocalName());
        if (open.size() > maxDepth) {
            throw new MappingException(path(), "nested deeper than " + maxDepth + " elements");
        }
        if (++elements > maxElements) {
            throw new MappingException(path(), "more than " + maxElements + " elements in one document");
        }
    }

    private MappingException doctype() {
        return new MappingException(DOCTYPE, "not allowed: " + kind + " must not carry a DTD or entity declarations");
    }
}
