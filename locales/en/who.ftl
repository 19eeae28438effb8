# Who can help: the contacts card, and what happens when you call Veilig Thuis.

contacts =
    Who can help:
    - In danger: call { -tel-112 }.
    - { -vt } (domestic violence advice line): { -vt-tel }. Free, day and night. You can ask for advice anonymously. For people who experience it, people who worry, and people who go too far themselves.
    - Thinking about suicide: { -zp-tel } or { -zp-tel-free }, day and night.
    - Children and young people aged 8 to 18: { -kt }, { -kt-tel }.
    - Victim or witness of a crime: { -sh }, { -sh-tel } (local rate).
    - Men: { -mm }. Help with your phone: { -safetyned }.

contacts-vt =
    When you call { -vt } ({ -vt-tel }):
    - You reach { -vt } in your region. Free, day and night.
    - You may stay anonymous and only ask for advice. You decide what you tell.
    - A report is more than advice: you ask { -vt } to act. To make a report, you call.
    - The chat on the website is fully anonymous. You can ask for advice there, but not make a report.
    - After a report, { -vt } looks at how safe everyone is. This is called a safety assessment. Then { -vt } decides which steps are needed.
    Immediate danger? Call { -tel-112 }.

opt-contacts-vt = What happens when I call Veilig Thuis?
