import { TextLink } from "@/components/ui/text-link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>That event or crew does not exist, or is not public yet.</p>
      <TextLink href="/">Back to the home page</TextLink>
    </div>
  );
}
