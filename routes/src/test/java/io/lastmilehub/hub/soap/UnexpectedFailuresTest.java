package io.lastmilehub.hub.soap;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;

import static org.assertj.core.api.Assertions.assertThat;

class UnexpectedFailuresTest {

    @Test
    void whenTheHubItselfFailed_theFaultSaysSoWithoutJavaNames() {
        Fault fault = new Fault(new NullPointerException("Cannot invoke \"String.length()\" because \"name\" is null"));

        handle(fault);

        assertThat(fault.getMessage()).isEqualTo(UnexpectedFailures.MESSAGE);
    }

    @Test
    void whenTheRequestsXmlIsWrong_theFaultKeepsItsReason() {
        Fault fault = new Fault(new SoapFault("Unexpected character 't' in prolog",
                Fault.FAULT_CODE_CLIENT));
        Fault notXml = new Fault(new XMLStreamException("Unexpected character 't' in prolog"));

        handle(fault);
        handle(notXml);

        assertThat(fault.getMessage()).contains("Unexpected character");
        assertThat(notXml.getMessage()).contains("Unexpected character");
    }

    private static void handle(Fault fault) {
        Message message = new MessageImpl();
        message.setContent(Exception.class, fault);
        new UnexpectedFailures().handleMessage(message);
    }
}
