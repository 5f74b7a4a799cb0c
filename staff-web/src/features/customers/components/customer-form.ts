import { useForm } from "@mantine/form";
import { errorInfo, formFieldErrors } from "@portico/web-core/errors";
import type { CustomerInput } from "../../../gql/graphql";
import { blankToNull, INVALID_EMAIL, looksLikeEmail } from "../../../lib/forms";

export type CustomerFormValues = { name: string; email: string; phone: string; address: string; notes: string };

export const EMPTY_CUSTOMER: CustomerFormValues = { name: "", email: "", phone: "", address: "", notes: "" };

export function useCustomerForm(initialValues: CustomerFormValues) {
  return useForm<CustomerFormValues>({
    mode: "controlled",
    initialValues,
    validate: {
      name: (v) => (v.trim() ? null : "Enter the customer's name"),
      email: (v) => (!v.trim() || looksLikeEmail(v) ? null : INVALID_EMAIL),
    },
  });
}

export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  return {
    name: values.name.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    address: blankToNull(values.address),
    notes: blankToNull(values.notes),
  };
}

/**
 * Puts the server's field errors under the matching inputs. Returns the message to show above
 * the buttons when the error does not belong to a visible field.
 */
export function applyServerErrors(
  form: { setErrors: (errors: Record<string, string>) => void },
  error: unknown,
  visibleFields: readonly string[],
): string | null {
  const info = errorInfo(error);
  const fields = formFieldErrors(info);
  const placed = Object.fromEntries(Object.entries(fields).filter(([key]) => visibleFields.includes(key)));
  if (Object.keys(placed).length > 0) {
    form.setErrors(placed);
    return null;
  }
  return info.message;
}
