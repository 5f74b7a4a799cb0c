/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation EndOtherPortalSessions {\n    endOtherPortalSessions\n  }\n": typeof types.EndOtherPortalSessionsDocument,
    "\n  mutation EndPortalSession($sessionId: String!) {\n    endPortalSession(sessionId: $sessionId)\n  }\n": typeof types.EndPortalSessionDocument,
    "\n  query PortalSessions {\n    portalSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n": typeof types.PortalSessionsDocument,
    "\n  query PortalSignIns($first: Int!, $after: String) {\n    portalSignIns(first: $first, after: $after) {\n      nodes {\n        id\n        at\n        name\n        device\n        method\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PortalSignInsDocument,
    "\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.SwitchPortalAccountDocument,
    "\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      lines {\n        id\n        description\n        quantity\n        unitCents\n        amountCents\n      }\n      payments {\n        id\n        amountCents\n        method\n        reference\n        receivedOn\n      }\n    }\n    portalBilling {\n      onlinePayments\n      offlinePaymentInstructions\n    }\n  }\n": typeof types.PortalInvoiceDocument,
    "\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n": typeof types.InvoiceSummaryFieldsFragmentDoc,
    "\n  query PortalBilling {\n    portalBilling {\n      outstandingCents\n      onlinePayments\n      paymentMethodOnFile\n      savedCard {\n        brand\n        last4\n        expires\n      }\n      offlinePaymentInstructions\n      invoices {\n        ...InvoiceSummaryFields\n      }\n    }\n  }\n": typeof types.PortalBillingDocument,
    "\n  mutation PayInvoiceOnline($invoiceId: ID!) {\n    payInvoiceOnline(invoiceId: $invoiceId)\n  }\n": typeof types.PayInvoiceOnlineDocument,
    "\n  mutation AddPaymentMethod($returnTo: PaymentSetupReturn!) {\n    addPaymentMethod(returnTo: $returnTo)\n  }\n": typeof types.AddPaymentMethodDocument,
    "\n  query PortalCar($id: ID!) {\n    car(id: $id) {\n      ...CarCardFields\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n        caption\n      }\n      history {\n        id\n        kind\n        notes\n        happenedAt\n      }\n      conditionReports {\n        id\n        inspectedOn\n        inspector\n        odometer\n        notes\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n          caption\n        }\n      }\n    }\n  }\n": typeof types.PortalCarDocument,
    "\n  query PortalCars {\n    portalViewer {\n      account {\n        cars {\n          ...CarCardFields\n        }\n      }\n    }\n  }\n": typeof types.PortalCarsDocument,
    "\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n": typeof types.CarCardFieldsFragmentDoc,
    "\n  fragment PortalDocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    size\n    url\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      documentSha256\n    }\n  }\n": typeof types.PortalDocumentFieldsFragmentDoc,
    "\n  query PortalDocument($id: ID!) {\n    document(id: $id) {\n      ...PortalDocumentFields\n    }\n  }\n": typeof types.PortalDocumentDocument,
    "\n  query PortalDocuments {\n    portalDocuments {\n      ...PortalDocumentFields\n    }\n  }\n": typeof types.PortalDocumentsDocument,
    "\n  mutation SignDocument($id: ID!, $input: SignatureInput!) {\n    signDocument(id: $id, input: $input) {\n      ...PortalDocumentFields\n    }\n  }\n": typeof types.SignDocumentDocument,
    "\n  fragment PortalEstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n": typeof types.PortalEstimateFieldsFragmentDoc,
    "\n  query PortalEstimate($id: ID!) {\n    estimate(id: $id) {\n      ...PortalEstimateFields\n    }\n  }\n": typeof types.PortalEstimateDocument,
    "\n  query PortalEstimates {\n    portalEstimates {\n      ...PortalEstimateFields\n    }\n  }\n": typeof types.PortalEstimatesDocument,
    "\n  mutation RespondToEstimate($id: ID!, $input: EstimateResponseInput!) {\n    respondToEstimate(id: $id, input: $input) {\n      ...PortalEstimateFields\n    }\n  }\n": typeof types.RespondToEstimateDocument,
    "\n  query PortalOrderHistory {\n    portalOrderHistory {\n      kind\n      refId\n      title\n      status\n      date\n      amountCents\n    }\n  }\n": typeof types.PortalOrderHistoryDocument,
    "\n  query PortalHome {\n    portalHome {\n      balanceDueCents\n      overdueInvoices\n      contractsToSign {\n        id\n        title\n      }\n      estimatesWaiting {\n        id\n        number\n        title\n        totalCents\n      }\n      upcomingEvents {\n        id\n        title\n        kind\n        startsAt\n        location\n      }\n      unreadMessages\n      openServiceRequests\n    }\n    portalProfile {\n      onboardingPending\n    }\n  }\n": typeof types.PortalHomeDocument,
    "\n  mutation MarkPortalConversationRead {\n    markPortalConversationRead\n  }\n": typeof types.MarkPortalConversationReadDocument,
    "\n  fragment PortalMessageFields on Message {\n    id\n    authorName\n    fromTeam\n    mine\n    body\n    createdAt\n  }\n": typeof types.PortalMessageFieldsFragmentDoc,
    "\n  query PortalConversation($after: String) {\n    portalConversation {\n      unread\n      messages(first: 30, after: $after) {\n        nodes {\n          ...PortalMessageFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.PortalConversationDocument,
    "\n  mutation SendPortalMessage($body: String!) {\n    sendPortalMessage(body: $body) {\n      ...PortalMessageFields\n    }\n  }\n": typeof types.SendPortalMessageDocument,
    "\n  query PortalUnreadMessages {\n    portalConversation {\n      unread\n    }\n  }\n": typeof types.PortalUnreadMessagesDocument,
    "\n  mutation CompleteOnboarding {\n    completeOnboarding {\n      ...PortalProfileFields\n    }\n  }\n": typeof types.CompleteOnboardingDocument,
    "\n  mutation StartPortalPasskeyRegistration {\n    startPortalPasskeyRegistration\n  }\n": typeof types.StartPortalPasskeyRegistrationDocument,
    "\n  mutation FinishPortalPasskeyRegistration($response: String!, $name: String) {\n    finishPortalPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.FinishPortalPasskeyRegistrationDocument,
    "\n  query PortalPasskeys {\n    portalPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n": typeof types.PortalPasskeysDocument,
    "\n  mutation RemovePortalPasskey($id: ID!) {\n    removePortalPasskey(id: $id)\n  }\n": typeof types.RemovePortalPasskeyDocument,
    "\n  mutation RenamePortalPasskey($id: ID!, $name: String!) {\n    renamePortalPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenamePortalPasskeyDocument,
    "\n  mutation StartPortalPasskeySignIn {\n    startPortalPasskeySignIn\n  }\n": typeof types.StartPortalPasskeySignInDocument,
    "\n  mutation PortalSignInWithPasskey($response: String!) {\n    portalSignInWithPasskey(response: $response) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.PortalSignInWithPasskeyDocument,
    "\n  fragment PortalProfileFields on PortalProfile {\n    name\n    email\n    phone\n    phoneDisplay\n    address\n    isContact\n    onboardingPending\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n  }\n": typeof types.PortalProfileFieldsFragmentDoc,
    "\n  query PortalProfile {\n    portalProfile {\n      ...PortalProfileFields\n    }\n  }\n": typeof types.PortalProfileDocument,
    "\n  mutation UpdatePortalProfile($input: PortalProfileInput!) {\n    updatePortalProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n": typeof types.UpdatePortalProfileDocument,
    "\n  query PortalServiceRequests {\n    portalServiceRequests {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.PortalServiceRequestsDocument,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    carName\n    notes\n    preferredDate\n    createdAt\n    requestedByName\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n": typeof types.ServiceRequestFieldsFragmentDoc,
    "\n  mutation RequestService($input: ServiceRequestInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.RequestServiceDocument,
    "\n  query PortalCalendarFeed {\n    portalCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n": typeof types.PortalCalendarFeedDocument,
    "\n  mutation CreatePortalCalendarLink {\n    createPortalCalendarLink {\n      url\n      webcalUrl\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n": typeof types.CreatePortalCalendarLinkDocument,
    "\n  mutation TurnOffPortalCalendarFeed {\n    turnOffPortalCalendarFeed\n  }\n": typeof types.TurnOffPortalCalendarFeedDocument,
    "\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    carName\n    customerName\n    myRsvp\n    myGuests\n    goingCount\n  }\n": typeof types.ScheduledEventFieldsFragmentDoc,
    "\n  query PortalSchedule {\n    portalSchedule {\n      upcoming {\n        ...ScheduledEventFields\n      }\n      past {\n        ...ScheduledEventFields\n      }\n    }\n  }\n": typeof types.PortalScheduleDocument,
    "\n  mutation Rsvp($eventId: ID!, $response: RsvpResponse!, $guests: Int!) {\n    rsvp(eventId: $eventId, response: $response, guests: $guests) {\n      id\n      myRsvp\n      myGuests\n      goingCount\n    }\n  }\n": typeof types.RsvpDocument,
    "\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    preview\n    facility {\n      name\n      slug\n      brandColor\n      logoUrl\n      timeZone\n      sections\n      allowEstimateLineChoice\n      onboarding {\n        signContracts\n        addPaymentMethod\n        completeProfile\n      }\n    }\n    account {\n      customerName\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n": typeof types.PortalViewerFieldsFragmentDoc,
    "\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n": typeof types.PortalSignOutDocument,
    "\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.RedeemSignInLinkDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        slug\n        brandColor\n        logoUrl\n      }\n    }\n  }\n": typeof types.SignInLinkDocument,
    "\n  query PortalBrand($facility: String!) {\n    portalBrand(facility: $facility) {\n      name\n      brandColor\n      logoUrl\n      textSignIn\n    }\n  }\n": typeof types.PortalBrandDocument,
    "\n  query PortalDemoSignIn {\n    portalDemoSignIn {\n      email\n      mailboxPath\n    }\n  }\n": typeof types.PortalDemoSignInDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n": typeof types.RequestSignInLinkDocument,
    "\n  mutation RequestSignInText($facility: String!, $phone: String!) {\n    requestSignInText(facility: $facility, phone: $phone) {\n      message\n    }\n  }\n": typeof types.RequestSignInTextDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.SignInWithPasswordDocument,
    "\n  mutation SignInWithTextCode($facility: String!, $phone: String!, $code: String!) {\n    signInWithTextCode(facility: $facility, phone: $phone, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n": typeof types.SignInWithTextCodeDocument,
    "\n  query MyTexts {\n    portalProfile {\n      texts {\n        ...MyTextSettings\n      }\n    }\n  }\n": typeof types.MyTextsDocument,
    "\n  fragment MyTextSettings on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    optedOut\n    optedOutAt\n    canText\n  }\n": typeof types.MyTextSettingsFragmentDoc,
    "\n  mutation UpdateMyTextSettings($input: MyTextSettingsInput!) {\n    updateMyTextSettings(input: $input) {\n      ...MyTextSettings\n    }\n  }\n": typeof types.UpdateMyTextSettingsDocument,
};
const documents: Documents = {
    "\n  mutation EndOtherPortalSessions {\n    endOtherPortalSessions\n  }\n": types.EndOtherPortalSessionsDocument,
    "\n  mutation EndPortalSession($sessionId: String!) {\n    endPortalSession(sessionId: $sessionId)\n  }\n": types.EndPortalSessionDocument,
    "\n  query PortalSessions {\n    portalSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n": types.PortalSessionsDocument,
    "\n  query PortalSignIns($first: Int!, $after: String) {\n    portalSignIns(first: $first, after: $after) {\n      nodes {\n        id\n        at\n        name\n        device\n        method\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PortalSignInsDocument,
    "\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n": types.SwitchPortalAccountDocument,
    "\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      lines {\n        id\n        description\n        quantity\n        unitCents\n        amountCents\n      }\n      payments {\n        id\n        amountCents\n        method\n        reference\n        receivedOn\n      }\n    }\n    portalBilling {\n      onlinePayments\n      offlinePaymentInstructions\n    }\n  }\n": types.PortalInvoiceDocument,
    "\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n": types.InvoiceSummaryFieldsFragmentDoc,
    "\n  query PortalBilling {\n    portalBilling {\n      outstandingCents\n      onlinePayments\n      paymentMethodOnFile\n      savedCard {\n        brand\n        last4\n        expires\n      }\n      offlinePaymentInstructions\n      invoices {\n        ...InvoiceSummaryFields\n      }\n    }\n  }\n": types.PortalBillingDocument,
    "\n  mutation PayInvoiceOnline($invoiceId: ID!) {\n    payInvoiceOnline(invoiceId: $invoiceId)\n  }\n": types.PayInvoiceOnlineDocument,
    "\n  mutation AddPaymentMethod($returnTo: PaymentSetupReturn!) {\n    addPaymentMethod(returnTo: $returnTo)\n  }\n": types.AddPaymentMethodDocument,
    "\n  query PortalCar($id: ID!) {\n    car(id: $id) {\n      ...CarCardFields\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n        caption\n      }\n      history {\n        id\n        kind\n        notes\n        happenedAt\n      }\n      conditionReports {\n        id\n        inspectedOn\n        inspector\n        odometer\n        notes\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n          caption\n        }\n      }\n    }\n  }\n": types.PortalCarDocument,
    "\n  query PortalCars {\n    portalViewer {\n      account {\n        cars {\n          ...CarCardFields\n        }\n      }\n    }\n  }\n": types.PortalCarsDocument,
    "\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n": types.CarCardFieldsFragmentDoc,
    "\n  fragment PortalDocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    size\n    url\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      documentSha256\n    }\n  }\n": types.PortalDocumentFieldsFragmentDoc,
    "\n  query PortalDocument($id: ID!) {\n    document(id: $id) {\n      ...PortalDocumentFields\n    }\n  }\n": types.PortalDocumentDocument,
    "\n  query PortalDocuments {\n    portalDocuments {\n      ...PortalDocumentFields\n    }\n  }\n": types.PortalDocumentsDocument,
    "\n  mutation SignDocument($id: ID!, $input: SignatureInput!) {\n    signDocument(id: $id, input: $input) {\n      ...PortalDocumentFields\n    }\n  }\n": types.SignDocumentDocument,
    "\n  fragment PortalEstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n": types.PortalEstimateFieldsFragmentDoc,
    "\n  query PortalEstimate($id: ID!) {\n    estimate(id: $id) {\n      ...PortalEstimateFields\n    }\n  }\n": types.PortalEstimateDocument,
    "\n  query PortalEstimates {\n    portalEstimates {\n      ...PortalEstimateFields\n    }\n  }\n": types.PortalEstimatesDocument,
    "\n  mutation RespondToEstimate($id: ID!, $input: EstimateResponseInput!) {\n    respondToEstimate(id: $id, input: $input) {\n      ...PortalEstimateFields\n    }\n  }\n": types.RespondToEstimateDocument,
    "\n  query PortalOrderHistory {\n    portalOrderHistory {\n      kind\n      refId\n      title\n      status\n      date\n      amountCents\n    }\n  }\n": types.PortalOrderHistoryDocument,
    "\n  query PortalHome {\n    portalHome {\n      balanceDueCents\n      overdueInvoices\n      contractsToSign {\n        id\n        title\n      }\n      estimatesWaiting {\n        id\n        number\n        title\n        totalCents\n      }\n      upcomingEvents {\n        id\n        title\n        kind\n        startsAt\n        location\n      }\n      unreadMessages\n      openServiceRequests\n    }\n    portalProfile {\n      onboardingPending\n    }\n  }\n": types.PortalHomeDocument,
    "\n  mutation MarkPortalConversationRead {\n    markPortalConversationRead\n  }\n": types.MarkPortalConversationReadDocument,
    "\n  fragment PortalMessageFields on Message {\n    id\n    authorName\n    fromTeam\n    mine\n    body\n    createdAt\n  }\n": types.PortalMessageFieldsFragmentDoc,
    "\n  query PortalConversation($after: String) {\n    portalConversation {\n      unread\n      messages(first: 30, after: $after) {\n        nodes {\n          ...PortalMessageFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.PortalConversationDocument,
    "\n  mutation SendPortalMessage($body: String!) {\n    sendPortalMessage(body: $body) {\n      ...PortalMessageFields\n    }\n  }\n": types.SendPortalMessageDocument,
    "\n  query PortalUnreadMessages {\n    portalConversation {\n      unread\n    }\n  }\n": types.PortalUnreadMessagesDocument,
    "\n  mutation CompleteOnboarding {\n    completeOnboarding {\n      ...PortalProfileFields\n    }\n  }\n": types.CompleteOnboardingDocument,
    "\n  mutation StartPortalPasskeyRegistration {\n    startPortalPasskeyRegistration\n  }\n": types.StartPortalPasskeyRegistrationDocument,
    "\n  mutation FinishPortalPasskeyRegistration($response: String!, $name: String) {\n    finishPortalPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n": types.FinishPortalPasskeyRegistrationDocument,
    "\n  query PortalPasskeys {\n    portalPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n": types.PortalPasskeysDocument,
    "\n  mutation RemovePortalPasskey($id: ID!) {\n    removePortalPasskey(id: $id)\n  }\n": types.RemovePortalPasskeyDocument,
    "\n  mutation RenamePortalPasskey($id: ID!, $name: String!) {\n    renamePortalPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenamePortalPasskeyDocument,
    "\n  mutation StartPortalPasskeySignIn {\n    startPortalPasskeySignIn\n  }\n": types.StartPortalPasskeySignInDocument,
    "\n  mutation PortalSignInWithPasskey($response: String!) {\n    portalSignInWithPasskey(response: $response) {\n      ...PortalViewerFields\n    }\n  }\n": types.PortalSignInWithPasskeyDocument,
    "\n  fragment PortalProfileFields on PortalProfile {\n    name\n    email\n    phone\n    phoneDisplay\n    address\n    isContact\n    onboardingPending\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n  }\n": types.PortalProfileFieldsFragmentDoc,
    "\n  query PortalProfile {\n    portalProfile {\n      ...PortalProfileFields\n    }\n  }\n": types.PortalProfileDocument,
    "\n  mutation UpdatePortalProfile($input: PortalProfileInput!) {\n    updatePortalProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n": types.UpdatePortalProfileDocument,
    "\n  query PortalServiceRequests {\n    portalServiceRequests {\n      ...ServiceRequestFields\n    }\n  }\n": types.PortalServiceRequestsDocument,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    carName\n    notes\n    preferredDate\n    createdAt\n    requestedByName\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n": types.ServiceRequestFieldsFragmentDoc,
    "\n  mutation RequestService($input: ServiceRequestInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n": types.RequestServiceDocument,
    "\n  query PortalCalendarFeed {\n    portalCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n": types.PortalCalendarFeedDocument,
    "\n  mutation CreatePortalCalendarLink {\n    createPortalCalendarLink {\n      url\n      webcalUrl\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n": types.CreatePortalCalendarLinkDocument,
    "\n  mutation TurnOffPortalCalendarFeed {\n    turnOffPortalCalendarFeed\n  }\n": types.TurnOffPortalCalendarFeedDocument,
    "\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    carName\n    customerName\n    myRsvp\n    myGuests\n    goingCount\n  }\n": types.ScheduledEventFieldsFragmentDoc,
    "\n  query PortalSchedule {\n    portalSchedule {\n      upcoming {\n        ...ScheduledEventFields\n      }\n      past {\n        ...ScheduledEventFields\n      }\n    }\n  }\n": types.PortalScheduleDocument,
    "\n  mutation Rsvp($eventId: ID!, $response: RsvpResponse!, $guests: Int!) {\n    rsvp(eventId: $eventId, response: $response, guests: $guests) {\n      id\n      myRsvp\n      myGuests\n      goingCount\n    }\n  }\n": types.RsvpDocument,
    "\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    preview\n    facility {\n      name\n      slug\n      brandColor\n      logoUrl\n      timeZone\n      sections\n      allowEstimateLineChoice\n      onboarding {\n        signContracts\n        addPaymentMethod\n        completeProfile\n      }\n    }\n    account {\n      customerName\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n": types.PortalViewerFieldsFragmentDoc,
    "\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n": types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n": types.PortalSignOutDocument,
    "\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": types.RedeemSignInLinkDocument,
    "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        slug\n        brandColor\n        logoUrl\n      }\n    }\n  }\n": types.SignInLinkDocument,
    "\n  query PortalBrand($facility: String!) {\n    portalBrand(facility: $facility) {\n      name\n      brandColor\n      logoUrl\n      textSignIn\n    }\n  }\n": types.PortalBrandDocument,
    "\n  query PortalDemoSignIn {\n    portalDemoSignIn {\n      email\n      mailboxPath\n    }\n  }\n": types.PortalDemoSignInDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n": types.RequestSignInLinkDocument,
    "\n  mutation RequestSignInText($facility: String!, $phone: String!) {\n    requestSignInText(facility: $facility, phone: $phone) {\n      message\n    }\n  }\n": types.RequestSignInTextDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n": types.SignInWithPasswordDocument,
    "\n  mutation SignInWithTextCode($facility: String!, $phone: String!, $code: String!) {\n    signInWithTextCode(facility: $facility, phone: $phone, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n": types.SignInWithTextCodeDocument,
    "\n  query MyTexts {\n    portalProfile {\n      texts {\n        ...MyTextSettings\n      }\n    }\n  }\n": types.MyTextsDocument,
    "\n  fragment MyTextSettings on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    optedOut\n    optedOutAt\n    canText\n  }\n": types.MyTextSettingsFragmentDoc,
    "\n  mutation UpdateMyTextSettings($input: MyTextSettingsInput!) {\n    updateMyTextSettings(input: $input) {\n      ...MyTextSettings\n    }\n  }\n": types.UpdateMyTextSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherPortalSessions {\n    endOtherPortalSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherPortalSessions {\n    endOtherPortalSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPortalSession($sessionId: String!) {\n    endPortalSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation EndPortalSession($sessionId: String!) {\n    endPortalSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSessions {\n    portalSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query PortalSessions {\n    portalSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSignIns($first: Int!, $after: String) {\n    portalSignIns(first: $first, after: $after) {\n      nodes {\n        id\n        at\n        name\n        device\n        method\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalSignIns($first: Int!, $after: String) {\n    portalSignIns(first: $first, after: $after) {\n      nodes {\n        id\n        at\n        name\n        device\n        method\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchPortalAccount($customerId: ID!) {\n    switchPortalAccount(customerId: $customerId) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      lines {\n        id\n        description\n        quantity\n        unitCents\n        amountCents\n      }\n      payments {\n        id\n        amountCents\n        method\n        reference\n        receivedOn\n      }\n    }\n    portalBilling {\n      onlinePayments\n      offlinePaymentInstructions\n    }\n  }\n"): (typeof documents)["\n  query PortalInvoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      lines {\n        id\n        description\n        quantity\n        unitCents\n        amountCents\n      }\n      payments {\n        id\n        amountCents\n        method\n        reference\n        receivedOn\n      }\n    }\n    portalBilling {\n      onlinePayments\n      offlinePaymentInstructions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n"): (typeof documents)["\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBilling {\n    portalBilling {\n      outstandingCents\n      onlinePayments\n      paymentMethodOnFile\n      savedCard {\n        brand\n        last4\n        expires\n      }\n      offlinePaymentInstructions\n      invoices {\n        ...InvoiceSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalBilling {\n    portalBilling {\n      outstandingCents\n      onlinePayments\n      paymentMethodOnFile\n      savedCard {\n        brand\n        last4\n        expires\n      }\n      offlinePaymentInstructions\n      invoices {\n        ...InvoiceSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayInvoiceOnline($invoiceId: ID!) {\n    payInvoiceOnline(invoiceId: $invoiceId)\n  }\n"): (typeof documents)["\n  mutation PayInvoiceOnline($invoiceId: ID!) {\n    payInvoiceOnline(invoiceId: $invoiceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPaymentMethod($returnTo: PaymentSetupReturn!) {\n    addPaymentMethod(returnTo: $returnTo)\n  }\n"): (typeof documents)["\n  mutation AddPaymentMethod($returnTo: PaymentSetupReturn!) {\n    addPaymentMethod(returnTo: $returnTo)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCar($id: ID!) {\n    car(id: $id) {\n      ...CarCardFields\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n        caption\n      }\n      history {\n        id\n        kind\n        notes\n        happenedAt\n      }\n      conditionReports {\n        id\n        inspectedOn\n        inspector\n        odometer\n        notes\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n          caption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalCar($id: ID!) {\n    car(id: $id) {\n      ...CarCardFields\n      photos {\n        id\n        url\n        thumbnailUrl\n        width\n        height\n        caption\n      }\n      history {\n        id\n        kind\n        notes\n        happenedAt\n      }\n      conditionReports {\n        id\n        inspectedOn\n        inspector\n        odometer\n        notes\n        photos {\n          id\n          url\n          thumbnailUrl\n          width\n          height\n          caption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCars {\n    portalViewer {\n      account {\n        cars {\n          ...CarCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalCars {\n    portalViewer {\n      account {\n        cars {\n          ...CarCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n"): (typeof documents)["\n  fragment CarCardFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalDocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    size\n    url\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      documentSha256\n    }\n  }\n"): (typeof documents)["\n  fragment PortalDocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    size\n    url\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      documentSha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDocument($id: ID!) {\n    document(id: $id) {\n      ...PortalDocumentFields\n    }\n  }\n"): (typeof documents)["\n  query PortalDocument($id: ID!) {\n    document(id: $id) {\n      ...PortalDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDocuments {\n    portalDocuments {\n      ...PortalDocumentFields\n    }\n  }\n"): (typeof documents)["\n  query PortalDocuments {\n    portalDocuments {\n      ...PortalDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignDocument($id: ID!, $input: SignatureInput!) {\n    signDocument(id: $id, input: $input) {\n      ...PortalDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignDocument($id: ID!, $input: SignatureInput!) {\n    signDocument(id: $id, input: $input) {\n      ...PortalDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalEstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n"): (typeof documents)["\n  fragment PortalEstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalEstimate($id: ID!) {\n    estimate(id: $id) {\n      ...PortalEstimateFields\n    }\n  }\n"): (typeof documents)["\n  query PortalEstimate($id: ID!) {\n    estimate(id: $id) {\n      ...PortalEstimateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalEstimates {\n    portalEstimates {\n      ...PortalEstimateFields\n    }\n  }\n"): (typeof documents)["\n  query PortalEstimates {\n    portalEstimates {\n      ...PortalEstimateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToEstimate($id: ID!, $input: EstimateResponseInput!) {\n    respondToEstimate(id: $id, input: $input) {\n      ...PortalEstimateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToEstimate($id: ID!, $input: EstimateResponseInput!) {\n    respondToEstimate(id: $id, input: $input) {\n      ...PortalEstimateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalOrderHistory {\n    portalOrderHistory {\n      kind\n      refId\n      title\n      status\n      date\n      amountCents\n    }\n  }\n"): (typeof documents)["\n  query PortalOrderHistory {\n    portalOrderHistory {\n      kind\n      refId\n      title\n      status\n      date\n      amountCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalHome {\n    portalHome {\n      balanceDueCents\n      overdueInvoices\n      contractsToSign {\n        id\n        title\n      }\n      estimatesWaiting {\n        id\n        number\n        title\n        totalCents\n      }\n      upcomingEvents {\n        id\n        title\n        kind\n        startsAt\n        location\n      }\n      unreadMessages\n      openServiceRequests\n    }\n    portalProfile {\n      onboardingPending\n    }\n  }\n"): (typeof documents)["\n  query PortalHome {\n    portalHome {\n      balanceDueCents\n      overdueInvoices\n      contractsToSign {\n        id\n        title\n      }\n      estimatesWaiting {\n        id\n        number\n        title\n        totalCents\n      }\n      upcomingEvents {\n        id\n        title\n        kind\n        startsAt\n        location\n      }\n      unreadMessages\n      openServiceRequests\n    }\n    portalProfile {\n      onboardingPending\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkPortalConversationRead {\n    markPortalConversationRead\n  }\n"): (typeof documents)["\n  mutation MarkPortalConversationRead {\n    markPortalConversationRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalMessageFields on Message {\n    id\n    authorName\n    fromTeam\n    mine\n    body\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PortalMessageFields on Message {\n    id\n    authorName\n    fromTeam\n    mine\n    body\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalConversation($after: String) {\n    portalConversation {\n      unread\n      messages(first: 30, after: $after) {\n        nodes {\n          ...PortalMessageFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalConversation($after: String) {\n    portalConversation {\n      unread\n      messages(first: 30, after: $after) {\n        nodes {\n          ...PortalMessageFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPortalMessage($body: String!) {\n    sendPortalMessage(body: $body) {\n      ...PortalMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendPortalMessage($body: String!) {\n    sendPortalMessage(body: $body) {\n      ...PortalMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUnreadMessages {\n    portalConversation {\n      unread\n    }\n  }\n"): (typeof documents)["\n  query PortalUnreadMessages {\n    portalConversation {\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteOnboarding {\n    completeOnboarding {\n      ...PortalProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteOnboarding {\n    completeOnboarding {\n      ...PortalProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPortalPasskeyRegistration {\n    startPortalPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation StartPortalPasskeyRegistration {\n    startPortalPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishPortalPasskeyRegistration($response: String!, $name: String) {\n    finishPortalPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation FinishPortalPasskeyRegistration($response: String!, $name: String) {\n    finishPortalPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPasskeys {\n    portalPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n"): (typeof documents)["\n  query PortalPasskeys {\n    portalPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePortalPasskey($id: ID!) {\n    removePortalPasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemovePortalPasskey($id: ID!) {\n    removePortalPasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenamePortalPasskey($id: ID!, $name: String!) {\n    renamePortalPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenamePortalPasskey($id: ID!, $name: String!) {\n    renamePortalPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPortalPasskeySignIn {\n    startPortalPasskeySignIn\n  }\n"): (typeof documents)["\n  mutation StartPortalPasskeySignIn {\n    startPortalPasskeySignIn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignInWithPasskey($response: String!) {\n    portalSignInWithPasskey(response: $response) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSignInWithPasskey($response: String!) {\n    portalSignInWithPasskey(response: $response) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalProfileFields on PortalProfile {\n    name\n    email\n    phone\n    phoneDisplay\n    address\n    isContact\n    onboardingPending\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n  }\n"): (typeof documents)["\n  fragment PortalProfileFields on PortalProfile {\n    name\n    email\n    phone\n    phoneDisplay\n    address\n    isContact\n    onboardingPending\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalProfile {\n    portalProfile {\n      ...PortalProfileFields\n    }\n  }\n"): (typeof documents)["\n  query PortalProfile {\n    portalProfile {\n      ...PortalProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePortalProfile($input: PortalProfileInput!) {\n    updatePortalProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePortalProfile($input: PortalProfileInput!) {\n    updatePortalProfile(input: $input) {\n      ...PortalProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalServiceRequests {\n    portalServiceRequests {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  query PortalServiceRequests {\n    portalServiceRequests {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    carName\n    notes\n    preferredDate\n    createdAt\n    requestedByName\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    carName\n    notes\n    preferredDate\n    createdAt\n    requestedByName\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestService($input: ServiceRequestInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestService($input: ServiceRequestInput!) {\n    requestService(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalCalendarFeed {\n    portalCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n"): (typeof documents)["\n  query PortalCalendarFeed {\n    portalCalendarFeed {\n      createdAt\n      lastFetchedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePortalCalendarLink {\n    createPortalCalendarLink {\n      url\n      webcalUrl\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePortalCalendarLink {\n    createPortalCalendarLink {\n      url\n      webcalUrl\n      feed {\n        createdAt\n        lastFetchedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TurnOffPortalCalendarFeed {\n    turnOffPortalCalendarFeed\n  }\n"): (typeof documents)["\n  mutation TurnOffPortalCalendarFeed {\n    turnOffPortalCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    carName\n    customerName\n    myRsvp\n    myGuests\n    goingCount\n  }\n"): (typeof documents)["\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    carName\n    customerName\n    myRsvp\n    myGuests\n    goingCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSchedule {\n    portalSchedule {\n      upcoming {\n        ...ScheduledEventFields\n      }\n      past {\n        ...ScheduledEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalSchedule {\n    portalSchedule {\n      upcoming {\n        ...ScheduledEventFields\n      }\n      past {\n        ...ScheduledEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Rsvp($eventId: ID!, $response: RsvpResponse!, $guests: Int!) {\n    rsvp(eventId: $eventId, response: $response, guests: $guests) {\n      id\n      myRsvp\n      myGuests\n      goingCount\n    }\n  }\n"): (typeof documents)["\n  mutation Rsvp($eventId: ID!, $response: RsvpResponse!, $guests: Int!) {\n    rsvp(eventId: $eventId, response: $response, guests: $guests) {\n      id\n      myRsvp\n      myGuests\n      goingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    preview\n    facility {\n      name\n      slug\n      brandColor\n      logoUrl\n      timeZone\n      sections\n      allowEstimateLineChoice\n      onboarding {\n        signContracts\n        addPaymentMethod\n        completeProfile\n      }\n    }\n    account {\n      customerName\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n"): (typeof documents)["\n  fragment PortalViewerFields on PortalViewer {\n    name\n    email\n    isContact\n    preview\n    facility {\n      name\n      slug\n      brandColor\n      logoUrl\n      timeZone\n      sections\n      allowEstimateLineChoice\n      onboarding {\n        signContracts\n        addPaymentMethod\n        completeProfile\n      }\n    }\n    account {\n      customerName\n    }\n    accounts {\n      customerId\n      customerName\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  query PortalViewer {\n    portalViewer {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n"): (typeof documents)["\n  mutation PortalSignOut {\n    portalSignOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemSignInLink($token: String!, $password: String) {\n    redeemSignInLink(token: $token, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        slug\n        brandColor\n        logoUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInLink($token: String!) {\n    signInLink(token: $token) {\n      state\n      purpose\n      firstName\n      choosePassword\n      facility {\n        name\n        slug\n        brandColor\n        logoUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBrand($facility: String!) {\n    portalBrand(facility: $facility) {\n      name\n      brandColor\n      logoUrl\n      textSignIn\n    }\n  }\n"): (typeof documents)["\n  query PortalBrand($facility: String!) {\n    portalBrand(facility: $facility) {\n      name\n      brandColor\n      logoUrl\n      textSignIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalDemoSignIn {\n    portalDemoSignIn {\n      email\n      mailboxPath\n    }\n  }\n"): (typeof documents)["\n  query PortalDemoSignIn {\n    portalDemoSignIn {\n      email\n      mailboxPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInText($facility: String!, $phone: String!) {\n    requestSignInText(facility: $facility, phone: $phone) {\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInText($facility: String!, $phone: String!) {\n    requestSignInText(facility: $facility, phone: $phone) {\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithPassword($email: String!, $password: String!) {\n    signInWithPassword(email: $email, password: $password) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithTextCode($facility: String!, $phone: String!, $code: String!) {\n    signInWithTextCode(facility: $facility, phone: $phone, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithTextCode($facility: String!, $phone: String!, $code: String!) {\n    signInWithTextCode(facility: $facility, phone: $phone, code: $code) {\n      ...PortalViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTexts {\n    portalProfile {\n      texts {\n        ...MyTextSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTexts {\n    portalProfile {\n      texts {\n        ...MyTextSettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyTextSettings on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    optedOut\n    optedOutAt\n    canText\n  }\n"): (typeof documents)["\n  fragment MyTextSettings on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    optedOut\n    optedOutAt\n    canText\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyTextSettings($input: MyTextSettingsInput!) {\n    updateMyTextSettings(input: $input) {\n      ...MyTextSettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyTextSettings($input: MyTextSettingsInput!) {\n    updateMyTextSettings(input: $input) {\n      ...MyTextSettings\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;