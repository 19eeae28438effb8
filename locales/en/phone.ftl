# Phone and online safety.

phone =
    Could someone be watching through your phone, or does someone always know where you are? This happens a lot.
    Do you think there is a spy app on your phone? Then the other person may see this conversation too. If you can, use another phone or computer.
    First: only do something when it is safe. The other person may notice some steps. Not sure? Ask for advice first from { -vt } ({ -vt-tel }) or { -safetyned }, which helps people with digital stalking.
    In danger? Call { -tel-112 }.
    What would you like to know more about?

opt-phone-location = Someone knows where I am
opt-phone-spyware = Is there a spy app on my phone?
opt-phone-accounts = Passwords and accounts
opt-phone-erase = Erasing this conversation and the chat

phone-location =
    Does someone always know where you are?
    - Check whether "location sharing" is on, in your phone and in your apps. Turn it off when that is safe.
    - Small GPS trackers exist. They are hidden, for example, under a car, in a bag or in a child's cuddly toy.
    - Can someone get into your public-transport card (OV-chipkaart) account? Then they can see where you travel.
    - Smart devices at home, such as cameras, can watch too.
    Found something? Ask for advice before you remove it: { -vt }, { -vt-tel }, or { -safetyned }.
    In danger? Call { -tel-112 }.

phone-spyware =
    Signs of a spy app (stalkerware):
    - your battery runs down fast
    - your phone uses much more data than usual
    - an app you do not know, under battery or data use
    - apps with "Accessibility" permissions that you did not give
    Usually someone who had your phone in their hands put the app on it. A PIN the other person does not know helps. Only install apps from the official app store.
    In danger? Call { -tel-112 }.

phone-spyware-remove =
    Important: do not remove such an app straight away. That destroys the evidence, and the other person may notice that you know.
    Get advice first. Write down what happens: on paper, or on a device the other person cannot get into.
    A factory reset removes the app. But it also removes all your photos, messages and evidence.
    Advice: { -vt }, { -vt-tel }, or { -safetyned }.

phone-accounts =
    Can the other person get into your accounts?
    - Change your passwords on a device the other person never had access to.
    - Check for every account which devices are logged in.
    - Think of shared accounts: e-mail, calendar, the cloud with your photos, and also DigiD.
    - Use a PIN the other person does not know.
    Not sure whether it is safe to change something? Ask for advice first from { -vt } ({ -vt-tel }) or { -safetyned }.
    In danger? Call { -tel-112 }.

phone-erase =
    How to erase this conversation:
    - Type stop, or choose "Erase this conversation" below. Baken then forgets where you were, and removes messages where your chat app allows it.
    - Then delete the chat itself in your app: press and hold the chat and choose delete.
    - Is your chat app also on a tablet or computer? Check there too.
    Baken itself does not keep what you type. In danger? Call { -tel-112 }.
