package healthbot.channel.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an inline button carries back: the reply's offer id and the button's index, as
 * {@code b:<offerId>:<index>}. Short ids, never labels (callback data is at most 64 bytes), and
 * parsed like any untrusted input.
 */
record CallbackData(int offerId, int index) {

    private static final Pattern FORMAT = Pattern.compile("b:(\\d{1,10}):(\\d{1,3})");

    String encode() {
        return "b:" + offerId + ":" + index;
    }

    static Optional<CallbackData> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(data);
        if (!m.matches()) {
            return Optional.empty();
        }
        long offer = Long.parseLong(m.group(1));
        return offer > Integer.MAX_VALUE ? Optional.empty()
                : Optional.of(new CallbackData((int) offer, Integer.parseInt(m.group(2))));
    }
}
