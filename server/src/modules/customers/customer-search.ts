import type { CustomerSearchTerm } from "../../db/database.js";
import { searchablePhoneDigits } from "../../lib/phone.js";
import { digitsOnly } from "../../lib/text.js";

/** Text made only of what people put in phone numbers: "+1 (207) 555-0148", "207.555.0148". */
const PHONE_TEXT = /^[\d\s()+./-]+$/;

/**
 * The search rule (docs/decisions/0002-customer-search.md), case-insensitive; the engine decides
 * how to find the terms (data.dialect.customerSearch), the rule is here:
 * - text that looks like a phone number matches a customer whose name or email contains it, whose
 *   phone digits contain its digits, or — when it is a complete number of the facility's country —
 *   whose phone is that number;
 * - any other text is split into words, and every word must be in the name or the email (a word
 *   that looks like part of a phone number may instead be in the phone digits), in any order.
 * Null when there is nothing to search for.
 */
export function customerSearchTerms(search: string, facilityCountry: string): CustomerSearchTerm[] | null {
  const text = search.trim();
  if (!text) return null;
  if (PHONE_TEXT.test(text) && /\d/.test(text)) {
    const digits = digitsOnly(text) ?? "";
    // "(020) 7946 0958" typed in the UK is stored as +44 20 7946 0958: its digits alone are not in it.
    const international = digits.length >= 3 ? searchablePhoneDigits(text, facilityCountry) : null;
    return [{ text, digits: international && international !== digits ? [digits, international] : [digits] }];
  }
  return text.split(/\s+/).map((word) => {
    const digits = PHONE_TEXT.test(word) ? digitsOnly(word) : null;
    return { text: word, digits: digits ? [digits] : [] };
  });
}
