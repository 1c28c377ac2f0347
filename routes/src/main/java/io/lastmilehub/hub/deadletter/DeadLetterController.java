package io.lastmilehub.hub.deadletter;

import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.hub.web.RawBody;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The caller's dead letters: list (filtered by source, reason, age and state), look at, replay one or many, edit and
 * replay, discard with a reason.
 */
@RestController
@RequestMapping("/api/v1/dead-letters")
public class DeadLetterController {

    private final DeadLetterActions actions;

    public DeadLetterController(DeadLetterActions actions) {
        this.actions = actions;
    }

    /**
     * Newest first. By default the open ones only ({@code state=open}); {@code replayed}, {@code discarded} or
     * {@code all} for the others. {@code olderThan} and {@code newerThan} take ages like {@code 2h} or {@code 7d}.
     */
    @GetMapping
    public List<DeadLetterView> list(@RequestParam(required = false) String source,
                                     @RequestParam(required = false) String reason,
                                     @RequestParam(required = false) String olderThan,
                                     @RequestParam(required = false) String newerThan,
                                     @RequestParam(required = false) String state,
                                     @RequestParam(defaultValue = "100") int limit, Authentication caller) {
        DeadLetterFilter filter = DeadLetterFilter.parse(source, reason, olderThan, newerThan, state, limit);
        return actions.list(caller.getName(), filter).stream().map(DeadLetterView::of).toList();
    }

    @GetMapping("/{id}")
    public DeadLetterView get(@PathVariable String id, Authentication caller) {
        return DeadLetterView.of(actions.find(caller.getName(), id));
    }

    /** The original payload, byte for byte. */
    @GetMapping(path = "/{id}/payload", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    public byte[] payload(@PathVariable String id, Authentication caller) {
        return actions.find(caller.getName(), id).getPayload();
    }

    /** The payload as a person edited it, kept beside the original; 404 when nobody did. */
    @GetMapping(path = "/{id}/edited-payload", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    public byte[] editedPayload(@PathVariable String id, Authentication caller) {
        byte[] edited = actions.find(caller.getName(), id).getEditedPayload();
        if (edited == null) {
            throw new NotFoundException("edited payload of dead letter", id);
        }
        return edited;
    }

    /** Sends the payload (the edited one, if any) to the route that failed; the answer carries the outcome. */
    @PostMapping("/{id}/replay")
    public DeadLetterView replay(@PathVariable String id, Authentication caller) {
        return actions.replay(caller.getName(), id);
    }

    /** Replays several, in the order given: {@code {"ids": ["dl-…", …]}}, at most 100. */
    @PostMapping("/replay")
    public List<DeadLetterView> replayMany(@RequestBody ReplayCommand command, Authentication caller) {
        return actions.replay(caller.getName(), command.ids());
    }

    /**
     * The request body is the edited payload, as is: kept beside the original with the caller and the time, then
     * replayed.
     */
    @PostMapping("/{id}/edit-and-replay")
    public DeadLetterView editAndReplay(@PathVariable String id, RawBody edited, Authentication caller) {
        return actions.editAndReplay(caller.getName(), id, edited.bytes(), caller.getName());
    }

    /** Sets it aside for good: {@code {"reason": "…"}}, the reason mandatory; kept with who and when. */
    @PostMapping("/{id}/discard")
    public DeadLetterView discard(@PathVariable String id, @RequestBody DiscardCommand command,
                                  Authentication caller) {
        return actions.discard(caller.getName(), id, command.reason(), caller.getName());
    }

    /** The dead letters to replay. */
    public record ReplayCommand(List<String> ids) {
    }

    /** Why a dead letter is discarded. */
    public record DiscardCommand(String reason) {
    }
}
