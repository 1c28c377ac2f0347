package io.lastmilehub.hub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency direction of ARCHITECTURE.md: routes -> adapters/connectors/planning -> canonical-model. Only the
 * routes module (package io.lastmilehub.hub) knows Camel or Spring; connectors never import each other.
 */
class ArchitectureTest {

    private static JavaClasses hub;

    @BeforeAll
    static void importClasses() {
        hub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.lastmilehub");
    }

    @Test
    void onlyTheRoutesModuleKnowsCamelOrSpring() {
        noClasses().that().resideOutsideOfPackage("io.lastmilehub.hub..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework..")
                .check(hub);
    }

    @Test
    void theCanonicalModelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("io.lastmilehub.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.lastmilehub.hub..",
                        "io.lastmilehub.connectors..", "io.lastmilehub.planning..", "io.lastmilehub.tracking..",
                        "io.lastmilehub.pod..")
                .check(hub);
    }

    @Test
    void theSharedErrorsDependOnNoFeatureOfTheHub() {
        noClasses().that().resideInAPackage("io.lastmilehub.hub.errors..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.lastmilehub.hub.errors..",
                        "io.lastmilehub.connectors.spi..", "io.lastmilehub.model..", "java..")
                .check(hub);
    }

    @Test
    void librariesDoNotDependOnTheApplicationOrOnEachOther() {
        noClasses().that().resideInAnyPackage("io.lastmilehub.connectors..", "io.lastmilehub.planning..",
                        "io.lastmilehub.tracking..", "io.lastmilehub.pod..")
                .should().dependOnClassesThat().resideInAPackage("io.lastmilehub.hub..")
                .check(hub);
        slices().matching("io.lastmilehub.(planning|tracking|pod|connectors)..").should().notDependOnEachOther()
                .check(hub);
    }

    /**
     * Shared by every connector: the SPI, the canonical codecs, and helpers for JSON, shops, addresses, places and
     * carrier statuses.
     */
    private static final String[] SHARED_CONNECTOR_PACKAGES = {"io.lastmilehub.connectors.spi..",
        "io.lastmilehub.connectors.canonical..", "io.lastmilehub.connectors.json..", "io.lastmilehub.connectors.shop..",
        "io.lastmilehub.connectors.address..", "io.lastmilehub.connectors.geo..", "io.lastmilehub.connectors.xml..",
        "io.lastmilehub.connectors.edi..", "io.lastmilehub.connectors.carrierstatus.."};

    @Test
    void connectorsNeverImportEachOther() {
        slices().matching("io.lastmilehub.connectors.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAnyPackage(SHARED_CONNECTOR_PACKAGES))
                .check(hub);
    }

    @Test
    void sharedConnectorPackagesDependOnNoConnector() {
        noClasses().that().resideInAnyPackage(SHARED_CONNECTOR_PACKAGES)
                .should().dependOnClassesThat().resideInAnyPackage("io.lastmilehub.connectors.shopify..",
                        "io.lastmilehub.connectors.woocommerce..", "io.lastmilehub.connectors.magento..",
                        "io.lastmilehub.connectors.sap..", "io.lastmilehub.connectors.geocoding..",
                        "io.lastmilehub.connectors.x12..", "io.lastmilehub.connectors.edifact..")
                .check(hub);
    }
}
