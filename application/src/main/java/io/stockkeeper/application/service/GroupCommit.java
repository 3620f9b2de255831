package io.stockkeeper.application.service;

import io.stockkeeper.application.port.out.StoreUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Lets work that arrives together share one unit of work: each caller queues its item and waits; a writer
 * takes everything queued (up to {@code maxBatch}) and hands it to {@code runTogether} at once, which runs it
 * in one transaction; each caller gets its own result once that transaction has committed. While a writer is
 * busy, the next callers queue up and form the next batch, so the batch grows with the load and nobody waits
 * for a timer. At most {@code writers} batches run at a time.
 *
 * <p>When a batch fails, one failing item must not fail the others: the items are then run again one by one,
 * each in its own unit of work, and each caller gets its own outcome. The exception is a store that cannot be
 * reached ({@link StoreUnavailableException}): trying each item alone would only make every caller wait longer
 * for the same answer.
 *
 * <p>Writers run on daemon threads that end after a few idle seconds, so an instance needs no closing.
 */
final class GroupCommit<T, R> {

    private final int maxBatch;
    private final int maxWriters;
    private final Function<List<T>, List<R>> runTogether;
    private final ConcurrentLinkedQueue<Pending<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger writers = new AtomicInteger();
    private final ExecutorService threads;

    GroupCommit(int maxBatch, int maxWriters, Function<List<T>, List<R>> runTogether) {
        if (maxBatch < 1 || maxWriters < 1) {
            throw new IllegalArgumentException("a batch holds at least one item and at least one writer runs");
        }
        this.maxBatch = maxBatch;
        this.maxWriters = maxWriters;
        this.runTogether = Objects.requireNonNull(runTogether, "runTogether");
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS,
                new SynchronousQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "stockkeeper-intake-writer");
                    thread.setDaemon(true);
                    return thread;
                });
        this.threads = pool;
    }

    /** Runs the item with whatever else is queued, and returns its result once its unit of work committed. */
    R submit(T item) {
        Pending<T, R> pending = new Pending<>(item);
        queue.add(pending);
        try {
            startWriterIfNeeded();
        } catch (RuntimeException | Error noThread) {
            // No writer could be started (no thread to be had). If nobody took the item yet, nobody will: answer
            // the failure; otherwise a writer has it and will answer.
            if (queue.remove(pending)) {
                throw noThread;
            }
        }
        return pending.await();
    }

    /** How many items wait for a writer now. */
    int waiting() {
        return queue.size();
    }

    private void startWriterIfNeeded() {
        // The item was queued before this check: either a writer starts here, or a running writer will see it
        // before it stops (it checks the queue again after giving up its place).
        for (int running = writers.get(); running < maxWriters; running = writers.get()) {
            if (writers.compareAndSet(running, running + 1)) {
                try {
                    threads.execute(this::write);
                } catch (RuntimeException | Error noThread) {
                    writers.decrementAndGet();
                    throw noThread;
                }
                return;
            }
        }
    }

    private void write() {
        while (true) {
            List<Pending<T, R>> batch = take();
            if (batch.isEmpty()) {
                writers.decrementAndGet();
                if (queue.isEmpty() || !claimWriterPlace()) {
                    return;
                }
                continue;
            }
            run(batch);
        }
    }

    private boolean claimWriterPlace() {
        for (int running = writers.get(); running < maxWriters; running = writers.get()) {
            if (writers.compareAndSet(running, running + 1)) {
                return true;
            }
        }
        return false;
    }

    private List<Pending<T, R>> take() {
        List<Pending<T, R>> batch = new ArrayList<>();
        Pending<T, R> next;
        while (batch.size() < maxBatch && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void run(List<Pending<T, R>> batch) {
        try {
            List<R> results = runTogether.apply(batch.stream().map(Pending::item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result.complete(results.get(i));
            }
        } catch (StoreUnavailableException unavailable) {
            batch.forEach(pending -> pending.result.completeExceptionally(unavailable));
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.get(0).result.completeExceptionally(failure);
                return;
            }
            batch.forEach(pending -> run(List.of(pending)));
        } catch (Error fatal) {
            // Each caller rethrows it on its own thread; the writer goes on with the next batch.
            batch.forEach(pending -> pending.result.completeExceptionally(fatal));
        }
    }

    private record Pending<T, R>(T item, CompletableFuture<R> result) {

        Pending(T item) {
            this(item, new CompletableFuture<>());
        }

        R await() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreUnavailableException("interrupted while waiting for the transaction to commit", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
