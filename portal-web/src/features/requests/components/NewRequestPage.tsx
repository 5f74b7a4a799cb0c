import { Alert, Button, Card, Group, Select, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../../components/PageHeader";
import { PreviewNote } from "../../../components/PreviewNote";
import type { ServiceRequestType } from "../../../gql/graphql";
import { portalError } from "../../../lib/errors";
import { dayInZone } from "../../../lib/format";
import { useIsPreview } from "../../../lib/viewer";
import { usePortalCars } from "../../cars/api/portal-cars";
import { useFacilityTimeZone } from "../../session/api/facility-time-zone";
import { useRequestService } from "../api/request-service";
import type { RequestsPageState } from "./RequestsPage";
import { requestTypes } from "./request-labels";

export const MAX_NOTES = 4000;

type Values = { type: ServiceRequestType | ""; carId: string; preferredDate: string; notes: string };

export function validateRequest(values: Values, today: string) {
  return {
    type: values.type ? null : "Pick the kind of work",
    preferredDate: !values.preferredDate
      ? null
      : !/^\d{4}-\d{2}-\d{2}$/.test(values.preferredDate)
        ? "Use a date like 2026-03-02"
        : values.preferredDate < today
          ? "Pick today or a later date"
          : null,
    notes:
      values.notes.length > MAX_NOTES
        ? `Notes are at most ${MAX_NOTES.toLocaleString("en-US")} characters`
        : values.type === "OTHER" && !values.notes.trim()
          ? "Tell the team what you need"
          : null,
  };
}

export function NewRequestPage() {
  const preview = useIsPreview();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { cars, enabled: vehiclesOn } = usePortalCars();
  const [requestService, { loading }] = useRequestService();
  const [failure, setFailure] = useState<string | null>(null);
  // The facility's today: the server refuses a preferred date before it, whatever zone the customer is in.
  const timeZone = useFacilityTimeZone();
  const today = dayInZone(new Date(), timeZone);
  const form = useForm<Values>({
    initialValues: { type: "", carId: params.get("car") ?? "", preferredDate: "", notes: "" },
    validate: (values) => validateRequest(values, dayInZone(new Date(), timeZone)),
  });

  const submit = form.onSubmit(async (values) => {
    if (preview || !values.type) return;
    setFailure(null);
    try {
      const { data } = await requestService({
        variables: {
          input: {
            type: values.type,
            carId: values.carId || null,
            preferredDate: values.preferredDate || null,
            notes: values.notes.trim() || null,
          },
        },
      });
      if (!data) return;
      notifications.show({ color: "teal", title: "Request sent", message: "The team will get back to you here." });
      const state: RequestsPageState = { created: data.requestService.id };
      navigate("/requests", { state });
    } catch (error) {
      const info = portalError(error);
      const known = (["type", "carId", "preferredDate", "notes"] as const).filter((f) => info.fields[f]);
      // The server's sentence is the clearer one ("Pick today or a later date"); its field note is a tag.
      for (const field of known) form.setFieldError(field, info.message);
      if (known.length === 0) setFailure(info.message);
    }
  });

  const carOptions = (cars ?? []).map((car) => ({ value: car.id, label: car.displayName }));

  return (
    <>
      <PageHeader
        title="New request"
        back={{ to: "/requests", label: "Requests" }}
        description="Tell the team what you need; they'll confirm the details with you."
      />
      <Card withBorder radius="lg" padding="lg" maw={640}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Select
              label="What do you need?"
              placeholder="Pick one"
              data={requestTypes}
              withAsterisk
              allowDeselect={false}
              size="md"
              comboboxProps={{ withinPortal: true }}
              disabled={preview}
              {...form.getInputProps("type")}
            />
            {vehiclesOn && carOptions.length > 0 && (
              <Select
                label="Car"
                placeholder="No particular car"
                data={carOptions}
                clearable
                size="md"
                disabled={preview}
                {...form.getInputProps("carId")}
                value={form.values.carId || null}
                onChange={(value) => form.setFieldValue("carId", value ?? "")}
              />
            )}
            <TextInput
              type="date"
              label="Preferred date"
              description="Optional. The team will confirm the date with you."
              min={today}
              size="md"
              disabled={preview}
              {...form.getInputProps("preferredDate")}
            />
            <Textarea
              label="Notes"
              placeholder="Anything the team should know: what to do, where to deliver, when you're available…"
              autosize
              minRows={3}
              maxRows={10}
              size="md"
              withAsterisk={form.values.type === "OTHER"}
              disabled={preview}
              {...form.getInputProps("notes")}
            />
            {failure && (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                {failure}
              </Alert>
            )}
            {preview && <PreviewNote>Requests can't be sent from a preview.</PreviewNote>}
            <Group gap="sm">
              <Button type="submit" size="md" loading={loading} disabled={preview} leftSection={<IconSend size={18} />}>
                Send request
              </Button>
              <Button component={Link} to="/requests" variant="subtle" size="md">
                Cancel
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </>
  );
}
