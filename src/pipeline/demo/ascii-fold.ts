// Folds names to plain ASCII for the parts of an identity that cannot carry diacritics (e-mails, URLs).

// Letters that Unicode decomposition leaves alone because they are not a base letter plus a mark.
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ĳ: 'ij', Ĳ: 'IJ',
};

const MARKS = /\p{M}/gu;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const SPECIALS = /[ßøØæÆœŒłŁđĐıþÞðÐĳĲ]/g;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIALS, (ch) => SPECIAL[ch] ?? '');
}

/** The name in lower-case ASCII letters and digits, with word breaks turned into `separator`. */
export function asciiSlug(text: string, separator: string): string {
  // Most names are plain ASCII already; skipping Unicode normalisation for them is much cheaper.
  const ascii = PLAIN_ASCII.test(text) ? text : fold(text);
  return (
    ascii
      .toLowerCase()
      // O'Connor and D'Souza become oconnor and dsouza, as mail providers write them.
      .replace(/['’]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((part) => part !== '')
      .join(separator)
  );
}
