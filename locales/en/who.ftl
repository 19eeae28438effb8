# Who can help: the contacts card, and what happens when you call Veilig Thuis.

contacts =
    Who can help:
    - In danger: call { -tel-112 }.
    - { -vt } (domestic violence advice line): { -vt-tel }. Free, day and night. Advice, anonymous if you like. For people who experience it, people who worry, and people who go too far themselves. You can chat on the website, usually on weekdays during the day.
    - Thinking about suicide: { -zp-tel } or { -zp-tel-free }, day and night.
    - Children and young people aged 8 to 18: { -kt }, { -kt-tel }.
    - Victim or witness of a crime: { -sh }, { -sh-tel }.
    - Men: { -mm }. Help with your phone: { -safetyned }.

contacts-vt =
    When you call { -vt } ({ -vt-tel }):
    - You reach { -vt } in your region. Free, day and night.
    - You may stay anonymous and only ask for advice. You decide what you tell.
    - A report can only be made if { -vt } knows who it is about. The chat on the website is fully anonymous: to make a report, you call.
    - After a report, { -vt } looks at how safe everyone is. This is called a safety assessment. Then { -vt } decides which steps are needed.
    Immediate danger? Call { -tel-112 }.

opt-contacts-vt = What happens when I call Veilig Thuis?
