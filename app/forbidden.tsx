import { TextLink } from "@/components/ui/text-link";

export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Admins only</h1>
      <p>Your account can play but cannot open this page. Ask an admin if you need access.</p>
      <TextLink href="/">Back to the home page</TextLink>
    </div>
  );
}
