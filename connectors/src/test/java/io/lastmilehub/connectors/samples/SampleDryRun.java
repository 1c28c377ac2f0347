package io.lastmilehub.connectors.samples;

import io.lastmilehub.connectors.edifact.ControlMessageBuilder;
import io.lastmilehub.connectors.edifact.EdifactInboundMapper;
import io.lastmilehub.connectors.magento.MagentoOrderMapper;
import io.lastmilehub.connectors.sap.IdocInboundMapper;
import io.lastmilehub.connectors.shopify.ShopifyOrderMapper;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.edi.AcknowledgementBuilder;
import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.EdiInboundMapper;
import io.lastmilehub.connectors.support.edi.EdiSyntax;
import io.lastmilehub.connectors.woocommerce.WooCommerceOrderMapper;
import io.lastmilehub.connectors.x12.X12AcknowledgementBuilder;
import io.lastmilehub.connectors.x12.X12InboundMapper;
import io.lastmilehub.model.InvalidModelException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs every sample of a sample directory (the shared set: {@code x12/}, {@code edifact/}, {@code idoc/},
 * {@code ecommerce/<platform>-*.json}, ...) through the mapper the hub's dry run uses for its format, as
 * {@code POST /api/v1/inbound/<format>?dryRun=true} does before the partner and address checks, and prints per format
 * how many were accepted and refused, each sample with what it became (orders, parcel updates, receipts of our
 * documents) or the field and reason of its refusal, and for X12 and EDIFACT whether the 997 or CONTRL the hub
 * would send accepts it. Each sample is judged against its hand-checked golden file ({@link StandardMeaning}), and
 * the last line gives the share of samples, of the kinds the hub takes through these mappers, that are handled as
 * their standard means. Samples of kinds with no intake of orders (tracking positions, carrier manifests) are listed
 * as such and not counted. Usage: {@code SampleDryRun <sample directory>}; the connectors module's profile {@code samples} runs it.
 */
public final class SampleDryRun {

    private static final String TENANT = "acme";
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final ControlNumbers NUMBERS = (partner, kind) -> 1L;

    private SampleDryRun() {
    }

    /** Prints the table for the directory given, exit status 2 when there is none. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.out.println("usage: SampleDryRun <sample directory>, e.g. ../shared/data/samples");
            System.exit(2);
        }
        Map<String, List<Row>> byFormat = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!file.getFileName().toString().equals("SOURCES.md")) {
                    Row row = run(Path.of(args[0]).relativize(file), Files.readAllBytes(file));
                    byFormat.computeIfAbsent(row.format(), f -> new ArrayList<>()).add(row);
                }
            }
        }
        print(byFormat, System.out);
    }

    /** What became of one sample, and whether that is what it means (null for kinds without an intake here). */
    record Row(String format, String sample, String verdict, String detail, StandardMeaning.Judgement meaning) {
    }

    static Row run(Path sample, byte[] payload) {
        String name = sample.getFileName().toString();
        Optional<InboundMapper> mapper = mapperFor(sample.getName(0).toString(), name);
        if (mapper.isEmpty()) {
            return new Row("(no order intake) " + sample.getName(0), name, "n/a",
                    "positions go to the tracking adapter, carrier responses to the carrier connectors", null);
        }
        StandardMeaning.Judgement meaning = StandardMeaning.judge(sample.getName(0).toString(), name, mapper.get(),
                payload);
        InboundMessage message = new InboundMessage(TENANT, mapper.get().format(), payload, Map.of());
        String acknowledgement = acknowledgement(mapper.get(), message);
        try {
            MappedMessage mapped = mapper.get().map(message);
            boolean onlyReceipts = mapped.orders().isEmpty() && mapped.parcelUpdates().isEmpty()
                    && !mapped.receipts().isEmpty();
            return new Row(mapper.get().format(), name, "accepted", mapped.orders().size() + " orders, "
                    + mapped.revisions().size() + " changes of orders, " + mapped.parcelUpdates().size()
                    + " parcel updates, " + mapped.receipts().size() + " receipts"
                    + (onlyReceipts ? "; not acknowledged (an acknowledgement is never answered)" : acknowledgement),
                    meaning);
        } catch (MappingException refused) {
            return new Row(mapper.get().format(), name, "refused", refused.getField() + ": "
                    + refused.getReason() + acknowledgement, meaning);
        } catch (InvalidModelException invalid) {
            return new Row(mapper.get().format(), name, "refused", invalid.getMessage() + acknowledgement, meaning);
        }
    }

    private static Optional<InboundMapper> mapperFor(String kind, String name) {
        return Optional.ofNullable(switch (kind) {
            case "x12" -> new X12InboundMapper();
            case "edifact" -> new EdifactInboundMapper();
            case "idoc" -> new IdocInboundMapper();
            case "ecommerce" -> name.startsWith("shopify") ? new ShopifyOrderMapper()
                    : name.startsWith("woocommerce") ? new WooCommerceOrderMapper()
                    : name.startsWith("magento") ? new MagentoOrderMapper() : null;
            default -> null;
        });
    }

    /** For X12 and EDIFACT: whether the 997 or CONTRL the hub would send accepts the interchange. */
    private static String acknowledgement(InboundMapper mapper, InboundMessage message) {
        if (!(mapper instanceof EdiInboundMapper edi)) {
            return "";
        }
        AcknowledgementBuilder builder = mapper instanceof X12InboundMapper
                ? new X12AcknowledgementBuilder(NUMBERS, EdiSyntax.X12)
                : new ControlMessageBuilder(NUMBERS, EdiSyntax.EDIFACT);
        String type = mapper instanceof X12InboundMapper ? "997" : "CONTRL";
        try {
            return edi.inbound().acknowledge(message, builder, NOW)
                    .map(ack -> "; " + type + (ack.accepted() ? " accepts" : " rejects"))
                    .orElse("; no " + type + ": unreadable");
        } catch (MappingException | IllegalStateException noAnswer) {
            return "; no " + type + ": " + noAnswer.getMessage();
        }
    }

    static void print(Map<String, List<Row>> byFormat, PrintStream out) {
        out.println("| format | accepted | refused | sample | verdict | what it became, or why refused "
                + "| as its standard means |");
        out.println("| --- | --- | --- | --- | --- | --- | --- |");
        byFormat.forEach((format, rows) -> {
            long accepted = rows.stream().filter(r -> r.verdict().equals("accepted")).count();
            long refused = rows.stream().filter(r -> r.verdict().equals("refused")).count();
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                out.println("| " + (i == 0 ? format + " | " + accepted + " | " + refused : " | | ") + " | "
                        + row.sample() + " | " + row.verdict() + " | " + row.detail().replace("|", "\\|") + " | "
                        + (row.meaning() == null ? "not counted" : (row.meaning().asItMeans() ? "yes: " : "no: ")
                        + row.meaning().detail()) + " |");
            }
        });
        out.println();
        out.println(share(byFormat.values().stream().flatMap(List::stream).toList()));
    }

    /** The share of judged samples handled as their standard means, as the table's last line says it. */
    static String share(List<Row> rows) {
        List<Row> counted = rows.stream().filter(row -> row.meaning() != null).toList();
        long asItMeans = counted.stream().filter(row -> row.meaning().asItMeans()).count();
        double percent = counted.isEmpty() ? 0 : 100.0 * asItMeans / counted.size();
        return String.format(Locale.ROOT, "Handled as their standard means: %d of %d samples of the kinds the hub "
                + "takes (%.1f%%); %d samples of kinds without an order intake not counted.", asItMeans,
                counted.size(), percent, rows.size() - counted.size());
    }
}
