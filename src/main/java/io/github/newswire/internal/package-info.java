/**
 * Implementation details of the parser. Not exported by the module and not part of the API:
 * anything here may change in any release.
 */
package io.github.newswire.internal;
