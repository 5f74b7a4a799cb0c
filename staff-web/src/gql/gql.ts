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
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeMyPasswordDocument,
    "\n  mutation UpdateMyName($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateMyNameDocument,
    "\n  query CustomerSignIns($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      signIns(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          name\n          device\n          method\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.CustomerSignInsDocument,
    "\n  mutation EndOtherStaffSessions {\n    endOtherStaffSessions\n  }\n": typeof types.EndOtherStaffSessionsDocument,
    "\n  mutation EndStaffSession($sessionId: String!) {\n    endStaffSession(sessionId: $sessionId)\n  }\n": typeof types.EndStaffSessionDocument,
    "\n  query StaffSessions {\n    staffSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n": typeof types.StaffSessionsDocument,
    "\n  query AdoptionFunnel {\n    adoptionFunnel {\n      totals {\n        people\n        reachable\n        invited\n        delivered\n        opened\n        signedIn\n        active\n      }\n      weeks {\n        weekStart\n        invited\n        delivered\n        opened\n        signedIn\n      }\n    }\n  }\n": typeof types.AdoptionFunnelDocument,
    "\n  query AwaitingSignIn($olderThanDays: Int!, $first: Int!, $after: String) {\n    awaitingSignIn(olderThanDays: $olderThanDays, first: $first, after: $after) {\n      totalCount\n      totalIsCapped\n      nodes {\n        invitationId\n        customerId\n        contactId\n        name\n        customerName\n        email\n        invitedAt\n        deliveryState\n        linkOpenedAt\n        lastReminderAt\n        remindersStoppedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AwaitingSignInDocument,
    "\n  mutation RemindWaitingInvites($olderThanDays: Int!) {\n    remindWaitingInvites(olderThanDays: $olderThanDays) {\n      reminded\n      skipped\n      skips {\n        skip\n        count\n      }\n      more\n    }\n  }\n": typeof types.RemindWaitingInvitesDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    scope\n    hint\n    createdAt\n    createdByName\n    lastUsedAt\n    lastUsedFrom\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment AuditLineFields on AuditEvent {\n    id\n    at\n    action\n    actorKind\n    actorName\n    subject\n    customer {\n      id\n      name\n    }\n    details {\n      key\n      value\n    }\n  }\n": typeof types.AuditLineFieldsFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $staffUserId: ID, $action: AuditAction) {\n    auditLog(first: $first, after: $after, staffUserId: $staffUserId, action: $action) {\n      nodes {\n        ...AuditLineFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditPeople {\n    auditPeople {\n      id\n      name\n    }\n  }\n": typeof types.AuditPeopleDocument,
    "\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        nodes {\n          ...AuditLineFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.CustomerActivityDocument,
    "\n  mutation AcceptStaffInvite($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": typeof types.AcceptStaffInviteDocument,
    "\n  mutation ConfirmFacilitySignUp($token: String!) {\n    confirmFacilitySignUp(token: $token) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": typeof types.ConfirmFacilitySignUpDocument,
    "\n  query DemoCredentials {\n    demoCredentials {\n      email\n      password\n    }\n  }\n": typeof types.DemoCredentialsDocument,
    "\n  query FacilitySignUpLink($token: String!) {\n    facilitySignUpLink(token: $token) {\n      state\n      facilityName\n      adminEmail\n    }\n  }\n": typeof types.FacilitySignUpLinkDocument,
    "\n  mutation RequestStaffPasswordReset($email: String!) {\n    requestStaffPasswordReset(email: $email)\n  }\n": typeof types.RequestStaffPasswordResetDocument,
    "\n  mutation ResetStaffPassword($token: String!, $password: String!) {\n    resetStaffPassword(token: $token, password: $password)\n  }\n": typeof types.ResetStaffPasswordDocument,
    "\n  query SignUpCountries {\n    signUpCountries {\n      code\n      name\n      callingCode\n    }\n  }\n": typeof types.SignUpCountriesDocument,
    "\n  mutation SignUpFacility($input: SignUpFacilityInput!) {\n    signUpFacility(input: $input)\n  }\n": typeof types.SignUpFacilityDocument,
    "\n  query SignUpOpen {\n    signUpOpen\n  }\n": typeof types.SignUpOpenDocument,
    "\n  query StaffLink($token: String!) {\n    staffLink(token: $token) {\n      state\n      purpose\n      name\n      email\n      facilityName\n    }\n  }\n": typeof types.StaffLinkDocument,
    "\n  mutation StaffSignIn($email: String!, $password: String!) {\n    staffSignIn(email: $email, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": typeof types.StaffSignInDocument,
    "\n  mutation StaffSignOut {\n    staffSignOut\n  }\n": typeof types.StaffSignOutDocument,
    "\n  query StaffViewer {\n    staffViewer {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": typeof types.StaffViewerDocument,
    "\n  query BulkInviteProgress($id: ID!) {\n    bulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n": typeof types.BulkInviteProgressDocument,
    "\n  query BulkInviteReportCsv($id: ID!) {\n    bulkInviteReportCsv(id: $id)\n  }\n": typeof types.BulkInviteReportCsvDocument,
    "\n  query BulkInviteRows($id: ID!, $invite: Boolean, $first: Int!, $after: ID) {\n    bulkInvite(id: $id) {\n      id\n      rows(invite: $invite, first: $first, after: $after) {\n        ...BulkInviteRowFields\n      }\n    }\n  }\n": typeof types.BulkInviteRowsDocument,
    "\n  fragment BulkInviteSummary on BulkInvite {\n    id\n    status\n    fileName\n    total\n    toInvite\n    toText\n    processed\n    sent\n    skipped\n    planCounts {\n      plan\n      label\n      count\n    }\n  }\n": typeof types.BulkInviteSummaryFragmentDoc,
    "\n  fragment BulkInviteRowFields on BulkInviteRow {\n    id\n    line\n    customerId\n    name\n    email\n    phone\n    plan\n    planLabel\n    result\n    detail\n  }\n": typeof types.BulkInviteRowFieldsFragmentDoc,
    "\n  mutation PreviewBulkInviteCsv($csv: String!, $fileName: String) {\n    previewBulkInviteCsv(csv: $csv, fileName: $fileName) {\n      ...BulkInviteSummary\n    }\n  }\n": typeof types.PreviewBulkInviteCsvDocument,
    "\n  mutation PreviewBulkInvite($customerIds: [ID!]!) {\n    previewBulkInvite(customerIds: $customerIds) {\n      ...BulkInviteSummary\n    }\n  }\n": typeof types.PreviewBulkInviteDocument,
    "\n  query RecentBulkInvites {\n    recentBulkInvites(limit: 10) {\n      id\n      status\n      fileName\n      total\n      toInvite\n      processed\n      sent\n      skipped\n      createdAt\n      finishedAt\n      createdByName\n    }\n  }\n": typeof types.RecentBulkInvitesDocument,
    "\n  mutation StartBulkInvite($id: ID!) {\n    startBulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n": typeof types.StartBulkInviteDocument,
    "\n  query CustomerReminders($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      remindersSent(first: $first) {\n        id\n        day\n        at\n        name\n        toEmail\n        toPhone\n        toPhoneDisplay\n        items {\n          kind\n          itemId\n          stage\n        }\n      }\n    }\n  }\n": typeof types.CustomerRemindersDocument,
    "\n  mutation AddCarEvent($carId: ID!, $input: CarEventInput!) {\n    addCarEvent(carId: $carId, input: $input) {\n      ...CarHistoryFields\n    }\n  }\n": typeof types.AddCarEventDocument,
    "\n  mutation AddCar($customerId: ID!, $input: CarInput!) {\n    addCar(customerId: $customerId, input: $input) {\n      ...CarFields\n    }\n  }\n": typeof types.AddCarDocument,
    "\n  mutation AddConditionReport($carId: ID!, $input: ConditionReportInput!) {\n    addConditionReport(carId: $carId, input: $input) {\n      ...ConditionReportFields\n    }\n  }\n": typeof types.AddConditionReportDocument,
    "\n  query CarCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CarCustomerDocument,
    "\n  fragment CarPhotoFields on Photo {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n    caption\n  }\n": typeof types.CarPhotoFieldsFragmentDoc,
    "\n  fragment CarHistoryFields on CarEvent {\n    id\n    kind\n    notes\n    happenedAt\n    recordedBy\n  }\n": typeof types.CarHistoryFieldsFragmentDoc,
    "\n  fragment ConditionReportFields on ConditionReport {\n    id\n    inspectedOn\n    inspector\n    odometer\n    notes\n    photos {\n      ...CarPhotoFields\n    }\n  }\n": typeof types.ConditionReportFieldsFragmentDoc,
    "\n  query CarDetail($id: ID!) {\n    car(id: $id) {\n      ...CarFields\n      photos {\n        ...CarPhotoFields\n      }\n      history {\n        ...CarHistoryFields\n      }\n      conditionReports {\n        ...ConditionReportFields\n      }\n    }\n  }\n": typeof types.CarDetailDocument,
    "\n  fragment CarFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n": typeof types.CarFieldsFragmentDoc,
    "\n  mutation RemoveCarEvent($id: ID!) {\n    removeCarEvent(id: $id)\n  }\n": typeof types.RemoveCarEventDocument,
    "\n  mutation RemoveCarPhoto($id: ID!) {\n    removeCarPhoto(id: $id)\n  }\n": typeof types.RemoveCarPhotoDocument,
    "\n  mutation RemoveCar($id: ID!) {\n    removeCar(id: $id)\n  }\n": typeof types.RemoveCarDocument,
    "\n  mutation RemoveConditionReport($id: ID!) {\n    removeConditionReport(id: $id)\n  }\n": typeof types.RemoveConditionReportDocument,
    "\n  mutation UpdateCar($id: ID!, $input: CarInput!) {\n    updateCar(id: $id, input: $input) {\n      ...CarFields\n    }\n  }\n": typeof types.UpdateCarDocument,
    "\n  mutation AddContact($customerId: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    addContact(customerId: $customerId, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n": typeof types.AddContactDocument,
    "\n  fragment ContactFields on Contact {\n    ...ContactInviteTarget\n    phone\n    phoneDisplay\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n    lastInvitation {\n      ...InvitationFields\n    }\n    invitations {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n": typeof types.ContactFieldsFragmentDoc,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": typeof types.RemoveContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    updateContact(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  query CustomerImportTemplate {\n    customerImportTemplateCsv\n  }\n": typeof types.CustomerImportTemplateDocument,
    "\n  query CustomerImportReport($id: ID!) {\n    customerImportReportCsv(id: $id)\n  }\n": typeof types.CustomerImportReportDocument,
    "\n  query CustomerImportProgress($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n": typeof types.CustomerImportProgressDocument,
    "\n  fragment CustomerImportSummary on CustomerImport {\n    id\n    status\n    fileName\n    total\n    newCustomers\n    newCars\n    duplicates\n    errors\n    processed\n    customersCreated\n    carsCreated\n    skipped\n  }\n": typeof types.CustomerImportSummaryFragmentDoc,
    "\n  mutation PreviewCustomerImport($csv: String!, $fileName: String) {\n    previewCustomerImport(csv: $csv, fileName: $fileName) {\n      ...CustomerImportSummary\n      rows(first: 500) {\n        id\n        line\n        plan\n        planLabel\n        name\n        email\n        car\n        detail\n        result\n      }\n    }\n  }\n": typeof types.PreviewCustomerImportDocument,
    "\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n": typeof types.RunCustomerImportDocument,
    "\n  mutation DeleteCustomer($id: ID!, $confirmName: String!) {\n    deleteCustomer(id: $id, confirmName: $confirmName)\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  mutation ArchiveCustomer($id: ID!) {\n    archiveCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n": typeof types.ArchiveCustomerDocument,
    "\n  query ArchivedCustomers($first: Int!, $after: String) {\n    customers(archived: true, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        phoneDisplay\n        archivedAt\n      }\n    }\n  }\n": typeof types.ArchivedCustomersDocument,
    "\n  mutation CreateCustomer($input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    createCustomer(input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  query CustomerDetail($id: ID!) {\n    facility {\n      id\n      stripeConnected\n    }\n    customer(id: $id) {\n      ...CustomerRow\n      address\n      notes\n      createdAt\n      archivedAt\n      paymentSetupConnected\n      stripeCustomerId\n      savedCard {\n        brand\n        last4\n      }\n      cars {\n        ...CarFields\n      }\n      invoices {\n        ...InvoiceFields\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query Customers($search: String, $portalStates: [PortalState!], $first: Int!, $after: String) {\n    customers(search: $search, portalStates: $portalStates, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    email\n    phone\n    phoneDisplay\n    carCount\n    lastInvitedAt\n    ...InviteTarget\n  }\n": typeof types.CustomerRowFragmentDoc,
    "\n  mutation LinkStripeCustomer($customerId: ID!, $stripeCustomerId: String) {\n    linkStripeCustomer(customerId: $customerId, stripeCustomerId: $stripeCustomerId) {\n      id\n      paymentSetupConnected\n      stripeCustomerId\n    }\n  }\n": typeof types.LinkStripeCustomerDocument,
    "\n  mutation RestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n": typeof types.RestoreCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    updateCustomer(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n      address\n      notes\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  query CustomerDocuments($id: ID!) {\n    customer(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.CustomerDocumentsDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    contentType\n    size\n    url\n    sharedWithCustomer\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      ip\n      userAgent\n      documentSha256\n    }\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n": typeof types.RemoveDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: DocumentUpdateInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  mutation ConvertEstimateToInvoice($id: ID!) {\n    convertEstimateToInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.ConvertEstimateToInvoiceDocument,
    "\n  mutation CreateEstimate($customerId: ID!, $input: EstimateInput!) {\n    createEstimate(customerId: $customerId, input: $input) {\n      ...EstimateFields\n    }\n  }\n": typeof types.CreateEstimateDocument,
    "\n  query CustomerEstimates($id: ID!) {\n    customer(id: $id) {\n      id\n      estimates {\n        ...EstimateFields\n      }\n      invoices {\n        id\n        number\n      }\n    }\n  }\n": typeof types.CustomerEstimatesDocument,
    "\n  fragment EstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    invoiceId\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n": typeof types.EstimateFieldsFragmentDoc,
    "\n  mutation SendEstimate($id: ID!) {\n    sendEstimate(id: $id) {\n      ...EstimateFields\n    }\n  }\n": typeof types.SendEstimateDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n": typeof types.CancelEventDocument,
    "\n  query CustomerCars($id: ID!) {\n    customer(id: $id) {\n      id\n      cars {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CustomerCarsDocument,
    "\n  query CustomerEvents($id: ID!) {\n    customer(id: $id) {\n      id\n      events {\n        ...ScheduledEventFields\n      }\n    }\n  }\n": typeof types.CustomerEventsDocument,
    "\n  query CustomerPicker($search: String, $first: Int!) {\n    customers(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.CustomerPickerDocument,
    "\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    customerId\n    customerName\n    carId\n    carName\n    goingCount\n    goingGuests\n  }\n": typeof types.ScheduledEventFieldsFragmentDoc,
    "\n  mutation ScheduleEvent($input: EventInput!) {\n    scheduleEvent(input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n": typeof types.ScheduleEventDocument,
    "\n  query Schedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    schedule(from: $from, to: $to) {\n      ...ScheduledEventFields\n    }\n  }\n": typeof types.ScheduleDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation DismissGettingStarted {\n    dismissGettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n": typeof types.DismissGettingStartedDocument,
    "\n  query GettingStarted {\n    gettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n": typeof types.GettingStartedDocument,
    "\n  query ContactInvitePreview($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      cars {\n        id\n        displayName\n      }\n      contacts {\n        ...ContactInviteTarget\n        texts {\n          sendsEmail\n          sendsText\n          channelSummary\n        }\n        lastInvitation {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": typeof types.ContactInvitePreviewDocument,
    "\n  fragment PortalStatusFields on PortalStatus {\n    state\n    reason\n    action\n    resendAvailableAt\n    changesAt\n  }\n": typeof types.PortalStatusFieldsFragmentDoc,
    "\n  fragment InviteTarget on Customer {\n    id\n    name\n    email\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n": typeof types.InviteTargetFragmentDoc,
    "\n  fragment ContactInviteTarget on Contact {\n    id\n    name\n    email\n    role\n    canAccessPortal\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n": typeof types.ContactInviteTargetFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    createdAt\n    email\n    phone\n    phoneDisplay\n    deliveredVia\n    invitedByName\n    state\n    voidReason\n    expiresAt\n    acceptedAt\n    linkOpenedAt\n    deliveryState\n    deliveryDetail\n    deliveryUpdatedAt\n    deliveredVia\n    inPersonLinkExpiresAt\n    reminderCount\n    lastReminderAt\n    remindersStoppedAt\n    remindersStoppedByName\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  fragment InvitationTimeline on Invitation {\n    id\n    timeline {\n      kind\n      at\n      detail\n    }\n  }\n": typeof types.InvitationTimelineFragmentDoc,
    "\n  mutation InviteContactInPerson($contactId: ID!, $via: InPersonDelivery!) {\n    inviteContactInPerson(contactId: $contactId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n": typeof types.InviteContactInPersonDocument,
    "\n  mutation InviteInPerson($customerId: ID!, $via: InPersonDelivery!) {\n    inviteInPerson(customerId: $customerId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n": typeof types.InviteInPersonDocument,
    "\n  query InvitePreview($id: ID!) {\n    customer(id: $id) {\n      ...InviteTarget\n      paymentSetupConnected\n      texts {\n        sendsEmail\n        sendsText\n        channelSummary\n      }\n      cars {\n        id\n        displayName\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InvitePreviewDocument,
    "\n  mutation SendContactInvite($contactId: ID!) {\n    sendContactInvite(contactId: $contactId) {\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n": typeof types.SendContactInviteDocument,
    "\n  mutation SendInvite($customerId: ID!) {\n    sendInvite(customerId: $customerId) {\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n": typeof types.SendInviteDocument,
    "\n  mutation StopInviteReminders($invitationId: ID!) {\n    stopInviteReminders(invitationId: $invitationId) {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n": typeof types.StopInviteRemindersDocument,
    "\n  mutation CreateInvoice($customerId: ID!, $input: InvoiceInput!) {\n    createInvoice(customerId: $customerId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.CreateInvoiceDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  fragment InvoiceDetailFields on Invoice {\n    ...InvoiceFields\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n    }\n    payments {\n      id\n      amountCents\n      method\n      reference\n      receivedOn\n    }\n  }\n": typeof types.InvoiceDetailFieldsFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation UpdateDraftInvoice($id: ID!, $input: InvoiceInput!) {\n    updateDraftInvoice(id: $id, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.UpdateDraftInvoiceDocument,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  query Conversation($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      name\n      email\n    }\n    conversation(customerId: $customerId, first: 50, after: $after) {\n      nodes {\n        ...MessageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  fragment MessageFields on Message {\n    id\n    authorName\n    body\n    createdAt\n    fromTeam\n    mine\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment MessageThreadFields on MessageThread {\n    customerId\n    customerName\n    lastMessage\n    lastAuthor\n    lastAt\n    unread\n  }\n": typeof types.MessageThreadFieldsFragmentDoc,
    "\n  query Inbox($after: String) {\n    inbox(first: 30, after: $after) {\n      nodes {\n        ...MessageThreadFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkConversationRead($customerId: ID!) {\n    markConversationRead(customerId: $customerId)\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation SendMessage($customerId: ID!, $body: String!) {\n    sendMessage(customerId: $customerId, body: $body) {\n      ...MessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": typeof types.UnreadMessageCountDocument,
    "\n  mutation StartStaffPasskeyRegistration {\n    startStaffPasskeyRegistration\n  }\n": typeof types.StartStaffPasskeyRegistrationDocument,
    "\n  mutation FinishStaffPasskeyRegistration($response: String!, $name: String) {\n    finishStaffPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.FinishStaffPasskeyRegistrationDocument,
    "\n  mutation RemoveStaffPasskey($id: ID!) {\n    removeStaffPasskey(id: $id)\n  }\n": typeof types.RemoveStaffPasskeyDocument,
    "\n  mutation RenameStaffPasskey($id: ID!, $name: String!) {\n    renameStaffPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameStaffPasskeyDocument,
    "\n  query StaffPasskeys {\n    staffPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n": typeof types.StaffPasskeysDocument,
    "\n  mutation StartStaffPasskeySignIn {\n    startStaffPasskeySignIn\n  }\n": typeof types.StartStaffPasskeySignInDocument,
    "\n  mutation StaffSignInWithPasskey($response: String!) {\n    staffSignInWithPasskey(response: $response) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": typeof types.StaffSignInWithPasskeyDocument,
    "\n  mutation PreviewPortalAs($customerId: ID!, $contactId: ID) {\n    previewPortalAs(customerId: $customerId, contactId: $contactId)\n  }\n": typeof types.PreviewPortalAsDocument,
    "\n  query CustomerServiceRequests($id: ID!) {\n    customer(id: $id) {\n      id\n      serviceRequests {\n        ...ServiceRequestFields\n      }\n    }\n  }\n": typeof types.CustomerServiceRequestsDocument,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    customerId\n    customerName\n    carName\n    preferredDate\n    notes\n    requestedByName\n    createdAt\n    updatedAt\n  }\n": typeof types.ServiceRequestFieldsFragmentDoc,
    "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    ...ServiceRequestFields\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n": typeof types.ServiceRequestDetailFieldsFragmentDoc,
    "\n  query NewServiceRequestCount {\n    newServiceRequestCount\n  }\n": typeof types.NewServiceRequestCountDocument,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.ServiceRequestDocument,
    "\n  query ServiceRequests($statuses: [ServiceRequestStatus!], $after: String) {\n    serviceRequests(statuses: $statuses, first: 50, after: $after) {\n      nodes {\n        ...ServiceRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ServiceRequestsDocument,
    "\n  mutation UpdateServiceRequest($id: ID!, $status: ServiceRequestStatus, $reply: String) {\n    updateServiceRequest(id: $id, status: $status, reply: $reply) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": typeof types.UpdateServiceRequestDocument,
    "\n  mutation RemoveLogo {\n    removeLogo {\n      id\n      logoUrl\n    }\n  }\n": typeof types.RemoveLogoDocument,
    "\n  query PhoneCountries {\n    phoneCountries {\n      code\n      name\n      callingCode\n    }\n  }\n": typeof types.PhoneCountriesDocument,
    "\n  fragment PortalSettingsFields on Facility {\n    id\n    name\n    signInMethod\n    inviteExpiryDays\n    resendCooldownHours\n    inviteRemindersEnabled\n    inviteReminderDays\n    welcomeMessage\n    sections\n    onboarding {\n      signContracts\n      addPaymentMethod\n      completeProfile\n    }\n    offlinePaymentInstructions\n    allowEstimateLineChoice\n    stripeConnected\n    stripeKeyHint\n    stripeTestMode\n    stripeWebhookUrl\n    brandColor\n    logoUrl\n    timeZone\n    country\n    careReminders {\n      contracts\n      contractsAfterDays\n      invoicesDue\n      invoicesDueDays\n      invoicesOverdue\n      estimates\n      estimatesAfterDays\n      events\n    }\n  }\n": typeof types.PortalSettingsFieldsFragmentDoc,
    "\n  query PortalSettings {\n    facility {\n      ...PortalSettingsFields\n    }\n    staffViewer {\n      id\n      role\n    }\n  }\n": typeof types.PortalSettingsDocument,
    "\n  mutation UpdateBranding($input: BrandingInput!) {\n    updateBranding(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": typeof types.UpdateBrandingDocument,
    "\n  mutation UpdateCareReminders($input: CareReminderSettingsInput!) {\n    updateCareReminders(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": typeof types.UpdateCareRemindersDocument,
    "\n  mutation UpdatePortalSettings($input: PortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": typeof types.UpdatePortalSettingsDocument,
    "\n  mutation UpdateStripeSettings($input: StripeSettingsInput!) {\n    updateStripeSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": typeof types.UpdateStripeSettingsDocument,
    "\n  mutation ChangeStaffRole($staffUserId: ID!, $role: StaffRole!) {\n    changeStaffRole(staffUserId: $staffUserId, role: $role) {\n      ...TeamMemberFields\n    }\n  }\n": typeof types.ChangeStaffRoleDocument,
    "\n  mutation DeactivateStaff($staffUserId: ID!) {\n    deactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n": typeof types.DeactivateStaffDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      ...TeamMemberFields\n    }\n  }\n": typeof types.InviteStaffDocument,
    "\n  mutation ReactivateStaff($staffUserId: ID!) {\n    reactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n": typeof types.ReactivateStaffDocument,
    "\n  mutation ResendStaffInvite($staffUserId: ID!) {\n    resendStaffInvite(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n": typeof types.ResendStaffInviteDocument,
    "\n  fragment TeamMemberFields on TeamMember {\n    id\n    name\n    email\n    role\n    status\n    lastActiveAt\n    invitedAt\n    inviteExpiresAt\n  }\n": typeof types.TeamMemberFieldsFragmentDoc,
    "\n  query Team {\n    team {\n      ...TeamMemberFields\n    }\n  }\n": typeof types.TeamDocument,
    "\n  fragment TextSettingsFields on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    consentSource\n    optedOut\n    optedOutAt\n    optedInAt\n    canText\n    sendsEmail\n    sendsText\n    channelSummary\n    recentTexts {\n      id\n      kind\n      toPhone\n      deliveryStatus\n      deliveryDetail\n      createdAt\n      deliveryUpdatedAt\n    }\n  }\n": typeof types.TextSettingsFieldsFragmentDoc,
    "\n  query CustomerTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      texts {\n        ...TextSettingsFields\n      }\n    }\n  }\n": typeof types.CustomerTextsDocument,
    "\n  query ContactsTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        texts {\n          ...TextSettingsFields\n        }\n      }\n    }\n  }\n": typeof types.ContactsTextsDocument,
    "\n  mutation SetTextSettings($input: TextSettingsInput!) {\n    setTextSettings(input: $input) {\n      ...TextSettingsFields\n    }\n  }\n": typeof types.SetTextSettingsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.ResendWebhookDeliveryDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n": typeof types.RotateWebhookEndpointSecretDocument,
    "\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": typeof types.SendTestWebhookEventDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    responseCode\n    lastError\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n  }\n": typeof types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoint($id: ID!, $first: Int!, $after: String) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      secret\n      deliveries(first: $first, after: $after) {\n        nodes {\n          ...WebhookDeliveryFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    failingSince\n    createdAt\n  }\n": typeof types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
};
const documents: Documents = {
    "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeMyPasswordDocument,
    "\n  mutation UpdateMyName($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n": types.UpdateMyNameDocument,
    "\n  query CustomerSignIns($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      signIns(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          name\n          device\n          method\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.CustomerSignInsDocument,
    "\n  mutation EndOtherStaffSessions {\n    endOtherStaffSessions\n  }\n": types.EndOtherStaffSessionsDocument,
    "\n  mutation EndStaffSession($sessionId: String!) {\n    endStaffSession(sessionId: $sessionId)\n  }\n": types.EndStaffSessionDocument,
    "\n  query StaffSessions {\n    staffSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n": types.StaffSessionsDocument,
    "\n  query AdoptionFunnel {\n    adoptionFunnel {\n      totals {\n        people\n        reachable\n        invited\n        delivered\n        opened\n        signedIn\n        active\n      }\n      weeks {\n        weekStart\n        invited\n        delivered\n        opened\n        signedIn\n      }\n    }\n  }\n": types.AdoptionFunnelDocument,
    "\n  query AwaitingSignIn($olderThanDays: Int!, $first: Int!, $after: String) {\n    awaitingSignIn(olderThanDays: $olderThanDays, first: $first, after: $after) {\n      totalCount\n      totalIsCapped\n      nodes {\n        invitationId\n        customerId\n        contactId\n        name\n        customerName\n        email\n        invitedAt\n        deliveryState\n        linkOpenedAt\n        lastReminderAt\n        remindersStoppedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AwaitingSignInDocument,
    "\n  mutation RemindWaitingInvites($olderThanDays: Int!) {\n    remindWaitingInvites(olderThanDays: $olderThanDays) {\n      reminded\n      skipped\n      skips {\n        skip\n        count\n      }\n      more\n    }\n  }\n": types.RemindWaitingInvitesDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    scope\n    hint\n    createdAt\n    createdByName\n    lastUsedAt\n    lastUsedFrom\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment AuditLineFields on AuditEvent {\n    id\n    at\n    action\n    actorKind\n    actorName\n    subject\n    customer {\n      id\n      name\n    }\n    details {\n      key\n      value\n    }\n  }\n": types.AuditLineFieldsFragmentDoc,
    "\n  query AuditLog($first: Int!, $after: String, $staffUserId: ID, $action: AuditAction) {\n    auditLog(first: $first, after: $after, staffUserId: $staffUserId, action: $action) {\n      nodes {\n        ...AuditLineFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditPeople {\n    auditPeople {\n      id\n      name\n    }\n  }\n": types.AuditPeopleDocument,
    "\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        nodes {\n          ...AuditLineFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.CustomerActivityDocument,
    "\n  mutation AcceptStaffInvite($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": types.AcceptStaffInviteDocument,
    "\n  mutation ConfirmFacilitySignUp($token: String!) {\n    confirmFacilitySignUp(token: $token) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": types.ConfirmFacilitySignUpDocument,
    "\n  query DemoCredentials {\n    demoCredentials {\n      email\n      password\n    }\n  }\n": types.DemoCredentialsDocument,
    "\n  query FacilitySignUpLink($token: String!) {\n    facilitySignUpLink(token: $token) {\n      state\n      facilityName\n      adminEmail\n    }\n  }\n": types.FacilitySignUpLinkDocument,
    "\n  mutation RequestStaffPasswordReset($email: String!) {\n    requestStaffPasswordReset(email: $email)\n  }\n": types.RequestStaffPasswordResetDocument,
    "\n  mutation ResetStaffPassword($token: String!, $password: String!) {\n    resetStaffPassword(token: $token, password: $password)\n  }\n": types.ResetStaffPasswordDocument,
    "\n  query SignUpCountries {\n    signUpCountries {\n      code\n      name\n      callingCode\n    }\n  }\n": types.SignUpCountriesDocument,
    "\n  mutation SignUpFacility($input: SignUpFacilityInput!) {\n    signUpFacility(input: $input)\n  }\n": types.SignUpFacilityDocument,
    "\n  query SignUpOpen {\n    signUpOpen\n  }\n": types.SignUpOpenDocument,
    "\n  query StaffLink($token: String!) {\n    staffLink(token: $token) {\n      state\n      purpose\n      name\n      email\n      facilityName\n    }\n  }\n": types.StaffLinkDocument,
    "\n  mutation StaffSignIn($email: String!, $password: String!) {\n    staffSignIn(email: $email, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": types.StaffSignInDocument,
    "\n  mutation StaffSignOut {\n    staffSignOut\n  }\n": types.StaffSignOutDocument,
    "\n  query StaffViewer {\n    staffViewer {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": types.StaffViewerDocument,
    "\n  query BulkInviteProgress($id: ID!) {\n    bulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n": types.BulkInviteProgressDocument,
    "\n  query BulkInviteReportCsv($id: ID!) {\n    bulkInviteReportCsv(id: $id)\n  }\n": types.BulkInviteReportCsvDocument,
    "\n  query BulkInviteRows($id: ID!, $invite: Boolean, $first: Int!, $after: ID) {\n    bulkInvite(id: $id) {\n      id\n      rows(invite: $invite, first: $first, after: $after) {\n        ...BulkInviteRowFields\n      }\n    }\n  }\n": types.BulkInviteRowsDocument,
    "\n  fragment BulkInviteSummary on BulkInvite {\n    id\n    status\n    fileName\n    total\n    toInvite\n    toText\n    processed\n    sent\n    skipped\n    planCounts {\n      plan\n      label\n      count\n    }\n  }\n": types.BulkInviteSummaryFragmentDoc,
    "\n  fragment BulkInviteRowFields on BulkInviteRow {\n    id\n    line\n    customerId\n    name\n    email\n    phone\n    plan\n    planLabel\n    result\n    detail\n  }\n": types.BulkInviteRowFieldsFragmentDoc,
    "\n  mutation PreviewBulkInviteCsv($csv: String!, $fileName: String) {\n    previewBulkInviteCsv(csv: $csv, fileName: $fileName) {\n      ...BulkInviteSummary\n    }\n  }\n": types.PreviewBulkInviteCsvDocument,
    "\n  mutation PreviewBulkInvite($customerIds: [ID!]!) {\n    previewBulkInvite(customerIds: $customerIds) {\n      ...BulkInviteSummary\n    }\n  }\n": types.PreviewBulkInviteDocument,
    "\n  query RecentBulkInvites {\n    recentBulkInvites(limit: 10) {\n      id\n      status\n      fileName\n      total\n      toInvite\n      processed\n      sent\n      skipped\n      createdAt\n      finishedAt\n      createdByName\n    }\n  }\n": types.RecentBulkInvitesDocument,
    "\n  mutation StartBulkInvite($id: ID!) {\n    startBulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n": types.StartBulkInviteDocument,
    "\n  query CustomerReminders($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      remindersSent(first: $first) {\n        id\n        day\n        at\n        name\n        toEmail\n        toPhone\n        toPhoneDisplay\n        items {\n          kind\n          itemId\n          stage\n        }\n      }\n    }\n  }\n": types.CustomerRemindersDocument,
    "\n  mutation AddCarEvent($carId: ID!, $input: CarEventInput!) {\n    addCarEvent(carId: $carId, input: $input) {\n      ...CarHistoryFields\n    }\n  }\n": types.AddCarEventDocument,
    "\n  mutation AddCar($customerId: ID!, $input: CarInput!) {\n    addCar(customerId: $customerId, input: $input) {\n      ...CarFields\n    }\n  }\n": types.AddCarDocument,
    "\n  mutation AddConditionReport($carId: ID!, $input: ConditionReportInput!) {\n    addConditionReport(carId: $carId, input: $input) {\n      ...ConditionReportFields\n    }\n  }\n": types.AddConditionReportDocument,
    "\n  query CarCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n": types.CarCustomerDocument,
    "\n  fragment CarPhotoFields on Photo {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n    caption\n  }\n": types.CarPhotoFieldsFragmentDoc,
    "\n  fragment CarHistoryFields on CarEvent {\n    id\n    kind\n    notes\n    happenedAt\n    recordedBy\n  }\n": types.CarHistoryFieldsFragmentDoc,
    "\n  fragment ConditionReportFields on ConditionReport {\n    id\n    inspectedOn\n    inspector\n    odometer\n    notes\n    photos {\n      ...CarPhotoFields\n    }\n  }\n": types.ConditionReportFieldsFragmentDoc,
    "\n  query CarDetail($id: ID!) {\n    car(id: $id) {\n      ...CarFields\n      photos {\n        ...CarPhotoFields\n      }\n      history {\n        ...CarHistoryFields\n      }\n      conditionReports {\n        ...ConditionReportFields\n      }\n    }\n  }\n": types.CarDetailDocument,
    "\n  fragment CarFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n": types.CarFieldsFragmentDoc,
    "\n  mutation RemoveCarEvent($id: ID!) {\n    removeCarEvent(id: $id)\n  }\n": types.RemoveCarEventDocument,
    "\n  mutation RemoveCarPhoto($id: ID!) {\n    removeCarPhoto(id: $id)\n  }\n": types.RemoveCarPhotoDocument,
    "\n  mutation RemoveCar($id: ID!) {\n    removeCar(id: $id)\n  }\n": types.RemoveCarDocument,
    "\n  mutation RemoveConditionReport($id: ID!) {\n    removeConditionReport(id: $id)\n  }\n": types.RemoveConditionReportDocument,
    "\n  mutation UpdateCar($id: ID!, $input: CarInput!) {\n    updateCar(id: $id, input: $input) {\n      ...CarFields\n    }\n  }\n": types.UpdateCarDocument,
    "\n  mutation AddContact($customerId: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    addContact(customerId: $customerId, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n": types.AddContactDocument,
    "\n  fragment ContactFields on Contact {\n    ...ContactInviteTarget\n    phone\n    phoneDisplay\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n    lastInvitation {\n      ...InvitationFields\n    }\n    invitations {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n": types.ContactFieldsFragmentDoc,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n": types.RemoveContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    updateContact(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n": types.UpdateContactDocument,
    "\n  query CustomerImportTemplate {\n    customerImportTemplateCsv\n  }\n": types.CustomerImportTemplateDocument,
    "\n  query CustomerImportReport($id: ID!) {\n    customerImportReportCsv(id: $id)\n  }\n": types.CustomerImportReportDocument,
    "\n  query CustomerImportProgress($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n": types.CustomerImportProgressDocument,
    "\n  fragment CustomerImportSummary on CustomerImport {\n    id\n    status\n    fileName\n    total\n    newCustomers\n    newCars\n    duplicates\n    errors\n    processed\n    customersCreated\n    carsCreated\n    skipped\n  }\n": types.CustomerImportSummaryFragmentDoc,
    "\n  mutation PreviewCustomerImport($csv: String!, $fileName: String) {\n    previewCustomerImport(csv: $csv, fileName: $fileName) {\n      ...CustomerImportSummary\n      rows(first: 500) {\n        id\n        line\n        plan\n        planLabel\n        name\n        email\n        car\n        detail\n        result\n      }\n    }\n  }\n": types.PreviewCustomerImportDocument,
    "\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n": types.RunCustomerImportDocument,
    "\n  mutation DeleteCustomer($id: ID!, $confirmName: String!) {\n    deleteCustomer(id: $id, confirmName: $confirmName)\n  }\n": types.DeleteCustomerDocument,
    "\n  mutation ArchiveCustomer($id: ID!) {\n    archiveCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n": types.ArchiveCustomerDocument,
    "\n  query ArchivedCustomers($first: Int!, $after: String) {\n    customers(archived: true, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        phoneDisplay\n        archivedAt\n      }\n    }\n  }\n": types.ArchivedCustomersDocument,
    "\n  mutation CreateCustomer($input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    createCustomer(input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  query CustomerDetail($id: ID!) {\n    facility {\n      id\n      stripeConnected\n    }\n    customer(id: $id) {\n      ...CustomerRow\n      address\n      notes\n      createdAt\n      archivedAt\n      paymentSetupConnected\n      stripeCustomerId\n      savedCard {\n        brand\n        last4\n      }\n      cars {\n        ...CarFields\n      }\n      invoices {\n        ...InvoiceFields\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query Customers($search: String, $portalStates: [PortalState!], $first: Int!, $after: String) {\n    customers(search: $search, portalStates: $portalStates, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  fragment CustomerRow on Customer {\n    id\n    name\n    email\n    phone\n    phoneDisplay\n    carCount\n    lastInvitedAt\n    ...InviteTarget\n  }\n": types.CustomerRowFragmentDoc,
    "\n  mutation LinkStripeCustomer($customerId: ID!, $stripeCustomerId: String) {\n    linkStripeCustomer(customerId: $customerId, stripeCustomerId: $stripeCustomerId) {\n      id\n      paymentSetupConnected\n      stripeCustomerId\n    }\n  }\n": types.LinkStripeCustomerDocument,
    "\n  mutation RestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n": types.RestoreCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    updateCustomer(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n      address\n      notes\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  query CustomerDocuments($id: ID!) {\n    customer(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": types.CustomerDocumentsDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    contentType\n    size\n    url\n    sharedWithCustomer\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      ip\n      userAgent\n      documentSha256\n    }\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n": types.RemoveDocumentDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: DocumentUpdateInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  mutation ConvertEstimateToInvoice($id: ID!) {\n    convertEstimateToInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": types.ConvertEstimateToInvoiceDocument,
    "\n  mutation CreateEstimate($customerId: ID!, $input: EstimateInput!) {\n    createEstimate(customerId: $customerId, input: $input) {\n      ...EstimateFields\n    }\n  }\n": types.CreateEstimateDocument,
    "\n  query CustomerEstimates($id: ID!) {\n    customer(id: $id) {\n      id\n      estimates {\n        ...EstimateFields\n      }\n      invoices {\n        id\n        number\n      }\n    }\n  }\n": types.CustomerEstimatesDocument,
    "\n  fragment EstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    invoiceId\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n": types.EstimateFieldsFragmentDoc,
    "\n  mutation SendEstimate($id: ID!) {\n    sendEstimate(id: $id) {\n      ...EstimateFields\n    }\n  }\n": types.SendEstimateDocument,
    "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n": types.CancelEventDocument,
    "\n  query CustomerCars($id: ID!) {\n    customer(id: $id) {\n      id\n      cars {\n        id\n        displayName\n      }\n    }\n  }\n": types.CustomerCarsDocument,
    "\n  query CustomerEvents($id: ID!) {\n    customer(id: $id) {\n      id\n      events {\n        ...ScheduledEventFields\n      }\n    }\n  }\n": types.CustomerEventsDocument,
    "\n  query CustomerPicker($search: String, $first: Int!) {\n    customers(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.CustomerPickerDocument,
    "\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    customerId\n    customerName\n    carId\n    carName\n    goingCount\n    goingGuests\n  }\n": types.ScheduledEventFieldsFragmentDoc,
    "\n  mutation ScheduleEvent($input: EventInput!) {\n    scheduleEvent(input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n": types.ScheduleEventDocument,
    "\n  query Schedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    schedule(from: $from, to: $to) {\n      ...ScheduledEventFields\n    }\n  }\n": types.ScheduleDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation DismissGettingStarted {\n    dismissGettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n": types.DismissGettingStartedDocument,
    "\n  query GettingStarted {\n    gettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n": types.GettingStartedDocument,
    "\n  query ContactInvitePreview($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      cars {\n        id\n        displayName\n      }\n      contacts {\n        ...ContactInviteTarget\n        texts {\n          sendsEmail\n          sendsText\n          channelSummary\n        }\n        lastInvitation {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n": types.ContactInvitePreviewDocument,
    "\n  fragment PortalStatusFields on PortalStatus {\n    state\n    reason\n    action\n    resendAvailableAt\n    changesAt\n  }\n": types.PortalStatusFieldsFragmentDoc,
    "\n  fragment InviteTarget on Customer {\n    id\n    name\n    email\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n": types.InviteTargetFragmentDoc,
    "\n  fragment ContactInviteTarget on Contact {\n    id\n    name\n    email\n    role\n    canAccessPortal\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n": types.ContactInviteTargetFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    createdAt\n    email\n    phone\n    phoneDisplay\n    deliveredVia\n    invitedByName\n    state\n    voidReason\n    expiresAt\n    acceptedAt\n    linkOpenedAt\n    deliveryState\n    deliveryDetail\n    deliveryUpdatedAt\n    deliveredVia\n    inPersonLinkExpiresAt\n    reminderCount\n    lastReminderAt\n    remindersStoppedAt\n    remindersStoppedByName\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  fragment InvitationTimeline on Invitation {\n    id\n    timeline {\n      kind\n      at\n      detail\n    }\n  }\n": types.InvitationTimelineFragmentDoc,
    "\n  mutation InviteContactInPerson($contactId: ID!, $via: InPersonDelivery!) {\n    inviteContactInPerson(contactId: $contactId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n": types.InviteContactInPersonDocument,
    "\n  mutation InviteInPerson($customerId: ID!, $via: InPersonDelivery!) {\n    inviteInPerson(customerId: $customerId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n": types.InviteInPersonDocument,
    "\n  query InvitePreview($id: ID!) {\n    customer(id: $id) {\n      ...InviteTarget\n      paymentSetupConnected\n      texts {\n        sendsEmail\n        sendsText\n        channelSummary\n      }\n      cars {\n        id\n        displayName\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InvitePreviewDocument,
    "\n  mutation SendContactInvite($contactId: ID!) {\n    sendContactInvite(contactId: $contactId) {\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n": types.SendContactInviteDocument,
    "\n  mutation SendInvite($customerId: ID!) {\n    sendInvite(customerId: $customerId) {\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n": types.SendInviteDocument,
    "\n  mutation StopInviteReminders($invitationId: ID!) {\n    stopInviteReminders(invitationId: $invitationId) {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n": types.StopInviteRemindersDocument,
    "\n  mutation CreateInvoice($customerId: ID!, $input: InvoiceInput!) {\n    createInvoice(customerId: $customerId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.CreateInvoiceDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  fragment InvoiceDetailFields on Invoice {\n    ...InvoiceFields\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n    }\n    payments {\n      id\n      amountCents\n      method\n      reference\n      receivedOn\n    }\n  }\n": types.InvoiceDetailFieldsFragmentDoc,
    "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation UpdateDraftInvoice($id: ID!, $input: InvoiceInput!) {\n    updateDraftInvoice(id: $id, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.UpdateDraftInvoiceDocument,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n": types.VoidInvoiceDocument,
    "\n  query Conversation($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      name\n      email\n    }\n    conversation(customerId: $customerId, first: 50, after: $after) {\n      nodes {\n        ...MessageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  fragment MessageFields on Message {\n    id\n    authorName\n    body\n    createdAt\n    fromTeam\n    mine\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment MessageThreadFields on MessageThread {\n    customerId\n    customerName\n    lastMessage\n    lastAuthor\n    lastAt\n    unread\n  }\n": types.MessageThreadFieldsFragmentDoc,
    "\n  query Inbox($after: String) {\n    inbox(first: 30, after: $after) {\n      nodes {\n        ...MessageThreadFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkConversationRead($customerId: ID!) {\n    markConversationRead(customerId: $customerId)\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation SendMessage($customerId: ID!, $body: String!) {\n    sendMessage(customerId: $customerId, body: $body) {\n      ...MessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n": types.UnreadMessageCountDocument,
    "\n  mutation StartStaffPasskeyRegistration {\n    startStaffPasskeyRegistration\n  }\n": types.StartStaffPasskeyRegistrationDocument,
    "\n  mutation FinishStaffPasskeyRegistration($response: String!, $name: String) {\n    finishStaffPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n": types.FinishStaffPasskeyRegistrationDocument,
    "\n  mutation RemoveStaffPasskey($id: ID!) {\n    removeStaffPasskey(id: $id)\n  }\n": types.RemoveStaffPasskeyDocument,
    "\n  mutation RenameStaffPasskey($id: ID!, $name: String!) {\n    renameStaffPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameStaffPasskeyDocument,
    "\n  query StaffPasskeys {\n    staffPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n": types.StaffPasskeysDocument,
    "\n  mutation StartStaffPasskeySignIn {\n    startStaffPasskeySignIn\n  }\n": types.StartStaffPasskeySignInDocument,
    "\n  mutation StaffSignInWithPasskey($response: String!) {\n    staffSignInWithPasskey(response: $response) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n": types.StaffSignInWithPasskeyDocument,
    "\n  mutation PreviewPortalAs($customerId: ID!, $contactId: ID) {\n    previewPortalAs(customerId: $customerId, contactId: $contactId)\n  }\n": types.PreviewPortalAsDocument,
    "\n  query CustomerServiceRequests($id: ID!) {\n    customer(id: $id) {\n      id\n      serviceRequests {\n        ...ServiceRequestFields\n      }\n    }\n  }\n": types.CustomerServiceRequestsDocument,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    customerId\n    customerName\n    carName\n    preferredDate\n    notes\n    requestedByName\n    createdAt\n    updatedAt\n  }\n": types.ServiceRequestFieldsFragmentDoc,
    "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    ...ServiceRequestFields\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n": types.ServiceRequestDetailFieldsFragmentDoc,
    "\n  query NewServiceRequestCount {\n    newServiceRequestCount\n  }\n": types.NewServiceRequestCountDocument,
    "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.ServiceRequestDocument,
    "\n  query ServiceRequests($statuses: [ServiceRequestStatus!], $after: String) {\n    serviceRequests(statuses: $statuses, first: 50, after: $after) {\n      nodes {\n        ...ServiceRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ServiceRequestsDocument,
    "\n  mutation UpdateServiceRequest($id: ID!, $status: ServiceRequestStatus, $reply: String) {\n    updateServiceRequest(id: $id, status: $status, reply: $reply) {\n      ...ServiceRequestDetailFields\n    }\n  }\n": types.UpdateServiceRequestDocument,
    "\n  mutation RemoveLogo {\n    removeLogo {\n      id\n      logoUrl\n    }\n  }\n": types.RemoveLogoDocument,
    "\n  query PhoneCountries {\n    phoneCountries {\n      code\n      name\n      callingCode\n    }\n  }\n": types.PhoneCountriesDocument,
    "\n  fragment PortalSettingsFields on Facility {\n    id\n    name\n    signInMethod\n    inviteExpiryDays\n    resendCooldownHours\n    inviteRemindersEnabled\n    inviteReminderDays\n    welcomeMessage\n    sections\n    onboarding {\n      signContracts\n      addPaymentMethod\n      completeProfile\n    }\n    offlinePaymentInstructions\n    allowEstimateLineChoice\n    stripeConnected\n    stripeKeyHint\n    stripeTestMode\n    stripeWebhookUrl\n    brandColor\n    logoUrl\n    timeZone\n    country\n    careReminders {\n      contracts\n      contractsAfterDays\n      invoicesDue\n      invoicesDueDays\n      invoicesOverdue\n      estimates\n      estimatesAfterDays\n      events\n    }\n  }\n": types.PortalSettingsFieldsFragmentDoc,
    "\n  query PortalSettings {\n    facility {\n      ...PortalSettingsFields\n    }\n    staffViewer {\n      id\n      role\n    }\n  }\n": types.PortalSettingsDocument,
    "\n  mutation UpdateBranding($input: BrandingInput!) {\n    updateBranding(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": types.UpdateBrandingDocument,
    "\n  mutation UpdateCareReminders($input: CareReminderSettingsInput!) {\n    updateCareReminders(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": types.UpdateCareRemindersDocument,
    "\n  mutation UpdatePortalSettings($input: PortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": types.UpdatePortalSettingsDocument,
    "\n  mutation UpdateStripeSettings($input: StripeSettingsInput!) {\n    updateStripeSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n": types.UpdateStripeSettingsDocument,
    "\n  mutation ChangeStaffRole($staffUserId: ID!, $role: StaffRole!) {\n    changeStaffRole(staffUserId: $staffUserId, role: $role) {\n      ...TeamMemberFields\n    }\n  }\n": types.ChangeStaffRoleDocument,
    "\n  mutation DeactivateStaff($staffUserId: ID!) {\n    deactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n": types.DeactivateStaffDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      ...TeamMemberFields\n    }\n  }\n": types.InviteStaffDocument,
    "\n  mutation ReactivateStaff($staffUserId: ID!) {\n    reactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n": types.ReactivateStaffDocument,
    "\n  mutation ResendStaffInvite($staffUserId: ID!) {\n    resendStaffInvite(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n": types.ResendStaffInviteDocument,
    "\n  fragment TeamMemberFields on TeamMember {\n    id\n    name\n    email\n    role\n    status\n    lastActiveAt\n    invitedAt\n    inviteExpiresAt\n  }\n": types.TeamMemberFieldsFragmentDoc,
    "\n  query Team {\n    team {\n      ...TeamMemberFields\n    }\n  }\n": types.TeamDocument,
    "\n  fragment TextSettingsFields on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    consentSource\n    optedOut\n    optedOutAt\n    optedInAt\n    canText\n    sendsEmail\n    sendsText\n    channelSummary\n    recentTexts {\n      id\n      kind\n      toPhone\n      deliveryStatus\n      deliveryDetail\n      createdAt\n      deliveryUpdatedAt\n    }\n  }\n": types.TextSettingsFieldsFragmentDoc,
    "\n  query CustomerTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      texts {\n        ...TextSettingsFields\n      }\n    }\n  }\n": types.CustomerTextsDocument,
    "\n  query ContactsTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        texts {\n          ...TextSettingsFields\n        }\n      }\n    }\n  }\n": types.ContactsTextsDocument,
    "\n  mutation SetTextSettings($input: TextSettingsInput!) {\n    setTextSettings(input: $input) {\n      ...TextSettingsFields\n    }\n  }\n": types.SetTextSettingsDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.ResendWebhookDeliveryDocument,
    "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n": types.RotateWebhookEndpointSecretDocument,
    "\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n": types.SendTestWebhookEventDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    responseCode\n    lastError\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n  }\n": types.WebhookDeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoint($id: ID!, $first: Int!, $after: String) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      secret\n      deliveries(first: $first, after: $after) {\n        nodes {\n          ...WebhookDeliveryFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    failingSince\n    createdAt\n  }\n": types.WebhookEndpointFieldsFragmentDoc,
    "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n": types.WebhookEndpointsDocument,
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
export function graphql(source: "\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {\n    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyName($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyName($name: String!) {\n    updateMyName(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerSignIns($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      signIns(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          name\n          device\n          method\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerSignIns($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      signIns(first: $first, after: $after) {\n        nodes {\n          id\n          at\n          name\n          device\n          method\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherStaffSessions {\n    endOtherStaffSessions\n  }\n"): (typeof documents)["\n  mutation EndOtherStaffSessions {\n    endOtherStaffSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndStaffSession($sessionId: String!) {\n    endStaffSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation EndStaffSession($sessionId: String!) {\n    endStaffSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffSessions {\n    staffSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query StaffSessions {\n    staffSessions {\n      id\n      browser\n      system\n      place\n      ip\n      signedInAt\n      lastActiveAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionFunnel {\n    adoptionFunnel {\n      totals {\n        people\n        reachable\n        invited\n        delivered\n        opened\n        signedIn\n        active\n      }\n      weeks {\n        weekStart\n        invited\n        delivered\n        opened\n        signedIn\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionFunnel {\n    adoptionFunnel {\n      totals {\n        people\n        reachable\n        invited\n        delivered\n        opened\n        signedIn\n        active\n      }\n      weeks {\n        weekStart\n        invited\n        delivered\n        opened\n        signedIn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AwaitingSignIn($olderThanDays: Int!, $first: Int!, $after: String) {\n    awaitingSignIn(olderThanDays: $olderThanDays, first: $first, after: $after) {\n      totalCount\n      totalIsCapped\n      nodes {\n        invitationId\n        customerId\n        contactId\n        name\n        customerName\n        email\n        invitedAt\n        deliveryState\n        linkOpenedAt\n        lastReminderAt\n        remindersStoppedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AwaitingSignIn($olderThanDays: Int!, $first: Int!, $after: String) {\n    awaitingSignIn(olderThanDays: $olderThanDays, first: $first, after: $after) {\n      totalCount\n      totalIsCapped\n      nodes {\n        invitationId\n        customerId\n        contactId\n        name\n        customerName\n        email\n        invitedAt\n        deliveryState\n        linkOpenedAt\n        lastReminderAt\n        remindersStoppedAt\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindWaitingInvites($olderThanDays: Int!) {\n    remindWaitingInvites(olderThanDays: $olderThanDays) {\n      reminded\n      skipped\n      skips {\n        skip\n        count\n      }\n      more\n    }\n  }\n"): (typeof documents)["\n  mutation RemindWaitingInvites($olderThanDays: Int!) {\n    remindWaitingInvites(olderThanDays: $olderThanDays) {\n      reminded\n      skipped\n      skips {\n        skip\n        count\n      }\n      more\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    scope\n    hint\n    createdAt\n    createdByName\n    lastUsedAt\n    lastUsedFrom\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    scope\n    hint\n    createdAt\n    createdByName\n    lastUsedAt\n    lastUsedFrom\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      key {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLineFields on AuditEvent {\n    id\n    at\n    action\n    actorKind\n    actorName\n    subject\n    customer {\n      id\n      name\n    }\n    details {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment AuditLineFields on AuditEvent {\n    id\n    at\n    action\n    actorKind\n    actorName\n    subject\n    customer {\n      id\n      name\n    }\n    details {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $staffUserId: ID, $action: AuditAction) {\n    auditLog(first: $first, after: $after, staffUserId: $staffUserId, action: $action) {\n      nodes {\n        ...AuditLineFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $staffUserId: ID, $action: AuditAction) {\n    auditLog(first: $first, after: $after, staffUserId: $staffUserId, action: $action) {\n      nodes {\n        ...AuditLineFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPeople {\n    auditPeople {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuditPeople {\n    auditPeople {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        nodes {\n          ...AuditLineFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerActivity($id: ID!, $first: Int!, $after: String) {\n    customer(id: $id) {\n      id\n      auditTrail(first: $first, after: $after) {\n        nodes {\n          ...AuditLineFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptStaffInvite($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptStaffInvite($token: String!, $password: String!) {\n    acceptStaffInvite(token: $token, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmFacilitySignUp($token: String!) {\n    confirmFacilitySignUp(token: $token) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmFacilitySignUp($token: String!) {\n    confirmFacilitySignUp(token: $token) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoCredentials {\n    demoCredentials {\n      email\n      password\n    }\n  }\n"): (typeof documents)["\n  query DemoCredentials {\n    demoCredentials {\n      email\n      password\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitySignUpLink($token: String!) {\n    facilitySignUpLink(token: $token) {\n      state\n      facilityName\n      adminEmail\n    }\n  }\n"): (typeof documents)["\n  query FacilitySignUpLink($token: String!) {\n    facilitySignUpLink(token: $token) {\n      state\n      facilityName\n      adminEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestStaffPasswordReset($email: String!) {\n    requestStaffPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestStaffPasswordReset($email: String!) {\n    requestStaffPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetStaffPassword($token: String!, $password: String!) {\n    resetStaffPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetStaffPassword($token: String!, $password: String!) {\n    resetStaffPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpCountries {\n    signUpCountries {\n      code\n      name\n      callingCode\n    }\n  }\n"): (typeof documents)["\n  query SignUpCountries {\n    signUpCountries {\n      code\n      name\n      callingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpFacility($input: SignUpFacilityInput!) {\n    signUpFacility(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignUpFacility($input: SignUpFacilityInput!) {\n    signUpFacility(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignUpOpen {\n    signUpOpen\n  }\n"): (typeof documents)["\n  query SignUpOpen {\n    signUpOpen\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffLink($token: String!) {\n    staffLink(token: $token) {\n      state\n      purpose\n      name\n      email\n      facilityName\n    }\n  }\n"): (typeof documents)["\n  query StaffLink($token: String!) {\n    staffLink(token: $token) {\n      state\n      purpose\n      name\n      email\n      facilityName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignIn($email: String!, $password: String!) {\n    staffSignIn(email: $email, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffSignIn($email: String!, $password: String!) {\n    staffSignIn(email: $email, password: $password) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignOut {\n    staffSignOut\n  }\n"): (typeof documents)["\n  mutation StaffSignOut {\n    staffSignOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffViewer {\n    staffViewer {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffViewer {\n    staffViewer {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkInviteProgress($id: ID!) {\n    bulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n"): (typeof documents)["\n  query BulkInviteProgress($id: ID!) {\n    bulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkInviteReportCsv($id: ID!) {\n    bulkInviteReportCsv(id: $id)\n  }\n"): (typeof documents)["\n  query BulkInviteReportCsv($id: ID!) {\n    bulkInviteReportCsv(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkInviteRows($id: ID!, $invite: Boolean, $first: Int!, $after: ID) {\n    bulkInvite(id: $id) {\n      id\n      rows(invite: $invite, first: $first, after: $after) {\n        ...BulkInviteRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BulkInviteRows($id: ID!, $invite: Boolean, $first: Int!, $after: ID) {\n    bulkInvite(id: $id) {\n      id\n      rows(invite: $invite, first: $first, after: $after) {\n        ...BulkInviteRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkInviteSummary on BulkInvite {\n    id\n    status\n    fileName\n    total\n    toInvite\n    toText\n    processed\n    sent\n    skipped\n    planCounts {\n      plan\n      label\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment BulkInviteSummary on BulkInvite {\n    id\n    status\n    fileName\n    total\n    toInvite\n    toText\n    processed\n    sent\n    skipped\n    planCounts {\n      plan\n      label\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkInviteRowFields on BulkInviteRow {\n    id\n    line\n    customerId\n    name\n    email\n    phone\n    plan\n    planLabel\n    result\n    detail\n  }\n"): (typeof documents)["\n  fragment BulkInviteRowFields on BulkInviteRow {\n    id\n    line\n    customerId\n    name\n    email\n    phone\n    plan\n    planLabel\n    result\n    detail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewBulkInviteCsv($csv: String!, $fileName: String) {\n    previewBulkInviteCsv(csv: $csv, fileName: $fileName) {\n      ...BulkInviteSummary\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewBulkInviteCsv($csv: String!, $fileName: String) {\n    previewBulkInviteCsv(csv: $csv, fileName: $fileName) {\n      ...BulkInviteSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewBulkInvite($customerIds: [ID!]!) {\n    previewBulkInvite(customerIds: $customerIds) {\n      ...BulkInviteSummary\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewBulkInvite($customerIds: [ID!]!) {\n    previewBulkInvite(customerIds: $customerIds) {\n      ...BulkInviteSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentBulkInvites {\n    recentBulkInvites(limit: 10) {\n      id\n      status\n      fileName\n      total\n      toInvite\n      processed\n      sent\n      skipped\n      createdAt\n      finishedAt\n      createdByName\n    }\n  }\n"): (typeof documents)["\n  query RecentBulkInvites {\n    recentBulkInvites(limit: 10) {\n      id\n      status\n      fileName\n      total\n      toInvite\n      processed\n      sent\n      skipped\n      createdAt\n      finishedAt\n      createdByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBulkInvite($id: ID!) {\n    startBulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n"): (typeof documents)["\n  mutation StartBulkInvite($id: ID!) {\n    startBulkInvite(id: $id) {\n      ...BulkInviteSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerReminders($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      remindersSent(first: $first) {\n        id\n        day\n        at\n        name\n        toEmail\n        toPhone\n        toPhoneDisplay\n        items {\n          kind\n          itemId\n          stage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerReminders($id: ID!, $first: Int!) {\n    customer(id: $id) {\n      id\n      remindersSent(first: $first) {\n        id\n        day\n        at\n        name\n        toEmail\n        toPhone\n        toPhoneDisplay\n        items {\n          kind\n          itemId\n          stage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCarEvent($carId: ID!, $input: CarEventInput!) {\n    addCarEvent(carId: $carId, input: $input) {\n      ...CarHistoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCarEvent($carId: ID!, $input: CarEventInput!) {\n    addCarEvent(carId: $carId, input: $input) {\n      ...CarHistoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCar($customerId: ID!, $input: CarInput!) {\n    addCar(customerId: $customerId, input: $input) {\n      ...CarFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCar($customerId: ID!, $input: CarInput!) {\n    addCar(customerId: $customerId, input: $input) {\n      ...CarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConditionReport($carId: ID!, $input: ConditionReportInput!) {\n    addConditionReport(carId: $carId, input: $input) {\n      ...ConditionReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddConditionReport($carId: ID!, $input: ConditionReportInput!) {\n    addConditionReport(carId: $carId, input: $input) {\n      ...ConditionReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CarCustomer($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarPhotoFields on Photo {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n    caption\n  }\n"): (typeof documents)["\n  fragment CarPhotoFields on Photo {\n    id\n    url\n    thumbnailUrl\n    width\n    height\n    caption\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarHistoryFields on CarEvent {\n    id\n    kind\n    notes\n    happenedAt\n    recordedBy\n  }\n"): (typeof documents)["\n  fragment CarHistoryFields on CarEvent {\n    id\n    kind\n    notes\n    happenedAt\n    recordedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConditionReportFields on ConditionReport {\n    id\n    inspectedOn\n    inspector\n    odometer\n    notes\n    photos {\n      ...CarPhotoFields\n    }\n  }\n"): (typeof documents)["\n  fragment ConditionReportFields on ConditionReport {\n    id\n    inspectedOn\n    inspector\n    odometer\n    notes\n    photos {\n      ...CarPhotoFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarDetail($id: ID!) {\n    car(id: $id) {\n      ...CarFields\n      photos {\n        ...CarPhotoFields\n      }\n      history {\n        ...CarHistoryFields\n      }\n      conditionReports {\n        ...ConditionReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CarDetail($id: ID!) {\n    car(id: $id) {\n      ...CarFields\n      photos {\n        ...CarPhotoFields\n      }\n      history {\n        ...CarHistoryFields\n      }\n      conditionReports {\n        ...ConditionReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n"): (typeof documents)["\n  fragment CarFields on Car {\n    id\n    displayName\n    year\n    make\n    model\n    vin\n    plate\n    color\n    status\n    location\n    coverThumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCarEvent($id: ID!) {\n    removeCarEvent(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCarEvent($id: ID!) {\n    removeCarEvent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCarPhoto($id: ID!) {\n    removeCarPhoto(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCarPhoto($id: ID!) {\n    removeCarPhoto(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCar($id: ID!) {\n    removeCar(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCar($id: ID!) {\n    removeCar(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConditionReport($id: ID!) {\n    removeConditionReport(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveConditionReport($id: ID!) {\n    removeConditionReport(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCar($id: ID!, $input: CarInput!) {\n    updateCar(id: $id, input: $input) {\n      ...CarFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCar($id: ID!, $input: CarInput!) {\n    updateCar(id: $id, input: $input) {\n      ...CarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContact($customerId: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    addContact(customerId: $customerId, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddContact($customerId: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    addContact(customerId: $customerId, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactFields on Contact {\n    ...ContactInviteTarget\n    phone\n    phoneDisplay\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n    lastInvitation {\n      ...InvitationFields\n    }\n    invitations {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n"): (typeof documents)["\n  fragment ContactFields on Contact {\n    ...ContactInviteTarget\n    phone\n    phoneDisplay\n    preferences {\n      invoices\n      estimates\n      scheduling\n      carUpdates\n      contracts\n      socialEvents\n      marketing\n    }\n    lastInvitation {\n      ...InvitationFields\n    }\n    invitations {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    updateContact(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: ContactInput!, $allowDuplicateEmail: Boolean) {\n    updateContact(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...ContactFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportTemplate {\n    customerImportTemplateCsv\n  }\n"): (typeof documents)["\n  query CustomerImportTemplate {\n    customerImportTemplateCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportReport($id: ID!) {\n    customerImportReportCsv(id: $id)\n  }\n"): (typeof documents)["\n  query CustomerImportReport($id: ID!) {\n    customerImportReportCsv(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportProgress($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n"): (typeof documents)["\n  query CustomerImportProgress($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerImportSummary on CustomerImport {\n    id\n    status\n    fileName\n    total\n    newCustomers\n    newCars\n    duplicates\n    errors\n    processed\n    customersCreated\n    carsCreated\n    skipped\n  }\n"): (typeof documents)["\n  fragment CustomerImportSummary on CustomerImport {\n    id\n    status\n    fileName\n    total\n    newCustomers\n    newCars\n    duplicates\n    errors\n    processed\n    customersCreated\n    carsCreated\n    skipped\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewCustomerImport($csv: String!, $fileName: String) {\n    previewCustomerImport(csv: $csv, fileName: $fileName) {\n      ...CustomerImportSummary\n      rows(first: 500) {\n        id\n        line\n        plan\n        planLabel\n        name\n        email\n        car\n        detail\n        result\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewCustomerImport($csv: String!, $fileName: String) {\n    previewCustomerImport(csv: $csv, fileName: $fileName) {\n      ...CustomerImportSummary\n      rows(first: 500) {\n        id\n        line\n        plan\n        planLabel\n        name\n        email\n        car\n        detail\n        result\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RunCustomerImport($id: ID!) {\n    runCustomerImport(id: $id) {\n      ...CustomerImportSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!, $confirmName: String!) {\n    deleteCustomer(id: $id, confirmName: $confirmName)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomer($id: ID!, $confirmName: String!) {\n    deleteCustomer(id: $id, confirmName: $confirmName)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCustomer($id: ID!) {\n    archiveCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCustomer($id: ID!) {\n    archiveCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchivedCustomers($first: Int!, $after: String) {\n    customers(archived: true, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        phoneDisplay\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArchivedCustomers($first: Int!, $after: String) {\n    customers(archived: true, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        email\n        phoneDisplay\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    createCustomer(input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    createCustomer(input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    facility {\n      id\n      stripeConnected\n    }\n    customer(id: $id) {\n      ...CustomerRow\n      address\n      notes\n      createdAt\n      archivedAt\n      paymentSetupConnected\n      stripeCustomerId\n      savedCard {\n        brand\n        last4\n      }\n      cars {\n        ...CarFields\n      }\n      invoices {\n        ...InvoiceFields\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($id: ID!) {\n    facility {\n      id\n      stripeConnected\n    }\n    customer(id: $id) {\n      ...CustomerRow\n      address\n      notes\n      createdAt\n      archivedAt\n      paymentSetupConnected\n      stripeCustomerId\n      savedCard {\n        brand\n        last4\n      }\n      cars {\n        ...CarFields\n      }\n      invoices {\n        ...InvoiceFields\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n      contacts {\n        ...ContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($search: String, $portalStates: [PortalState!], $first: Int!, $after: String) {\n    customers(search: $search, portalStates: $portalStates, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($search: String, $portalStates: [PortalState!], $first: Int!, $after: String) {\n    customers(search: $search, portalStates: $portalStates, first: $first, after: $after) {\n      totalCount\n      totalCountIsLowerBound\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...CustomerRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRow on Customer {\n    id\n    name\n    email\n    phone\n    phoneDisplay\n    carCount\n    lastInvitedAt\n    ...InviteTarget\n  }\n"): (typeof documents)["\n  fragment CustomerRow on Customer {\n    id\n    name\n    email\n    phone\n    phoneDisplay\n    carCount\n    lastInvitedAt\n    ...InviteTarget\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkStripeCustomer($customerId: ID!, $stripeCustomerId: String) {\n    linkStripeCustomer(customerId: $customerId, stripeCustomerId: $stripeCustomerId) {\n      id\n      paymentSetupConnected\n      stripeCustomerId\n    }\n  }\n"): (typeof documents)["\n  mutation LinkStripeCustomer($customerId: ID!, $stripeCustomerId: String) {\n    linkStripeCustomer(customerId: $customerId, stripeCustomerId: $stripeCustomerId) {\n      id\n      paymentSetupConnected\n      stripeCustomerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreCustomer($id: ID!) {\n    restoreCustomer(id: $id) {\n      ...CustomerRow\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    updateCustomer(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n      address\n      notes\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: CustomerInput!, $allowDuplicateEmail: Boolean) {\n    updateCustomer(id: $id, input: $input, allowDuplicateEmail: $allowDuplicateEmail) {\n      ...CustomerRow\n      address\n      notes\n      lastInvitation {\n        ...InvitationFields\n      }\n      invitations {\n        ...InvitationFields\n        ...InvitationTimeline\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDocuments($id: ID!) {\n    customer(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDocuments($id: ID!) {\n    customer(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    contentType\n    size\n    url\n    sharedWithCustomer\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      ip\n      userAgent\n      documentSha256\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFields on Document {\n    id\n    title\n    kind\n    fileName\n    contentType\n    size\n    url\n    sharedWithCustomer\n    requiresSignature\n    createdAt\n    signature {\n      signerName\n      typedName\n      signedAt\n      ip\n      userAgent\n      documentSha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveDocument($id: ID!) {\n    removeDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($id: ID!, $input: DocumentUpdateInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($id: ID!, $input: DocumentUpdateInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertEstimateToInvoice($id: ID!) {\n    convertEstimateToInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConvertEstimateToInvoice($id: ID!) {\n    convertEstimateToInvoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEstimate($customerId: ID!, $input: EstimateInput!) {\n    createEstimate(customerId: $customerId, input: $input) {\n      ...EstimateFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEstimate($customerId: ID!, $input: EstimateInput!) {\n    createEstimate(customerId: $customerId, input: $input) {\n      ...EstimateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerEstimates($id: ID!) {\n    customer(id: $id) {\n      id\n      estimates {\n        ...EstimateFields\n      }\n      invoices {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerEstimates($id: ID!) {\n    customer(id: $id) {\n      id\n      estimates {\n        ...EstimateFields\n      }\n      invoices {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    invoiceId\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n"): (typeof documents)["\n  fragment EstimateFields on Estimate {\n    id\n    number\n    title\n    status\n    carName\n    totalCents\n    acceptedCents\n    sentAt\n    respondedAt\n    respondedByName\n    customerNote\n    invoiceId\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n      accepted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEstimate($id: ID!) {\n    sendEstimate(id: $id) {\n      ...EstimateFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendEstimate($id: ID!) {\n    sendEstimate(id: $id) {\n      ...EstimateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n"): (typeof documents)["\n  mutation CancelEvent($id: ID!) {\n    cancelEvent(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerCars($id: ID!) {\n    customer(id: $id) {\n      id\n      cars {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerCars($id: ID!) {\n    customer(id: $id) {\n      id\n      cars {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerEvents($id: ID!) {\n    customer(id: $id) {\n      id\n      events {\n        ...ScheduledEventFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerEvents($id: ID!) {\n    customer(id: $id) {\n      id\n      events {\n        ...ScheduledEventFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerPicker($search: String, $first: Int!) {\n    customers(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerPicker($search: String, $first: Int!) {\n    customers(search: $search, first: $first) {\n      nodes {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    customerId\n    customerName\n    carId\n    carName\n    goingCount\n    goingGuests\n  }\n"): (typeof documents)["\n  fragment ScheduledEventFields on ScheduledEvent {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    customerId\n    customerName\n    carId\n    carName\n    goingCount\n    goingGuests\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleEvent($input: EventInput!) {\n    scheduleEvent(input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleEvent($input: EventInput!) {\n    scheduleEvent(input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    schedule(from: $from, to: $to) {\n      ...ScheduledEventFields\n    }\n  }\n"): (typeof documents)["\n  query Schedule($from: DateTimeISO!, $to: DateTimeISO!) {\n    schedule(from: $from, to: $to) {\n      ...ScheduledEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($id: ID!, $input: EventInput!) {\n    updateEvent(id: $id, input: $input) {\n      ...ScheduledEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissGettingStarted {\n    dismissGettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n"): (typeof documents)["\n  mutation DismissGettingStarted {\n    dismissGettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GettingStarted {\n    gettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n"): (typeof documents)["\n  query GettingStarted {\n    gettingStarted {\n      importedCustomers\n      reviewedPortalSettings\n      invitedFirstCustomer\n      dismissed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactInvitePreview($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      cars {\n        id\n        displayName\n      }\n      contacts {\n        ...ContactInviteTarget\n        texts {\n          sendsEmail\n          sendsText\n          channelSummary\n        }\n        lastInvitation {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactInvitePreview($customerId: ID!) {\n    customer(id: $customerId) {\n      id\n      name\n      cars {\n        id\n        displayName\n      }\n      contacts {\n        ...ContactInviteTarget\n        texts {\n          sendsEmail\n          sendsText\n          channelSummary\n        }\n        lastInvitation {\n          ...InvitationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalStatusFields on PortalStatus {\n    state\n    reason\n    action\n    resendAvailableAt\n    changesAt\n  }\n"): (typeof documents)["\n  fragment PortalStatusFields on PortalStatus {\n    state\n    reason\n    action\n    resendAvailableAt\n    changesAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InviteTarget on Customer {\n    id\n    name\n    email\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n"): (typeof documents)["\n  fragment InviteTarget on Customer {\n    id\n    name\n    email\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactInviteTarget on Contact {\n    id\n    name\n    email\n    role\n    canAccessPortal\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n"): (typeof documents)["\n  fragment ContactInviteTarget on Contact {\n    id\n    name\n    email\n    role\n    canAccessPortal\n    portalStatus {\n      ...PortalStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    createdAt\n    email\n    phone\n    phoneDisplay\n    deliveredVia\n    invitedByName\n    state\n    voidReason\n    expiresAt\n    acceptedAt\n    linkOpenedAt\n    deliveryState\n    deliveryDetail\n    deliveryUpdatedAt\n    deliveredVia\n    inPersonLinkExpiresAt\n    reminderCount\n    lastReminderAt\n    remindersStoppedAt\n    remindersStoppedByName\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    createdAt\n    email\n    phone\n    phoneDisplay\n    deliveredVia\n    invitedByName\n    state\n    voidReason\n    expiresAt\n    acceptedAt\n    linkOpenedAt\n    deliveryState\n    deliveryDetail\n    deliveryUpdatedAt\n    deliveredVia\n    inPersonLinkExpiresAt\n    reminderCount\n    lastReminderAt\n    remindersStoppedAt\n    remindersStoppedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationTimeline on Invitation {\n    id\n    timeline {\n      kind\n      at\n      detail\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationTimeline on Invitation {\n    id\n    timeline {\n      kind\n      at\n      detail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteContactInPerson($contactId: ID!, $via: InPersonDelivery!) {\n    inviteContactInPerson(contactId: $contactId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteContactInPerson($contactId: ID!, $via: InPersonDelivery!) {\n    inviteContactInPerson(contactId: $contactId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteInPerson($customerId: ID!, $via: InPersonDelivery!) {\n    inviteInPerson(customerId: $customerId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteInPerson($customerId: ID!, $via: InPersonDelivery!) {\n    inviteInPerson(customerId: $customerId, via: $via) {\n      link {\n        url\n        qrCodeSvg\n        expiresAt\n      }\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitePreview($id: ID!) {\n    customer(id: $id) {\n      ...InviteTarget\n      paymentSetupConnected\n      texts {\n        sendsEmail\n        sendsText\n        channelSummary\n      }\n      cars {\n        id\n        displayName\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitePreview($id: ID!) {\n    customer(id: $id) {\n      ...InviteTarget\n      paymentSetupConnected\n      texts {\n        sendsEmail\n        sendsText\n        channelSummary\n      }\n      cars {\n        id\n        displayName\n      }\n      lastInvitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendContactInvite($contactId: ID!) {\n    sendContactInvite(contactId: $contactId) {\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendContactInvite($contactId: ID!) {\n    sendContactInvite(contactId: $contactId) {\n      invitation {\n        ...InvitationFields\n      }\n      contact {\n        ...ContactFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInvite($customerId: ID!) {\n    sendInvite(customerId: $customerId) {\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendInvite($customerId: ID!) {\n    sendInvite(customerId: $customerId) {\n      invitation {\n        ...InvitationFields\n      }\n      customer {\n        ...CustomerRow\n        lastInvitation {\n          ...InvitationFields\n        }\n        invitations {\n          ...InvitationFields\n          ...InvitationTimeline\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopInviteReminders($invitationId: ID!) {\n    stopInviteReminders(invitationId: $invitationId) {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n"): (typeof documents)["\n  mutation StopInviteReminders($invitationId: ID!) {\n    stopInviteReminders(invitationId: $invitationId) {\n      ...InvitationFields\n      ...InvitationTimeline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvoice($customerId: ID!, $input: InvoiceInput!) {\n    createInvoice(customerId: $customerId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvoice($customerId: ID!, $input: InvoiceInput!) {\n    createInvoice(customerId: $customerId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    issuedOn\n    dueOn\n    status\n    totalCents\n    balanceCents\n    overdue\n    displayStatus\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceDetailFields on Invoice {\n    ...InvoiceFields\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n    }\n    payments {\n      id\n      amountCents\n      method\n      reference\n      receivedOn\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceDetailFields on Invoice {\n    ...InvoiceFields\n    lines {\n      id\n      description\n      quantity\n      unitCents\n      amountCents\n    }\n    payments {\n      id\n      amountCents\n      method\n      reference\n      receivedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($id: ID!) {\n    issueInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($invoiceId: ID!, $input: PaymentInput!) {\n    recordPayment(invoiceId: $invoiceId, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDraftInvoice($id: ID!, $input: InvoiceInput!) {\n    updateDraftInvoice(id: $id, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDraftInvoice($id: ID!, $input: InvoiceInput!) {\n    updateDraftInvoice(id: $id, input: $input) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      ...InvoiceDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      name\n      email\n    }\n    conversation(customerId: $customerId, first: 50, after: $after) {\n      nodes {\n        ...MessageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($customerId: ID!, $after: String) {\n    customer(id: $customerId) {\n      id\n      name\n      email\n    }\n    conversation(customerId: $customerId, first: 50, after: $after) {\n      nodes {\n        ...MessageFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    authorName\n    body\n    createdAt\n    fromTeam\n    mine\n  }\n"): (typeof documents)["\n  fragment MessageFields on Message {\n    id\n    authorName\n    body\n    createdAt\n    fromTeam\n    mine\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageThreadFields on MessageThread {\n    customerId\n    customerName\n    lastMessage\n    lastAuthor\n    lastAt\n    unread\n  }\n"): (typeof documents)["\n  fragment MessageThreadFields on MessageThread {\n    customerId\n    customerName\n    lastMessage\n    lastAuthor\n    lastAt\n    unread\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($after: String) {\n    inbox(first: 30, after: $after) {\n      nodes {\n        ...MessageThreadFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($after: String) {\n    inbox(first: 30, after: $after) {\n      nodes {\n        ...MessageThreadFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($customerId: ID!) {\n    markConversationRead(customerId: $customerId)\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($customerId: ID!) {\n    markConversationRead(customerId: $customerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($customerId: ID!, $body: String!) {\n    sendMessage(customerId: $customerId, body: $body) {\n      ...MessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($customerId: ID!, $body: String!) {\n    sendMessage(customerId: $customerId, body: $body) {\n      ...MessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"): (typeof documents)["\n  query UnreadMessageCount {\n    unreadMessageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartStaffPasskeyRegistration {\n    startStaffPasskeyRegistration\n  }\n"): (typeof documents)["\n  mutation StartStaffPasskeyRegistration {\n    startStaffPasskeyRegistration\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishStaffPasskeyRegistration($response: String!, $name: String) {\n    finishStaffPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation FinishStaffPasskeyRegistration($response: String!, $name: String) {\n    finishStaffPasskeyRegistration(response: $response, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveStaffPasskey($id: ID!) {\n    removeStaffPasskey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveStaffPasskey($id: ID!) {\n    removeStaffPasskey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameStaffPasskey($id: ID!, $name: String!) {\n    renameStaffPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation RenameStaffPasskey($id: ID!, $name: String!) {\n    renameStaffPasskey(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffPasskeys {\n    staffPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n"): (typeof documents)["\n  query StaffPasskeys {\n    staffPasskeys {\n      id\n      name\n      createdAt\n      lastUsedAt\n      backedUp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartStaffPasskeySignIn {\n    startStaffPasskeySignIn\n  }\n"): (typeof documents)["\n  mutation StartStaffPasskeySignIn {\n    startStaffPasskeySignIn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffSignInWithPasskey($response: String!) {\n    staffSignInWithPasskey(response: $response) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StaffSignInWithPasskey($response: String!) {\n    staffSignInWithPasskey(response: $response) {\n      id\n      name\n      email\n      role\n      facility {\n        id\n        name\n        resendCooldownHours\n        inviteExpiryDays\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewPortalAs($customerId: ID!, $contactId: ID) {\n    previewPortalAs(customerId: $customerId, contactId: $contactId)\n  }\n"): (typeof documents)["\n  mutation PreviewPortalAs($customerId: ID!, $contactId: ID) {\n    previewPortalAs(customerId: $customerId, contactId: $contactId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerServiceRequests($id: ID!) {\n    customer(id: $id) {\n      id\n      serviceRequests {\n        ...ServiceRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerServiceRequests($id: ID!) {\n    customer(id: $id) {\n      id\n      serviceRequests {\n        ...ServiceRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    customerId\n    customerName\n    carName\n    preferredDate\n    notes\n    requestedByName\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    type\n    status\n    customerId\n    customerName\n    carName\n    preferredDate\n    notes\n    requestedByName\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    ...ServiceRequestFields\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceRequestDetailFields on ServiceRequest {\n    ...ServiceRequestFields\n    updates {\n      id\n      authorName\n      fromStaff\n      body\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewServiceRequestCount {\n    newServiceRequestCount\n  }\n"): (typeof documents)["\n  query NewServiceRequestCount {\n    newServiceRequestCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($statuses: [ServiceRequestStatus!], $after: String) {\n    serviceRequests(statuses: $statuses, first: 50, after: $after) {\n      nodes {\n        ...ServiceRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequests($statuses: [ServiceRequestStatus!], $after: String) {\n    serviceRequests(statuses: $statuses, first: 50, after: $after) {\n      nodes {\n        ...ServiceRequestFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceRequest($id: ID!, $status: ServiceRequestStatus, $reply: String) {\n    updateServiceRequest(id: $id, status: $status, reply: $reply) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceRequest($id: ID!, $status: ServiceRequestStatus, $reply: String) {\n    updateServiceRequest(id: $id, status: $status, reply: $reply) {\n      ...ServiceRequestDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLogo {\n    removeLogo {\n      id\n      logoUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLogo {\n    removeLogo {\n      id\n      logoUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PhoneCountries {\n    phoneCountries {\n      code\n      name\n      callingCode\n    }\n  }\n"): (typeof documents)["\n  query PhoneCountries {\n    phoneCountries {\n      code\n      name\n      callingCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalSettingsFields on Facility {\n    id\n    name\n    signInMethod\n    inviteExpiryDays\n    resendCooldownHours\n    inviteRemindersEnabled\n    inviteReminderDays\n    welcomeMessage\n    sections\n    onboarding {\n      signContracts\n      addPaymentMethod\n      completeProfile\n    }\n    offlinePaymentInstructions\n    allowEstimateLineChoice\n    stripeConnected\n    stripeKeyHint\n    stripeTestMode\n    stripeWebhookUrl\n    brandColor\n    logoUrl\n    timeZone\n    country\n    careReminders {\n      contracts\n      contractsAfterDays\n      invoicesDue\n      invoicesDueDays\n      invoicesOverdue\n      estimates\n      estimatesAfterDays\n      events\n    }\n  }\n"): (typeof documents)["\n  fragment PortalSettingsFields on Facility {\n    id\n    name\n    signInMethod\n    inviteExpiryDays\n    resendCooldownHours\n    inviteRemindersEnabled\n    inviteReminderDays\n    welcomeMessage\n    sections\n    onboarding {\n      signContracts\n      addPaymentMethod\n      completeProfile\n    }\n    offlinePaymentInstructions\n    allowEstimateLineChoice\n    stripeConnected\n    stripeKeyHint\n    stripeTestMode\n    stripeWebhookUrl\n    brandColor\n    logoUrl\n    timeZone\n    country\n    careReminders {\n      contracts\n      contractsAfterDays\n      invoicesDue\n      invoicesDueDays\n      invoicesOverdue\n      estimates\n      estimatesAfterDays\n      events\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSettings {\n    facility {\n      ...PortalSettingsFields\n    }\n    staffViewer {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query PortalSettings {\n    facility {\n      ...PortalSettingsFields\n    }\n    staffViewer {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranding($input: BrandingInput!) {\n    updateBranding(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBranding($input: BrandingInput!) {\n    updateBranding(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCareReminders($input: CareReminderSettingsInput!) {\n    updateCareReminders(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCareReminders($input: CareReminderSettingsInput!) {\n    updateCareReminders(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePortalSettings($input: PortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePortalSettings($input: PortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStripeSettings($input: StripeSettingsInput!) {\n    updateStripeSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStripeSettings($input: StripeSettingsInput!) {\n    updateStripeSettings(input: $input) {\n      ...PortalSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStaffRole($staffUserId: ID!, $role: StaffRole!) {\n    changeStaffRole(staffUserId: $staffUserId, role: $role) {\n      ...TeamMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeStaffRole($staffUserId: ID!, $role: StaffRole!) {\n    changeStaffRole(staffUserId: $staffUserId, role: $role) {\n      ...TeamMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateStaff($staffUserId: ID!) {\n    deactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateStaff($staffUserId: ID!) {\n    deactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      ...TeamMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      ...TeamMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateStaff($staffUserId: ID!) {\n    reactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateStaff($staffUserId: ID!) {\n    reactivateStaff(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendStaffInvite($staffUserId: ID!) {\n    resendStaffInvite(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendStaffInvite($staffUserId: ID!) {\n    resendStaffInvite(staffUserId: $staffUserId) {\n      ...TeamMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMemberFields on TeamMember {\n    id\n    name\n    email\n    role\n    status\n    lastActiveAt\n    invitedAt\n    inviteExpiresAt\n  }\n"): (typeof documents)["\n  fragment TeamMemberFields on TeamMember {\n    id\n    name\n    email\n    role\n    status\n    lastActiveAt\n    invitedAt\n    inviteExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team {\n    team {\n      ...TeamMemberFields\n    }\n  }\n"): (typeof documents)["\n  query Team {\n    team {\n      ...TeamMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TextSettingsFields on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    consentSource\n    optedOut\n    optedOutAt\n    optedInAt\n    canText\n    sendsEmail\n    sendsText\n    channelSummary\n    recentTexts {\n      id\n      kind\n      toPhone\n      deliveryStatus\n      deliveryDetail\n      createdAt\n      deliveryUpdatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment TextSettingsFields on TextSettings {\n    channel\n    phone\n    phoneDisplay\n    consentGiven\n    consentAt\n    consentSource\n    optedOut\n    optedOutAt\n    optedInAt\n    canText\n    sendsEmail\n    sendsText\n    channelSummary\n    recentTexts {\n      id\n      kind\n      toPhone\n      deliveryStatus\n      deliveryDetail\n      createdAt\n      deliveryUpdatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      texts {\n        ...TextSettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      texts {\n        ...TextSettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactsTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        texts {\n          ...TextSettingsFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactsTexts($id: ID!) {\n    customer(id: $id) {\n      id\n      contacts {\n        id\n        texts {\n          ...TextSettingsFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTextSettings($input: TextSettingsInput!) {\n    setTextSettings(input: $input) {\n      ...TextSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTextSettings($input: TextSettingsInput!) {\n    setTextSettings(input: $input) {\n      ...TextSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookEndpointSecret($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhookEvent($endpointId: ID!) {\n    sendTestWebhookEvent(endpointId: $endpointId) {\n      ...WebhookDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...WebhookEndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    responseCode\n    lastError\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    status\n    attempts\n    responseCode\n    lastError\n    createdAt\n    lastAttemptAt\n    nextAttemptAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!, $first: Int!, $after: String) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      secret\n      deliveries(first: $first, after: $after) {\n        nodes {\n          ...WebhookDeliveryFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoint($id: ID!, $first: Int!, $after: String) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n      secret\n      deliveries(first: $first, after: $after) {\n        nodes {\n          ...WebhookDeliveryFields\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    failingSince\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    events\n    enabled\n    disabledReason\n    failingSince\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints {\n      ...WebhookEndpointFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;