import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { estimateFixture, viewerFixture } from "../../../test/fixtures";
import { renderSignedIn } from "../../../test/signed-in";
import { PortalEstimateQuery } from "../api/estimate";
import { RespondToEstimateMutation } from "../api/respond-to-estimate";
import { EstimatePage } from "./EstimatePage";

type Input = { accept: boolean; acceptedLineIds?: string[]; note: string };

const estimateMock = (estimate = estimateFixture()) => ({
  request: { query: PortalEstimateQuery, variables: { id: "e1" } },
  result: { data: { estimate } },
});

const answered = (status: string, accepted: string[], acceptedCents: number) => {
  const base = estimateFixture();
  return estimateFixture({
    status,
    acceptedCents,
    respondedAt: "2026-03-02T10:00:00.000Z",
    respondedByName: "Jane Whitaker",
    lines: base.lines.map((line) => ({ ...line, accepted: accepted.includes(line.id) })),
  });
};

function respond(input: Input, result: object, seen?: Input[]) {
  return {
    request: { query: RespondToEstimateMutation, variables: { id: "e1", input } },
    result: () => {
      seen?.push(input);
      return result;
    },
  };
}

const renderEstimate = (mocks: object[]) =>
  renderSignedIn("estimates/:id", <EstimatePage />, { url: "/estimates/e1", mocks: mocks as never });

describe("answering an estimate", () => {
  it("accepts the lines left ticked, after a confirmation that names the amount", async () => {
    const user = userEvent.setup({ delay: null });
    const seen: Input[] = [];
    renderEstimate([
      estimateMock(),
      respond(
        { accept: true, acceptedLineIds: ["l1", "l3"], note: "Ceramic next year" },
        { data: { respondToEstimate: answered("PARTIALLY_ACCEPTED", ["l1", "l3"], 87_000) } },
        seen,
      ),
    ]);
    await user.click(await screen.findByRole("checkbox", { name: "Ceramic coating" }));
    expect(screen.getByTestId("estimate-selected-total").textContent).toBe("$870.00 of $1,770.00");
    await user.type(screen.getByLabelText("Note for the team (optional)"), "Ceramic next year");
    await user.click(screen.getByRole("button", { name: "Accept selected (2 of 3)" }));

    const dialog = await screen.findByRole("dialog", { name: "Accept the selected lines?" });
    expect(within(dialog).getByText(/2 of 3 lines, \$870\.00 in all/)).toBeTruthy();
    await user.click(within(dialog).getByRole("button", { name: "Accept $870.00" }));

    expect(await screen.findByText("Accepted 2 of 3 lines, $870.00 of $1,770.00")).toBeTruthy();
    expect(seen).toHaveLength(1);
    expect(screen.queryByRole("button", { name: /Accept/ })).toBeNull();
  });

  it("offers the whole estimate when the facility asks for whole answers", async () => {
    const user = userEvent.setup({ delay: null });
    const seen: Input[] = [];
    renderEstimate([
      estimateMock(),
      respond(
        { accept: true, acceptedLineIds: ["l1", "l3"], note: "" },
        {
          errors: [
            {
              message: "This facility asks you to accept or decline the estimate as a whole",
              extensions: { code: "BAD_USER_INPUT" },
            },
          ],
        },
        seen,
      ),
      respond(
        { accept: true, note: "" },
        { data: { respondToEstimate: answered("ACCEPTED", ["l1", "l2", "l3"], 177_000) } },
        seen,
      ),
    ]);
    await user.click(await screen.findByRole("checkbox", { name: "Ceramic coating" }));
    await user.click(screen.getByRole("button", { name: "Accept selected (2 of 3)" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Accept $870.00" }));

    expect(
      await screen.findByText(/Harbor Point Storage asks you to accept or decline the estimate as a whole/),
    ).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: "Ceramic coating" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Accept selected/ })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Accept all" }));
    const dialog = await screen.findByRole("dialog", { name: "Accept the whole estimate?" });
    await user.click(within(dialog).getByRole("button", { name: "Accept $1,770.00" }));
    expect(await screen.findByText("Accepted in full, $1,770.00")).toBeTruthy();
    expect(seen.map((input) => input.acceptedLineIds ?? "all")).toEqual([["l1", "l3"], "all"]);
  });

  it("offers only whole answers from the start when the facility's setting asks for them", async () => {
    const user = userEvent.setup({ delay: null });
    const seen: Input[] = [];
    renderSignedIn("estimates/:id", <EstimatePage />, {
      url: "/estimates/e1",
      viewer: viewerFixture({ facility: { allowEstimateLineChoice: false } }),
      mocks: [
        estimateMock(),
        respond(
          { accept: true, note: "" },
          { data: { respondToEstimate: answered("ACCEPTED", ["l1", "l2", "l3"], 177_000) } },
          seen,
        ),
      ] as never,
    });
    expect(
      await screen.findByText(/Harbor Point Storage asks you to accept or decline the estimate as a whole/),
    ).toBeTruthy();
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.queryByRole("button", { name: /Accept selected/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Accept all" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Accept $1,770.00" }));
    expect(await screen.findByText("Accepted in full, $1,770.00")).toBeTruthy();
    expect(seen).toHaveLength(1);
  });

  it("declines after a confirmation, and cancelling sends nothing", async () => {
    const user = userEvent.setup({ delay: null });
    const seen: Input[] = [];
    renderEstimate([
      estimateMock(),
      respond({ accept: false, note: "" }, { data: { respondToEstimate: answered("DECLINED", [], 0) } }, seen),
    ]);
    await user.click(await screen.findByRole("button", { name: "Decline" }));
    await user.click(
      within(await screen.findByRole("dialog", { name: "Decline this estimate?" })).getByRole("button", {
        name: "Cancel",
      }),
    );
    expect(seen).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Decline" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Decline estimate" }));
    expect((await screen.findByRole("alert")).textContent).toContain("Declined");
    expect(seen).toHaveLength(1);
  });

  it("needs at least one line ticked to accept a selection", async () => {
    const user = userEvent.setup({ delay: null });
    renderEstimate([estimateMock()]);
    await user.click(await screen.findByRole("checkbox", { name: "Select all" }));
    expect(screen.getByRole("button", { name: "Accept selected" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByText("Select at least one line to accept, or decline the estimate.")).toBeTruthy();
  });

  it("shows the answer of an estimate already answered", async () => {
    renderEstimate([estimateMock(answered("PARTIALLY_ACCEPTED", ["l1"], 65_000))]);
    expect(await screen.findByText("Accepted 1 of 3 lines, $650.00 of $1,770.00")).toBeTruthy();
    expect(screen.getByText(/by Jane Whitaker/)).toBeTruthy();
    expect(screen.getAllByLabelText("Declined")).toHaveLength(2);
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});
