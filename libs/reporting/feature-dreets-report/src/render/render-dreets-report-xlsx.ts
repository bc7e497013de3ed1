import ExcelJS from 'exceljs';
import {
  EMPLOYER_SOURCE,
  HIDDEN_TEXT,
  hiddenReason,
  type DreetsReport,
  type PackCell,
  type PackTable,
} from '@passerelle/reporting/domain';

/** Where each table starts: its title on the first row, a blank row, then the table. */
const TABLE_TOP = 3;

/**
 * The DREETS report as a workbook: one sheet per table, each a real spreadsheet table (filters,
 * banded rows) with numbers as numbers; a hidden figure is the text "Masqué" with a note saying
 * why; the employer's part is left blank for them to fill in, each row saying so.
 */
export async function renderDreetsReportXlsx(tables: PackTable[], report: DreetsReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  workbook.created = report.asOf;
  tables.forEach((table, index) => {
    const sheet = workbook.addWorksheet(table.sheet);
    sheet.getCell('A1').value = table.title;
    sheet.getCell('A1').font = { bold: true, size: 13 };
    sheet.addTable({
      name: `Bilan${index + 1}`,
      ref: `A${TABLE_TOP}`,
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: table.columns.map((name) => ({ name, filterButton: true })),
      // A table needs a row: an empty one says there is nothing yet.
      rows:
        table.rows.length > 0
          ? table.rows.map((cells) => cells.map(cellValue))
          : [table.columns.map(() => null)],
    });
    table.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const target = sheet.getCell(TABLE_TOP + 1 + r, c + 1);
        if (cell === EMPLOYER_SOURCE) target.font = { italic: true };
        if (cell === null || typeof cell !== 'object') return;
        target.note = `${HIDDEN_TEXT} : ${hiddenReason(cell.hidden, report.k)}.`;
        target.alignment = { horizontal: 'right' };
      }),
    );
    sheet.columns.forEach((column, c) => {
      column.width = c === 0 ? 46 : Math.max(14, Math.min(60, (table.columns[c]?.length ?? 0) + 4));
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const cellValue = (cell: PackCell): string | number | null =>
  cell !== null && typeof cell === 'object' ? HIDDEN_TEXT : cell;
