import { z } from "zod";
import { ERROR_CODES, type ErrorCode } from "../errors";

/** One operation of the contract, described with the same zod schemas the handlers validate with. */
export interface OperationSpec {
  summary: string;
  tag: string;
  auth?: "session" | "admin" | "none";
  queueToken?: boolean;
  idempotent?: boolean;
  params?: Record<string, string>;
  query?: z.ZodObject;
  body?: z.ZodType;
  success: { status: number; schema?: z.ZodType; description?: string; contentType?: string };
  errors: ErrorCode[];
}

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of a zod schema, without the per-schema $schema noise. */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
  return rest;
}

const problemRef = { $ref: "#/components/schemas/Problem" };

/** Turns an OperationSpec into an OpenAPI 3.1 operation object. */
export function toOperation(spec: OperationSpec): Record<string, unknown> {
  const parameters: unknown[] = [];
  for (const [name, description] of Object.entries(spec.params ?? {})) {
    parameters.push({ name, in: "path", required: true, description, schema: { type: "string" } });
  }
  if (spec.query) {
    for (const [name, field] of Object.entries(spec.query.shape)) {
      parameters.push({
        name,
        in: "query",
        required: !(field as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(field as z.ZodType, "input"),
      });
    }
  }
  if (spec.queueToken) {
    parameters.push({
      name: "X-Queue-Token",
      in: "header",
      required: false,
      description: "ACTIVE waiting-room token (or the sp_queue cookie).",
      schema: { type: "string" },
    });
  }
  if (spec.idempotent) {
    parameters.push({ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", minLength: 1, maxLength: 255 } });
  }
  const responses: Record<string, unknown> = {
    [spec.success.status]: {
      description: spec.success.description ?? "Success",
      ...(spec.success.schema
        ? { content: { [spec.success.contentType ?? "application/json"]: { schema: jsonSchema(spec.success.schema, "output") } } }
        : {}),
    },
  };
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of spec.errors) byStatus.set(ERROR_CODES[code].status, [...(byStatus.get(ERROR_CODES[code].status) ?? []), code]);
  for (const [status, codes] of byStatus) {
    responses[status] = {
      description: codes.map((c) => `${c}: ${ERROR_CODES[c].title}`).join("; "),
      content: { "application/problem+json": { schema: problemRef } },
    };
  }
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.auth === "none" ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(spec.body, "input") } } } } : {}),
    responses,
  };
}

export { jsonSchema };
