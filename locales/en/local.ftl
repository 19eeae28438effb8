# Help in your own municipality. A municipality replaces these messages in its instance.

-local-name = The neighbourhood team

opt-local = Help in my municipality

local-help =
    Many municipalities have a neighbourhood team (wijkteam or sociaal team). They also help with practical matters, such as money, debts, parenting or caring for someone.
    Your municipality's website says how to reach them. Your GP or { -vt } ({ -vt-tel }) also knows what help there is near you.

now-open =
    { $vt-chat ->
        [open] The { -vt } chat in your region should be open now.
        [closed] The { -vt } chat is closed now. You can always call: { -vt-tel }, day and night.
       *[unknown] The { -vt } chat is usually open on weekdays during the day. You can always call: { -vt-tel }, day and night.
    }{ $local ->
        [open] { " " }{ -local-name } is open now.
        [closed] { " " }{ -local-name } is closed now.
       *[unknown] {""}
    }
    In danger? Call { -tel-112 }.
