/**
 * The {@code newswire} command-line tool ({@code parse} and {@code check}). Not exported by the
 * module and not part of the API: use it through {@code java -jar newswire-VERSION-cli.jar}.
 */
package io.github.newswire.cli;
