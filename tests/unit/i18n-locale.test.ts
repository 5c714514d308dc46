import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { pickMessages } from "@/lib/i18n/messages";
import { directionOf, INTL_LOCALES } from "@/lib/i18n/locales";
import { formatDateRange } from "@/lib/format/date-time";

describe("negotiateLocale", () => {
  it.each([
    ["fr-CA,fr;q=0.9,en;q=0.8", "fr"],
    ["de-DE,de;q=0.9,es;q=0.5,en;q=0.4", "es"],
    ["ar-SA", "ar"],
    ["en;q=0.2, ar;q=0.9", "ar"],
    ["de, it", null],
    ["fr;q=0, es", "es"],
    ["*", null],
    ["", null],
    [null, null],
  ])("%j → %j", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("pickMessages", () => {
  it("keeps only the groups asked for, at their paths", () => {
    const messages = { auth: { signIn: { title: "Sign in" }, signUp: { title: "Create" } }, time: { locked: "Locked" }, home: { x: "y" } };
    expect(pickMessages(messages, ["auth.signIn", "time"] as never)).toEqual({
      auth: { signIn: { title: "Sign in" } },
      time: { locked: "Locked" },
    });
  });
});

describe("Arabic", () => {
  it("reads right to left, Gregorian dates in Latin digits", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("fr")).toBe("ltr");
    expect(new Intl.NumberFormat(INTL_LOCALES.ar).format(1234)).toBe("1,234");
    expect(formatDateRange(new Date("2026-01-03"), new Date("2026-01-17"), "ar")).toBe("3–17 يناير 2026");
  });
});
