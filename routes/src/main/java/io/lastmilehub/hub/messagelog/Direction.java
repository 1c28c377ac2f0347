package io.lastmilehub.hub.messagelog;

/** Whether the hub received a logged message or sent it. */
public enum Direction {
    IN,
    OUT
}
