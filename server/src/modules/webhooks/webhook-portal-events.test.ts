import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFacility, createStaff, customerInPortal, signInStaff } from "../../../test/factories.js";
import { startTestApp, type TestApp } from "../../../test/harness.js";

// The events a facility's customers cause from the portal, and the invoice staff issue: each one
// reaches a subscribed endpoint once, signed, with the record it is about, after the change it
// reports; a refused change queues nothing.

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

type Event = { id: string; type: string; facilityId: string; data: Record<string, unknown> };

describe("webhooks for what customers do in the portal, and for imported customers", () => {
  let app: TestApp;
  let receiver: http.Server;
  const received: Array<{ signature: string; body: string }> = [];

  beforeAll(async () => {
    app = await startTestApp();
    receiver = http.createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => {
        body += chunk;
      });
      req.on("end", () => {
        received.push({ signature: String(req.headers["portico-signature"]), body });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it("post invoice.issued, document.signed, estimate.answered, message.received and service_request.created", async () => {
    const facility = await createFacility(app, { name: "Cove Marina" });
    const admin = await signInStaff(app.client(), (await createStaff(app, facility.id, { role: "ADMIN" })).email);
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    const { secret } = (
      await admin.ok<{ createWebhookEndpoint: { secret: string } }>(
        `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
        {
          input: {
            url,
            events: [
              "INVOICE_ISSUED",
              "DOCUMENT_SIGNED",
              "ESTIMATE_ANSWERED",
              "MESSAGE_RECEIVED",
              "SERVICE_REQUEST_CREATED",
            ],
          },
        },
      )
    ).createWebhookEndpoint;
    const { customer, browser: portal } = await customerInPortal(app, admin, facility.id, {
      name: "Rhea Harbor",
      email: "rhea@example.com",
    });
    const customerId = String(customer.id);

    // Staff: an invoice issued, a contract to sign, an estimate sent.
    const draft = await admin.ok<{ createInvoice: { id: string } }>(
      `mutation($c: ID!, $input: InvoiceInput!) { createInvoice(customerId: $c, input: $input) { id } }`,
      { c: customerId, input: { lines: [{ description: "Winter storage", quantity: 1, unitCents: 90_000 }] } },
    );
    await admin.ok(`mutation($id: ID!) { issueInvoice(id: $id) { id } }`, { id: draft.createInvoice.id });
    const staffCookie = ["portico_staff"].map((n) => `${n}=${admin.cookie(n)}`).join("; ");
    const upload = await fetch(
      `${app.url}/uploads/customers/${customerId}/documents?title=Storage%20agreement&kind=STORAGE_AGREEMENT&requiresSignature=1`,
      {
        method: "POST",
        headers: { "x-portico-request": "1", "x-file-name": "agreement.pdf", cookie: staffCookie },
        body: PDF,
      },
    );
    expect(upload.status).toBe(201);
    const documentId = String(((await upload.json()) as { id: number }).id);
    const estimate = await admin.ok<{ createEstimate: { id: string } }>(
      `mutation($c: ID!, $input: EstimateInput!) { createEstimate(customerId: $c, input: $input) { id } }`,
      {
        c: customerId,
        input: { title: "Bottom paint", lines: [{ description: "Paint", quantity: 1, unitCents: 120_000 }] },
      },
    );
    await admin.ok(`mutation($id: ID!) { sendEstimate(id: $id) { id } }`, { id: estimate.createEstimate.id });

    // The customer, in the portal: signs, answers, writes, asks for work; one refused signature first.
    const refused = await portal.gql(
      `mutation($id: ID!, $input: SignatureInput!) { signDocument(id: $id, input: $input) { id } }`,
      {
        id: documentId,
        input: { typedName: "Rhea Harbor", consent: false },
      },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    await portal.ok(`mutation($id: ID!, $input: SignatureInput!) { signDocument(id: $id, input: $input) { id } }`, {
      id: documentId,
      input: { typedName: "Rhea Harbor", consent: true },
    });
    await portal.ok(
      `mutation($id: ID!, $input: EstimateResponseInput!) { respondToEstimate(id: $id, input: $input) { id } }`,
      {
        id: estimate.createEstimate.id,
        input: { accept: true, note: "Go ahead" },
      },
    );
    const message = await portal.ok<{ sendPortalMessage: { id: string } }>(
      `mutation($body: String!) { sendPortalMessage(body: $body) { id } }`,
      { body: "Can you launch her Friday?" },
    );
    const request = await portal.ok<{ requestService: { id: string } }>(
      `mutation($input: ServiceRequestInput!) { requestService(input: $input) { id } }`,
      { input: { type: "DETAILING", notes: "Before the launch" } },
    );

    await app.deliverWebhooks();
    const events = received.map((r) => {
      const [t, v1] = r.signature.split(",").map((part) => part.split("=")[1]);
      const expected = createHmac("sha256", secret).update(`${t}.${r.body}`).digest("hex");
      return { verified: v1 === expected, event: JSON.parse(r.body) as Event };
    });
    expect(events.every((e) => e.verified)).toBe(true);
    expect(events.every((e) => e.event.facilityId === String(facility.id))).toBe(true);
    const byType = Object.fromEntries(events.map((e) => [e.event.type, e.event.data]));
    expect(events.map((e) => e.event.type).sort()).toEqual([
      "document.signed",
      "estimate.answered",
      "invoice.issued",
      "message.received",
      "service_request.created",
    ]);
    expect(byType["invoice.issued"]).toMatchObject({
      invoiceId: draft.createInvoice.id,
      status: "OPEN",
      totalCents: 90_000,
      customerId,
    });
    expect(byType["document.signed"]).toMatchObject({ documentId, typedName: "Rhea Harbor", customerId });
    expect(byType["estimate.answered"]).toMatchObject({
      estimateId: estimate.createEstimate.id,
      answer: "ACCEPTED",
      note: "Go ahead",
      customerId,
    });
    expect(byType["message.received"]).toMatchObject({
      messageId: message.sendPortalMessage.id,
      body: "Can you launch her Friday?",
      customerId,
    });
    expect(byType["service_request.created"]).toMatchObject({
      serviceRequestId: request.requestService.id,
      type: "DETAILING",
      customerId,
    });
  });

  it("post customer.created for each customer a CSV import makes", async () => {
    const facility = await createFacility(app, { name: "Import Marina" });
    const admin = await signInStaff(app.client(), (await createStaff(app, facility.id, { role: "ADMIN" })).email);
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/imports`;
    await admin.ok(`mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { id } }`, {
      input: { url, events: ["CUSTOMER_CREATED"] },
    });
    const csv = ["name,email,phone", "Ivy Import,ivy@example.com,", "Otto Import,otto@example.com,"].join("\n");
    const preview = await admin.ok<{ previewCustomerImport: { id: string; newCustomers: number } }>(
      `mutation($csv: String!) { previewCustomerImport(csv: $csv, fileName: "people.csv") { id newCustomers } }`,
      { csv },
    );
    expect(preview.previewCustomerImport.newCustomers).toBe(2);
    await admin.ok(`mutation($id: ID!) { runCustomerImport(id: $id) { id } }`, {
      id: preview.previewCustomerImport.id,
    });
    await app.runCustomerImports();
    const before = received.length;
    await app.deliverWebhooks();
    const events = received.slice(before).map((r) => JSON.parse(r.body) as Event);
    expect(events.map((e) => [e.type, e.facilityId, e.data.name, e.data.email]).sort()).toEqual([
      ["customer.created", String(facility.id), "Ivy Import", "ivy@example.com"],
      ["customer.created", String(facility.id), "Otto Import", "otto@example.com"],
    ]);
  });
});
