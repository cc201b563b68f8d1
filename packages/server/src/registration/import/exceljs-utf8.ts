/**
 * exceljs's streaming reader decodes each inflated chunk on its own, so a Chinese character
 * split across two chunks becomes "��" (exceljs issues #2063, #2084; about one row in 3,000
 * of a real register). Worksheet and shared-string entries are decoded here with a
 * StringDecoder, which carries a split character over to the next chunk.
 */
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

async function* utf8Chunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: number): Generator<unknown>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
  __utf8Safe?: boolean;
}

const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
if (!proto.__utf8Safe) {
  const parseWorksheet = proto._parseWorksheet;
  proto._parseWorksheet = function (iterator, sheetNo) {
    return parseWorksheet.call(this, utf8Chunks(iterator) as unknown as AsyncIterable<Buffer>, sheetNo);
  };
  const parseSharedStrings = proto._parseSharedStrings;
  proto._parseSharedStrings = function (entry) {
    entry.setEncoding('utf8');
    return parseSharedStrings.call(this, entry);
  };
  proto.__utf8Safe = true;
}
