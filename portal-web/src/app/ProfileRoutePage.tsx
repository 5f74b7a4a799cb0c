import { SessionsCard } from "../features/account-sessions/components/SessionsCard";
import { SignInsCard } from "../features/account-sessions/components/SignInsCard";
import { PasskeysSection } from "../features/passkeys/PasskeysSection";
import { ProfilePage } from "../features/profile/components/ProfilePage";
import { useViewer } from "../lib/viewer";

/** Profile: the person's details and preferences, then their passkeys, where they are signed in and the account's sign-ins. */
export function ProfileRoutePage() {
  const viewer = useViewer();
  return (
    <ProfilePage
      more={
        <>
          <PasskeysSection preview={viewer.preview} />
          <SessionsCard />
          <SignInsCard />
        </>
      }
    />
  );
}
