package io.lastmilehub.hub.docs;

import io.lastmilehub.hub.carriers.CarrierQueues;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.messaging.TenantAddresses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code lastmile.*} names a page may use: the configuration keys (and any key's parent, such as
 * {@code lastmile.tenants.<tenant>.sap}), the keys the shipped configuration's routes read as placeholders, and the
 * hub's broker addresses. A page may write any word for a placeholder ({@code <t>}, {@code demo}) and a list index
 * as {@code [0]} or {@code [<n>]}.
 */
final class SettingNames {

    private static final Pattern ROUTE_PLACEHOLDER = Pattern.compile("(?:\\{\\{\\??|\\$\\{)(lastmile\\.[\\w.-]+)");
    /** A word standing for one segment of a name: a tenant's id, a user's name. */
    private static final String ANY_SEGMENT = "[^.]+";

    private final List<Pattern> names;

    private SettingNames(List<Pattern> names) {
        this.names = List.copyOf(names);
    }

    /** The names of these configuration keys, of the placeholders in the configuration directory, and the addresses. */
    static SettingNames of(List<ConfigurationKey> keys, Path configDirectory) {
        List<String> known = new ArrayList<>();
        keys.forEach(key -> known.add(key.name()));
        known.addAll(placeholders(configDirectory));
        known.addAll(addresses());
        List<Pattern> names = new ArrayList<>();
        for (String name : known) {
            String plain = withoutIndexes(name);
            for (int end = plain.indexOf('.'); end > 0; end = plain.indexOf('.', end + 1)) {
                names.add(pattern(plain.substring(0, end)));
            }
            names.add(pattern(plain));
        }
        return new SettingNames(names);
    }

    /**
     * Whether a page's name is one of these or the parent of one ({@code lastmile.redelivery.*} is a parent too). List
     * indexes do not count: {@code tiers[i]} is {@code tiers}.
     */
    boolean knows(String name) {
        String parent = withoutIndexes(name).replaceAll("\\.\\*$", "");
        return names.stream().anyMatch(pattern -> pattern.matcher(parent).matches());
    }

    private static String withoutIndexes(String name) {
        return name.replaceAll("\\[[^]]*]", "");
    }

    /** {@code lastmile.tenants.<tenant>.devices[<n>].id} as a pattern: a placeholder takes any segment. */
    private static Pattern pattern(String name) {
        StringBuilder regex = new StringBuilder();
        for (String part : withoutIndexes(name).split("(?=\\.)|(?<=\\.)")) {
            regex.append(part.matches("<[^>]*>|\\*|#") ? ANY_SEGMENT : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static List<String> placeholders(Path configDirectory) {
        try (Stream<Path> files = Files.walk(configDirectory)) {
            List<String> keys = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                ROUTE_PLACEHOLDER.matcher(Files.readString(file)).results().forEach(m -> keys.add(m.group(1)));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The hub's addresses ({@link Addresses}, {@link CarrierQueues}) and each tenant's copies and inboxes
     * ({@link TenantAddresses}).
     */
    private static List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        for (Field field : fields(Addresses.class, CarrierQueues.class)) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String address = constant(field);
                if (address.startsWith("lastmile.")) {
                    addresses.add(address);
                    String copy = TenantAddresses.of("<tenant>", address);
                    if (!copy.endsWith(".null")) {
                        addresses.add(copy);
                    }
                }
            }
        }
        addresses.add(TenantAddresses.PREFIX + "<tenant>." + TenantAddresses.INBOX + ".<name>");
        return addresses;
    }

    private static List<Field> fields(Class<?>... constants) {
        return Stream.of(constants).flatMap(type -> Stream.of(type.getFields())).toList();
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
