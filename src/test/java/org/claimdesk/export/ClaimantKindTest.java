package org.claimdesk.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimantKindTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "the ministry", "Ministry of Defence", "South Korea's National Intelligence Service", "the Pentagon",
            "NATO", "the UN", "U.N.", "Ukrainian officials", "U.S. officials", "police", "the police",
            "a court filing", "the study", "Acme Corp.", "Acme, Inc.", "the union", "trade unions",
            "the Defence Ministry", "the president's office", "the White House", "The New York Times",
            "the World Health Organization", "KCNA", "experts", "local residents", "NATO troops", "the agency"})
    void organizations_are_organizations(String claimant) {
        assertThat(ClaimantKind.of(claimant)).as(claimant).isEqualTo(ClaimantKind.ORGANIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "John Kirby", "Kim Jong Un", "President Volodymyr Zelensky", "Pentagon spokesman John Kirby",
            "Russia's defence minister", "the head of the ministry", "a spokesman for the army",
            "an official from the ministry", "John Kirby, Pentagon spokesman", "Dr. Jane Smith",
            "NATO Secretary General Jens Stoltenberg", "Apple CEO Tim Cook", "a British MP", "J.R.R. Tolkien",
            "Ministry spokesman", "police chief", "she", "the minister", "Zelensky"})
    void people_are_people(String claimant) {
        assertThat(ClaimantKind.of(claimant)).as(claimant).isEqualTo(ClaimantKind.PERSON);
    }

    @Test
    void no_claimant_has_no_kind() {
        assertThat(ClaimantKind.of(null)).isNull();
        assertThat(ClaimantKind.of("  ")).isNull();
    }

    @Test
    void the_kinds_name_schema_org_types() {
        assertThat(ClaimantKind.PERSON.schemaType).isEqualTo("Person");
        assertThat(ClaimantKind.ORGANIZATION.schemaType).isEqualTo("Organization");
    }
}
