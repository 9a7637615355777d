package healthbot.channel.telegram;

import healthbot.testsupport.BotProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The polling bot as a real process (the shipped {@code telegram} command, the real library, a
 * SQLite store on a temp file) against {@link FakeBotApi}: killed with {@code kill -9} in the
 * middle of a burst and started again on the same file, stopped with SIGTERM, and started twice.
 */
class CrashRecoveryTest {

    /** Messages whose answer is one sendMessage, so replies can be counted per update. */
    private static final List<String> ONE_REPLY = List.of("/help", "/emergency", "Do I need an interpreter?",
            "How do I register with a GP?", "where is legevakt", "hello", "how do I complain");
    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dir;
    private FakeBotApi api;
    private final List<BotProcess> processes = new ArrayList<>();

    @BeforeEach
    void startFake() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        processes.forEach(BotProcess::close);
        api.close();
    }

    private BotProcess startBot(String name) throws Exception {
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(),
                "HEALTHBOT_DB", dir.resolve("healthbot.db").toString(), "ADMIN_PORT", "0", "ADMIN_BIND", "127.0.0.1");
        BotProcess p = BotProcess.start(env, dir.resolve(name + ".log"), "telegram", "--now", "2026-11-21T12:00:00");
        processes.add(p);
        p.awaitLog(Pattern.compile("is polling for updates"), START);
        return p;
    }

    @Test
    void killMinus9MidBurstOf200ChatsThenRestartLosesNoReplyAndRepeatsOnlyThoseInFlight() throws Exception {
        BotProcess first = startBot("first");
        int chats = 200;
        for (long chat = 1; chat <= chats; chat++) {
            api.text(chat, ONE_REPLY.get((int) (chat % ONE_REPLY.size())));
        }
        api.awaitAllSent(40, Duration.ofSeconds(60));
        first.kill();
        int beforeRestart = api.allSent().size();

        startBot("second");
        for (long chat = 1; chat <= chats; chat++) {
            api.awaitSent(chat, 1);
        }
        api.awaitConfirmed();
        Thread.sleep(500); // anything still on its way would show now

        int lost = 0;
        int repeated = 0;
        for (long chat = 1; chat <= chats; chat++) {
            int n = api.sent(chat).size();
            lost += n == 0 ? 1 : 0;
            repeated += n > 1 ? 1 : 0;
        }
        System.out.printf("kill -9 after %d of %d replies, restart on the same SQLite file: lost %d, repeated %d%n",
                beforeRestart, chats, lost, repeated);
        assertEquals(0, lost, "no update is lost");
        assertTrue(repeated <= 16, "only the chats being answered at the kill (16 in parallel) may repeat: " + repeated);
    }

    @Test
    void aFlowInterruptedByKillMinus9ContinuesAtTheQuestionItHadAsked() throws Exception {
        BotProcess first = startBot("first");
        long chat = 5001;
        api.text(chat, "Is the dentist free for me?");
        List<FakeBotApi.Sent> asked = api.awaitSent(chat, 2);
        assertTrue(asked.get(asked.size() - 1).text().contains("What year were you born?"), asked.toString());
        api.awaitConfirmed();
        first.kill();

        startBot("second");
        api.text(chat, "2006");
        FakeBotApi.Sent region = api.awaitSent(chat, asked.size() + 1).get(asked.size());
        assertTrue(region.text().startsWith("Where do you live?"), region.text());
        api.text(chat, "Østfold");
        FakeBotApi.Sent decision = api.awaitSent(chat, asked.size() + 2).get(asked.size() + 1);
        assertTrue(decision.text().contains("in Østfold the discount is 75 %"), decision.text());
    }

    @Test
    void sigtermFinishesTheRepliesInFlightClosesTheStoreAndExits0() throws Exception {
        BotProcess bot = startBot("first");
        for (long chat = 7001; chat <= 7050; chat++) {
            api.text(chat, "/help");
        }
        api.awaitAllSent(5, Duration.ofSeconds(60));
        int admin = Integer.parseInt(bot.awaitLog(Pattern.compile("/metrics on port (\\d+)"), START));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin + "/readyz"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), "polling mode: the admin port answers; the SQLite store is up");
        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.contains("healthbot_messages_total{intent=\"help\""), metrics);
        long started = System.nanoTime();
        assertEquals(0, bot.terminate(Duration.ofSeconds(30)), bot.log());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(30).toNanos());
        assertTrue(bot.log().contains("stopped cleanly"), bot.log());

        startBot("second");
        for (long chat = 7001; chat <= 7050; chat++) {
            assertEquals(1, api.awaitSent(chat, 1).size(), "chat " + chat);
        }
        api.awaitConfirmed();
        Thread.sleep(300);
        for (long chat = 7001; chat <= 7050; chat++) {
            assertEquals(1, api.sent(chat).size(), "a clean stop repeats nothing: chat " + chat);
        }
    }

    @Test
    void aSecondPollingProcessSaysAnotherInstanceIsPollingInOneLineAndExits4() throws Exception {
        BotProcess first = startBot("first");
        Thread.sleep(PollWatch.START_WINDOW.toMillis()); // the first one is no newcomer any more
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(),
                "HEALTHBOT_DB", dir.resolve("second.db").toString());
        BotProcess second = BotProcess.start(env, dir.resolve("second.log"), "telegram");
        processes.add(second);
        assertEquals(4, second.awaitExit(START), second.log());
        List<String> lines = second.log().lines().filter(l -> l.startsWith("healthbot: ")).toList();
        assertEquals(1, lines.size(), second.log());
        assertTrue(lines.get(0).startsWith("healthbot: another instance is already polling this bot's updates"),
                lines.get(0));
        assertFalse(second.log().contains("\tat "), "no stack trace: " + second.log());
        assertFalse(second.log().contains(FakeBotApi.TOKEN.substring(10)), "no token in the log");
        assertTrue(first.isAlive(), "the running instance carries on: " + first.log());
        api.text(8001, "/help");
        assertEquals(1, api.awaitSent(8001, 1).size());
    }

}
