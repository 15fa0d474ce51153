/**
 * The command line ({@code ./moralbase analyze …}, {@code ./moralbase generate …}; docs/cli.md): picocli
 * commands that read files, run the {@code org.moralbase.stats} methods on them and print a table or one
 * JSON object. No Spring context, no web server, no database. This root package holds the entry point, the
 * {@code analyze} and {@code generate} groups and the shared input/output helpers; each analysis lives in
 * its own sub-package.
 */
package org.moralbase.cli;
