/**
 * next-auth configuration: email + password (Credentials) sign-in, JWT
 * sessions carrying the user's id and session version. Who may do what is
 * read from the database on each request (lib/auth/session.ts); signing out
 * bumps the version, which ends every session of the user on every instance.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { signOutEverywhere } from "../accounts/sign-out-everywhere";
import { verifyCredentials, type SessionUser } from "../accounts/verify-credentials";

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => verifyCredentials(credentials),
    }),
  ],
  events: {
    // A signed-out cookie replayed later must not work: end the user's sessions (all of them, as a stolen copy is one).
    async signOut({ token }) {
      if (token?.id) await signOutEverywhere(token.id);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as unknown as SessionUser;
        token.id = signedIn.id;
        token.role = signedIn.role;
        token.sv = signedIn.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.id;
        session.user.role = token.role;
      }
      return session;
    },
  },
};
