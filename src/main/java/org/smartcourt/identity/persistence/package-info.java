/** Stores accounts and their role grants in PostgreSQL with JPA. */
@NullMarked
package org.smartcourt.identity.persistence;

import org.jspecify.annotations.NullMarked;
