/** The staff catalogue operations (contract "Staff: the catalogue"), from the schemas their handlers validate with. */
import {
  adminConcertSchema,
  adminScheduleSchema,
  concertInputSchema,
  concertPatchSchema,
  scheduleInputSchema,
} from "../validations/catalogue-admin";
import type { OperationSpec } from "./operation";

const STAFF = ["UNAUTHENTICATED", "FORBIDDEN"] as const;

export const catalogueAdminOperations: Record<string, Partial<Record<"post" | "patch", OperationSpec>>> = {
  "/api/v1/admin/concerts": {
    post: {
      summary: "Extension: create a concert (Korean texts, English renderings, venue time zone, optional scheduled opening), audited",
      tag: "Staff",
      auth: "admin",
      body: concertInputSchema,
      success: { status: 201, schema: adminConcertSchema },
      errors: ["VALIDATION_FAILED", ...STAFF],
    },
  },
  "/api/v1/admin/concerts/{concertId}": {
    patch: {
      summary: "Extension: edit a concert's texts or time zone, or move an opening that lies ahead, audited",
      tag: "Staff",
      auth: "admin",
      params: { concertId: "Concert id" },
      body: concertPatchSchema,
      success: { status: 200, schema: adminConcertSchema },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND", "SALES_ALREADY_OPEN"],
    },
  },
  "/api/v1/admin/concerts/{concertId}/schedules": {
    post: {
      summary: "Extension: add a date with its seat layout (rows) and price tiers, every seat AVAILABLE, audited",
      tag: "Staff",
      auth: "admin",
      params: { concertId: "Concert id" },
      body: scheduleInputSchema,
      success: { status: 201, schema: adminScheduleSchema },
      errors: ["VALIDATION_FAILED", ...STAFF, "NOT_FOUND"],
    },
  },
};
