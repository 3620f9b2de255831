package io.stockkeeper.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.application.port.out.StoreUnavailableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    /** Every batch handed to the unit of work, in the order they ran. */
    private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstBatchMayFinish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    /** Upper-cases each item; the first batch waits until the test lets it finish. */
    private List<String> upperCase(List<String> batch) {
        batches.add(batch);
        if (batches.size() == 1) {
            await(firstBatchMayFinish);
        }
        if (batch.contains("poison")) {
            throw new IllegalArgumentException("poison cannot be stored");
        }
        if (batch.contains("outage")) {
            throw new StoreUnavailableException("the database could not be reached", null);
        }
        return batch.stream().map(String::toUpperCase).toList();
    }

    @Test
    void deliveries_that_queue_behind_a_running_transaction_share_the_next_one_and_each_gets_its_own_result()
            throws Exception {
        GroupCommit<String, String> commits = new GroupCommit<>(64, 1, this::upperCase);
        Future<String> first = callers.submit(() -> commits.submit("first"));
        waitUntil(() -> batches.size() == 1);
        List<Future<String>> queued = new ArrayList<>();
        for (String item : List.of("a", "b", "c", "d")) {
            queued.add(callers.submit(() -> commits.submit(item)));
        }
        waitUntil(() -> commits.waiting() == 4);

        firstBatchMayFinish.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
        List<String> results = new ArrayList<>();
        for (Future<String> future : queued) {
            results.add(future.get(10, TimeUnit.SECONDS));
        }
        assertThat(results).containsExactly("A", "B", "C", "D");
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void a_batch_holds_at_most_max_batch_deliveries() throws Exception {
        GroupCommit<String, String> commits = new GroupCommit<>(3, 1, this::upperCase);
        Future<String> first = callers.submit(() -> commits.submit("first"));
        waitUntil(() -> batches.size() == 1);
        List<Future<String>> queued = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String item = "item-" + i;
            queued.add(callers.submit(() -> commits.submit(item)));
        }
        waitUntil(() -> commits.waiting() == 7);

        firstBatchMayFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<String> future : queued) {
            assertThat(future.get(10, TimeUnit.SECONDS)).startsWith("ITEM-");
        }
        assertThat(batches).extracting(List::size).containsExactly(1, 3, 3, 1);
    }

    @Test
    void a_failing_delivery_gets_its_failure_and_the_others_of_its_batch_are_run_again_alone_and_succeed()
            throws Exception {
        GroupCommit<String, String> commits = new GroupCommit<>(64, 1, this::upperCase);
        Future<String> first = callers.submit(() -> commits.submit("first"));
        waitUntil(() -> batches.size() == 1);
        Future<String> a = callers.submit(() -> commits.submit("a"));
        Future<String> poison = callers.submit(() -> commits.submit("poison"));
        Future<String> b = callers.submit(() -> commits.submit("b"));
        waitUntil(() -> commits.waiting() == 3);

        firstBatchMayFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("A");
        assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("B");
        assertThatThrownBy(() -> poison.get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalArgumentException.class)
                .hasRootCauseMessage("poison cannot be stored");
        assertThat(batches.subList(2, batches.size())).as("each run again in a batch of its own")
                .containsExactlyInAnyOrder(List.of("a"), List.of("poison"), List.of("b"));
    }

    @Test
    void when_the_store_cannot_be_reached_the_whole_batch_fails_at_once_without_trying_each_alone()
            throws Exception {
        GroupCommit<String, String> commits = new GroupCommit<>(64, 1, this::upperCase);
        Future<String> first = callers.submit(() -> commits.submit("first"));
        waitUntil(() -> batches.size() == 1);
        Future<String> a = callers.submit(() -> commits.submit("a"));
        Future<String> outage = callers.submit(() -> commits.submit("outage"));
        waitUntil(() -> commits.waiting() == 2);

        firstBatchMayFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<String> failed : List.of(a, outage)) {
            assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(StoreUnavailableException.class);
        }
        assertThat(batches).hasSize(2);
    }

    @Test
    void the_caller_gets_the_very_exception_of_its_unit_of_work() {
        GroupCommit<String, String> commits = new GroupCommit<>(64, 2, batch -> {
            throw new IllegalStateException("broken for " + batch);
        });

        assertThatThrownBy(() -> commits.submit("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broken for [x]");
    }

    @Test
    void no_more_than_the_configured_writers_run_at_once_and_every_delivery_is_answered() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Function<List<Integer>, List<Integer>> slowIdentity = batch -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.yield();
            running.decrementAndGet();
            return batch;
        };
        GroupCommit<Integer, Integer> commits = new GroupCommit<>(8, 3, slowIdentity);
        List<Future<Integer>> futures = new ArrayList<>();
        ExecutorService many = Executors.newFixedThreadPool(32);
        try {
            for (int i = 0; i < 5000; i++) {
                int item = i;
                futures.add(many.submit(() -> commits.submit(item)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
            }
        } finally {
            many.shutdownNow();
        }
        assertThat(mostAtOnce.get()).isBetween(1, 3);
        assertThat(commits.waiting()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never let the first batch finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for a state the test itself brings about; the deadline only turns a hang into a failure. */
    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the expected state was not reached within 30 s");
            }
            Thread.sleep(1);
        }
    }
}
