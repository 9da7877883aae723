package cn.gov.nantong.govmedia.common.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The client's address, for the public rate limits and the duplicate-submission window: the rightmost address of the
 * chain (X-Forwarded-For, then the socket peer) that is not one of our trusted proxies
 * ({@code GOVMEDIA_TRUSTED_PROXIES}, CIDR list; none by default, so the socket address). Entries left of it were
 * written by the client itself and prove nothing.
 */
@Component
public class ClientAddresses {

    /** Literal addresses only: a forged header must never make us resolve a host name. */
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F]{0,4}(:[0-9a-fA-F]{0,4}){2,7}");

    private record Network(byte[] address, int prefix) {
        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((candidate[bit / 8] & mask) != (address[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Network> trusted;

    ClientAddresses(@Value("${govmedia.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(",")).map(String::trim).filter(cidr -> !cidr.isEmpty())
                .map(ClientAddresses::network).toList();
    }

    public String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        for (String header : exchange.getRequest().getHeaders().getOrEmpty("X-Forwarded-For")) {
            Arrays.stream(header.split(",")).map(String::trim).filter(hop -> !hop.isEmpty()).forEach(chain::add);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!isTrusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    private boolean isTrusted(String address) {
        return !trusted.isEmpty() && bytes(address).map(candidate -> trusted.stream().anyMatch(net -> net.contains(candidate)))
                .orElse(false);
    }

    private static Network network(String cidr) {
        String[] parts = cidr.split("/", 2);
        byte[] address = bytes(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                "GOVMEDIA_TRUSTED_PROXIES: not an address: " + cidr));
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("GOVMEDIA_TRUSTED_PROXIES: bad prefix length: " + cidr);
        }
        return new Network(address, prefix);
    }

    private static Optional<byte[]> bytes(String literal) {
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
