package io.lastmilehub.hub.inbound.jobs;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The caller's inbound jobs: messages answered 202 before they were taken in, and what became of them. */
@RestController
class InboundJobController {

    private static final int MAX_LIMIT = 500;

    private final InboundJobRepository jobs;
    private final InboundJobViews views;

    InboundJobController(InboundJobRepository jobs, InboundJobViews views) {
        this.jobs = jobs;
        this.views = views;
    }

    /** One job, with its result (the stored message and its orders) once DONE. */
    @GetMapping("/api/v1/inbound/jobs/{id}")
    InboundJobView job(@PathVariable String id, Authentication caller) {
        return jobs.findByIdAndTenant(id, caller.getName()).map(job -> views.of(job, true))
                .orElseThrow(() -> new NotFoundException("inbound job", id));
    }

    /** The latest jobs first, without their results. */
    @GetMapping("/api/v1/inbound/jobs")
    List<InboundJobView> jobs(@RequestParam(defaultValue = "50") int limit, Authentication caller) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidMessageException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return jobs.findByTenantOrderByReceivedAtDesc(caller.getName(), PageRequest.ofSize(limit)).stream()
                .map(job -> views.of(job, false)).toList();
    }
}
