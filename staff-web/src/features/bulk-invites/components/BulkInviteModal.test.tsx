import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { BulkInviteProgressQuery } from "../api/bulk-invite-progress";
import { BulkInviteReportCsvQuery } from "../api/bulk-invite-report";
import { PreviewBulkInviteMutation } from "../api/preview-bulk-invite";
import { StartBulkInviteMutation } from "../api/start-bulk-invite";
import { row, rowsMock, summary } from "../test-fixtures";
import BulkInviteModal from "./BulkInviteModal";

const IDS = ["1", "2", "3", "4", "5"];

function previewMock(result: ReturnType<typeof summary>) {
  return {
    request: { query: PreviewBulkInviteMutation, variables: { customerIds: IDS } },
    result: { data: { previewBulkInvite: result } },
  };
}

function progressMock(result: ReturnType<typeof summary>) {
  return {
    request: { query: BulkInviteProgressQuery, variables: { id: result.id } },
    result: { data: { bulkInvite: result } },
  };
}

const fromSelection = { kind: "selection" as const, customerIds: IDS };

afterEach(() => vi.restoreAllMocks());

describe("BulkInviteModal", () => {
  it("previews a selection: counts, the breakdown by reason, and who is in each list", async () => {
    const user = userEvent.setup({ delay: null });
    const preview = summary({ fileName: null, counts: { INVITE: 2, IN_PORTAL: 2, NO_EMAIL: 1 } });
    renderWithProviders(<BulkInviteModal source={fromSelection} opened onClose={vi.fn()} />, {
      mocks: [
        previewMock(preview),
        rowsMock(true, [row(1, "INVITE", "Ann Lee", "ann@example.com"), row(3, "INVITE", "Cy Park", "cy@example.com")]),
        rowsMock(false, [
          row(2, "IN_PORTAL", "Ben Ortiz", "ben@example.com"),
          row(4, "NO_EMAIL", "Di Moss", null),
          row(5, "IN_PORTAL", "Ed Yu", "ed@example.com"),
        ]),
      ],
    });
    const dialog = await screen.findByRole("dialog", { name: "Review the bulk invite" });
    const totals = within(dialog).getByTestId("preview-summary").parentElement as HTMLElement;
    expect(totals.textContent).toContain("2will be invited");
    expect(totals.textContent).toContain("3skipped");

    const breakdown = within(dialog).getByRole("list", { name: "Breakdown by reason" });
    expect(
      within(breakdown)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Will be invited2", "Already in the portal2", "No email address on record1"]);

    const invited = await within(dialog).findByRole("table", { name: "Will be invited" });
    await within(invited).findByText("Ann Lee");
    expect(within(invited).getByText("cy@example.com")).toBeTruthy();

    await user.click(within(dialog).getByRole("tab", { name: "Skipped (3)" }));
    const skipped = await within(dialog).findByRole("table", { name: "Skipped" });
    const diRow = (await within(skipped).findByText("Di Moss")).closest("tr") as HTMLElement;
    expect(diRow.textContent).toContain("No email address on record");

    expect(within(dialog).getByRole("button", { name: "Send 2 invites" }).hasAttribute("disabled")).toBe(false);
  });

  it("lists a line of the file that could not be read with its own reason and its line in the file", async () => {
    const user = userEvent.setup({ delay: null });
    const preview = summary({ fileName: "invites.csv", counts: { INVITE: 1, UNREADABLE: 1 } });
    const unreadable = { ...row(5, "UNREADABLE", "Bad Id", "bad@example.com"), customerId: null };
    renderWithProviders(<BulkInviteModal source={fromSelection} opened onClose={vi.fn()} />, {
      mocks: [
        previewMock(preview),
        rowsMock(true, [row(3, "INVITE", "Ann Lee", "ann@example.com")]),
        rowsMock(false, [{ ...unreadable, detail: "customer_id “x12” is not a number" }]),
      ],
    });
    const dialog = await screen.findByRole("dialog", { name: "Review the bulk invite" });
    const breakdown = within(dialog).getByRole("list", { name: "Breakdown by reason" });
    expect(within(breakdown).getByText("The line could not be read")).toBeTruthy();
    await user.click(within(dialog).getByRole("tab", { name: "Skipped (1)" }));
    const skipped = await within(dialog).findByRole("table", { name: "Skipped" });
    const line = (await within(skipped).findByText("Bad Id")).closest("tr") as HTMLElement;
    expect(line.getAttribute("data-line")).toBe("5");
    expect(line.textContent).toContain("customer_id “x12” is not a number");
    expect(within(dialog).getByRole("button", { name: "Send 1 invite" }).hasAttribute("disabled")).toBe(false);
  });

  it("disables Send when nobody can be invited, and says why", async () => {
    const preview = summary({ counts: { IN_PORTAL: 2, COOLDOWN: 3 } });
    renderWithProviders(<BulkInviteModal source={fromSelection} opened onClose={vi.fn()} />, {
      mocks: [previewMock(preview), rowsMock(false, [row(1, "COOLDOWN", "Ann Lee", "ann@example.com")])],
    });
    const dialog = await screen.findByRole("dialog", { name: "Review the bulk invite" });
    const send = within(dialog).getByRole("button", { name: "Send invites" });
    expect(send.hasAttribute("disabled")).toBe(true);
    expect(send.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(send.getAttribute("aria-describedby") ?? "")?.textContent).toBe("Nobody to invite");
    // With nobody to invite, the skipped list is the one worth reading.
    expect(within(dialog).getByRole("tab", { name: "Skipped (5)" }).getAttribute("aria-selected")).toBe("true");
  });

  it("sends, shows the server's progress, then the report with a downloadable CSV", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const preview = summary({ total: 5000, counts: { INVITE: 4990, IN_PORTAL: 10 } });
    const running = { ...preview, status: "RUNNING" as const };
    const saved: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      saved.push(blob as Blob);
      return "blob:report";
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const report = "line,customer_id,name,email,text_to,outcome,reason\n1,1,Ann Lee,ann@example.com,,Invited,\n";
    renderWithProviders(<BulkInviteModal source={fromSelection} opened onClose={onClose} />, {
      mocks: [
        previewMock(preview),
        rowsMock(true, [row(1, "INVITE", "Ann Lee", "ann@example.com")]),
        {
          request: { query: StartBulkInviteMutation, variables: { id: "9" } },
          result: { data: { startBulkInvite: running } },
        },
        progressMock({ ...running, processed: 1200, sent: 1195, skipped: 5 }),
        progressMock({ ...running, status: "DONE", processed: 5000, sent: 4990, skipped: 10 }),
        {
          request: { query: BulkInviteReportCsvQuery, variables: { id: "9" } },
          result: { data: { bulkInviteReportCsv: report } },
        },
      ],
    });
    const dialog = await screen.findByRole("dialog", { name: "Review the bulk invite" });
    await user.click(within(dialog).getByRole("button", { name: "Send 4,990 invites" }));

    expect(await screen.findByRole("dialog", { name: "Sending invites" })).toBeTruthy();
    const label = await screen.findByText("Sending… 1,200 of 5,000");
    expect(label).toBeTruthy();
    const bar = screen.getByRole("progressbar", { name: "Bulk invite progress" });
    expect(bar.getAttribute("aria-valuenow")).toBe("24");
    expect(screen.getByText("1,195 invited · 5 skipped so far")).toBeTruthy();

    const done = await screen.findByRole("dialog", { name: "Bulk invite sent" });
    expect(within(done).getByTestId("bulk-report-summary").textContent).toBe("Done: 4,990 invited, 10 skipped");
    const outcome = within(done).getByRole("list", { name: "Outcome by reason" });
    expect(
      within(outcome)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Invited4,990", "Already in the portal10"]);

    await user.click(within(done).getByRole("button", { name: "Download report" }));
    await waitFor(() => expect(names).toEqual(["portico-invite-report-9.csv"]));
    expect(await saved[0]?.text()).toBe(report);

    await user.click(within(done).getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledWith({ started: true });
  });

  it("shows why a selection could not be previewed, and tries again", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    renderWithProviders(<BulkInviteModal source={fromSelection} opened onClose={onClose} />, {
      mocks: [
        {
          request: { query: PreviewBulkInviteMutation, variables: { customerIds: IDS } },
          result: {
            errors: [{ message: "Select at most 10,000 customers at a time", extensions: { code: "BAD_USER_INPUT" } }],
          },
        },
        previewMock(summary({ counts: { INVITE: 5 } })),
        rowsMock(true, [row(1, "INVITE", "Ann Lee", "ann@example.com")]),
      ],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Select at most 10,000 customers at a time Nothing was sent.");
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("button", { name: "Send 5 invites" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onClose).toHaveBeenCalledWith({ started: false });
  });

  it("reopens a finished job from the list on its report, and reports nothing new on close", async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    const done = summary({ id: "12", status: "DONE", processed: 5, sent: 2, skipped: 3 });
    renderWithProviders(<BulkInviteModal source={{ kind: "job", jobId: "12" }} opened onClose={onClose} />, {
      mocks: [progressMock(done)],
    });
    expect(await screen.findByTestId("bulk-report-summary")).toHaveProperty(
      "textContent",
      "Done: 2 invited, 3 skipped",
    );
    await user.click(screen.getByRole("button", { name: /^Close$/ }));
    expect(onClose).toHaveBeenCalledWith({ started: false });
  });

  it("reopens a running job on its progress", async () => {
    const running = summary({ id: "13", status: "RUNNING", processed: 1, sent: 1, skipped: 0 });
    renderWithProviders(<BulkInviteModal source={{ kind: "job", jobId: "13" }} opened onClose={vi.fn()} />, {
      mocks: [progressMock(running), progressMock(running)],
    });
    expect(await screen.findByTestId("bulk-progress-label")).toHaveProperty("textContent", "Sending… 1 of 5");
  });
});
