package io.lastmilehub.hub.camel;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.errors.PermanentFailureException;
import io.lastmilehub.hub.messagelog.OutboundOutcomes;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.springframework.stereotype.Component;

/**
 * The one error-handling configuration every route uses (Java or YAML: {@code routeConfigurationId: hub-errors}).
 * A refused message goes straight to the dead-letter store (and its sender is told, see {@link #OUTCOME}); so does a
 * {@link PermanentFailureException} (nobody to tell); any other failure is redelivered with exponential back-off
 * first. Either way the original body is kept, with the headers as they were at the failure (tenant and format
 * included). An outbound message's log entry shows each redelivery as RETRIED.
 */
@Component
public class HubErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "hub-errors";
    /** Where the outcome of every inbound message (accepted or refused) goes, for the sender's acknowledgement. */
    public static final String OUTCOME = "direct:inbound-outcome";
    /** The exchange property of an outcome that holds why its message was refused; absent: it was accepted. */
    static final String REFUSAL_PROPERTY = "lastmile.refusal";
    private static final String DEAD_LETTER_STORE = "bean:deadLetterStore?method=record";

    private final HubProperties.Redelivery redelivery;
    private final OutboundOutcomes outcomes;

    public HubErrorHandling(HubProperties properties, OutboundOutcomes outcomes) {
        this.redelivery = properties.redelivery();
        this.outcomes = outcomes;
    }

    @Override
    public void configuration() {
        RouteConfigurationDefinition configuration = routeConfiguration(ID);
        configuration.errorHandler(deadLetterChannel(DEAD_LETTER_STORE)
                .useOriginalBody()
                .maximumRedeliveries(redelivery.maxAttempts())
                .redeliveryDelay(redelivery.initialDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(redelivery.multiplier())
                .maximumRedeliveryDelay(redelivery.maxDelay().toMillis())
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .onRedelivery(outcomes::retried));
        configuration.onException(InvalidMessageException.class)
                .handled(true)
                .maximumRedeliveries(0)
                .useOriginalBody()
                .to(DEAD_LETTER_STORE)
                .setProperty(REFUSAL_PROPERTY, exchangeProperty(Exchange.EXCEPTION_CAUGHT))
                .wireTap(OUTCOME);
        configuration.onException(PermanentFailureException.class)
                .handled(true)
                .maximumRedeliveries(0)
                .useOriginalBody()
                .to(DEAD_LETTER_STORE);
    }

    /**
     * Why the inbound message of an {@link #OUTCOME} was refused, or null when it was accepted. Not Camel's
     * {@code EXCEPTION_CAUGHT}: a redelivery that succeeded leaves that set (a transient failure of the inbound step,
     * or of the answer's own first attempt), and an accepted message would be answered as refused.
     */
    public static Throwable refusalOf(Exchange outcome) {
        return outcome.getProperty(REFUSAL_PROPERTY, Throwable.class);
    }
}
