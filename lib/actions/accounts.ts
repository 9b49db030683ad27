"use server";

import { headers } from "next/headers";
import { createUser } from "@/lib/accounts/create-user";
import { clientAddress } from "@/lib/http/client-address";
import { runAction, type ActionResult } from "@/lib/http/action";
import { validate } from "@/lib/http/body";
import { signUpSchema } from "@/lib/validations/accounts";

/** Sign-up for the web form: the same schema and domain function as POST /api/v1/users. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ id: string; email: string }>> {
  return runAction(async () => {
    const user = await createUser(validate(signUpSchema, input, "sign-up form"), clientAddress(await headers()));
    return { id: user.id, email: user.email };
  });
}
