let usd: Intl.NumberFormat | undefined;

/**
 * "$1,234.50" for 123450 cents. The formatter is made at the first amount, not when a module loads:
 * making one loads ICU's currency data, milliseconds of every start otherwise (decision 26).
 */
export function formatUsd(cents: number): string {
  usd ??= new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  return usd.format(cents / 100);
}
