/**
 * A list as PostgreSQL's array literal (`{"1","a \"b\"",NULL}`), the text pg would send for it,
 * built with one join. pg builds that text itself by adding each element to the string so far,
 * which for the bulk invite's 500-row inserts (an array per column) allocated about 95 MB in a run
 * of 10,000, the largest single allocation of that run. Elements that are not text, numbers,
 * booleans or null (a Buffer, a Date) keep pg's own encoding: the list is handed back as it is.
 */
export function pgArrayParam(values: readonly unknown[]): string | unknown[] {
  if (values.length === 0) return "{}";
  // The elements as they go between the quotes; a join writes numbers, bigints and booleans as
  // String() does, as pg does.
  const inner = new Array<unknown>(values.length);
  let nulls = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === null || value === undefined) nulls = true;
    else if (typeof value === "string") inner[i] = NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, "\\$&") : value;
    else if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") inner[i] = value;
    else return [...values];
  }
  // Without nulls every element is quoted by the join itself: no string is made per element.
  if (!nulls) return `{"${inner.join('","')}"}`;
  for (let i = 0; i < values.length; i++)
    inner[i] = values[i] === null || values[i] === undefined ? "NULL" : `"${inner[i]}"`;
  return `{${inner.join(",")}}`;
}

// Inside a quoted element only a backslash and a double quote need one before them.
const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = /[\\"]/g;
