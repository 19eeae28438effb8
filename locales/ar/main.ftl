# الترحيب، القائمة، المساعدة، اللغة، الخصوصية. Arabic (draft, not yet reviewed by a native speaker).
# Gender: Arabic verbs and adjectives for "you" are masculine or feminine. The engine knows no
# gender, so no Fluent selector can choose; the text uses neutral forms where they read naturally
# (يمكنك، عليك، الاتصال بالرقم) and otherwise the generic address Arabic public services use.
# A native reviewer decides. Helplines may answer in Dutch: every answer that names one says so.
# Right-to-left: a placeable (number, name) stands at the end of a line where possible.

welcome-intro =
    مرحبًا، أنت تتحدث مع Baken. أنا روبوت محادثة، ولست إنسانًا.
    أشرح الأمور وأخبرك من يمكنه المساعدة عندما لا تشعر بالأمان في البيت. لك أو لشخص آخر.

    مع Baken تبقى مجهول الهوية. لا أحفظ ما تكتبه، ولا أي اسم أو رقم. أتذكر أين وصلنا في هذه المحادثة فقط، وأنسى ذلك بعد عدد من الدقائق بدون رسالة: { $ttl }
    ملاحظة: تطبيق المحادثة نفسه يحتفظ بالرسائل.
    اكتب stop في أي وقت لمسح هذه المحادثة.
    لغة أخرى؟ اكتب: لغة
    في خطر؟ الاتصال بالرقم { -tel-112 }

welcome-safe = أولًا: هل يمكنك قراءة هذا الآن دون أن ينظر أحد؟

opt-safe-yes = نعم، يمكنني القراءة بهدوء
opt-safe-no = لا، قد ينظر أحد
opt-in-danger = أنا في خطر الآن

unsafe-now =
    من الجيد أنك حذر.
    اختر "مسح هذه المحادثة" في الأسفل، أو اكتب stop. سأحذف رسائلي حيث أستطيع.
    عد عندما يكون الوضع آمنًا. أنا هنا ليلًا ونهارًا.
    في خطر؟ الاتصال بالرقم { -tel-112 }
    يحق لك دائمًا مغادرة البيت للذهاب إلى مكان آمن.

menu = بماذا يمكنني مساعدتك؟ اختر موضوعًا، أو اكتب بكلماتك ما يحدث.

opt-me = الأمر يتعلق بي
opt-worried = أنا قلق على شخص ما
opt-hurt = أتجاوز الحدود، أو أخاف أن أفعل
opt-phone = أمان الهاتف والإنترنت
opt-signals = التعرف على العلامات
opt-contacts = من يمكنه المساعدة؟
opt-menu = العودة إلى القائمة
opt-privacy = ماذا يحفظ Baken؟
opt-language = اللغة / Taal
opt-about-bot = هل أنت إنسان؟
opt-erase = مسح هذه المحادثة
opt-safe-now = أنا بأمان الآن

help =
    كيف يعمل Baken: اضغط على زر أو اكتب رقم اختيارك. يمكنك أيضًا أن تكتب ببساطة ما يحدث.
    هذه الكلمات تعمل دائمًا:
    قائمة أو menu: العودة إلى البداية
    لغة: لغة أخرى
    stop أو مسح: مسح هذه المحادثة
    { -tel-112 }: أريك ما يمكنك فعله
    Baken لا يتصل بأحد ولا يستطيع إرسال المساعدة. في خطر؟ الاتصال بنفسك بالرقم { -tel-112 }

language = Kies je taal. / Choose your language. / اختيار اللغة.

about-bot =
    أنا روبوت: برنامج حاسوب، ولست إنسانًا. لا أحد يقرأ رسائلك، ولا أخبر أحدًا بشيء.
    هل تريد التحدث مع إنسان؟ يمكنك الاتصال بمنظمة { -vt } على الرقم { -vt-tel }
    مجاني، ليلًا ونهارًا، ويمكنك أن تبقى مجهول الهوية. قد يكون الرد باللغة الهولندية.
    يمكنك أيضًا المحادثة كتابيًا مع { -vt } على موقعهم. هذه المحادثة مفتوحة عادةً في أيام العمل خلال النهار.

privacy =
    ما يحفظه Baken: أين وصلت في المحادثة وبأي لغة. لا ما تكتبه، ولا اسمك ولا رقمك. بعد عدد من الدقائق بدون رسالة أنسى ذلك أيضًا: { $ttl }
    يعدّ Baken أيضًا كم مرة يُختار موضوع ما. هذا العدد لا يقول شيئًا عنك.
    لا ينقل Baken شيئًا إلى Veilig Thuis أو الشرطة أو أي أحد آخر. أنت من يقرر إن كنت ستتصل بأحد.
    ملاحظة: الرسائل تبقى في تطبيق المحادثة عندك، وأحيانًا أيضًا على جهاز لوحي أو حاسوب مثبت عليه التطبيق. اكتب stop لمسح هذه المحادثة، ثم احذف المحادثة نفسها.
    في خطر؟ الاتصال بالرقم { -tel-112 }

link-vt = Veilig Thuis (محادثة ومعلومات، بالهولندية)
    .url = { -vt-url }
link-113 = { -zp } (الوقاية من الانتحار، محادثة)
    .url = { -zp-url }
link-kt = De Kindertelefoon (محادثة للأطفال)
    .url = { -kt-url }
link-safetyned = SafetyNed: الأمان الرقمي
    .url = { -safetyned-url }
link-mm = للرجال: تواصل مجهول الهوية عبر { -mm }
    .url = { -mm-url }

# One line the engine shows before an ordinary answer when danger is possible.
caution-line = هل أنت في خطر الآن؟ الاتصال بالرقم { -tel-112 }
