package io.lastmilehub.hub.soap;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;

/**
 * A fault caused by a failure of the hub itself (a bug, a database down), not by the request: its message would show
 * Java types and methods ({@code Cannot invoke "String.length()" because ...}), so the client gets a plain sentence
 * and the failure goes to the log. Refusals (typed faults) and faults about the request's XML, envelope or security
 * keep their message, which tells the sender what to fix.
 */
final class UnexpectedFailures extends AbstractPhaseInterceptor<Message> {

    static final String MESSAGE = "the hub could not process the request; the failure is in its log";
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);
    /** Where exceptions about the request itself come from: they name what is wrong with it. */
    private static final Set<String> REQUEST_LAYERS = Set.of("org.apache.cxf.", "javax.xml.", "jakarta.xml.",
            "com.ctc.wstx.", "org.apache.wss4j.", "org.apache.xml.security.", "org.xml.sax.");

    UnexpectedFailures() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault && !fault.hasDetails()
                && fault.getCause() instanceof RuntimeException cause && !fromRequestLayer(cause)) {
            LOG.warn("SOAP call failed", cause);
            fault.setMessage(MESSAGE);
        }
    }

    private static boolean fromRequestLayer(Throwable cause) {
        String type = cause.getClass().getName();
        return REQUEST_LAYERS.stream().anyMatch(type::startsWith);
    }
}
