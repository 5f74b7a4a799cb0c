import { Suspense } from "react";
import { Route, Routes } from "react-router";
import { PageErrorBoundary } from "../components/PageErrorBoundary";
import { PageLoader } from "../components/PageLoader";
import {
  BillingPage,
  CarPage,
  ChooseAccountPage,
  DocumentPage,
  DocumentsPage,
  EstimatePage,
  EstimatesPage,
  HistoryPage,
  HomePage,
  InvoicePage,
  LinkPage,
  MessagesPage,
  NewRequestPage,
  NotFoundPage,
  OnboardingPage,
  ProfilePage,
  RequestsPage,
  SchedulePage,
  SignedInFrame,
  SignInByTextPage,
  SignInPage,
  SignInWithCodePage,
  SignInWithPasswordPage,
  VehiclesPage,
} from "./pages";

export function AppRoutes() {
  return (
    <PageErrorBoundary>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route element={<SignedInFrame />}>
            <Route index element={<HomePage />} />
            <Route path="welcome" element={<OnboardingPage />} />
            <Route path="history" element={<HistoryPage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="vehicles" element={<VehiclesPage />} />
            <Route path="vehicles/:id" element={<CarPage />} />
            <Route path="billing" element={<BillingPage />} />
            <Route path="billing/:id" element={<InvoicePage />} />
            <Route path="documents" element={<DocumentsPage />} />
            <Route path="documents/:id" element={<DocumentPage />} />
            <Route path="schedule" element={<SchedulePage />} />
            <Route path="messages" element={<MessagesPage />} />
            <Route path="estimates" element={<EstimatesPage />} />
            <Route path="estimates/:id" element={<EstimatePage />} />
            <Route path="requests" element={<RequestsPage />} />
            <Route path="requests/new" element={<NewRequestPage />} />
          </Route>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-in/code" element={<SignInWithCodePage />} />
          <Route path="sign-in/password" element={<SignInWithPasswordPage />} />
          <Route path="sign-in/text" element={<SignInByTextPage />} />
          <Route path="choose-account" element={<ChooseAccountPage />} />
          <Route path="link/:token" element={<LinkPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </PageErrorBoundary>
  );
}
