package io.lastmilehub.acceptance;

import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubLogOnFailure;
import io.lastmilehub.acceptance.support.HubProcess;
import io.lastmilehub.acceptance.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Five minutes with curl" is docs/walkthrough.sh, which the README points to: run here as printed
 * (curl, the real samples, the demo key), against the jar, so the README cannot drift from what works. On a hub of
 * its own, fresh as a reader's: on the shared hub, other classes had sent the same Shopify sample and planned its day.
 */
@ExtendWith(HubLogOnFailure.class)
class WalkthroughIT {

    private static final long SCRIPT_TIMEOUT_MINUTES = 5;

    @Test
    void theReadmesWalkthroughWorksStepByStep() throws Exception {
        try (HubProcess hub = HubProcess.startShipped()) {
            runWalkthrough(hub);
        }
    }

    private static void runWalkthrough(HubProcess hub) throws Exception {
        Path output = Files.createTempFile("walkthrough-", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "docs/walkthrough.sh")
                .directory(Repository.root().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(Map.of(
                "HUB_URL", hub.baseUrl().toString(),
                "API_KEY", HubClient.DEMO_KEY,
                "HUB_DIR", hub.runDirectory().toString(),
                "REPO_DIR", Repository.root().toString()));

        Process script = builder.start();
        boolean ended = script.waitFor(SCRIPT_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            script.destroyForcibly();
        }

        assertThat(ended && script.exitValue() == 0).as("walkthrough.sh:\n%s", Files.readString(output)).isTrue();
    }
}
