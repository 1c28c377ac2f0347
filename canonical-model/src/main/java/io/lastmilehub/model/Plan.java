package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Singular;
import lombok.Value;

import java.time.Instant;
import java.util.List;

/**
 * The routes for a depot: which vehicle serves which orders, in which order, when, at what cost.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlRootElement(name = "plan")
@XmlType(name = "Plan")
public class Plan {

    /** Version of the canonical schema this document follows; see {@link SchemaVersion}. */
    @XmlAttribute
    @Builder.Default
    String schemaVersion = SchemaVersion.CURRENT;

    /** Plan id. */
    @Size(max = 100)
    String id;

    /** Tenant. */
    @NotBlank
    @Size(max = 100)
    String tenant;

    /** Depot planned. */
    @NotBlank
    @Size(max = 100)
    String depotId;

    /** When the plan was made. */
    Instant createdAt;

    /** One route per vehicle used. */
    @Valid
    @XmlElementWrapper(name = "routes")
    @XmlElement(name = "route")
    @Singular
    List<Route> routes;

    /** Orders that could not be planned, each with its reason. */
    @Valid
    @XmlElementWrapper(name = "unassigned")
    @XmlElement(name = "unassigned")
    @Singular("unassignedEntry")
    List<Unassigned> unassigned;

    /** Cost and CO2 of the whole plan. */
    @Valid
    CostSummary cost;

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<Route> getRoutes() {
        return routes == null ? List.of() : routes;
    }

    /** Never null: a document that leaves the list out reads as an empty list. */
    public List<Unassigned> getUnassigned() {
        return unassigned == null ? List.of() : unassigned;
    }

    /** Builds Plans that satisfy their constraints. */
    public static class PlanBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public Plan build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
