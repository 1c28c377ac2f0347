package io.lastmilehub.hub.soap;

import io.lastmilehub.hub.security.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JUtils;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;

import javax.xml.namespace.QName;
import java.security.Principal;
import java.util.Map;

/**
 * Lets a SOAP call in only with a tenant's credentials: a WS-Security UsernameToken (PasswordText), checked by
 * {@link TenantKeyValidator}, or HTTP Basic, which Spring Security has checked before the call reaches CXF. A call with
 * HTTP Basic and no Security header skips WS-Security; a call with both must name the same tenant. A call with neither
 * is refused with a wsse:InvalidSecurity fault, a wrong password with wsse:FailedAuthentication.
 */
final class TenantCredentialsInterceptor extends WSS4JInInterceptor {

    private static final QName SECURITY_HEADER = new QName(WSConstants.WSSE_NS, WSConstants.WSSE_LN);

    TenantCredentialsInterceptor(TenantDirectory tenants) {
        super(Map.of(
                ConfigurationConstants.ACTION, ConfigurationConstants.USERNAME_TOKEN,
                ConfigurationConstants.PASSWORD_TYPE, WSConstants.PW_TEXT,
                VALIDATOR_MAP, Map.of(WSConstants.USERNAME_TOKEN, new TenantKeyValidator(tenants))));
    }

    @Override
    public void handleMessage(SoapMessage message) throws Fault {
        Principal httpCaller = httpCaller(message);
        if (httpCaller != null && !message.hasHeader(SECURITY_HEADER)) {
            return;
        }
        super.handleMessage(message);
        SecurityContext tokenCaller = message.get(SecurityContext.class);
        if (httpCaller != null && tokenCaller != null
                && !httpCaller.getName().equals(tokenCaller.getUserPrincipal().getName())) {
            throw WSS4JUtils.createSoapFault(message, message.getVersion(),
                    new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION));
        }
    }

    /** The tenant HTTP Basic authenticated, if any. */
    private static Principal httpCaller(SoapMessage message) {
        Object request = message.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest http ? http.getUserPrincipal() : null;
    }
}
