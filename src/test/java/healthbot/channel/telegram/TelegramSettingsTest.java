package healthbot.channel.telegram;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TelegramSettingsTest {

    private static final String TOKEN = "123456789:AAE_abcdefghijklmnopqrstuvwxyz012345";

    @Test
    void missingTokenSaysWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TelegramSettings.fromEnv(Map.of()));
        assertTrue(e.getMessage().startsWith("TELEGRAM_BOT_TOKEN is not set"), e.getMessage());
        assertTrue(e.getMessage().contains("@BotFather"));
    }

    @Test
    void malformedTokenIsRefusedWithoutRepeatingIt() {
        String bad = "\"123:secretvalue\"";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", bad)));
        assertTrue(e.getMessage().contains("does not look like a bot token"));
        assertFalse(e.getMessage().contains("secretvalue"));
    }

    @Test
    void tokenNeverAppearsInToString() {
        TelegramSettings s = TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        assertFalse(s.toString().contains("AAE_abc"), s.toString());
        assertEquals("123456789", s.token().botId());
    }

    @Test
    void apiUrlDefaultsToTelegramAndCanPointElsewhere() {
        assertEquals("api.telegram.org", TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).telegramUrl().getHost());
        var local = TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:8081"))
                .telegramUrl();
        assertEquals("http", local.getSchema());
        assertEquals(8081, local.getPort());
    }

    @Test
    void apiUrlWithAPathOrWrongSchemeIsRefused() {
        for (String url : new String[] {"ftp://x", "http://host/bot", "not a url", "https://"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", url)), url);
            assertTrue(e.getMessage().startsWith("TELEGRAM_API_URL"), e.getMessage());
        }
    }

    @Test
    void webhookNeedsAnHttpsUrlAndASecret() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSettings.fromEnv(Map.of(), null));
        assertThrows(IllegalArgumentException.class,
                () -> WebhookSettings.fromEnv(Map.of("TELEGRAM_WEBHOOK_URL", "http://x.no/t", "TELEGRAM_WEBHOOK_SECRET", "s"), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebhookSettings.fromEnv(Map.of("TELEGRAM_WEBHOOK_URL", "https://x.no/t", "TELEGRAM_WEBHOOK_SECRET", "bad secret!"), null));
        assertTrue(e.getMessage().startsWith("TELEGRAM_WEBHOOK_SECRET is not valid"), e.getMessage());
        assertFalse(e.getMessage().contains("bad secret!"));
    }

    @Test
    void webhookPortComesFromOptionThenPortThenItsOwnVariable() {
        Map<String, String> env = Map.of("TELEGRAM_WEBHOOK_URL", "https://x.no/tg", "TELEGRAM_WEBHOOK_SECRET", "abc",
                "PORT", "5000", "TELEGRAM_WEBHOOK_PORT", "6000");
        assertEquals(5000, WebhookSettings.fromEnv(env, null).port());
        assertEquals(7000, WebhookSettings.fromEnv(env, 7000).port());
        assertEquals("/tg", WebhookSettings.fromEnv(env, null).path());
        assertFalse(WebhookSettings.fromEnv(env, null).toString().contains("abc"));
    }
}
