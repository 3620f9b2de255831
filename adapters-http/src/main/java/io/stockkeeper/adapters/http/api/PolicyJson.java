package io.stockkeeper.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.PolicyView;
import io.stockkeeper.domain.AvailabilityPolicy;
import io.stockkeeper.domain.BackorderCap;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.ItemPolicy;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.ReplenishmentPolicy;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An item's policy as JSON: {@code lifecycle}, then each setting; in {@code overrides} null means "the
 * merchant-wide default", in {@code effective} every value is filled in. {@code backorderCap} is a
 * number of units or {@code "unlimited"}.
 */
final class PolicyJson {

    static final Set<String> FIELDS = Set.of("lifecycle", "lowStockThreshold", "outOfStockThreshold", "backorderCap",
            "leadTimeDays", "leadTimeStdDevDays", "serviceLevel", "packSize", "reviewPeriodDays");

    private PolicyJson() {
    }

    static Map<String, Object> response(PolicyView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partNumber", view.key().partNumber().value());
        body.put("mode", view.key().mode().wireName());
        body.put("lifecycle", view.overrides().lifecycle().wireName());
        body.put("overrides", overrides(view.overrides()));
        body.put("effective", effective(view.effective()));
        return body;
    }

    private static Map<String, Object> overrides(ItemPolicy policy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lowStockThreshold", policy.lowStockThreshold());
        values.put("outOfStockThreshold", policy.outOfStockThreshold());
        values.put("backorderCap", policy.backorderCap() == null ? null : cap(policy.backorderCap()));
        values.put("leadTimeDays", policy.leadTimeDays());
        values.put("leadTimeStdDevDays", policy.leadTimeStdDevDays());
        values.put("serviceLevel", policy.serviceLevel());
        values.put("packSize", policy.packSize());
        values.put("reviewPeriodDays", policy.reviewPeriodDays());
        return values;
    }

    private static Map<String, Object> effective(EffectivePolicy policy) {
        AvailabilityPolicy a = policy.availability();
        ReplenishmentPolicy r = policy.replenishment();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("lowStockThreshold", a.lowStockThreshold());
        values.put("outOfStockThreshold", a.outOfStockThreshold());
        values.put("backorderCap", cap(a.backorderCap()));
        values.put("leadTimeDays", r.leadTimeDays());
        values.put("leadTimeStdDevDays", r.leadTimeStdDevDays());
        values.put("serviceLevel", r.serviceLevel());
        values.put("packSize", r.packSize());
        values.put("reviewPeriodDays", r.reviewPeriodDays());
        values.put("demandWindowDays", policy.demandWindowDays());
        return values;
    }

    private static Object cap(BackorderCap cap) {
        return cap.isUnlimited() ? "unlimited" : cap.units().getAsLong();
    }

    /** Reads a PUT body; absent or null settings fall back to the defaults, lifecycle to active. */
    static ItemPolicy request(JsonNode body) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ProblemException.badRequest("unknown policy setting '" + name + "'; known: " + FIELDS);
            }
        }
        JsonNode lifecycle = body.get("lifecycle");
        if (lifecycle != null && !lifecycle.isNull() && !lifecycle.isTextual()) {
            throw ProblemException.badRequest("lifecycle must be one of active, paused, discontinued");
        }
        return QueryParameters.build(() -> new ItemPolicy(
                lifecycle == null || lifecycle.isNull() ? Lifecycle.ACTIVE : Lifecycle.parse(lifecycle.textValue()),
                whole(body, "lowStockThreshold"),
                whole(body, "outOfStockThreshold"),
                backorderCap(body.get("backorderCap")),
                number(body, "leadTimeDays"),
                number(body, "leadTimeStdDevDays"),
                number(body, "serviceLevel"),
                whole(body, "packSize"),
                number(body, "reviewPeriodDays")));
    }

    private static BackorderCap backorderCap(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual() && node.textValue().equals("unlimited")) {
            return BackorderCap.unlimited();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return BackorderCap.of(node.longValue());
        }
        throw new IllegalArgumentException("backorderCap must be a whole number of units or \"unlimited\"");
    }

    private static Long whole(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
        return node.longValue();
    }

    private static Double number(JsonNode body, String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(name + " must be a number");
        }
        return node.doubleValue();
    }
}
