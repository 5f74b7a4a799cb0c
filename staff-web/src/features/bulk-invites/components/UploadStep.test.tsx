import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { PreviewBulkInviteCsvMutation } from "../api/preview-bulk-invite-csv";
import { summary } from "../test-fixtures";
import { UploadStep } from "./UploadStep";

// The file input's accept attribute would filter the wrong files out before the component saw them.
const setup = () => userEvent.setup({ applyAccept: false });
const fileInput = () => screen.getByLabelText("CSV file") as HTMLInputElement;

function csvFile(text: string, name = "invites.csv") {
  return new File([text], name, { type: "text/csv" });
}

describe("UploadStep", () => {
  it("refuses a file that is not a CSV without uploading it", async () => {
    const user = setup();
    const onPreview = vi.fn();
    renderWithProviders(<UploadStep onPreview={onPreview} />);
    await user.upload(fileInput(), new File(["PK"], "customers.xlsx", { type: "application/vnd.ms-excel" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("“customers.xlsx” is not a CSV file.");
    expect(onPreview).not.toHaveBeenCalled();
  });

  it("refuses a file over 5 MB, saying how large it is", async () => {
    const user = setup();
    renderWithProviders(<UploadStep onPreview={vi.fn()} />);
    const big = csvFile("customer_id,name,email\n");
    Object.defineProperty(big, "size", { value: Math.round(6.2 * 1024 * 1024) });
    await user.upload(fileInput(), big);
    expect((await screen.findByRole("alert")).textContent).toContain("This file is 6.2 MB; the limit is 5 MB");
  });

  it("shows the server's line-numbered problems for a malformed file, and lets another file be chosen", async () => {
    const user = setup();
    const onPreview = vi.fn();
    const bad = "customer_id,name,email\n1,Ann Lee,ann@example.com\n2,Ben\nabc,Cy,cy@example.com\n";
    const good = "customer_id,name,email\n1,Ann Lee,ann@example.com\n";
    const preview = summary();
    renderWithProviders(<UploadStep onPreview={onPreview} />, {
      mocks: [
        {
          request: { query: PreviewBulkInviteCsvMutation, variables: { csv: bad, fileName: "bad.csv" } },
          result: {
            errors: [
              {
                message: "The file could not be read (2 problems). Nothing was sent.",
                extensions: {
                  code: "BAD_USER_INPUT",
                  lines: [
                    { line: 3, message: "Too few fields: expected 3 fields but parsed 2" },
                    { line: 4, message: "customer_id “abc” is not a number" },
                  ],
                },
              },
            ],
          },
        },
        {
          request: { query: PreviewBulkInviteCsvMutation, variables: { csv: good, fileName: "fixed.csv" } },
          result: { data: { previewBulkInviteCsv: preview } },
        },
      ],
    });

    await user.upload(fileInput(), csvFile(bad, "bad.csv"));
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByText("The file could not be read (2 problems). Nothing was sent.")).toBeTruthy();
    const problems = within(alert).getByRole("table", { name: "Problems in bad.csv" });
    const lines = within(problems)
      .getAllByRole("row")
      .map((r) => r.textContent);
    expect(lines).toEqual([
      "Line 3Too few fields: expected 3 fields but parsed 2",
      "Line 4customer_id “abc” is not a number",
    ]);
    expect(onPreview).not.toHaveBeenCalled();

    await user.upload(fileInput(), csvFile(good, "fixed.csv"));
    await vi.waitFor(() => expect(onPreview).toHaveBeenCalledWith(expect.objectContaining({ id: preview.id })));
  });

  it("offers the template as a download", async () => {
    const user = setup();
    const created: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      created.push(blob as Blob);
      return "blob:template";
    });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderWithProviders(<UploadStep onPreview={vi.fn()} />);
    await user.click(screen.getByRole("button", { name: "Download template" }));
    expect(clicks).toEqual(["portico-invite-template.csv"]);
    const text = await created[0]?.text();
    expect(text?.split("\r\n")[0]).toBe("customer_id,name,email");
    expect(text?.trim().split("\r\n")).toHaveLength(3);
    click.mockRestore();
    createObjectURL.mockRestore();
  });
});
