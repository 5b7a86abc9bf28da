/**
 * The machinery of {@code CorpusParser}: reading archives entry by entry, the work on one file,
 * and the batches and threads that keep results in input order with flat memory. Not exported.
 */
package io.github.newswire.internal.corpus;
