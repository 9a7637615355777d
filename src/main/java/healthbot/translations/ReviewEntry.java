package healthbot.translations;

import java.time.LocalDate;

/**
 * One line of a {@code reviewed.json}: a translation was reviewed.
 *
 * @param source      checksum of the source-language text it was reviewed against
 * @param translation checksum of the translation as it was when reviewed
 * @param reviewer    who reviewed it (a name or initials, as staff write it)
 * @param date        when
 * @param line        where the entry is written in its file (0 for an entry not read from a file)
 */
record ReviewEntry(Checksum source, Checksum translation, String reviewer, LocalDate date, int line) {}
