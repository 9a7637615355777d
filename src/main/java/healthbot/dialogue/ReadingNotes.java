package healthbot.dialogue;

import healthbot.nlu.EntityExtractor;
import healthbot.rules.Answers;
import healthbot.rules.Decision;
import healthbot.rules.DurationUnit;
import healthbot.rules.SlotValue;
import healthbot.rules.Step;
import healthbot.rules.Value;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Says in the reply how a value was read when it was not given in the unit the rule counts in:
 * "You wrote 3 weeks, which is less than the 3 months the rule needs", "(I read 12 mil as 120 km:
 * a Norwegian mil is 10 km.)", "(You gave a range, 200 to 300; I counted the middle, 250.)", and, when days or weeks are too close to a threshold in months to
 * tell, why the months are asked for. The wording is the content's ({@code ui.read_*},
 * {@code ui.duration_*}), in the reply's language. Stateless.
 */
final class ReadingNotes {

    private static final BigDecimal KM_PER_MIL = BigDecimal.TEN;

    private ReadingNotes() {
    }

    /**
     * The note for a rule's step, put before the reply: how a duration in days, weeks or years
     * compared with the rule's threshold (the decision's {@code given_*} variables), or why a
     * duration already given is asked again in months.
     */
    static void afterStep(Step next, Answers answers, ReplyBuilder out) {
        if (next instanceof Decision d && d.variables().get("given_unit") instanceof Value.Word unit
                && d.variables().get("given_amount") instanceof Value.Quantity amount
                && d.variables().get("given_is") instanceof Value.Word relation) {
            Map<String, Value> vars = new java.util.HashMap<>(d.variables());
            vars.put("given", new Value.Word(duration(amount.amount(), unit.text(), out)));
            out.prefix(out.ui("read_" + relation.text(), vars));
        } else if (next instanceof Step.Ask ask && answers.get(ask.slot()).orElse(null) instanceof SlotValue.Duration given
                && given.unit() != DurationUnit.MONTH) {
            out.prefix(out.ui("unit_undecided", Map.of("given", new Value.Word(duration(given.amount(), given.unit().id(), out)))));
        }
    }

    /** The note for a distance written in Norwegian mil: how many km it was read as. */
    static void milRead(BigDecimal mil, ReplyBuilder out) {
        out.prefix(out.ui("read_mil", Map.of("mil", new Value.Quantity(mil), "km", new Value.Quantity(mil.multiply(KM_PER_MIL)))));
    }

    /** The note for a distance or an amount given as a range: the middle was counted. */
    static void rangeRead(EntityExtractor.ReadRange range, ReplyBuilder out) {
        out.prefix(out.ui("read_range", Map.of("low", new Value.Quantity(range.low()), "high", new Value.Quantity(range.high()),
                "counted", new Value.Quantity(range.counted()))));
    }

    /** "3 weeks", "1 week", "3 tygodnie": the content's form for the number (see {@code Settings.UI_KEYS}). */
    private static String duration(BigDecimal amount, String unit, ReplyBuilder out) {
        return out.uiCounted("duration_" + unit, amount, Map.of("n", new Value.Quantity(amount)));
    }
}
