import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useBrowserTimeZone } from "./use-browser-time-zone";

function Zone() {
  return createElement("output", null, `[${useBrowserTimeZone()}]`);
}

describe("useBrowserTimeZone", () => {
  it("renders no zone on the server, so the browser's first render matches it before reading its own", () => {
    expect(renderToString(createElement(Zone))).toBe("<output>[]</output>");
  });
});
