# Honour, forced marriage, being left abroad. Never suggest the family or mediators.

honour =
    Are you threatened, locked in or controlled by your family? Because they say you have shamed the family ("honour")? For example because of who you choose as a partner, or because you want to leave.
    It can mean threats, isolation, hitting or forced marriage. Or being cast out: your family no longer wants to know you.
    The danger can come from several family members at once. Even if one person is arrested, the danger is not always over.

honour-help =
    What you can do:
    - Do not talk about it with family or friends of the family. Not with people from the community who want to mediate either. That can make the danger bigger.
    - Call { -vt }: { -vt-tel }. They have experts on honour and family. Free, day and night. You can ask for advice anonymously.
    - If you make a report (you ask { -vt } to act), { -vt } and the police look together at how big the danger is.
    - Under 18? { -kt } helps too: { -kt-tel }.
    - Immediate danger? Call { -tel-112 }.

opt-honour-marriage = Forced marriage or being left abroad

honour-marriage =
    Are you afraid you will have to marry someone your family chooses? Or that you will be left behind abroad during a holiday?
    - Are you still in the Netherlands? Ask for help before you leave, not after.
    - Are you already abroad? Choose "I am already abroad" below.
    - Tell someone you trust who is outside the family. Ask that person not to talk to your family.
    - Call { -vt }: { -vt-tel }, day and night. They have experts for these situations.
    - Under 18? Also call or chat with { -kt }: { -kt-tel }.
    - Immediate danger? Call { -tel-112 }.

honour-worried =
    Are you worried about someone who is threatened or controlled by their family, over "honour"?
    - Only talk to that person, when nobody else is there.
    - Do not pass it on to family, friends or the community. Do tell { -vt } or the police.
    - Do not go to the family, friends or acquaintances, and do not look for a mediator. That can make the danger much bigger.
    - Always ask { -vt } for advice. They have experts for these situations: { -vt-tel }.
    - Immediate danger? Call { -tel-112 }.
