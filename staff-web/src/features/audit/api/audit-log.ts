import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { AuditAction } from "../../../gql/graphql";

export const AuditLineFields = graphql(`
  fragment AuditLineFields on AuditEvent {
    id
    at
    action
    actorKind
    actorName
    subject
    customer {
      id
      name
    }
    details {
      key
      value
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $staffUserId: ID, $action: AuditAction) {
    auditLog(first: $first, after: $after, staffUserId: $staffUserId, action: $action) {
      nodes {
        ...AuditLineFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AuditPeopleQuery = graphql(`
  query AuditPeople {
    auditPeople {
      id
      name
    }
  }
`);

export const AUDIT_PAGE_SIZE = 50;

/** The facility's log, newest first, narrowed to one person or one kind when given. */
export function useAuditLog(filter: { staffUserId: string | null; action: AuditAction | null }) {
  return useQuery(AuditLogQuery, {
    variables: { first: AUDIT_PAGE_SIZE, ...filter },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
}

export function useAuditPeople() {
  return useQuery(AuditPeopleQuery, { fetchPolicy: "cache-first" });
}
