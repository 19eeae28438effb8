# Messages that replace the national text for Gemeente Voorbeeld (fictional).

local-help =
    In Gemeente Voorbeeld, { -local-name } can help: call { -local-tel }, on weekdays. You can also drop in.
    They also help with money, debts, parenting and caring for someone.

opt-local-practical = Practical help (money, debts)

local-practical =
    Money worries or debts? { -local-debt } helps for free. Call { -local-tel } and ask for { -local-debt }.
    Tension at home and money worries often go together. You may talk about both.
    Not safe at home? Call { -vt }: { -vt-tel }, day and night. In danger? Call { -tel-112 }.
