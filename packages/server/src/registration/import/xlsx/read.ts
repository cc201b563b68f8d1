/** Opens an .xlsx and streams the rows of its first sheet (see workbook.ts for which that is). */
import { readSharedStrings } from './shared-strings.js';
import { type RawRow, type SheetProgress, sheetRows } from './sheet.js';
import { dateStyles } from './styles.js';
import { workbookParts } from './workbook.js';
import { openZip, type ZipSource } from './zip.js';

export type { RawRow, SheetProgress };

/** `progress` is filled in as the sheet is read: its size first, then bytes read and the <dimension>. */
export async function* readXlsxRows(source: ZipSource, progress: SheetProgress): AsyncGenerator<RawRow> {
  const zip = await openZip(source);
  try {
    const parts = await workbookParts(zip);
    progress.bytesTotal = zip.part(parts.sheet)?.size ?? 0;
    const shared = parts.sharedStrings ? await readSharedStrings(zip, parts.sharedStrings) : [];
    const styles = parts.styles ? await zip.text(parts.styles) : null;
    yield* sheetRows(
      zip,
      parts.sheet,
      { shared, dateStyles: styles ? dateStyles(styles) : [], date1904: parts.date1904 },
      progress,
    );
  } finally {
    zip.close();
  }
}
