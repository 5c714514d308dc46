// The app's data tables: a bordered, horizontally scrolling card with a caption for screen readers,
// column headers (scope="col") and row headers (scope="row") so each cell is announced with both.

type TableProps = {
  /** Read by screen readers only: what the table lists. */
  caption: React.ReactNode;
  /** Extra classes on the table, e.g. a `min-w-[44rem]` below which it scrolls instead of squeezing. */
  className?: string;
  children: React.ReactNode;
};

export function Table({ caption, className = "", children }: TableProps) {
  // `relative` makes the scrolling card the containing block of screen-reader-only text (absolutely
  // positioned) in its cells: otherwise a cell scrolled out of view widens the whole page on a phone.
  return (
    <div className="relative overflow-x-auto rounded-lg border border-sand-200 bg-white">
      <table className={`w-full text-start text-sm ${className}`}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** The header row: pass the columns' `Th`s. */
export function TableHead({ children }: { children: React.ReactNode }) {
  return (
    <thead className="bg-sand-100 text-xs tracking-wide text-night-800 uppercase">
      <tr>{children}</tr>
    </thead>
  );
}

export function TableBody({ className = "", children }: { className?: string; children: React.ReactNode }) {
  return <tbody className={`divide-y divide-sand-100 ${className}`}>{children}</tbody>;
}

// Alignment is logical, so tables read from the right in Arabic: "end" (numbers) is the left there.
// "left" and "right" are the older names of "start" and "end".
type CellProps = { align?: "start" | "end" | "left" | "right"; className?: string; children?: React.ReactNode };

function cellClass({ align = "start", className = "" }: CellProps): string {
  return `px-3 py-2 ${align === "end" || align === "right" ? "text-end" : ""} ${className}`;
}

/** A column header. */
export function Th(props: CellProps) {
  return (
    <th scope="col" className={cellClass(props)}>
      {props.children}
    </th>
  );
}

/** A row's header cell: the thing the row is about (a player, a stage, a crew). Bold unless `className` says otherwise. */
export function RowHeader({ className = "font-semibold", ...props }: CellProps) {
  return (
    <th scope="row" className={cellClass({ ...props, className })}>
      {props.children}
    </th>
  );
}

export function Td(props: CellProps & { colSpan?: number }) {
  return (
    <td colSpan={props.colSpan} className={cellClass(props)}>
      {props.children}
    </td>
  );
}
