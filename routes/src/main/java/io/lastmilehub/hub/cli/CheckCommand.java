package io.lastmilehub.hub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar lastmile-hub.jar check --format x12 [--partner id] [--hub url] [--key api-key] file}: a dry run of
 * one file against a running hub ({@code POST /api/v1/inbound/<format>?dryRun=true}), for on-boarding a partner or
 * shop. Prints the hub's report; exits 0 when the hub would accept the file (from that partner, when one is named),
 * 1 when not, 2 when the command or the hub cannot be used. The key may also come from {@code LASTMILE_API_KEY}.
 */
public final class CheckCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "check";

    private static final String USAGE = "usage: java -jar lastmile-hub.jar check --format <format> [--partner <id>] "
            + "[--hub http://localhost:8080] [--key <api key>, or LASTMILE_API_KEY] <file>";

    private final PrintStream out;
    private final Map<String, String> environment;

    public CheckCommand(PrintStream out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    /** Runs the command; the arguments after {@code check}. Returns the exit status. */
    public int run(String... args) {
        Map<String, String> options = new HashMap<>(Map.of("hub", "http://localhost:8080"));
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                return usage("unexpected argument '" + args[i] + "'");
            }
        }
        String key = options.getOrDefault("key", environment.get("LASTMILE_API_KEY"));
        if (file == null || !options.containsKey("format") || key == null) {
            return usage(file == null ? "no file" : !options.containsKey("format") ? "no --format" : "no API key");
        }
        try {
            JsonNode report = send(options.get("hub"), options.get("format"), key, Path.of(file));
            out.println(report.toPrettyString());
            return verdict(report, options.get("partner"));
        } catch (IOException | IllegalArgumentException e) {
            out.println("check: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private JsonNode send(String hub, String format, String key, Path file) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hub + "/api/v1/inbound/"
                        + URLEncoder.encode(format, StandardCharsets.UTF_8) + "?dryRun=true"))
                .header("X-Api-Key", key).header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = new ObjectMapper().readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("the hub answered " + response.statusCode() + ": " + body.path("message").asText());
        }
        return body;
    }

    private int verdict(JsonNode report, String partner) {
        if (!report.path("wouldAccept").asBoolean()) {
            return 1;
        }
        if (partner != null && !partner.equals(report.path("partner").path("id").asText())) {
            out.println("check: the envelope matched partner '" + report.path("partner").path("id").asText()
                    + "', not '" + partner + "'");
            return 1;
        }
        return 0;
    }

    private int usage(String problem) {
        out.println("check: " + problem);
        out.println(USAGE);
        return 2;
    }
}
