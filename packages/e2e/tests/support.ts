import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { POSTMARK_URL } from "../playwright.config";

export const ADMIN = { email: "admin@portico.test", password: "portico-demo" };

type ReceivedMessage = { To: string; Subject: string; TextBody?: string; HtmlBody?: string; TrackLinks?: string };

/** Waits for the fake Postmark to receive an email to `to` and returns the newest one. */
export async function emailTo(to: string, { after = 0 }: { after?: number } = {}): Promise<ReceivedMessage> {
  let found: ReceivedMessage | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${POSTMARK_URL}/__messages`)).json()) as ReceivedMessage[];
        const mine = messages.filter((m) => m.To.toLowerCase().includes(to.toLowerCase()));
        found = mine.length > after ? mine.at(-1) : undefined;
        return found !== undefined;
      },
      { timeout: 15_000, message: `an email to ${to}` },
    )
    .toBe(true);
  return found as ReceivedMessage;
}

export function linkIn(message: ReceivedMessage): string {
  const link = /https?:\/\/\S+\/portal\/link\/[A-Za-z0-9_-]{43}/.exec(message.TextBody ?? "")?.[0];
  if (!link) throw new Error(`no sign-in link in "${message.Subject}"`);
  return link;
}

export async function signInAsStaff(page: Page) {
  await page.goto("/staff/");
  await page.getByLabel("Email", { exact: true }).fill(ADMIN.email);
  await page.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // The first sign-in of a run loads the staff app cold: on a busy machine that takes a while.
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible({ timeout: 30_000 });
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

const STAFF_HEADERS = {
  "content-type": "application/json",
  "apollo-require-preflight": "true",
  "x-portico-app": "staff",
};

/** A GraphQL call with the staff session of `page`; fails the test on any error. */
export async function staffGql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post("/graphql", { data: { query, variables }, headers: STAFF_HEADERS });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, `${query.slice(0, 60)}…`).toBeUndefined();
  return body.data as T;
}

/**
 * The sign-in link of the invite to `to`. The customer is also emailed about the invoice, the
 * document, the estimate and the message, in whatever order the outbox sends them.
 */
export async function inviteLinkFor(to: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const messages = (await (await fetch(`${POSTMARK_URL}/__messages`)).json()) as Array<{
          To: string;
          TextBody?: string;
        }>;
        link = messages
          .filter((m) => m.To.toLowerCase().includes(to.toLowerCase()))
          .map((m) => /https?:\/\/\S+\/portal\/link\/[A-Za-z0-9_-]{43}/.exec(m.TextBody ?? "")?.[0])
          .find(Boolean);
        return link !== undefined;
      },
      { timeout: 15_000, message: `the invite to ${to}` },
    )
    .toBe(true);
  return link as string;
}

/**
 * Moves the pending invite to `email` `days` days into the past, in the server's database: the
 * reminder job then finds its day-3 reminder due, and staff's reminders no longer find it too
 * recent. (The test cannot wait three days, and the server has no clock to set from outside.)
 * `{ phone }` names an invite sent by text instead.
 */
export async function backdateInvite(to: string | { phone: string }, days = 4): Promise<void> {
  const column = typeof to === "string" ? "email" : "phone";
  const value = typeof to === "string" ? to : to.phone;
  const serverRequire = createRequire(path.resolve(import.meta.dirname, "../../../server/package.json"));
  if (process.env.E2E_DATABASE === "pg") {
    const pg = serverRequire("pg") as {
      Client: new (options: {
        connectionString?: string;
      }) => {
        connect(): Promise<void>;
        query(text: string, values: unknown[]): Promise<unknown>;
        end(): Promise<void>;
      };
    };
    const client = new pg.Client({ connectionString: process.env.E2E_POSTGRES_URL });
    await client.connect();
    try {
      await client.query(
        `UPDATE invitations SET created_at = created_at - make_interval(days => $2) WHERE ${column} = $1 AND state = 'PENDING'`,
        [value, days],
      );
    } finally {
      await client.end();
    }
    return;
  }
  const Sqlite = serverRequire("better-sqlite3") as new (
    file: string,
  ) => {
    pragma(text: string): unknown;
    prepare(text: string): { run(...values: unknown[]): unknown };
    close(): void;
  };
  const db = new Sqlite(process.env.E2E_SQLITE_FILE as string);
  try {
    db.pragma("busy_timeout = 10000");
    db.prepare(`UPDATE invitations SET created_at = created_at - ? WHERE ${column} = ? AND state = 'PENDING'`).run(
      days * 86_400_000,
      value,
    );
  } finally {
    db.close();
  }
}

/** Zones an hour apart around the world: one of them is in the middle of its working day now. */
const ZONES = [
  "Pacific/Honolulu",
  "America/Anchorage",
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Halifax",
  "America/Sao_Paulo",
  "America/Noronha",
  "Atlantic/Azores",
  "Atlantic/Reykjavik",
  "Africa/Lagos",
  "Africa/Cairo",
  "Europe/Moscow",
  "Asia/Dubai",
  "Asia/Karachi",
  "Asia/Dhaka",
  "Asia/Bangkok",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Brisbane",
  "Pacific/Noumea",
  "Pacific/Fiji",
  "Pacific/Tongatapu",
  "Pacific/Kiritimati",
];

export function zoneInDaytime(): string {
  const zone = ZONES.find((timeZone) => {
    const hour = Number(
      new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(new Date()),
    );
    return hour >= 10 && hour < 16;
  });
  if (!zone) throw new Error("no zone in daytime");
  return zone;
}
