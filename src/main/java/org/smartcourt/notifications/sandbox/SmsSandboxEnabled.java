package org.smartcourt.notifications.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/** Beans of the sandbox SMS gateway: present only while {@code smartcourt.notifications.sms.sandbox} is true. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = "smartcourt.notifications.sms.sandbox")
public @interface SmsSandboxEnabled {}
