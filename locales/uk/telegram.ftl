# What the Telegram channel says itself (see src/telegram.rs).

telegram-private-only =
    Baken працює лише в приватному чаті, а не в групі чи каналі. Я виходжу з цього чату.
    Хочете щось запитати? Відкрийте приватний чат зі мною. У небезпеці? Телефонуйте на номер { -tel-112 }

telegram-delete-chat =
    Щоб видалити чат і з Telegram:
    • Android: натисніть і утримуйте чат у списку, натисніть на кошик і видаліть його також для бота.
    • iPhone: проведіть чат у списку вліво і натисніть «Видалити».
    • Комп'ютер: клацніть правою кнопкою на чаті й виберіть «Видалити чат».
    Ви завжди можете повернутися. У небезпеці? Телефонуйте на номер { -tel-112 }
    Veilig Thuis (відповідати можуть нідерландською): { -vt-tel }

telegram-cmd-start = Почати знову
telegram-cmd-menu = Меню тем
telegram-cmd-help = Як працює Baken?
telegram-cmd-language = Інша мова / andere taal
telegram-cmd-erase = Стерти цю розмову
