package io.lastmilehub.hub.edi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.lastmilehub.hub.config.YamlProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the partner files {@code <config-dir>/partners/<id>.yaml}, one partner each, and checks them all: a file
 * that cannot be read, a key the hub does not know, a value out of range, or two partners with the same envelope
 * id (in {@code them} or {@code other-ids}) stop the hub with every problem listed as
 * {@code <file>: <field>: <reason>}, a clash naming both files.
 */
final class PartnerFiles {

    private static final String SUFFIX = ".yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PartnerFiles() {
    }

    /**
     * Every partner in the directory, none when it does not exist.
     *
     * @throws IllegalStateException listing each problem with its file and field
     */
    static List<TradingPartner> read(Path directory, Set<String> tenants) {
        return read(List.of(directory), tenants);
    }

    /**
     * Every partner in the directories (those that do not exist are skipped); a sender may have one file only.
     *
     * @throws IllegalStateException listing each problem with its file and field
     */
    static List<TradingPartner> read(List<Path> directories, Set<String> tenants) {
        List<String> problems = new ArrayList<>();
        List<TradingPartner> partners = new ArrayList<>();
        Map<String, Path> bySender = new HashMap<>();
        for (Path file : directories.stream().filter(Files::isDirectory).flatMap(d -> files(d).stream()).toList()) {
            String id = file.getFileName().toString().replace(SUFFIX, "");
            try {
                TradingPartner partner = YAML.readValue(file.toFile(), TradingPartner.class).withId(id);
                List<String> found = PartnerRules.check(partner, tenants);
                found.forEach(problem -> problems.add(file + ": " + problem));
                List<String> clashes = found.isEmpty() ? clashes(partner, file, bySender) : List.of();
                clashes.forEach(problems::add);
                if (found.isEmpty() && clashes.isEmpty()) {
                    partners.add(partner);
                }
            } catch (JsonProcessingException e) {
                problems.add(file + ": " + YamlProblem.describe(e));
            } catch (IOException e) {
                problems.add(file + ": cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid trading partner configuration:\n  "
                    + String.join("\n  ", problems));
        }
        return partners;
    }

    /**
     * Each envelope id ({@code them}, {@code other-ids}) of the partner that an earlier file already claims, naming
     * both files; the partner's ids are claimed for it when there is none.
     */
    private static List<String> clashes(TradingPartner partner, Path file, Map<String, Path> bySender) {
        List<String> clashes = new ArrayList<>();
        for (String sender : partner.sourceSystems()) {
            Path other = bySender.get(sender);
            if (other != null) {
                String field = sender.equals(partner.sourceSystem()) ? "them" : "other-ids";
                clashes.add(file + ": " + field + ": " + sender + " is already the partner of " + other);
            }
        }
        if (clashes.isEmpty()) {
            partner.sourceSystems().forEach(sender -> bySender.put(sender, file));
        }
        return clashes;
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }
}
