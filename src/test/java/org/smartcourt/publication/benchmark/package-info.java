/** The search benchmark (bench/search.sh): synthetic corpora, bulk loading, and a query mix at a fixed arrival rate. */
@NullMarked
package org.smartcourt.publication.benchmark;

import org.jspecify.annotations.NullMarked;
