"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import {
  getPushStateAction,
  sendTestPushAction,
  subscribePushAction,
  unsubscribePushAction,
} from "@/lib/server/actions/notification-channels";

type PushState = "checking" | "unsupported" | "unconfigured" | "blocked" | "off" | "on";
type Outcome = { ok: boolean; message?: string } | null;

function isPushSupported(): boolean {
  return "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function hasKey(subscription: PushSubscription, key: Uint8Array): boolean {
  const current = subscription.options.applicationServerKey;
  return current !== null && new Uint8Array(current).every((byte, index) => byte === key[index]) && current.byteLength === key.length;
}

function endpointForm(subscription: PushSubscription): FormData {
  const { endpoint, keys } = subscription.toJSON();
  const form = new FormData();
  form.set("endpoint", endpoint ?? "");
  form.set("p256dh", keys?.p256dh ?? "");
  form.set("auth", keys?.auth ?? "");
  return form;
}

async function registerWorker(): Promise<ServiceWorkerRegistration> {
  await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  return navigator.serviceWorker.ready;
}

/** Where this device stands: the browser's permission and subscription, and whether it is this player's. */
async function detectState(publicKey: string | null): Promise<PushState> {
  if (!isPushSupported()) return "unsupported";
  if (!publicKey) return "unconfigured";
  const registration = await registerWorker();
  if (Notification.permission === "denied") return "blocked";
  const subscription = await registration.pushManager.getSubscription();
  if (!subscription) return "off";
  const result = await getPushStateAction(endpointForm(subscription));
  return result.ok && "isSubscribed" in result && result.isSubscribed ? "on" : "off";
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Web push on this device: registers the service worker, subscribes and unsubscribes, sends a test.
 * Messages: account.push (the page's ClientMessages).
 */
export function PushSettings({ publicKey }: { publicKey: string | null }) {
  const t = useTranslations("account.push");
  const [state, setState] = useState<PushState>("checking");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    detectState(publicKey).then(setState, (error: unknown) => {
      setState("off");
      setOutcome({ ok: false, message: t("noAnswer", { error: errorText(error) }) });
    });
  }, [publicKey, t]);

  async function run(failure: (error: string) => string, task: () => Promise<void>) {
    setIsBusy(true);
    setOutcome(null);
    try {
      await task();
    } catch (error) {
      setOutcome({ ok: false, message: failure(errorText(error)) });
    } finally {
      setIsBusy(false);
    }
  }

  const turnOn = () =>
    run(
      (error) => t("couldNotTurnOn", { error }),
      async () => {
        const permission = await Notification.requestPermission();
        if (permission !== "granted") {
          setState(permission === "denied" ? "blocked" : "off");
          setOutcome({ ok: false, message: t("notAllowed") });
          return;
        }
        const key = base64UrlToBytes(publicKey!);
        const registration = await registerWorker();
        let subscription = await registration.pushManager.getSubscription();
        // A subscription made for an older server key cannot receive our messages: replace it.
        if (subscription && !hasKey(subscription, key)) {
          await subscription.unsubscribe();
          subscription = null;
        }
        subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
        const result = await subscribePushAction(endpointForm(subscription));
        if (!result.ok) {
          await subscription.unsubscribe();
          return setOutcome(result);
        }
        setState("on");
      },
    );

  const turnOff = () =>
    run(
      (error) => t("couldNotTurnOff", { error }),
      async () => {
        const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
        if (subscription) {
          const result = await unsubscribePushAction(endpointForm(subscription));
          if (!result.ok) return setOutcome(result);
          await subscription.unsubscribe();
        }
        setState("off");
      },
    );

  const sendTest = () =>
    run(
      (error) => t("testFailed", { error }),
      async () => setOutcome(await sendTestPushAction()),
    );

  return (
    <div className="space-y-3">
      <p role="status" aria-live="polite" className="text-sm">
        {t("state", { state })}
      </p>
      <FormMessage result={outcome} />
      <div className="flex flex-wrap gap-2">
        {state === "off" ? (
          <Button onClick={turnOn} disabled={isBusy}>
            {t("turnOn")}
          </Button>
        ) : null}
        {state === "on" ? (
          <>
            <Button variant="secondary" onClick={sendTest} disabled={isBusy}>
              {t("sendTest")}
            </Button>
            <Button variant="secondary" onClick={turnOff} disabled={isBusy}>
              {t("turnOff")}
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}
