package io.lastmilehub.hub.docs;

/**
 * One configuration key as the configuration reference shows it.
 *
 * @param name         the full key, with placeholders for map keys and list indexes, e.g.
 *                     {@code lastmile.tenants.<tenant>.devices[<n>].id}
 * @param type         the Java type it binds to, as the metadata names it
 * @param defaultValue its default, empty for none
 * @param description  what it does, from the Javadoc of the record component it binds to
 */
record ConfigurationKey(String name, String type, String defaultValue, String description) {

    /** The key with its last segment cut off: the section it is listed under. */
    String parent() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }

    /** A key whose placeholders are renamed: {@code from} at the start of the name becomes {@code to}. */
    ConfigurationKey renamed(String from, String to) {
        return new ConfigurationKey(to + name.substring(from.length()), type, defaultValue, description);
    }
}
