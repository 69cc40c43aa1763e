/**
 * The HTTP face of the sandboxes: the SMS gateway's API and page under {@code /sandbox-sms/**} and the demo mail
 * server's page under {@code /sandbox-mail}. Not part of the platform.
 */
@NullMarked
package org.smartcourt.notifications.web.sandbox;

import org.jspecify.annotations.NullMarked;
