/**
 * The inbox: explains each decision on a case to the person concerned (registered, correction requested, refused
 * with the sealed ruling), in the reader's language.
 */
@ApplicationModule(allowedDependencies = {"shared", "docket", "documents", "courts", "api", "judgments"})
@NullMarked
package org.smartcourt.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
