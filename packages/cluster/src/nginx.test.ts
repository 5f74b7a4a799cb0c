import { describe, expect, it } from "vitest";
import { browsableUrl, nginxConfig } from "./nginx.js";

const base = {
  dir: "/tmp/portico-nginx-test",
  listen: { host: "127.0.0.1", port: 4000 },
  upstreams: [
    { host: "127.0.0.1", port: 4001 },
    { host: "127.0.0.1", port: 4002 },
    { host: "127.0.0.1", port: 4003 },
  ],
};

/** The config's directives, one per line, without comments or indentation. */
function directives(config: string): string[] {
  return config
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean);
}

describe("the balancer's config", () => {
  it("spreads requests over every server, taking one out after failed attempts", () => {
    const lines = directives(nginxConfig(base));
    expect(lines.filter((line) => line.startsWith("server 127.0.0.1:"))).toEqual([
      "server 127.0.0.1:4001 max_fails=3 fail_timeout=10s;",
      "server 127.0.0.1:4002 max_fails=3 fail_timeout=10s;",
      "server 127.0.0.1:4003 max_fails=3 fail_timeout=10s;",
    ]);
    expect(lines).toContain("listen 127.0.0.1:4000;");
    expect(lines).toContain("proxy_pass http://portico;");
    expect(lines).toContain("proxy_next_upstream error timeout http_502 http_503 http_504;");
    // Reused connections are dropped before the servers' own 5 s keep-alive timeout.
    expect(lines).toContain("keepalive_timeout 4s;");
    expect(lines).toContain('proxy_set_header Connection "";');
  });

  it("tells the servers who the client is, replacing what the client claimed", () => {
    const lines = directives(nginxConfig(base));
    expect(lines).toContain("proxy_set_header X-Forwarded-For $remote_addr;");
    expect(lines).toContain("proxy_set_header X-Forwarded-Proto $scheme;");
    expect(lines.some((line) => line.includes("$proxy_add_x_forwarded_for"))).toBe(false);
  });

  it("keeps its pid file, logs and buffers in its own dir, and takes the app's largest body", () => {
    const lines = directives(nginxConfig(base));
    for (const directive of [
      "pid",
      "lock_file",
      "error_log",
      "access_log",
      "client_body_temp_path",
      "proxy_temp_path",
      "fastcgi_temp_path",
      "uwsgi_temp_path",
      "scgi_temp_path",
    ]) {
      const line = lines.find((l) => l.startsWith(`${directive} `));
      expect(line, directive).toMatch(/^\S+ \/tmp\/portico-nginx-test\//);
    }
    expect(lines).toContain("daemon off;");
    expect(lines).toContain("client_max_body_size 21m;");
  });

  it("names a worker user only when asked (a root master hands the workers to an unprivileged user)", () => {
    expect(directives(nginxConfig(base)).some((line) => line.startsWith("user "))).toBe(false);
    expect(directives(nginxConfig({ ...base, workerUser: { user: "nobody", group: "nogroup" } }))).toContain(
      "user nobody nogroup;",
    );
  });

  it("gives a browser on this machine localhost for a local or every-interface address", () => {
    expect(browsableUrl({ host: "127.0.0.1", port: 4000 })).toBe("http://localhost:4000");
    expect(browsableUrl({ host: "0.0.0.0", port: 8080 })).toBe("http://localhost:8080");
    expect(browsableUrl({ host: "192.0.2.5", port: 80 })).toBe("http://192.0.2.5:80");
  });
});
