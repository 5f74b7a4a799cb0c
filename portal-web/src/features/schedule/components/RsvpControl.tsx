import { Alert, Button, Group, NumberInput, Stack, Text } from "@mantine/core";
import { IconCheck, IconHelp, IconX } from "@tabler/icons-react";
import { useState } from "react";
import type { RsvpResponse } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { useIsPreview } from "../../session/sections";
import { useRsvp } from "../api/rsvp";
import classes from "./EventCard.module.css";

const answers: Array<{ response: RsvpResponse; label: string; icon: typeof IconCheck; color: string }> = [
  { response: "GOING", label: "Going", icon: IconCheck, color: "teal" },
  { response: "MAYBE", label: "Maybe", icon: IconHelp, color: "yellow" },
  { response: "NOT_GOING", label: "Can't go", icon: IconX, color: "gray" },
];

export const MAX_GUESTS = 10;

type RsvpControlProps = { eventId: string; title: string; myRsvp: RsvpResponse | null };

/**
 * Going / Maybe / Can't go for a social event. Guests count with Going; pressing Going again saves a
 * changed number of guests.
 */
export function RsvpControl({ eventId, title, myRsvp }: RsvpControlProps) {
  const preview = useIsPreview();
  const [rsvp] = useRsvp();
  const [guests, setGuests] = useState(0);
  const [saving, setSaving] = useState<RsvpResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const answer = async (response: RsvpResponse) => {
    if (preview) return;
    setFailure(null);
    setSaving(response);
    try {
      await rsvp({ variables: { eventId, response, guests: response === "GOING" ? guests : 0 } });
    } catch (error) {
      setFailure(portalError(error).message);
    } finally {
      setSaving(null);
    }
  };

  return (
    <Stack gap="xs">
      <div className={classes.rsvpRow}>
        <fieldset className={classes.answers}>
          <legend className={classes.srOnly}>Your answer for {title}</legend>
          {answers.map(({ response, label, icon: Icon, color }) => {
            const chosen = myRsvp === response;
            return (
              <Button
                key={response}
                size="sm"
                radius="xl"
                variant={chosen ? "filled" : "default"}
                color={chosen ? color : undefined}
                leftSection={<Icon size={16} />}
                aria-pressed={chosen}
                loading={saving === response}
                disabled={preview || (saving !== null && saving !== response)}
                onClick={() => answer(response)}
                px="sm"
              >
                {label}
              </Button>
            );
          })}
        </fieldset>
        <Group gap="xs" wrap="nowrap" className={classes.guests}>
          <Text size="sm" fw={550} component="label" htmlFor={`guests-${eventId}`}>
            Guests
          </Text>
          <NumberInput
            id={`guests-${eventId}`}
            aria-label={`Guests you're bringing to ${title}`}
            size="sm"
            w={80}
            min={0}
            max={MAX_GUESTS}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            value={guests}
            onChange={(value) => setGuests(typeof value === "number" ? value : 0)}
            disabled={preview}
          />
        </Group>
      </div>
      <Text size="xs" c="dimmed">
        {myRsvp === "GOING"
          ? "You're going. Changed the number of guests? Press Going again to update it."
          : `Guests count when you're going (up to ${MAX_GUESTS}).`}
      </Text>
      {failure && (
        <Alert color="red" variant="light" py="xs" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
