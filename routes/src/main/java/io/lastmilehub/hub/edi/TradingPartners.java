package io.lastmilehub.hub.edi;

import io.lastmilehub.hub.config.ConfiguredPaths;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.inbound.PartnerZones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The trading partners of this hub, read once at start-up from {@code <lastmile.config-dir>/partners/*.yaml} and
 * {@code lastmile.edi.extra-partner-dirs}; an invalid file stops the start-up naming the file and field.
 */
@Component
public class TradingPartners implements PartnerZones {

    private static final Logger LOG = LoggerFactory.getLogger(TradingPartners.class);

    private final List<TradingPartner> partners;
    private final Map<String, TradingPartner> bySourceSystem;

    /**
     * @param extraDirectories more directories of partner files besides {@code <config-dir>/partners}
     *                         ({@code lastmile.edi.extra-partner-dirs}, comma-separated), e.g. one per environment
     */
    @Autowired
    public TradingPartners(HubProperties properties,
                           @Value("${lastmile.edi.extra-partner-dirs:}") String extraDirectories) {
        this(PartnerFiles.read(directories(properties, extraDirectories), properties.tenants().keySet()));
    }

    /** These partners, each found by any of its envelope ids (PartnerFiles has checked that none is claimed twice). */
    TradingPartners(List<TradingPartner> partners) {
        this.partners = List.copyOf(partners);
        this.bySourceSystem = partners.stream().flatMap(p -> p.sourceSystems().stream().map(s -> Map.entry(s, p)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        partners.forEach(p -> LOG.info("Trading partner {} ({} {}, tenant {}): in {}, out {}", p.id(), p.standard(),
                p.sourceSystems(), p.tenant(), p.inbound(), p.outbound()));
    }

    private static List<Path> directories(HubProperties properties, String extraDirectories) {
        List<Path> directories = new ArrayList<>(List.of(properties.configPath().resolve("partners")));
        directories.addAll(ConfiguredPaths.directories("lastmile.edi.extra-partner-dirs", extraDirectories));
        return directories;
    }

    /** Every partner. */
    public List<TradingPartner> all() {
        return partners;
    }

    /**
     * The partner whose interchanges carry this source system ({@code X12:ZZ:MGCTLYST}) for this tenant: the one
     * naming that qualifier and id, else the one naming the id without a qualifier, which matches any qualifier.
     */
    public Optional<TradingPartner> bySender(String tenant, String sourceSystem) {
        if (sourceSystem == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySourceSystem.get(sourceSystem))
                .or(() -> Optional.ofNullable(bySourceSystem.get(TradingPartner.withoutQualifier(sourceSystem))))
                .filter(p -> p.tenant().equals(tenant));
    }

    @Override
    public Optional<ZoneId> localZone(String tenant, String sourceSystem) {
        return bySender(tenant, sourceSystem).flatMap(TradingPartner::localZone);
    }
}
