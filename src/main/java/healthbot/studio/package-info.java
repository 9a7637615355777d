/**
 * The studio: a local web page for staff (chat with the bot, see why it answered, save a
 * conversation as a dialogue script, run the scripts, see content problems, measure understanding).
 * Served on 127.0.0.1 only by the JDK's HTTP server, with static files from the jar. No domain
 * logic lives here: answers come from {@code dialogue}, scripts from {@code scripts}, scores from
 * {@code eval}, content and its problems from {@code content}. The JSON API is one route table
 * (method and path to handler, in {@code Api}, matched by {@code Routes}): a path it does not have
 * is 404, a path asked with a method it does not take is 405 with {@code Allow}.
 *
 * <p>Security: a local server is reachable by any web page the staff member visits, so every
 * request must name this server in {@code Host} (DNS rebinding), and every state-changing request
 * must carry the per-start token the page got from the server and a matching {@code Origin}
 * (cross-site requests); bodies are limited in size; a saved script goes only to a new file under
 * the content's {@code tests/} folder, named by the server.
 */
package healthbot.studio;
