package org.certpath.operations;

import io.netty.util.NetUtil;

import java.math.BigInteger;
import java.util.List;

/**
 * Addresses and CIDR ranges of the proxies in front of the service. Addresses are parsed as
 * literals only: a forwarded header is client input and must never cause a DNS lookup.
 */
final class TrustedProxies {

    private record Range(byte[] network, int prefixLength) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefixLength).not();
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    static TrustedProxies of(List<String> specifications) {
        return new TrustedProxies(specifications.stream().map(TrustedProxies::range).toList());
    }

    boolean contains(byte[] address) {
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** The bytes of an IPv4 or IPv6 literal, or null when {@code text} is not one. */
    static byte[] literal(String text) {
        return NetUtil.createByteArrayFromIpAddressString(text.trim());
    }

    private static Range range(String specification) {
        String[] parts = specification.trim().split("/", 2);
        byte[] network = literal(parts[0]);
        if (network == null) {
            throw new IllegalArgumentException("certpath.rate-limit.trusted-proxies: not an address or CIDR range: "
                    + specification);
        }
        int prefixLength = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
        if (prefixLength < 0 || prefixLength > network.length * 8) {
            throw new IllegalArgumentException("certpath.rate-limit.trusted-proxies: bad prefix length in "
                    + specification);
        }
        return new Range(network, prefixLength);
    }
}
