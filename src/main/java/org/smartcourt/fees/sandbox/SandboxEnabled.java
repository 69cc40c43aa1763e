package org.smartcourt.fees.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Beans of the sandbox gateway: present only while {@code smartcourt.fees.gateway} is {@code sandbox} (default). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "smartcourt.fees", name = "gateway", havingValue = "sandbox", matchIfMissing = true)
public @interface SandboxEnabled {}
