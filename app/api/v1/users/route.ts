import { createUser } from "@/lib/accounts/create-user";
import { readBody } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { signUpSchema } from "@/lib/validations/accounts";

export const POST = route(async (req) => {
  const input = await readBody(req, signUpSchema);
  return json(await createUser(input, clientAddress(req.headers)), 201);
});
