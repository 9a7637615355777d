/** The command line: {@code chat}, {@code telegram}, {@code test}, {@code validate}, {@code eval}, {@code bench}. */
package healthbot.app;
