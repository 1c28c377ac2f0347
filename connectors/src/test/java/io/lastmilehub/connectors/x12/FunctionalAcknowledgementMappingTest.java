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
 * 997 and 999 from a partner, answering groups we sent; built as X12 005010X231A1 (999) and 004010 (997) define
 * them, the partner answering our 214s (GS06 7, ST02 0012 and 0013).
 */
class FunctionalAcknowledgementMappingTest extends InboundMapperTestBase {

    private static final String ISA = "ISA*00*          *00*          *ZZ*PARTNER        *ZZ*LASTMILEHUB    *261204*"
            + "1010*^*00501*000000321*0*P*:~GS*FA*PARTNER*LASTMILEHUB*20261204*1010*321*X*005010X231A1~";
    private static final String TRAILER = "GE*1*321~IEA*1*000000321~";

    @Override
    protected InboundMapper mapper() {
        return new X12InboundMapper();
    }

    @Test
    void a999WithAnAcceptedAndARejectedSet_givesTheGroupAndEachSetWithTheErrorCodes() {
        MappedMessage mapped = map(ISA + "ST*999*0001*005010X231A1~AK1*QM*7*004010~"
                + "AK2*214*0012~IK5*A~"
                + "AK2*214*0013~IK3*AT7*5**8~IK4*1*1650*7*X6~IK5*R*5~"
                + "AK9*P*2*2*1~SE*9*0001~" + TRAILER);

        assertThat(mapped.orders()).isEmpty();
        assertThat(mapped.receipts()).extracting(DocumentReceipt::group, DocumentReceipt::type,
                DocumentReceipt::control, DocumentReceipt::status, DocumentReceipt::detail).containsExactly(
                tuple("7", null, null, Status.ACCEPTED, ""),
                tuple("7", "214", "0012", Status.ACCEPTED, ""),
                tuple("7", "214", "0013", Status.REJECTED, "IK3 AT7 at 5: 8; IK4 element 1: 7; IK5 5"));
    }

    @Test
    void a997ListingNoSet_answersForTheWholeGroup() {
        MappedMessage mapped = map(ISA.replace("005010X231A1", "004010").replace("00501", "00401")
                + "ST*997*0001~AK1*QM*7~AK9*A*2*2*2~SE*4*0001~" + TRAILER);

        assertThat(mapped.receipts()).extracting(DocumentReceipt::group, DocumentReceipt::control,
                DocumentReceipt::status).containsExactly(tuple("7", null, Status.ACCEPTED));
    }

    @Test
    void anAcknowledgementCodeOutsideTheStandard_isRefusedNamingTheElement() {
        MappingException failure = catchThrowableOfType(MappingException.class, () -> map(ISA
                + "ST*999*0001*005010X231A1~AK1*QM*7*004010~AK2*214*0012~IK5*Q~AK9*A*1*1*1~SE*6*0001~" + TRAILER));

        assertThat(failure.getField()).isEqualTo("IK5-01");
        assertThat(failure.getReason()).startsWith("'Q' is not an acknowledgement code");
    }

    @Test
    void aBadValueTheErrorQuotes_isNotEchoed() {
        MappedMessage mapped = map(ISA + "ST*999*0001*005010X231A1~AK1*QM*7*004010~"
                + "AK2*214*0013~IK3*AT7*5**8~IK4*1*1650*7*SECRETVALUE~IK5*R*5~AK9*R*1*1*0~SE*8*0001~" + TRAILER);

        assertThat(mapped.receipts()).allSatisfy(r -> assertThat(r.detail()).doesNotContain("SECRETVALUE"));
    }
}
