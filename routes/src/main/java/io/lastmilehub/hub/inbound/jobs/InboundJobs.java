package io.lastmilehub.hub.inbound.jobs;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.inbound.InboundGateway;
import io.lastmilehub.hub.inbound.InboundMessageRepository;
import io.lastmilehub.hub.inbound.PayloadDigests;
import io.lastmilehub.hub.inbound.TenantMappers;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.messaging.PlainHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a message as a job: stored with its transport headers and put on {@code lastmile.inbound.jobs} in one database
 * transaction (the broker commits after the database; {@link InboundJobSweeper} sends again what a crash left), so
 * that its 202 can come at once and it is taken in afterwards by {@link InboundJobRunner}. A message gets a job when it
 * is larger than {@code lastmile.inbound.job-above}, or when its sender asks for one ({@code Prefer: respond-async},
 * RFC 7240).
 */
@Component
public class InboundJobs {

    private final InboundJobRepository jobs;
    private final InboundJobPayloadRepository payloads;
    private final InboundMessageRepository messages;
    private final TenantMappers mappers;
    private final EventPublisher publisher;
    private final InboundJobViews views;
    private final HubProperties properties;
    private final Clock clock;

    InboundJobs(InboundJobRepository jobs, InboundJobPayloadRepository payloads, InboundMessageRepository messages,
                TenantMappers mappers, EventPublisher publisher, InboundJobViews views, HubProperties properties,
                Clock clock) {
        this.jobs = jobs;
        this.payloads = payloads;
        this.messages = messages;
        this.mappers = mappers;
        this.publisher = publisher;
        this.views = views;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether a message of this size, with the sender's {@code Prefer} header (or null), is taken as a job. */
    public boolean wanted(int bytes, String prefer) {
        return bytes > properties.inbound().jobAbove().toBytes() || asksForAsync(prefer);
    }

    /** Whether a {@code Prefer} header holds the preference {@code respond-async}. */
    public static boolean asksForAsync(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.split(";")[0].trim().toLowerCase(Locale.ROOT).equals("respond-async")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The job taking the message in: a new one, or the one still taking in the same bytes. Empty when the message is
     * to be answered at once instead: its bytes were stored before (the answer is the earlier one), or its format is
     * unknown to the tenant (the refusal names the known ones).
     *
     * @param headers the transport headers; those that look like credentials are not kept
     */
    @Transactional
    public Optional<InboundJobView> submit(String tenant, String format, byte[] payload, Map<String, Object> headers) {
        if (mappers.find(tenant, format).isEmpty()) {
            return Optional.empty();
        }
        String sha256 = PayloadDigests.sha256(payload);
        if (messages.findByTenantAndPayloadSha256(tenant, sha256).isPresent()) {
            return Optional.empty();
        }
        InboundJobEntity job = jobs.findFirstByTenantAndPayloadSha256AndStateIn(tenant, sha256,
                EnumSet.of(InboundJobEntity.State.QUEUED, InboundJobEntity.State.RUNNING)).orElseGet(() -> {
                    Map<String, Object> kept = new HashMap<>(headers);
                    kept.putAll(InboundGateway.senderHeaders());
                    InboundJobEntity created = jobs.save(new InboundJobEntity("job-" + UUID.randomUUID(), tenant,
                            format, payload.length, sha256, views.write(PlainHeaders.of(kept)), clock.instant()));
                    payloads.save(new InboundJobPayloadEntity(created.getId(), payload));
                    publisher.inboundJob(tenant, created.getId());
                    return created;
                });
        return Optional.of(views.of(job, false));
    }
}
