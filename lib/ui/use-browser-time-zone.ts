import { useSyncExternalStore } from "react";

const never = () => () => {};

/** The browser's time zone; "" in the server render, so hydration matches and no effect sets state. */
export function useBrowserTimeZone(): string {
  return useSyncExternalStore(
    never,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
}
