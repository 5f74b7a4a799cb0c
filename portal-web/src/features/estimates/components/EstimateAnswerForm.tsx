import { Alert, Button, Card, Checkbox, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { IconAlertCircle, IconCheck, IconInfoCircle, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { PreviewNote } from "../../../components/PreviewNote";
import type { PortalEstimateFieldsFragment } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { money } from "../../../lib/format";
import { useIsPreview } from "../../../lib/viewer";
import { useRespondToEstimate } from "../api/respond-to-estimate";
import classes from "./EstimatePage.module.css";

type Answer = "selected" | "all" | "decline";

type EstimateAnswerFormProps = {
  estimate: PortalEstimateFieldsFragment;
  facilityName: string;
  /** The facility's setting: customers may accept some lines, or answer for the whole estimate only. */
  lineChoice: boolean;
};

const MAX_NOTE = 2000;

/**
 * Accept some lines, all of it, or decline, each after a confirmation. A facility may ask for whole
 * answers only: then only accepting or declining the whole estimate is offered. Should the setting
 * change while the page is open, the server's refusal of a choice of lines switches to whole answers.
 */
export function EstimateAnswerForm({ estimate, facilityName, lineChoice }: EstimateAnswerFormProps) {
  const preview = useIsPreview();
  const [respond, { loading }] = useRespondToEstimate();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(estimate.lines.map((l) => l.id)));
  const [note, setNote] = useState("");
  const [wholeOnly, setWholeOnly] = useState(!lineChoice);
  const [confirming, setConfirming] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const lines = estimate.lines;
  const selectedLines = lines.filter((l) => selected.has(l.id));
  const selectedCents = selectedLines.reduce((sum, l) => sum + l.amountCents, 0);
  const allSelected = selectedLines.length === lines.length;
  const noneSelected = selectedLines.length === 0;
  const choosing = !wholeOnly && lines.length > 1;
  const partial = choosing && !allSelected && !noneSelected;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const send = async (answer: Answer) => {
    if (preview) return;
    setFailure(null);
    const input =
      answer === "decline"
        ? { accept: false, note }
        : answer === "selected" && partial
          ? { accept: true, acceptedLineIds: selectedLines.map((l) => l.id), note }
          : { accept: true, note };
    try {
      await respond({ variables: { id: estimate.id, input } });
      setConfirming(null);
    } catch (error) {
      const info = portalError(error);
      setConfirming(null);
      if (info.code === "BAD_USER_INPUT" && "acceptedLineIds" in input) {
        setWholeOnly(true);
        setSelected(new Set(lines.map((l) => l.id)));
        return;
      }
      if (info.fields.note) setFailure(info.fields.note === "Too long" ? info.message : info.fields.note);
      else setFailure(info.message);
    }
  };

  const confirmText: Record<Answer, { title: string; body: string; action: string; color?: string }> = {
    selected: {
      title: "Accept the selected lines?",
      body: `You're accepting ${selectedLines.length} of ${lines.length} lines, ${money(selectedCents)} in all. ${facilityName} will go ahead with those and leave out the rest.`,
      action: `Accept ${money(selectedCents)}`,
    },
    all: {
      title: "Accept the whole estimate?",
      body: `You're accepting every line, ${money(estimate.totalCents)} in all. ${facilityName} will go ahead with the work.`,
      action: `Accept ${money(estimate.totalCents)}`,
    },
    decline: {
      title: "Decline this estimate?",
      body: `${facilityName} will be told you declined it${note.trim() ? ", with your note" : ""}. If you'd like something changed, add a note before declining.`,
      action: "Decline estimate",
      color: "red",
    },
  };
  const confirm = confirming ? confirmText[confirming] : null;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="estimate-lines">
      <Group justify="space-between" mb="sm">
        <Text fw={650} id="estimate-lines">
          {choosing ? "Choose what to go ahead with" : "Lines"}
        </Text>
        {choosing && (
          <Checkbox
            label="Select all"
            size="sm"
            checked={allSelected}
            indeterminate={partial}
            onChange={(event) => setSelected(event.currentTarget.checked ? new Set(lines.map((l) => l.id)) : new Set())}
            disabled={preview}
          />
        )}
      </Group>

      {wholeOnly && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} mb="md" role="status">
          {facilityName} asks you to accept or decline the estimate as a whole. You can accept all of it, or decline it
          and say in a note what you'd like changed.
        </Alert>
      )}

      <ul className={classes.lines} aria-label="Estimate lines">
        {lines.map((line) => (
          <li key={line.id} className={classes.line} data-off={(choosing && !selected.has(line.id)) || undefined}>
            {choosing ? (
              <Checkbox
                checked={selected.has(line.id)}
                onChange={(event) => toggle(line.id, event.currentTarget.checked)}
                disabled={preview}
                label={line.description}
                description={line.quantity > 1 ? `${line.quantity} × ${money(line.unitCents)}` : undefined}
                classNames={{ root: classes.lineCheck, body: classes.lineCheckBody }}
              />
            ) : (
              <div className={classes.lineText}>
                <Text size="sm">{line.description}</Text>
                {line.quantity > 1 && (
                  <Text size="xs" c="dimmed">
                    {line.quantity} × {money(line.unitCents)}
                  </Text>
                )}
              </div>
            )}
            <Text size="sm" fw={600} className={classes.lineAmount}>
              {money(line.amountCents)}
            </Text>
          </li>
        ))}
      </ul>

      <Group justify="space-between" className={classes.total}>
        <Text fw={650}>{choosing ? "Selected" : "Total"}</Text>
        <Text fw={700} size="lg" data-testid="estimate-selected-total">
          {choosing && !allSelected
            ? `${money(selectedCents)} of ${money(estimate.totalCents)}`
            : money(estimate.totalCents)}
        </Text>
      </Group>

      <Stack gap="md" mt="lg">
        <Textarea
          label="Note for the team (optional)"
          placeholder="Questions, or what you'd like changed"
          autosize
          minRows={2}
          maxRows={6}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={
            note.length > MAX_NOTE ? `Notes are at most ${MAX_NOTE.toLocaleString("en-US")} characters` : undefined
          }
          disabled={preview}
        />
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        )}
        {preview && <PreviewNote>Answering is turned off in a preview.</PreviewNote>}
        {choosing && noneSelected && !preview && (
          <Text size="sm" c="dimmed">
            Select at least one line to accept, or decline the estimate.
          </Text>
        )}
        <Group gap="sm" className={classes.actions}>
          {partial && (
            <Button
              leftSection={<IconCheck size={18} />}
              onClick={() => setConfirming("selected")}
              disabled={preview || note.length > MAX_NOTE}
            >
              Accept selected ({selectedLines.length} of {lines.length})
            </Button>
          )}
          {choosing && noneSelected && (
            <Button leftSection={<IconCheck size={18} />} disabled>
              Accept selected
            </Button>
          )}
          <Button
            variant={partial || (choosing && noneSelected) ? "default" : "filled"}
            leftSection={<IconCheck size={18} />}
            onClick={() => setConfirming("all")}
            disabled={preview || note.length > MAX_NOTE}
          >
            Accept all
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconX size={18} />}
            onClick={() => setConfirming("decline")}
            disabled={preview || note.length > MAX_NOTE}
            className={classes.decline}
          >
            Decline
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={confirm !== null}
        onClose={() => !loading && setConfirming(null)}
        title={confirm?.title}
        centered
        radius="lg"
      >
        <Text size="sm">{confirm?.body}</Text>
        {note.trim() && (
          <Text size="sm" c="dimmed" mt="sm" className={classes.notePreview}>
            Your note: {note.trim()}
          </Text>
        )}
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(null)} disabled={loading}>
            Cancel
          </Button>
          <Button color={confirm?.color} loading={loading} onClick={() => confirming && send(confirming)}>
            {confirm?.action}
          </Button>
        </Group>
      </Modal>
    </Card>
  );
}
