import { TextLink } from "@/components/ui/text-link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>There is no page at this address.</p>
      <TextLink href="/">Back to the home page</TextLink>
    </div>
  );
}
