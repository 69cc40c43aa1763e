/**
 * Use cases of the publication module: anonymising a judgment, and the publication workflow — effective documents
 * queued with their deadline, reviewed, corrected, approved or excluded, and published records corrected or withdrawn.
 */
@NullMarked
package org.smartcourt.publication.application;

import org.jspecify.annotations.NullMarked;
