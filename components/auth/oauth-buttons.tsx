import { getTranslations } from "next-intl/server";
import { oauthSignInAction } from "@/lib/server/actions/auth";
import { Button } from "@/components/ui/button";

export async function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  if (providers.length === 0) return null;
  const t = await getTranslations("auth.oauth");
  return (
    <div className="space-y-2">
      <p className="text-center text-sm text-stone-600">{t("or")}</p>
      {providers.map((provider) => (
        <form key={provider.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary" className="w-full">
            {t("continueWith", { provider: provider.name })}
          </Button>
        </form>
      ))}
    </div>
  );
}
