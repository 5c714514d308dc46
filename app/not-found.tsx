import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p>There is no page at this address.</p>
      <Link href="/" className="font-semibold text-dune-700 underline">Back to the home page</Link>
    </div>
  );
}
