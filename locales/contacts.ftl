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

# Centrum Seksueel Geweld: facts.md row "Centrum Seksueel Geweld (CSG) 0800-0188".
-csg = Centrum Seksueel Geweld
-csg-tel = 0800-0188

# Helpwanted (online abuse, images): facts.md row "Helpwanted".
-helpwanted = Helpwanted
-helpwanted-tel = 020-261 52 75
-helpwanted-url = https://helpwanted.nl

# Ministry of Foreign Affairs, 24/7, for people left behind or forced to marry abroad:
# facts.md row "Left behind or forced to marry abroad".
-bz = het ministerie van Buitenlandse Zaken
-bz-en = the Dutch Ministry of Foreign Affairs
-bz-tel = +31 247 247 247
-bz-whatsapp = +31 6 82 38 77 96

# Police, not urgent (e.g. to report a crime when there is no emergency): facts.md row "112 is free".
-politie-tel = 0900-8844
