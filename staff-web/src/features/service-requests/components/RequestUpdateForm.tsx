import { Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import { IconCheck, IconMail, IconSend } from "@tabler/icons-react";
import { useState } from "react";
import type { ServiceRequestStatus } from "../../../gql/graphql";
import { useUpdateServiceRequest } from "../api/update-service-request";
import { REQUEST_STATUS, STATUS_OPTIONS } from "./request-labels";

const MAX_REPLY = 4000;

type Values = { status: ServiceRequestStatus; reply: string };

type Props = {
  request: { id: string; status: ServiceRequestStatus; customerName: string };
};

/** Moves a request along and/or answers it; either one emails the customer. */
export function RequestUpdateForm({ request }: Props) {
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { status: request.status, reply: "" },
    validate: {
      reply: (reply, values) =>
        reply.trim().length > MAX_REPLY
          ? `Replies are at most ${MAX_REPLY.toLocaleString()} characters`
          : !reply.trim() && values.status === request.status
            ? "Write a reply or change the status"
            : null,
    },
  });
  const [update, { loading }] = useUpdateServiceRequest();
  const [error, setError] = useState<string | null>(null);
  const statusChanged = form.values.status !== request.status;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const reply = values.reply.trim();
    try {
      await update({
        variables: {
          id: request.id,
          status: values.status !== request.status ? values.status : null,
          reply: reply || null,
        },
      });
      notifications.show({
        color: "teal",
        icon: <IconCheck size={18} />,
        message:
          values.status !== request.status
            ? `Request marked ${REQUEST_STATUS[values.status].label}`
            : `Reply sent to ${request.customerName}`,
      });
      // The request's new status is the next starting point.
      form.setInitialValues({ status: values.status, reply: "" });
      form.reset();
    } catch (e) {
      const info = errorInfo(e);
      const fields = formFieldErrors(info, "");
      if (fields.reply) form.setFieldError("reply", fields.reply);
      else setError(info.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Update this request">
      <Stack gap="sm">
        <Textarea
          label="Reply to the customer"
          placeholder="We can take it on Tuesday morning; we'll collect it from bay 4."
          autosize
          minRows={3}
          maxRows={8}
          {...form.getInputProps("reply")}
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="Status"
            data={STATUS_OPTIONS}
            allowDeselect={false}
            checkIconPosition="right"
            w={180}
            {...form.getInputProps("status")}
          />
          <Button type="submit" loading={loading} leftSection={<IconSend size={16} />} ml="auto">
            {statusChanged && !form.values.reply.trim()
              ? "Update status"
              : statusChanged
                ? "Send & update status"
                : "Send reply"}
          </Button>
        </Group>
        <Group gap={6} wrap="nowrap" c="dimmed">
          <IconMail size={14} style={{ flexShrink: 0 }} aria-hidden />
          <Text size="xs">{request.customerName}'s people who get scheduling emails hear about it.</Text>
        </Group>
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </form>
  );
}
