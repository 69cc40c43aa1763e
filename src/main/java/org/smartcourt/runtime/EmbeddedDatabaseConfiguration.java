package org.smartcourt.runtime;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside the node when no external database is configured (ADR 0003), so that {@code java -jar}
 * needs nothing else. With {@code SPRING_DATASOURCE_URL} set, Spring Boot's own data source is used instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedDatabase embeddedDatabase(RuntimeProperties properties) {
        return EmbeddedDatabase.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedDatabase.USER);
        dataSource.setPoolName("smartcourt-embedded");
        // Several use cases write the audit log in a transaction of its own while they hold one (REQUIRES_NEW), and
        // event listeners (fee notices, automatic service) seal documents the same way: with ten connections a burst
        // of registrations left every connection held by someone waiting for a second one (CaseNumberingIT).
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
