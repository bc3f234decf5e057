/** The secret URL a calendar app subscribes to; `.ics` at the end because some apps insist on it. */
export function feedUrl(appUrl: string, token: string): string {
  return `${appUrl}/calendar/${token}/deadlines.ics`;
}
