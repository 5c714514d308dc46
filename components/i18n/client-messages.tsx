import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, ROOT_CLIENT_GROUPS, type MessageGroup } from "@/lib/i18n/messages";

/**
 * Gives the client components inside it the message groups they use, e.g.
 * <ClientMessages groups={["auth.fields", "auth.signIn"]}>, besides the root's (ROOT_CLIENT_GROUPS).
 * Nothing else: whatever a client provider holds is sent to the browser with the page.
 */
export async function ClientMessages({ groups, children }: { groups: readonly MessageGroup[]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...ROOT_CLIENT_GROUPS, ...groups])}>{children}</NextIntlClientProvider>;
}
