import { SessionsCard } from "../features/account-sessions/components/SessionsCard";
import { SignInsCard } from "../features/account-sessions/components/SignInsCard";
import { ProfilePage } from "../features/profile/components/ProfilePage";

/** Profile: the person's details and preferences, then where they are signed in and the account's sign-ins. */
export function ProfileRoutePage() {
  return (
    <ProfilePage
      more={
        <>
          <SessionsCard />
          <SignInsCard />
        </>
      }
    />
  );
}
