package io.lastmilehub.hub.acknowledgement;

import io.lastmilehub.hub.camel.HubErrorHandling;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * What the sender of an inbound message hears back on its own channel, beyond the HTTP answer: the outcome of every
 * inbound message (accepted by the inbound route, refused by {@link HubErrorHandling}) comes here. For an EDI partner
 * a 997/CONTRL and 990s, queued for its transport route (other formats pass); for SAP, an ALEAUD audit IDoc, queued
 * for the sap-idoc-outbound route template ({@link InboundAnswers}). Each is logged in the message log. Its own
 * package, as it serves both EDI and SAP. The answer is made after the HTTP answer (a wire tap); what a kill in
 * between left unanswered, {@link InboundAnswerSweeper} answers.
 */
@Component
public class AcknowledgementRoutes extends RouteBuilder {

    private final InboundAnswers answers;

    public AcknowledgementRoutes(InboundAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void configure() {
        from(HubErrorHandling.OUTCOME).routeId("inbound-acknowledgement").routeConfigurationId(HubErrorHandling.ID)
                .bean(answers, "answer");
    }
}
