/** E-mail over SMTP, and the in-process SMTP server of demo mode. */
@NullMarked
package org.smartcourt.notifications.email;

import org.jspecify.annotations.NullMarked;
