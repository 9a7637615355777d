/**
 * Translation review status: which translated texts a qualified translator has checked, against
 * which version of the source text. Each language folder may hold a {@code reviewed.json} that
 * staff can read and edit, with one entry per text id: a checksum of the source text the
 * translation was reviewed against, a checksum of the translation as reviewed, who reviewed it and
 * when. Comparing those checksums with today's texts tells which translations are reviewed, which
 * are stale (the source or the translation changed since), and which were never reviewed.
 *
 * <p>Depends on {@code content} only; the bot itself never reads these files (a stale review
 * changes nothing in how the bot answers; it is a to-do list for translators).
 */
package healthbot.translations;
