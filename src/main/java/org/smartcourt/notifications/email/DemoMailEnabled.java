package org.smartcourt.notifications.email;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Beans of the demo's in-process SMTP server: present only in demo mode ({@code smartcourt.demo=true}) when no SMTP
 * server is configured ({@code spring.mail.host} empty).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = "smartcourt.demo")
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
public @interface DemoMailEnabled {}
