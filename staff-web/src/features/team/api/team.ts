import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const TeamMemberFields = graphql(`
  fragment TeamMemberFields on TeamMember {
    id
    name
    email
    role
    status
    lastActiveAt
    invitedAt
    inviteExpiresAt
  }
`);

export const TeamQuery = graphql(`
  query Team {
    team {
      ...TeamMemberFields
    }
  }
`);

export function useTeam() {
  return useQuery(TeamQuery);
}
