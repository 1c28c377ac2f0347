package io.lastmilehub.hub.security;

import io.lastmilehub.hub.messaging.MqttAddresses;
import io.lastmilehub.hub.messaging.TenantAddresses;
import io.lastmilehub.tracking.MqttTopic;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnection;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.security.auth.Subject;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Who may do what on the embedded broker; nobody connects without credentials but the hub itself.
 * <ul>
 *   <li>The hub's own connections (in-VM, so only code in this process) may do anything.</li>
 *   <li>MQTT clients are devices: they connect with their device id as user name and its secret as password, and
 *   may only use their own topics of each protocol's {@link MqttTopic} ({@code owntracks/<id>/...},
 *   {@code lastmile/devices/<id>/...}); a device cannot read other devices' positions or publish on the hub's
 *   addresses.</li>
 *   <li>Every other client (CORE, on the network acceptor) is an ERP or WMS of a tenant, a user of
 *   {@link BrokerUsers}; it holds its tenant's role, which the security settings of {@link TenantAddresses} let
 *   read the tenant's own addresses and nothing else (no other tenant's, no hub queue, no management).</li>
 * </ul>
 */
public class BrokerSecurity implements ActiveMQSecurityManager5 {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerSecurity.class);
    private static final String MQTT = "MQTT";

    /** The hub's own connection. */
    private record Hub(String getName) implements Principal {
    }

    /** A device that proved its id. */
    private record Device(String getName) implements Principal {
    }

    private final Supplier<DeviceCredentials> devices;
    private final Supplier<BrokerUsers> users;
    private final Supplier<List<MqttTopic>> deviceTopics;

    /** Devices and users are looked up when the first client connects: the broker starts before the database. */
    public BrokerSecurity(Supplier<DeviceCredentials> devices, Supplier<BrokerUsers> users,
                          Supplier<List<MqttTopic>> deviceTopics) {
        this.devices = devices;
        this.users = users;
        this.deviceTopics = deviceTopics;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection != null && connection.getTransportConnection() instanceof InVMConnection) {
            return subject(new Hub(user == null ? "hub" : user));
        }
        if (connection == null || user == null || password == null) {
            LOG.warn("Broker connection from {} refused: no user name and password",
                    connection == null ? "an unknown address" : connection.getRemoteAddress());
            return null;
        }
        return MQTT.equals(connection.getProtocolName()) ? device(user, password, connection)
                : tenantUser(user, password, connection);
    }

    private Subject device(String user, String password, RemotingConnection connection) {
        if (!devices.get().verify(user, password)) {
            LOG.warn("MQTT connection from {} refused: '{}' is not a bound device with that secret",
                    connection.getRemoteAddress(), user);
            return null;
        }
        return subject(new Device(user));
    }

    private Subject tenantUser(String user, String password, RemotingConnection connection) {
        Optional<String> tenant = users.get().tenantOf(user, password);
        if (tenant.isEmpty()) {
            LOG.warn("{} connection from {} refused: '{}' is not a broker user with that password",
                    connection.getProtocolName(), connection.getRemoteAddress(), user);
            return null;
        }
        Subject subject = subject(new UserPrincipal(user));
        subject.getPrincipals().add(new RolePrincipal(TenantAddresses.role(tenant.get())));
        return subject;
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        if (!subject.getPrincipals(Hub.class).isEmpty()) {
            return true;
        }
        Set<String> held = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        if (roles.stream().filter(checkType::hasRole).map(Role::getName).anyMatch(held::contains)) {
            return true;
        }
        String bare = address == null ? "" : address.split("::", 2)[0];
        return subject.getPrincipals(Device.class).stream().map(Device::getName)
                .anyMatch(id -> deviceTopics.get().stream()
                        .anyMatch(topic -> MqttAddresses.isOwnedBy(topic, id, bare)));
    }

    @Override
    public boolean validateUser(String user, String password) {
        return false; // the broker calls the connection-aware method above
    }

    @Override
    public boolean validateUserAndRole(String user, String password, Set<Role> roles, CheckType checkType) {
        return false;
    }

    private static Subject subject(Principal principal) {
        Subject subject = new Subject();
        subject.getPrincipals().add(principal);
        if (!(principal instanceof UserPrincipal)) {
            subject.getPrincipals().add(new UserPrincipal(principal.getName()));
        }
        return subject;
    }
}
