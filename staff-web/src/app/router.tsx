import { lazy, Suspense } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { PageLoader } from "../components/PageLoader";
import { RouteError } from "../components/RouteError";
import { RequireStaff } from "../features/auth/components/RequireStaff";
import { SignInRoute } from "./routes/SignInRoute";

// Sign-in is the first page most visits see; everything behind it, the shell included, loads on
// demand, which keeps menus, popovers and toasts out of the first download.
const StaffShell = lazy(() => import("./StaffShell"));
const ContactsRoute = lazy(() => import("./routes/ContactsRoute"));
const CustomerImportRoute = lazy(() => import("./routes/CustomerImportRoute"));
const CarRoute = lazy(() => import("./routes/CarRoute"));
const CustomerRoute = lazy(() => import("./routes/CustomerRoute"));
const NotFoundRoute = lazy(() => import("./routes/NotFoundRoute"));
const PortalSettingsRoute = lazy(() => import("./routes/PortalSettingsRoute"));
const SettingsLayout = lazy(() => import("./routes/SettingsLayout"));
const AuditLogRoute = lazy(() => import("./routes/AuditLogRoute"));
const TeamRoute = lazy(() => import("./routes/TeamRoute"));
const ApiKeysRoute = lazy(() => import("./routes/ApiKeysRoute"));
const WebhooksRoute = lazy(() => import("./routes/WebhooksRoute"));
const WebhookEndpointRoute = lazy(() => import("./routes/WebhookEndpointRoute"));
const AccountRoute = lazy(() => import("./routes/AccountRoute"));
const AcceptInviteRoute = lazy(() => import("./routes/AcceptInviteRoute"));
const ResetPasswordRoute = lazy(() => import("./routes/ResetPasswordRoute"));
const ForgotPasswordRoute = lazy(() => import("./routes/ForgotPasswordRoute"));
const SignUpRoute = lazy(() => import("./routes/SignUpRoute"));
const ConfirmSignUpRoute = lazy(() => import("./routes/ConfirmSignUpRoute"));

const publicPage = (page: React.ReactNode) => <Suspense fallback={<PageLoader fullScreen />}>{page}</Suspense>;
const ScheduleRoute = lazy(() => import("./routes/ScheduleRoute"));
const MessagesRoute = lazy(() => import("./routes/MessagesRoute"));
const RequestsRoute = lazy(() => import("./routes/RequestsRoute"));
const AdoptionRoute = lazy(() => import("./routes/AdoptionRoute"));

export const router = createBrowserRouter(
  [
    { path: "/sign-in", element: <SignInRoute />, errorElement: <RouteError /> },
    { path: "/forgot-password", element: publicPage(<ForgotPasswordRoute />), errorElement: <RouteError /> },
    { path: "/accept-invite/:token", element: publicPage(<AcceptInviteRoute />), errorElement: <RouteError /> },
    { path: "/reset-password/:token", element: publicPage(<ResetPasswordRoute />), errorElement: <RouteError /> },
    { path: "/sign-up", element: publicPage(<SignUpRoute />), errorElement: <RouteError /> },
    { path: "/confirm-sign-up/:token", element: publicPage(<ConfirmSignUpRoute />), errorElement: <RouteError /> },
    {
      element: (
        <RequireStaff>
          <Suspense fallback={<PageLoader fullScreen />}>
            <StaffShell />
          </Suspense>
        </RequireStaff>
      ),
      errorElement: <RouteError />,
      children: [
        {
          // Page errors render inside the shell, so navigation stays usable.
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/contacts" replace /> },
            { path: "contacts", element: <ContactsRoute /> },
            { path: "contacts/import", element: <CustomerImportRoute /> },
            { path: "customers/:id", element: <CustomerRoute /> },
            { path: "customers/:customerId/cars/:carId", element: <CarRoute /> },
            {
              path: "settings",
              element: <SettingsLayout />,
              children: [
                // Portal is the settings page everyone may read; /settings opens it.
                { index: true, element: <Navigate to="/settings/portal" replace /> },
                { path: "portal", element: <PortalSettingsRoute /> },
                { path: "team", element: <TeamRoute /> },
                { path: "audit", element: <AuditLogRoute /> },
                { path: "api-keys", element: <ApiKeysRoute /> },
                { path: "webhooks", element: <WebhooksRoute /> },
                { path: "webhooks/:id", element: <WebhookEndpointRoute /> },
              ],
            },
            { path: "account", element: <AccountRoute /> },
            { path: "schedule", element: <ScheduleRoute /> },
            { path: "messages", element: <MessagesRoute /> },
            { path: "requests", element: <RequestsRoute /> },
            { path: "adoption", element: <AdoptionRoute /> },
            { path: "*", element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ],
  { basename: "/staff" },
);
