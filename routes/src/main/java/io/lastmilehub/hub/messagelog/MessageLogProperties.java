package io.lastmilehub.hub.messagelog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The message log (docs/message-log.md).
 *
 * @param enabled   whether every message in and out is logged with its business keys; off, nothing is logged, the
 *                  search finds nothing and the timeline shows only what other tables keep (mapping, status events,
 *                  ETA, POD)
 * @param retention how long a logged message's payload is kept; the entry and its keys stay
 */
@ConfigurationProperties("lastmile.message-log")
public record MessageLogProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30d") Duration retention) {
}
