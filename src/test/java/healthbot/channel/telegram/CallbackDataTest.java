package healthbot.channel.telegram;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackDataTest {

    @Test
    void roundTripsAndFitsTelegramsSixtyFourBytes() {
        CallbackData d = new CallbackData(Integer.MAX_VALUE, 999);
        assertEquals(Optional.of(d), CallbackData.parse(d.encode()));
        assertTrue(d.encode().getBytes(StandardCharsets.UTF_8).length <= 64);
    }

    @Test
    void untrustedDataIsRejectedNotThrown() {
        for (String bad : new String[] {null, "", "b:1", "b:x:1", "b:1:2:3", "b:-1:0", "b:99999999999:0", "Østfold"}) {
            assertEquals(Optional.empty(), CallbackData.parse(bad), String.valueOf(bad));
        }
    }
}
