import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { MAX_PASSWORD_LENGTH } from "../../lib/password-policy.js";
import { EMAIL_MAX_LENGTH } from "../../lib/text.js";
import { ADMIN_NAME_MAX_LENGTH, FACILITY_NAME_MAX_LENGTH } from "./sign-up.service.js";

@InputType({ description: "A new facility and its first admin, created once the email is confirmed." })
export class SignUpFacilityInput {
  @Field({ description: "The facility's name, up to 120 characters." })
  @MaxLength(FACILITY_NAME_MAX_LENGTH, {
    message: `The facility's name is at most ${FACILITY_NAME_MAX_LENGTH} characters`,
  })
  facilityName: string;

  @Field({ description: "IANA time zone, e.g. America/Chicago." })
  @MaxLength(64, { message: "Pick a time zone from the list" })
  timeZone: string;

  @Field({ description: "ISO 3166 alpha-2 country of phone numbers typed without +, e.g. US." })
  @MaxLength(2, { message: "Pick a country from the list" })
  country: string;

  @Field({ description: "The first admin's name, up to 120 characters." })
  @MaxLength(ADMIN_NAME_MAX_LENGTH, { message: `Your name is at most ${ADMIN_NAME_MAX_LENGTH} characters` })
  adminName: string;

  @Field({ description: "The first admin's email; the confirmation link goes there." })
  @MaxLength(EMAIL_MAX_LENGTH, { message: "That email address is too long" })
  adminEmail: string;

  @Field({ description: "The first admin's password: 8 to 256 characters, not too easy to guess." })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `A password is at most ${MAX_PASSWORD_LENGTH} characters` })
  password: string;
}
