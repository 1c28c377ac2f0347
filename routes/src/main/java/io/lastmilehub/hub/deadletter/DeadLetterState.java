package io.lastmilehub.hub.deadletter;

/** Where a dead letter stands: the default list shows the open ones. */
public enum DeadLetterState {
    /** Not yet delivered: never replayed, or every replay failed. */
    OPEN,
    /** A replay delivered it. */
    REPLAYED,
    /** Set aside by a person, with a reason. */
    DISCARDED
}
