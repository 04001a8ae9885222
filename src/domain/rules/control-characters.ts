// Characters that show as nothing yet change what text means or how it is drawn: C0/C1 controls
// (NUL, escape…), and the bidirectional overrides and isolates that can make "EVIL" read as
// "LIVE" (the "Trojan Source" trick). Line breaks and tabs are ordinary text in a note.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The first such character in the text, as "U+202E", or undefined. */
export function invisibleControlCharacter(text: string): string | undefined {
  const found = INVISIBLE.exec(text)?.[0];
  return found === undefined ? undefined : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
