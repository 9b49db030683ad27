/** Every React Query key in one place, so mutations invalidate exactly what they change. */
export const queryKeys = {
  me: ["me"] as const,
  wallet: ["wallet"] as const,
  transactions: ["wallet", "transactions"] as const,
  queueToken: (token: string) => ["queue", token] as const,
  queueStatus: (concertId: string) => ["queue", "status", concertId] as const,
  seatMap: (scheduleId: string) => ["seats", scheduleId] as const,
  reservations: (status?: string) => ["reservations", "list", status ?? "all"] as const,
  reservation: (id: string) => ["reservations", "one", id] as const,
  payments: ["payments", "list"] as const,
  payment: (id: string) => ["payments", "one", id] as const,
};
