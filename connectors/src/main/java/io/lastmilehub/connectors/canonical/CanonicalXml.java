package io.lastmilehub.connectors.canonical;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.xml.BoundedXmlReader;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.TrackingPosition;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventHandler;
import jakarta.xml.bind.ValidationEventLocator;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The canonical model as XML (namespace {@code urn:lastmile-hub:canonical:v1}): one JAXB context for every document
 * type, secure and strict reading, and writing.
 *
 * <p>Reading goes through a StAX reader with DTDs and external entities switched off, and a document that carries a
 * DOCTYPE at all is refused before anything else is read, so no entity (external or expanding) is ever resolved.
 * Unlike plain JAXB, reading is strict: an unknown element or an unparsable value fails and is named by its element
 * path, e.g. {@code /deliveryOrder/shipTo/adress}, instead of being dropped.
 */
public final class CanonicalXml {

    /** The field named when a document carries a DOCTYPE. */
    public static final String DOCTYPE = BoundedXmlReader.DOCTYPE;
    /** Canonical documents nest a few levels; anything deeper is not one. */
    private static final int MAX_DEPTH = 32;
    /** Generous for a batch of thousands of orders, bounded against billion-element documents. */
    private static final int MAX_ELEMENTS = 2_000_000;

    private static final JAXBContext CONTEXT = newContext();
    private static final XMLInputFactory INPUT_FACTORY = BoundedXmlReader.secureInputFactory();

    private CanonicalXml() {
    }

    /** The JAXB context of every canonical document type (thread-safe; create a marshaller per use). */
    public static JAXBContext context() {
        return CONTEXT;
    }

    /**
     * Reads a canonical document of any type.
     *
     * @throws MappingException when the XML is malformed, carries a DOCTYPE, has an unknown element or an
     *                          unparsable value; the field is the element path (or {@link #DOCTYPE})
     */
    public static Object read(byte[] xml) {
        BoundedXmlReader reader = open(xml);
        try {
            reader.toRootElement("");
            return unmarshal(reader);
        } catch (XMLStreamException e) {
            throw new MappingException(reader.path(), "not well-formed XML: " + BoundedXmlReader.describe(e), e);
        } finally {
            reader.closeQuietly();
        }
    }

    private static Object unmarshal(BoundedXmlReader reader) {
        FirstEvent firstEvent = new FirstEvent();
        try {
            Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
            unmarshaller.setEventHandler(firstEvent);
            return JAXBIntrospector.getValue(unmarshaller.unmarshal(reader));
        } catch (UnmarshalException e) {
            throw unmarshalFailure(reader.path(), firstEvent.event, e);
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB cannot unmarshal the canonical model", e);
        }
    }

    /**
     * Reads a canonical document that must be of the given type.
     *
     * @throws MappingException as {@link #read(byte[])}, or naming the root element when it is another document
     */
    public static <T> T read(byte[] xml, Class<T> type) {
        Object document = read(xml);
        if (!type.isInstance(document)) {
            throw new MappingException("/" + rootElementName(document),
                    "expected " + type.getSimpleName() + " but the document is " + rootElementName(document));
        }
        return type.cast(document);
    }

    /** The local name of a document's root element, e.g. {@code deliveryOrder}. */
    public static String rootElementName(Object document) {
        return CONTEXT.createJAXBIntrospector().getElementName(document).getLocalPart();
    }

    /** Writes a document (one with a root element) as UTF-8 XML. */
    public static void write(Object document, OutputStream out) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.marshal(document, out);
        } catch (JAXBException e) {
            throw new IllegalArgumentException("Cannot write " + document.getClass().getSimpleName() + " as XML", e);
        }
    }

    /** A document as UTF-8 XML bytes. */
    public static byte[] toXmlBytes(Object document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, out);
        return out.toByteArray();
    }

    /** A document as XML text. */
    public static String toXml(Object document) {
        return new String(toXmlBytes(document), StandardCharsets.UTF_8);
    }

    private static BoundedXmlReader open(byte[] xml) {
        try {
            return new BoundedXmlReader(INPUT_FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml)),
                    "canonical XML", MAX_DEPTH, MAX_ELEMENTS);
        } catch (XMLStreamException e) {
            throw new MappingException("/", "not well-formed XML: " + BoundedXmlReader.describe(e), e);
        }
    }

    private static MappingException unmarshalFailure(String path, ValidationEvent event, UnmarshalException e) {
        if (e.getLinkedException() instanceof XMLStreamException malformed) {
            return new MappingException(path, "not well-formed XML: " + BoundedXmlReader.describe(malformed), e);
        }
        if (event != null) {
            return new MappingException(path, describe(event), e);
        }
        Throwable linked = e.getLinkedException();
        return new MappingException(path, e.getMessage() != null ? e.getMessage()
                : linked != null ? String.valueOf(linked.getMessage()) : "cannot be read", e);
    }

    private static String describe(ValidationEvent event) {
        ValidationEventLocator locator = event.getLocator();
        String where = locator == null || locator.getLineNumber() < 0 ? ""
                : "line " + locator.getLineNumber() + ", column " + locator.getColumnNumber() + ": ";
        // A value that failed to parse carries the parser's own message; JAXB's wraps it with its class name.
        Throwable cause = event.getLinkedException();
        while (cause != null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return where + (cause != null && cause.getMessage() != null ? cause.getMessage() : event.getMessage());
    }

    private static JAXBContext newContext() {
        try {
            return JAXBContext.newInstance(DeliveryOrder.class, DeliveryOrders.class, Plan.class, CostSummary.class,
                    DeliveryStatusEvent.class, ProofOfDelivery.class, TrackingPosition.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Stops unmarshalling at the first problem (JAXB would skip unknown elements) and keeps it for the error. */
    private static final class FirstEvent implements ValidationEventHandler {

        private ValidationEvent event;

        @Override
        public boolean handleEvent(ValidationEvent problem) {
            if (event == null) {
                event = problem;
            }
            return false;
        }
    }
}
