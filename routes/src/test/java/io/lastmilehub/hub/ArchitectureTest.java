package io.lastmilehub.hub;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency direction of ARCHITECTURE.md: routes -> adapters/connectors/planning -> canonical-model. Only the
 * routes module (package io.lastmilehub.hub) knows Camel or Spring; connectors never import each other. Within each
 * module of more than one package, no two packages depend on each other, however indirectly.
 */
class ArchitectureTest {

    private static JavaClasses hub;

    @BeforeAll
    static void importClasses() {
        // Main code only: the other modules' test jars (shared test bases) are on this class path too.
        hub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.lastmilehub");
    }

    @Test
    void onlyTheRoutesModuleKnowsCamelOrSpring() {
        noClasses().that().resideOutsideOfPackage("io.lastmilehub.hub..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework..")
                .check(hub);
    }

    /**
     * A cycle between packages (inbound uses edi, edi uses inbound) makes features that cannot be understood, tested
     * or moved one at a time. A lower package that needs a higher one declares a small interface the higher one
     * implements ({@code inbound.InboundGate}, {@code security.DeviceCredentials}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"io.lastmilehub.hub", "io.lastmilehub.connectors", "io.lastmilehub.planning",
        "io.lastmilehub.model"})
    void theFeaturePackagesOfEachModuleAreFreeOfCycles(String module) {
        slices().assignedFrom(firstLevelPackagesOf(module)).should().beFreeOfCycles().check(hub);
    }

    /** Each package right under the module's root is a slice with its sub-packages; the root package is one too. */
    private static SliceAssignment firstLevelPackagesOf(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(root)) {
                    return SliceIdentifier.of(root);
                }
                return name.startsWith(root + ".") ? SliceIdentifier.of(name.substring(root.length() + 1)
                        .split("\\.")[0]) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the packages of " + root;
            }
        };
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
     * Shared by every connector: the SPI, the canonical codecs, and the helpers under {@code support} (JSON, XML, EDI,
     * shops, addresses, places, carrier statuses, and the cost allocation that SAP freight cost IDocs and X12 210
     * invoices both use).
     */
    private static final String[] SHARED_CONNECTOR_PACKAGES = {"io.lastmilehub.connectors.spi..",
        "io.lastmilehub.connectors.canonical..", "io.lastmilehub.connectors.support.."};

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
                .should().dependOnClassesThat(resideInAPackage("io.lastmilehub.connectors..")
                        .and(not(resideInAnyPackage(SHARED_CONNECTOR_PACKAGES))))
                .check(hub);
    }
}
