import { invisibleControlCharacter } from './control-characters';

describe('invisible characters in text', () => {
  it.each([
    ['a zero-width space', 'Pandemic\u200Beffect', 'U+200B'],
    ['a byte-order mark inside text', 'Provisional\uFEFF', 'U+FEFF'],
    ['a soft hyphen', 'pro\u00ADvisional', 'U+00AD'],
    ['a word joiner', 'Leeds\u2060 only', 'U+2060'],
    ['a right-to-left override', 'Checked \u202Eevil', 'U+202E'],
    ['a NUL', 'ONS\u0000', 'U+0000'],
  ])('are named: %s', (_what, text, code) => {
    expect(invisibleControlCharacter(text)).toBe(code);
  });

  it('leave ordinary text, line breaks, tabs and the joiners other scripts need', () => {
    for (const text of ['2020 figure affected by the pandemic', 'Line one\n\tLine two', 'Café – 95% “quoted”', 'اردو\u200Cمتن', 'পশ্চিম\u200Dবঙ্গ']) {
      expect(invisibleControlCharacter(text)).toBeUndefined();
    }
  });
});
