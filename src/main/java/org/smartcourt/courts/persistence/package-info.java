/** Tables of the court registry: JPA entities for reading, JDBC batches for loading the reference lists. */
@NullMarked
package org.smartcourt.courts.persistence;

import org.jspecify.annotations.NullMarked;
