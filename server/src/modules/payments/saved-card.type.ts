import { Field, ObjectType } from "type-graphql";
import type { SavedCard as SavedCardRow } from "./stripe.service.js";

@ObjectType({ description: "The card a customer saved with Stripe, as Stripe described it." })
export class SavedCard {
  @Field({ description: "Stripe's brand name: visa, mastercard, amex…" })
  brand: string;

  @Field({ description: "The card number's last four digits." })
  last4: string;

  @Field(() => String, { nullable: true, description: "MM/YYYY" })
  expires: string | null;

  static from(card: SavedCardRow | null): SavedCard | null {
    return card ? Object.assign(new SavedCard(), card) : null;
  }
}
