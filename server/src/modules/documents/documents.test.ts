import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteOnlyIt } from "../../../test/engine.js";
import { customerInPortal, twoFacilities, updateFacility } from "../../../test/factories.js";
import {
  compilationsDuring,
  countRows,
  countStatements,
  type GqlResult,
  latestEmailTo,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../../test/harness.js";
import { raceWhileHeld } from "../../../test/held-locks.js";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const SIGN = `mutation($id: ID!, $input: SignatureInput!) { signDocument(id: $id, input: $input) { signature { typedName signerName ip documentSha256 } } }`;

describe("documents and signatures", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let owner: TestClient;
  let stranger: TestClient;

  const cookieOf = (c: TestClient) =>
    ["portico_staff", "portico_portal"].flatMap((n) => (c.cookie(n) ? [`${n}=${c.cookie(n)}`] : [])).join("; ");
  const upload = (client: TestClient, customer: number, query: string, body: Buffer) =>
    fetch(`${app.url}/uploads/customers/${customer}/documents?${query}`, {
      method: "POST",
      headers: { "x-portico-request": "1", "x-file-name": "storage-agreement.pdf", cookie: cookieOf(client) },
      body,
    });

  async function signedIn(name: string, email: string) {
    const { customer, browser } = await customerInPortal(app, t.asA, t.a.id, { name, email });
    return { client: browser, id: customer.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    ({ client: owner, id: customerId } = await signedIn("Dana Document", "dana@example.com"));
    ({ client: stranger } = await signedIn("Sid Stranger", "sid@example.com"));
  });
  afterAll(() => app.close());

  it("shares a contract, emails the signing request, and records a typed-name signature with proof", async () => {
    const res = await upload(
      t.asA,
      customerId,
      "title=Storage%20agreement&kind=STORAGE_AGREEMENT&requiresSignature=1",
      PDF,
    );
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    await app.deliver();
    expect((await latestEmailTo(app, "dana@example.com"))?.subject).toBe("Please sign: Storage agreement · Harbor A");

    const list = await owner.ok<{ portalDocuments: Array<{ title: string; url: string; requiresSignature: boolean }> }>(
      `{ portalDocuments { title url requiresSignature } }`,
    );
    expect(list.portalDocuments).toEqual([
      expect.objectContaining({ title: "Storage agreement", requiresSignature: true }),
    ]);
    const file = await fetch(`${app.url}${list.portalDocuments[0]?.url}`, { headers: { cookie: cookieOf(owner) } });
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(
      (await fetch(`${app.url}${list.portalDocuments[0]?.url}`, { headers: { cookie: cookieOf(stranger) } })).status,
    ).toBe(404);

    const noConsent = await owner.gql(SIGN, { id: String(id), input: { typedName: "Dana Document", consent: false } });
    expect(noConsent.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { consent: expect.any(String) },
    });
    const someoneElses = await stranger.gql(SIGN, {
      id: String(id),
      input: { typedName: "Sid Stranger", consent: true },
    });
    expect(someoneElses.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await countRows(app, "document_signatures")).toBe(0);

    const impostor = await owner.gql(SIGN, { id: String(id), input: { typedName: "Someone Else", consent: true } });
    expect(impostor.errors?.[0]).toMatchObject({
      message:
        "The typed name does not match the name of the person signed in. Type your own name as it is on your account: Dana Document.",
      extensions: {
        code: "BAD_USER_INPUT",
        fields: { typedName: "Type your own name as it is on your account: Dana Document" },
      },
    });
    expect(await countRows(app, "document_signatures")).toBe(0);

    const signed = await owner.ok<{ signDocument: { signature: Record<string, string> } }>(SIGN, {
      id: String(id),
      input: { typedName: "  Dana   Document ", consent: true },
    });
    expect(signed.signDocument.signature).toMatchObject({
      typedName: "Dana Document",
      signerName: "Dana Document",
      ip: "",
      documentSha256: createHash("sha256").update(PDF).digest("hex"),
    });
    const again = await owner.gql(SIGN, { id: String(id), input: { typedName: "Dana Document", consent: true } });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const staffView = await t.asA.ok<{
      customer: { documents: Array<{ signature: { ip: string; userAgent: string } }> };
    }>(`query($id: ID!) { customer(id: $id) { documents { signature { ip userAgent } } } }`, {
      id: String(customerId),
    });
    expect(staffView.customer.documents[0]?.signature.ip).toMatch(/127\.0\.0\.1/);
    expect(staffView.customer.documents[0]?.signature.userAgent.length).toBeGreaterThan(0);
    const remove = await t.asA.gql(`mutation($id: ID!) { removeDocument(id: $id) }`, { id: String(id) });
    expect(remove.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  // The races below are forced where PostgreSQL would let them happen: another connection holds the
  // document's row while the requests start, so whatever they read without a lock, they read before
  // either writes (test/held-locks.ts).
  async function contractToSign(title: string): Promise<number> {
    const res = await upload(t.asA, customerId, `title=${title}&kind=AGREEMENT&requiresSignature=1`, PDF);
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: number }).id;
  }
  const raced = <T>(id: number, requests: Array<() => Promise<T>>) =>
    raceWhileHeld(app, "SELECT 1 FROM documents WHERE id = $1 FOR UPDATE", [id], requests);
  const sign = (id: number) => () =>
    owner.gql(SIGN, { id: String(id), input: { typedName: "Dana Document", consent: true } });
  const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code ?? "OK";

  it("two simultaneous signatures: one is recorded, the other is told the document is signed", async () => {
    const id = await contractToSign("Signed%20twice");
    const answers = await raced(id, [sign(id), sign(id)]);
    expect(answers.map(code).sort()).toEqual(["CONFLICT", "OK"]);
    expect(await countRows(app, "document_signatures", "document_id = ?", id)).toBe(1);
  });

  it("a signature and a removal at the same moment never remove a signed document", async () => {
    const id = await contractToSign("Signed%20or%20removed");
    const remove = () => t.asA.gql(`mutation($id: ID!) { removeDocument(id: $id) }`, { id: String(id) });
    const [signed, removed] = (await raced(id, [sign(id), remove])).map(code);
    const kept = await countRows(app, "documents", "id = ?", id);
    const signatures = await countRows(app, "document_signatures", "document_id = ?", id);
    // Whichever went first, the other saw it: signed and kept, or removed before anyone signed.
    expect({ signed, removed, kept, signatures }).toEqual(
      signed === "OK"
        ? { signed: "OK", removed: "CONFLICT", kept: 1, signatures: 1 }
        : { signed: "NOT_FOUND", removed: "OK", kept: 0, signatures: 0 },
    );
  });

  it("lets a contact sign only under their own name, not the account holder's", async () => {
    const res = await upload(
      t.asA,
      customerId,
      "title=Liability%20waiver&kind=LIABILITY_WAIVER&requiresSignature=1",
      PDF,
    );
    const { id } = (await res.json()) as { id: number };
    const added = await t.asA.ok<{ addContact: { id: string } }>(
      `mutation($id: ID!) { addContact(customerId: $id, input: { name: "Michael Document", email: "michael@example.com", role: SPOUSE,
        canAccessPortal: true, preferences: { invoices: true, estimates: true, scheduling: true, carUpdates: true, contracts: true,
        socialEvents: false, marketing: false } }) { id } }`,
      { id: String(customerId) },
    );
    await t.asA.ok(`mutation($id: ID!) { sendContactInvite(contactId: $id) { invitation { id } } }`, {
      id: added.addContact.id,
    });
    await app.deliver();
    const spouse = app.client();
    await spouse.ok(`mutation($t: String!) { redeemSignInLink(token: $t) { name } }`, {
      t: (await latestEmailTo(app, "michael@example.com"))?.token,
    });

    const asHolder = await spouse.gql(SIGN, { id: String(id), input: { typedName: "Dana Document", consent: true } });
    expect(asHolder.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { typedName: "Type your own name as it is on your account: Michael Document" },
    });
    const signed = await spouse.ok<{ signDocument: { signature: Record<string, string> } }>(SIGN, {
      id: String(id),
      input: { typedName: "michael   DOCUMENT", consent: true },
    });
    expect(signed.signDocument.signature).toMatchObject({
      typedName: "michael DOCUMENT",
      signerName: "Michael Document",
    });
  });

  it("keeps unshared documents from the portal and refuses oversized or non-PDF contracts", async () => {
    const hidden = (await (
      await upload(t.asA, customerId, "title=Internal%20notes&kind=FILE&shared=0", PDF)
    ).json()) as { id: number };
    expect(
      (
        await owner.ok<{ portalDocuments: Array<{ title: string }> }>(`{ portalDocuments { title } }`)
      ).portalDocuments.map((d) => d.title),
    ).not.toContain("Internal notes");
    expect(
      (await owner.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: String(hidden.id) })).errors?.[0]
        ?.extensions?.code,
    ).toBe("NOT_FOUND");
    const notPdf = await upload(
      t.asA,
      customerId,
      "title=Waiver&kind=LIABILITY_WAIVER&requiresSignature=1",
      Buffer.from("hello"),
    );
    expect(((await notPdf.json()) as { error: { message: string } }).error.message).toMatch(/must be PDFs/);
    const big = await upload(
      t.asA,
      customerId,
      "title=Huge&kind=FILE",
      Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]),
    );
    expect(big.status).toBe(400);
    const foreign = await upload(t.asB, customerId, "title=Sneaky&kind=FILE", PDF);
    expect(foreign.status).toBe(404);
  });

  sqliteOnlyIt(
    "compiles no statement through the data layer for a second identical documents page, document or download",
    async () => {
      type Listed = { portalDocuments: Array<{ id: string; url: string }> };
      const [shared] = (await owner.ok<Listed>(`{ portalDocuments { id url } }`)).portalDocuments;
      if (!shared) throw new Error("the customer has no shared document");
      const download = async () => {
        const res = await owner.get(shared.url);
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      };
      const requests = [
        () => owner.ok(`{ portalDocuments { id title url signature { signedAt } } }`),
        () => owner.ok(`query($id: ID!) { document(id: $id) { id title } }`, { id: shared.id }),
        () =>
          t.asA.ok(`query($id: ID!) { customer(id: $id) { documents { id signature { ip } } } }`, {
            id: String(customerId),
          }),
        download,
      ];
      for (const request of requests) await request();
      for (const request of requests) expect(await compilationsDuring(app, request)).toBe(0);
      // Whether the viewer may see the file, and the file itself: one statement.
      const { statements } = await countStatements(app, download);
      expect(statements.filter((sql) => /\bfiles\b/.test(sql))).toHaveLength(1);
    },
  );

  it("refuses the documents section when the facility turned it off", async () => {
    await updateFacility(app, t.a.id, { sectionDocuments: false });
    try {
      expect((await owner.gql(`{ portalDocuments { id } }`)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await updateFacility(app, t.a.id, { sectionDocuments: true });
    }
  });
});
