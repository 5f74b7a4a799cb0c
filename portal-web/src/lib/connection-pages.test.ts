import { InMemoryCache } from "@apollo/client";
import { mergeNewestFirst, type Pages } from "@portico/web-core/connection-pages";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { typePolicies } from "./apollo";

type Message = { __typename: "Message"; id: string; body: string };
const message = (id: string, body = `Message ${id}`): Message => ({ __typename: "Message", id, body });
const page = (ids: string[], hasNextPage: boolean): Pages<Message> => ({
  nodes: ids.map((id) => message(id)),
  pageInfo: { endCursor: hasNextPage ? `msg_${ids.at(-1)}` : null, hasNextPage },
});
const idsOf = (pages: Pages<Message>) => pages.nodes.map((m) => m.id);
const merge = (existing: Pages<Message> | undefined, incoming: Pages<Message>, continued: boolean) =>
  mergeNewestFirst(existing, incoming, (m: Message) => m.id, continued);

describe("pages of a newest-first conversation", () => {
  it("puts earlier messages below the ones loaded, once, and goes on from their end", () => {
    const loaded = merge(page(["9", "8", "7"], true), page(["7", "6", "5"], true), true);
    expect(idsOf(loaded)).toEqual(["9", "8", "7", "6", "5"]);
    expect(loaded.pageInfo).toEqual({ endCursor: "msg_5", hasNextPage: true });
    expect(merge(loaded, page(["4"], false), true).pageInfo.hasNextPage).toBe(false);
  });

  it("puts a polled latest page on top and keeps the earlier pages loaded", () => {
    const loaded = merge(page(["9", "8", "7"], true), page(["6", "5"], true), true);
    const polled = merge(loaded, page(["11", "10", "9"], true), false);
    expect(idsOf(polled)).toEqual(["11", "10", "9", "8", "7", "6", "5"]);
    expect(polled.pageInfo).toEqual(loaded.pageInfo);
  });

  it("starts over from a latest page that has nothing in common with what is loaded", () => {
    const loaded = merge(page(["9", "8"], true), page(["7", "6"], true), true);
    expect(merge(loaded, page(["14", "13"], true), false)).toEqual(page(["14", "13"], true));
    expect(merge(loaded, page(["9"], false), false)).toEqual(page(["9"], false));
  });

  it("keeps the portal's conversation whole in the cache through an earlier page, a poll and a sent message", () => {
    const cache = new InMemoryCache({ typePolicies });
    // A stand-in for the Messages page's query, with only what the merge reads.
    const query = parse(
      "query Pages($after: String) { portalConversation { unread messages(first: 2, after: $after) { nodes { id body } pageInfo { endCursor hasNextPage } } } }",
    );
    type Data = { portalConversation: { __typename: "PortalConversation"; unread: number; messages: Pages<Message> } };
    const write = (after: string | null, messages: Pages<Message>) =>
      cache.writeQuery<Data>({
        query,
        variables: { after },
        data: { portalConversation: { __typename: "PortalConversation", unread: 0, messages } },
      });
    const read = () => cache.readQuery<Data>({ query, variables: { after: null } })?.portalConversation.messages;
    write(null, page(["9", "8"], true));
    write("msg_8", page(["7", "6"], true));
    write(null, page(["10", "9"], true));
    expect(read() && idsOf(read() as Pages<Message>)).toEqual(["10", "9", "8", "7", "6"]);
    // A sent message goes on top of everything loaded, as the send's cache update writes it.
    const all = read() as Pages<Message>;
    write(null, { ...all, nodes: [message("11", "Thanks!"), ...all.nodes] });
    expect(read()?.nodes.map((m) => m.body)).toEqual([
      "Thanks!",
      "Message 10",
      "Message 9",
      "Message 8",
      "Message 7",
      "Message 6",
    ]);
    expect(read()?.pageInfo).toEqual({ endCursor: "msg_6", hasNextPage: true });
  });
});
