import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withSignInLimits } from "@/lib/auth/with-sign-in-limits";

const handler = withSignInLimits(NextAuth(authOptions));

export { handler as GET, handler as POST };
