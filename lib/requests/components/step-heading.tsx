"use client";

import { useEffect, useRef } from "react";

/**
 * The step's heading takes focus when the step appears, so keyboard and screen-reader users start
 * at the new step instead of the top of the page; it is described by the "Step n of 6" line.
 */
export function StepHeading({ title, describedBy }: { title: string; describedBy: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} aria-describedby={describedBy} data-step-heading="">
      {title}
    </h1>
  );
}
