package io.lastmilehub.hub.inbound.api;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.inbound.DryRun;
import io.lastmilehub.hub.inbound.InboundGateway;
import io.lastmilehub.hub.inbound.jobs.InboundJobView;
import io.lastmilehub.hub.inbound.jobs.InboundJobs;
import io.lastmilehub.hub.web.ApiError;
import io.lastmilehub.hub.web.Outages;
import io.lastmilehub.hub.web.RawBody;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/v1/inbound/{format}}: the raw message as the source system sends it, whatever its Content-Type
 * (curl's default form type included). 202 once it is stored and
 * enqueued, 400 naming what is wrong (the message is then in the dead-letter store), 503 when the hub could not
 * take it now. A large message, or one sent with {@code Prefer: respond-async}, is answered 202 with a job as soon as
 * it is stored as one ({@link InboundJobs}); the job tells its outcome.
 */
@RestController
public class InboundController {

    private static final String PREFER = "Prefer";
    private static final String PREFERENCE_APPLIED = "Preference-Applied";

    private final InboundGateway gateway;
    private final InboundJobs jobs;
    private final DryRun dryRun;

    public InboundController(InboundGateway gateway, InboundJobs jobs, DryRun dryRun) {
        this.gateway = gateway;
        this.jobs = jobs;
        this.dryRun = dryRun;
    }

    /** With {@code dryRun=true}: 200 and what the hub would make of the message; nothing stored or sent. */
    @PostMapping(path = "/api/v1/inbound/{format}")
    public ResponseEntity<Object> receive(@PathVariable String format, RawBody body,
                                          @RequestHeader HttpHeaders httpHeaders,
                                          @RequestParam(defaultValue = "false") boolean dryRun,
                                          Authentication caller) {
        if (dryRun) {
            return ResponseEntity.ok(this.dryRun.check(caller.getName(), format, body.bytes(),
                    transportHeaders(httpHeaders)));
        }
        if (jobs.wanted(body.bytes().length, httpHeaders.getFirst(PREFER))) {
            Optional<InboundJobView> job = jobs.submit(caller.getName(), format, body.bytes(),
                    transportHeaders(httpHeaders));
            if (job.isPresent()) {
                return ResponseEntity.accepted().location(URI.create(job.get().href()))
                        .header(PREFERENCE_APPLIED, "respond-async").body(job.get());
            }
        }
        InboundGateway.Outcome outcome = gateway.send(caller.getName(), format, body.bytes(),
                transportHeaders(httpHeaders));
        if (outcome.failure() instanceof InvalidMessageException invalid) {
            return ResponseEntity.badRequest().body(ApiError.invalid(invalid, outcome.deadLetter()));
        }
        if (outcome.failure() != null) {
            return Outages.answer(outcome.deadLetter());
        }
        return ResponseEntity.accepted().body(outcome.accepted());
    }

    /** HTTP headers a mapper may use (content type, the sender's message id); credentials never pass. */
    private static Map<String, Object> transportHeaders(HttpHeaders httpHeaders) {
        Map<String, Object> kept = new HashMap<>();
        httpHeaders.forEach((name, values) -> kept.put(name, String.join(",", values)));
        return kept;
    }
}
