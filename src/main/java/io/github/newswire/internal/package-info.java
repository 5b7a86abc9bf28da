/**
 * Implementation details, not exported by the module and not in the Javadoc: anything here may
 * change in any release. This package holds what every part shares (characters, lines, UTF-8,
 * problems); {@code internal.formats} the readers of every format and the one way a file takes
 * through them, {@code internal.vns} the parts of the VNS reader, {@code internal.corpus} archives
 * and parallel parsing.
 */
package io.github.newswire.internal;
