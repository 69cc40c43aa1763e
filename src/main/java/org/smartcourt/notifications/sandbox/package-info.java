/**
 * The SANDBOX SMS gateway: another system that takes signed texts over HTTP like a commercial gateway and keeps them
 * to be read, running inside the application in demo and test mode ({@code smartcourt.notifications.sms.sandbox}).
 * The platform talks to it only over HTTP.
 */
@NullMarked
package org.smartcourt.notifications.sandbox;

import org.jspecify.annotations.NullMarked;
