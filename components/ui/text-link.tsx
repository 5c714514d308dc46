import Link from "next/link";

type TextLinkProps = React.ComponentProps<typeof Link> & {
  /** `strong` for a call to action in running text, `plain` for a link inside a sentence or a table cell. */
  tone?: "strong" | "plain";
};

const TONES = {
  strong: "font-semibold text-dune-700 underline",
  plain: "text-dune-700 underline",
} as const;

/** An in-app link that reads as a link: underlined, in the accent colour. */
export function TextLink({ tone = "strong", className = "", ...props }: TextLinkProps) {
  return <Link className={`${TONES[tone]} ${className}`} {...props} />;
}
