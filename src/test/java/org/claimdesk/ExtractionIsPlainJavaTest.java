package org.claimdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The extraction engine and the related-claim finder must stay plain Java: testable, benchmarkable and reusable
 * without the app. Views never reach past the services.
 */
class ExtractionIsPlainJavaTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimdesk");

    @Test
    void extraction_uses_no_spring_vaadin_jpa_or_other_module() {
        noClasses().that().resideInAPackage("org.claimdesk.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "jakarta..", "org.hibernate..",
                        "tools.jackson..", "com.fasterxml..",
                        "org.claimdesk.article..", "org.claimdesk.claim..", "org.claimdesk.security..",
                        "org.claimdesk.base..", "org.claimdesk.shared..")
                .check(classes);
    }

    @Test
    void the_related_claim_finder_uses_nothing_but_the_jdk() {
        classes().that().resideInAPackage("org.claimdesk.related..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.claimdesk.related..", "java..")
                .check(classes);
    }

    @Test
    void views_never_call_repositories() {
        noClasses().that().resideInAPackage("org.claimdesk..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }
}
