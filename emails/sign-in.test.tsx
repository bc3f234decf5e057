import { describe, expect, it } from "vitest";
import { renderSignInEmail } from "./sign-in";

describe("sign-in email", () => {
  it("has the link in both the HTML and the plain-text part", async () => {
    const url = "http://localhost:3000/api/auth/callback/email?token=t0k&email=a%40b.org";
    const mail = await renderSignInEmail({ url, host: "localhost", minutes: 30 });
    expect(mail.subject).toBe("Sign in to RightsDesk");
    expect(mail.html).toContain('href="http://localhost:3000/api/auth/callback/email?token=t0k&amp;email=a%40b.org"');
    expect(mail.text).toContain(url);
    expect(mail.text).toContain("expires in 30 minutes");
    expect(mail.text).not.toContain("<");
  });

  it("is written in the language of the browser that asked", async () => {
    const mail = await renderSignInEmail({ url: "http://localhost:3000/x", host: "localhost", minutes: 30, locale: "de" });
    expect(mail.subject).toBe("Bei RightsDesk anmelden");
    expect(mail.text).toContain("läuft nach 30 Minuten ab");
    expect(mail.html).toContain('lang="de"');
  });
});
