package io.lastmilehub.hub.messaging;

import io.lastmilehub.hub.config.InvalidSettingException;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.DivertConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.ComponentConfigurationRoutingType;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Each tenant's own addresses on the broker, the only ones its broker users may use:
 * <ul>
 *   <li>copies of the hub's event topics, {@code lastmile.tenant.<tenant>.status} and so on: a divert on each topic
 *   forwards the tenant's messages (header {@link Addresses#TENANT_HEADER}) to them, in the same transaction; the
 *   tenant's users may subscribe, read and browse there. The hub's own subscriptions stay on the shared topics.</li>
 *   <li>inboxes, {@code lastmile.tenant.<tenant>.in.<name>}: queues a {@code jms-inbox} route of the tenant takes
 *   messages from; the tenant's users may only send there.</li>
 * </ul>
 */
public final class TenantAddresses {

    /** The prefix of every tenant's addresses. */
    public static final String PREFIX = "lastmile.tenant.";
    /** The word after the tenant that makes an address one of its inboxes. */
    public static final String INBOX = "in";

    /** Each shared topic and the name of its per-tenant copy. */
    private static final Map<String, String> COPIED = Map.of(Addresses.STATUS, "status", Addresses.COST, "cost",
            Addresses.ETA, "eta", Addresses.POSITIONS, "positions");
    /** A tenant id is a word of an address and a quoted literal in a filter. */
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private TenantAddresses() {
    }

    /** The tenant's copy of a shared topic, e.g. {@code lastmile.tenant.demo.status} of {@code lastmile.status}. */
    public static String of(String tenant, String topic) {
        return PREFIX + tenant + "." + COPIED.get(topic);
    }

    /** The broker role of a tenant's users. */
    public static String role(String tenant) {
        return "tenant-" + tenant;
    }

    /** Declares every tenant's addresses, their diverts and who may read them. */
    public static void declare(Configuration broker, Collection<String> tenants) {
        for (String tenant : tenants) {
            if (!TENANT.matcher(tenant).matches()) {
                throw new InvalidSettingException("lastmile.tenants", tenant,
                        "a tenant id is 1 to 64 letters, digits, '-' or '_' (it names the tenant's broker addresses)");
            }
            COPIED.keySet().forEach(topic -> copy(broker, tenant, topic));
            // Subscribe (a queue of its own on an address, durable or not), read and browse; never send or manage.
            broker.putSecurityRoles(PREFIX + tenant + ".#", Set.of(new Role(role(tenant), false, true, true, true,
                    true, true, false, true, false, false)));
            // The more specific match wins: inboxes are for sending only (the hub consumes them).
            broker.putSecurityRoles(PREFIX + tenant + "." + INBOX + ".#", Set.of(new Role(role(tenant), true, false,
                    false, false, false, false, false, false, false, false)));
        }
    }

    private static void copy(Configuration broker, String tenant, String topic) {
        String address = of(tenant, topic);
        broker.addAddressConfiguration(new CoreAddressConfiguration().setName(address)
                .addRoutingType(RoutingType.MULTICAST));
        broker.addDivertConfiguration(new DivertConfiguration().setName(address).setAddress(topic)
                .setForwardingAddress(address).setExclusive(false)
                .setFilterString(Addresses.TENANT_HEADER + " = '" + tenant + "'")
                .setRoutingType(ComponentConfigurationRoutingType.PASS));
    }
}
