package healthbot.dialogue;

/**
 * Masks what may be a national identity number or a bank account number before a message is
 * understood or anything of it is kept: any run of 11 or more digits, and 6 digits, a space and
 * 5 digits ("010190 12345"). Shorter numbers (ages, years, kroner, phone numbers) pass.
 */
final class NumberMask {

    private static final int LONG_RUN = 11;

    private NumberMask() {
    }

    static String mask(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            int end = i;
            if (end - start == 6 && end + 6 <= text.length() && text.charAt(end) == ' '
                    && digits(text, end + 1, end + 6) && (end + 6 == text.length() || !Character.isDigit(text.charAt(end + 6)))) {
                end += 6;
                i = end;
            }
            if (end - start >= LONG_RUN || end - start == 12 && text.charAt(start + 6) == ' ') {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                for (int k = start; k < end; k++) {
                    out.setCharAt(k, text.charAt(k) == ' ' ? ' ' : '#');
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean digits(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
