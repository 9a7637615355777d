package healthbot.dialogue;

import healthbot.content.Lexicon;
import healthbot.content.SlotPrompt;
import healthbot.nlu.Analysis;
import healthbot.nlu.EntityExtractor;
import healthbot.nlu.TextNormalizer;
import healthbot.rules.Answers;
import healthbot.rules.Rule;
import healthbot.rules.Slot;
import healthbot.rules.SlotType;
import healthbot.rules.SlotValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a flow's slot values out of a message: the answer to the question just asked (lenient:
 * "19", "ja", "about 300"), and what any message states without being asked (strict: "I'm 19",
 * "200 km", and the {@code stated} phrases of every language's {@code examples.json}, such as
 * "referred to a specialist", so an opening message fills the flow before its first question).
 * Pure look-ups; thread-safe.
 *
 * <p>A stated phrase preceded closely by a negation of any language ("not", "ikke", "without": a
 * resident may switch language mid-sentence)
 * states the opposite for a yes/no slot and nothing for a choice; when phrases state two different
 * values, the message states none.
 */
final class SlotReader {

    private static final int NEGATION_WINDOW = 3;
    private static final Set<SlotType> NUMBER_TYPES = Set.of(SlotType.AGE, SlotType.BIRTH_YEAR, SlotType.MONTHS,
            SlotType.KM, SlotType.MONEY);


    private final Knowledge k;
    /** Every language's refusals, normalised: "I don't know" is read in any language. */
    private final Set<String> refusals = new HashSet<>();
    /** Every language's negation words, normalised. */
    private final Set<String> negation = new HashSet<>();
    /** flow/slot to value to phrases, built once. */
    private final Map<String, Map<String, List<String>>> statedPhrases = new ConcurrentHashMap<>();

    SlotReader(Knowledge k) {
        this.k = k;
        for (Lexicon l : k.content.lexicons().values()) {
            l.refusals().forEach(r -> refusals.add(TextNormalizer.normalize(r)));
            l.negation().forEach(w -> negation.add(TextNormalizer.normalize(w)));
        }
    }

    /** Values an opening message states, for the flow about to start. */
    Answers prefill(String flowName, Analysis analysis, List<String> languages) {
        return analysis == null ? Answers.none() : addStated(flowName, Answers.none(), analysis.normalized(), languages);
    }

    /** Values the message states explicitly ("I'm 19", "in Bærum", "referred to a specialist"), for slots not yet known. */
    Answers addStated(String flowName, Answers answers, String normalized, List<String> languages) {
        String padded = null;
        for (Slot s : k.rules.get(flowName).slots()) {
            if (!answers.has(s.name())) {
                SlotValue v = extract(flowName, s, normalized, false, languages);
                if (v == null && (s.type() == SlotType.YES_NO || s.type() == SlotType.CHOICE)) {
                    padded = padded != null ? padded : " " + normalized.replace(',', ' ').replace('.', ' ') + " ";
                    v = stated(flowName, s, padded);
                }
                if (v != null) {
                    answers = answers.with(s.name(), v);
                }
            }
        }
        return answers;
    }

    SlotValue extract(String flowName, Slot slot, String normalized, boolean lenient, List<String> languages) {
        Map<String, List<String>> choiceLabels = slot.type() == SlotType.CHOICE
                ? k.choiceLabels(flowName, slot.name()) : Map.of();
        SlotValue v = k.nlu.entities().extract(slot.type(), normalized, lenient, choiceLabels, languages).orElse(null);
        if (v == null && lenient && slot.type() == SlotType.BIRTH_YEAR && Knowledge.hasSlot(k.rules.get(flowName), "age")) {
            v = k.nlu.entities().extract(SlotType.AGE, normalized, true, Map.of(), languages).orElse(null);
        }
        return v;
    }

