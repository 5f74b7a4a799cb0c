import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { CustomerCarsQuery } from "../../events/api/customer-cars";
import { CreateEstimateMutation } from "../api/create-estimate";
import { EstimateForm } from "./EstimateDialog";
import { dollarsToCents, type LineDraft, lineCents, totalCents, validateLines } from "./estimate-lines";

/** Typing key by key is slow under a parallel run; pasting fires the same change. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

function errorUnder(input: HTMLElement): string | null {
  if (input.getAttribute("aria-invalid") !== "true") return null;
  const ids = input.getAttribute("aria-describedby")?.split(" ") ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.id.endsWith("-error"));
  return error?.textContent ?? null;
}

const CUSTOMER = { id: "7", name: "Ann Lee" };
const CARS_MOCK = {
  request: { query: CustomerCarsQuery, variables: { id: "7" } },
  result: {
    data: {
      customer: {
        __typename: "Customer",
        id: "7",
        cars: [{ __typename: "Car", id: "3", displayName: "1965 Jaguar E-Type" }],
      },
    },
  },
};

const line = (over: Partial<LineDraft>): LineDraft => ({
  key: "k",
  description: "Wash",
  quantity: 1,
  unitPrice: 10,
  ...over,
});

describe("estimate lines", () => {
  it("turns typed dollars into whole cents without float drift", () => {
    expect(dollarsToCents(19.99)).toBe(1999);
    expect(dollarsToCents("1,250.5")).toBe(125050);
    expect(dollarsToCents("$0.10")).toBe(10);
    expect(dollarsToCents("")).toBeNull();
    expect(dollarsToCents("abc")).toBeNull();
  });

  it("totals quantity × unit price, counting half-typed lines as zero", () => {
    const lines = [
      line({ quantity: 3, unitPrice: 19.99 }),
      line({ quantity: 2, unitPrice: "" }),
      line({ quantity: "" }),
    ];
    expect(lineCents(lines[0] as LineDraft)).toBe(5997);
    expect(totalCents(lines)).toBe(5997);
  });

  it("names each bad field by its form path", () => {
    expect(validateLines([])).toEqual({ lines: "Add at least one line item" });
    expect(
      validateLines([line({}), line({ description: " ", quantity: 1.5, unitPrice: -1 }), line({ unitPrice: "" })]),
    ).toEqual({
      "lines.1.description": "Describe the item",
      "lines.1.quantity": "A whole number from 1",
      "lines.1.unitPrice": "Cannot be negative",
      "lines.2.unitPrice": "Enter a price",
    });
  });
});

describe("EstimateForm", () => {
  it("keeps a live total as lines are added and priced", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<EstimateForm customer={CUSTOMER} onDone={vi.fn()} />, { mocks: [CARS_MOCK] });
    const total = () => screen.getByTestId("estimate-total").textContent;
    expect(total()).toBe("Total $0.00");

    await fill(user, screen.getByRole("textbox", { name: "Description, line 1" }), "Full detail");
    await fill(user, screen.getByRole("textbox", { name: "Quantity, line 1" }), "2");
    await fill(user, screen.getByRole("textbox", { name: "Unit price, line 1" }), "149.5");
    expect(screen.getByLabelText("Amount, line 1").textContent).toBe("$299.00");
    expect(total()).toBe("Total $299.00");

    await user.click(screen.getByRole("button", { name: "Add line" }));
    await fill(user, screen.getByRole("textbox", { name: "Description, line 2" }), "Battery tender");
    await fill(user, screen.getByRole("textbox", { name: "Unit price, line 2" }), "1250");
    expect(total()).toBe("Total $1,549.00");

    await user.click(screen.getByRole("button", { name: "Remove line 1" }));
    expect(total()).toBe("Total $1,250.00");
  });

  it("points at what is missing and sends nothing", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    renderWithProviders(<EstimateForm customer={CUSTOMER} onDone={onDone} />, { mocks: [CARS_MOCK] });
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(errorUnder(screen.getByRole("textbox", { name: /^Title/ }))).toBe("Give the estimate a title");
    expect(errorUnder(screen.getByRole("textbox", { name: "Description, line 1" }))).toBe("Describe the item");
    expect(errorUnder(screen.getByRole("textbox", { name: "Unit price, line 1" }))).toBe("Enter a price");
    expect(onDone).not.toHaveBeenCalled();
  });

  it("saves a draft in cents and says so", async () => {
    const user = userEvent.setup({ delay: null });
    const onDone = vi.fn();
    renderWithProviders(<EstimateForm customer={CUSTOMER} onDone={onDone} />, {
      mocks: [
        CARS_MOCK,
        {
          request: {
            query: CreateEstimateMutation,
            variables: {
              customerId: "7",
              input: {
                title: "Spring service",
                carId: null,
                lines: [
                  { description: "Oil change", quantity: 1, unitCents: 8999 },
                  { description: "Wash", quantity: 3, unitCents: 2500 },
                ],
              },
            },
          },
          result: {
            data: {
              createEstimate: {
                __typename: "Estimate",
                id: "40",
                number: "EST-501",
                title: "Spring service",
                status: "DRAFT",
                carName: null,
                totalCents: 16499,
                acceptedCents: 0,
                sentAt: null,
                respondedAt: null,
                respondedByName: null,
                customerNote: null,
                invoiceId: null,
                lines: [],
              },
            },
          },
        },
      ],
    });
    await fill(user, screen.getByRole("textbox", { name: /^Title/ }), "Spring service");
    await fill(user, screen.getByRole("textbox", { name: "Description, line 1" }), "Oil change");
    await fill(user, screen.getByRole("textbox", { name: "Unit price, line 1" }), "89.99");
    await user.click(screen.getByRole("button", { name: "Add line" }));
    await fill(user, screen.getByRole("textbox", { name: "Description, line 2" }), "Wash");
    await fill(user, screen.getByRole("textbox", { name: "Quantity, line 2" }), "3");
    await fill(user, screen.getByRole("textbox", { name: "Unit price, line 2" }), "25");
    expect(within(screen.getByRole("group", { name: "Line items" })).getByText("Total $164.99")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Save draft" }));

    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await screen.findByText(/Draft EST-501 saved/)).toBeTruthy();
  });
});
