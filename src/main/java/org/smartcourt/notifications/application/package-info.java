/** Use cases of the inbox: explaining decisions, reading and acknowledging messages. */
@NullMarked
package org.smartcourt.notifications.application;

import org.jspecify.annotations.NullMarked;
