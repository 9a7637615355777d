package healthbot.bench;

import healthbot.bench.MessageMix.Conversation;
import healthbot.bench.MessageMix.Step;
import healthbot.dialogue.Bot;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop throughput: {@code chats} chats on a fixed pool of {@code threads}. A chat is one
 * task that plays one conversation of the mix, in order, then queues itself again for its next
 * conversation, so a chat never has two messages in flight and all chats take turns.
 */
final class ThroughputRun {

    private ThroughputRun() {
    }

    /** Runs {@code rampSeconds} unmeasured, then counts the messages answered in {@code measureSeconds}. */
    static BenchReport.Throughput run(Bot bot, List<Conversation> mix, int chats, int threads,
                                      double rampSeconds, double measureSeconds, String prefix) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        LongAdder messages = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(chats);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            for (int i = 0; i < chats; i++) {
                pool.execute(new Chat(bot, mix, pool, prefix + chats + "-" + i, i, messages, stop, stopped, failure));
            }
            sleep(rampSeconds);
            long c0 = messages.sum();
            long t0 = System.nanoTime();
            sleep(measureSeconds);
            long c1 = messages.sum();
            long t1 = System.nanoTime();
            stop.set(true);
            if (!stopped.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("throughput run with " + chats + " chats did not stop within 60 s");
            }
            if (failure.get() != null) {
                throw new IllegalStateException("a chat failed during the throughput run", failure.get());
            }
            double seconds = (t1 - t0) / 1e9;
            return new BenchReport.Throughput(chats, threads, c1 - c0, Math.round(seconds * 100) / 100.0,
                    Math.round((c1 - c0) / seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("throughput run interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(double seconds) throws InterruptedException {
        Thread.sleep((long) (seconds * 1000));
    }

    private static final class Chat implements Runnable {
        private final Bot bot;
        private final List<Conversation> mix;
        private final ExecutorService pool;
        private final String id;
        private final LongAdder messages;
        private final AtomicBoolean stop;
        private final CountDownLatch stopped;
        private final AtomicReference<RuntimeException> failure;
        private int next;

        Chat(Bot bot, List<Conversation> mix, ExecutorService pool, String id, int first, LongAdder messages,
             AtomicBoolean stop, CountDownLatch stopped, AtomicReference<RuntimeException> failure) {
            this.bot = bot;
            this.mix = mix;
            this.pool = pool;
            this.id = id;
            this.next = first;
            this.messages = messages;
            this.stop = stop;
            this.stopped = stopped;
            this.failure = failure;
        }

        @Override
        public void run() {
            if (stop.get()) {
                stopped.countDown();
                return;
            }
            try {
                Conversation c = mix.get(next++ % mix.size());
                for (Step step : c.steps()) {
                    bot.handle(id, step.text());
                    messages.increment();
                }
                bot.forget(id);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                stop.set(true);
                stopped.countDown();
                return;
            }
            pool.execute(this);
        }
    }
}
