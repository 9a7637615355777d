package healthbot.nlu;

import healthbot.content.KeyBuilder;
import healthbot.content.Located;
import healthbot.content.Triage;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link EmergencyDetector} compiles from the content before it can read a message: every
 * emergency word and triage sign as normalised word phrases ({@code @set} words expanded), the
 * common words that typo tolerance must leave alone, and the emergency phrases. They depend only on
 * the content, so the {@link ModelCache} keeps them (entries named {@value #PREFIX}-..., keyed by
 * {@link #key every input} and the build), and a start-up with unchanged content decodes them
 * instead of compiling thousands of signs.
 *
 * <p>The payload: a table of the distinct strings (UTF-8), then the signs (group, grade, text, and
 * each part's alternatives as string numbers), the common words and the phrases, all little-endian
 * ints. Decoding checks every count and string number against what is left and what exists.
 *
 * @param signs    the compiled signs, in the order the matcher reads them
 * @param common   normalised words never read as typos of a sign word
 * @param triggers the lexicons' emergency phrases, normalised, in order
 */
record EmergencyTables(List<SignMatcher.Sign> signs, Set<String> common, List<String> triggers) {

    /** Bump when the compilation or the payload below changes (it is part of the key). */
    static final int FORMAT = 2;
    /** The cache file name prefix of these entries. */
    static final String PREFIX = "emergency";

    private static final Assessment.Grade[] GRADES = Assessment.Grade.values();

    /** A payload that does not decode into tables; the message says why. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String reason) {
            super(reason);
        }
    }

    /**
     * Every input of the compilation, as length-prefixed fields: the emergency phrases, the common
     * words, the everyday words, and each triage language's word sets and signs by group and grade.
     * (The context words, read by {@link SignContext} at every start, are not part of the tables.)
     */
    static byte[] key(Collection<String> describing, Collection<String> naming, Collection<String> commonWords,
                      Collection<String> everydayText, Triage triage) {
        KeyBuilder key = new KeyBuilder(1 << 20);
        list(key, "describing", describing);
        list(key, "naming", naming);
        list(key, "common", commonWords);
        list(key, "everyday", everydayText);
        field(key, "languages " + triage.languages().size());
        triage.languages().forEach((code, language) -> {
            field(key, code);
            field(key, "sets " + language.words().size());
            language.words().forEach((name, phrases) -> {
                field(key, name);
                list(key, "phrases", phrases);
            });
            field(key, "groups " + language.signs().size());
            language.signs().forEach((group, byGrade) -> {
                field(key, group);
                field(key, "grades " + byGrade.size());
                byGrade.forEach((grade, signs) -> {
                    field(key, grade.key());
                    field(key, "signs " + signs.size());
                    for (Located<String> sign : signs) {
                        field(key, sign.value());
                    }
                });
            });
        });
        return key.toBytes();
    }

    private static void list(KeyBuilder key, String name, Collection<String> items) {
        field(key, name + " " + items.size());
        for (String s : items) {
            field(key, s);
        }
    }

    private static void field(KeyBuilder key, String s) {
        key.field(s);
    }

    byte[] encode() {
        Map<String, Integer> ids = new HashMap<>();
        List<String> strings = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        ints.add(signs.size());
        for (SignMatcher.Sign sign : signs) {
            ints.add(id(sign.group(), ids, strings));
            ints.add(sign.grade().ordinal());
            ints.add(id(sign.text(), ids, strings));
            ints.add(sign.parts().size());
            for (List<String[]> part : sign.parts()) {
                ints.add(part.size());
                for (String[] alternative : part) {
                    ints.add(alternative.length);
                    for (String word : alternative) {
                        ints.add(id(word, ids, strings));
                    }
                }
            }
        }
        ints.add(common.size());
        common.forEach(w -> ints.add(id(w, ids, strings)));
        ints.add(triggers.size());
        triggers.forEach(w -> ints.add(id(w, ids, strings)));
        List<byte[]> utf8 = new ArrayList<>(strings.size());
        long size = Integer.BYTES * (1L + strings.size() + ints.size());
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            utf8.add(b);
            size += b.length;
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size)).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(strings.size());
        for (byte[] b : utf8) {
            out.putInt(b.length).put(b);
        }
        for (int i : ints) {
            out.putInt(i);
        }
        return out.array();
    }

    private static int id(String s, Map<String, Integer> ids, List<String> strings) {
        return ids.computeIfAbsent(s, x -> {
            strings.add(x);
            return strings.size() - 1;
        });
    }

    /** @throws Invalid when the bytes are not tables written by {@link #encode} */
    static EmergencyTables decode(byte[] payload) throws Invalid {
        ByteBuffer in = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        try {
            String[] strings = new String[count(in, Integer.BYTES)];
            for (int i = 0; i < strings.length; i++) {
                int length = count(in, 1);
                strings[i] = new String(payload, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            int signCount = count(in, 4 * Integer.BYTES);
            List<SignMatcher.Sign> signs = new ArrayList<>(signCount);
            for (int s = 0; s < signCount; s++) {
                String group = string(in, strings);
                int grade = in.getInt();
                if (grade < 0 || grade >= GRADES.length) {
                    throw new Invalid("grade " + grade + " does not exist");
                }
                String text = string(in, strings);
                int partCount = count(in, Integer.BYTES);
                List<List<String[]>> parts = new ArrayList<>(partCount);
                for (int p = 0; p < partCount; p++) {
                    int alternativeCount = count(in, Integer.BYTES);
                    List<String[]> alternatives = new ArrayList<>(alternativeCount);
                    for (int a = 0; a < alternativeCount; a++) {
                        String[] words = new String[count(in, Integer.BYTES)];
                        for (int w = 0; w < words.length; w++) {
                            words[w] = string(in, strings);
                        }
                        alternatives.add(words);
                    }
                    parts.add(alternatives);
                }
                signs.add(new SignMatcher.Sign(group, GRADES[grade], text, parts));
            }
            String[] commonWords = new String[count(in, Integer.BYTES)];
            for (int i = 0; i < commonWords.length; i++) {
                commonWords[i] = string(in, strings);
            }
            Set<String> common; // immutable as it comes: TypoPolicy's Set.copyOf of it is then no second copy
            try {
                common = Set.of(commonWords);
            } catch (IllegalArgumentException e) {
                throw new Invalid("a common word is there twice");
            }
            int triggerCount = count(in, Integer.BYTES);
            List<String> triggers = new ArrayList<>(triggerCount);
            for (int i = 0; i < triggerCount; i++) {
                triggers.add(string(in, strings));
            }
            if (in.hasRemaining()) {
                throw new Invalid(in.remaining() + " bytes left over after the tables");
            }
            return new EmergencyTables(signs, common, triggers);
        } catch (BufferUnderflowException e) {
            throw new Invalid("the tables end early");
        }
    }

    private static String string(ByteBuffer in, String[] strings) throws Invalid {
        int id = in.getInt();
        if (id < 0 || id >= strings.length) {
            throw new Invalid("string " + id + " of " + strings.length + " does not exist");
        }
        return strings[id];
    }

    /** A count, checked against the bytes left (at least {@code bytesEach} per item) before anything is allocated for it. */
    private static int count(ByteBuffer in, int bytesEach) throws Invalid {
        int n = in.getInt();
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new Invalid("a count of " + n + " where only " + in.remaining() + " bytes are left");
        }
        return n;
    }
}
