package healthbot.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The text of every content file the loader read, in the order read, for locating problems later;
 * and each file's bytes as read, for the validated-content key ({@link ContentLoader}): the key is
 * made of the bytes themselves instead of re-encoding the texts (which cost about 90 ms of CPU at
 * every cold start).
 */
final class FileTexts {

    private final Map<Path, String> texts = new LinkedHashMap<>();
    private final Map<Path, byte[]> bytes = new LinkedHashMap<>();

    /**
     * Reads a file as UTF-8 (malformed input is an error, as with {@link Files#readString}) and keeps
     * its text and bytes.
     *
     * @throws java.nio.file.NoSuchFileException when it is missing
     * @throws IOException                       when it cannot be read or is not UTF-8
     */
    String read(Path file) throws IOException {
        byte[] read = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(read)).toString();
        texts.put(file, text);
        bytes.put(file, read);
        return text;
    }

    /** The text of a file read, or null. */
    String get(Path file) {
        return texts.get(file);
    }

    /** Every file read and its text, in the order read. */
    Set<Map.Entry<Path, String>> entrySet() {
        return texts.entrySet();
    }

    int size() {
        return texts.size();
    }

    /** Adds what another reader read, after what this one read. */
    void putAll(FileTexts other) {
        texts.putAll(other.texts);
        bytes.putAll(other.bytes);
    }

    /** Every file read and its bytes, in the order read. */
    Map<Path, byte[]> bytes() {
        return java.util.Collections.unmodifiableMap(bytes);
    }
}
