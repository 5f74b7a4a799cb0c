import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../../test-utils";
import { SendMessageMutation } from "../api/send-message";
import { Composer } from "./Composer";

const box = () => screen.getByRole("textbox", { name: "Message to Ann Lee" }) as HTMLTextAreaElement;

function sendMock(body: string) {
  let calls = 0;
  const mock = {
    request: { query: SendMessageMutation, variables: { customerId: "7", body } },
    result: () => {
      calls += 1;
      return {
        data: {
          sendMessage: {
            __typename: "Message",
            id: "100",
            authorName: "Alex Morgan",
            body,
            createdAt: new Date().toISOString(),
            fromTeam: true,
            mine: true,
          },
        },
      };
    },
  };
  return { mock, calls: () => calls };
}

describe("Composer", () => {
  it("sends on Enter and empties the box", async () => {
    const user = userEvent.setup({ delay: null });
    const send = sendMock("Your car is ready for pick-up.");
    renderWithProviders(<Composer customerId="7" customerName="Ann Lee" />, { mocks: [send.mock] });
    await user.click(box());
    await user.paste("  Your car is ready for pick-up. ");
    await user.keyboard("{Enter}");
    await waitFor(() => expect(send.calls()).toBe(1));
    await waitFor(() => expect(box().value).toBe(""));
  });

  it("starts a new line on Shift+Enter instead of sending", async () => {
    const user = userEvent.setup({ delay: null });
    const send = sendMock("Line one\nLine two");
    renderWithProviders(<Composer customerId="7" customerName="Ann Lee" />, { mocks: [send.mock] });
    await user.type(box(), "Line one{Shift>}{Enter}{/Shift}Line two");
    expect(box().value).toBe("Line one\nLine two");
    expect(send.calls()).toBe(0);
    await user.click(screen.getByRole("button", { name: "Send message" }));
    await waitFor(() => expect(send.calls()).toBe(1));
  });

  it("refuses a blank message", async () => {
    const user = userEvent.setup({ delay: null });
    const send = sendMock("");
    renderWithProviders(<Composer customerId="7" customerName="Ann Lee" />, { mocks: [send.mock] });
    expect((screen.getByRole("button", { name: "Send message" }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(box(), "   {Enter}");
    expect(await screen.findByText("Write a message first")).toBeTruthy();
    expect(send.calls()).toBe(0);
    expect((screen.getByRole("button", { name: "Send message" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("keeps the draft when the server refuses it", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Composer customerId="7" customerName="Ann Lee" />, {
      mocks: [
        {
          request: { query: SendMessageMutation, variables: { customerId: "7", body: "Hello" } },
          result: { errors: [{ message: "Customer not found", extensions: { code: "NOT_FOUND" } }] },
        },
      ],
    });
    await user.click(box());
    await user.paste("Hello");
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Customer not found")).toBeTruthy();
    expect(box().value).toBe("Hello");
  });
});
