import path from "node:path";
import { z } from "zod";

// Every variable the app reads, validated once. Messages name the variable and the fix, because
// the person reading them is setting up a server, not debugging our code.
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && (url.hostname !== "" || url.searchParams.has("host"));
    } catch {
      return false;
    }
  }, "DATABASE_URL must look like postgresql://USER:PASSWORD@HOST:5432/DATABASE; leave it unset to use the embedded database.");

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "SMTP_URL must look like smtp://USER:PASSWORD@HOST:587 or smtps://USER:PASSWORD@HOST:465; leave it unset in development to use the local outbox.");

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((value) => value === "true" || value === "1" || value === "yes");

// On unless switched off: reminders are deadlines, and forgetting to turn them on would lose them.
const flagDefaultOn = z
  .enum(["true", "false", "1", "0", "yes", "no", ""], { error: "must be true or false" })
  .optional()
  .transform((value) => value === undefined || value === "" || value === "true" || value === "1" || value === "yes");

const wholeNumber = (name: string, min: number, max: number, unit: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number of ${unit} between ${min} and ${max}.` })
    .int(`${name} must be a whole number of ${unit} between ${min} and ${max}.`)
    .min(min, `${name} must be at least ${min}.`)
    .max(max, `${name} must be at most ${max}.`);

const inboundDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/,
    "INBOUND_DOMAIN must be a domain name such as replies.rights.example.org (its MX record points at this server).",
  );

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().trim().min(1, "DATA_DIR must not be empty: leave it unset for ./.data").default(".data"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters: generate one with `openssl rand -base64 32`.").optional(),
  APP_URL: z.url("APP_URL must be the public address of the app, e.g. https://rights.example.org").optional(),
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  MAIL_OUTBOX: flag,
  TRUST_PROXY: flag,
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent.",
    })
    .optional(),
  REMINDERS_ENABLED: flagDefaultOn,
  REMINDERS_INTERVAL_SECONDS: z.coerce
    .number({ error: "REMINDERS_INTERVAL_SECONDS must be a whole number of seconds between 10 and 3600." })
    .int("REMINDERS_INTERVAL_SECONDS must be a whole number of seconds between 10 and 3600.")
    .min(10, "REMINDERS_INTERVAL_SECONDS must be at least 10.")
    .max(3600, "REMINDERS_INTERVAL_SECONDS must be at most 3600: a reminder may not wait longer than an hour.")
    .default(60),
  // Replies from companies (lib/replies): sizes per reply, and the optional inbound SMTP server.
  REPLY_MAX_MESSAGE_MB: wholeNumber("REPLY_MAX_MESSAGE_MB", 1, 100, "megabytes").default(25),
  REPLY_MAX_ATTACHMENTS: wholeNumber("REPLY_MAX_ATTACHMENTS", 1, 100, "files").default(20),
  REPLY_MAX_ATTACHMENT_MB: wholeNumber("REPLY_MAX_ATTACHMENT_MB", 1, 100, "megabytes").default(20),
  INBOUND_SMTP_PORT: wholeNumber("INBOUND_SMTP_PORT", 1, 65535, "a TCP port").optional(),
  INBOUND_SMTP_HOST: z.string().trim().min(1).max(100).default("0.0.0.0"),
  INBOUND_DOMAIN: inboundDomain.optional(),
  CRON_SECRET: z.string().min(32, "CRON_SECRET must be at least 32 characters: generate one with `openssl rand -base64 32`.").optional(),
});

export type Env = z.infer<typeof schema>;
export class ConfigError extends Error {}

function blankToUndefined(source: EnvSource): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = source[key] ?? (key === "AUTH_SECRET" ? source.NEXTAUTH_SECRET : key === "APP_URL" ? source.NEXTAUTH_URL : undefined);
    out[key] = value === "" ? undefined : value;
  }
  return out;
}

/** Parses the environment; throws ConfigError listing every problem with its fix. */
export type EnvSource = Record<string, string | undefined>;

export function parseEnv(source: EnvSource): Env {
  const parsed = schema.safeParse(blankToUndefined(source));
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `- ${issue.path.join(".")}: ${issue.message}`);
  if (parsed.success && parsed.data.NODE_ENV === "production") {
    const env = parsed.data;
    if (!env.AUTH_SECRET) problems.push("- AUTH_SECRET: required in production. Generate one with `openssl rand -base64 32`.");
    if (!env.APP_URL) problems.push("- APP_URL: required in production: the address users open, e.g. https://rights.example.org");
    if (!env.SMTP_URL && !env.MAIL_OUTBOX) {
      problems.push("- SMTP_URL: required in production so sign-in links reach people (or set MAIL_OUTBOX=true to write mail to DATA_DIR/outbox).");
    }
  }
  if (parsed.success && Boolean(parsed.data.INBOUND_SMTP_PORT) !== Boolean(parsed.data.INBOUND_DOMAIN)) {
    problems.push("- INBOUND_SMTP_PORT and INBOUND_DOMAIN: set both to receive replies by mail, or neither.");
  }
  if (problems.length || !parsed.success) {
    throw new ConfigError(`Configuration problem${problems.length > 1 ? "s" : ""}:\n${problems.join("\n")}\nSee .env.example.`);
  }
  return parsed.data;
}

export function resolveDataDir(env: Pick<Env, "DATA_DIR">): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.DATA_DIR);
}
