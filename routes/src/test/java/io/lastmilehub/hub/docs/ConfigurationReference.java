package io.lastmilehub.hub.docs;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.InboundFormats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page {@code docs/configuration-reference.md}: every {@code lastmile.*} key with its type, default and the
 * description written as Javadoc on the {@code @ConfigurationProperties} record component it binds to. Keys from
 * another source (say, the settings connector factories declare) join by being added to {@link #keys()}'s list before
 * {@link #render(List)}.
 */
final class ConfigurationReference {

    /** The page, from the routes module's directory (where Maven runs its tests). */
    static final Path PAGE = Path.of("../docs/configuration-reference.md");

    /** Regenerates the page (the test {@code ConfigurationReferenceTest} says when it is due). */
    static final String REGENERATE = "./mvnw -o -q -pl routes -am -Dtest=ConfigurationReferenceTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true package";

    private static final String CONNECTORS = "lastmile.tenants.<tenant>.connectors.";
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"));
    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|literal) ");
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z][\\w]*\\.)+([A-Z][\\w$]*)");

    private static final String INTRO = """
            # Configuration reference

            <!-- Generated from the Javadoc of the @ConfigurationProperties records (spring-boot-configuration-processor
                 metadata) by ConfigurationReferenceTest; do not edit. To regenerate:
                 %s -->

            The hub's own keys, all under `lastmile.`. The shipped `config/application.yaml` sets the ones an integrator
            changes most (the demo tenant, the broker acceptors); the built-in defaults, including Spring Boot's
            `spring.*` keys for the database, the embedded broker and the web server, are in
            `routes/src/main/resources/application.yaml`. Any key can also be given as an environment variable
            (`LASTMILE_PLANNING_TIME_BUDGET=45s`) or on the command line (`--lastmile.planning.time-budget=45s`).
            [configuration.md](configuration.md) explains the files; [production.md](production.md) the settings of a
            production installation.

            Durations are written `500ms`, `30s`, `15m`, `24h`; sizes `64MB`. In a key, `<tenant>` stands for a
            tenant's id, `<user>` for a broker user's name, and `[<n>]` for a list element (`[0]`, `[1]`, ...; in YAML,
            a list item).
            """;

    private static final Comparator<ConfigurationKey> SECTION_ORDER = Comparator.comparing(ConfigurationKey::parent)
            .thenComparing(ConfigurationKey::name);

    private ConfigurationReference() {
    }

    /**
     * Every key: the routes module's metadata, the keys inside its maps and lists of records, and the settings each
     * inbound format declares ({@code lastmile.tenants.<tenant>.connectors.<format>.<setting>}).
     */
    static List<ConfigurationKey> keys() {
        List<ConfigurationKey> keys = new ArrayList<>(new ContainerValueKeys(SOURCE_ROOTS)
                .expand(ConfigurationMetadata.ofClasspath()));
        InboundFormats formats = InboundFormats.load();
        for (String format : formats.names()) {
            for (ConnectorSetting<?> setting : formats.find(format).orElseThrow().settings()) {
                keys.add(new ConfigurationKey(CONNECTORS + format + "." + setting.name(), setting.type(),
                        setting.defaultValue().orElse(""), setting.description()));
            }
        }
        return keys;
    }

    /** The page for these keys: one table per section (a key's parent), sections and keys in name order. */
    static String render(List<ConfigurationKey> keys) {
        StringBuilder page = new StringBuilder(INTRO.formatted(REGENERATE));
        String section = null;
        for (ConfigurationKey key : keys.stream().sorted(SECTION_ORDER).toList()) {
            if (!key.parent().equals(section)) {
                section = key.parent();
                page.append("\n## `").append(section).append("`\n\n")
                        .append("| key | type | default | description |\n| --- | --- | --- | --- |\n");
            }
            page.append("| `").append(key.name()).append("` | ").append(code(simpleType(key.type()))).append(" | ")
                    .append(code(key.defaultValue())).append(" | ").append(markdown(key.description())).append(" |\n");
        }
        return page.toString();
    }

    /**
     * A type as the page shows it: {@code java.util.Map<java.lang.String,...HubProperties$Tenant>} as
     * {@code Map<String, Tenant>}.
     */
    static String simpleType(String type) {
        return PACKAGE.matcher(type).replaceAll("$1").replaceAll("\\w+\\$", "").replace(",", ", ");
    }

    private static String code(String text) {
        return text.isEmpty() ? "" : "`" + text.replace("|", "\\|") + "`";
    }

    /** Javadoc to Markdown: inline tags become code spans; outside them, characters Markdown would read are escaped. */
    static String markdown(String javadoc) {
        String text = javadoc.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder();
        Matcher tag = INLINE_TAG.matcher(text);
        int last = 0;
        while (tag.find(last)) {
            int end = closingBrace(text, tag.end());
            out.append(escape(text.substring(last, tag.start()))).append(code(text.substring(tag.end(), end)));
            last = end + 1;
        }
        return out.append(escape(text.substring(last))).toString();
    }

    /** The brace that closes an inline tag: Javadoc lets its text hold balanced braces ({@code {{to}}}). */
    private static int closingBrace(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && depth-- == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed inline tag in: " + text);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*");
    }
}
