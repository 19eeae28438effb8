# Contact details: the ONE place where numbers, names and addresses of help live.
# Every locale uses these terms; a municipality corrects a number here once.
# Sources: ../shared/content/facts.md (checked November 2026).

-tel-112 = 112

-vt = Veilig Thuis
-vt-tel = 0800-2000
-vt-url = https://www.veiligthuis.nl

-zp = 113 Zelfmoordpreventie
-zp-tel = 113
-zp-tel-free = 0800-0113
-zp-url = https://www.113.nl

-kt = De Kindertelefoon
-kt-tel = 0800-0432
-kt-url = https://www.kindertelefoon.nl

-sh = Slachtofferhulp Nederland
-sh-tel = 0900-0101

-mm-url = https://www.mannenmishandeling.nl
-safetyned = SafetyNed
-safetyned-url = https://safetyned.org
-mm = mannenmishandeling.nl

# Shelter (opvang) for women and men: source document 002:L950.
-regelhulp = regelhulp.nl
-regelhulp-url = https://www.regelhulp.nl/onderwerpen/opvang-en-tijdelijk-verblijf/vrouwen--en-mannenopvang
