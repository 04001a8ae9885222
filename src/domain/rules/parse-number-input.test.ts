import fc from 'fast-check';
import { parseNumberInput } from './parse-number-input';

describe('parseNumberInput', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['12%', 12],
    ['-3', -3],
    ['\u22123', -3],
    [' 4 500 ', 4500],
    ['0.951', 0.951],
    ['.5', 0.5],
    ['+7', 7],
    ['-0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter a number'],
    ['n/a', 'is not a number'],
    ['12,5', 'decimal comma; write 12.5'],
    ['1,23,456', 'is not a number'],
    ['=1+1', 'looks like a formula'],
    ['1e400', 'is not a number'],
    ['1.2.3', 'is not a number'],
    ['--3', 'is not a number'],
  ])('refuses %j, saying why', (text, why) => {
    const result = parseNumberInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(why);
  });

  it('property: any finite number written plainly or with thousands separators reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const plain = value.toFixed(decimals);
        const grouped = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
        expect(parseNumberInput(plain)).toEqual({ ok: true, value: Number(plain) });
        expect(parseNumberInput(grouped)).toEqual({ ok: true, value: Number(plain) });
      }),
    );
  });

  it('property: never returns NaN or Infinity, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseNumberInput(text);
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
    );
  });
});
