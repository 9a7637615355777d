package healthbot.nlu;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ModelCacheFileTest {

    private static final byte[] KEY = "the key: examples, settings, versions".getBytes(StandardCharsets.UTF_8);
    private static final TrainedModel MODEL = new TrainedModel(List.of("fastlege", "tannlege", "vakt", "bærum"),
            List.of("emergency", "gp_register", "fallback"), new int[] {17, -4, 123_456_789},
            new float[] {0.5f, -1.25f, 3f, 0f, Float.MIN_VALUE, -0f, 1e-7f, 42f, -3.5f});

    @Test
    void aModelReadsBackExactlyAsItWasWritten() throws Exception {
        TrainedModel read = ModelCacheFile.decode(ModelCacheFile.encode(KEY, MODEL), KEY);
        assertEquals(MODEL.vocabulary(), read.vocabulary());
        assertEquals(MODEL.labels(), read.labels());
        assertArrayEquals(MODEL.featureIds(), read.featureIds());
        assertArrayEquals(MODEL.weights(), read.weights());
    }

    @Test
    void aFileWrittenForAnotherKeyIsStale() {
        byte[] file = ModelCacheFile.encode(KEY, MODEL);
        byte[] otherKey = "the key: examples, settings, versionz".getBytes(StandardCharsets.UTF_8);
        assertInvalid(file, otherKey, "stale");
        assertInvalid(file, Arrays.copyOf(KEY, KEY.length - 1), "stale");
    }

    @Test
    void aFileWithAnotherMagicNumberIsNotAModel() {
        byte[] file = ModelCacheFile.encode(KEY, MODEL);
        file[0] = 'X';
        assertInvalid(file, KEY, "wrong magic number");
        assertInvalid("{\"intents\": []}".getBytes(StandardCharsets.UTF_8), KEY, "wrong magic number");
    }

    @Test
    void aFileOfAnotherFormatVersionIsIgnoredWhateverItHolds() {
        byte[] file = ModelCacheFile.encode(KEY, MODEL);
        ByteBuffer.wrap(file, 8, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(ModelCacheFile.FORMAT + 1);
        assertInvalid(file, KEY, "format " + (ModelCacheFile.FORMAT + 1));
    }

    @Test
    void everyTruncationOfAFileIsRejected() {
        byte[] file = ModelCacheFile.encode(KEY, MODEL);
        for (int length = 0; length < file.length; length++) {
            assertInvalid(Arrays.copyOf(file, length), KEY, "");
        }
        assertInvalid(Arrays.copyOf(file, file.length + 1), KEY, "truncated or overwritten");
    }

    @Test
    void everySingleCorruptedByteIsRejected() {
        byte[] file = ModelCacheFile.encode(KEY, MODEL);
        for (int i = 0; i < file.length; i++) {
            for (int flip : new int[] {0x01, 0x80, 0xFF}) {
                byte[] bad = file.clone();
                bad[i] ^= (byte) flip;
                assertInvalid(bad, KEY, "");
            }
        }
    }

    @Test
    void aCorruptedWeightIsCaughtByTheChecksum() {
        byte[] file = ModelCacheFile.encode(KEY, MODEL);
        file[file.length - 6] ^= 0x10; // inside the last weight
        assertInvalid(file, KEY, "checksum mismatch");
    }

    @Test
    void aModelWhoseWeightsDoNotFitItsFeaturesAndLabelsCannotExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainedModel(List.of(), List.of("a", "b"), new int[] {1, 2}, new float[3]));
        assertTrue(e.getMessage().contains("needs 4 weights, has 3"), e.getMessage());
    }

    private static void assertInvalid(byte[] file, byte[] key, String reasonContains) {
        try {
            TrainedModel m = ModelCacheFile.decode(file, key);
            fail("a damaged or foreign file was read as a model with " + m.labels());
        } catch (ModelCacheFile.Invalid e) {
            assertTrue(e.getMessage().contains(reasonContains), e.getMessage());
        } catch (RuntimeException e) {
            fail("decoding a damaged file must say why it is invalid, not throw " + e, e);
        }
    }
}
