/**
 * The row an insert/update … returning() answers when the statement must have hit exactly one row
 * (an insert, or an update of a row read earlier in the same transaction). A missing row here is a
 * bug, not a user's mistake.
 */
export function returnedRow<T>(rows: readonly T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error("The statement returned no row where it must have written one.");
  return row;
}
