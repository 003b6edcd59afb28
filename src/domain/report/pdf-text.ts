// Text for a PDF drawn with the standard 14 fonts (Helvetica), which only have the WinAnsi
// (Windows-1252) characters. Anything else is first simplified (accents dropped: "ő" → "o",
// compatibility forms: "ﬁ" → "fi") and otherwise replaced by "?", and the caller is told, so the
// PDF can say that the JSON and CSV hold the exact text.

// Windows-1252's characters above Latin-1's range (0x80–0x9F).
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Whether a character is in WinAnsi. */
function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.has(ch);
}

/** Text the standard fonts can draw, and whether anything had to be replaced. */
export function toPdfText(text: string): { text: string; replaced: boolean } {
  let replaced = false;
  let out = '';
  for (const ch of text.normalize('NFC').replace(/[\r\n\t]+/g, ' ')) {
    if (isWinAnsi(ch)) {
      out += ch;
      continue;
    }
    const simple = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    if (simple !== '' && [...simple].every(isWinAnsi)) out += simple;
    else {
      out += '?';
      replaced = true;
    }
  }
  return { text: out, replaced };
}
