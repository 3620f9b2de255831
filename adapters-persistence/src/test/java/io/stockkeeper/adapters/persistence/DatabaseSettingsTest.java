package io.stockkeeper.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static DatabaseSettings settings(String url) {
        return new DatabaseSettings(url, "u", "p", 5, Duration.ofSeconds(1));
    }

    @Test
    void any_h2_url_gets_the_durability_and_shutdown_settings_unless_it_names_them() {
        assertThat(settings("jdbc:h2:file:/srv/sk").jdbcUrl())
                .isEqualTo("jdbc:h2:file:/srv/sk;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(settings(DatabaseSettings.DEFAULT_URL).jdbcUrl())
                .isEqualTo("jdbc:h2:file:./data/stockkeeper;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(settings("jdbc:h2:file:/srv/sk;write_delay=500").jdbcUrl())
                .isEqualTo("jdbc:h2:file:/srv/sk;write_delay=500;DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void postgres_urls_are_used_as_given() {
        assertThat(settings("jdbc:postgresql://db:5432/sk?sslmode=require").jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/sk?sslmode=require");
    }

    @Test
    void other_databases_are_refused_and_the_url_is_shown_without_its_parameters() {
        assertThatThrownBy(() -> settings("jdbc:mysql://db/sk?password=secret"))
                .hasMessageContaining("jdbc:mysql://db/sk").hasMessageNotContaining("secret");
        assertThat(settings("jdbc:postgresql://db/sk?password=secret").toString()).doesNotContain("secret");
    }
}
