import { SessionsCard } from "../features/account-sessions/components/SessionsCard";
import { SignInsCard } from "../features/account-sessions/components/SignInsCard";
import { PasskeysSection } from "../features/passkeys/PasskeysSection";
import { ProfilePage } from "../features/profile/components/ProfilePage";
import { TextsCard } from "../features/texts/components/TextsCard";
import { useViewer } from "../lib/viewer";

/** Profile: the person's details and preferences, then their passkeys, where they are signed in and the account's sign-ins. */
export function ProfileRoutePage() {
  const viewer = useViewer();
  return (
    <ProfilePage
      more={
        <>
          <TextsCard preview={viewer.preview} />
          <PasskeysSection preview={viewer.preview} />
          <SessionsCard />
          <SignInsCard />
        </>
      }
    />
  );
}
