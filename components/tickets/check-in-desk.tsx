"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState } from "react";
import { checkInAction } from "@/lib/actions/tickets";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { CheckInVerdict, type Verdict } from "./check-in-verdict";
import { sameScanFilter } from "./same-scan";
import { useQrScanner, type ScanFailure } from "./use-qr-scanner";

/** The gate desk for one date: camera scan or typed code, a verdict per code. */
export function CheckInDesk({ scheduleId }: { scheduleId: string }) {
  const t = useTranslations("tickets.gate");
  const router = useRouter();
  const [gate, setGate] = useState("");
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);
  // One filter per desk: a code held in front of the camera is sent once (the server still decides admission).
  const [isNewScan] = useState(() => sameScanFilter());
  const videoRef = useRef<HTMLVideoElement>(null);

  const submit = useCallback(
    async (value: string) => {
      const trimmed = value.trim();
      if (!trimmed) return;
      setBusy(true);
      setError(null);
      const result = await checkInAction({ code: trimmed, scheduleId, gate: gate.trim() || undefined }).catch(() => null);
      setBusy(false);
      if (!result) return setError(t("cameraError"));
      if (result.ok) {
        setVerdict(result.data);
        setCode("");
        router.refresh();
      } else if (result.code === "TICKET_INVALID") setVerdict({ outcome: "TICKET_INVALID" });
      else setError(result.message);
    },
    [gate, router, scheduleId, t],
  );

  const onScan = useCallback(
    (text: string) => {
      if (isNewScan(text, Date.now())) void submit(text);
    },
    [isNewScan, submit],
  );
  const [cameraFailed, setCameraFailed] = useState<ScanFailure | null>(null);
  useQrScanner(camera, videoRef, onScan, (failure) => {
    setCameraFailed(failure);
    setCamera(false);
  });

  return (
    <div className="space-y-4">
      <form
        className="flex flex-col gap-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 sm:flex-row sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(code);
        }}
      >
        <label className="flex flex-col text-sm sm:w-40">
          <span className="font-medium">{t("gate")}</span>
          <input
            value={gate}
            onChange={(e) => setGate(e.target.value)}
            placeholder={t("gatePlaceholder")}
            maxLength={40}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2"
          />
        </label>
        <label className="flex flex-1 flex-col text-sm">
          <span className="font-medium">{t("code")}</span>
          <input
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={500}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2 font-mono"
            data-testid="check-in-code"
          />
        </label>
        <Button type="submit" loading={busy} data-testid="check-in-submit">
          {t("submit")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setCameraFailed(null);
            setCamera((on) => !on);
          }}
          data-testid="check-in-camera"
        >
          {camera ? t("cameraStop") : t("cameraStart")}
        </Button>
      </form>
      {camera ? (
        <figure className="rounded-xl bg-slate-900 p-2">
          <video ref={videoRef} className="mx-auto max-h-80 rounded-lg" muted playsInline data-testid="check-in-video" />
          <figcaption className="mt-1 text-center text-sm text-white">{t("scanning")}</figcaption>
        </figure>
      ) : null}
      <div aria-live="polite">
        {cameraFailed ? <Alert tone="warning">{t(cameraFailed === "camera" ? "cameraError" : "scannerError")}</Alert> : null}
        {error ? <Alert tone="danger">{error}</Alert> : null}
      </div>
      {verdict ? <CheckInVerdict verdict={verdict} /> : null}
    </div>
  );
}
