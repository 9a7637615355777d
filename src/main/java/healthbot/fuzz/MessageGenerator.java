package healthbot.fuzz;

import healthbot.content.Content;
import healthbot.content.Intent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Messages of the kinds residents (and accidents) send, drawn from a {@link Random}: the same seed
 * gives the same messages. Button labels are chosen by the caller, who knows the last reply.
 */
public final class MessageGenerator {

    /** What a generated message is, so a run can check what it must get (113 for an emergency). */
    public enum Kind { UNICODE, LONG, BLANK, WORD_SALAD, EXAMPLE, NUMBER, YES_NO, COMMAND, EMERGENCY }

    /** A generated message and its kind. */
    public record Message(Kind kind, String text) {}

    /** Numbers in the formats residents write them, and some no one should. */
    public static final List<String> NUMBERS = List.of("19", "2006", "250", "0", "-5", "1 200,50", "kr 1 200,50", "NOK 1,200",
            "about 300", "ca. 300 kr", "200-300", "between 200 and 300", "three hundred kroner", "tre hundre",
            "250 each way, 500 for the round trip", "250 hver vei, 500 tur/retur", "180 km", "12 mil", "3.5",
            "99999999999999999999", "1e9", "12345678901", "I'm 19", "born 2010", "6 months", "et halvt år",
            "fifty", "4 4 4", "½", "٣٠٠", "300 300 300");
    /** Answers to yes/no questions, refusals and flow commands, in both languages. */
    public static final List<String> YES_NO = List.of("yes", "no", "nei", "ja", "no thanks", "I don't know", "vet ikke",
            "not sure", "rather not say", "maybe", "stop", "avbryt", "continue", "fortsett");
    /** Commands, known and unknown. */
    public static final List<String> COMMANDS = List.of("/start", "/help", "/reset", "/emergency", "/foo", "/start@healthbot",
            "/", "//", "/help me", "/reset now");
    private static final String[] ODD = {"\u200b", "\u200f", "\u202e", "\u2066", "\ufeff", "\u0000", "\u0007",
            "\r", "\t", "\ud83d\ude00", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\ud800", "\udc00", "\u0301", "ß", "ﬀ",
            "İ", "𝔘", "ʼ", "’", "«", "»", "\\", "\"", "{", "}", "<b>", "&amp;"};

    private final List<String> words;
    private final List<String> examples;
    private final List<String> emergencies;

    /** Vocabulary from the content: every example phrase, every label, and the lexicons' emergency words. */
    public MessageGenerator(Content content) {
        Set<String> w = new LinkedHashSet<>();
        List<String> ex = new ArrayList<>();
        List<String> em = new ArrayList<>();
        for (Intent i : content.intents()) {
            ex.addAll(i.allExamples());
            i.allExamples().forEach(e -> w.addAll(List.of(e.split("\\s+"))));
            w.addAll(i.label().byLanguage().values());
        }
        content.lexicons().values().forEach(l -> {
            em.addAll(l.emergency().naming());
            em.addAll(l.emergency().describing());
        });
        this.words = List.copyOf(w);
        this.examples = List.copyOf(ex);
        this.emergencies = List.copyOf(em);
    }

    /** Every example phrase of every intent. */
    public List<String> examples() {
        return examples;
    }

    /** The emergency intent's trigger phrases: each always means an emergency. */
    public List<String> emergencies() {
        return emergencies;
    }

    /** Words of the examples and the intents' labels, both languages. */
    public List<String> words() {
        return words;
    }

    public Message next(Random r) {
        int roll = r.nextInt(100);
        if (roll < 12) {
            return new Message(Kind.UNICODE, unicode(r, 1 + r.nextInt(r.nextInt(10) == 0 ? 400 : 30)));
        }
        if (roll < 14) {
            return new Message(Kind.LONG, salad(r, 300 + r.nextInt(3000)));
        }
        if (roll < 16) {
            return new Message(Kind.BLANK, List.of("", " ", "\n", "\u200b", "\t\t", "...", "?!").get(r.nextInt(7)));
        }
        if (roll < 34) {
            return new Message(Kind.WORD_SALAD, salad(r, 1 + r.nextInt(12)));
        }
        if (roll < 58) {
            return new Message(Kind.EXAMPLE, examples.get(r.nextInt(examples.size())));
        }
        if (roll < 76) {
            return new Message(Kind.NUMBER, NUMBERS.get(r.nextInt(NUMBERS.size())));
        }
        if (roll < 88) {
            return new Message(Kind.YES_NO, YES_NO.get(r.nextInt(YES_NO.size())));
        }
        if (roll < 94) {
            return new Message(Kind.COMMAND, COMMANDS.get(r.nextInt(COMMANDS.size())));
        }
        String trigger = emergencies.get(r.nextInt(emergencies.size()));
        return new Message(Kind.EMERGENCY, r.nextBoolean() ? trigger : "help! " + trigger + "!!");
    }

    private String salad(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(r.nextInt(8) == 0 ? ODD[r.nextInt(ODD.length)] : words.get(r.nextInt(words.size())));
        }
        return s.toString();
    }

    private static String unicode(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(4);
            if (pick == 0) {
                s.append(ODD[r.nextInt(ODD.length)]);
            } else if (pick == 1) {
                s.append((char) r.nextInt(0x10000)); // lone surrogates included
            } else {
                s.appendCodePoint(r.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return s.toString();
    }
}
