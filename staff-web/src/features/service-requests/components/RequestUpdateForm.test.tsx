import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { UpdateServiceRequestMutation } from "../api/update-service-request";
import { RequestUpdateForm } from "./RequestUpdateForm";

/** Typing key by key is slow under a parallel run; pasting fires the same change. */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const REQUEST = { id: "12", status: "NEW" as const, customerName: "Ann Lee" };

function answer(status: string, body: string | null) {
  const at = new Date().toISOString();
  return {
    data: {
      updateServiceRequest: {
        __typename: "ServiceRequest",
        id: "12",
        type: "DETAILING",
        status,
        customerId: "7",
        customerName: "Ann Lee",
        carName: "1965 Jaguar E-Type",
        preferredDate: null,
        notes: "Before the show, please",
        requestedByName: "Ann Lee",
        createdAt: at,
        updatedAt: at,
        updates: [
          {
            __typename: "ServiceRequestUpdate",
            id: "1",
            authorName: "Alex Morgan",
            fromStaff: true,
            body,
            status,
            createdAt: at,
          },
        ],
      },
    },
  };
}

async function chooseStatus(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole("combobox", { name: "Status" }));
  await user.click(await screen.findByRole("option", { name: label, hidden: true }));
}

describe("RequestUpdateForm", () => {
  it("asks for a reply or a new status before calling the server", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<RequestUpdateForm request={REQUEST} />);
    await user.click(screen.getByRole("button", { name: "Send reply" }));
    expect(await screen.findByText("Write a reply or change the status")).toBeTruthy();
  });

  it("moves the request to Scheduled with a reply, and says so", async () => {
    const user = userEvent.setup({ delay: null });
    let sent = 0;
    renderWithProviders(<RequestUpdateForm request={REQUEST} />, {
      mocks: [
        {
          request: {
            query: UpdateServiceRequestMutation,
            variables: { id: "12", status: "SCHEDULED", reply: "Tuesday at 9, bay 2." },
          },
          result: () => {
            sent += 1;
            return answer("SCHEDULED", "Tuesday at 9, bay 2.");
          },
        },
      ],
    });
    await chooseStatus(user, "Scheduled");
    expect(screen.getByRole("button", { name: "Update status" })).toBeTruthy();
    await fill(user, screen.getByRole("textbox", { name: "Reply to the customer" }), "Tuesday at 9, bay 2.");
    await user.click(screen.getByRole("button", { name: "Send & update status" }));
    await waitFor(() => expect(sent).toBe(1));
    expect(await screen.findByText("Request marked Scheduled")).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole("textbox", { name: "Reply to the customer" }) as HTMLTextAreaElement).value).toBe(""),
    );
  });

  it("sends a status change alone, without a reply", async () => {
    const user = userEvent.setup({ delay: null });
    let sent = 0;
    renderWithProviders(<RequestUpdateForm request={REQUEST} />, {
      mocks: [
        {
          request: { query: UpdateServiceRequestMutation, variables: { id: "12", status: "IN_PROGRESS", reply: null } },
          result: () => {
            sent += 1;
            return answer("IN_PROGRESS", null);
          },
        },
      ],
    });
    await chooseStatus(user, "In progress");
    await user.click(screen.getByRole("button", { name: "Update status" }));
    await waitFor(() => expect(sent).toBe(1));
    expect(await screen.findByText("Request marked In progress")).toBeTruthy();
  });
});
