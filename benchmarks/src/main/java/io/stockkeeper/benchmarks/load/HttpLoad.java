package io.stockkeeper.benchmarks.load;

import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts deliveries to a webhook endpoint over a fixed number of keep-alive connections, each sending
 * its next request as soon as the previous one is answered (a closed loop, as a sender with that many
 * connections behaves), and measures throughput and latency.
 */
public final class HttpLoad {

    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([a-z]+)\"");

    private HttpLoad() {
    }

    /** Signs every body now and sends them all; the window is from the first request to the last answer. */
    public static LoadResult post(URI endpoint, String secret, List<String> bodies, int connections) {
        List<byte[]> requests = new ArrayList<>(bodies.size());
        Instant now = Instant.now();
        for (String body : bodies) {
            requests.add(request(endpoint, secret, now, body.getBytes(StandardCharsets.UTF_8)));
        }
        InetSocketAddress address = new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
        long[] latencies = new long[requests.size()];
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread sender = new Thread(() -> send(address, requests, next, latencies, answers), "load-" + c);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            try {
                sender.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the load to finish", e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        Map<String, Integer> counts = new HashMap<>();
        answers.forEach((key, count) -> counts.put(key, count.get()));
        return new LoadResult(requests.size(), seconds, percentile(latencies, 0.50), percentile(latencies, 0.99),
                counts, Double.NaN, Double.NaN);
    }

    private static void send(InetSocketAddress address, List<byte[]> requests, AtomicInteger next, long[] latencies,
            Map<String, AtomicInteger> answers) {
        try (KeepAliveConnection connection = new KeepAliveConnection(address)) {
            for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                long sent = System.nanoTime();
                String answer;
                try {
                    KeepAliveConnection.Answer response = connection.exchange(requests.get(i));
                    Matcher outcome = OUTCOME.matcher(response.body());
                    answer = response.status() + (outcome.find() ? " " + outcome.group(1) : "");
                } catch (IOException e) {
                    answer = "connection failed";
                }
                latencies[i] = System.nanoTime() - sent;
                answers.computeIfAbsent(answer, key -> new AtomicInteger()).incrementAndGet();
            }
        }
    }

    private static byte[] request(URI endpoint, String secret, Instant now, byte[] body) {
        String head = "POST " + endpoint.getRawPath() + " HTTP/1.1\r\n"
                + "Host: " + endpoint.getHost() + ":" + endpoint.getPort() + "\r\n"
                + "Content-Type: application/json\r\n"
                + SignatureVerifier.HEADER + ": " + SignatureVerifier.header(secret, now, body) + "\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }
}
