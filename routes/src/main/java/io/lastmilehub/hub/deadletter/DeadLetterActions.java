package io.lastmilehub.hub.deadletter;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a person does with a tenant's dead letters, for the API and the console alike: list, look at, replay (one or
 * many), edit and replay, discard. Every action names the caller, and a dead letter of another tenant does not exist.
 */
@Service
public class DeadLetterActions {

    /** The most a single replay of many takes. */
    public static final int MAX_BATCH = 100;
    /** The longest reason a discard keeps. */
    static final int MAX_REASON = 2000;

    private final DeadLetterRepository repository;
    private final DeadLetterReplayer replayer;
    private final Clock clock;

    public DeadLetterActions(DeadLetterRepository repository, DeadLetterReplayer replayer, Clock clock) {
        this.repository = repository;
        this.replayer = replayer;
        this.clock = clock;
    }

    public List<DeadLetterEntity> list(String tenant, DeadLetterFilter filter) {
        return repository.findAll(filter.of(tenant, clock.instant()),
                PageRequest.of(0, filter.limit(), Sort.by(Sort.Direction.DESC, "createdAt"))).getContent();
    }

    public DeadLetterEntity find(String tenant, String id) {
        return repository.findByIdAndTenant(id, tenant).orElseThrow(() -> new NotFoundException("dead letter", id));
    }

    public DeadLetterView replay(String tenant, String id) {
        return replayer.replay(open(find(tenant, id)));
    }

    /** Replays each in the order given; none when one of them is unknown or discarded. */
    public List<DeadLetterView> replay(String tenant, List<String> ids) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_BATCH) {
            throw new InvalidMessageException("ids", "must name 1 to " + MAX_BATCH + " dead letters");
        }
        List<DeadLetterEntity> letters = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            letters.add(open(find(tenant, id)));
        }
        return letters.stream().map(replayer::replay).toList();
    }

    /** Keeps the edited payload beside the original, with who edited it and when, and replays the edited one. */
    public DeadLetterView editAndReplay(String tenant, String id, byte[] edited, String editor) {
        if (edited == null || edited.length == 0) {
            throw new InvalidMessageException("body", "the edited payload must not be empty");
        }
        DeadLetterEntity letter = open(find(tenant, id));
        letter.edit(edited, editor, clock.instant());
        return replayer.replay(repository.save(letter));
    }

    /** Sets a dead letter aside for good, with the reason, who and when; it leaves the default list. */
    public DeadLetterView discard(String tenant, String id, String reason, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidMessageException("reason", "a discard needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidMessageException("reason", "must be at most " + MAX_REASON + " characters");
        }
        DeadLetterEntity letter = find(tenant, id);
        if (letter.getState() != DeadLetterState.OPEN) {
            throw new ConflictException("dead letter " + id + " is " + stateName(letter) + ", not open");
        }
        letter.discard(reason.trim(), by, clock.instant());
        return DeadLetterView.of(repository.save(letter));
    }

    private static DeadLetterEntity open(DeadLetterEntity letter) {
        if (letter.getState() == DeadLetterState.DISCARDED) {
            throw new ConflictException("dead letter " + letter.getId() + " was discarded and cannot be replayed");
        }
        return letter;
    }

    private static String stateName(DeadLetterEntity letter) {
        return letter.getState().name().toLowerCase(Locale.ROOT);
    }
}
