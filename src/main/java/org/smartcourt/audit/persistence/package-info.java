/** The audit log in PostgreSQL, where a trigger refuses updates and deletes. */
@NullMarked
package org.smartcourt.audit.persistence;

import org.jspecify.annotations.NullMarked;
