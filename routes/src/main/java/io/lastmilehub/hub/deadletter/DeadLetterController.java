package io.lastmilehub.hub.deadletter;

import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The caller's dead letters: list, look at, replay. */
@RestController
@RequestMapping("/api/v1/dead-letters")
public class DeadLetterController {

    private final DeadLetterRepository repository;
    private final DeadLetterReplayer replayer;

    public DeadLetterController(DeadLetterRepository repository, DeadLetterReplayer replayer) {
        this.repository = repository;
        this.replayer = replayer;
    }

    @GetMapping
    public List<DeadLetterView> list(@RequestParam(defaultValue = "100") int limit, Authentication caller) {
        return repository.findByTenantOrderByCreatedAtDesc(caller.getName(),
                PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).stream().map(DeadLetterView::of).toList();
    }

    @GetMapping("/{id}")
    public DeadLetterView get(@PathVariable String id, Authentication caller) {
        return DeadLetterView.of(find(id, caller));
    }

    /** The original payload, byte for byte. */
    @GetMapping(path = "/{id}/payload", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    public byte[] payload(@PathVariable String id, Authentication caller) {
        return find(id, caller).getPayload();
    }

    @PostMapping("/{id}/replay")
    public DeadLetterView replay(@PathVariable String id, Authentication caller) {
        return replayer.replay(find(id, caller));
    }

    private DeadLetterEntity find(String id, Authentication caller) {
        return repository.findByIdAndTenant(id, caller.getName())
                .orElseThrow(() -> new NotFoundException("dead letter", id));
    }
}
