/**
 * Understanding a message: normalising (case, æ/ø/å folding, compounds), CoreNLP tokenising and
 * lemmatising, a CoreNLP linear classifier over word and character n-gram features trained at
 * start-up from the content's example phrases, emergency detection, language detection and
 * entity extraction (ages, birth years, durations, distances, money, yes/no, regions, choices).
 */
package healthbot.nlu;
