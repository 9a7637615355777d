package healthbot.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Test helpers shared by the rule tests. Table rows are {@code (quote, expected, variables,
 * answers)}: {@code expected} is an outcome code or {@code ?slot} for "asks for slot";
 * {@code variables} is {@code "name=value; name=value"} (only the listed ones are checked).
 * Every run also checks the rule's contract: asked slots are in {@code slots()}, outcomes in
 * {@code outcomes()}, variables in {@code variables()}, facts read in {@code factKeys()}, and
 * {@code sources} exactly the sources of the facts (and pages) read.
 */
final class RuleCheck {

    static final NorwegianHolidays HOLIDAYS = new NorwegianHolidays();
    /** Saturday 21 November 2026, noon in Oslo. */
    static final RuleContext CTX = ctx("2026-11-21T12:00:00");

    private RuleCheck() {}

    static RuleContext ctx(String isoLocalDateTime) {
        return new RuleContext(LocalDateTime.parse(isoLocalDateTime).atZone(OsloClock.ZONE), HOLIDAYS);
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    static Arguments row(String quote, String expected, String variables, Object... answers) {
        return Arguments.of(quote, expected, variables, Answers.of(answers));
    }

    /** Runs one table row and checks the expected step and variables. */
    static Step assertRow(Rule rule, RuleContext ctx, String expected, String variables, Answers answers) {
        Step step = step(rule, answers, ctx);
        if (expected.startsWith("?")) {
            assertEquals(new Step.Ask(expected.substring(1)), step, "answers " + answers.values());
            assertTrue(variables == null || variables.isBlank(), "an Ask row has no variables");
            return step;
        }
        Decision decision = assertInstanceOf(step, answers);
        assertEquals(expected, decision.outcome(), () -> "answers " + answers.values() + " -> " + decision);
        parse(variables).forEach((name, value) ->
                assertEquals(value, decision.variables().containsKey(name) ? decision.variables().get(name).plain() : null,
                        () -> "variable " + name + " in " + decision));
        return step;
    }

    private static Decision assertInstanceOf(Step step, Answers answers) {
        if (step instanceof Decision d) {
            return d;
        }
        return fail("expected a decision for " + answers.values() + " but got " + step);
    }

    static Map<String, String> parse(String variables) {
        Map<String, String> m = new HashMap<>();
        if (variables != null && !variables.isBlank()) {
            for (String pair : variables.split(";")) {
                String[] kv = pair.split("=", 2);
                m.put(kv[0].trim(), kv[1].trim());
            }
        }
        return m;
    }

    /** One {@code next} call with seed facts, checking the rule's contract. */
    static Step step(Rule rule, Answers answers, RuleContext ctx) {
        return step(rule, answers, ctx, SeedFacts.seedFacts());
    }

    static Step step(Rule rule, Answers answers, RuleContext ctx, Facts facts) {
        Recording recording = new Recording(facts);
        Step step = assertDoesNotThrow(() -> rule.next(answers, recording, ctx));
        assertTrue(rule.factKeys().containsAll(recording.keys),
                () -> rule.name() + " read " + recording.keys + " outside factKeys()");
        if (step instanceof Step.Ask ask) {
            assertTrue(slotNames(rule).contains(ask.slot()), () -> ask.slot() + " not in slots()");
            return step;
        }
        Decision d = (Decision) step;
        assertEquals(rule.name(), d.rule());
        assertTrue(rule.outcomes().contains(d.outcome()), () -> d.outcome() + " not in outcomes()");
        assertTrue(rule.variables().containsAll(d.variables().keySet()),
                () -> d.variables().keySet() + " not all in variables()");
        assertFalse(d.reasons().isEmpty(), "a decision gives reasons");
        assertFalse(d.sources().isEmpty(), "a decision names its sources");
        assertEquals(recording.sources, d.sources(), "sources = the sources of the facts read");
        return step;
    }

    static List<String> slotNames(Rule rule) {
        return rule.slots().stream().map(Slot::name).collect(Collectors.toList());
    }

    /**
     * Runs every row and checks that together they reach every outcome and ask every slot
     * except {@code neverAsked}, so the table covers the rule and the declared lists are tight.
     */
    static void assertTableCovers(Rule rule, Stream<Arguments> rows, Set<String> neverAsked) {
        Set<String> outcomes = new HashSet<>();
        Set<String> asked = new HashSet<>();
        rows.forEach(r -> {
            Object[] a = r.get();
            RuleContext ctx = a.length > 4 ? (RuleContext) a[4] : CTX;
            Step step = step(rule, (Answers) a[3], ctx);
            if (step instanceof Step.Ask ask) {
                asked.add(ask.slot());
            } else {
                outcomes.add(((Decision) step).outcome());
            }
        });
        assertEquals(rule.outcomes(), outcomes, "outcomes reached by the table");
        Set<String> askable = new HashSet<>(slotNames(rule));
        askable.removeAll(neverAsked);
        assertEquals(askable, asked, "slots asked by the table");
    }

    /** A simulated dialogue: the result and the slots asked, in order. */
    record Conversation(Decision decision, List<String> asked) {}

    /**
     * Starts from {@code given}, answers each Ask from {@code user}; fails if the rule asks a
     * slot twice or one the user has no answer for (i.e. one that should not matter).
     */
    static Conversation converse(Rule rule, RuleContext ctx, Answers given, Map<String, Object> user) {
        Answers answers = given;
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Step step = step(rule, answers, ctx);
            if (step instanceof Decision d) {
                return new Conversation(d, asked);
            }
            String slot = ((Step.Ask) step).slot();
            assertFalse(asked.contains(slot), () -> "asked " + slot + " twice");
            assertFalse(given.has(slot), () -> "asked " + slot + " though it was given up front");
            assertTrue(user.containsKey(slot), () -> "asked " + slot + " which cannot matter here; asked so far " + asked);
            asked.add(slot);
            answers = answers.with(slot, SlotValue.of(user.get(slot)));
        }
        return fail("no decision after 20 steps");
    }

    /** Facts that remember which keys and sources a rule read. */
    private static final class Recording implements Facts {
        private final Facts delegate;
        final Set<String> keys = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();

        Recording(Facts delegate) {
            this.delegate = delegate;
        }

        @Override
        public Fact fact(String key) {
            Fact fact = delegate.fact(key);
            keys.add(key);
            sources.add(fact.sourceId());
            return fact;
        }

        @Override
        public Source source(String sourceId) {
            sources.add(sourceId);
            return delegate.source(sourceId);
        }
    }

    static ZonedDateTime at(String iso) {
        return LocalDateTime.parse(iso).atZone(OsloClock.ZONE);
    }
}
