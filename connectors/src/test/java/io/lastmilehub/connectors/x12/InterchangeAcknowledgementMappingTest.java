package io.lastmilehub.connectors.x12;

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
 * TA1 interchange acknowledgements from a partner, answering interchanges we sent, built as X12 004010 defines them:
 * an interchange with no functional group, TA1*ISA13*date*time*A/E/R*note code.
 */
class InterchangeAcknowledgementMappingTest extends InboundMapperTestBase {

    private static final String ISA = "ISA*00*          *00*          *ZZ*PARTNER        *ZZ*LASTMILEHUB    *261204*"
            + "1010*U*00401*000000321*0*P*:~";

    @Override
    protected InboundMapper mapper() {
        return new X12InboundMapper();
    }

    @Test
    void aTa1AcceptingOurInterchange_givesAReceiptForThatInterchange() {
        MappedMessage mapped = map(ISA + "TA1*000000017*261203*1530*A*000~IEA*0*000000321~");

        assertThat(mapped.orders()).isEmpty();
        assertThat(mapped.receipts()).extracting(DocumentReceipt::interchange, DocumentReceipt::group,
                DocumentReceipt::control, DocumentReceipt::status, DocumentReceipt::detail)
                .containsExactly(tuple("000000017", null, null, Status.ACCEPTED, ""));
    }

    @Test
    void twoTa1sRejectingAndNotingErrors_giveOneReceiptEachWithTheNoteCode() {
        MappedMessage mapped = map(ISA + "TA1*000000018*261203*1530*R*006~TA1*000000019*261203*1531*E*020~"
                + "IEA*0*000000321~");

        assertThat(mapped.receipts()).extracting(DocumentReceipt::interchange, DocumentReceipt::status,
                DocumentReceipt::detail).containsExactly(tuple("000000018", Status.REJECTED, "TA1 006"),
                tuple("000000019", Status.ACCEPTED_WITH_ERRORS, "TA1 020"));
    }

    @Test
    void aTa1WithACodeOutsideTheStandard_isRefusedNamingTa104() {
        MappingException failure = catchThrowableOfType(MappingException.class,
                () -> map(ISA + "TA1*000000017*261203*1530*Q*000~IEA*0*000000321~"));

        assertThat(failure.getField()).isEqualTo("TA1-04");
    }
}
