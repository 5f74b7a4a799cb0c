import { InMemoryCache } from "@apollo/client";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { typePolicies } from "../../../lib/apollo";
import { renderWithProviders } from "../../../test-utils";
import { ConversationQuery } from "../api/conversation";
import { InboxQuery } from "../api/inbox";
import { SendMessageMutation } from "../api/send-message";
import { UnreadMessageCountQuery } from "../api/unread-count";
import { ConversationView } from "./ConversationView";
import { MessagesPage } from "./MessagesPage";

const AT = "2026-03-02T10:00:00.000Z";

const pageInfo = (endCursor: string | null) => ({
  __typename: "PageInfo" as const,
  endCursor,
  hasNextPage: endCursor !== null,
});

const thread = (customerId: string, customerName: string, unread = 0) => ({
  __typename: "MessageThread" as const,
  customerId,
  customerName,
  lastMessage: `Hello from ${customerName}`,
  lastAuthor: customerName,
  lastAt: AT,
  unread,
});

function inboxPage(threads: ReturnType<typeof thread>[], endCursor: string | null, after?: string) {
  return {
    request: { query: InboxQuery, variables: after ? { after } : {} },
    result: {
      data: { inbox: { __typename: "MessageThreadConnection", nodes: threads, pageInfo: pageInfo(endCursor) } },
    },
  };
}

const message = (id: string, body: string) => ({
  __typename: "Message" as const,
  id,
  authorName: "Alex Morgan",
  body,
  createdAt: AT,
  fromTeam: true,
  mine: true,
});

/** A page of Ann's conversation, given oldest first as it reads; the server answers it newest first. */
function conversationPage(messages: ReturnType<typeof message>[], endCursor: string | null, after?: string) {
  return {
    request: { query: ConversationQuery, variables: after ? { customerId: "7", after } : { customerId: "7" } },
    result: {
      data: {
        customer: { __typename: "Customer", id: "7", name: "Ann Lee", email: "ann@example.com" },
        conversation: {
          __typename: "MessageConnection",
          nodes: [...messages].reverse(),
          pageInfo: pageInfo(endCursor),
        },
      },
    },
  };
}

const bubbles = () => [...document.querySelectorAll("[role=log] [data-team] > div > span")].map((el) => el.textContent);

describe("the staff inbox", () => {
  it("shows more conversations below the first page, until the last", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MessagesPage />, {
      path: "/messages",
      cache: new InMemoryCache({ typePolicies }),
      mocks: [
        inboxPage([thread("9", "Ann Lee", 2), thread("8", "Ben Ode")], "thread_80"),
        inboxPage([thread("7", "Cy Park")], null, "thread_80"),
        { request: { query: UnreadMessageCountQuery }, result: { data: { unreadMessageCount: 2 } } },
      ],
    });
    expect(await screen.findByRole("button", { name: "Ann Lee, 2 unread" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Show more" }));
    expect(await screen.findByRole("button", { name: "Cy Park" })).toBeTruthy();
    const names = screen.getAllByRole("button", { name: /Ann Lee|Ben Ode|Cy Park/ }).map((b) => b.textContent);
    expect(names.map((n) => n?.match(/Ann Lee|Ben Ode|Cy Park/)?.[0])).toEqual(["Ann Lee", "Ben Ode", "Cy Park"]);
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
  });
});

describe("a conversation", () => {
  it("reads oldest at the top, shows earlier messages above, and a sent one at the bottom", async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ConversationView customerId="7" now={new Date(AT)} onBack={() => {}} />, {
      cache: new InMemoryCache({ typePolicies }),
      mocks: [
        conversationPage([message("3", "Your car is washed."), message("4", "Ready Friday.")], "msg_3"),
        conversationPage([message("1", "Welcome aboard."), message("2", "Keys at the desk.")], null, "msg_3"),
        {
          request: { query: SendMessageMutation, variables: { customerId: "7", body: "See you then." } },
          result: { data: { sendMessage: message("5", "See you then.") } },
        },
      ],
    });
    expect(await screen.findByText("Ready Friday.")).toBeTruthy();
    expect(bubbles()).toEqual(["Your car is washed.", "Ready Friday."]);
    await user.click(screen.getByRole("button", { name: "Show earlier messages" }));
    expect(await screen.findByText("Welcome aboard.")).toBeTruthy();
    expect(bubbles()).toEqual(["Welcome aboard.", "Keys at the desk.", "Your car is washed.", "Ready Friday."]);
    expect(screen.queryByRole("button", { name: "Show earlier messages" })).toBeNull();

    await user.type(screen.getByRole("textbox", { name: "Message to Ann Lee" }), "See you then.{Enter}");
    expect(await screen.findByText("See you then.")).toBeTruthy();
    expect(bubbles().at(-1)).toBe("See you then.");
    expect(bubbles()).toHaveLength(5);
  });
});
