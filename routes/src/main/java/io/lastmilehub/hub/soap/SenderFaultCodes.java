package io.lastmilehub.hub.soap;

import io.lastmilehub.hub.soap.generated.DeliveryServiceFault;
import io.lastmilehub.hub.soap.generated.FaultCode;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Marks a typed fault as the sender's (soap:Client, or env:Sender in SOAP 1.2) unless the hub could not process the
 * call now: sent again unchanged, a refused request is refused again, while an UNAVAILABLE one may succeed later.
 */
final class SenderFaultCodes extends AbstractPhaseInterceptor<Message> {

    SenderFaultCodes() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault
                && fault.getCause() instanceof DeliveryServiceFault typed
                && typed.getFaultInfo() != null
                && typed.getFaultInfo().getCode() != FaultCode.UNAVAILABLE) {
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }
}
