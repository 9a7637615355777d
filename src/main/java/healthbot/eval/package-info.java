/**
 * Measuring how well the bot understands: stratified k-fold cross-validation over the content's
 * examples, scoring a labelled held-out file, per-intent metrics, a confusion matrix, the
 * confidence-threshold trade-off, and the report (JSON plus a self-contained HTML page).
 */
package healthbot.eval;
