package io.lastmilehub.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;

import java.io.StringReader;
import java.io.StringWriter;

/**
 * JSON and XML (de)serialisation of the model for this module's tests, set up as the connectors' {@code CanonicalJson}
 * and {@code CanonicalXml} are (which this module cannot see).
 */
public final class TestSerialization {

    /** ISO-8601 instants, empty values left out, unknown properties rejected. */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private static final JAXBContext JAXB = newContext();

    private TestSerialization() {
    }

    /** Writes a document as JSON. */
    public static String toJson(Object document) throws Exception {
        return JSON.writeValueAsString(document);
    }

    /** Reads a document from JSON. */
    public static <T> T fromJson(String json, Class<T> type) throws Exception {
        return JSON.readValue(json, type);
    }

    /** Writes a document with a root element as XML. */
    public static String toXml(Object document) throws JAXBException {
        Marshaller marshaller = JAXB.createMarshaller();
        marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
        StringWriter xml = new StringWriter();
        marshaller.marshal(document, xml);
        return xml.toString();
    }

    /** Reads a document from XML. */
    public static <T> T fromXml(String xml, Class<T> type) throws JAXBException {
        return type.cast(JAXB.createUnmarshaller().unmarshal(new StringReader(xml)));
    }

    private static JAXBContext newContext() {
        try {
            return JAXBContext.newInstance(DeliveryOrder.class, DeliveryOrders.class, Plan.class, CostSummary.class,
                    DeliveryStatusEvent.class, ProofOfDelivery.class, TrackingPosition.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
