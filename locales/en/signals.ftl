# Signs: in someone who experiences it, in someone who uses violence, in children. No score.

signals =
    Signs are not proof. A suspicion does not have to be right. But it is a reason to look carefully, talk about your worries and ask for advice. A gut feeling counts too.
    You can ask for advice anonymously: { -vt }, { -vt-tel }.
    Signs in whom?

opt-signals-victim = In someone who experiences it
opt-signals-user = In someone who uses violence
opt-signals-child = In children

signals-victim =
    Possible signs in someone who experiences it:
    - often tired or ill
    - bruises or wounds, without a clear explanation
    - clothes that cover a lot
    - restless, afraid or low
    - acts differently when the partner is there
    - is hard to speak to alone
    - cancels appointments at the last moment
    - has no money of their own, or debts
    One sign does not say everything. Collect what you see and talk about your worries. Advice: { -vt }, { -vt-tel }.
    Is someone in danger now? Call { -tel-112 }.

signals-user =
    Possible signs in someone who uses violence:
    - bosses the partner around
    - criticises the partner in front of others
    - is extremely jealous or possessive
    - swears or shouts at the partner
    - keeps friends and family away from the partner
    - blames the partner for their own problems
    - treats pets badly
    Do you recognise this in yourself? That takes courage. There is help: { -vt }, { -vt-tel }.

signals-child =
    Seeing or hearing fighting and violence hurts children just as much as being hit themselves.
    Possible signs in children:
    - often missing school
    - afraid, or caring a lot for a parent
    - feeling guilty, or stuck between the parents
    - problems with feelings or behaviour
    A child needs an adult who stands beside them. Advice: { -vt }, { -vt-tel }. For children themselves: { -kt }, { -kt-tel }.
    Is a child being hurt right now? Call { -tel-112 }.
