// English is the reference: every key a component asks for must exist in messages/en, or the
// type-check fails (no raw key can reach a user). Other locales are checked by messages.test.ts.
// A new namespace (messages/en/<name>.json) is added here; a new language needs nothing here.
import type account from "@/messages/en/account.json";
import type common from "@/messages/en/common.json";
import type deadlines from "@/messages/en/deadlines.json";
import type emails from "@/messages/en/emails.json";
import type home from "@/messages/en/home.json";
import type locale from "@/messages/en/locale.json";
import type reminders from "@/messages/en/reminders.json";
import type replies from "@/messages/en/replies.json";
import type rights from "@/messages/en/rights.json";
import type serviceForms from "@/messages/en/serviceForms.json";
import type services from "@/messages/en/services.json";
import type signin from "@/messages/en/signin.json";
import type tracking from "@/messages/en/tracking.json";
import type validation from "@/messages/en/validation.json";
import type wizard from "@/messages/en/wizard.json";

declare module "next-intl" {
  interface AppConfig {
    Messages: {
      account: typeof account;
      common: typeof common;
      deadlines: typeof deadlines;
      emails: typeof emails;
      home: typeof home;
      locale: typeof locale;
      reminders: typeof reminders;
      replies: typeof replies;
      rights: typeof rights;
      serviceForms: typeof serviceForms;
      services: typeof services;
      signin: typeof signin;
      tracking: typeof tracking;
      validation: typeof validation;
      wizard: typeof wizard;
    };
  }
}
