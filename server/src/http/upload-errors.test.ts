import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCar, createCustomer, twoFacilities } from "../../test/factories.js";
import { countRows, startTestApp, type TestApp, type TestClient } from "../../test/harness.js";

type Refusal = { error: { code: string; message: string; fields?: Record<string, string> } };

describe("upload routes answer refusals in one JSON shape", () => {
  let app: TestApp;
  let t: Awaited<ReturnType<typeof twoFacilities>>;
  let customerId: number;
  let carId: number;
  let reportId: number;

  const upload = (client: TestClient, path: string, body: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, {
      method: "POST",
      headers: {
        "x-portico-request": "1",
        "x-file-name": "upload.bin",
        cookie: client.cookie("portico_staff") ? `portico_staff=${client.cookie("portico_staff")}` : "",
        ...headers,
      },
      body,
    });
  const refusal = async (res: Response) => ({ status: res.status, body: (await res.json()) as Refusal });
  const PDF = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

  beforeAll(async () => {
    app = await startTestApp();
    t = await twoFacilities(app);
    customerId = (await createCustomer(app, t.a.id, { name: "Una Upload" })).id;
    carId = (await createCar(app, t.a.id, customerId)).id;
    const { conditionReports } = app.data.t;
    const [report] = await app.data.transaction((tx) =>
      tx
        .insert(conditionReports)
        .values({ facilityId: t.a.id, carId, inspectedOn: "2026-03-01", inspector: "Sam", createdAt: new Date(0) })
        .returning({ id: conditionReports.id }),
    );
    reportId = report?.id ?? 0;
  });
  afterAll(() => app.close());

  it("puts a bad file under `file`, as GraphQL's BAD_USER_INPUT puts fields", async () => {
    for (const path of [`/uploads/cars/${carId}/photos`, `/uploads/condition-reports/${reportId}/photos`]) {
      expect(await refusal(await upload(t.asA, path, Buffer.from("not a photo")))).toEqual({
        status: 400,
        body: {
          error: {
            code: "BAD_USER_INPUT",
            message: "That file is not an image we can read. Use a JPEG, PNG, WebP or HEIC photo.",
            fields: { file: "Not an image" },
          },
        },
      });
    }
    const empty = await refusal(
      await upload(t.asA, `/uploads/customers/${customerId}/documents?title=Lease`, Buffer.alloc(0)),
    );
    expect(empty).toEqual({
      status: 400,
      body: { error: { code: "BAD_USER_INPUT", message: "The file is empty.", fields: { file: "Empty file" } } },
    });
  });

  it("names the document field at fault: the title, the kind, or the file", async () => {
    const docs = `/uploads/customers/${customerId}/documents`;
    expect((await refusal(await upload(t.asA, `${docs}?title=%20&kind=FILE`, PDF))).body.error).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: { title: expect.any(String) },
    });
    expect((await refusal(await upload(t.asA, `${docs}?title=Lease&kind=SECRET`, PDF))).body.error).toMatchObject({
      fields: { kind: expect.any(String) },
    });
    expect(
      (await refusal(await upload(t.asA, `${docs}?title=Lease&kind=FILE&requiresSignature=1`, Buffer.from("hi")))).body
        .error,
    ).toMatchObject({ message: "Documents to be signed must be PDFs.", fields: { file: "Use a PDF" } });
  });

  it("answers a body over the parser's limit as a field error on the file, not an HTML page", async () => {
    const res = await upload(t.asA, `/uploads/cars/${carId}/photos`, Buffer.alloc(17 * 1024 * 1024, 1));
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(await refusal(res)).toEqual({
      status: 413,
      body: {
        error: { code: "BAD_USER_INPUT", message: "The file is too large to upload.", fields: { file: "Too large" } },
      },
    });
  });

  it("answers foreign ids, missing sessions and the missing header with their codes and no fields", async () => {
    const photo = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000" } })
      .jpeg()
      .toBuffer();
    const files = await countRows(app, "files");
    expect(await refusal(await upload(t.asB, `/uploads/cars/${carId}/photos`, photo))).toEqual({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "Car not found" } },
    });
    expect(await refusal(await upload(t.asB, `/uploads/condition-reports/${reportId}/photos`, photo))).toEqual({
      status: 404,
      body: { error: { code: "NOT_FOUND", message: "Condition report not found" } },
    });
    expect(
      (await refusal(await upload(t.asB, `/uploads/customers/${customerId}/documents?title=Lease`, PDF))).body.error
        .code,
    ).toBe("NOT_FOUND");
    expect(await refusal(await upload(app.client(), `/uploads/cars/${carId}/photos`, photo))).toEqual({
      status: 401,
      body: { error: { code: "UNAUTHENTICATED", message: "Please sign in" } },
    });
    const noHeader = await refusal(
      await upload(t.asA, `/uploads/cars/${carId}/photos`, photo, { "x-portico-request": "" }),
    );
    expect(noHeader).toMatchObject({ status: 400, body: { error: { code: "BAD_REQUEST" } } });
    expect(await countRows(app, "files")).toBe(files);
  });
});
