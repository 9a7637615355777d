/**
 * What operators see: {@code /healthz} (alive), {@code /readyz} (content loaded and store reachable,
 * 503 otherwise or while stopping) and {@code /metrics} (Prometheus text format, Micrometer's
 * Prometheus registry) on a JDK HTTP server, either the webhook's own or a separate admin port.
 * Metric labels carry intents, outcomes, languages, Telegram methods and status codes: never a
 * chat id or message text. Depends on nothing of ours; {@code channel} records into it, {@code app}
 * wires it.
 */
package healthbot.ops;
