package io.stockkeeper.adapters.http.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Who may deliver webhooks: optional sender networks (with trusted proxies for X-Forwarded-For),
 * optional HTTP Basic credentials, and the signature when secrets are configured.
 */
public final class WebhookSecurity {

    private final Optional<SignatureVerifier> signatures;
    private final Optional<BasicCredentials> basic;
    private final List<Cidr> allowedNetworks;
    private final List<Cidr> trustedProxies;

    public WebhookSecurity(Optional<SignatureVerifier> signatures, Optional<BasicCredentials> basic,
            List<Cidr> allowedNetworks, List<Cidr> trustedProxies) {
        this.signatures = signatures;
        this.basic = basic;
        this.allowedNetworks = List.copyOf(allowedNetworks);
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public static WebhookSecurity open() {
        return new WebhookSecurity(Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** True when no secret and no Basic credentials are configured: anyone who can reach us may post. */
    public boolean isOpen() {
        return signatures.isEmpty() && basic.isEmpty();
    }

    /**
     * The client address as seen through trusted proxies: walking X-Forwarded-For from the right, the
     * first address not of a trusted proxy. Without trusted proxies the header is ignored.
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || trustedProxies.isEmpty() || !isTrustedProxy(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!isTrustedProxy(hop)) {
                return hop;
            }
        }
        return hops[0].trim();
    }

    public boolean senderAllowed(String clientAddress) {
        return allowedNetworks.isEmpty() || allowedNetworks.stream().anyMatch(network -> network.contains(clientAddress));
    }

    /** Empty when the Authorization header carries the configured credentials (or none are configured). */
    public Optional<String> basicFailure(String authorization) {
        if (basic.isEmpty()) {
            return Optional.empty();
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.of("HTTP Basic credentials are required");
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return Optional.of("the Basic credentials are not Base64");
        }
        byte[] expected = (basic.get().user() + ":" + basic.get().password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given) ? Optional.empty()
                : Optional.of("the Basic credentials do not match");
    }

    /** Empty when the signature verifies (or no secret is configured), else why not. */
    public Optional<String> signatureFailure(List<String> headerValues, byte[] body) {
        if (signatures.isEmpty()) {
            return Optional.empty();
        }
        SignatureVerifier.Verification verification = signatures.get().verify(headerValues, body);
        return verification.valid() ? Optional.empty() : Optional.of(verification.reason());
    }

    private boolean isTrustedProxy(String address) {
        return trustedProxies.stream().anyMatch(proxy -> proxy.contains(address));
    }

    /** The user and password Digital River is configured to send. */
    public record BasicCredentials(String user, String password) {
        public BasicCredentials {
            if (user == null || user.isEmpty() || user.contains(":")) {
                throw new IllegalArgumentException("the Basic user must be set and must not contain ':'");
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("the Basic password must be set");
            }
        }

        @Override
        public String toString() {
            return "BasicCredentials[user=" + user + ", password=***]";
        }
    }
}
