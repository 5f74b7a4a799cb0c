/**
 * Reading and writing the CSV files staff upload and download (bulk invites, customer imports):
 * records with the line each starts on, read a piece at a time with yields to the event loop, and
 * reports whose formula-like cells are neutralised.
 */

/** A record of the file: its cells and the line of the file it starts on (blank lines counted). */
export type CsvRecord = { line: number; cells: string[]; quoteError: boolean };

/** A problem of the file at one of its lines. */
export type CsvLineError = { line: number; message: string };

/** Lines read between two yields to the event loop. */
export const CSV_PIECE_LINES = 500;

/** Lets the requests waiting on the event loop through between two chunks of a long job. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type Papa = typeof import("papaparse");

/** The CSV library, loaded with the first file read or written rather than at every start. */
async function papaparse(): Promise<Papa> {
  return (await import("papaparse")).default;
}

/** The text as a file's lines: without a byte-order mark, every line break a plain "\n". */
export function csvText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * The text cut after a line break every CSV_PIECE_LINES lines or so, only where the quotes seen so
 * far are balanced: a cut falls between records, never inside a quoted cell spanning lines (a cut
 * that still lands inside one is caught by the parse, see csvRecords).
 */
function csvPieces(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  let lines = 0;
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if (c === 10 && ++lines >= CSV_PIECE_LINES && quotes % 2 === 0) {
      pieces.push(text.slice(start, i + 1));
      start = i + 1;
      lines = 0;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}

/**
 * Every non-blank record of the file (given through csvText) with the line it starts on, counted in
 * the file itself: blank lines and quoted cells spanning lines are counted, so errors point at the
 * line a spreadsheet shows. Read a piece at a time (csvPieces) with a yield between pieces, so a
 * 10,000-line file never holds the event loop for long. The delimiter is the one the first piece
 * was read with, as for the whole file at once; a piece whose quotes do not close is read again
 * joined to the next one, so a cut inside a quoted cell reads as if there had been none.
 */
export async function csvRecords(text: string): Promise<CsvRecord[]> {
  const Papa = await papaparse();
  const records: CsvRecord[] = [];
  const pieces = csvPieces(text);
  let line = 1;
  let delimiter: string | undefined;
  for (let index = 0; index < pieces.length; index++) {
    let piece = pieces[index] ?? "";
    for (;;) {
      const read = readPiece(Papa, piece, line, delimiter);
      if (!read.quoteError || index === pieces.length - 1) {
        records.push(...read.records);
        delimiter ??= read.delimiter;
        break;
      }
      index++;
      piece += pieces[index] ?? "";
    }
    for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) === 10) line++;
    await yieldToEventLoop();
  }
  return records;
}

function readPiece(Papa: Papa, text: string, firstLine: number, delimiter: string | undefined) {
  const records: CsvRecord[] = [];
  let start = 0;
  let line = firstLine;
  let delimiterUsed = delimiter;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result) => {
      delimiterUsed ??= result.meta.delimiter;
      const cursor = result.meta.cursor;
      const recordLine = line;
      for (let i = start; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      // A record read up to its line break has moved the count to the next record's line already.
      start = cursor;
      if (result.data.every((cell) => !cell.trim())) return;
      records.push({
        line: recordLine,
        cells: result.data,
        quoteError: result.errors.some((e) => e.type === "Quotes"),
      });
    },
  });
  return {
    records,
    delimiter: delimiterUsed,
    quoteError: records.some((r) => r.quoteError),
  };
}

/**
 * A CSV for staff to open in a spreadsheet. Cells starting with = + - @ (or a tab or CR) are
 * neutralised with a leading quote, so a name like "=HYPERLINK(…)" stays text.
 */
export async function csvDocument(fields: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>) {
  const Papa = await papaparse();
  return Papa.unparse({ fields: [...fields], data: rows.map((row) => [...row]) }, { escapeFormulae: true });
}
