import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { browserSummary, titleFromFileName } from "./document-form";
import UploadDocumentDialog from "./UploadDocumentDialog";

const PDF = "%PDF-1.4\n%%EOF\n";

function file(name: string, type: string, size?: number) {
  const f = new File([type === "application/pdf" ? PDF : "x"], name, { type });
  if (size !== undefined) Object.defineProperty(f, "size", { value: size });
  return f;
}

function errorText(): string | null {
  return document.querySelector("[id$='-error']")?.textContent ?? null;
}

const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]') as HTMLInputElement;
const setup = () => userEvent.setup({ applyAccept: false });
const signature = () => screen.getByRole("switch", { name: /^Requires signature/ }) as HTMLInputElement;
const shared = () => screen.getByRole("switch", { name: /^Share with customer/ }) as HTMLInputElement;

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

async function renderDialog() {
  const onClose = vi.fn();
  const onUploaded = vi.fn();
  renderWithProviders(
    <UploadDocumentDialog customerId="7" customerName="Ann Lee" onClose={onClose} onUploaded={onUploaded} />,
  );
  await screen.findByRole("button", { name: "Choose file" });
  return { onClose, onUploaded };
}

afterEach(() => vi.unstubAllGlobals());

describe("UploadDocumentDialog", () => {
  it("refuses a file over 20 MB before sending it, saying how large it is", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const user = setup();
    await renderDialog();
    await user.upload(fileInput(), file("scan.pdf", "application/pdf", Math.round(21.4 * 1024 * 1024)));
    expect(errorText()).toBe("The file is 21.4 MB; the limit is 20 MB.");
    await user.click(screen.getByRole("button", { name: "Upload" }));
    expect(errorText()).toBe("The file is 21.4 MB; the limit is 20 MB.");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("asks for a file first", async () => {
    const user = setup();
    await renderDialog();
    await user.click(screen.getByRole("button", { name: "Upload" }));
    expect(errorText()).toBe("Choose a file to upload");
  });

  it("only lets PDFs be signed", async () => {
    const user = setup();
    await renderDialog();
    await user.click(signature());
    expect(signature().checked).toBe(true);
    await user.upload(
      fileInput(),
      file("waiver.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    );
    // A Word file turns the request off, and says why.
    expect(signature().checked).toBe(false);
    expect(signature().disabled).toBe(true);
    expect(screen.getByText("Only PDFs can be signed. Choose a PDF to ask for a signature.")).toBeTruthy();

    await user.upload(fileInput(), file("waiver.pdf", "application/pdf"));
    expect(signature().disabled).toBe(false);
  });

  it("uploads the file with its title, kind, sharing and signature request, and starts the title from the name", async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse(201, { id: 12 }));
    vi.stubGlobal("fetch", fetch);
    const user = setup();
    const { onClose, onUploaded } = await renderDialog();
    await user.upload(fileInput(), file("Storage_agreement 2026.pdf", "application/pdf"));
    const title = screen.getByRole("textbox", { name: "Title" }) as HTMLInputElement;
    expect(title.value).toBe("Storage agreement 2026");
    expect(shared().checked).toBe(true);
    await user.click(screen.getByRole("combobox", { name: "Kind" }));
    await user.click(await screen.findByRole("option", { name: "Storage agreement", hidden: true }));
    await user.click(signature());
    await user.click(screen.getByRole("button", { name: "Upload" }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onUploaded).toHaveBeenCalled();
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    const sent = new URL(url, "http://portico.test");
    expect(sent.pathname).toBe("/uploads/customers/7/documents");
    expect(Object.fromEntries(sent.searchParams)).toEqual({
      title: "Storage agreement 2026",
      kind: "STORAGE_AGREEMENT",
      shared: "1",
      requiresSignature: "1",
    });
    expect(init.method).toBe("POST");
    expect(init.headers).toEqual({
      "x-portico-request": "1",
      "x-file-name": encodeURIComponent("Storage_agreement 2026.pdf"),
    });
    expect(await screen.findByText("“Storage agreement 2026” uploaded. Ann Lee was asked to sign it.")).toBeTruthy();
  });

  it("shows the server's reason under the file when it refuses the upload", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        jsonResponse(400, {
          error: {
            code: "BAD_USER_INPUT",
            message: "Documents to be signed must be PDFs.",
            fields: { file: "Use a PDF" },
          },
        }),
      ),
    );
    const user = setup();
    const { onClose } = await renderDialog();
    // Named .pdf but not one: the server reads the bytes.
    await user.upload(fileInput(), new File(["not a pdf"], "fake.pdf", { type: "application/pdf" }));
    await user.click(signature());
    await user.click(screen.getByRole("button", { name: "Upload" }));
    await waitFor(() => expect(errorText()).toBe("Documents to be signed must be PDFs."));
    expect(onClose).not.toHaveBeenCalled();
  });

  it("puts the server's field message under the input it names: the title here, not the file", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(
        jsonResponse(400, {
          error: {
            code: "BAD_USER_INPUT",
            message: "Give the document a title (up to 200 characters)",
            fields: { title: "Required" },
          },
        }),
      ),
    );
    const user = setup();
    await renderDialog();
    await user.upload(fileInput(), new File(["%PDF-1.7"], "lease.pdf", { type: "application/pdf" }));
    await user.click(screen.getByRole("button", { name: "Upload" }));
    const title = screen.getByRole("textbox", { name: /Title/ });
    await waitFor(() => expect(title.getAttribute("aria-invalid")).toBe("true"));
    const described = (title.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id));
    expect(described.some((el) => el?.textContent === "Give the document a title (up to 200 characters)")).toBe(true);
    // Once, under the title: not repeated above the buttons or under the file.
    expect(screen.getAllByText("Give the document a title (up to 200 characters)")).toHaveLength(1);
  });

  it("shows a refusal that names no input above the buttons", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn().mockResolvedValue(jsonResponse(404, { error: { code: "NOT_FOUND", message: "Customer not found" } })),
    );
    const user = setup();
    await renderDialog();
    await user.upload(fileInput(), new File(["%PDF-1.7"], "lease.pdf", { type: "application/pdf" }));
    await user.click(screen.getByRole("button", { name: "Upload" }));
    expect(await screen.findByText("Customer not found")).toBeTruthy();
    expect(errorText()).toBeNull();
  });
});

describe("document helpers", () => {
  it("starts a title from a file name", () => {
    expect(titleFromFileName("liability_waiver.v2.pdf")).toBe("liability waiver.v2");
    expect(titleFromFileName("IMG 0042.JPG")).toBe("IMG 0042");
  });

  it("names the signer's browser in a few words", () => {
    expect(
      browserSummary(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome 131 on macOS");
    expect(
      browserSummary(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86",
      ),
    ).toBe("Edge 131 on Windows");
    expect(
      browserSummary(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari 17 on iOS");
    expect(browserSummary("curl/8.5.0")).toBeNull();
  });
});
