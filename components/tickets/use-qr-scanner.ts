"use client";

import { useEffect, useRef, type RefObject } from "react";

/** Why scanning ended: the camera never started (none, permission refused), or the decoder failed mid-scan. */
export type ScanFailure = "camera" | "scanner";

/**
 * Reads QR codes from the device camera into `onScan` while `on`, with
 * @zxing/browser (loaded only when the camera is switched on) through
 * VaryingQrReader; `onFail` when the camera could not be started or the
 * decoder stopped on an error other than "no code in this frame" (the
 * library ends its scan loop then, which would leave a live video that
 * never reads anything). The latest callbacks are used without restarting
 * the camera.
 */
export function useQrScanner(
  on: boolean,
  video: RefObject<HTMLVideoElement | null>,
  onScan: (text: string) => void,
  onFail: (failure: ScanFailure) => void,
): void {
  const callbacks = useRef({ onScan, onFail });
  useEffect(() => {
    callbacks.current = { onScan, onFail };
  });
  useEffect(() => {
    if (!on) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      try {
        const { VaryingQrReader, isNoCodeError } = await import("./varying-qr-reader");
        if (cancelled || !video.current) return;
        const controls = await new VaryingQrReader().decodeFromVideoDevice(undefined, video.current, (result, error) => {
          if (result) callbacks.current.onScan(result.getText());
          else if (error && !isNoCodeError(error) && !cancelled) {
            console.error("QR scanner stopped", error);
            callbacks.current.onFail("scanner");
          }
        });
        if (cancelled) controls.stop();
        else stop = () => controls.stop();
      } catch (error) {
        if (cancelled) return;
        console.error("Camera could not be started", error);
        callbacks.current.onFail("camera");
      }
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [on, video]);
}
