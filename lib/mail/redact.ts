// What the app shows of an address it must not spell out (the unsubscribe page): enough to recognise it.
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "***";
  return `${email[0]}***@${email.slice(at + 1)}`;
}
