/**
 * The tabs the playground opens with: the common jobs of docs/api.md, ready to run once a key (or
 * a staff session in this browser) is there.
 */
export const EXAMPLE_TABS = [
  {
    query: `# Paste an API key above (or sign in to the
# staff dashboard in this browser), then run.
# The API guide (link above) covers keys,
# limits, errors and webhooks.
query Facility {
  facility {
    name
  }
}
`,
  },
  {
    query: `# Find a customer by part of a name, an email address or a phone number.
query FindCustomer($search: String) {
  customers(search: $search, first: 10) {
    nodes {
      id
      name
      email
      phone
      portalStatus {
        state
        reason
      }
    }
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`,
    variables: JSON.stringify({ search: "whitaker" }, null, 2),
  },
  {
    query: `# Send Invite (or Resend Invite): the same rules as the dashboard's button.
mutation SendInvite($customerId: ID!) {
  sendInvite(customerId: $customerId) {
    invitation {
      id
      email
      deliveryState
      expiresAt
    }
    customer {
      portalStatus {
        state
      }
    }
  }
}
`,
    variables: JSON.stringify({ customerId: "1" }, null, 2),
  },
  {
    query: `# Find a customer's open invoices, then record a payment on one (amounts in cents).
query OpenInvoices($customerId: ID!) {
  invoices(customerId: $customerId, statuses: [OPEN]) {
    nodes {
      id
      number
      balanceCents
      dueOn
    }
  }
}

mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {
  recordPayment(invoiceId: $invoiceId, input: $input) {
    id
    status
    balanceCents
  }
}
`,
    variables: JSON.stringify(
      { customerId: "1", invoiceId: "1", input: { amountCents: 12500, method: "CHECK", reference: "Check 1042" } },
      null,
      2,
    ),
  },
  {
    query: `# What happened to the invites sent: newest first, a page at a time.
query InviteDelivery($after: String) {
  invitations(first: 50, after: $after) {
    nodes {
      id
      customerId
      contactId
      email
      state
      deliveryState
      deliveryDetail
      linkOpenedAt
      acceptedAt
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`,
  },
];
