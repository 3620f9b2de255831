package io.stockkeeper.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.adapters.http.JsonMappers;
import io.stockkeeper.application.port.in.MalformedEventException;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.testing.Fixtures;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ManagementType;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.Product;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JacksonEventDecoderTest {

    private final JacksonEventDecoder decoder = new JacksonEventDecoder(JsonMappers.create());

    private InventoryUpdate update(String payload) {
        DecodedEvent event = decoder.decode(payload);
        assertThat(event.content()).isInstanceOf(DecodedEvent.InventoryChange.class);
        return ((DecodedEvent.InventoryChange) event.content()).update();
    }

    private String unprocessable(String payload) {
        DecodedEvent event = decoder.decode(payload);
        assertThat(event.content()).isInstanceOf(DecodedEvent.Unprocessable.class);
        return ((DecodedEvent.Unprocessable) event.content()).reason();
    }

    private static String documented(String from, String to) {
        String text = Fixtures.text(Fixtures.UPDATED);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void the_documented_event_is_read_field_for_field() {
        DecodedEvent event = decoder.decode(Fixtures.text(Fixtures.UPDATED));
        InventoryUpdate update = ((DecodedEvent.InventoryChange) event.content()).update();

        assertThat(event.id()).isEqualTo("daee8406-0d87-4c42-aced-18c6fa74584d");
        assertThat(event.mode()).isEqualTo(Mode.TEST);
        assertThat(update.quantity()).isEqualTo(1);
        assertThat(update.order().sourceTimestamp()).isEqualTo(Instant.parse("2024-02-06T03:07:00.384Z"));
        assertThat(update.order().createdTime()).isEqualTo(Instant.parse("2024-02-06T09:07:01.726302Z"));
        assertThat(update.products()).containsExactly(new Product("15116720197", null));
        assertThat(update.fulfiller()).isEqualTo("DR globalTech");
        assertThat(update.allowBackOrder()).isFalse();
        assertThat(update.managementType()).isEqualTo(ManagementType.SELF_MANAGED);
        assertThat(update.previousQuantity()).hasValue(0);
    }

    @Test
    void the_fulfiller_managed_event_is_fulfiller_managed_and_live() {
        InventoryUpdate update = update(Fixtures.text(Fixtures.FULFILLER_MANAGED));

        assertThat(update.managementType()).isEqualTo(ManagementType.FULFILLER_MANAGED);
        assertThat(update.key().mode()).isEqualTo(Mode.LIVE);
    }

    @Test
    void previous_attributes_without_quantity_mean_no_previous_quantity() {
        assertThat(update(Fixtures.text(Fixtures.BACKORDER_ENABLED)).previousQuantity()).isEmpty();
    }

    @Test
    void unknown_fields_anywhere_are_ignored() {
        String payload = documented("\"quantity\": 1,", "\"quantity\": 1, \"warehouse\": {\"zone\": [1,2]},")
                .replace("\"liveMode\": false,", "\"liveMode\": false, \"apiVersion\": \"2030-01-01\",");

        assertThat(update(payload).quantity()).isEqualTo(1);
    }

    @Test
    void product_ids_of_any_length_as_strings_or_numbers_are_kept_exactly() {
        String payload = documented("\"productId\": \"15116720197\"",
                "\"productId\": 151167201971511672019715116720197")
                .replace("\"externalReferenceId\": null,", "\"externalReferenceId\": \"ÜBER-1\",");

        assertThat(update(payload).products())
                .containsExactly(new Product("151167201971511672019715116720197", "ÜBER-1"));
    }

    @ParameterizedTest
    @CsvSource({
        "2024-02-06T09:07:01Z, 2024-02-06T09:07:01Z",
        "2024-02-06T09:07:01.7Z, 2024-02-06T09:07:01.700Z",
        "2024-02-06T09:07:01.726302Z, 2024-02-06T09:07:01.726302Z",
        "2024-02-06T09:07:01.123456789Z, 2024-02-06T09:07:01.123456789Z",
        "2024-02-06T10:07:01.5+01:00, 2024-02-06T09:07:01.500Z",
        "2024-02-06T04:07:01-05:00, 2024-02-06T09:07:01Z"})
    void timestamps_with_0_to_9_fraction_digits_and_any_offset_are_read(String wire, String expected) {
        String payload = documented("2024-02-06T09:07:01.726302Z", wire);

        assertThat(update(payload).order().createdTime()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void whole_numbers_written_as_decimals_are_accepted() {
        assertThat(update(documented("\"quantity\": 1,", "\"quantity\": 5.0,")).quantity()).isEqualTo(5);
        assertThat(update(documented("\"quantity\": 1,", "\"quantity\": -3,")).quantity()).isEqualTo(-3);
    }

    @Test
    void a_byte_order_mark_before_the_json_is_tolerated() {
        assertThat(update("\uFEFF" + Fixtures.text(Fixtures.UPDATED)).quantity()).isEqualTo(1);
    }

    @Test
    void an_unusable_inventory_object_is_unprocessable_with_the_reason() {
        assertThat(unprocessable(documented("\"quantity\": 1,", "\"quantity\": \"1\",")))
                .contains("data.object.quantity");
        assertThat(unprocessable(documented("\"quantity\": 1,", "\"quantity\": 1.5,"))).contains("whole number");
        assertThat(unprocessable(documented("\"quantity\": 1,", "\"quantity\": 99999999999999999999,")))
                .contains("quantity");
        assertThat(unprocessable(documented("\"quantity\": 1,", ""))).contains("quantity is missing");
        assertThat(unprocessable(documented("\"partNumber\": \"CCC\",", "\"partNumber\": \"  \",")))
                .contains("part number must not be blank");
        assertThat(unprocessable(documented("\"partNumber\": \"CCC\",", "\"partNumber\": 12,")))
                .contains("partNumber");
        assertThat(unprocessable(documented("\"timestamp\": \"2024-02-06T03:07:00.384Z\",", "\"timestamp\": \"yesterday\",")))
                .contains("timestamp");
        assertThat(unprocessable(documented("\"liveMode\": false,", "\"liveMode\": \"no\",")))
                .contains("liveMode");
        assertThat(unprocessable(documented("\"createdTime\": \"2024-02-06T09:07:01.726302Z\"", "\"createdTime\": 5")))
                .contains("createdTime");
        assertThat(unprocessable(documented("\"allowBackOrder\": false,", "\"allowBackOrder\": \"yes\",")))
                .contains("allowBackOrder");
        assertThat(unprocessable(documented("\"productId\": \"15116720197\"", "\"productId\": null")))
                .contains("productId");
        assertThat(unprocessable("{\"id\":\"e\",\"type\":\"inventory.self_managed_updated\",\"liveMode\":true,"
                + "\"createdTime\":\"2024-02-06T09:07:01Z\"}")).contains("data.object");
    }

    @ParameterizedTest
    @CsvSource({"2300-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "1600-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z", "2262-04-11T23:47:16.854775808Z"})
    void far_off_timestamps_are_unprocessable_not_a_failure(String wire) {
        assertThat(unprocessable(documented("2024-02-06T03:07:00.384Z", wire))).contains("data.object.timestamp");
        assertThat(unprocessable(documented("2024-02-06T09:07:01.726302Z", wire))).contains("createdTime");
        assertThat(decoder.decode("{\"id\":\"e\",\"type\":\"order.accepted\",\"createdTime\":\"" + wire + "\"}")
                .createdTime()).isNull();
    }

    @Test
    void text_that_no_store_can_keep_exactly_is_unprocessable() {
        assertThat(unprocessable(documented("\"fulfiller\": \"DR globalTech\"", "\"fulfiller\": \"DR\\u0000x\"")))
                .contains("fulfiller").contains("NUL");
        assertThat(unprocessable(documented("\"productId\": \"15116720197\"", "\"productId\": \"1\\u0000\"")))
                .contains("productId");
        assertThat(unprocessable(documented("\"partNumber\": \"CCC\"", "\"partNumber\": \"PN\\ud800\"")))
                .contains("surrogate");
        assertThat(update(documented("\"partNumber\": \"CCC\"", "\"partNumber\": \"PN\\ud83d\\udce6\""))
                .key().partNumber().value()).isEqualTo("PN\uD83D\uDCE6");
    }

    @Test
    void trailing_data_and_repeated_keys_are_not_a_json_event() {
        String event = Fixtures.text(Fixtures.UPDATED);
        assertThatThrownBy(() -> decoder.decode(event + "xyz")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> decoder.decode(event + event)).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> decoder.decode("{\"id\":\"a\",\"id\":\"b\",\"type\":\"x\"}"))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> decoder.decode("{\"id\":\"pg-id\\ud800\",\"type\":\"x\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("surrogate");
    }

    @Test
    void an_event_type_we_do_not_handle_is_unhandled_whatever_its_body() {
        assertThat(decoder.decode("{\"id\":\"e\",\"type\":\"order.accepted\",\"data\":42}").content())
                .isInstanceOf(DecodedEvent.Unhandled.class);
    }

    @Test
    void a_payload_without_id_or_type_is_malformed() {
        assertThatThrownBy(() -> decoder.decode("{\"type\":\"x\"}")).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> decoder.decode("{\"id\":\"" + "x".repeat(300) + "\",\"type\":\"x\"}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("longer than");
        assertThatThrownBy(() -> decoder.decode("{\"id\":\"a\",\"type\":\"x\",}"))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("not valid JSON");
    }
}
