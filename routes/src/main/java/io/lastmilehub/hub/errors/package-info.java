/**
 * The errors every feature may raise and the web layer renders in the hub's format: a refused message
 * ({@link io.lastmilehub.hub.errors.InvalidMessageException}) and the fields it names
 * ({@link io.lastmilehub.hub.errors.Violation}); a failure no retry can help
 * ({@link io.lastmilehub.hub.errors.PermanentFailureException}). It depends on no other package of the hub.
 */
package io.lastmilehub.hub.errors;
