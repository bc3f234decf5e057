import { describe, expect, it } from "vitest";
import { isReplyToken, newReplyToken, replyAddress, tokenOfAddress } from "./tokens";

describe("reply tokens", () => {
  it("are 128 random bits, and only r-<token>@<our domain> yields one", () => {
    const token = newReplyToken();
    expect(isReplyToken(token)).toBe(true);
    expect(newReplyToken()).not.toBe(token);
    expect(tokenOfAddress(replyAddress(token, "replies.example.org").toUpperCase(), "replies.example.org")).toBe(token);
    expect(tokenOfAddress(`r-${token}@other.example.org`, "replies.example.org")).toBeNull();
    expect(tokenOfAddress(`x-${token}@replies.example.org`, "replies.example.org")).toBeNull();
    expect(tokenOfAddress(`r-${token.slice(1)}@replies.example.org`, "replies.example.org")).toBeNull();
    expect(tokenOfAddress("r-@replies.example.org", "replies.example.org")).toBeNull();
  });
});
