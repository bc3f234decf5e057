// Saved identity details are shown back masked: enough to recognise them, not to read them off a screen.

function maskWord(word: string): string {
  const first = Array.from(word)[0] ?? "";
  return `${first}***`;
}

/** "Jane Doe" → "J*** D***" */
export function maskName(name: string): string {
  return name.trim().split(/\s+/).filter(Boolean).map(maskWord).join(" ");
}

/** "jane@example.org" → "j***@example.org"; the domain stays, it tells which address it is. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return maskWord(email);
  return `${maskWord(email.slice(0, at))}${email.slice(at)}`;
}

/** Each line to its first character: "1 Main St\nLondon" → "1***, L***". */
export function maskPostal(address: string): string {
  return address
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map(maskWord)
    .join(", ");
}

export type MaskedIdentity = { name: string; email: string; postalAddress: string | null };

export function maskIdentity(identity: { name: string; email: string; postalAddress: string | null }): MaskedIdentity {
  return {
    name: maskName(identity.name),
    email: maskEmail(identity.email),
    postalAddress: identity.postalAddress ? maskPostal(identity.postalAddress) : null,
  };
}
