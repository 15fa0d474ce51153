package org.moralbase.cli;

/**
 * The command line's own entry point, for the thin {@code target/moralbase-cli.jar} that carries only what the
 * analysis commands need (no Spring, no Vaadin, no JPA; decision 0021), so that
 * {@code ./moralbase analyze …} starts in a blink. {@code java -jar target/moralbase.jar analyze …} still works.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(MoralbaseCli.run(args));
    }
}
