/**
 * The command line (picocli): {@code chat}, {@code telegram}, {@code test}, {@code validate},
 * {@code eval}, {@code bench}, {@code studio} and {@code fuzz}, each a small command class that
 * reads its options and wires the other packages together (content, model, store, channel, ops);
 * {@code ErrorHandler} turns expected failures into one message and an exit code. The top of the
 * layering: it may use every other package, and none uses it.
 */
package healthbot.app;
