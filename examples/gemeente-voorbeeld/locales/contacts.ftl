# Local contact details for Gemeente Voorbeeld (fictief): the one place to correct them.
# FICTIONAL EXAMPLE: the numbers below do not exist. A real instance writes only checked numbers.

-local-name = Sociaal Team Voorbeeld
-local-tel = 0000-000 000
-local-debt = Schuldhulp Voorbeeld
