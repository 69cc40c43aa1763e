/** Claiming, recording and expiring idempotent requests, and the module's settings. */
@NullMarked
package org.smartcourt.api.application;

import org.jspecify.annotations.NullMarked;
