package org.claimdesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature packages honest: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modules_have_no_cycles_and_use_only_each_others_public_api() {
        modules.verify();
    }

    @Test
    void the_extraction_engine_depends_on_no_other_module() {
        var extraction = modules.getModuleByName("extraction").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(extraction.getBootstrapDependencies(modules).toList()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(
                        extraction.getDirectDependencies(modules).stream().toList())
                .isEmpty();
    }
}
