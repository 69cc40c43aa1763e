/**
 * Messages to people: the inbox that explains each decision on a case (registered, correction requested, refused with
 * the sealed ruling), e-mail over SMTP and text messages through an SMS gateway ({@link
 * org.smartcourt.notifications.Messenger}), and reminders and alerts queued durably for later ({@link
 * org.smartcourt.notifications.Reminders}) with quiet hours and unsubscribing, each in the recipient's language.
 */
@ApplicationModule(allowedDependencies = {"shared", "docket", "documents", "courts", "api", "identity", "audit"})
@NullMarked
package org.smartcourt.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
