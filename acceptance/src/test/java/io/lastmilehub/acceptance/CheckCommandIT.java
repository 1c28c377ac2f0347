package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Repository;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's on-boarding step: {@code java -jar lastmile-hub.jar check --format x12 --partner catalyst-paper file}
 * against the running hub, with its exit status as a script would read it.
 */
@AcceptanceTest
class CheckCommandIT {

    private final HubProcess hub;

    CheckCommandIT(HubProcess hub) {
        this.hub = hub;
    }

    @Test
    void aTenderFromItsPartnerChecksOut_exit0_withTheOrdersAndThe997() throws Exception {
        Result result = check("--format", "x12", "--partner", "catalyst-paper",
                Repository.sample("x12/204-MGCTLYST-SAMPLE.EDI").toString());

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(result.output()).contains("\"wouldAccept\" : true", "\"id\" : \"catalyst-paper\"", "ST*997*");
    }

    @Test
    void theSameTenderNamedForAnotherPartner_exit1() throws Exception {
        Result result = check("--format", "x12", "--partner", "benelux-forwarder",
                Repository.sample("x12/204-MGCTLYST-SAMPLE.EDI").toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("matched partner 'catalyst-paper', not 'benelux-forwarder'");
    }

    @Test
    void aFileTheHubWouldRefuse_exit1_withTheViolations() throws Exception {
        Path broken = Files.writeString(Files.createTempFile("broken", ".json"), "{\"order\": \"none\"}");

        Result result = check("--format", "shopify", broken.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("\"wouldAccept\" : false", "\"violations\"");
    }

    @Test
    void withoutAFormat_exit2_andTheUsage() throws Exception {
        Result result = check(Repository.sample("x12/204-MGCTLYST-SAMPLE.EDI").toString());

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.output()).contains("no --format", "usage: java -jar lastmile-hub.jar check");
    }

    private Result check(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", Repository.hubJar().toString(), "check", "--hub", hub.baseUrl().toString()
                .replaceAll("/$", ""), "--key", "demo-key"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) {
    }
}
