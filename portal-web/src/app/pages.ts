import type { ComponentType } from "react";
import type { PortalSection } from "../gql/graphql";
import { registerPreloaders } from "../lib/preload";
import { lazyPage } from "./lazy-page";

/**
 * A page of a section the facility may turn off. The check comes with the page's own code, so the
 * first load stays small.
 */
function sectionPage<M>(section: PortalSection, load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazyPage(
    () => Promise.all([load(), import("../components/SectionGate")]),
    ([module, gate]) => gate.withSection(section, pick(module)),
  );
}

export const SignedInFrame = lazyPage(
  () => import("./SignedInFrame"),
  (m) => m.SignedInFrame,
);
export const HomePage = lazyPage(
  () => import("../features/home/components/HomePage"),
  (m) => m.HomePage,
);
export const HistoryPage = lazyPage(
  () => import("../features/home/components/HistoryPage"),
  (m) => m.HistoryPage,
);
export const OnboardingPage = lazyPage(
  () => import("./OnboardingPage"),
  (m) => m.OnboardingPage,
);
export const VehiclesPage = sectionPage(
  "VEHICLES",
  () => import("../features/cars/components/VehiclesPage"),
  (m) => m.VehiclesPage,
);
export const CarPage = sectionPage(
  "VEHICLES",
  () => import("../features/cars/components/CarPage"),
  (m) => m.CarPage,
);
export const BillingPage = sectionPage(
  "BILLING",
  () => import("../features/billing/components/BillingPage"),
  (m) => m.BillingPage,
);
export const InvoicePage = sectionPage(
  "BILLING",
  () => import("../features/billing/components/InvoicePage"),
  (m) => m.InvoicePage,
);
export const DocumentsPage = sectionPage(
  "DOCUMENTS",
  () => import("../features/documents/components/DocumentsPage"),
  (m) => m.DocumentsPage,
);
export const DocumentPage = sectionPage(
  "DOCUMENTS",
  () => import("../features/documents/components/DocumentPage"),
  (m) => m.DocumentPage,
);
export const SchedulePage = sectionPage(
  "EVENTS",
  () => import("../features/schedule/components/SchedulePage"),
  (m) => m.SchedulePage,
);
export const MessagesPage = sectionPage(
  "MESSAGES",
  () => import("../features/messages/components/MessagesPage"),
  (m) => m.MessagesPage,
);
export const EstimatesPage = sectionPage(
  "ESTIMATES",
  () => import("../features/estimates/components/EstimatesPage"),
  (m) => m.EstimatesPage,
);
export const EstimatePage = sectionPage(
  "ESTIMATES",
  () => import("../features/estimates/components/EstimatePage"),
  (m) => m.EstimatePage,
);
export const RequestsPage = sectionPage(
  "SERVICE_REQUESTS",
  () => import("../features/requests/components/RequestsPage"),
  (m) => m.RequestsPage,
);
export const NewRequestPage = sectionPage(
  "SERVICE_REQUESTS",
  () => import("../features/requests/components/NewRequestPage"),
  (m) => m.NewRequestPage,
);
export const ProfilePage = lazyPage(
  () => import("./ProfileRoutePage"),
  (m) => m.ProfileRoutePage,
);
export const SignInPage = lazyPage(
  () => import("../features/sign-in/components/SignInPage"),
  (m) => m.SignInPage,
);
export const SignInWithCodePage = lazyPage(
  () => import("../features/sign-in/components/SignInPage"),
  (m) => m.SignInWithCodePage,
);
export const SignInByTextPage = lazyPage(
  () => import("../features/sign-in/components/SignInPage"),
  (m) => m.SignInByTextPage,
);
export const SignInWithPasswordPage = lazyPage(
  () => import("../features/sign-in/components/SignInPage"),
  (m) => m.SignInWithPasswordPage,
);
export const ChooseAccountPage = lazyPage(
  () => import("../features/accounts/components/ChooseAccountPage"),
  (m) => m.ChooseAccountPage,
);
export const LinkPage = lazyPage(
  () => import("../features/sign-in-link/components/LinkPage"),
  (m) => m.LinkPage,
);
export const NotFoundPage = lazyPage(
  () => import("../components/NotFoundPage"),
  (m) => m.NotFoundPage,
);

function preloadSignedInPages(): void {
  void SignedInFrame.preload().catch(() => {});
  void HomePage.preload().catch(() => {});
}

const sectionPages: Record<string, { preload: () => Promise<unknown> }> = {
  "/": HomePage,
  "/vehicles": VehiclesPage,
  "/billing": BillingPage,
  "/documents": DocumentsPage,
  "/schedule": SchedulePage,
  "/messages": MessagesPage,
  "/estimates": EstimatesPage,
  "/requests": RequestsPage,
  "/profile": ProfilePage,
};

function preloadSection(path: string): void {
  void sectionPages[path]?.preload().catch(() => {});
}

registerPreloaders({ signedInPages: preloadSignedInPages, section: preloadSection });
