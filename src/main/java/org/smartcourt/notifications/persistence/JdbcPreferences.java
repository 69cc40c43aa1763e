package org.smartcourt.notifications.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import org.smartcourt.notifications.domain.MessagePreferences;
import org.smartcourt.notifications.domain.Preferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Message preferences in table {@code notification_preference}; no row means the default. */
@Repository
class JdbcPreferences implements Preferences {

    private final JdbcClient jdbc;

    JdbcPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public MessagePreferences of(String username) {
        return jdbc.sql("select email, sms from notification_preference where username = :username")
                .param("username", username)
                .query((rs, row) -> new MessagePreferences(rs.getBoolean("email"), rs.getBoolean("sms")))
                .optional()
                .orElse(MessagePreferences.DEFAULT);
    }

    @Override
    public void save(String username, MessagePreferences preferences, Instant at) {
        jdbc.sql("""
                        insert into notification_preference (username, email, sms, updated_at)
                        values (:username, :email, :sms, :at)
                        on conflict (username) do update set email = excluded.email, sms = excluded.sms,
                            updated_at = excluded.updated_at""")
                .param("username", username)
                .param("email", preferences.email())
                .param("sms", preferences.sms())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }
}
