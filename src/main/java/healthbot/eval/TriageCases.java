package healthbot.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a triage file: JSON lines, each an object with a string {@code text} and where it should be
 * sent, either as {@code expect} ("113", "legevakt", "dentist", "gp", "topic", "fallback"; several fair
 * answers as "gp|fallback", the first being the case's row in the confusion table) or as
 * the expected {@code intent} (the residents' set: "emergency", "legevakt", "emergency_dentist",
 * "gp_role", any other intent is a topic); {@code expect} wins when both are given. Optional:
 * {@code lang}, {@code group} (the symptom group), {@code kind}. Blank lines and lines starting
 * with {@code //} are skipped.
 */
public final class TriageCases {

    private static final String SHAPE = "{\"text\": \"...\", \"expect\": \"113\", \"lang\": \"en\"}";

    private TriageCases() {
    }

    /** The cases of {@code file}, expected intents read with the content's {@code names}. */
    public static List<TriageCase> read(Path file, TriageOutcome.Names names) {
        List<TriageCase> cases = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(file, SHAPE)) {
            cases.add(parse(line.node(), line.at(), line.where(), names));
        }
        if (cases.isEmpty()) {
            throw new EvalDataException(file + ": no cases in it. Write one " + SHAPE + " per line.");
        }
        return cases;
    }

    private static TriageCase parse(JsonNode node, String at, String where, TriageOutcome.Names names) {
        String text = string(node, "text", at);
        if (text == null || text.isBlank()) {
            throw new EvalDataException(at + ": no \"text\" (or an empty one); each line must be an object like " + SHAPE + ".");
        }
        String expect = string(node, "expect", at);
        String intent = string(node, "intent", at);
        List<TriageOutcome> accepted = new ArrayList<>();
        if (expect != null) {
            for (String one : expect.split("\\|")) {
                TriageOutcome o = TriageOutcome.ofLabel(one);
                if (o == null) {
                    throw new EvalDataException(at + ": \"expect\": \"" + expect + "\": \"" + one.strip() + "\" is not an outcome; "
                            + "write one of 113, legevakt, dentist, gp, topic, fallback (several as \"gp|fallback\").");
                }
                accepted.add(o);
            }
        } else if (intent != null) {
            accepted.add(names.expected(intent));
        } else {
            throw new EvalDataException(at + ": no \"expect\" (113, legevakt, dentist, gp, topic, fallback) and no \"intent\"; "
                    + "say where the message should be sent.");
        }
        if (accepted.contains(TriageOutcome.EMERGENCY) && accepted.size() > 1) {
            throw new EvalDataException(at + ": \"expect\": \"" + expect + "\": a red case has one right answer, 113; "
                    + "write \"113\" alone.");
        }
        return new TriageCase(text, accepted.get(0), java.util.Set.copyOf(accepted), orElse(string(node, "lang", at), "?"), orElse(string(node, "group", at), ""),
                orElse(string(node, "kind", at), ""), where);
    }

    private static String string(JsonNode node, String field, String at) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new EvalDataException(at + ": \"" + field + "\" must be a string.");
        }
        return v.asText();
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
