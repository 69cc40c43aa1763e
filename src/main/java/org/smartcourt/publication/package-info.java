/**
 * Publication of judgments on the internet: the anonymiser that prepares a judgment for China Judgments Online, the
 * import of judgment corpora and the public full-text search portal.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit", "courts", "documents"})
@NullMarked
package org.smartcourt.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
