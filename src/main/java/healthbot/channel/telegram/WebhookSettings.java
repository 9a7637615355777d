package healthbot.channel.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The webhook mode's settings, from the environment.
 *
 * <ul>
 *   <li>{@code TELEGRAM_WEBHOOK_URL}: the public https URL Telegram posts updates to; its path is
 *       the path this server answers on.</li>
 *   <li>{@code TELEGRAM_WEBHOOK_SECRET}: 1-256 characters {@code A-Z a-z 0-9 _ -}; Telegram sends
 *       it in {@code X-Telegram-Bot-Api-Secret-Token} and anything without it is refused.</li>
 *   <li>{@code PORT} (set by Heroku-style hosts) or {@code TELEGRAM_WEBHOOK_PORT}: the local port, default 8080.</li>
 * </ul>
 *
 * @param bindHost the local address to listen on (0.0.0.0: all)
 */
public record WebhookSettings(URI publicUrl, String secret, String bindHost, int port) {

    public static final String URL_VARIABLE = "TELEGRAM_WEBHOOK_URL";
    public static final String SECRET_VARIABLE = "TELEGRAM_WEBHOOK_SECRET";
    public static final String PORT_VARIABLE = "TELEGRAM_WEBHOOK_PORT";
    /** Optional: the local address to listen on (default 0.0.0.0, all; 127.0.0.1 behind a local proxy). */
    public static final String BIND_VARIABLE = "TELEGRAM_WEBHOOK_BIND";
    public static final int DEFAULT_PORT = 8080;
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public WebhookSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the webhook port must be 0-65535, got " + port);
        }
    }

    /** @param portOption {@code --port}, or null to take it from the environment */
    public static WebhookSettings fromEnv(Map<String, String> env, Integer portOption) {
        String url = env.getOrDefault(URL_VARIABLE, "").strip();
        if (url.isEmpty()) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not set: the webhook mode needs the public https"
                    + " URL Telegram should post to, e.g. https://bot.example.no/telegram");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not a URL ('" + url + "')");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException(URL_VARIABLE + " must be an https URL (Telegram posts only to https),"
                    + " got '" + url + "'");
        }
        String secret = env.getOrDefault(SECRET_VARIABLE, "");
        if (!SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException(SECRET_VARIABLE + (secret.isEmpty() ? " is not set" : " is not valid")
                    + ": use 1-256 characters A-Z, a-z, 0-9, '_' or '-', e.g. from `openssl rand -hex 32`");
        }
        int port = portOption != null ? portOption : port(env);
        String bind = env.getOrDefault(BIND_VARIABLE, "").strip();
        return new WebhookSettings(uri, secret, bind.isEmpty() ? "0.0.0.0" : bind, port);
    }

    private static int port(Map<String, String> env) {
        for (String name : new String[] {"PORT", PORT_VARIABLE}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                try {
                    return Integer.parseInt(v.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be a port number, got '" + v + "'");
                }
            }
        }
        return DEFAULT_PORT;
    }

    /** The path to answer on: the public URL's path, or "/". */
    String path() {
        String p = publicUrl.getRawPath();
        return p == null || p.isEmpty() ? "/" : p;
    }

    @Override
    public String toString() {
        return "WebhookSettings[url=" + publicUrl + ", secret redacted, " + bindHost + ":" + port + "]";
    }
}
