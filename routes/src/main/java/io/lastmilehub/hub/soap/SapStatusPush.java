package io.lastmilehub.hub.soap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalXml;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.DeliveryStatusEvent;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPBinding;
import org.apache.cxf.jaxws.DispatchImpl;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.springframework.stereotype.Component;

import javax.xml.namespace.QName;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pushes status changes to the SAP systems of the tenants that configure
 * {@code lastmile.tenants.<tenant>.sap.soap-status-url}: each change is one SOAP 1.1 request whose body is the
 * canonical {@code deliveryStatusEvent} element (document/literal, namespace {@code urn:lastmile-hub:canonical:v1}),
 * sent by a CXF Dispatch client, so the receiver needs no WSDL of ours, only the canonical XSD. A SOAP fault, an HTTP
 * error or a timeout is thrown to the route, which retries and then dead-letters the event.
 */
@Component
public class SapStatusPush {

    private static final QName SERVICE = new QName(SoapEndpoints.NAMESPACE, "StatusNotification");
    private static final QName PORT = new QName(SoapEndpoints.NAMESPACE, "StatusNotificationSoap11");

    private final Map<String, Dispatch<Source>> clients = new TreeMap<>();
    private final ObjectMapper json;

    public SapStatusPush(HubProperties properties, ObjectMapper json) {
        this.json = json;
        properties.tenants().forEach((tenant, settings) -> {
            if (settings.sap() != null && settings.sap().pushesStatusOverSoap()) {
                clients.put(tenant, client(settings.sap()));
            }
        });
    }

    /** The tenants whose status changes go to SAP over SOAP. */
    public Set<String> tenants() {
        return clients.keySet();
    }

    /**
     * Sends one status event.
     *
     * @param eventJson the canonical DeliveryStatusEvent as published on the status topic
     */
    public void send(String tenant, String eventJson) {
        Dispatch<Source> client = clients.get(tenant);
        if (client == null) {
            throw new IllegalStateException("tenant " + tenant + " has no lastmile.tenants." + tenant
                    + ".sap.soap-status-url");
        }
        DeliveryStatusEvent event = read(eventJson);
        try {
            client.invoke(new StreamSource(new ByteArrayInputStream(CanonicalXml.toXmlBytes(event))));
        } catch (WebServiceException e) {
            throw new IllegalStateException("SAP did not take status event " + event.getEventId() + ": "
                    + causes(e), e);
        }
    }

    /** What went wrong, cause by cause (each new message once): the SOAP fault's text, the HTTP error, the timeout. */
    private static String causes(Throwable e) {
        StringBuilder causes = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !causes.toString().contains(cause.getMessage())) {
                causes.append("; ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            }
        }
        return causes.toString();
    }

    private DeliveryStatusEvent read(String eventJson) {
        try {
            return json.readValue(eventJson, DeliveryStatusEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a canonical DeliveryStatusEvent: " + e.getOriginalMessage(), e);
        }
    }

    private static Dispatch<Source> client(HubProperties.Sap sap) {
        Service service = Service.create(SERVICE);
        service.addPort(PORT, SOAPBinding.SOAP11HTTP_BINDING, sap.soapStatusUrl().toString());
        Dispatch<Source> dispatch = service.createDispatch(PORT, Source.class, Service.Mode.PAYLOAD);
        if (sap.soapUsername() != null) {
            dispatch.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, sap.soapUsername());
            dispatch.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, sap.soapPassword());
        }
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setConnectionTimeout(sap.soapTimeout().toMillis());
        policy.setReceiveTimeout(sap.soapTimeout().toMillis());
        ((HTTPConduit) ((DispatchImpl<?>) dispatch).getClient().getConduit()).setClient(policy);
        return dispatch;
    }
}
