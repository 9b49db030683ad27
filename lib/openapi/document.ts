import { ERROR_CODES } from "../errors";
import { jsonSchema, toOperation, type OperationSpec } from "./operation";
import { operations } from "./operations";
import { problemSchema } from "./problem-schema";

type Operations = Record<string, Partial<Record<"get" | "post" | "patch" | "delete", OperationSpec>>>;

/** The OpenAPI 3.1 document of the contract, built once per process. */
export function buildOpenApiDocument(extra: Operations = {}): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries({ ...operations, ...extra })) {
    paths[path] = Object.fromEntries(Object.entries(methods).map(([method, spec]) => [method, toOperation(spec)]));
  }
  const errorTable = Object.entries(ERROR_CODES)
    .map(([code, { status, title }]) => `| ${code} | ${status} | ${title} |`)
    .join("\n");
  return {
    openapi: "3.1.0",
    info: {
      title: "StagePass API",
      version: "1.0.0",
      description: [
        "Concert booking with a fair waiting room. Errors are RFC 9457 problem+json; branch on `code`.",
        "",
        "| code | status | meaning |",
        "| --- | --- | --- |",
        errorTable,
      ].join("\n"),
    },
    servers: [{ url: "/" }],
    security: [{ session: [] }],
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "next-auth session (Credentials sign-in)" },
      },
      schemas: { Problem: jsonSchema(problemSchema, "output") },
    },
    paths,
  };
}
