package io.lastmilehub.hub.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationReferenceTest {

    private static final List<ConfigurationKey> KEYS = ConfigurationReference.keys();

    @Test
    void whenTheJavadocOfAKeyChanges_theCommittedPageShouldBeRegenerated() throws IOException {
        String rendered = ConfigurationReference.render(KEYS);
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(ConfigurationReference.PAGE, rendered);
        }
        assertThat(Files.readString(ConfigurationReference.PAGE))
                .as("%s is not the page the @ConfigurationProperties Javadoc renders; regenerate it with%n  %s",
                        ConfigurationReference.PAGE, ConfigurationReference.REGENERATE)
                .isEqualTo(rendered);
    }

    @Test
    void whenAKeyIsInsideATenant_itShouldBeListedWithItsDescriptionAndDefault() {
        assertThat(KEYS).contains(new ConfigurationKey("lastmile.tenants.<tenant>.codes.pin-validity",
                "java.time.Duration", "24h", "how long a PIN counts after it is issued"));
        assertThat(KEYS).anySatisfy(key -> assertThat(key.name())
                .isEqualTo("lastmile.tenants.<tenant>.planning.cut-offs[<n>].cron"));
        assertThat(KEYS).anySatisfy(key -> assertThat(key.name()).isEqualTo("lastmile.broker.users.<user>.password"));
    }

    @Test
    void everyKeyShouldHaveADescription() {
        assertThat(KEYS).filteredOn(key -> key.description().isBlank()).as("keys without Javadoc").isEmpty();
    }

    @Test
    void whenJavadocNamesCodeOrAPlaceholder_itShouldBecomeMarkdownThatShowsIt() {
        assertThat(ConfigurationReference.markdown("the {@code <id>.yaml} files, see <b> | x"))
                .isEqualTo("the `<id>.yaml` files, see &lt;b&gt; \\| x");
        assertThat(ConfigurationReference.markdown("Mustache: {@code {{to}}} and {@code {z}/{x}} *"))
                .isEqualTo("Mustache: `{{to}}` and `{z}/{x}` \\*");
        assertThat(ConfigurationReference.simpleType(
                "java.util.Map<java.lang.String,io.lastmilehub.hub.config.HubProperties$Tenant>"))
                .isEqualTo("Map<String, Tenant>");
    }
}
