import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { viewerFixture } from "../../../test/fixtures";
import { renderSignedIn } from "../../../test/signed-in";
import { MarkPortalConversationReadMutation } from "../api/mark-conversation-read";
import { PortalConversationQuery } from "../api/portal-conversation";
import { SendPortalMessageMutation } from "../api/send-portal-message";
import { MessagesPage } from "./MessagesPage";

const message = (id: string, body: string, who: "team" | "me") => ({
  __typename: "Message",
  id,
  body,
  authorName: who === "team" ? "Alex Morgan" : "Jane Whitaker",
  fromTeam: who === "team",
  mine: who === "me",
  createdAt: "2026-03-02T10:00:00.000Z",
});

/** A page of the conversation, given oldest first as it reads; the server answers it newest first. */
const conversation = (
  messages: ReturnType<typeof message>[],
  unread = 0,
  { more = false, after }: { more?: boolean; after?: string } = {},
) => ({
  request: { query: PortalConversationQuery, variables: after ? { after } : {} },
  result: {
    data: {
      portalConversation: {
        __typename: "PortalConversation",
        unread,
        messages: {
          __typename: "MessageConnection",
          nodes: [...messages].reverse(),
          pageInfo: { __typename: "PageInfo", endCursor: more ? `msg_${messages[0]?.id}` : null, hasNextPage: more },
        },
      },
    },
  },
});

function markRead(onCall: () => void) {
  return {
    request: { query: MarkPortalConversationReadMutation },
    result: () => {
      onCall();
      return { data: { markPortalConversationRead: true } };
    },
  };
}

function send(body: string, onCall: () => void, result?: object) {
  return {
    request: { query: SendPortalMessageMutation, variables: { body } },
    result: () => {
      onCall();
      return result ?? { data: { sendPortalMessage: message("m9", body, "me") } };
    },
  };
}

const renderMessages = (mocks: object[], viewer = viewerFixture(), unread = 0) =>
  renderSignedIn("messages", <MessagesPage />, { url: "/messages", mocks: mocks as never, viewer, unread });

describe("messages", () => {
  it("invites a first message when the conversation is empty", async () => {
    renderMessages([conversation([])]);
    expect(await screen.findByText("Send the team a message about your cars, bills or anything else")).toBeTruthy();
  });

  it("shows the team's messages with their names and marks them read on opening", async () => {
    let marked = 0;
    renderMessages(
      [conversation([message("m1", "Your 911 is ready.", "team")], 1), markRead(() => marked++)],
      viewerFixture(),
      1,
    );
    expect(await screen.findByText("Your 911 is ready.")).toBeTruthy();
    expect(screen.getByText("Alex Morgan · Team")).toBeTruthy();
    await screen.findByRole("link", { name: "Messages" });
    expect(marked).toBe(1);
  });

  it("sends with Enter and starts a new line with Shift+Enter", async () => {
    const user = userEvent.setup({ delay: null });
    let sent = 0;
    renderMessages([conversation([message("m1", "Hello!", "team")]), send("Thanks!\nSee you Thursday", () => sent++)]);
    const box = await screen.findByRole("textbox", { name: "Message" });
    await user.type(box, "Thanks!");
    await user.keyboard("{Shift>}{Enter}{/Shift}");
    await user.paste("See you Thursday");
    expect(sent).toBe(0);
    expect((box as HTMLTextAreaElement).value).toBe("Thanks!\nSee you Thursday");

    await user.keyboard("{Enter}");
    expect(await screen.findByText(/See you Thursday/, { selector: "div" })).toBeTruthy();
    expect(sent).toBe(1);
    expect((box as HTMLTextAreaElement).value).toBe("");
  });

  it("sends nothing when the message is blank", async () => {
    const user = userEvent.setup({ delay: null });
    renderMessages([conversation([])]);
    const box = await screen.findByRole("textbox", { name: "Message" });
    await user.type(box, "   {Enter}");
    expect(screen.getByRole("button", { name: "Send" }).hasAttribute("disabled")).toBe(true);
  });

  it("keeps what was typed when sending fails", async () => {
    const user = userEvent.setup({ delay: null });
    renderMessages([
      conversation([]),
      {
        request: { query: SendPortalMessageMutation, variables: { body: "Hi" } },
        error: new TypeError("Failed to fetch"),
      },
    ]);
    const box = await screen.findByRole("textbox", { name: "Message" });
    await user.type(box, "Hi{Enter}");
    expect((await screen.findByRole("alert")).textContent).toContain("We can't reach the portal right now");
    expect((box as HTMLTextAreaElement).value).toBe("Hi");
  });

  it("in a staff preview, neither marks read nor sends", async () => {
    let marked = 0;
    renderMessages(
      [conversation([message("m1", "Your 911 is ready.", "team")], 1), markRead(() => marked++)],
      viewerFixture({ preview: true }),
      1,
    );
    expect(await screen.findByText("Your 911 is ready.")).toBeTruthy();
    expect(screen.getByText("Messages can't be sent or marked read from a preview.")).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Message" }).hasAttribute("disabled")).toBe(true);
    expect(marked).toBe(0);
  });

  it("shows earlier messages above the latest page, until the first one", async () => {
    const user = userEvent.setup({ delay: null });
    renderMessages([
      conversation([message("5", "Latest news", "team"), message("6", "See you soon", "me")], 0, { more: true }),
      conversation([message("3", "Earlier news", "team"), message("4", "Got it", "me")], 0, {
        more: true,
        after: "msg_5",
      }),
      conversation([message("1", "Welcome aboard", "team")], 0, { after: "msg_3" }),
    ]);
    expect(await screen.findByText("Latest news")).toBeTruthy();
    expect(screen.queryByText("Earlier news")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show earlier messages" }));
    expect(await screen.findByText("Earlier news")).toBeTruthy();
    expect(screen.getByText("Latest news")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Show earlier messages" }));
    expect(await screen.findByText("Welcome aboard")).toBeTruthy();
    const bodies = [...document.querySelectorAll("[data-side] > div")].map((el) => el.textContent);
    expect(bodies.filter((b) => b && !/^\d/.test(b))).toEqual([
      "Welcome aboard",
      "Earlier news",
      "Got it",
      "Latest news",
      "See you soon",
    ]);
    expect(screen.queryByRole("button", { name: "Show earlier messages" })).toBeNull();
  });

  it("shows a sent message at the bottom, below the earlier pages loaded", async () => {
    const user = userEvent.setup({ delay: null });
    let sent = 0;
    renderMessages([
      conversation([message("5", "Latest news", "team")], 0, { more: true }),
      conversation([message("3", "Earlier news", "team")], 0, { after: "msg_5" }),
      send("On my way", () => sent++),
    ]);
    expect(await screen.findByText("Latest news")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Show earlier messages" }));
    expect(await screen.findByText("Earlier news")).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: "Message" }), "On my way{Enter}");
    expect(await screen.findByText("On my way", { selector: "div" })).toBeTruthy();
    expect(sent).toBe(1);
    const bodies = [...document.querySelectorAll("[data-side] > div")].map((el) => el.textContent);
    expect(bodies.filter((b) => b && !/^\d/.test(b))).toEqual(["Earlier news", "Latest news", "On my way"]);
  });
});
