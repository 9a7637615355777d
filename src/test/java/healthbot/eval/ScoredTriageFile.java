package healthbot.eval;

import healthbot.TestBots;
import healthbot.content.Triage;
import healthbot.dialogue.Bot;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A triage case file sent through the bot (first message of a fresh chat, Saturday noon), with
 * what the case-file tests assert empty: the red cases not answered with 113 first, and the cases
 * of some kinds answered with 113. Each is listed as {@code file:line [lang] text}.
 */
record ScoredTriageFile(List<TriageCase> cases, List<TriageScorer.Result> results) {

    static ScoredTriageFile score(Path file, Bot bot) {
        TriageScorer scorer = new TriageScorer(bot);
        List<TriageCase> cases = TriageCases.read(file, scorer.names());
        return new ScoredTriageFile(cases, scorer.score(cases));
    }

    List<String> underTriaged() {
        return results.stream().filter(TriageScorer.Result::underTriage)
                .map(r -> shown(r.testCase()) + " -> " + r.answered().label()).toList();
    }

    /** The cases of these kinds ("negated", "figurative", ...) answered with 113. */
    List<String> overTriaged(Set<String> kinds) {
        return results.stream().filter(r -> kinds.contains(r.testCase().kind()) && r.overTriage())
                .map(r -> shown(r.testCase())).toList();
    }

    long red() {
        return cases.stream().filter(TriageCase::red).count();
    }

    static String shown(TriageCase c) {
        return c.where() + " [" + c.lang() + "] " + c.text();
    }

    /** The symptom groups with signs of this grade in any of these languages' triage files. */
    static Set<String> chaptersWith(Triage.Grade grade, List<String> languages) {
        Set<String> chapters = new TreeSet<>();
        for (String lang : languages) {
            TestBots.content().triage().languages().get(lang).signs().forEach((group, byGrade) -> {
                if (!byGrade.getOrDefault(grade, List.of()).isEmpty()) {
                    chapters.add(group);
                }
            });
        }
        return chapters;
    }
}
