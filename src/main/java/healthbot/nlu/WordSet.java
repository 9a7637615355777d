package healthbot.nlu;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sets of words as a {@link ModelCache} payload: the number of sets, then each set's name, its
 * count and each word's length and UTF-8 bytes (little-endian ints), in iteration order. Used for
 * what takes normalising much of the content to build: the typo guard (every common and example
 * word) and the words each language's texts write (for the language detector).
 */
final class WordSet {

    /** The cache file name prefix of typo-guard entries. */
    static final String PREFIX = "words";
    /** The cache file name prefix of the entries of each language's text words. */
    static final String TEXT_PREFIX = "textwords";
    /** Bump when what the set holds or the payload changes (it is part of the key). */
    static final int FORMAT = 1;

    private WordSet() {
    }

    static byte[] encode(Set<String> words) {
        return encode(java.util.Map.of("", words));
    }

    /** @throws EmergencyTables.Invalid when the bytes are not a set written by {@link #encode(Set)} */
    static Set<String> decode(byte[] payload) throws EmergencyTables.Invalid {
        java.util.Map<String, Set<String>> sets = decodeByName(payload);
        if (sets.size() != 1 || !sets.containsKey("")) {
            throw new EmergencyTables.Invalid("not one set of words but " + sets.size());
        }
        return sets.get("");
    }

    /** Named sets (language code to its words), in the map's order: the count, then each name and its words. */
    static byte[] encode(java.util.Map<String, ? extends Set<String>> sets) {
        List<byte[]> utf8 = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int size = Integer.BYTES;
        for (java.util.Map.Entry<String, ? extends Set<String>> e : sets.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            utf8.add(name);
            counts.add(e.getValue().size());
            size = Math.addExact(size, 2 * Integer.BYTES + name.length);
            for (String w : e.getValue()) {
                byte[] b = w.getBytes(StandardCharsets.UTF_8);
                utf8.add(b);
                size = Math.addExact(size, Integer.BYTES + b.length);
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(sets.size());
        int next = 0;
        for (int count : counts) {
            byte[] name = utf8.get(next++);
            out.putInt(name.length).put(name).putInt(count);
            for (int i = 0; i < count; i++) {
                byte[] b = utf8.get(next++);
                out.putInt(b.length).put(b);
            }
        }
        return out.array();
    }

    /** @throws EmergencyTables.Invalid when the bytes are not named sets written by {@link #encode(java.util.Map)} */
    static java.util.Map<String, Set<String>> decodeByName(byte[] payload) throws EmergencyTables.Invalid {
        ByteBuffer in = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        try {
            int sets = count(in, 2 * Integer.BYTES, "sets");
            java.util.Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
            for (int s = 0; s < sets; s++) {
                String name = string(payload, in);
                String[] words = new String[count(in, Integer.BYTES, "words")];
                for (int i = 0; i < words.length; i++) {
                    words[i] = string(payload, in);
                }
                if (out.put(name, Set.of(words)) != null) {
                    throw new EmergencyTables.Invalid("the set \"" + name + "\" is there twice");
                }
            }
            if (in.hasRemaining()) {
                throw new EmergencyTables.Invalid(in.remaining() + " bytes left over after the words");
            }
            return java.util.Collections.unmodifiableMap(out);
        } catch (BufferUnderflowException e) {
            throw new EmergencyTables.Invalid("the words end early");
        } catch (IllegalArgumentException e) { // Set.of: a word twice
            throw new EmergencyTables.Invalid("a word is there twice");
        }
    }

    private static int count(ByteBuffer in, int bytesEach, String what) throws EmergencyTables.Invalid {
        int n = in.getInt();
        if (n < 0 || (long) n * bytesEach > in.remaining()) {
            throw new EmergencyTables.Invalid("a count of " + n + " " + what + " where only " + in.remaining() + " bytes are left");
        }
        return n;
    }

    private static String string(byte[] payload, ByteBuffer in) throws EmergencyTables.Invalid {
        int length = count(in, 1, "bytes");
        String s = new String(payload, in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
