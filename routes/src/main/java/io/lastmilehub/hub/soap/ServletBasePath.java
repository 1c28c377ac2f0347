package io.lastmilehub.hub.soap;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;

/**
 * Makes the SOAP servlet's address (context and servlet path, e.g. {@code http://host/soap}) the base CXF puts before
 * relative port addresses when it serves {@code ?wsdl}. CXF takes the context alone, which would make the other
 * port's address miss {@code /soap}.
 */
final class ServletBasePath extends AbstractPhaseInterceptor<Message> {

    /** The message property CXF reads the base from. */
    private static final String HTTP_BASE_PATH = "http.base.path";

    ServletBasePath() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        Object base = message.get(HTTP_BASE_PATH);
        if (base != null && message.get(AbstractHTTPDestination.HTTP_REQUEST) instanceof HttpServletRequest request) {
            message.put(HTTP_BASE_PATH, base + request.getServletPath());
        }
    }
}
