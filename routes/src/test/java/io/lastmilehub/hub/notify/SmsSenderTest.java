package io.lastmilehub.hub.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.HubProperties;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSenderTest {

    @Test
    void whenTheTextHasQuotesAndLineBreaks_theBodyShouldStillBeTheJsonTheTemplateDescribes() throws Exception {
        HubProperties.Sms sms = new HubProperties.Sms(URI.create("https://sms.example.com/send"), null, "Shop",
                "{\"sender\":\"{{from}}\",\"recipients\":[\"{{to}}\"],\"message\":\"{{text}}\"}",
                Duration.ofSeconds(5));
        OutboundNotification notification = new OutboundNotification("ntf-1", "demo", "ord-1", "evt-1",
                NotificationKind.DELIVERED, Channel.SMS, "+4917012345", null, "Say \"hi\" \\ bye\nline\u0001");

        JsonNode body = new ObjectMapper().readTree(SmsSender.body(sms, notification));

        assertThat(body.path("sender").asText()).isEqualTo("Shop");
        assertThat(body.path("recipients").get(0).asText()).isEqualTo("+4917012345");
        assertThat(body.path("message").asText()).isEqualTo("Say \"hi\" \\ bye\nline\u0001");
    }
}
