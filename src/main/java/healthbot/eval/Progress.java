package healthbot.eval;

import java.io.PrintStream;

/** A one-line progress bar redrawn in place on a terminal stream (stderr); silent when given null. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    /** Also told each new whole percentage (the studio's progress bar); may be null. */
    private final java.util.function.IntConsumer listener;
    private long total;
    private long done;
    private String what = "";
    private int lastDrawn = -1;

    Progress(PrintStream out) {
        this(out, null);
    }

    Progress(PrintStream out, java.util.function.IntConsumer listener) {
        this.out = out;
        this.listener = listener;
    }

    static Progress silent() {
        return new Progress(null);
    }

    synchronized void start(String what, long total) {
        this.what = what;
        this.total = Math.max(1, total);
        this.done = 0;
        this.lastDrawn = -1;
        draw();
    }

    synchronized void advance(long units) {
        done = Math.min(total, done + units);
        draw();
    }

    synchronized void finish() {
        done = total;
        draw();
        if (out != null) {
            out.println();
            out.flush();
        }
    }

    private void draw() {
        int percent = (int) (100 * done / total);
        if (percent == lastDrawn) {
            return;
        }
        lastDrawn = percent;
        if (listener != null) {
            listener.accept(percent);
        }
        if (out == null) {
            return;
        }
        int filled = (int) (WIDTH * done / total);
        out.print("\r" + what + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
        out.flush();
    }
}
