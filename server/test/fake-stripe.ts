import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";

function savedCard(brand: string, last4: string) {
  return {
    id: `pm_fake_${last4}`,
    object: "payment_method",
    type: "card",
    card: { brand, last4, exp_month: 8, exp_year: 2030 },
  };
}

export type FakeStripeRequest = { method: string; path: string; params: URLSearchParams };

/**
 * A fake of the few Stripe endpoints Portico calls (balance, customers and their payment methods,
 * checkout sessions) on 127.0.0.1, so tests run the official client for real. It checks the secret
 * key and records form-encoded bodies.
 */
export async function startFakeStripe(options: { secretKey: string; port?: number }) {
  const requests: FakeStripeRequest[] = [];
  const customers = new Map<string, Record<string, unknown>>();
  let seq = 0;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const params = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++seq}` });
        res.end(JSON.stringify(body));
      };
      if (req.method === "GET" && url.pathname === "/__requests") {
        return send(
          200,
          requests.map((r) => ({ method: r.method, path: r.path, params: Object.fromEntries(r.params) })),
        );
      }
      // Test-only: what Stripe does when a customer finishes saving a card in Checkout.
      const saveCardMatch = /^\/__customers\/([^/]+)\/card$/.exec(url.pathname);
      if (req.method === "POST" && saveCardMatch) {
        const customer = customers.get(saveCardMatch[1] ?? "");
        if (!customer) return send(404, { error: "no such customer" });
        customer.card = savedCard(params.get("brand") ?? "mastercard", params.get("last4") ?? "4444");
        return send(200, customer.card);
      }
      requests.push({ method: req.method ?? "GET", path: url.pathname, params });
      if (req.headers.authorization !== `Bearer ${options.secretKey}`) {
        return send(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
      }
      if (req.method === "POST" && url.pathname === "/v1/customers") {
        const id = `cus_fake${++seq}`;
        const customer = { id, object: "customer", name: params.get("name"), email: params.get("email") };
        customers.set(id, customer);
        return send(200, customer);
      }
      if (req.method === "GET" && url.pathname === "/v1/balance") {
        return send(200, { object: "balance", available: [{ amount: 0, currency: "usd" }], livemode: false });
      }
      const methodsMatch = /^\/v1\/customers\/([^/]+)\/payment_methods$/.exec(url.pathname);
      if (req.method === "GET" && methodsMatch) {
        const card = customers.get(methodsMatch[1] ?? "")?.card;
        return send(200, { object: "list", data: card ? [card] : [], has_more: false, url: url.pathname });
      }
      const customerMatch = /^\/v1\/customers\/([^/]+)$/.exec(url.pathname);
      if (req.method === "GET" && customerMatch) {
        const customer = customers.get(customerMatch[1] ?? "");
        return customer
          ? send(200, customer)
          : send(404, {
              error: { type: "invalid_request_error", code: "resource_missing", message: "No such customer" },
            });
      }
      if (req.method === "POST" && url.pathname === "/v1/checkout/sessions") {
        const id = `cs_test_fake${++seq}`;
        return send(200, {
          id,
          object: "checkout.session",
          mode: params.get("mode"),
          customer: params.get("customer"),
          url: `https://checkout.stripe.test/c/pay/${id}`,
          payment_status: "unpaid",
          amount_total: Number(params.get("line_items[0][price_data][unit_amount]") ?? 0),
          metadata: Object.fromEntries(
            [...params].filter(([k]) => k.startsWith("metadata[")).map(([k, v]) => [k.slice(9, -1), v]),
          ),
        });
      }
      send(404, {
        error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${url.pathname})` },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    /** A customer created outside Portico; `hasCard` gives it a saved Visa ending 4242. */
    addCustomer(id: string, { hasCard = false }: { hasCard?: boolean } = {}) {
      customers.set(id, { id, object: "customer", card: hasCard ? savedCard("visa", "4242") : undefined });
    },
    /** What Stripe does when the customer finishes saving a card in Checkout. */
    saveCard(id: string, brand = "mastercard", last4 = "4444") {
      const customer = customers.get(id);
      if (customer) customer.card = savedCard(brand, last4);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// Standalone for browser tests: node --import @swc-node/register/esm-register test/fake-stripe.ts --port 4398 --key sk_test_x
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(argument("port") ?? 4398);
  const fake = await startFakeStripe({ secretKey: argument("key") ?? "sk_test_e2e", port });
  console.log(`fake Stripe listening on ${fake.url}`);
}
