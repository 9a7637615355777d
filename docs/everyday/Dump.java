// How the bot (before the everyday examples) answered each tuning message: the input of
// select_examples.py, which keeps CLINC150 train and drops the even-numbered xSID lines itself.
// Run against the content *without* the copied fallback examples (git history: before commit
// "Emergency policy v2"), from the worktree:
//   javac -cp target/healthbot.jar -d target/dump docs/everyday/Dump.java
//   E=../shared/data/everyday
//   java -cp target/healthbot.jar:target/dump Dump intents $E/clinc150-train.jsonl $E/xsid-no-valid.jsonl > dump.jsonl
//   python3 docs/everyday/select_examples.py dump.jsonl 3 3 intents 0.7 > chosen.json
import healthbot.content.*;
import healthbot.nlu.*;
import java.nio.file.*;
import java.util.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.node.*;

/** For each message of the files: top intent, confidence, trigger flag, as JSON lines. */
public class Dump {
    public static void main(String[] a) throws Exception {
        Content c = ContentLoader.load(Path.of(a[0]));
        Nlu nlu = Nlu.train(c);
        ObjectMapper m = new ObjectMapper();
        for (int f = 1; f < a.length; f++) {
            int n = 0;
            for (String line : Files.readAllLines(Path.of(a[f]))) {
                n++;
                JsonNode j = m.readTree(line);
                String text = j.get("text").asText();
                if (text.isBlank()) continue;
                Analysis an = nlu.analyze(text);
                ObjectNode o = m.createObjectNode();
                o.put("file", a[f]); o.put("line", n); o.put("text", text); o.put("label", j.path("intent").asText());
                o.put("top", an.prediction().intent()); o.put("conf", an.prediction().confidence()); o.put("trig", an.emergency());
                System.out.println(m.writeValueAsString(o));
            }
        }
    }
}
