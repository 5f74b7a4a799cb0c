// Debian's nginx in front of the Portico servers: a config of our own in a temp dir that also holds
// its pid file, logs and body buffers, nothing of the system's nginx (its service stays off; see
// scripts/ensure-nginx.mjs). docs/deploy.md explains the config line by line.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describeExit, type Output, type Supervised, spawnSupervised } from "./processes.js";
import { repoRoot } from "./repo.js";

export type Address = { host: string; port: number };

export type NginxConfigOptions = {
  /** Holds the pid file, the logs and the temp paths. */
  dir: string;
  listen: Address;
  /** The Portico servers; requests go round-robin over those that answer. */
  upstreams: Address[];
  /** The unprivileged user and group the workers run as when the master is root. */
  workerUser?: { user: string; group: string };
};

/**
 * The largest request body a Portico route takes: an upload to /files (21 MB in
 * server/src/http/files.ts). nginx refuses anything bigger itself, with 413.
 */
const MAX_BODY = "21m";

/** The balancer's config: health-aware round robin over the servers, forwarded headers the app trusts. */
export function nginxConfig({ dir, listen, upstreams, workerUser }: NginxConfigOptions): string {
  const at = (name: string) => path.join(dir, name);
  const servers = upstreams.map(
    // Three failed attempts within 10 s take a server out for 10 s; then it gets one request again.
    ({ host, port }) => `    server ${host}:${port} max_fails=3 fail_timeout=10s;`,
  );
  return `# Written by the Portico cluster command; docs/deploy.md explains it.
daemon off;
${workerUser ? `user ${workerUser.user} ${workerUser.group};\n` : ""}worker_processes 2;
pid ${at("nginx.pid")};
lock_file ${at("nginx.lock")};
error_log ${at("error.log")} warn;

events {
  worker_connections 1024;
}

http {
  log_format upstreams '$remote_addr [$time_local] "$request" $status $body_bytes_sent '
                       'upstream=$upstream_addr upstream_status=$upstream_status time=$request_time';
  access_log ${at("access.log")} upstreams;
  client_body_temp_path ${at("client_body")};
  proxy_temp_path ${at("proxy")};
  fastcgi_temp_path ${at("fastcgi")};
  uwsgi_temp_path ${at("uwsgi")};
  scgi_temp_path ${at("scgi")};
  server_tokens off;
  client_max_body_size ${MAX_BODY};

  upstream portico {
${servers.join("\n")}
    # Connections to the servers are reused, and given up before Node's 5 s keep-alive timeout
    # closes them from the other side: a request sent on a connection the server is closing fails.
    keepalive 32;
    keepalive_timeout 4s;
  }

  server {
    listen ${listen.host}:${listen.port};

    location / {
      proxy_pass http://portico;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # nginx is the edge: the client's address replaces whatever X-Forwarded-For it sent, so a
      # client cannot name its own address to the per-IP limits. The servers trust it because
      # it comes from a proxy TRUST_PROXY names (loopback here).
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-Host $host;
      # A server that refuses the connection (stopped, draining, crashed) or times out: the
      # request goes to the next one. nginx never resends a POST once it reached a server, so
      # a mutation runs once; a refused connection is retried for every method.
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 15s;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`;
}

export interface Nginx {
  readonly url: string;
  readonly dir: string;
  readonly configFile: string;
  /** One line per request, naming the server that answered (upstream=…). */
  readonly accessLog: string;
  readonly errorLog: string;
  /** The error log's last lines. */
  errorLogTail(): string;
  readonly process: Supervised;
  /** Graceful quit (SIGQUIT: requests in flight finish), then the temp dir is removed. */
  stop(): Promise<void>;
}

/** Debian's nginx binary (scripts/ensure-nginx.mjs installs it when missing). */
export function findNginx(): string {
  try {
    return execFileSync(process.execPath, [path.join(repoRoot, "scripts/ensure-nginx.mjs")], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    }).trim();
  } catch {
    throw new Error("nginx is not available; scripts/ensure-nginx.mjs said why above");
  }
}

/** As root the master keeps root and the workers become nobody; otherwise all run as us. */
function unprivilegedWorkerUser(): NginxConfigOptions["workerUser"] {
  if (process.getuid?.() !== 0) return undefined;
  const group = execFileSync("id", ["-gn", "nobody"], { encoding: "utf8" }).trim();
  return { user: "nobody", group };
}

/** The URL a browser on this machine opens for a listening address. */
export function browsableUrl({ host, port }: Address): string {
  const local = host === "127.0.0.1" || host === "0.0.0.0" || host === "::" || host === "::1";
  return `http://${local ? "localhost" : host}:${port}`;
}

function accepts(address: Address): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(address.port, address.host);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function readOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}

export async function startNginx(options: {
  listen: Address;
  upstreams: Address[];
  output: Output;
  name?: string;
}): Promise<Nginx> {
  const binary = findNginx();
  const dir = mkdtempSync(path.join(tmpdir(), "portico-nginx-"));
  // The workers (nobody, when we are root) write request bodies under it.
  chmodSync(dir, 0o755);
  const configFile = path.join(dir, "nginx.conf");
  const errorLog = path.join(dir, "error.log");
  writeFileSync(
    configFile,
    nginxConfig({ dir, listen: options.listen, upstreams: options.upstreams, workerUser: unprivilegedWorkerUser() }),
  );
  // -e: the error log from the first moment, before the config names it (the compiled-in one is
  // the system's); -p: relative paths resolve in our dir, not /usr/share/nginx.
  const child = spawnSupervised({
    name: options.name ?? "nginx",
    command: binary,
    args: ["-p", dir, "-e", errorLog, "-c", configFile],
    cwd: dir,
    output: options.output,
  });
  // Removed when nginx is stopped, or when this process exits without stopping it (its group is
  // killed then: see processes.ts).
  const gone = () => {
    process.off("exit", gone);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", gone);
  try {
    // Up when it accepts connections; down for good if the process ended.
    for (;;) {
      if (!child.running) {
        const status = await child.exited;
        throw new Error(`nginx ended (${describeExit(status)}) before listening:\n${readOr(errorLog, "")}`);
      }
      if (await accepts(options.listen)) break;
      await sleep(50);
    }
  } catch (error) {
    await child.stop("SIGKILL", 1000);
    gone();
    throw error;
  }
  return {
    url: browsableUrl(options.listen),
    dir,
    configFile,
    accessLog: path.join(dir, "access.log"),
    errorLog,
    errorLogTail: () => readOr(errorLog, "(none)").trimEnd().split("\n").slice(-10).join("\n"),
    process: child,
    async stop() {
      await child.stop("SIGQUIT", 15_000);
      gone();
    },
  };
}
