package io.lastmilehub.hub.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README, the module READMEs and every page under docs/ name only classes, endpoints and keys that exist, and link
 * only to files that exist.
 */
class DocumentedNamesTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final DocumentedNames NAMES = new DocumentedNames(CodeNames.of(REPOSITORY),
            HubEndpoints.of(Path.of("src/main/java")),
            SettingNames.of(ConfigurationReference.keys(), REPOSITORY.resolve("config")));

    @Test
    void everyPageShouldNameOnlyClassesEndpointsKeysAndFilesThatExist() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            String name = REPOSITORY.relativize(page).toString().replace('\\', '/');
            problems.addAll(NAMES.problems(name, page.getParent(), Files.readString(page)));
        }
        assertThat(problems).as("names on the pages that the code does not have").isEmpty();
    }

    @Test
    void whenAPageNamesWhatDoesNotExist_itShouldSayWhatAndWhere() {
        String page = """
                Send it to `POST /api/v1/orders/{id}/cancel` or `/api/v2/orders`;
                `GET /api/v1/orders/ord-…` reads it, not `GET /V1/x` or `DELETE /api/v1/dead-letters`.
                ```
                `NotChecked` in a code block
                ```
                `lastmile.tenants.<t>.sap.soap-timeout`, `lastmile.tenants.demo.sap.soap-timout`, `lastmile.status`,
                `lastmile.tenant.demo.status`, `lastmile.tenant.demo.statuses`, `lastmile.redelivery.*`,
                `lastmile.tenants.a.devices[0].id`.
                `HubProperties`, `HubPropertis`, `io.lastmilehub.hub.config.HubProperties`,
                `io.lastmilehub.nope.HubProperties`, `org.example.Elsewhere`, `X-Shopify-Hmac-Sha256`, `LastMileTenant`.
                See [the contract](inbound.md#errors), [the README](../README.md), [gone](nope.md) and
                [Spring](https://spring.io).
                """;

        assertThat(NAMES.problems("p.md", REPOSITORY.resolve("docs"), page)).containsExactly(
                "p.md:1: no endpoint POST /api/v1/orders/{id}/cancel",
                "p.md:1: no endpoint /api/v2/orders",
                "p.md:2: no endpoint DELETE /api/v1/dead-letters",
                "p.md:6: no configuration key or broker address lastmile.tenants.demo.sap.soap-timout",
                "p.md:7: no configuration key or broker address lastmile.tenant.demo.statuses",
                "p.md:9: no class HubPropertis",
                "p.md:10: no class io.lastmilehub.nope.HubProperties",
                "p.md:11: no file nope.md");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(REPOSITORY.resolve("README.md")));
        try (Stream<Path> docs = Files.list(REPOSITORY.resolve("docs"));
             Stream<Path> modules = Files.list(REPOSITORY)) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            modules.map(module -> module.resolve("README.md")).filter(Files::isRegularFile).sorted()
                    .forEach(pages::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return pages;
    }
}
