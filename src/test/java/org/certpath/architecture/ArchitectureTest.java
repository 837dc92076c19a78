package org.certpath.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * What may import what: a request's parameters travel one way, from a resource to its repository,
 * and every package stands on the ones below it. {@code api} is the ground floor and knows no feature.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.certpath");

    @Test
    void shouldHaveNoCyclesBetweenPackages() {
        slices().matching("org.certpath.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void shouldLetEachLayerUseOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Api").definedBy("org.certpath.api..")
                .layer("Provenance").definedBy("org.certpath.provenance..")
                .layer("Audit").definedBy("org.certpath.audit..")
                .layer("Curation").definedBy("org.certpath.curation..")
                .layer("Security").definedBy("org.certpath.security..")
                .layer("Operations").definedBy("org.certpath.operations..")
                .layer("Places").definedBy("org.certpath.region..", "org.certpath.organization..")
                .layer("Occupations").definedBy("org.certpath.occupation..")
                .layer("Labour market").definedBy("org.certpath.salary..", "org.certpath.outlook..")
                .layer("Certifications").definedBy("org.certpath.certification..")
                .layer("Programs").definedBy("org.certpath.program..")
                .layer("Pathways").definedBy("org.certpath.pathway..")
                .layer("Imports").definedBy("org.certpath.imports..")
                .layer("Seed").definedBy("org.certpath.seed..")
                .layer("Database").definedBy("org.certpath.database..")
                .layer("System").definedBy("org.certpath.system..")

                .whereLayer("Api").mayNotAccessAnyLayer()
                .whereLayer("Provenance").mayOnlyAccessLayers("Api")
                .whereLayer("Audit").mayOnlyAccessLayers("Api")
                .whereLayer("Curation").mayOnlyAccessLayers("Api", "Provenance", "Audit")
                .whereLayer("Security").mayOnlyAccessLayers("Api", "Audit", "Curation")
                .whereLayer("Operations").mayOnlyAccessLayers("Api", "Security")
                .whereLayer("Places").mayOnlyAccessLayers("Api", "Provenance", "Curation")
                .whereLayer("Occupations").mayOnlyAccessLayers("Api", "Provenance", "Curation")
                .whereLayer("Labour market").mayOnlyAccessLayers("Api", "Provenance", "Curation", "Places", "Occupations")
                .whereLayer("Certifications")
                .mayOnlyAccessLayers("Api", "Provenance", "Curation", "Places", "Occupations")
                .whereLayer("Programs")
                .mayOnlyAccessLayers("Api", "Provenance", "Curation", "Places", "Certifications")
                .whereLayer("Pathways").mayOnlyAccessLayers("Api", "Provenance", "Places", "Occupations",
                        "Labour market", "Certifications", "Programs")
                .whereLayer("Imports").mayOnlyAccessLayers("Api", "Provenance", "Audit", "Curation", "Places",
                        "Occupations", "Labour market", "Certifications", "Programs")
                .whereLayer("Seed").mayOnlyAccessLayers("Provenance", "Programs")
                .whereLayer("Database").mayNotAccessAnyLayer()
                .whereLayer("System").mayOnlyAccessLayers("Api", "Curation", "Labour market", "Database")
                .check(MAIN);
    }

    @Test
    void shouldKeepQueriesOutOfResources() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(MAIN);
    }
}
