package io.lastmilehub.hub.soap;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binding that makes the SOAP service use the canonical model's classes covers every named type of the
 * canonical XSD, each with the model class of the same name. A type missing there would be generated as a copy.
 */
class CanonicalBindingTest {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String JAXB = "https://jakarta.ee/xml/ns/jaxb";
    private static final String MODEL_PACKAGE = "io.lastmilehub.model.";

    @Test
    void everyCanonicalTypeIsBoundToTheModelClassOfItsName() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        try (InputStream xsd = getClass().getResourceAsStream("/schema/canonical-v1.xsd")) {
            Element schema = parse(xsd).getDocumentElement();
            for (Element type : children(schema, "complexType", "simpleType")) {
                expected.put(type.getAttribute("name"), MODEL_PACKAGE + type.getAttribute("name"));
            }
        }

        Map<String, String> bound = new TreeMap<>();
        try (InputStream xjb = Files.newInputStream(Path.of("src/main/wsdl-bindings/canonical-v1.xjb"))) {
            NodeList bindings = parse(xjb).getElementsByTagNameNS(JAXB, "bindings");
            for (int i = 0; i < bindings.getLength(); i++) {
                Element binding = (Element) bindings.item(i);
                String scd = binding.getAttribute("scd");
                if (scd.startsWith("~lm:")) {
                    Element ref = (Element) binding.getElementsByTagNameNS(JAXB, "*").item(0);
                    bound.put(scd.substring("~lm:".length()), ref.getAttribute("ref"));
                }
            }
        }

        assertThat(bound).isEqualTo(expected);
        for (String className : bound.values()) {
            assertThat(Class.forName(className)).isNotNull();
        }
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(in);
    }

    private static Iterable<Element> children(Element parent, String... localNames) {
        List<Element> found = new ArrayList<>();
        for (String localName : localNames) {
            NodeList nodes = parent.getElementsByTagNameNS(XSD, localName);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element element = (Element) nodes.item(i);
                if (element.getParentNode() == parent) {
                    found.add(element);
                }
            }
        }
        return found;
    }
}
