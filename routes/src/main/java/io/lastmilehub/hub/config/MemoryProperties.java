package io.lastmilehub.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much memory the hub holds on to, under {@code lastmile.memory.*} (docs/performance.md). The heap's maximum is
 * not among them: only the JVM's command line ({@code -Xmx}) or {@code JAVA_TOOL_OPTIONS} can set it.
 *
 * @param brokerMaxSize     messages the embedded broker keeps in memory, all addresses together; beyond this it pages
 *                          them to its journal directory. Artemis' own default is half the heap's maximum.
 * @param returnIdleHeap    whether the hub, once ready, collects its start-up garbage once and, when no heap limits
 *                          were given to the JVM, lets the heap give free memory back to the operating system
 */
@ConfigurationProperties("lastmile.memory")
public record MemoryProperties(@DefaultValue("64MB") DataSize brokerMaxSize,
                               @DefaultValue("true") boolean returnIdleHeap) {
}
