import { Suspense } from "react";
import { Route, Routes } from "react-router";
import { PageErrorBoundary } from "../components/PageErrorBoundary";
import { PageLoader } from "../components/PageLoader";
import {
  ChooseAccountPage,
  HomePage,
  LinkPage,
  NotFoundPage,
  SignedInFrame,
  SignInPage,
  SignInWithCodePage,
  SignInWithPasswordPage,
} from "./pages";

export function AppRoutes() {
  return (
    <PageErrorBoundary>
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route element={<SignedInFrame />}>
            <Route index element={<HomePage />} />
          </Route>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="sign-in/code" element={<SignInWithCodePage />} />
          <Route path="sign-in/password" element={<SignInWithPasswordPage />} />
          <Route path="choose-account" element={<ChooseAccountPage />} />
          <Route path="link/:token" element={<LinkPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </PageErrorBoundary>
  );
}
