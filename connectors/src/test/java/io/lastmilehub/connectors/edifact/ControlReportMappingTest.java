package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.DocumentReceipt;
import io.lastmilehub.connectors.spi.DocumentReceipt.Status;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * CONTRL (UN/EDIFACT syntax service report, ISO 9735) from a partner answering an interchange of IFTSTA we sent
 * (UNB 0020 4711, messages 1 and 2).
 */
class ControlReportMappingTest extends InboundMapperTestBase {

    private static final String UNB = "UNA:+.? 'UNB+UNOC:3+5790000110018:14+LASTMILEHUB:ZZ+261204:1010+880'"
            + "UNH+1+CONTRL:D:3:UN'";
    private static final String TRAILER = "UNZ+1+880'";

    @Override
    protected InboundMapper mapper() {
        return new EdifactInboundMapper();
    }

    @Test
    void anInterchangeAcknowledgedWithOneMessageRejected_givesTheInterchangeAndTheMessage() {
        MappedMessage mapped = map(UNB + "UCI+4711+LASTMILEHUB:ZZ+5790000110018:14+7'"
                + "UCM+2+IFTSTA:D:01B:UN+4'UCS+5+12'UCD+12+3:1'UNT+6+1'" + TRAILER);

        assertThat(mapped.receipts()).extracting(DocumentReceipt::interchange, DocumentReceipt::type,
                DocumentReceipt::control, DocumentReceipt::status, DocumentReceipt::detail).containsExactly(
                tuple("4711", null, null, Status.ACCEPTED, ""),
                tuple("4711", "IFTSTA", "2", Status.REJECTED, "UCS segment 5: 12; UCD element 3: 12"));
    }

    @Test
    void anInterchangeOnlyReceived_isMarkedReceived() {
        MappedMessage mapped = map(UNB + "UCI+4711+LASTMILEHUB:ZZ+5790000110018:14+8'UNT+3+1'" + TRAILER);

        assertThat(mapped.receipts()).extracting(DocumentReceipt::status).containsExactly(Status.RECEIVED);
    }

    @Test
    void anUnknownActionCode_isRefusedNamingTheElement() {
        MappingException failure = catchThrowableOfType(MappingException.class, () -> map(UNB
                + "UCI+4711+LASTMILEHUB:ZZ+5790000110018:14+9'UNT+3+1'" + TRAILER));

        assertThat(failure.getField()).isEqualTo("UCI/0083");
    }
}
