import { useTranslations } from "next-intl";

/**
 * Credits spent against the budget. The bar fills from the reading start: the right in Arabic.
 * Client groups: play.budget (rendered inside the roster builder).
 */
export function BudgetBar({ cost, budget }: { cost: number; budget: number }) {
  const t = useTranslations("play");
  const isOver = cost > budget;
  const percent = Math.min(100, Math.round((cost / budget) * 100));
  return (
    <div className="space-y-1">
      <div className="flex justify-between gap-2 text-sm font-semibold">
        <span id="budget-label">{t("budget.label")}</span>
        <span className={isOver ? "text-red-800" : undefined}>
          {t("budget.spent", { cost, budget })}
          {" · "}
          {isOver ? t("budget.over", { amount: cost - budget }) : t("budget.left", { amount: budget - cost })}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby="budget-label"
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={cost}
        aria-valuetext={t("budget.meter", { cost, budget })}
        className="flex h-3 justify-start overflow-hidden rounded-full bg-sand-200"
      >
        <div className={`h-full ${isOver ? "bg-red-700" : "bg-dune-600"}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
