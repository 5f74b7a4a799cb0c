import { readFileSync } from "node:fs";
import { expect as expectAtOnce, test } from "@playwright/test";
import { type Cluster, startCluster } from "@portico/cluster/cluster";
import { CLUSTER_PORT } from "../playwright.config";
import { ADMIN, unique } from "./support";

// The production layout, started by the code `pnpm cluster` runs: PostgreSQL (a throwaway one),
// three API servers, a background worker that sends the email, and nginx in front. Every request
// of this spec goes through nginx.

// Every first request of a kind reaches three servers that have not answered it yet (first
// queries, first pooled connections, first prepared statements), so pages take longer than on the
// one warm server of the other specs: on a busy machine, longer than their 10 s.
const expect = expectAtOnce.configure({ timeout: 30_000 });

const SERVER_PORTS = [CLUSTER_PORT + 1, CLUSTER_PORT + 2, CLUSTER_PORT + 3];
const WORKER_PORT = CLUSTER_PORT + 4;

let cluster: Cluster;
const log: string[] = [];

test.beforeAll(async () => {
  // The package's test script has installed PostgreSQL and nginx when they were missing. The first
  // server migrates and seeds the demo before the others start: tens of seconds on a busy machine.
  test.setTimeout(180_000);
  cluster = await startCluster({
    listen: { host: "127.0.0.1", port: CLUSTER_PORT },
    serverPorts: SERVER_PORTS,
    workerPorts: [WORKER_PORT],
    postgres: {},
    demo: true,
    env: { PATH: process.env.PATH, NODE_ENV: "development", LOG_LEVEL: "warn" },
    output: (source, line) => log.push(`${source} | ${line}`),
    notice: (message) => log.push(`cluster | ${message}`),
  });
});

test.afterAll(async () => {
  await cluster?.stop();
});

test.afterEach(async () => {
  const testInfo = test.info();
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach("cluster log", { body: log.join("\n"), contentType: "text/plain" });
  }
});

/** The servers nginx sent each request to, from its access log (a retried request names several). */
function serversThatAnswered(): Set<string> {
  const answered = new Set<string>();
  for (const line of readFileSync(cluster.nginx.accessLog, "utf8").split("\n")) {
    const upstreams = /upstream=(.+?) upstream_status=/.exec(line)?.[1];
    for (const upstream of upstreams?.split(/,\s*/) ?? []) answered.add(upstream);
  }
  return answered;
}

test("through the balancer: staff invites, the worker emails, the customer reaches the portal even with a server gone", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const email = `${unique("cluster")}@example.com`;
  const name = `Cluster ${unique("C")}`;

  const staffContext = await browser.newContext({ baseURL: cluster.url });
  const staff = await staffContext.newPage();
  await staff.goto("/staff/");
  await staff.getByLabel("Email", { exact: true }).fill(ADMIN.email);
  await staff.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await staff.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(staff.getByRole("heading", { name: "Contacts" })).toBeVisible();

  await staff.getByRole("button", { name: "New customer" }).first().click();
  const create = staff.getByRole("dialog", { name: "New customer" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill(email);
  await create.getByRole("button", { name: /create|save|add/i }).click();
  await expect(staff.getByRole("heading", { name })).toBeVisible();

  await staff.getByRole("button", { name: "Send Invite" }).first().click();
  await staff.getByRole("dialog").getByRole("button", { name: "Send Invite" }).click();
  await expect(staff.getByText(`Invite sent to ${email}`)).toBeVisible();

  // The API servers only queue it; the worker sends it into the mailbox every server reads.
  await staff.goto("/dev/mailbox/");
  await expect(async () => {
    await staff.reload();
    await staff
      .getByRole("row", { name: new RegExp(email) })
      .getByRole("link")
      .click({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const link = await staff.locator("pre a[href*='/portal/link/']").first().getAttribute("href");
  expect(link?.startsWith(`${cluster.url}/portal/link/`)).toBe(true);

  // The staff session, made on one server, was honoured by the others.
  expect(serversThatAnswered()).toEqual(new Set(SERVER_PORTS.map((port) => `127.0.0.1:${port}`)));

  // One server dies; nginx sends its share to the other two.
  const [gone] = cluster.servers;
  gone?.process.signal("SIGKILL");
  await gone?.process.exited;

  const customerContext = await browser.newContext();
  const portal = await customerContext.newPage();
  await portal.goto(link as string);
  await portal.getByRole("button", { name: "Continue" }).click();
  await expect(portal.getByText(/Harbor Point Storage/).first()).toBeVisible();

  await staff.goto("/staff/");
  await expect(staff.getByRole("heading", { name: "Contacts" })).toBeVisible();

  await customerContext.close();
  await staffContext.close();
});
