package io.stockkeeper.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.stockkeeper.adapters.http.ops.DashboardController;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sections that read the stock API (item list with filters, low-stock report, reorder list, the
 * movement ledger), in a real browser, against answers shaped as the stock API's OpenAPI document
 * gives them. The end-to-end {@link DashboardBrowserTest} covers the service itself; this one covers
 * the routes a server may not have yet.
 */
class DashboardOnTheStockApiTest {

    @TempDir
    Path profile;

    private final Queue<String> asked = new ConcurrentLinkedQueue<>();

    private static final String ITEM_AAA = "{\"partNumber\":\"AAA\",\"mode\":\"live\",\"quantity\":3,"
            + "\"allowBackOrder\":false,\"status\":\"LOW_STOCK\",\"sellableQuantity\":3,\"lifecycle\":\"active\","
            + "\"fulfiller\":\"DR globalTech\",\"managementType\":\"self-managed\",\"products\":[],"
            + "\"lastChange\":{\"eventId\":\"e3\",\"sourceTimestamp\":\"2026-01-03T00:00:00Z\"},\"version\":3,\"gapCount\":0}";
    private static final String ITEM_BBB = ITEM_AAA.replace("AAA", "BBB").replace("\"quantity\":3", "\"quantity\":80")
            .replace("LOW_STOCK", "IN_STOCK");

    private void answer(Context ctx, String json) {
        asked.add(ctx.path() + "?" + ctx.queryString());
        ctx.contentType("application/json").result(json);
    }

    private Javalin stockApi() {
        DashboardController dashboard = new DashboardController();
        Javalin api = Javalin.create(config -> config.showJavalinBanner = false);
        api.get("/", dashboard::index);
        api.get(DashboardController.ASSETS + "{file}", dashboard::asset);
        api.get("/api/v1/inventory", ctx -> answer(ctx, "LOW_STOCK".equals(ctx.queryParam("status"))
                ? "{\"items\":[" + ITEM_AAA + "],\"nextCursor\":null}"
                : "{\"items\":[" + ITEM_AAA + "," + ITEM_BBB + "],\"nextCursor\":null}"));
        api.get("/api/v1/inventory/AAA", ctx -> answer(ctx, ITEM_AAA));
        api.get("/api/v1/inventory/AAA/movements", ctx -> answer(ctx, "{\"movements\":["
                + "{\"sequence\":1,\"kind\":\"receipt\",\"delta\":10,\"quantityAfter\":10,\"eventId\":\"e1\",\"sourceTime\":\"2026-01-01T00:00:00Z\",\"correction\":false},"
                + "{\"sequence\":2,\"kind\":\"decrease\",\"delta\":-4,\"quantityAfter\":6,\"eventId\":\"e2\",\"sourceTime\":\"2026-01-02T00:00:00Z\",\"correction\":false},"
                + "{\"sequence\":3,\"kind\":\"decrease\",\"delta\":-3,\"quantityAfter\":3,\"eventId\":\"e3\",\"sourceTime\":\"2026-01-03T00:00:00Z\",\"correction\":false}"
                + "],\"next\":3}"));
        api.get("/api/v1/reports/low-stock", ctx -> answer(ctx, "{\"items\":[" + ITEM_AAA + "],\"nextCursor\":null}"));
        api.get("/api/v1/replenishment", ctx -> answer(ctx, "{\"asOf\":\"2026-01-04T00:00:00Z\",\"lines\":[{"
                + "\"partNumber\":\"AAA\",\"fulfiller\":\"DR globalTech\",\"quantity\":3,\"dailyDemand\":3.5,"
                + "\"reorderPoint\":12,\"orderUpTo\":40,\"suggestedQuantity\":37,\"daysOfCover\":0.9,"
                + "\"reorderNeeded\":true,\"reason\":\"at or below the reorder point\"}]}"));
        api.get("/api/v1/events", ctx -> answer(ctx, "{\"events\":[]}"));
        return api.start("127.0.0.1", 0);
    }

    @Test
    void every_section_renders_what_the_stock_api_answers() {
        Javalin api = stockApi();
        ChromeDriver browser = HeadlessChromium.start(profile);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://127.0.0.1:" + api.port() + "/#mode=live&item=AAA");

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#items table"), "BBB"));
            assertThat(browser.findElement(By.cssSelector("#items table")).getText()).contains("AAA", "LOW_STOCK", "80");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#low-stock table"), "AAA"));
            assertThat(browser.findElement(By.cssSelector("#low-stock")).getText()).doesNotContain("BBB");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#reorder table"), "37"));
            assertThat(browser.findElement(By.cssSelector("#reorder table")).getText())
                    .contains("AAA", "12", "at or below the reorder point");

            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#stock-chart svg circle.point"), 3));
            assertThat(browser.findElements(By.cssSelector("#stock-chart svg circle.point")).stream()
                    .map(point -> point.getAttribute("data-quantity")).toList()).containsExactly("10", "6", "3");
            assertThat(browser.findElement(By.cssSelector("#stock-chart figcaption")).getText())
                    .isEqualTo("3 change(s), from the movement ledger.");
            assertThat(browser.findElement(By.id("item-lifecycle")).getText()).isEqualTo("active");
            assertThat(browser.findElement(By.id("item-movements")).getText()).contains("decrease", "-4", "+10");
            assertThat(asked).contains("/api/v1/inventory/AAA/movements?mode=live&limit=1000");

            new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("LOW_STOCK");
            browser.findElement(By.cssSelector("#item-filters button[type=submit]")).click();
            wait.until(ExpectedConditions.invisibilityOfElementWithText(By.cssSelector("#items table td"), "BBB"));
            assertThat(asked).contains("/api/v1/inventory?mode=live&limit=100&status=LOW_STOCK");
            assertThat(browser.findElements(By.cssSelector(".error, .unavailable"))).isEmpty();
        } finally {
            browser.quit();
            api.stop();
        }
    }
}
