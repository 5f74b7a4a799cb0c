import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { FacilityScope } from "../../db/tenancy.js";
import { Role } from "../../graphql/auth.js";
import { type Context, requirePortal, requireStaff, staffScope } from "../../graphql/context.js";
import { parseId } from "../../graphql/ids.js";
import { Contact } from "../contacts/contact.type.js";
import { Customer } from "../customers/customer.type.js";
import { MyTextSettingsInput, TextSettingsInput } from "./texts.inputs.js";
import { saveTextSettings } from "./texts.service.js";
import { textSettingsFor as settingsOf, TextSettings } from "./texts.type.js";

@Resolver(() => Customer)
export class CustomerTextsResolver {
  @FieldResolver(() => TextSettings, { description: "Channel, consent to texts, STOP state and recent texts." })
  texts(@Ctx() ctx: Context, @Root() customer: Customer): Promise<TextSettings> {
    return settingsOf(ctx, customer.row.facilityId, { customerId: customer.row.id, contactId: null });
  }
}

@Resolver(() => Contact)
export class ContactTextsResolver {
  @FieldResolver(() => TextSettings, { description: "Channel, consent to texts, STOP state and recent texts." })
  texts(@Ctx() ctx: Context, @Root() contact: Contact): Promise<TextSettings> {
    return settingsOf(ctx, contact.row.facilityId, { customerId: contact.row.customerId, contactId: contact.row.id });
  }
}

@Resolver()
export class TextSettingsResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => TextSettings, {
    description:
      "Sets a person's channel and records (or withdraws) their consent to texts. Text needs a number and consent; a STOP from the number still wins until it replies START.",
  })
  async setTextSettings(
    @Ctx() ctx: Context,
    @Arg("input", () => TextSettingsInput, { description: "The person, their channel and consent." })
    input: TextSettingsInput,
  ): Promise<TextSettings> {
    const staff = requireStaff(ctx);
    const person = {
      customerId: parseId(input.customerId, "Customer"),
      contactId: input.contactId ? parseId(input.contactId, "Contact") : null,
    };
    await saveTextSettings(ctx, staffScope(ctx), person, input, { kind: "staff", name: staff.name });
    return settingsOf(ctx, staff.facilityId, person);
  }

  @Authorized(Role.PORTAL)
  @Mutation(() => TextSettings, { description: "Chooses my channel and gives or withdraws my consent to texts." })
  async updateMyTextSettings(
    @Ctx() ctx: Context,
    @Arg("input", () => MyTextSettingsInput, { description: "My channel and consent." }) input: MyTextSettingsInput,
  ): Promise<TextSettings> {
    const viewer = requirePortal(ctx);
    const person = { customerId: viewer.customerId, contactId: viewer.contactId };
    await saveTextSettings(ctx, new FacilityScope(viewer.facilityId), person, input, { kind: "person" });
    return settingsOf(ctx, viewer.facilityId, person);
  }
}
