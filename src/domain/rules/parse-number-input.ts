// Numbers as people type them into a form or a spreadsheet: "1,234.5", "12%", "-3", "−3",
// " 4 500 ". Parsed strictly: anything that is not clearly one number is refused with a reason,
// because a silently misread figure is worse than a question.

export type NumberResult = { ok: true; value: number } | { ok: false; error: string };

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$|^\.\d+$/;

export function parseNumberInput(input: string): NumberResult {
  const text = input
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return { ok: false, error: 'Enter a number.' };
  let body = text;
  let sign = 1;
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body.startsWith('-') ? -1 : 1;
    body = body.slice(1);
  }
  // A trailing % is a unit people type; the number is the same ("12%" is 12 on a percentage indicator).
  if (body.endsWith('%')) body = body.slice(0, -1);
  if (!GROUPED.test(body) && !PLAIN.test(body)) {
    if (/^\d+,\d{1,2}$/.test(body)) return { ok: false, error: `"${input.trim()}" looks like a decimal comma; write ${body.replace(',', '.')} instead.` };
    if (/[=@]/.test(text)) return { ok: false, error: `"${input.trim()}" looks like a formula, not a number.` };
    return { ok: false, error: `"${input.trim()}" is not a number. Write it like 1234.5, 1,234.5, 12% or -3.` };
  }
  const value = sign * Number(body.replace(/,/g, ''));
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return { ok: false, error: `"${input.trim()}" is too large.` };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
