// MIME encoders for the .eml draft (RFC 2045 quoted-printable, RFC 2047 encoded words, RFC 5322
// folding). Written here rather than taken from nodemailer so they run in the browser too; base64
// is the platform's btoa (browser and Node).

const CRLF = "\r\n";
const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (byte: number) => `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;

export function base64(bytes: Uint8Array): string {
  let binary = "";
  // In slices: spreading a whole PDF into one call would overflow the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Quoted-printable body: CRLF line breaks, lines of at most 76 characters with soft breaks. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const bytes = utf8(line);
      const tokens = Array.from(bytes, (byte, i) => {
        const last = i === bytes.length - 1;
        // Trailing spaces would be stripped in transit, so the last one is encoded.
        if ((byte === 0x20 || byte === 0x09) && last) return hex(byte);
        return (byte >= 33 && byte <= 126 && byte !== 61) || byte === 0x20 ? String.fromCharCode(byte) : hex(byte);
      });
      const out: string[] = [];
      let current = "";
      for (const token of tokens) {
        if (current.length + token.length > 75) {
          out.push(`${current}=`);
          current = "";
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

const needsEncoding = (text: string) => /[^\x20-\x7e]/.test(text) || text.includes("=?");

/** RFC 2047 B-encoded words of 60 characters at most, so "Subject: " and one word fit in 76; never splits a character. */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    if (utf8(chunk + char).length > 36) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`);
}

/** Folds "Name: value" at spaces so lines stay within 78 characters where the words allow. */
export function foldHeader(name: string, words: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of words) {
    if (line.length + 1 + word.length > 78 && line !== `${name}:`) {
      lines.push(line);
      line = "";
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** An unstructured header (Subject): plain words, or encoded words where it is not plain ASCII. */
export function unstructuredHeader(name: string, value: string): string {
  return foldHeader(name, needsEncoding(value) ? encodedWords(value) : value.split(" ").filter(Boolean));
}

const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/;

/** "Name <addr>" with the name as atoms, a quoted string, or encoded words (RFC 5322 §3.4, RFC 2047 §5). */
export function mailboxWords(name: string, address: string): string[] {
  if (!name) return [`<${address}>`];
  if (needsEncoding(name)) return [...encodedWords(name), `<${address}>`];
  if (ATOM_PHRASE.test(name)) return [...name.split(" ").filter(Boolean), `<${address}>`];
  return [`"${name.replace(/[\\"]/g, "\\$&")}"`, `<${address}>`];
}
