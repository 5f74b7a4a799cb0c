import { desc, eq, sql } from "drizzle-orm";
import express, { type Response, type Router } from "express";
import type { Database } from "../db/database.js";
import { escapeHtml } from "../lib/html.js";

const LIST_LIMIT = 200;

// The mailbox shows emails with live sign-in links: nothing here may run script or be framed by others.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; frame-src 'self'; frame-ancestors 'self'; form-action 'none'";

/** Escapes the text part and makes its URLs clickable, so a developer can follow a sign-in link. */
function linkify(text: string): string {
  return escapeHtml(text).replace(
    /https?:\/\/[^\s<]+/g,
    (url) => `<a href="${url}" target="_blank" rel="noopener">${url}</a>`,
  );
}

function when(date: Date): string {
  return date.toISOString().replace("T", " ").slice(0, 19);
}

const STYLE = `
  :root { color-scheme: light; --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --bg: #f5f7fa; --accent: #1c7ed6; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
  header { display: flex; align-items: baseline; gap: 12px; padding: 16px 24px; background: #fff; border-bottom: 1px solid var(--line); }
  header h1 { margin: 0; font-size: 16px; }
  header span { color: var(--muted); }
  main { max-width: 1040px; margin: 24px auto; padding: 0 24px; }
  a { color: var(--accent); }
  table.list { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
  .list th, .list td { text-align: left; padding: 10px 14px; border-bottom: 1px solid var(--line); vertical-align: top; }
  .list th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); background: #fafbfc; }
  .list tr:last-child td { border-bottom: 0; }
  .list tbody tr:hover { background: #f8fafc; }
  .list td.time { white-space: nowrap; color: var(--muted); font-variant-numeric: tabular-nums; }
  .list td a { text-decoration: none; color: var(--ink); font-weight: 500; }
  .empty { padding: 48px; text-align: center; color: var(--muted); background: #fff; border: 1px dashed var(--line); border-radius: 8px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0 0 20px; padding: 16px 20px; background: #fff; border: 1px solid var(--line); border-radius: 8px; }
  dt { color: var(--muted); }
  dd { margin: 0; word-break: break-all; }
  h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 24px 0 8px; }
  iframe { width: 100%; height: 760px; border: 1px solid var(--line); border-radius: 8px; background: #fff; }
  pre { margin: 0; padding: 16px 20px; background: #fff; border: 1px solid var(--line); border-radius: 8px; white-space: pre-wrap; word-break: break-word; font: 13px/1.55 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
`;

function page(res: Response, base: string, title: string, body: string, status = 200): void {
  res
    .status(status)
    .set({ "Content-Security-Policy": CSP, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" })
    .type("html")
    .send(`<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<header><h1><a href="${escapeHtml(base)}/" style="color:inherit;text-decoration:none">Dev mailbox</a></h1><span>Emails Portico would have sent. No Postmark token is configured.</span></header>
<main>${body}</main>
</body>
</html>`);
}

/**
 * The developer's inbox for emails kept by the dev mailbox transport: a list, one email, and
 * /latest.json?to= for scripts and browser tests. Mount only when Postmark is not configured.
 */
export function devMailboxRouter(data: Database): Router {
  const router = express.Router();
  const { devMailbox } = data.t;

  router.get("/latest.json", async (req, res) => {
    const to = typeof req.query.to === "string" ? req.query.to.trim() : "";
    const [row] = await data.read
      .select()
      .from(devMailbox)
      .where(to ? sql`lower(${devMailbox.toEmail}) = lower(${to})` : undefined)
      .orderBy(desc(devMailbox.id))
      .limit(1);
    res.set("Cache-Control", "no-store");
    if (!row) {
      res.status(404).json({ error: to ? `No email to ${to} yet` : "The mailbox is empty" });
      return;
    }
    res.json({
      id: row.id,
      from: row.fromEmail,
      to: row.toEmail,
      subject: row.subject,
      htmlBody: row.htmlBody,
      textBody: row.textBody,
      createdAt: row.createdAt.toISOString(),
    });
  });

  router.get("/", async (req, res) => {
    const base = req.baseUrl;
    const rows = await data.read
      .select({
        id: devMailbox.id,
        to: devMailbox.toEmail,
        subject: devMailbox.subject,
        createdAt: devMailbox.createdAt,
      })
      .from(devMailbox)
      .orderBy(desc(devMailbox.id))
      .limit(LIST_LIMIT);
    const body =
      rows.length === 0
        ? `<div class="empty">No emails yet. Invite a customer or ask for a sign-in link and it lands here.</div>`
        : `<table class="list"><thead><tr><th>To</th><th>Subject</th><th>Received (UTC)</th></tr></thead><tbody>
${rows
  .map(
    (r) =>
      `<tr><td>${escapeHtml(r.to)}</td><td><a href="${escapeHtml(base)}/${r.id}">${escapeHtml(r.subject)}</a></td><td class="time">${when(r.createdAt)}</td></tr>`,
  )
  .join("\n")}
</tbody></table>`;
    page(res, base, "Dev mailbox", body);
  });

  router.get("/:id", async (req, res) => {
    const base = escapeHtml(req.baseUrl);
    const id = Number(req.params.id);
    const [row] =
      Number.isSafeInteger(id) && id > 0 ? await data.read.select().from(devMailbox).where(eq(devMailbox.id, id)) : [];
    if (!row) {
      page(
        res,
        req.baseUrl,
        "Not found",
        `<div class="empty">No email #${escapeHtml(String(req.params.id))}. <a href="${base}/">Back to the mailbox</a></div>`,
        404,
      );
      return;
    }
    // No allow-scripts and no allow-same-origin: the email renders, but cannot act as this page.
    // Links open in a new tab so a developer can follow a sign-in link.
    const srcdoc = row.htmlBody.replace(/<head([^>]*)>/i, '<head$1><base target="_blank">');
    const body = `<p><a href="${base}/">&larr; All emails</a></p>
<dl>
<dt>From</dt><dd>${escapeHtml(row.fromEmail)}</dd>
<dt>To</dt><dd>${escapeHtml(row.toEmail)}</dd>
<dt>Subject</dt><dd>${escapeHtml(row.subject)}</dd>
<dt>Received</dt><dd>${when(row.createdAt)} UTC</dd>
${row.outboxId != null ? `<dt>Outbox id</dt><dd>${row.outboxId}</dd>` : ""}
</dl>
<h2>HTML</h2>
<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(srcdoc)}"></iframe>
<h2>Plain text</h2>
<pre>${linkify(row.textBody)}</pre>`;
    page(res, req.baseUrl, row.subject, body);
  });

  return router;
}
