package io.lastmilehub.hub.notify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.lastmilehub.hub.config.ConfiguredPaths;
import io.lastmilehub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tenants' notification texts, read and compiled at start-up (a broken template stops the hub, naming the file,
 * rather than failing at the first delivery). Variables a text names but an event lacks (a PIN, the tracking link)
 * render empty, and sections such as {@code {{#pin}}…{{/pin}}} disappear; nothing is HTML-escaped (texts are plain).
 */
@Component
public class NotificationTemplates {

    /** A rendered text. */
    public record Rendered(String subject, String body) {
    }

    /** How dates and times are written for a tenant. */
    public record Style(Locale locale, ZoneId zone) {
    }

    private record Compiled(Template subject, Template body) {
    }

    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().escapeHTML(false).defaultValue("");

    private final Map<String, Map<NotificationKind, Map<Channel, Compiled>>> byTenant = new HashMap<>();
    private final Map<String, Style> styles = new HashMap<>();

    public NotificationTemplates(HubProperties properties) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        properties.tenants().forEach((tenant, settings) -> {
            if (settings.notifications() != null && settings.notifications().templatesFile() != null) {
                Path file = ConfiguredPaths.file("lastmile.tenants." + tenant + ".notifications.templates-file",
                        properties.configPath().resolve(settings.notifications().templatesFile()));
                load(tenant, file, yaml);
            }
        });
    }

    /** The text of an event on a channel, rendered; empty when the tenant has none. */
    public Optional<Rendered> render(String tenant, NotificationKind kind, Channel channel,
                                     Map<String, Object> variables) {
        Compiled text = byTenant.getOrDefault(tenant, Map.of()).getOrDefault(kind, Map.of()).get(channel);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(new Rendered(text.subject() == null ? null : text.subject().execute(variables).strip(),
                text.body().execute(variables).strip()));
    }

    /** How the tenant's texts write dates and times (English and UTC when it names none). */
    public Style style(String tenant) {
        return styles.getOrDefault(tenant, new Style(Locale.ENGLISH, ZoneId.of("UTC")));
    }

    private void load(String tenant, Path file, ObjectMapper yaml) {
        TemplatesFile read;
        try {
            read = yaml.readValue(file.toFile(), TemplatesFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Notification templates " + file + " of tenant " + tenant
                    + " cannot be read: " + e.getMessage(), e);
        }
        styles.put(tenant, new Style(read.language() == null ? Locale.ENGLISH : Locale.forLanguageTag(read.language()),
                ZoneId.of(read.zone() == null ? "UTC" : read.zone())));
        Map<NotificationKind, Map<Channel, Compiled>> kinds = new EnumMap<>(NotificationKind.class);
        (read.templates() == null ? Map.<NotificationKind, Map<String, TemplatesFile.Text>>of() : read.templates())
                .forEach((kind, channels) -> kinds.put(kind, compile(file, kind, channels)));
        byTenant.put(tenant, kinds);
    }

    private static Map<Channel, Compiled> compile(Path file, NotificationKind kind,
                                                  Map<String, TemplatesFile.Text> channels) {
        Map<Channel, Compiled> compiled = new EnumMap<>(Channel.class);
        channels.forEach((key, text) -> {
            String where = file + ": " + kind + "." + key;
            Channel channel = channelOf(key, where);
            if (text.body() == null || (channel == Channel.EMAIL && text.subject() == null)) {
                throw new IllegalStateException(where + " needs a body" + (channel == Channel.EMAIL
                        ? " and a subject" : ""));
            }
            try {
                compiled.put(channel, new Compiled(text.subject() == null ? null : MUSTACHE.compile(text.subject()),
                        MUSTACHE.compile(text.body())));
            } catch (RuntimeException e) {
                throw new IllegalStateException(where + " is not a valid template: " + e.getMessage(), e);
            }
        });
        return compiled;
    }

    private static Channel channelOf(String key, String where) {
        for (Channel channel : Channel.values()) {
            if (channel.key().equals(key) && channel != Channel.WEBHOOK) {
                return channel;
            }
        }
        throw new IllegalStateException(where + ": unknown channel (texts are for email and sms)");
    }
}
