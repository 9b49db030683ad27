/**
 * Page objects: one class per screen, named as a fan or staff member names
 * it, so a spec reads like the flow (e2e/README.md, "Adding a flow").
 * They find things by role and accessible name, as assistive technology does.
 */
export { AuthForm } from "./auth-form";
export { CheckInPage } from "./check-in-page";
export { CheckoutPage } from "./checkout-page";
export { ConcertPage } from "./concert-page";
export { MyBookingsPage } from "./my-bookings-page";
export { ReceiptsPage } from "./receipts-page";
export { RefundNotice } from "./refund-notice";
export { SeatMapPage } from "./seat-map-page";
export { SiteHeader } from "./site-header";
export { StaffAuditPage } from "./staff-audit-page";
export { StaffBookingsPage } from "./staff-bookings-page";
export { StaffOccupancyPage } from "./staff-occupancy-page";
export { TicketPage } from "./ticket-page";
export { WaitingRoom } from "./waiting-room";
export { WalletPage } from "./wallet-page";
