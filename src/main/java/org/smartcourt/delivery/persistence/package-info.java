/** Services, service addresses and automatic service in PostgreSQL, through plain SQL. */
@NullMarked
package org.smartcourt.delivery.persistence;

import org.jspecify.annotations.NullMarked;
