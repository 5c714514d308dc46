import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Admins only</h1>
      <p>Your account can play but cannot open this page. Ask an admin if you need access.</p>
      <Link href="/" className="font-semibold text-dune-700 underline">Back to the home page</Link>
    </div>
  );
}
