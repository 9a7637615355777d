package healthbot.channel.telegram;

/**
 * Escapes text for Telegram's HTML parse mode: only {@code & < >}. A general HTML escaper would
 * turn ø into {@code &oslash;}, which Telegram rejects.
 */
final class HtmlEscaper {

    private HtmlEscaper() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
