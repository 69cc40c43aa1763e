/** Use cases of the publication module: anonymising a judgment for publication. */
@NullMarked
package org.smartcourt.publication.application;

import org.jspecify.annotations.NullMarked;
