export function BudgetBar({ cost, budget }: { cost: number; budget: number }) {
  const isOver = cost > budget;
  const percent = Math.min(100, Math.round((cost / budget) * 100));
  return (
    <div className="space-y-1">
      <div className="flex justify-between text-sm font-semibold">
        <span id="budget-label">Budget</span>
        <span className={isOver ? "text-red-800" : undefined}>
          {cost} / {budget} credits{isOver ? ` · ${cost - budget} over` : ` · ${budget - cost} left`}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby="budget-label"
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={cost}
        aria-valuetext={`${cost} of ${budget} credits`}
        className="h-3 overflow-hidden rounded-full bg-sand-200"
      >
        <div className={`h-full ${isOver ? "bg-red-700" : "bg-dune-600"}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
