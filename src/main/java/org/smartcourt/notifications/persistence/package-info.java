/** The inbox stored in PostgreSQL. */
@NullMarked
package org.smartcourt.notifications.persistence;

import org.jspecify.annotations.NullMarked;
