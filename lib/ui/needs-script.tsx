/** Said only where scripts are off: what a control needs, and what to do instead. */
export function NeedsScript({ children }: { children: string }) {
  return (
    <noscript>
      <span className="small muted needs-script">{children}</span>
    </noscript>
  );
}
