package org.smartcourt.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTests {

    @TempDir
    Path dataDir;

    private RuntimeProperties properties(boolean shared) {
        return new RuntimeProperties(dataDir, new RuntimeProperties.EmbeddedDatabase(0, shared, false, true));
    }

    private static void execute(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String firstValue(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void whatWasWrittenIsThereAfterARestart() throws SQLException {
        var first = EmbeddedDatabase.start(properties(false));
        execute(first, "create table note (text text)");
        execute(first, "insert into note values ('立案')");
        first.destroy();

        var second = EmbeddedDatabase.start(properties(false));
        try {
            assertThat(firstValue(second, "select text from note")).isEqualTo("立案");
            assertThat(firstValue(second, "show fsync")).isEqualTo("on");
        } finally {
            second.destroy();
        }
    }

    @Test
    void aSharedServerStopsWhenItsLastUserLetsGo() throws SQLException {
        var one = EmbeddedDatabase.start(properties(true));
        var two = EmbeddedDatabase.start(properties(true));
        assertThat(two).isSameAs(one);

        one.destroy();
        assertThat(firstValue(two, "select 1")).isEqualTo("1");

        two.destroy();
        assertThatThrownBy(() -> firstValue(two, "select 1")).isInstanceOf(SQLException.class);
    }
}
