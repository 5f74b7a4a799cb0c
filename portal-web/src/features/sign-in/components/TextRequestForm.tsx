import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState } from "react";
import { portalError } from "../../../lib/errors";
import { useRequestSignInText } from "../api/request-sign-in-text";
import { validatePhone } from "../validation";

type TextRequestFormProps = {
  facility: string;
  initialPhone?: string;
  onSent: (phone: string, message: string) => void;
  autoFocus?: boolean;
};

/** "Text me a link": the mobile number the facility has, read by the server in the facility's country. */
export function TextRequestForm({ facility, initialPhone = "", onSent, autoFocus }: TextRequestFormProps) {
  const [request, { loading }] = useRequestSignInText();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({ initialValues: { phone: initialPhone }, validate: { phone: validatePhone } });

  const submit = form.onSubmit(async ({ phone }) => {
    setFailure(null);
    const number = phone.trim();
    try {
      const { data } = await request({ variables: { facility, phone: number } });
      if (data) onSent(number, data.requestSignInText.message);
    } catch (error) {
      const info = portalError(error);
      // A number the server cannot read belongs under the field; a limit or an outage is the form's.
      if (info.code === "BAD_USER_INPUT" && info.fields?.phone) form.setFieldError("phone", info.fields.phone);
      else setFailure(info.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Mobile number"
          description="The number your facility has for you, with your consent to texts"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          size="md"
          maxLength={40}
          autoFocus={autoFocus}
          {...form.getInputProps("phone")}
        />
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {failure}
          </Alert>
        )}
        <Button type="submit" size="md" fullWidth loading={loading}>
          Text me a sign-in link
        </Button>
      </Stack>
    </form>
  );
}
