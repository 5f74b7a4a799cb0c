const brands: Record<string, string> = {
  amex: "American Express",
  cartes_bancaires: "Cartes Bancaires",
  diners: "Diners Club",
  discover: "Discover",
  eftpos_au: "eftpos",
  jcb: "JCB",
  link: "Link",
  mastercard: "Mastercard",
  unionpay: "UnionPay",
  visa: "Visa",
};

/** A saved card as people say it: "Visa ending 4242". Stripe names brands in lower case. */
export function describeCard(card: { brand: string; last4: string }): string {
  const brand = brands[card.brand] ?? (card.brand ? card.brand[0]?.toUpperCase() + card.brand.slice(1) : "Card");
  return `${brand} ending ${card.last4}`;
}
