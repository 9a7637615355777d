package healthbot.channel.telegram;

import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * How to reach Telegram, from the environment: {@code TELEGRAM_BOT_TOKEN} (required) and
 * {@code TELEGRAM_API_URL} (default {@value #DEFAULT_API_URL}; a self-hosted Bot API server or a test fake).
 *
 * @param pollTimeoutSeconds how long one {@code getUpdates} waits for news (Telegram allows up to 50)
 * @param workers            chats answered in parallel
 */
public record TelegramSettings(BotToken token, URI apiUrl, int pollTimeoutSeconds, int workers, Limits limits) {

    public static final String TOKEN_VARIABLE = "TELEGRAM_BOT_TOKEN";
    public static final String API_URL_VARIABLE = "TELEGRAM_API_URL";
    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    public TelegramSettings {
        if (pollTimeoutSeconds < 0 || pollTimeoutSeconds > 50) {
            throw new IllegalArgumentException("the poll timeout must be 0-50 seconds, got " + pollTimeoutSeconds);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("at least one worker is needed, got " + workers);
        }
    }

    /** @throws IllegalArgumentException naming the variable that is missing or wrong, and how to fix it */
    public static TelegramSettings fromEnv(Map<String, String> env) {
        BotToken token = BotToken.parse(env.get(TOKEN_VARIABLE), TOKEN_VARIABLE);
        String url = env.getOrDefault(API_URL_VARIABLE, "");
        URI api = parseApiUrl(url.isBlank() ? DEFAULT_API_URL : url.strip());
        return new TelegramSettings(token, api, 50, 16, Limits.TELEGRAM);
    }

    public TelegramSettings withPollTimeout(int seconds) {
        return new TelegramSettings(token, apiUrl, seconds, workers, limits);
    }

    public TelegramSettings withLimits(Limits newLimits) {
        return new TelegramSettings(token, apiUrl, pollTimeoutSeconds, workers, newLimits);
    }

    TelegramUrl telegramUrl() {
        int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : "https".equals(apiUrl.getScheme()) ? 443 : 80;
        return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
    }

    static URI parseApiUrl(String url) {
        String how = API_URL_VARIABLE + " must look like https://host[:port] (no path), e.g. " + DEFAULT_API_URL
                + " or http://127.0.0.1:8081";
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(API_URL_VARIABLE + " is not a URL ('" + url + "'): " + how);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException(API_URL_VARIABLE + " '" + url + "' is not usable: " + how);
        }
        return uri;
    }
}
