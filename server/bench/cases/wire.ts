import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { webOperation } from "../operations.js";
import type { BenchRow } from "../report.js";

// Bytes on the wire of a first visit to each app (index.html and every script, preload and style
// it names), as a browser asks for them (Accept-Encoding: br, gzip), beside the same files sent
// as they are, and against the apps' JavaScript budgets that `check:bundle` enforces (gzip).

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const BROWSER_ENCODINGS = "br, gzip";

type Fetched = { status: number; encoding: string | null; bytes: number; body: Buffer };

function get(
  url: string,
  acceptEncoding: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", headers: { "accept-encoding": acceptEncoding, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"] ?? null;
          resolve({ status: res.statusCode ?? 0, encoding, bytes: body.length, body });
        });
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** The budget in kB `check:bundle` holds an app's first-load JavaScript to, from its package.json. */
function budgetKb(app: string): number {
  const scripts = JSON.parse(fs.readFileSync(path.join(repoRoot, app, "package.json"), "utf8")).scripts as Record<
    string,
    string
  >;
  const budget = Number(/check-bundle\.mjs \S+ (\d+)/.exec(scripts["check:bundle"] ?? "")?.[1]);
  if (!(budget > 0)) throw new Error(`${app}/package.json has no check:bundle budget`);
  return budget;
}

/** What index.html makes a browser fetch before the app runs: scripts, module preloads, styles. */
function firstLoadAssets(html: string): string[] {
  const found = new Set<string>();
  for (const [, src] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) if (src) found.add(src);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\srel="(modulepreload|stylesheet)"/.test(tag)) continue;
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href) found.add(href);
  }
  return [...found];
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function appRow(baseUrl: string, app: "staff-web" | "portal-web"): Promise<BenchRow> {
  const mount = app === "staff-web" ? "/staff/" : "/portal/";
  const index = await get(`${baseUrl}${mount}`, "identity");
  if (index.status !== 200) throw new Error(`${mount} answered ${index.status}: build the apps first`);
  const assets = firstLoadAssets(index.body.toString());
  let wire = (await get(`${baseUrl}${mount}`, BROWSER_ENCODINGS)).bytes;
  let plain = index.bytes;
  let jsWire = 0;
  const uncompressed: string[] = [];
  for (const asset of assets) {
    const url = new URL(asset, `${baseUrl}${mount}`).toString();
    const [sent, asIs] = await Promise.all([get(url, BROWSER_ENCODINGS), get(url, "identity")]);
    if (sent.status !== 200) throw new Error(`${asset} answered ${sent.status}`);
    wire += sent.bytes;
    plain += asIs.bytes;
    if (asset.endsWith(".js")) jsWire += sent.bytes;
    if (!sent.encoding && sent.bytes > 1024) uncompressed.push(asset);
  }
  const budget = budgetKb(app);
  return {
    engine: "both",
    case: `first load of ${mount} on the wire`,
    portico: `${kb(wire)} (JavaScript ${kb(jsWire)})`,
    baseline: `sent as is ${kb(plain)}`,
    ratio: `${(wire / plain).toFixed(2)}×`,
    target: `JavaScript ≤ ${budget} kB (gzip budget); every asset compressed`,
    met: jsWire <= budget * 1000 && uncompressed.length === 0,
    note: `${assets.length + 1} files, Accept-Encoding: ${BROWSER_ENCODINGS}${
      uncompressed.length ? `; sent uncompressed: ${uncompressed.join(", ")}` : ""
    }`,
  };
}

async function graphqlRow(baseUrl: string, staffCookie: string | undefined): Promise<BenchRow> {
  // The Contacts page as the staff app asks for it: a few kilobytes of JSON. Without a staff
  // cookie, the schema's types by name, which only a server outside production answers.
  const contacts = webOperation("staff", "Customers");
  const big = staffCookie
    ? JSON.stringify({
        operationName: contacts.operationName,
        query: contacts.query,
        variables: { search: null, first: 25, after: null },
      })
    : JSON.stringify({ query: "{ __schema { types { name kind description fields { name description } } } }" });
  const small = JSON.stringify({ query: "{ __typename }" });
  const cookie: Record<string, string> = staffCookie ? { cookie: staffCookie } : {};
  const post = (body: string, acceptEncoding: string) =>
    get(`${baseUrl}/graphql`, acceptEncoding, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...cookie },
    });
  const [bigSent, bigAsIs, smallSent] = await Promise.all([
    post(big, BROWSER_ENCODINGS),
    post(big, "identity"),
    post(small, BROWSER_ENCODINGS),
  ]);
  const met = bigSent.status === 200 && bigSent.encoding !== null && smallSent.encoding === null;
  return {
    engine: "both",
    case: "GraphQL answer over 1 kB",
    portico: `${kb(bigSent.bytes)} (${bigSent.encoding ?? "uncompressed"})`,
    baseline: `sent as is ${kb(bigAsIs.bytes)}`,
    ratio: `${(bigSent.bytes / bigAsIs.bytes).toFixed(2)}×`,
    target: "compressed over 1 kB; not below",
    met,
    note: `{ __typename } sent ${smallSent.encoding ?? "uncompressed"} (${smallSent.bytes} B)`,
  };
}

export async function measureWire(opts: { baseUrl: string; staffCookie?: string }): Promise<BenchRow[]> {
  const baseUrl = opts.baseUrl.replace(/\/+$/, "");
  return [
    await appRow(baseUrl, "staff-web"),
    await appRow(baseUrl, "portal-web"),
    await graphqlRow(baseUrl, opts.staffCookie),
  ];
}
