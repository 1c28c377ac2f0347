package io.lastmilehub.hub.tracking;

import io.lastmilehub.tracking.DeviceBindings;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager5;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.security.auth.Subject;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who may do what on the embedded broker. MQTT clients are devices: they connect with their device id as user name
 * and its secret as password, and may only publish to their own topics ({@code owntracks/<id>/...},
 * {@code lastmile/devices/<id>/...}); a device cannot read other devices' positions or publish on the hub's
 * addresses. Every other protocol (the hub's own in-VM connections, the core acceptor for ERPs) is let through as
 * before security was switched on for MQTT.
 */
public class MqttDeviceSecurity implements ActiveMQSecurityManager5 {

    private static final Logger LOG = LoggerFactory.getLogger(MqttDeviceSecurity.class);
    private static final String MQTT = "MQTT";

    /** The identity of a connection that is not a device's. */
    private record Trusted(String getName) implements Principal {
    }

    /** A device that proved its id. */
    private record Device(String getName) implements Principal {
    }

    private final Supplier<DeviceRegistry> devices;

    /** Devices are looked up when the first one connects: the broker starts before the database. */
    public MqttDeviceSecurity(Supplier<DeviceRegistry> devices) {
        this.devices = devices;
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (connection == null || !MQTT.equals(connection.getProtocolName())) {
            return subject(new Trusted(user == null ? "hub" : user));
        }
        Optional<DeviceBindings.Binding> device = user == null ? Optional.empty()
                : devices.get().authenticate(user, password);
        if (device.isEmpty()) {
            LOG.warn("MQTT connection from {} refused: '{}' is not a bound device with that secret",
                    connection.getRemoteAddress(), user);
            return null;
        }
        return subject(new Device(user));
    }

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (subject == null) {
            return false;
        }
        if (!subject.getPrincipals(Trusted.class).isEmpty()) {
            return true;
        }
        String bare = address == null ? "" : address.split("::", 2)[0];
        return subject.getPrincipals(Device.class).stream().map(Device::getName)
                .anyMatch(id -> bare.startsWith("owntracks." + id + ".")
                        || bare.startsWith("lastmile.devices." + id + "."));
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
        subject.getPrincipals().add(new UserPrincipal(principal.getName()));
        return subject;
    }
}
