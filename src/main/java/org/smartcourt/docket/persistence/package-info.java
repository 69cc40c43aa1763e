/** Cases, timelines and case-number counters in PostgreSQL, through JdbcClient. */
@NullMarked
package org.smartcourt.docket.persistence;

import org.jspecify.annotations.NullMarked;
