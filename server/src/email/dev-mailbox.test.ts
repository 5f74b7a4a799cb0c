import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openOutboxTestData } from "../../test/outbox-fixtures.js";
import { devMailboxRouter } from "../http/dev-mailbox.js";
import { DevMailboxTransport } from "./dev-mailbox-transport.js";

let server: Server;
let base: string;

beforeAll(async () => {
  const layer = await openOutboxTestData();
  const app = express();
  app.use("/dev/mailbox", devMailboxRouter(layer.data));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dev/mailbox`;
  const transport = new DevMailboxTransport(layer.data);
  const results = await transport.sendBatch([
    {
      outboxId: 7,
      from: "Portico <no-reply@portico.test>",
      to: "jane@example.com",
      subject: "First <one>",
      htmlBody: '<html><head></head><body><a href="https://x.test/a?b=1&c=2">Go</a></body></html>',
      textBody: "Open https://x.test/a?b=1&c=2 now",
      tag: "invite",
    },
    {
      outboxId: 8,
      from: "Portico <no-reply@portico.test>",
      to: "jane@example.com",
      subject: "Second",
      htmlBody: "<p>2</p>",
      textBody: "2",
      tag: "sign-in-link",
    },
    {
      outboxId: 9,
      from: "Portico <no-reply@portico.test>",
      to: "bob@example.com",
      subject: "For Bob",
      htmlBody: "<p>3</p>",
      textBody: "3",
      tag: "invite",
    },
  ]);
  expect(results.map((r) => r.ok && r.messageId)).toEqual(["dev-7", "dev-8", "dev-9"]);
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("dev mailbox", () => {
  it("lists emails newest first", async () => {
    const res = await fetch(`${base}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.indexOf("For Bob")).toBeLessThan(html.indexOf("Second"));
    expect(html.indexOf("Second")).toBeLessThan(html.indexOf("First &lt;one&gt;"));
    expect(html).toContain('href="/dev/mailbox/1"');
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("shows one email with its HTML sandboxed and its text part linkified", async () => {
    const html = await (await fetch(`${base}/1`)).text();
    expect(html).toContain("jane@example.com");
    expect(html).toMatch(
      /<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="&lt;html&gt;&lt;head&gt;&lt;base target=&quot;_blank&quot;&gt;/,
    );
    expect(html).toContain('<a href="https://x.test/a?b=1&amp;c=2" target="_blank" rel="noopener">');
    expect((await fetch(`${base}/999`)).status).toBe(404);
    expect((await fetch(`${base}/abc`)).status).toBe(404);
  });

  it("answers the newest email to an address as JSON", async () => {
    const res = await fetch(`${base}/latest.json?to=JANE@example.com`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      id: 2,
      to: "jane@example.com",
      subject: "Second",
      htmlBody: "<p>2</p>",
      textBody: "2",
    });
    expect(new Date(String(body.createdAt)).toString()).not.toBe("Invalid Date");
    expect((await fetch(`${base}/latest.json?to=nobody@example.com`)).status).toBe(404);
  });
});
