/** The court registry's use cases: loading the reference lists and answering other modules' questions. */
@NullMarked
package org.smartcourt.courts.application;

import org.jspecify.annotations.NullMarked;
