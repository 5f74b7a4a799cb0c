import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalCalendarFeedQuery = graphql(`
  query PortalCalendarFeed {
    portalCalendarFeed {
      createdAt
      lastFetchedAt
    }
  }
`);

export function usePortalCalendarFeed() {
  return useQuery(PortalCalendarFeedQuery);
}

export const CreatePortalCalendarLinkMutation = graphql(`
  mutation CreatePortalCalendarLink {
    createPortalCalendarLink {
      url
      webcalUrl
      feed {
        createdAt
        lastFetchedAt
      }
    }
  }
`);

/** The new link replaces the cached subscription: the card shows it made just now, never fetched. */
export function useCreatePortalCalendarLink() {
  return useMutation(CreatePortalCalendarLinkMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.writeQuery({
        query: PortalCalendarFeedQuery,
        data: { portalCalendarFeed: data.createPortalCalendarLink.feed },
      });
    },
  });
}

export const TurnOffPortalCalendarFeedMutation = graphql(`
  mutation TurnOffPortalCalendarFeed {
    turnOffPortalCalendarFeed
  }
`);

export function useTurnOffPortalCalendarFeed() {
  return useMutation(TurnOffPortalCalendarFeedMutation, {
    update(cache) {
      cache.writeQuery({ query: PortalCalendarFeedQuery, data: { portalCalendarFeed: null } });
    },
  });
}
