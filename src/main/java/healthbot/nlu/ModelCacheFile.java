package healthbot.nlu;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The bytes of one cached model: a header, the key it was trained for, the model, and a checksum.
 *
 * <pre>
 * offset  size  what
 * 0       8     magic "HBMODEL" 0x1A
 * 8       4     format version ({@link #FORMAT})
 * 12      4     key length K
 * 16      4     payload length P
 * 20      K     key: everything the model depends on ({@link ModelCache#key})
 * 20+K    P     payload: vocabulary, labels, feature ids, weights (counts, then UTF-8 strings or raw
 *               little-endian ints and floats)
 * 20+K+P  4     CRC-32C of every byte before it
 * </pre>
 *
 * Reading trusts nothing: the length must match the header exactly (truncated or extended files
 * fail), the checksum must match, the key must equal the expected key byte for byte (no hash that
 * could collide), and the payload must decode into a consistent {@link TrainedModel}. Any failure
 * is an {@link Invalid} with a reason, never a model. Little-endian so the weights copy in bulk.
 */
final class ModelCacheFile {

    /** Bump when the layout above or the payload's encoding changes. */
    static final int FORMAT = 1;

    private static final byte[] MAGIC = {'H', 'B', 'M', 'O', 'D', 'E', 'L', 0x1A};
    private static final int HEADER = MAGIC.length + 3 * Integer.BYTES;
    private static final int CHECKSUM = Integer.BYTES;

    /** A file that is not a usable cached model for the expected key; the message says why. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String reason) {
            super(reason);
        }
    }

    private ModelCacheFile() {
    }

    static byte[] encode(byte[] key, TrainedModel model) {
        int payload = payloadSize(model);
        long total = (long) HEADER + key.length + payload + CHECKSUM;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a model of " + total + " bytes is too large to cache");
        }
        ByteBuffer b = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(FORMAT).putInt(key.length).putInt(payload).put(key);
        putStrings(b, model.vocabulary());
        putStrings(b, model.labels());
        b.putInt(model.featureIds().length);
        b.asIntBuffer().put(model.featureIds());
        b.position(b.position() + model.featureIds().length * Integer.BYTES);
        b.asFloatBuffer().put(model.weights());
        b.position(b.position() + model.weights().length * Float.BYTES);
        b.putInt(checksum(b.array(), b.position()));
        return b.array();
    }

    /** A file of the same layout holding any payload (another kind of cache entry, such as {@link ModelCache#validations()}'s). */
    static byte[] encode(byte[] key, byte[] payload) {
        long total = (long) HEADER + key.length + payload.length + CHECKSUM;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an entry of " + total + " bytes is too large to cache");
        }
        ByteBuffer b = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(FORMAT).putInt(key.length).putInt(payload.length).put(key).put(payload);
        b.putInt(checksum(b.array(), b.position()));
        return b.array();
    }

    /**
     * The payload of an entry written by {@link #encode(byte[], byte[])}, checked as {@link #decode} checks a model.
     *
     * @throws Invalid when the bytes are not an entry cached for exactly {@code expectedKey}
     */
    static byte[] payload(byte[] file, byte[] expectedKey) throws Invalid {
        int start = checkedPayloadStart(file, expectedKey);
        return Arrays.copyOfRange(file, start, file.length - CHECKSUM);
    }

    /** @throws Invalid when the bytes are not a model cached for exactly {@code expectedKey} */
    static TrainedModel decode(byte[] file, byte[] expectedKey) throws Invalid {
        int start = checkedPayloadStart(file, expectedKey);
        int end = file.length - CHECKSUM;
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        b.position(start);
        try {
            List<String> vocabulary = getStrings(b, end);
            List<String> labels = getStrings(b, end);
            int features = count(b, end, Integer.BYTES);
            int[] featureIds = new int[features];
            b.asIntBuffer().get(featureIds);
            b.position(b.position() + features * Integer.BYTES);
            long weightCount = (long) features * labels.size();
            if (weightCount * Float.BYTES != end - b.position()) {
                throw new Invalid("the payload does not hold " + weightCount + " weights");
            }
            float[] weights = new float[(int) weightCount];
            b.asFloatBuffer().get(weights);
            return new TrainedModel(vocabulary, labels, featureIds, weights);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new Invalid("the payload is inconsistent: " + e.getMessage());
        }
    }

    /** Where the payload starts, once the header, length, checksum and key are all as expected. */
    private static int checkedPayloadStart(byte[] file, byte[] expectedKey) throws Invalid {
        if (file.length >= MAGIC.length && !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Invalid("not a healthbot model cache file (wrong magic number)");
        }
        if (file.length < HEADER + CHECKSUM) {
            throw new Invalid("only " + file.length + " bytes, shorter than any cached model (truncated?)");
        }
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        b.position(MAGIC.length);
        int format = b.getInt();
        if (format != FORMAT) {
            throw new Invalid("cache file format " + format + ", this build reads format " + FORMAT);
        }
        int keyLength = b.getInt();
        int payload = b.getInt();
        long expectedLength = (long) HEADER + keyLength + payload + CHECKSUM;
        if (keyLength < 0 || payload < 0 || expectedLength != file.length) {
            throw new Invalid("the header announces " + expectedLength + " bytes but the file has " + file.length
                    + " (truncated or overwritten)");
        }
        int end = file.length - CHECKSUM;
        if (checksum(file, end) != ByteBuffer.wrap(file, end, CHECKSUM).order(ByteOrder.LITTLE_ENDIAN).getInt()) {
            throw new Invalid("checksum mismatch (the file is corrupt)");
        }
        if (!Arrays.equals(file, HEADER, HEADER + keyLength, expectedKey, 0, expectedKey.length)) {
            throw new Invalid("trained for other content, settings or code (stale)");
        }
        return HEADER + keyLength;
    }

    private static int payloadSize(TrainedModel m) {
        long size = stringsSize(m.vocabulary()) + stringsSize(m.labels()) + Integer.BYTES
                + (long) m.featureIds().length * Integer.BYTES + (long) m.weights().length * Float.BYTES;
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a model payload of " + size + " bytes is too large to cache");
        }
        return (int) size;
    }

    private static long stringsSize(List<String> strings) {
        long size = Integer.BYTES;
        for (String s : strings) {
            size += Integer.BYTES + s.getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    private static void putStrings(ByteBuffer b, List<String> strings) {
        b.putInt(strings.size());
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            b.putInt(utf8.length).put(utf8);
        }
    }

    private static List<String> getStrings(ByteBuffer b, int end) throws Invalid {
        int n = count(b, end, Integer.BYTES);
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int length = count(b, end, 1);
            strings.add(new String(b.array(), b.position(), length, StandardCharsets.UTF_8));
            b.position(b.position() + length);
        }
        return strings;
    }

    /** A count read from the payload, checked against the bytes left before allocating anything for it. */
    private static int count(ByteBuffer b, int end, int bytesEach) throws Invalid {
        if (end - b.position() < Integer.BYTES) {
            throw new Invalid("the payload ends early");
        }
        int n = b.getInt();
        if (n < 0 || (long) n * bytesEach > end - b.position()) {
            throw new Invalid("the payload announces " + n + " items where only " + (end - b.position())
                    + " bytes are left");
        }
        return n;
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }
}
