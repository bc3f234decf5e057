"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";

// Type-ahead as an enhancement of a plain GET form: typing replaces the URL's `q`, and the server
// renders the results. Nothing of the catalogue reaches the browser but the results themselves.
// The address is read when the person types, not during rendering, so the listing without a
// search can be rendered once for everyone.
export function SearchBox({ defaultValue, label, hint, searching }: { defaultValue: string; label: string; hint: string; searching: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onChange = (value: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const next = new URLSearchParams(window.location.search);
      if (value) next.set("q", value);
      else next.delete("q");
      startTransition(() => router.replace(`${window.location.pathname}?${next.toString()}`, { scroll: false }));
    }, 150);
  };
  return (
    <div className="field">
      <label htmlFor="q">{label}</label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        autoComplete="off"
        aria-describedby="q-hint"
        onChange={(e) => onChange(e.target.value)}
      />
      <span id="q-hint" className="hint">
        {hint}
        {pending ? searching : ""}
      </span>
    </div>
  );
}
