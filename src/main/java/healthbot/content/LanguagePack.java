package healthbot.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One language's folder, {@code intents/languages/<code>/}, as read: its texts by id, its
 * examples by intent, its stated phrases by flow and slot, and its lexicon. The loader checks the
 * ids against the intents, flows and settings and builds the {@link Content} from all packs.
 *
 * @param code     the language
 * @param dir      its folder
 * @param texts    text id ({@code intents.gp_register.answer}, {@code ui.yes}) to text
 * @param examples intent name to example phrases
 * @param stated   flow name to slot name to value to phrases
 * @param lexicon  its word lists
 * @param topicWords intent name to the words that show a message is about that topic
 */
record LanguagePack(String code, Path dir, Map<String, Located<String>> texts,
                    Map<String, Located<List<Located<String>>>> examples,
                    Map<String, Map<String, Map<String, Located<List<String>>>>> stated, Lexicon lexicon,
                    Map<String, Located<List<String>>> topicWords) {

    static final String TEXTS = "texts.json";
    static final String EXAMPLES = "examples.json";
    static final String LEXICON = "lexicon.json";
    static final String COMMON_WORDS = "common-words.txt";
}
