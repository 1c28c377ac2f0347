package io.lastmilehub.hub.web;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.function.Supplier;

/**
 * Runs a request's transactional work again when another transaction changed the same order first (an optimistic-lock
 * conflict), e.g. a proof of delivery arriving while the intake stage or the tracking updates the order. Each attempt
 * must be its own transaction (a call through a {@code @Transactional} bean); after the last, the conflict goes to
 * the client as 409.
 */
public final class ConflictRetry {

    private static final int ATTEMPTS = 3;

    private ConflictRetry() {
    }

    public static <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
