package io.stockkeeper.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.application.testing.Fixtures;
import io.stockkeeper.bootstrap.Config;
import io.stockkeeper.bootstrap.RunningStockkeeper;
import io.stockkeeper.bootstrap.TestEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person opens the dashboard of a running service in a real browser: they paste the API token, and
 * see the item they care about with its stock-level chart, and the event lists, all from real data.
 */
class DashboardBrowserTest {

    private static final String TOKEN = "dashboard-test-token";

    @TempDir
    Path profile;

    @Test
    void the_dashboard_shows_an_items_stock_over_time_and_the_events_of_a_running_service() throws Exception {
        try (RunningStockkeeper service = RunningStockkeeper.onH2(Map.of(Config.API_TOKEN, TOKEN))) {
            for (String fixture : List.of(Fixtures.UPDATED, Fixtures.RESTOCK_2_TO_50, Fixtures.SET_TO_ZERO,
                    Fixtures.BACKORDER_ENABLED, Fixtures.UNRELATED)) {
                assertThat(service.postSigned(Fixtures.bytes(fixture)).statusCode()).isEqualTo(200);
            }
            assertThat(service.postSigned(TestEvents.withoutPartNumber("quarantined-in-browser")).statusCode())
                    .isEqualTo(202);
            ChromeDriver browser = HeadlessChromium.start(profile);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(service.uri("/#mode=test&item=CCC").toString());

                WebElement token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
                token.sendKeys(TOKEN);
                browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();

                wait.until(ExpectedConditions.textToBe(By.id("item-quantity"), "0"));
                assertThat(browser.findElement(By.id("item-status")).getText()).isEqualTo("BACKORDER");
                assertThat(browser.findElement(By.id("item-backorder")).getText()).isEqualTo("allowed");

                wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                        By.cssSelector("#stock-chart svg circle.point"), 3));
                List<Long> charted = browser.findElements(By.cssSelector("#stock-chart svg circle.point")).stream()
                        .map(point -> Long.parseLong(point.getAttribute("data-quantity"))).toList();
                assertThat(charted).containsSubsequence(1L, 50L, 0L).last().isEqualTo(0L);
                assertThat(browser.findElement(By.cssSelector("#stock-chart svg path.line")).getAttribute("d"))
                        .startsWith("M");

                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quarantined"),
                        "quarantined-in-browser"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent-events"),
                        "daee8406-0d87-4c42-aced-18c6fa74584d"));
                assertThat(browser.findElement(By.id("recent-events")).getText()).contains("order.accepted");
                for (String section : List.of("items", "low-stock", "reorder")) {
                    wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(By.id(section),
                            By.cssSelector(".body table, .body .unavailable, .body .empty")));
                }
                assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();
                assertThat(browser.executeScript("return sessionStorage.getItem('stockkeeper.apiToken')"))
                        .isEqualTo(TOKEN);

                Path screenshot = browser.getScreenshotAs(OutputType.FILE).toPath();
                Files.copy(screenshot, Path.of("target", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
            }
        }
    }
}
