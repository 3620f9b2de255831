package io.stockkeeper.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void concurrent_conflicts_are_recognised_anywhere_in_the_cause_chain() {
        assertThat(SqlFailures.isConflict(new RuntimeException(new SQLException("dup", "23505")))).isTrue();
        assertThat(SqlFailures.isConflict(new SQLException("serialization", "40001"))).isTrue();
        assertThat(SqlFailures.isConflict(new SQLException("deadlock", "40P01"))).isTrue();
        assertThat(SqlFailures.isConflict(new StaleVersionException("moved"))).isTrue();
        assertThat(SqlFailures.isConflict(new SQLException("syntax", "42601"))).isFalse();
    }

    @Test
    void an_sql_exception_without_a_state_is_neither_conflict_nor_unavailable() {
        assertThat(SqlFailures.isConflict(new SQLException("no state"))).isFalse();
        assertThat(SqlFailures.isUnavailable(new SQLException("no state"))).isFalse();
    }

    @Test
    void lost_connections_and_an_exhausted_pool_mean_the_store_is_unavailable() {
        assertThat(SqlFailures.isUnavailable(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(SqlFailures.isUnavailable(new SQLException("admin shutdown", "57P01"))).isTrue();
        assertThat(SqlFailures.isUnavailable(new SQLTransientConnectionException("pool timeout"))).isTrue();
        assertThat(SqlFailures.isUnavailable(new RuntimeException(new SQLException("x", null, new EOFException()))))
                .isTrue();
        assertThat(SqlFailures.isUnavailable(new SQLException("disk full", "53100"))).isTrue();
        assertThat(SqlFailures.isUnavailable(new SQLException("standby", "25006"))).isTrue();
        assertThat(SqlFailures.isUnavailable(new SQLException("no space (H2)", "90100"))).isTrue();
        assertThat(SqlFailures.isUnavailable(new SQLException("dup", "23505"))).isFalse();
        assertThat(SqlFailures.isUnavailable(new SQLException("short", "0"))).isFalse();
    }
}
