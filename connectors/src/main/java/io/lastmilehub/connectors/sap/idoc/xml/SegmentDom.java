package io.lastmilehub.connectors.sap.idoc.xml;

import io.lastmilehub.connectors.sap.idoc.Segment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the DOM elements JAXB hands over for {@code @XmlAnyElement} into {@link Segment} trees and back. An element
 * is a segment when it carries SEGMENT="1" or has child elements; otherwise it is a field whose text is its value.
 */
final class SegmentDom {

    private int number;

    /** The segments of these elements, numbered from 1 in document order. */
    static List<Segment> toSegments(List<Element> elements) {
        SegmentDom numbering = new SegmentDom();
        return elements.stream().map(numbering::toSegment).toList();
    }

    private Segment toSegment(Element element) {
        int own = ++number;
        Map<String, String> fields = new LinkedHashMap<>();
        List<Segment> children = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                if (isSegment(child)) {
                    children.add(toSegment(child));
                } else {
                    putField(fields, child);
                }
            }
        }
        return new Segment(element.getLocalName() != null ? element.getLocalName() : element.getTagName(), own, fields,
                children);
    }

    private static boolean isSegment(Element element) {
        if (element.hasAttribute("SEGMENT")) {
            return true;
        }
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static void putField(Map<String, String> fields, Element field) {
        String value = field.getTextContent().strip();
        if (!value.isEmpty()) {
            fields.putIfAbsent(field.getLocalName() != null ? field.getLocalName() : field.getTagName(), value);
        }
    }

    /** The fields of a control record, by element name. */
    static Map<String, String> toFields(List<Element> elements) {
        Map<String, String> fields = new LinkedHashMap<>();
        elements.forEach(element -> putField(fields, element));
        return fields;
    }

    /** The elements of segments, each with SEGMENT="1", its fields and then its children. */
    static List<Element> toElements(Document document, List<Segment> segments) {
        return segments.stream().map(segment -> toElement(document, segment)).toList();
    }

    private static Element toElement(Document document, Segment segment) {
        Element element = document.createElement(segment.name());
        element.setAttribute("SEGMENT", "1");
        segment.fields().forEach((name, value) -> element.appendChild(field(document, name, value)));
        toElements(document, segment.children()).forEach(element::appendChild);
        return element;
    }

    /** A field element, e.g. {@code <VBELN>0080001234</VBELN>}. */
    static Element field(Document document, String name, String value) {
        Element element = document.createElement(name);
        element.setTextContent(value);
        return element;
    }
}
