import { Alert, Button, Group, NumberInput, Stack, Text } from "@mantine/core";
import { IconCheck, IconHelp, IconX } from "@tabler/icons-react";
import { useState } from "react";
import type { RsvpResponse } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { useIsPreview } from "../../../lib/viewer";
import { useRsvp } from "../api/rsvp";
import classes from "./EventCard.module.css";

const answers: Array<{ response: RsvpResponse; label: string; icon: typeof IconCheck; color: string }> = [
  { response: "GOING", label: "Going", icon: IconCheck, color: "teal" },
  { response: "MAYBE", label: "Maybe", icon: IconHelp, color: "yellow" },
  { response: "NOT_GOING", label: "Can't go", icon: IconX, color: "gray" },
];

export const MAX_GUESTS = 10;

type RsvpControlProps = { eventId: string; title: string; myRsvp: RsvpResponse | null; myGuests: number };

const guestWords = (n: number) => (n === 0 ? "no guests" : n === 1 ? "1 guest" : `${n} guests`);

/**
 * Going / Maybe / Can't go for a social event, and how many guests come along with Going (0–10).
 * Once going, a changed number of guests is saved with its own button.
 */
export function RsvpControl({ eventId, title, myRsvp, myGuests }: RsvpControlProps) {
  const preview = useIsPreview();
  const [rsvp] = useRsvp();
  const [guests, setGuests] = useState<number | string>(myGuests);
  const [saving, setSaving] = useState<RsvpResponse | "guests" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const count = typeof guests === "number" ? guests : Number.NaN;
  const guestProblem =
    Number.isInteger(count) && count >= 0 && count <= MAX_GUESTS ? null : `From 0 to ${MAX_GUESTS} guests`;
  const going = myRsvp === "GOING";
  const guestsChanged = going && guestProblem === null && count !== myGuests;

  const answer = async (response: RsvpResponse, busy: RsvpResponse | "guests" = response) => {
    if (preview) return;
    if (response === "GOING" && guestProblem) return;
    setFailure(null);
    setSaving(busy);
    try {
      const { data } = await rsvp({ variables: { eventId, response, guests: response === "GOING" ? count : 0 } });
      if (response !== "GOING") setGuests(0);
      else if (data?.rsvp.myGuests != null) setGuests(data.rsvp.myGuests);
    } catch (error) {
      const info = portalError(error);
      setFailure(info.fields.guests ? `Bring ${MAX_GUESTS} guests at most.` : info.message);
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
        <Group gap="xs" wrap="nowrap" className={classes.guests} align="flex-start">
          <Text size="sm" fw={550} component="label" htmlFor={`guests-${eventId}`} mt={6}>
            Bringing
          </Text>
          <NumberInput
            id={`guests-${eventId}`}
            aria-label={`Guests you're bringing to ${title}`}
            size="sm"
            w={72}
            min={0}
            max={MAX_GUESTS}
            clampBehavior="blur"
            allowDecimal={false}
            allowNegative={false}
            value={guests}
            onChange={setGuests}
            error={guestProblem !== null}
            disabled={preview}
          />
          <Text size="sm" c="dimmed" mt={6}>
            {count === 1 ? "guest" : "guests"}
          </Text>
          {guestsChanged && (
            <Button
              size="sm"
              variant="light"
              loading={saving === "guests"}
              disabled={saving !== null && saving !== "guests"}
              onClick={() => answer("GOING", "guests")}
            >
              Save
            </Button>
          )}
        </Group>
      </div>
      <Text size="xs" c={guestProblem ? "red" : "dimmed"} aria-live="polite">
        {guestProblem ??
          (going
            ? `You're going with ${guestWords(myGuests)}.`
            : `Guests count when you're going (up to ${MAX_GUESTS}).`)}
      </Text>
      {failure && (
        <Alert color="red" variant="light" py="xs" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
