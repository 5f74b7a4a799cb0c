import { ValidateBy, type ValidationOptions } from "class-validator";
import { isValidTypedEmail } from "../lib/text.js";

/**
 * An optional email: empty or blank passes (the service stores null), anything else must be a
 * valid address without invisible or control characters; stray spaces around it are forgiven.
 */
export function IsOptionalEmail(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isOptionalEmail",
      validator: {
        validate: (value: unknown) =>
          value === null ||
          value === undefined ||
          (typeof value === "string" && (!value.trim() || isValidTypedEmail(value))),
        defaultMessage: () => "Enter a valid email address, like name@example.com",
      },
    },
    options,
  );
}
