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
  await expect(page.getByRole("heading", { name: "Contacts" })).toBeVisible();
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
