import { lazyPage } from "./lazy-page";

export const SignedInFrame = lazyPage(
  () => import("../components/SignedInFrame"),
  (m) => m.SignedInFrame,
);
export const HomePage = lazyPage(
  () => import("../features/home/components/HomePage"),
  (m) => m.HomePage,
);
export const SignInPage = lazyPage(
  () => import("../features/sign-in/components/SignInPage"),
  (m) => m.SignInPage,
);
export const SignInWithCodePage = lazyPage(
  () => import("../features/sign-in/components/SignInPage"),
  (m) => m.SignInWithCodePage,
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

/** Where every sign-in ends up: fetched while the person is still reading the sign-in page. */
export function preloadSignedInPages(): void {
  void SignedInFrame.preload().catch(() => {});
  void HomePage.preload().catch(() => {});
}
