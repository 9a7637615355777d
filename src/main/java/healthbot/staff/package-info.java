/**
 * What staff get back from the residents' conversations, with nothing personal: the review
 * inbox ({@link healthbot.staff.ReviewInbox}, opt-in with {@code HEALTHBOT_REVIEW=on}: messages
 * the bot could not answer, masked by {@link healthbot.staff.ReviewMask}, without chat id or
 * user, the time cut to the hour, expiring after {@code HEALTHBOT_REVIEW_DAYS}) and the daily
 * usage counts ({@link healthbot.staff.UsageCounter}; counts only, shown as "&lt;5" below five by
 * {@link healthbot.staff.UsageTable} wherever they leave the machine). Both hang on the bot's
 * {@link healthbot.dialogue.ReplyListener} and write into the conversation store.
 */
package healthbot.staff;
