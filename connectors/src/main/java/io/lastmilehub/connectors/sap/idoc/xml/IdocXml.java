package io.lastmilehub.connectors.sap.idoc.xml;

import io.lastmilehub.connectors.sap.idoc.ControlRecord;
import io.lastmilehub.connectors.sap.idoc.FixedField;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.xml.BoundedXmlReader;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshalException;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * IDoc-XML as SAP's XML ports send and receive it, through a generic JAXB binding of the envelope: the root element
 * named after the IDoc type, {@code <IDOC BEGIN="1">}, the EDI_DC40 control record as its first child, then the
 * data segments. Reading is secure and bounded: no DTD, no external entities (see
 * {@link BoundedXmlReader#secureInputFactory()}), a DOCTYPE refused outright, depth and element count limited.
 * Errors name the element path, e.g. {@code /DELVRY07/IDOC/E1EDL20}, with line and column.
 */
public final class IdocXml {

    private static final JAXBContext CONTEXT = newContext();
    private static final XMLInputFactory INPUT_FACTORY = BoundedXmlReader.secureInputFactory();

    private IdocXml() {
    }

    /**
     * Reads one IDoc.
     *
     * @throws MappingException when the XML is not well-formed, carries a DOCTYPE, is out of bounds, or is not one
     *                          IDoc with its control record first
     */
    public static Idoc read(byte[] xml) {
        GuardedReader reader = open(xml);
        try {
            reader.toRootElement();
            String root = reader.getLocalName();
            XmlIdocDocument document = unmarshal(reader, XmlIdocDocument.class);
            return toIdoc(root, document, reader.firstInIdoc());
        } catch (XMLStreamException e) {
            throw notWellFormed(reader.path(), e);
        } finally {
            reader.closeQuietly();
        }
    }

    /**
     * Reads only the control record, even when what follows it is broken, so that a status can go back to the
     * sender of an IDoc that cannot be mapped.
     */
    public static Optional<ControlRecord> readControlRecord(byte[] xml) {
        try {
            return findControlRecord(open(xml));
        } catch (MappingException e) {
            return Optional.empty();
        }
    }

    private static Optional<ControlRecord> findControlRecord(GuardedReader reader) {
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT
                        && ControlRecord.NAME.equals(reader.getLocalName())) {
                    XmlControlRecord control = unmarshal(reader, XmlControlRecord.class);
                    return Optional.of(ControlRecord.of(SegmentDom.toFields(control.fields)));
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | MappingException e) {
            return Optional.empty();
        } finally {
            reader.closeQuietly();
        }
    }

    /** Writes one IDoc as UTF-8 IDoc-XML, its root element named after the extension type or else the basic type. */
    public static byte[] write(Idoc idoc) {
        Document dom = newDocument();
        XmlIdoc xml = new XmlIdoc();
        xml.begin = "1";
        xml.control = new XmlControlRecord();
        xml.control.segment = "1";
        Map<String, String> control = orderedControlFields(idoc.control());
        control.forEach((name, value) -> xml.control.fields.add(SegmentDom.field(dom, name, value)));
        xml.segments.addAll(SegmentDom.toElements(dom, idoc.segments()));
        XmlIdocDocument document = new XmlIdocDocument();
        document.idocs.add(xml);
        String root = idoc.control().extensionType() != null ? idoc.control().extensionType()
                : idoc.control().idocType();
        return marshal(new JAXBElement<>(new QName(root), XmlIdocDocument.class, document));
    }

    private static Idoc toIdoc(String root, XmlIdocDocument document, String firstInIdoc) {
        String idocPath = "/" + root + "/IDOC";
        if (document.idocs.isEmpty()) {
            throw new MappingException(idocPath, "missing: IDoc-XML carries its IDoc in <IDOC BEGIN=\"1\">");
        }
        if (document.idocs.size() > 1) {
            throw new MappingException(idocPath, document.idocs.size()
                    + " IDocs in one message; send one IDoc per message");
        }
        XmlIdoc xml = document.idocs.get(0);
        if (xml.control == null) {
            throw new MappingException(ControlRecord.NAME, "missing: the control record must be the first element "
                    + "inside <IDOC>");
        }
        if (!ControlRecord.NAME.equals(firstInIdoc)) {
            throw new MappingException(ControlRecord.NAME, "out of order: the control record must be the first "
                    + "element inside <IDOC>, found <" + firstInIdoc + "> before it");
        }
        ControlRecord control = ControlRecord.of(SegmentDom.toFields(xml.control.fields));
        requireRootMatches(root, control);
        return new Idoc(control, SegmentDom.toSegments(xml.segments));
    }

    /** The root element is the extension type when there is one, else the basic type. */
    private static void requireRootMatches(String root, ControlRecord control) {
        if (root.equals(control.idocType()) || root.equals(control.extensionType())) {
            return;
        }
        throw new MappingException("/" + root, "the root element <" + root + "> does not match the control record's "
                + "IDoc type (IDOCTYP " + control.idocType() + ", CIMTYP " + control.extensionType() + ")");
    }

    private static Map<String, String> orderedControlFields(ControlRecord control) {
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("TABNAM", ControlRecord.NAME);
        for (FixedField field : ControlRecord.LAYOUT) {
            if (control.get(field.name()) != null) {
                ordered.put(field.name(), control.get(field.name()));
            }
        }
        control.fields().forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static <T> T unmarshal(GuardedReader reader, Class<T> type) {
        try {
            JAXBElement<T> element = CONTEXT.createUnmarshaller().unmarshal(reader, type);
            return element.getValue();
        } catch (UnmarshalException e) {
            if (e.getLinkedException() instanceof XMLStreamException malformed) {
                throw notWellFormed(reader.path(), malformed);
            }
            throw new MappingException(reader.path(), "cannot be read: " + e.getMessage(), e);
        } catch (DOMException e) { // a name the reader let through that DOM refuses, as ":E1EDK14"
            throw new MappingException(reader.path(), "not well-formed XML: an element name is not a valid XML name",
                    e);
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB cannot unmarshal IDoc-XML", e);
        }
    }

    private static byte[] marshal(JAXBElement<XmlIdocDocument> document) {
        try {
            Marshaller marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(document, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalArgumentException("Cannot write the IDoc as XML", e);
        }
    }

    private static GuardedReader open(byte[] xml) {
        try {
            return new GuardedReader(INPUT_FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml)));
        } catch (XMLStreamException e) {
            throw notWellFormed("/", e);
        }
    }

    private static MappingException notWellFormed(String path, XMLStreamException e) {
        return new MappingException(path, "not well-formed XML: " + BoundedXmlReader.describe(e), e);
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No DOM implementation", e);
        }
    }

    private static JAXBContext newContext() {
        try {
            return JAXBContext.newInstance(XmlIdocDocument.class, XmlControlRecord.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
