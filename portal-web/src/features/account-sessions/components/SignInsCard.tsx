import { Button, Card, Skeleton, Stack, Text, Title } from "@mantine/core";
import { signInMethodLabel } from "@portico/web-core/sessions";
import { relativeTime } from "@portico/web-core/time";
import { QueryFailure } from "../../../components/QueryFailure";
import { formatMoment } from "../../../lib/format";
import { useViewer } from "../../../lib/viewer";
import { usePortalSignIns } from "../api/portal-sign-ins";

/** Profile → sign-ins to the account: the holder sees their people's too, a contact their own. */
export function SignInsCard() {
  const viewer = useViewer();
  const { data, loading, error, refetch, fetchMore } = usePortalSignIns();
  const signIns = data?.portalSignIns;
  const now = new Date();

  const showMore = () =>
    fetchMore({
      variables: { after: signIns?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        portalSignIns: {
          ...fetchMoreResult.portalSignIns,
          nodes: [...previous.portalSignIns.nodes, ...fetchMoreResult.portalSignIns.nodes],
        },
      }),
    });

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="sign-ins-heading">
      <Title order={2} size="h4" id="sign-ins-heading" mb={4}>
        {viewer.isContact ? "Your sign-ins" : "Sign-ins to your account"}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {viewer.isContact
          ? "When you signed in to this account, and with which browser."
          : "Who of you and your people signed in, when, and with which browser."}
      </Text>
      {error && !signIns ? (
        <QueryFailure error={error} onRetry={() => refetch()} />
      ) : !signIns ? (
        <Stack gap="sm" role="status" aria-label="Loading sign-ins">
          <Skeleton height={36} radius="md" />
        </Stack>
      ) : signIns.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No sign-ins yet.
        </Text>
      ) : (
        <Stack gap="sm">
          <Stack gap="sm" component="ul" aria-label="Sign-ins" style={{ listStyle: "none", margin: 0, padding: 0 }}>
            {signIns.nodes.map((signIn) => (
              <Stack key={signIn.id} component="li" gap={2}>
                <Text size="sm">
                  <Text span fw={600} inherit>
                    {signIn.name}
                  </Text>{" "}
                  signed in · {relativeTime(new Date(signIn.at), now)}, {signIn.device}
                  {signInMethodLabel(signIn.method) ? ` · ${signInMethodLabel(signIn.method)}` : ""}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={signIn.at}>
                  {formatMoment(signIn.at)}
                </Text>
              </Stack>
            ))}
          </Stack>
          {signIns.pageInfo.hasNextPage && (
            <Button variant="subtle" size="xs" onClick={() => void showMore()} loading={loading}>
              Show more
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
