import { describe, expect, it } from "vitest";
import { countScripts, decodeEntities, htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it("drops scripts, styles and comments with their content and keeps no markup", () => {
    const html = `<html><head><title>T</title><style>p{color:red}</style></head><body>
      <!-- <p>hidden</p> --><h1>Privacy&nbsp;Policy</h1><script type="text/javascript">var x = "<p>not text</p>";</script>
      <p onclick="evil()">You may <b>request</b> a copy.</p><img src=x onerror=alert(1)></body></html>`;
    const { text, removedElements } = htmlToText(html);
    expect(text).toBe("Privacy Policy\n\nYou may request a copy.");
    expect(text).not.toMatch(/[<>]/);
    expect(removedElements).toBe(2); // head (with its title and style) and the script
  });

  it("drops an unclosed script to the end, as a browser would", () => {
    expect(htmlToText("<p>Before</p><script>document.write('<p>x</p>')").text).toBe("Before");
  });

  it("keeps link targets as text after the link, for mailto, web and Cloudflare addresses", () => {
    const html = `<p>Write to <a href="mailto:dpo@example.org">our DPO</a> or see <a href='https://example.org/rights'>your rights</a>.
      <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="7704020707180503370305161c03590301">[email&#160;protected]</a>
      <a href="javascript:alert(1)">click</a></p>`;
    const { text } = htmlToText(html);
    expect(text).toContain("our DPO (mailto:dpo@example.org)");
    expect(text).toContain("your rights (https://example.org/rights)");
    expect(text).toContain("[email protected] (email-protection#7704020707180503370305161c03590301)");
    expect(text).toContain("click");
    expect(text).not.toContain("javascript:");
  });

  it("decodes entities after removing tags, so escaped markup stays visible text", () => {
    expect(htmlToText("<p>&lt;script&gt; is text &amp; &#x2014; &#8212; &rsquo;</p>").text).toBe("<script> is text & — — ’");
    expect(decodeEntities("&bogus; &#0; &#xD800;")).toBe("&bogus; \ufffd \ufffd");
  });

  it("handles '>' inside attribute values", () => {
    expect(htmlToText(`<p title="a > b">Text</p>`).text).toBe("Text");
  });

  it("counts scripts case-insensitively", () => {
    expect(countScripts("<script></script><SCRIPT src=a></SCRIPT><scripted>")).toBe(2);
  });
});

describe("htmlToText on a whole page", () => {
  it("drops the doctype", () => {
    expect(htmlToText("<!DOCTYPE html><html><body><p>Privacy</p></body></html>").text).toBe("Privacy");
  });
});
