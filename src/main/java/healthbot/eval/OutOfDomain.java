package healthbot.eval;

import healthbot.clock.NorwegianHolidays;
import healthbot.content.Content;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.dialogue.Bot;
import healthbot.dialogue.Reply;
import healthbot.nlu.Nlu;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the bot treats messages that are all outside its domain (everyday assistant requests): each
 * message is sent, as the first message of a fresh chat, through the real {@link Bot} (the same
 * turn logic a resident meets), and the reply is counted as an emergency answer, a health-topic
 * answer (a topic intent, a flow, or a "did you mean" between topics), or neither (fallback and
 * small talk such as greeting, thanks, goodbye, help).
 */
public final class OutOfDomain {

    /** How many examples of each wrong kind of answer a result keeps. */
    static final int EXAMPLES = 15;


    private OutOfDomain() {
    }

    /**
     * The shares for one file.
     *
     * @param file            what was scored
     * @param messages        how many messages
     * @param emergency       how many got the emergency answer
     * @param healthTopic     how many got a health-topic answer
     * @param emergencyShare  emergency / messages
     * @param healthTopicShare healthTopic / messages
     * @param topics          health-topic answers by intent, most frequent first
     * @param emergencyExamples some messages answered as an emergency
     * @param topicExamples   some messages answered with a health topic, as "intent: text"
     */
    public record Result(String file, int messages, int emergency, int healthTopic, double emergencyShare,
                         double healthTopicShare, Map<String, Integer> topics, List<String> emergencyExamples,
                         List<String> topicExamples) {}

    /**
     * Reads the messages of a JSON-lines file: each line an object with a string {@code text} (other
     * fields, such as {@code intent}, are ignored). Lines whose text is empty are skipped, since the
     * public corpora have a few; any other bad line is an error naming the file and line.
     */
    public static List<LabelledMessage> read(Path file) {
        List<LabelledMessage> out = new ArrayList<>();
        for (JsonLinesFile.Line line : JsonLinesFile.read(file, "{\"text\": \"set a timer\"}")) {
            JsonNode text = line.node().get("text");
            if (text == null || !text.isTextual()) {
                throw new EvalDataException(line.at() + ": no string \"text\"; each line must be an "
                        + "object like {\"text\": \"set a timer\"}.");
            }
            if (!text.asText().isBlank()) {
                out.add(new LabelledMessage(text.asText(), "out-of-domain", line.where()));
            }
        }
        if (out.isEmpty()) {
            throw new EvalDataException(file + ": no messages in it. Write one {\"text\": ...} per line.");
        }
        return out;
    }

    /** Trains a bot on {@code content} and scores every message of each file with it. */
    public static List<Result> measure(Content content, Map<String, List<LabelledMessage>> files) {
        Bot bot = new Bot(content, Nlu.train(content), Clock.systemUTC(), new NorwegianHolidays());
        List<Result> results = new ArrayList<>();
        files.forEach((name, messages) -> results.add(measure(bot, name, messages)));
        return results;
    }

    /** Scores the messages with an existing bot, each in a chat of its own. */
    public static Result measure(Bot bot, String name, List<LabelledMessage> messages) {
        Map<String, IntentKind> kinds = new LinkedHashMap<>();
        for (Intent i : bot.content().intents()) {
            kinds.put(i.name(), i.kind());
        }
        int emergency = 0;
        int topic = 0;
        Map<String, Integer> byTopic = new LinkedHashMap<>();
        List<String> emergencyExamples = new ArrayList<>();
        List<String> topicExamples = new ArrayList<>();
        int n = 0;
        for (LabelledMessage m : messages) {
            String chat = "out-of-domain-" + name + "-" + n++;
            Reply reply = bot.handle(chat, m.text());
            bot.forget(chat);
            IntentKind kind = kinds.get(reply.intent());
            if (kind == IntentKind.EMERGENCY) {
                emergency++;
                if (emergencyExamples.size() < EXAMPLES) {
                    emergencyExamples.add(m.text());
                }
            } else if (kind == IntentKind.TOPIC) {
                topic++;
                byTopic.merge(reply.intent(), 1, Integer::sum);
                if (topicExamples.size() < EXAMPLES) {
                    topicExamples.add(reply.intent() + ": " + m.text());
                }
            }
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        byTopic.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        int total = messages.size();
        return new Result(name, total, emergency, topic, share(emergency, total), share(topic, total), sorted,
                emergencyExamples, topicExamples);
    }

    /** The console lines: one per file, then the most frequent topics and a few examples. */
    public static String lines(List<Result> results) {
        StringBuilder s = new StringBuilder();
        for (Result r : results) {
            s.append(String.format(Locale.ROOT, "%nout of domain: %s (%d messages)%n", r.file(), r.messages()));
            s.append(String.format(Locale.ROOT, "  answered as an emergency     %6.2f %% (%d)%n", 100 * r.emergencyShare(), r.emergency()));
            s.append(String.format(Locale.ROOT, "  answered with a health topic %6.2f %% (%d)%n", 100 * r.healthTopicShare(), r.healthTopic()));
            if (!r.topics().isEmpty()) {
                s.append("  topics: ").append(String.join(", ", r.topics().entrySet().stream()
                        .limit(8).map(e -> e.getKey() + " " + e.getValue()).toList())).append('\n');
            }
            r.emergencyExamples().stream().limit(5).forEach(e -> s.append("  emergency: \"").append(e).append("\"\n"));
            r.topicExamples().stream().limit(5).forEach(e -> s.append("  topic ").append(e).append('\n'));
        }
        return s.toString();
    }

    private static double share(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
