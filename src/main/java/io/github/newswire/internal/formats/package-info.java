/**
 * The readers, one per format, and the way a file takes through them: {@code ReadPipeline} checks
 * the size, {@code FormatReaders} chooses the reader from the file's head, and the reader decodes
 * and reads the file into its items. Not exported.
 */
package io.github.newswire.internal.formats;
