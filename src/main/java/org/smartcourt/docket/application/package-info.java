/** The docket's use cases, one per class, each in its own transaction. */
@NullMarked
package org.smartcourt.docket.application;

import org.jspecify.annotations.NullMarked;
