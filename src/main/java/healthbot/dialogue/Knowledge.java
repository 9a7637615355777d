package healthbot.dialogue;

import healthbot.content.Content;
import healthbot.content.Flow;
import healthbot.content.Intent;
import healthbot.content.IntentKind;
import healthbot.content.Language;
import healthbot.content.Localized;
import healthbot.content.Template;
import healthbot.nlu.Nlu;
import healthbot.rules.Rule;
import healthbot.rules.RuleContext;
import healthbot.rules.Rules;
import healthbot.rules.Slot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What every turn of every chat reads: the content, the trained understanding, the clock, the
 * rules behind the flows, and look-ups built once from them. Read-only after construction except
 * for caches filled on first use; thread-safe.
 */
final class Knowledge {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    final Content content;
    final Nlu nlu;
    final Clock clock;
    final Predicate<LocalDate> publicHoliday;
    final Map<String, Localized<Template>> ui;
    final Intent emergency;
    final Intent fallback;
    final Map<String, Rule> rules = new HashMap<>();
    final Routing routing;
    final SlotReader slots;
    final CommandWords words;
    /** Days the review inbox keeps an unanswered message, or 0 when it is off (told by the app, for /privacy). */
    volatile int reviewDays;
    private final Map<String, Intent> intents = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> choiceLabels = new ConcurrentHashMap<>();
    private final Map<Localized<Template>, Set<String>> factSources = new ConcurrentHashMap<>();

    Knowledge(Content content, Nlu nlu, Clock clock, Predicate<LocalDate> publicHoliday) {
        this.content = content;
        this.nlu = nlu;
        this.clock = clock;
        this.publicHoliday = publicHoliday;
        this.ui = content.settings().ui();
        content.intents().forEach(i -> intents.put(i.name(), i));
        this.emergency = content.intentOfKind(IntentKind.EMERGENCY);
        this.fallback = content.intentOfKind(IntentKind.FALLBACK);
        this.routing = Routing.of(content);
        this.words = new CommandWords(content.lexicons().values());
        for (Flow flow : content.flows().values()) {
            rules.put(flow.name(), Rules.byName(flow.rule()).orElseThrow());
        }
        this.slots = new SlotReader(this);
    }

    Intent intent(String name) {
        Intent i = intents.get(name);
        if (i == null) {
            throw new IllegalStateException("no intent '" + name + "' in the content");
        }
        return i;
    }

    double threshold() {
        return content.settings().confidenceThreshold();
    }

    double nearTie() {
        return content.settings().nearTieMargin();
    }

    RuleContext ruleContext() {
        return new RuleContext(ZonedDateTime.now(clock).withZoneSameInstant(OSLO), publicHoliday);
    }

    /** The sources of the facts a template uses (in any of its languages), worked out once per template. */
    Set<String> sourcesOfFacts(Localized<Template> template) {
        return factSources.computeIfAbsent(template, t -> {
            Set<String> ids = new HashSet<>();
            t.byLanguage().values().forEach(one -> one.factKeys().forEach(key -> ids.add(content.fact(key).sourceId())));
            return Set.copyOf(ids);
        });
    }

    /** For a choice slot: choice id to its labels in every language, built once. */
    Map<String, List<String>> choiceLabels(String flowName, String slotName) {
        return choiceLabels.computeIfAbsent(flowName + "/" + slotName, key -> {
            Map<String, List<String>> labels = new LinkedHashMap<>();
            content.flow(flowName).slots().get(slotName).choices().forEach((id, text) ->
                    labels.put(id, List.copyOf(new java.util.LinkedHashSet<>(text.byLanguage().values()))));
            return Collections.unmodifiableMap(labels);
        });
    }

    /** The language of a code of the content. */
    Language language(String code) {
        return content.languages().get(code);
    }

    static boolean hasSlot(Rule rule, String name) {
        for (Slot s : rule.slots()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
