package io.lastmilehub.hub.testsupport;

import io.lastmilehub.hub.soap.generated.DeliveryService;
import io.lastmilehub.hub.soap.generated.DeliveryService_Service;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;

import javax.security.auth.callback.CallbackHandler;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Map;

/**
 * Clients of the hub's SOAP delivery service as an enterprise system would build them: from the WSDL the running hub
 * publishes ({@code ?wsdl}, with the canonical schema it imports), through the interface cxf-codegen generated from
 * it, signing in with a WS-Security UsernameToken.
 */
public final class SoapClients {

    private SoapClients() {
    }

    /** SOAP 1.1, at {@code /soap/DeliveryService}. */
    public static DeliveryService soap11(String baseUrl, String tenant, String key) {
        DeliveryService port = service(baseUrl + "/soap/DeliveryService?wsdl").getDeliveryServiceSoap11();
        return withUsernameToken(port, tenant, key);
    }

    /** SOAP 1.2, at {@code /soap/DeliveryService12}. */
    public static DeliveryService soap12(String baseUrl, String tenant, String key) {
        DeliveryService port = service(baseUrl + "/soap/DeliveryService12?wsdl").getDeliveryServiceSoap12();
        return withUsernameToken(port, tenant, key);
    }

    private static DeliveryService_Service service(String wsdl) {
        try {
            return new DeliveryService_Service(URI.create(wsdl).toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(wsdl, e);
        }
    }

    private static DeliveryService withUsernameToken(DeliveryService port, String tenant, String key) {
        CallbackHandler password = callbacks -> ((WSPasswordCallback) callbacks[0]).setPassword(key);
        ClientProxy.getClient(port).getOutInterceptors().add(new WSS4JOutInterceptor(Map.of(
                ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN,
                ConfigurationConstants.USER, tenant,
                ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT,
                ConfigurationConstants.PW_CALLBACK_REF, password)));
        return port;
    }
}
