/** What a published judgment says about itself: court, case number, date, cause, cited articles, read from its text. */
@NullMarked
package org.smartcourt.publication.catalogue;

import org.jspecify.annotations.NullMarked;
