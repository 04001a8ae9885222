// Characters that show as nothing yet change what text means or how it is drawn: C0/C1 controls
// (NUL, escape…); the bidirectional overrides and isolates that can make "EVIL" read as "LIVE"
// (the "Trojan Source" trick); and the zero-width ones that make two equal-looking words differ
// (zero-width space U+200B, word joiner and invisible operators U+2060–U+2064, a byte-order mark
// U+FEFF inside text, the soft hyphen U+00AD, the Mongolian vowel separator U+180E). Line breaks
// and tabs are ordinary text in a note. The zero-width (non-)joiners U+200C and U+200D are left:
// scripts such as Urdu and Bengali need them to be written at all.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** The first such character in the text, as "U+202E", or undefined. */
export function invisibleControlCharacter(text: string): string | undefined {
  const found = INVISIBLE.exec(text)?.[0];
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
