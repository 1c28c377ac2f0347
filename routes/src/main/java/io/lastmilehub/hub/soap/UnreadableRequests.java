package io.lastmilehub.hub.soap;

import io.lastmilehub.hub.soap.generated.DeliveryFault;
import io.lastmilehub.hub.soap.generated.DeliveryServiceFault;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;

/**
 * Gives the fault for a request body that cannot be read into the model (an unknown element, {@code abc} where a
 * number belongs) the same typed detail as any other refused request: INVALID_MESSAGE, naming the element where
 * reading stopped. A malformed envelope keeps CXF's plain client fault.
 */
final class UnreadableRequests extends AbstractPhaseInterceptor<Message> {

    private static final QName DETAIL = new QName(SoapEndpoints.NAMESPACE, "deliveryFault");
    private static final String CXF_PREFIX = "Unmarshalling Error: ";
    private static final JAXBContext CONTEXT = newContext();

    UnreadableRequests() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault && fault.getCause() instanceof UnmarshalException
                && !fault.hasDetails()) {
            String reason = fault.getMessage().replace(CXF_PREFIX, "").strip();
            DeliveryServiceFault typed = SoapFaults.unreadable(elementWhereReadingStopped(message), reason);
            try {
                CONTEXT.createMarshaller().marshal(new JAXBElement<>(DETAIL, DeliveryFault.class,
                        typed.getFaultInfo()), fault.getOrCreateDetail());
            } catch (JAXBException e) {
                throw new IllegalStateException("The fault detail type always marshals", e);
            }
        }
    }

    private static String elementWhereReadingStopped(Message message) {
        XMLStreamReader reader = message.getExchange().getInMessage() == null ? null
                : message.getExchange().getInMessage().getContent(XMLStreamReader.class);
        return reader != null && (reader.isStartElement() || reader.isEndElement()) ? reader.getLocalName() : "Body";
    }

    private static JAXBContext newContext() {
        try {
            return JAXBContext.newInstance(DeliveryFault.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
