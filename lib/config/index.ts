import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { trimEndChars } from "@/lib/text/trim";
import { parseEnv, resolveDataDir, type Env, type EnvSource } from "./env";

export type Config = Env & { dataDir: string; authSecret: string; appUrl: string; mailFrom: string; outbox: boolean };

let cached: Config | undefined;

// Development gets a secret of its own, kept in the data folder so sessions survive restarts.
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "dev-auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(source: EnvSource = process.env): Config {
  if (cached && source === process.env) return cached;
  const env = parseEnv(source);
  const dataDir = resolveDataDir(env);
  const appUrl = trimEndChars(env.APP_URL ?? `http://localhost:${source.PORT ?? 3000}`, "/");
  const config: Config = {
    ...env,
    dataDir,
    appUrl,
    authSecret: env.AUTH_SECRET ?? developmentSecret(dataDir),
    mailFrom: env.MAIL_FROM ?? `RightsDesk <no-reply@${new URL(appUrl).hostname}>`,
    outbox: !env.SMTP_URL,
  };
  if (source === process.env) cached = config;
  return config;
}
