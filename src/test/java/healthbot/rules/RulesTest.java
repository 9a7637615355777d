package healthbot.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void registryHasEveryRuleByName() {
        List<String> names = Rules.all().stream().map(Rule::name).collect(Collectors.toList());
        assertEquals(List.of("dental_eligibility", "dental_travel", "physio_charge", "gp_entitlement",
                "emergency_dentist_hours", "clinic_for_age"), names);
        for (Rule rule : Rules.all()) {
            assertEquals(rule, Rules.byName(rule.name()).orElseThrow());
        }
        assertTrue(Rules.byName("nope").isEmpty());
        assertTrue(Rules.byName(null).isEmpty());
    }

    @Test
    void everyFactKeyExistsInTheSeedFacts() {
        Facts seed = SeedFacts.seedFacts();
        for (Rule rule : Rules.all()) {
            for (String key : rule.factKeys()) {
                assertFalse(seed.fact(key).value().isBlank(), key);
            }
            assertFalse(rule.outcomes().isEmpty(), rule.name());
        }
    }

    @Test
    void moneyIsWholeOrTwoDecimals() {
        assertEquals("400", DecisionBuilder.money(new java.math.BigDecimal("400.00")));
        assertEquals("226.20", DecisionBuilder.money(new java.math.BigDecimal("226.2")));
        assertEquals("0.20", DecisionBuilder.money(new java.math.BigDecimal("0.200")));
        assertEquals("0", DecisionBuilder.money(new java.math.BigDecimal("0.00")));
        assertEquals("2025", DecisionBuilder.money(new java.math.BigDecimal("2.025E+3")));
        assertEquals("100", DecisionBuilder.plain(new java.math.BigDecimal("1E+2")));
        assertEquals("174.5", DecisionBuilder.plain(new java.math.BigDecimal("174.50")));
    }
}
