package io.lastmilehub.hub.soap;

import io.lastmilehub.hub.security.TenantDirectory;
import jakarta.xml.ws.Endpoint;
import jakarta.xml.ws.soap.SOAPBinding;
import org.apache.cxf.Bus;
import org.apache.cxf.frontend.WSDLGetUtils;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.ws.security.SecurityConstants;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.xml.namespace.QName;

/**
 * Publishes the delivery service under the CXF servlet ({@code cxf.path}, {@code /soap}): SOAP 1.1 at
 * {@code /soap/DeliveryService} and SOAP 1.2 at {@code /soap/DeliveryService12}, the two ports of the WSDL, each
 * serving it at {@code ?wsdl} with its own address filled in.
 */
@Configuration
public class SoapEndpoints {

    /** Target namespace of the delivery service. */
    public static final String NAMESPACE = "urn:lastmile-hub:soap:delivery:v1";
    /** Where the WSDL is, relative to the class path. */
    public static final String WSDL = "classpath:wsdl/DeliveryService.wsdl";

    private static final QName SERVICE = new QName(NAMESPACE, "DeliveryService");

    @Bean(destroyMethod = "stop")
    Endpoint deliveryServiceSoap11(Bus bus, DeliveryServiceEndpoint service, TenantDirectory tenants) {
        return publish(bus, service, tenants, "DeliveryServiceSoap11", SOAPBinding.SOAP11HTTP_BINDING,
                "/DeliveryService");
    }

    @Bean(destroyMethod = "stop")
    Endpoint deliveryServiceSoap12(Bus bus, DeliveryServiceEndpoint service, TenantDirectory tenants) {
        return publish(bus, service, tenants, "DeliveryServiceSoap12", SOAPBinding.SOAP12HTTP_BINDING,
                "/DeliveryService12");
    }

    private static Endpoint publish(Bus bus, DeliveryServiceEndpoint service, TenantDirectory tenants, String port,
                                    String binding, String address) {
        EndpointImpl endpoint = new EndpointImpl(bus, service, binding);
        endpoint.setWsdlLocation(WSDL);
        endpoint.setServiceName(SERVICE);
        endpoint.setEndpointName(new QName(NAMESPACE, port));
        endpoint.getInInterceptors().add(new TenantCredentialsInterceptor(tenants));
        endpoint.getOutFaultInterceptors().add(new SenderFaultCodes());
        endpoint.getOutFaultInterceptors().add(new UnreadableRequests());
        endpoint.getOutFaultInterceptors().add(new UnexpectedFailures());
        // Name the WS-Security fault (wsse:FailedAuthentication, wsse:InvalidSecurity), not a generic one.
        endpoint.getProperties().put(SecurityConstants.RETURN_SECURITY_ERROR, true);
        // ?wsdl shows the address the caller used for both ports, not only for the one it asked.
        endpoint.getProperties().put(WSDLGetUtils.AUTO_REWRITE_ADDRESS_ALL, true);
        endpoint.getInInterceptors().add(new ServletBasePath());
        endpoint.publish(address);
        return endpoint;
    }
}
