import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/email/forgot-password-form";
import { TextLink } from "@/components/ui/text-link";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function Page() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Forgot your password?</h1>
        <p className="text-stone-700">Enter your account&rsquo;s email and we will send you a link to choose a new password.</p>
      </div>
      <ForgotPasswordForm />
      <p className="text-sm">
        Remembered it? <TextLink href="/sign-in">Sign in</TextLink>
      </p>
    </div>
  );
}
