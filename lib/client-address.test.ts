import { describe, expect, it } from "vitest";
import { clientAddress, rateLimitKeyOf, trustedProxyHops } from "./client-address.mjs";

describe("clientAddress", () => {
  it("uses the socket and ignores X-Forwarded-For unless proxies are trusted", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", 0)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBeNull();
    expect(clientAddress("10.0.0.2", ["1.2.3.4", "5.6.7.8"], 1)).toBe("5.6.7.8");
  });

  it("reads TRUST_PROXY as a number of hops", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("false")).toBe(0);
    expect(trustedProxyHops("true")).toBe(1);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("lots")).toThrow(/TRUST_PROXY/);
  });
});

describe("rateLimitKeyOf", () => {
  it("keeps IPv4 addresses and unwraps IPv4-mapped IPv6", () => {
    expect(rateLimitKeyOf("198.51.100.7")).toBe("198.51.100.7");
    expect(rateLimitKeyOf("::ffff:198.51.100.7")).toBe("198.51.100.7");
  });

  it("counts IPv6 by its /64, however it is written", () => {
    const key = "2001:db8:1:2::/64";
    expect(rateLimitKeyOf("2001:db8:1:2::1")).toBe(key);
    expect(rateLimitKeyOf("2001:0db8:0001:0002:ffff:eeee:dddd:cccc")).toBe(key);
    expect(rateLimitKeyOf("2001:DB8:1:2:0:0:0:9")).toBe(key);
    expect(rateLimitKeyOf("[2001:db8:1:2::5]")).toBe(key);
    expect(rateLimitKeyOf("2001:db8:1:2::7%eth0")).toBe(key);
    expect(rateLimitKeyOf("2001:db8:1:3::1")).not.toBe(key);
    expect(rateLimitKeyOf("::1")).toBe("0:0:0:0::/64");
  });

  it("keeps anything unparseable, cut short, so it still counts", () => {
    expect(rateLimitKeyOf("not an address")).toBe("not an address");
    expect(rateLimitKeyOf("x".repeat(100))).toHaveLength(64);
  });
});
