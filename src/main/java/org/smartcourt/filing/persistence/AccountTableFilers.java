package org.smartcourt.filing.persistence;

import java.util.Optional;
import org.smartcourt.filing.domain.FilerProfile;
import org.smartcourt.filing.domain.Filers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the filer's name, real-name verification and licence number straight from identity's account table, because
 * no façade of identity exposes them yet. A stop-gap: it reads only the signed-in filer's own row and only these
 * columns; replace it with an identity façade call when one exists.
 */
@Repository
class AccountTableFilers implements Filers {

    private final JdbcClient jdbc;

    AccountTableFilers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FilerProfile> of(String username) {
        return jdbc.sql("select name, verified_at, licence_number from identity_account where username = :username")
                .param("username", username)
                .query((row, n) -> new FilerProfile(
                        username,
                        row.getString("name"),
                        row.getTimestamp("verified_at") != null,
                        row.getString("licence_number")))
                .optional();
    }
}
