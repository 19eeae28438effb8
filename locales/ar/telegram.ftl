# What the Telegram channel says itself (see src/telegram.rs).

telegram-private-only =
    يعمل Baken فقط في محادثة خاصة، لا في مجموعة أو قناة. سأغادر هذه المحادثة.
    تريد أن تسأل شيئًا؟ افتح محادثة خاصة معي. في خطر؟ الاتصال بالرقم { -tel-112 }

telegram-delete-chat =
    لحذف المحادثة من Telegram أيضًا:
    • Android: اضغط مطولًا على المحادثة في القائمة، ثم على سلة المهملات، واحذفها للروبوت أيضًا.
    • iPhone: اسحب المحادثة في القائمة إلى اليسار واضغط حذف.
    • الحاسوب: انقر بالزر الأيمن على المحادثة واختر حذف المحادثة.
    يمكنك العودة دائمًا. في خطر؟ الاتصال بالرقم { -tel-112 }
    Veilig Thuis (قد يكون الرد باللغة الهولندية): { -vt-tel }

telegram-cmd-start = البدء من جديد
telegram-cmd-menu = قائمة المواضيع
telegram-cmd-help = كيف يعمل Baken؟
telegram-cmd-language = لغة أخرى / andere taal
telegram-cmd-erase = مسح هذه المحادثة
