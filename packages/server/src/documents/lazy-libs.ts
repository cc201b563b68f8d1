// The xlsx and PDF libraries load on first use, not when the server starts: exceljs and pdfmake
// (with pdfkit) are ~0.7 s of CPU at every start (the server, a CLI command, every test process),
// and most requests need neither.
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function loadPdfKit(): Promise<typeof PDFDocument> {
  return (await import('pdfkit')).default;
}
