// Trimming by a loop, not by /x+$/: a pattern anchored at the end is retried from every position
// of a long run and takes quadratic time on input such as "....x".

const inSet = (chars: string, c: string | undefined) => c !== undefined && chars.includes(c);

export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && inSet(chars, text[end - 1])) end--;
  return text.slice(0, end);
}

export function trimChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && inSet(chars, text[start])) start++;
  return trimEndChars(text.slice(start), chars);
}
