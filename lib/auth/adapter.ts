import type { Adapter, AdapterAccount, AdapterUser, VerificationToken } from "next-auth/adapters";
import { getDb } from "@/lib/db/client";

// next-auth's Prisma adapter, written against our generated client: the published one imports
// `@prisma/client`, which Prisma 7's generator no longer fills. next-auth stores only a hash of
// each emailed token, and deleting it on use makes every link single-use.
function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2025";
}

export function prismaAdapter(): Adapter {
  return {
    async createUser({ email, emailVerified, name }: Omit<AdapterUser, "id">) {
      return (await getDb()).user.create({ data: { email, emailVerified, name } }) as Promise<AdapterUser>;
    },
    async getUser(id) {
      return (await getDb()).user.findUnique({ where: { id } });
    },
    async getUserByEmail(email) {
      return (await getDb()).user.findUnique({ where: { email } });
    },
    async getUserByAccount({ provider, providerAccountId }: Pick<AdapterAccount, "provider" | "providerAccountId">) {
      const account = await (
        await getDb()
      ).account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: true },
      });
      return account?.user ?? null;
    },
    async updateUser({ id, email, emailVerified, name }) {
      return (await getDb()).user.update({ where: { id }, data: { email, emailVerified, name } });
    },
    async deleteUser(id) {
      await (await getDb()).user.delete({ where: { id } });
    },
    async linkAccount(account: AdapterAccount) {
      const { userId, type, provider, providerAccountId } = account;
      await (await getDb()).account.create({ data: { userId, type, provider, providerAccountId } });
    },
    async unlinkAccount({ provider, providerAccountId }: Pick<AdapterAccount, "provider" | "providerAccountId">) {
      await (await getDb()).account.delete({ where: { provider_providerAccountId: { provider, providerAccountId } } });
    },
    async createSession(session) {
      return (await getDb()).session.create({ data: session });
    },
    async getSessionAndUser(sessionToken) {
      const found = await (await getDb()).session.findUnique({ where: { sessionToken }, include: { user: true } });
      if (!found) return null;
      const { user, ...session } = found;
      return { session, user: user };
    },
    async updateSession({ sessionToken, expires }) {
      try {
        return await (await getDb()).session.update({ where: { sessionToken }, data: { expires } });
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async deleteSession(sessionToken) {
      try {
        await (await getDb()).session.delete({ where: { sessionToken } });
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
    async createVerificationToken(token: VerificationToken) {
      return (await getDb()).verificationToken.create({ data: token });
    },
    async useVerificationToken({ identifier, token }) {
      try {
        return await (await getDb()).verificationToken.delete({ where: { identifier_token: { identifier, token } } });
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  };
}
