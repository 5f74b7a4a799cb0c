import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle, IconCheck, IconPhoto, IconX } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { UploadList } from "../../../components/UploadList";
import { facilityToday, parseCalendarDate } from "../../../lib/dates";
import { applyServerErrors, blankToNull } from "../../../lib/forms";
import { fileSize, imageProblem, useUploadQueue } from "../../../lib/uploads";
import { useStaffViewer } from "../../auth/api/staff-viewer";
import { useAddConditionReport, useAddReportPhoto } from "../api/add-condition-report";
import type { UploadedPhoto } from "../api/add-uploaded-photo";
import { UploadButton } from "./PhotosCard";

const FIELDS = ["inspectedOn", "inspector", "odometer", "notes"] as const;
const NOTES_MAX = 5000;

type Values = { inspectedOn: string; inspector: string; odometer: number | string; notes: string };

type Props = { carId: string; onClose: () => void };

/**
 * A report is saved first, then its photos go up one by one to the new report. A photo that fails
 * leaves the report saved; the dialog stays open to say which photo and why. The report and each
 * uploaded photo land in the cache from their answers: the car is not read again.
 */
export default function NewConditionReportDialog({ carId, onClose }: Props) {
  const { data: viewer } = useStaffViewer();
  const today = facilityToday(viewer?.staffViewer?.facility.timeZone);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      inspectedOn: today,
      inspector: viewer?.staffViewer?.name ?? "",
      odometer: "",
      notes: "",
    },
    validate: {
      inspectedOn: (v) => {
        const day = parseCalendarDate(v);
        if (!day) return "Enter the date of the inspection";
        return v > today ? "The inspection date cannot be in the future" : null;
      },
      inspector: (v) =>
        v.trim() ? (v.trim().length <= 120 ? null : "At most 120 characters") : "Enter who inspected the car",
      odometer: (v) =>
        v === "" || (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 10_000_000)
          ? null
          : "Enter the odometer reading as a whole number",
      notes: (v) => (v.length <= NOTES_MAX ? null : `Keep notes to ${NOTES_MAX} characters or fewer`),
    },
  });
  const [photos, setPhotos] = useState<Array<{ key: number; file: File }>>([]);
  const nextKey = useRef(0);
  const [addReport, { loading }] = useAddConditionReport(carId);
  const addReportPhoto = useAddReportPhoto();
  const [error, setError] = useState<string | null>(null);
  const [stage, setStage] = useState<"form" | "uploading" | "done">("form");
  const reportId = useRef<string | null>(null);

  const uploads = useUploadQueue<UploadedPhoto>({
    url: () => `/uploads/condition-reports/${reportId.current}/photos`,
    check: imageProblem,
    onUploaded: (photo) => {
      if (reportId.current) addReportPhoto(reportId.current, photo);
    },
    onSettled: ({ failed }) => {
      if (failed === 0) {
        notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Condition report saved" });
        onClose();
      } else {
        setStage("done");
      }
    },
  });

  const valid = photos.map((p) => p.file).filter((file) => !imageProblem(file));

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      const { data } = await addReport({
        variables: {
          carId,
          input: {
            inspectedOn: values.inspectedOn,
            inspector: values.inspector.trim(),
            odometer: typeof values.odometer === "number" ? values.odometer : null,
            notes: blankToNull(values.notes),
          },
        },
      });
      reportId.current = data?.addConditionReport.id ?? null;
    } catch (e) {
      setError(applyServerErrors(form, e, FIELDS));
      return;
    }
    if (valid.length === 0) {
      notifications.show({ color: "teal", icon: <IconCheck size={18} />, message: "Condition report saved" });
      onClose();
      return;
    }
    setStage("uploading");
    uploads.add(valid);
  });

  // While photos upload the report exists already: closing would only hide the progress.
  const closable = stage !== "uploading";

  return (
    <Modal
      opened
      onClose={closable ? onClose : () => {}}
      withCloseButton={closable}
      closeOnEscape={closable}
      closeOnClickOutside={closable}
      title={stage === "form" ? "New condition report" : "Condition report saved"}
      size="lg"
    >
      {stage === "form" ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              <TextInput
                type="date"
                label="Inspected on"
                max={today}
                withAsterisk
                {...form.getInputProps("inspectedOn")}
              />
              <TextInput label="Inspector" withAsterisk data-autofocus {...form.getInputProps("inspector")} />
              <NumberInput
                label="Odometer"
                placeholder="48210"
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=","
                hideControls
                {...form.getInputProps("odometer")}
              />
            </SimpleGrid>
            <Textarea
              label="Notes"
              placeholder="Small chip on the driver's door; tyres at 32 psi"
              description="Damage, marks and anything the customer should know. They see the report in the portal."
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps("notes")}
            />
            <Stack gap="xs">
              <Group justify="space-between" gap="sm">
                <div>
                  <Text size="sm" fw={500}>
                    Photos
                  </Text>
                  <Text size="xs" c="dimmed">
                    JPEG, PNG, WebP or HEIC, up to 15 MB each. Uploaded when you save.
                  </Text>
                </div>
                <UploadButton
                  label="Add photos"
                  onFiles={(files) =>
                    setPhotos((p) => [...p, ...files.map((file) => ({ key: nextKey.current++, file }))])
                  }
                />
              </Group>
              {photos.length > 0 && (
                <Stack
                  gap={4}
                  component="ul"
                  style={{ listStyle: "none", margin: 0, padding: 0 }}
                  aria-label="Chosen photos"
                >
                  {photos.map(({ key, file }) => {
                    const problem = imageProblem(file);
                    return (
                      <Group component="li" key={key} gap="xs" wrap="nowrap" aria-label={file.name} align="flex-start">
                        <IconPhoto size={16} color="var(--mantine-color-dimmed)" aria-hidden style={{ marginTop: 2 }} />
                        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" truncate="end">
                              {file.name}
                            </Text>
                            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                              {fileSize(file.size)}
                            </Text>
                          </Group>
                          {problem && (
                            <Text size="xs" c="red.8" role="alert">
                              {problem} It will not be uploaded.
                            </Text>
                          )}
                        </Stack>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`Leave out ${file.name}`}
                          onClick={() => setPhotos((p) => p.filter((item) => item.key !== key))}
                        >
                          <IconX size={14} />
                        </ActionIcon>
                      </Group>
                    );
                  })}
                </Stack>
              )}
            </Stack>
            {error && (
              <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                {valid.length > 0
                  ? `Save report and upload ${valid.length} ${valid.length === 1 ? "photo" : "photos"}`
                  : "Save report"}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <Text size="sm">
            {stage === "uploading"
              ? "The report is saved. Its photos are uploading; keep this window open until they are done."
              : "The report is saved, but not every photo could be uploaded. You can add other files to it now."}
          </Text>
          <UploadList items={uploads.items} noun="photos" />
          {stage === "done" && (
            <Group justify="flex-end" gap="sm">
              <UploadButton
                label="Add photos"
                size="sm"
                onFiles={(files) => {
                  if (uploads.add(files) > 0) setStage("uploading");
                }}
              />
              <Button onClick={onClose}>Done</Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
