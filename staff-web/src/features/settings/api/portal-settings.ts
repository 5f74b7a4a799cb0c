import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const PortalSettingsFields = graphql(`
  fragment PortalSettingsFields on Facility {
    id
    name
    signInMethod
    inviteExpiryDays
    resendCooldownHours
    inviteRemindersEnabled
    inviteReminderDays
    welcomeMessage
    sections
    onboarding {
      signContracts
      addPaymentMethod
      completeProfile
    }
    offlinePaymentInstructions
    allowEstimateLineChoice
    stripeConnected
    stripeKeyHint
    stripeTestMode
    stripeWebhookUrl
    brandColor
    logoUrl
    timeZone
    country
    careReminders {
      contracts
      contractsAfterDays
      invoicesDue
      invoicesDueDays
      invoicesOverdue
      estimates
      estimatesAfterDays
      events
    }
  }
`);

/** The settings and the viewer's role: only admins may change them. */
export const PortalSettingsQuery = graphql(`
  query PortalSettings {
    facility {
      ...PortalSettingsFields
    }
    staffViewer {
      id
      role
    }
  }
`);

export function usePortalSettings() {
  return useQuery(PortalSettingsQuery);
}
