import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./public-address.js";

describe("isPublicAddress", () => {
  it("accepts public unicast addresses of both families", () => {
    for (const address of ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"])
      expect(isPublicAddress(address), address).toBe(true);
  });

  it("refuses loopback, private, link-local, carrier NAT, multicast and reserved IPv4", () => {
    for (const address of [
      "127.0.0.1",
      "127.255.0.9",
      "0.0.0.0",
      "0.1.2.3",
      "10.0.0.1",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.10",
      "169.254.169.254",
      "169.254.0.1",
      "100.64.0.1",
      "224.0.0.1",
      "239.255.255.250",
      "255.255.255.255",
      "240.0.0.1",
    ])
      expect(isPublicAddress(address), address).toBe(false);
  });

  it("refuses IPv6 loopback, unspecified, unique-local (fc00::/7), link-local and multicast", () => {
    for (const address of ["::1", "::", "fc00::1", "fd12:3456:789a::1", "fe80::1", "fe80::1%eth0", "ff02::1", "[::1]"])
      expect(isPublicAddress(address), address).toBe(false);
  });

  it("checks the IPv4 address an IPv4-mapped or NAT64 IPv6 address carries", () => {
    for (const address of [
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:10.0.0.1",
      "::ffff:169.254.169.254",
      "::127.0.0.1",
    ])
      expect(isPublicAddress(address), address).toBe(false);
    expect(isPublicAddress("::ffff:8.8.8.8")).toBe(true);
    expect(isPublicAddress("64:ff9b::7f00:1")).toBe(false);
  });

  it("answers false for what is not an IP address", () => {
    for (const address of ["localhost", "example.com", "", "1.2.3", "::g"])
      expect(isPublicAddress(address)).toBe(false);
  });
});
