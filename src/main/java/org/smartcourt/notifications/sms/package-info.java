/** Text messages through a commercial SMS gateway's signed HTTP API. */
@NullMarked
package org.smartcourt.notifications.sms;

import org.jspecify.annotations.NullMarked;
