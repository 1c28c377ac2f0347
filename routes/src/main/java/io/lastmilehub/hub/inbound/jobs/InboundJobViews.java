package io.lastmilehub.hub.inbound.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.web.ApiError;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Turns a stored job into what the API shows, and outcomes into what a job stores (JSON). */
@Component
class InboundJobViews {

    private final ObjectMapper json;

    InboundJobViews(ObjectMapper json) {
        this.json = json;
    }

    /** @param withResult whether to show the result (the order ids), or only the stored message's id */
    InboundJobView of(InboundJobEntity job, boolean withResult) {
        return new InboundJobView(job.getId(), InboundJobView.href(job.getId()), job.getState(), job.getFormat(),
                job.getPayloadBytes(), job.getAttempts(), job.getReceivedAt(), job.getStartedAt(), job.getFinishedAt(),
                new InboundJobView.Progress(job.getOrdersTotal(), job.getOrdersStored()), job.getMessageId(),
                withResult ? read(job.getResult(), AcceptedMessage.class) : null, read(job.getError(), ApiError.class));
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The transport headers a job keeps. */
    Map<String, String> headers(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's stored headers are not readable", e);
        }
    }

    <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is not readable", e);
        }
    }
}
