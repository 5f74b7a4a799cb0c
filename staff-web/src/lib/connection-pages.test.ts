import { InMemoryCache } from "@apollo/client";
import { mergeNewestFirst, newestFirstPages, type Pages } from "@portico/web-core/connection-pages";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";

type Thread = { customerId: string; last: string };
const thread = (customerId: string, last = "") => ({ customerId, last });
const page = (ids: string[], hasNextPage: boolean): Pages<Thread> => ({
  nodes: ids.map((id) => thread(id)),
  pageInfo: { endCursor: hasNextPage ? `thread_${ids.at(-1)}` : null, hasNextPage },
});
const ids = (pages: Pages<Thread>) => pages.nodes.map((n) => n.customerId);
const merge = (existing: Pages<Thread> | undefined, incoming: Pages<Thread>, continued: boolean) =>
  mergeNewestFirst(existing, incoming, (n: Thread) => n.customerId, continued);

describe("pages of a newest-first list", () => {
  it("puts a page asked for with after below what is loaded, once, and goes on from its end", () => {
    const loaded = merge(page(["9", "8", "7"], true), page(["6", "5", "7"], true), true);
    expect(ids(loaded)).toEqual(["9", "8", "7", "6", "5"]);
    expect(loaded.pageInfo.endCursor).toBe("thread_7");
    expect(merge(undefined, page(["3"], false), true)).toEqual(page(["3"], false));
  });

  it("puts a fresh first page on top, moving what moved up, keeping the pages below and their end", () => {
    const loaded = merge(page(["9", "8", "7"], true), page(["6", "5", "4"], true), true);
    // 4 wrote again: it tops the list and leaves its old place; 9 and 8 stay where they were.
    const polled = merge(loaded, page(["4", "9", "8"], true), false);
    expect(ids(polled)).toEqual(["4", "9", "8", "7", "6", "5"]);
    expect(polled.pageInfo).toEqual(loaded.pageInfo);
    // The same first page again changes nothing.
    expect(merge(polled, page(["4", "9", "8"], true), false)).toEqual(polled);
  });

  it("takes a first page alone when it is the whole list, or shares nothing with what is loaded", () => {
    const loaded = merge(page(["9", "8"], true), page(["7", "6"], true), true);
    expect(merge(loaded, page(["9", "7"], false), false)).toEqual(page(["9", "7"], false));
    // Between the fresh page and the loaded ones, more may have moved: the loaded ones go.
    expect(merge(loaded, page(["3", "2"], true), false)).toEqual(page(["3", "2"], true));
  });

  it("keeps the cache's list whole through a poll and a page of earlier items", () => {
    const cache = new InMemoryCache({
      typePolicies: { Query: { fields: { inbox: newestFirstPages(false, "customerId") } } },
    });
    // A stand-in for the inbox's query, with only what the merge reads.
    const query = parse(
      "query Pages($after: String) { inbox(first: 2, after: $after) { nodes { customerId last } pageInfo { endCursor hasNextPage } } }",
    );
    const write = (after: string | null, pages: Pages<Thread>) =>
      cache.writeQuery({ query, variables: { after }, data: { inbox: pages } });
    const read = () => cache.readQuery<{ inbox: Pages<Thread> }>({ query, variables: { after: null } })?.inbox;
    write(null, page(["9", "8"], true));
    write("thread_8", page(["7", "6"], true));
    write(null, { ...page(["6", "9"], true), nodes: [thread("6", "new"), thread("9")] });
    expect(read()?.nodes).toEqual([thread("6", "new"), thread("9"), thread("8"), thread("7")]);
    expect(read()?.pageInfo).toEqual({ endCursor: "thread_6", hasNextPage: true });
  });
});
