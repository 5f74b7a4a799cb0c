import net from "node:net";

// Addresses a webhook may never reach in production: this machine, the private networks around it,
// the cloud metadata service (169.254.169.254) and anything not unicast on the public internet.
const refusedV4: Array<[string, number]> = [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, the metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and the broadcast address
];
const refusedV6: Array<[string, number]> = [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64: reaches IPv4 addresses through a translator
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
];

const refused = new net.BlockList();
for (const [address, prefix] of refusedV4) refused.addSubnet(address, prefix, "ipv4");
for (const [address, prefix] of refusedV6) refused.addSubnet(address, prefix, "ipv6");

/**
 * The IPv4 address an IPv6 address carries (::ffff:a.b.c.d mapped, ::a.b.c.d compatible), or null.
 * Checked as IPv4: a socket to ::ffff:127.0.0.1 reaches this machine.
 */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:(?:0:)?|::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:(?:0:)?|::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const high = Number.parseInt(hex[1], 16);
    const low = Number.parseInt(hex[2], 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return null;
}

/**
 * Whether address (an IP literal, IPv6 without brackets) is a public unicast address a webhook may
 * be posted to. Anything that is not an IP address answers false.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = net.isIP(bare);
  if (family === 0) return false;
  if (family === 4) return !refused.check(bare, "ipv4");
  const v4 = embeddedV4(bare);
  if (v4 !== null) return net.isIPv4(v4) && !refused.check(v4, "ipv4");
  return !refused.check(bare, "ipv6");
}
