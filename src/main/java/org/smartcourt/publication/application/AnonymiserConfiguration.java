package org.smartcourt.publication.application;

import org.smartcourt.publication.anonymisation.Anonymiser;
import org.smartcourt.publication.anonymisation.HanlpNameRecogniser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One anonymiser per application; HanLP loads its dictionaries (about 0.6 s) on the first judgment. */
@Configuration(proxyBeanMethods = false)
class AnonymiserConfiguration {

    @Bean
    Anonymiser anonymiser() {
        return new Anonymiser(new HanlpNameRecogniser());
    }
}
