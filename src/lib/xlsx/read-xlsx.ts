import { strFromU8, unzipSync } from 'fflate';

// An .xlsx workbook read back as text: each sheet's rows of cell text, in order. Shared strings,
// inline strings, numbers and booleans are read; formulas give their cached value. Dates stay
// numbers (Excel's serial days): the caller knows which columns are dates.

export interface ReadSheet {
  name: string;
  rows: string[][];
}

export class WorkbookError extends Error {}

/** Column index from a cell reference: "C7" → 2, "AA1" → 26. */
export function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  let index = 0;
  for (const ch of letters) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

const byLocalName = (root: Document | Element, name: string) => Array.from(root.getElementsByTagNameNS('*', name));
const textOf = (el: Element | undefined) =>
  el
    ? byLocalName(el, 't')
        .map((t) => t.textContent ?? '')
        .join('')
    : '';

function parseXml(files: Record<string, Uint8Array>, path: string): Document {
  const data = files[path];
  if (!data) throw new WorkbookError(`The workbook has no ${path}: it may not be an Excel file.`);
  const doc = new DOMParser().parseFromString(strFromU8(data), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new WorkbookError(`Part of the workbook (${path}) could not be read.`);
  return doc;
}

export function readWorkbook(bytes: Uint8Array): ReadSheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new WorkbookError('The file is not an Excel workbook (.xlsx). Save it from Excel as “Excel Workbook”, or choose the file the dashboard exported.');
  }
  const workbook = parseXml(files, 'xl/workbook.xml');
  const rels = parseXml(files, 'xl/_rels/workbook.xml.rels');
  const targets = new Map(byLocalName(rels, 'Relationship').map((r) => [r.getAttribute('Id'), r.getAttribute('Target') ?? '']));
  const shared = files['xl/sharedStrings.xml'] ? byLocalName(parseXml(files, 'xl/sharedStrings.xml'), 'si').map((si) => textOf(si)) : [];
  return byLocalName(workbook, 'sheet').map((sheet) => {
    const id = sheet.getAttribute('r:id') ?? sheet.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
    const target = (targets.get(id) ?? '').replace(/^\/?(xl\/)?/, '');
    const doc = parseXml(files, `xl/${target}`);
    const rows: string[][] = [];
    for (const row of byLocalName(doc, 'row')) {
      const r = Number(row.getAttribute('r') ?? rows.length + 1) - 1;
      const cells: string[] = [];
      for (const c of byLocalName(row, 'c')) {
        const at = c.getAttribute('r') ? columnIndex(c.getAttribute('r')!) : cells.length;
        const type = c.getAttribute('t');
        const v = byLocalName(c, 'v')[0]?.textContent ?? '';
        cells[at] = type === 's' ? (shared[Number(v)] ?? '') : type === 'inlineStr' ? textOf(byLocalName(c, 'is')[0]) : type === 'b' ? (v === '1' ? 'TRUE' : 'FALSE') : v;
      }
      rows[r] = Array.from(cells, (x) => x ?? '');
    }
    return { name: sheet.getAttribute('name') ?? '', rows: Array.from(rows, (x) => x ?? []) };
  });
}
