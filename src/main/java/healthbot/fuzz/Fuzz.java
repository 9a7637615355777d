package healthbot.fuzz;

import healthbot.dialogue.Bot;
import healthbot.dialogue.OutMessage;
import healthbot.dialogue.Reply;
import healthbot.dialogue.ReplyKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Sends generated messages to chats of one bot, round-robin over chats picked at random, and
 * counts what must never happen:
 * <ul>
 *   <li>an internal error: {@code handle} threw, or the reply is the bot's apology for a failed turn;</li>
 *   <li>a lost flow: a chat was in a flow (asking or paused) and after the message it is in none,
 *       though the reply neither decided (an outcome), nor said the flow stopped, nor answered
 *       {@code /start} or {@code /reset} (the user's own choice);</li>
 *   <li>an emergency without 113 in the first line of the first reply.</li>
 * </ul>
 * A quarter of the messages press or send the label of a button (of the last reply, or a stale
 * one); some presses use the button id with the current or an old offer, as Telegram does.
 */
public final class Fuzz {

    /** What a run counted. */
    public record Result(long seed, int messages, int chats, int internalErrors, int lostFlows,
                         int emergenciesWithout113, List<String> examples) {}

    private static final int MAX_EXAMPLES = 10;

    private final Bot bot;
    private final MessageGenerator generator;

    public Fuzz(Bot bot) {
        this.bot = bot;
        this.generator = new MessageGenerator(bot.content());
    }

    public Result run(long seed, int messages, int chats) {
        if (messages < 0 || chats < 1) {
            throw new IllegalArgumentException("fuzz needs messages >= 0 and chats >= 1; got " + messages + " and " + chats);
        }
        Random r = new Random(seed);
        List<List<String>> lastLabels = new ArrayList<>();
        List<Integer> lastOffer = new ArrayList<>();
        List<String> oldLabels = new ArrayList<>(List.of("Yes", "Nei", "Østfold", "Continue"));
        for (int c = 0; c < chats; c++) {
            lastLabels.add(List.of());
            lastOffer.add(0);
        }
        int errors = 0;
        int lost = 0;
        int no113 = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < messages; i++) {
            int c = r.nextInt(chats);
            String chat = "fuzz-" + seed + "-" + c;
            Optional<String> flowBefore = bot.flowInProgress(chat);
            List<String> labels = lastLabels.get(c);
            int roll = r.nextInt(100);
            MessageGenerator.Message m;
            Reply reply;
            try {
                if (roll < 20 && !labels.isEmpty()) {
                    m = new MessageGenerator.Message(MessageGenerator.Kind.EXAMPLE, labels.get(r.nextInt(labels.size())));
                    reply = bot.handle(chat, m.text());
                } else if (roll < 24) {
                    m = new MessageGenerator.Message(MessageGenerator.Kind.EXAMPLE, oldLabels.get(r.nextInt(oldLabels.size())));
                    reply = bot.handle(chat, m.text());
                } else if (roll < 27) {
                    int offer = r.nextBoolean() ? lastOffer.get(c) : lastOffer.get(c) - 1 - r.nextInt(3);
                    m = new MessageGenerator.Message(MessageGenerator.Kind.EXAMPLE, "[press]");
                    Optional<Reply> pressed = bot.press(chat, offer, r.nextInt(Math.max(1, labels.size() + 1)));
                    if (pressed.isEmpty()) {
                        continue; // an old keyboard: the channel answers that, the session is untouched
                    }
                    reply = pressed.get();
                } else {
                    m = generator.next(r);
                    reply = bot.handle(chat, m.text());
                }
            } catch (RuntimeException e) {
                errors++;
                note(examples, "threw " + e.getClass().getName() + " in chat " + c);
                continue;
            }
            String first = reply.messages().isEmpty() ? "" : reply.messages().get(0).text();
            if (reply.kind() == ReplyKind.ERROR) {
                errors++;
                note(examples, "internal error in chat " + c + " (" + m.kind() + ")");
            }
            if (m.kind() == MessageGenerator.Kind.EMERGENCY && !first.lines().findFirst().orElse("").contains("113")) {
                no113++;
                note(examples, "emergency without 113: " + m.text());
            }
            if (flowBefore.isPresent() && bot.flowInProgress(chat).isEmpty() && !explained(chat, reply, m)) {
                lost++;
                note(examples, "lost flow " + flowBefore.get() + " in chat " + c + " after a " + m.kind() + " message"
                        + " (intent " + reply.intent() + ")");
            }
            List<String> now = new ArrayList<>();
            for (OutMessage out : reply.messages()) {
                now.addAll(out.buttons());
            }
            lastLabels.set(c, List.copyOf(now));
            lastOffer.set(c, reply.offerId());
            if (!now.isEmpty() && oldLabels.size() < 200) {
                oldLabels.add(now.get(r.nextInt(now.size())));
            }
        }
        return new Result(seed, messages, chats, errors, lost, no113, List.copyOf(examples));
    }

    /** The flow ended in the open: decided, said it stopped, or the user started over. */
    private boolean explained(String chat, Reply reply, MessageGenerator.Message m) {
        if (reply.outcome() != null) {
            return true;
        }
        String command = m.text().strip().toLowerCase(java.util.Locale.ROOT);
        if (m.kind() == MessageGenerator.Kind.COMMAND && (command.startsWith("/start") || command.startsWith("/reset"))) {
            return true;
        }
        String all = String.join("\n", reply.messages().stream().map(OutMessage::text).toList());
        for (String key : List.of("flow_stopped", "not_understood", "reset_done")) {
            if (all.contains(bot.uiText(chat, key))) {
                return true;
            }
        }
        return false;
    }

    private static void note(List<String> examples, String what) {
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(what);
        }
    }
}
