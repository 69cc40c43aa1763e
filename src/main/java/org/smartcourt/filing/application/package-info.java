/** The filing use cases, one per class, each in its own transaction. */
@NullMarked
package org.smartcourt.filing.application;

import org.jspecify.annotations.NullMarked;
