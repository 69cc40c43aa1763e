/**
 * Publication of judgments on the internet: the anonymiser that prepares a judgment for China Judgments Online, the
 * publication workflow (effective documents queued with their deadline, reviewed by the court's clerks, published or
 * excluded, corrected or withdrawn), the import of judgment corpora and the public full-text search portal.
 */
@ApplicationModule(
        allowedDependencies = {"shared", "audit", "courts", "documents", "docket", "judgments", "identity", "api"})
@NullMarked
package org.smartcourt.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
