import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(254));

export const signUpSchema = z.object({
  email: emailSchema,
  password: z.string().min(8, "Password must be at least 8 characters").max(128, "Password must be at most 128 characters"),
  name: z.string().trim().min(1, "Name is required").max(50, "Name must be at most 50 characters"),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Password is required").max(128),
});

export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });

export const meSchema = userSchema.extend({ role: z.enum(["USER", "ADMIN"]), balance: z.number().int() });
export type Me = z.infer<typeof meSchema>;
