package org.certpath.operations;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.certpath.security.ApiKeyAuthenticationMechanism;
import org.certpath.security.ApiKeys;
import org.certpath.security.KeyDigest;

import java.util.Arrays;
import java.util.List;

/**
 * Who is asking: a valid API key, otherwise the client's address. Keys are compared and stored as
 * SHA-256 digests, so that a bucket store never holds a key itself.
 */
@ApplicationScoped
public class ClientResolver {

    /** A bucket name and whether it earns the keyed quota. */
    public record Client(String bucket, boolean keyed) {
    }

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int IPV6_BYTES = 16;

    private final ApiKeys keys;
    private final TrustedProxies trustedProxies;

    public ClientResolver(RateLimitConfig config, ApiKeys keys) {
        this.keys = keys;
        this.trustedProxies = TrustedProxies.of(config.trustedProxies().orElse(List.of()));
    }

    public Client resolve(HttpServerRequest request) {
        String key = ApiKeyAuthenticationMechanism.bearerKey(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (key != null) {
            String keyDigest = KeyDigest.of(key);
            if (keys.isValidDigest(keyDigest)) {
                return new Client("key:" + keyDigest, true);
            }
        }
        return new Client("address:" + network(address(request)), false);
    }

    /**
     * The address an anonymous quota belongs to: an IPv4 address itself, an IPv6 address by its /64.
     * A single IPv6 subscriber is routinely given a whole /64 and can send from any of its 2^64
     * addresses, so per address the quota would not bind; clients that share a /64 share a quota.
     */
    static String network(String address) {
        byte[] bytes = TrustedProxies.literal(address);
        if (bytes == null || bytes.length != IPV6_BYTES) {
            return address;
        }
        byte[] prefix = Arrays.copyOf(bytes, IPV6_BYTES);
        Arrays.fill(prefix, IPV6_BYTES / 2, IPV6_BYTES, (byte) 0);
        return NetUtil.bytesToIpAddress(prefix) + "/64";
    }

    /**
     * The peer address, or when the peer is a trusted proxy, the nearest address in
     * {@code X-Forwarded-For} that is not one: entries further left were written by the client.
     */
    private String address(HttpServerRequest request) {
        String peer = request.remoteAddress().hostAddress();
        if (!trustedProxies.contains(TrustedProxies.literal(peer))) {
            return peer;
        }
        List<String> hops = request.headers().getAll(FORWARDED_FOR).stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(String::trim)
                .toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            byte[] hop = TrustedProxies.literal(hops.get(i));
            if (hop == null) {
                break;
            }
            client = NetUtil.bytesToIpAddress(hop);
            if (!trustedProxies.contains(hop)) {
                break;
            }
        }
        return client;
    }
}
