package io.lastmilehub.hub.messagelog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The message log (docs/message-log.md).
 *
 * @param enabled   whether every message in and out is logged with its business keys; off, nothing is logged and the
 *                  search and timeline show only what other tables keep (status events, POD, notifications)
 * @param retention how long a logged message's payload is kept; the entry and its keys stay
 */
@ConfigurationProperties("lastmile.message-log")
public record MessageLogProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30d") Duration retention) {
}
