import { Skeleton, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ReactNode } from "react";
import { PageHeader } from "../../../components/PageHeader";
import { QueryFailure } from "../../../components/QueryFailure";
import { useViewer } from "../../../lib/viewer";
import { usePortalProfile } from "../api/portal-profile";
import { ProfileForm } from "./ProfileForm";

/** `more`: the sections other features add under the form (passkeys, sessions, sign-ins). */
export function ProfilePage({ more }: { more?: ReactNode } = {}) {
  const viewer = useViewer();
  const { data, error, refetch } = usePortalProfile();
  const profile = data?.portalProfile;
  return (
    <>
      <PageHeader title="Profile" description="Your contact details and the emails you receive" />
      {profile ? (
        <Stack maw={720}>
          <ProfileForm
            profile={profile}
            facilityName={viewer.facility.name}
            onSaved={() =>
              notifications.show({ color: "teal", title: "Profile saved", message: "Your changes are saved." })
            }
          />
          {more}
        </Stack>
      ) : error ? (
        <QueryFailure error={error} onRetry={() => refetch()} />
      ) : (
        <Stack maw={720} role="status" aria-label="Loading your profile">
          <Skeleton height={260} radius="lg" />
          <Skeleton height={420} radius="lg" />
        </Stack>
      )}
    </>
  );
}