    /**
     * The note saying how a distance or an amount was read: from Norwegian mil ("12 mil" as
     * 120 km), or as the middle of the range it was read from ({@link #rangeGiven}: "200-300 kr" as 250).
     */
    void noteHowRead(Slot slot, String normalized, Optional<EntityExtractor.ReadRange> range, List<String> languages,
                     ReplyBuilder out) {
        if (slot.type() == SlotType.KM) {
            k.nlu.entities().milGiven(normalized, languages).ifPresent(mil -> ReadingNotes.milRead(mil, out));
        }
        range.ifPresent(r -> ReadingNotes.rangeRead(r, out));
    }

    /** The range an amount or a distance was counted the middle of ("200-300 kr"), or empty. */
    Optional<EntityExtractor.ReadRange> rangeGiven(Slot slot, String normalized, boolean lenient, List<String> languages) {
        return k.nlu.entities().rangeGiven(slot.type(), normalized, lenient, languages);
    }

    /** A birth-year question answered with an age fills the age slot instead. */
    String altSlot(String flowName, Slot asked, SlotValue value) {
        if (asked.type() == SlotType.BIRTH_YEAR && value instanceof SlotValue.Whole w && w.value() <= 120
                && Knowledge.hasSlot(k.rules.get(flowName), "age")) {
            return "age";
        }
        return asked.name();
    }

    Slot slot(String flowName, String name) {
        Rule rule = k.rules.get(flowName);
        return rule.slots().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("rule of flow " + flowName + " has no slot " + name));
    }

    /** Whether the message declines to give the number asked for ("no", "I don't know", "vet ikke"). */
    boolean refusesNumber(Slot slot, String normalized, List<String> languages) {
        if (!NUMBER_TYPES.contains(slot.type())) {
            return false;
        }
        String t = normalized.replace(".", "").replace(",", "").replace("!", "").replace("?", "").strip();
        return refusals.contains(t) || Boolean.FALSE.equals(k.nlu.entities().yesNo(t, languages).orElse(null));
    }

    /** The value the {@code stated} phrases find in the message (spaces around it), or null. */
    private SlotValue stated(String flowName, Slot slot, String padded) {
        Map<String, List<String>> phrases = statedPhrases.computeIfAbsent(flowName + "/" + slot.name(), key -> normalizedPhrases(flowName, slot));
        if (phrases.isEmpty()) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, List<String>> e : phrases.entrySet()) {
            for (String phrase : e.getValue()) {
                int at = padded.indexOf(phrase); // phrases are padded like the message
                if (at < 0) {
                    continue;
                }
                String value = e.getKey();
                if (negatedBefore(padded, at)) {
                    if (slot.type() != SlotType.YES_NO) {
                        continue;
                    }
                    value = value.equals("yes") ? "no" : "yes";
                }
                if (found != null && !found.equals(value)) {
                    return null; // the message says both
                }
                found = value;
            }
        }
        if (found == null) {
            return null;
        }
        return slot.type() == SlotType.YES_NO ? new SlotValue.YesNo(found.equals("yes")) : new SlotValue.Id(found);
    }

    private boolean negatedBefore(String padded, int at) {
        String[] before = padded.substring(0, at).strip().split(" ");
        for (int i = Math.max(0, before.length - NEGATION_WINDOW); i < before.length; i++) {
            if (negation.contains(before[i])) {
                return true;
            }
        }
        return false;
    }

    /** Every language's stated phrases of a slot, value by value (values in the order first seen). */
    private Map<String, List<String>> normalizedPhrases(String flowName, Slot slot) {
        SlotPrompt prompt = k.content.flow(flowName).slots().get(slot.name());
        if (prompt == null || prompt.stated().isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        prompt.stated().forEach((language, values) -> values.forEach((value, list) -> {
            List<String> normalized = out.computeIfAbsent(value, v -> new ArrayList<>());
            list.forEach(p -> normalized.add(" " + TextNormalizer.normalize(p) + " "));
        }));
        return out;
    }
}
