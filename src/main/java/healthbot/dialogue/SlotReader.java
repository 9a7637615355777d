package healthbot.dialogue;

import healthbot.content.SlotPrompt;
import healthbot.nlu.Analysis;
import healthbot.nlu.TextNormalizer;
import healthbot.rules.Answers;
import healthbot.rules.Rule;
import healthbot.rules.Slot;
import healthbot.rules.SlotType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a flow's slot values out of a message: the answer to the question just asked (lenient:
 * "19", "ja", "about 300"), and what any message states without being asked (strict: "I'm 19",
 * "200 km", and the flow file's {@code stated} phrases such as "referred to a specialist", so an
 * opening message fills the flow before its first question). Pure look-ups; thread-safe.
 *
 * <p>A stated phrase preceded closely by a negation ("not", "ikke", "without") states the
 * opposite for a yes/no slot and nothing for a choice; when phrases state two different values,
 * the message states none.
 */
final class SlotReader {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "ikke", "aldri", "dont", "didnt",
            "wasnt", "isnt", "arent", "havent", "hasnt", "without", "uten", "ingen", "nor");
    private static final int NEGATION_WINDOW = 3;
    /** "I don't know", "no", "rather not say" at a number question: ask again with a way out. */
    private static final Set<String> REFUSALS = Set.of("i dont know", "dont know", "i do not know", "do not know",
            "no idea", "no clue", "not sure", "im not sure", "i am not sure", "unsure", "i dont remember",
            "dont remember", "i cant remember", "cant remember", "i forgot", "rather not say", "id rather not say",
            "prefer not to say", "i prefer not to say", "none of your business", "skip", "pass", "unknown",
            "vet ikke", "jeg vet ikke", "aner ikke", "ingen anelse", "usikker", "jeg er usikker", "husker ikke",
            "jeg husker ikke", "vil ikke si", "vil helst ikke si", "hopp over", "ukjent", "dunno", "idk");
    private static final Set<SlotType> NUMBER_TYPES = Set.of(SlotType.AGE, SlotType.BIRTH_YEAR, SlotType.MONTHS,
            SlotType.KM, SlotType.MONEY);

    private final Knowledge k;
    /** flow/slot to value to normalised phrases, built once. */
    private final Map<String, Map<String, List<String>>> statedPhrases = new ConcurrentHashMap<>();

    SlotReader(Knowledge k) {
        this.k = k;
    }

    /** Values an opening message states, for the flow about to start. */
    Answers prefill(String flowName, Analysis analysis) {
        return analysis == null ? Answers.none() : addStated(flowName, Answers.none(), analysis.normalized());
    }

    /** Values the message states explicitly ("I'm 19", "in Bærum", "referred to a specialist"), for slots not yet known. */
    Answers addStated(String flowName, Answers answers, String normalized) {
        String padded = null;
        for (Slot s : k.rules.get(flowName).slots()) {
            if (!answers.has(s.name())) {
                Object v = extract(flowName, s, normalized, false);
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

    Object extract(String flowName, Slot slot, String normalized, boolean lenient) {
        Map<String, List<String>> choiceLabels = slot.type() == SlotType.CHOICE
                ? k.choiceLabels(flowName, slot.name()) : Map.of();
        Object v = k.nlu.entities().extract(slot.type(), normalized, lenient, choiceLabels).orElse(null);
        if (v == null && lenient && slot.type() == SlotType.BIRTH_YEAR && Knowledge.hasSlot(k.rules.get(flowName), "age")) {
            v = k.nlu.entities().extract(SlotType.AGE, normalized, true, Map.of()).orElse(null);
        }
        return v;
    }

    /** A birth-year question answered with an age fills the age slot instead. */
    String altSlot(String flowName, Slot asked, Object value) {
        if (asked.type() == SlotType.BIRTH_YEAR && value instanceof Integer i && i <= 120
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
    boolean refusesNumber(Slot slot, String normalized) {
        if (!NUMBER_TYPES.contains(slot.type())) {
            return false;
        }
        String t = normalized.replace(".", "").replace(",", "").replace("!", "").replace("?", "").strip();
        return REFUSALS.contains(t) || Boolean.FALSE.equals(k.nlu.entities().extract(SlotType.YES_NO, t, true, Map.of()).orElse(null));
    }

    /** The value the flow file's {@code stated} phrases find in the message (spaces around it), or null. */
    private Object stated(String flowName, Slot slot, String padded) {
        Map<String, List<String>> phrases = statedPhrases.computeIfAbsent(flowName + "/" + slot.name(), key -> normalizedPhrases(flowName, slot));
        if (phrases.isEmpty()) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, List<String>> e : phrases.entrySet()) {
            for (String phrase : e.getValue()) {
                int at = padded.indexOf(" " + phrase + " ");
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
        if (found == null || slot.type() != SlotType.YES_NO) {
            return found;
        }
        return found.equals("yes");
    }

    private static boolean negatedBefore(String padded, int at) {
        String[] before = padded.substring(0, at).strip().split(" ");
        for (int i = Math.max(0, before.length - NEGATION_WINDOW); i < before.length; i++) {
            if (NEGATIONS.contains(before[i])) {
                return true;
            }
        }
        return false;
    }

    private Map<String, List<String>> normalizedPhrases(String flowName, Slot slot) {
        SlotPrompt prompt = k.content.flow(flowName).slots().get(slot.name());
        if (prompt == null || prompt.stated().isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        prompt.stated().forEach((value, list) -> {
            List<String> normalized = new ArrayList<>();
            list.forEach(p -> normalized.add(TextNormalizer.normalize(p)));
            out.put(value, List.copyOf(normalized));
        });
        return out;
    }
}
