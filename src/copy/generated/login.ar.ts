// Written by `npm run i18n` from src/locales/ar.json: edit that, not this.
import { plural, num } from '../format'
import type { LoginMessages } from './login.en'

const L = "ar"

export const messages: LoginMessages = {
  product: "Acme",
  platform: {
    touchId: {
      name: "بصمة الإصبع",
      waiting: "في انتظار بصمة الإصبع…",
    },
    windowsHello: {
      name: "Windows Hello",
      waiting: "في انتظار Windows Hello…",
    },
    faceIdOrTouchId: {
      name: "بصمة الوجه أو بصمة الإصبع",
      waiting: "في انتظار بصمة الوجه أو بصمة الإصبع…",
    },
    androidScreenLock: {
      name: "بصمة إصبعك أو وجهك أو قفل الشاشة",
      waiting: "في انتظار بصمة إصبعك أو وجهك أو قفل الشاشة…",
    },
    screenLock: {
      name: "قفل الشاشة في جهازك",
      waiting: "في انتظار قفل الشاشة في جهازك…",
    },
  },
  starting: {
    loading: "جارٍ التحميل…",
  },
  identifier: {
    heading: "تسجيل الدخول",
    label: "البريد الإلكتروني أو اسم المستخدم",
    submit: "متابعة",
    submitting: "جارٍ التحقق…",
    empty: "أدخل بريدك الإلكتروني أو اسم المستخدم.",
    tooLong: "هذا أطول من أن يكون بريدًا إلكترونيًا أو اسم مستخدم.",
    or: "أو",
    passkey: "تسجيل الدخول بمفتاح مرور",
    passkeyWaiting: "في انتظار مفتاح المرور…",
  },
  returning: {
    heading: "مرحبًا بعودتك",
    intro: "سبق أن سجّلت الدخول على هذا الجهاز.",
    continueAs: (v: { identifier: string }): string => "المتابعة باسم " + "\u2068" + v.identifier + "\u2069",
    useAnother: "استخدام حساب آخر",
  },
  account: {
    useAnother: "استخدام حساب آخر",
  },
  passkeyLogin: {
    heading: "سجّل الدخول بمفتاح المرور",
    start: "تسجيل الدخول بمفتاح مرور",
    ready: (v: { platformName: string }): string => "استخدم " + "\u2068" + v.platformName + "\u2069" + " لتأكيد هويتك.",
    verifying: "جارٍ تسجيل دخولك…",
    hybrid: "استخدام هاتف أو جهاز لوحي",
    usePassword: "استخدام كلمة المرور بدلًا من ذلك",
    suggestPassword: "هل تواجه مشكلة في مفتاح المرور؟ يمكنك تسجيل الدخول بكلمة المرور بدلًا من ذلك.",
  },
  append: {
    passkeyName: {
      macos: "مفتاح مرور على Mac",
      windows: "مفتاح مرور على Windows",
      ios: "مفتاح مرور على iPhone أو iPad",
      android: "مفتاح مرور على Android",
      other: "مفتاح مرور",
    },
  },
  errors: {
    network: "تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.",
    server: "حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.",
    malformed: "تلقّينا ردًا لم نفهمه. يُرجى المحاولة مرة أخرى.",
    retry: "حاول مرة أخرى",
    lockedUnknown: "محاولات كثيرة جدًا. حاول مرة أخرى لاحقًا.",
    codeInvalid: "الرمز غير صحيح. تحقّق منه وحاول مرة أخرى.",
    loginExpired: "استغرق تسجيل الدخول وقتًا طويلًا وانتهت صلاحيته. يُرجى البدء من جديد.",
    flowLost: "لم نتمكن من المتابعة من حيث توقفت، لذا بدأنا من جديد.",
    unknownPasskey: "لم يعد مفتاح المرور هذا مسجّلًا لحسابك. سجّل الدخول بطريقة أخرى، ثم أنشئ مفتاحًا جديدًا.",
    passkeyUnavailable: "لا يوجد مفتاح مرور لهذا الحساب على هذا الجهاز. استخدم هاتفًا أو جهازًا لوحيًا أو كلمة المرور.",
    unauthorized: "انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.",
    passkeyLater: "يحتاج حسابك إلى مفتاح مرور، لكن هذا المتصفح لا يستطيع إنشاءه. استخدم الرمز الآن، وسنطلب منك ذلك مجددًا عند تسجيل الدخول على جهاز يدعمه.",
  },
  rejected: {
    validation_error: "هناك خطأ في هذا الطلب. يُرجى التحقق منه والمحاولة مرة أخرى.",
    unauthorized: "انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.",
    invalid_credentials: "كلمة المرور غير صحيحة. تحقّق منها وحاول مرة أخرى.",
    account_locked: (v: { minutes: number }): string => "محاولات كثيرة جدًا. حاول مرة أخرى بعد " + (plural(L, v.minutes, { zero: num(L, v.minutes) + " دقيقة", one: "دقيقة واحدة", two: "دقيقتين", few: num(L, v.minutes) + " دقائق", many: num(L, v.minutes) + " دقيقة", other: num(L, v.minutes) + " دقيقة" })) + ".",
    challenge_invalid: "انتهت صلاحية طلب تسجيل الدخول. يُرجى المحاولة مرة أخرى.",
    verification_failed: "تعذّر التحقق من مفتاح المرور. حاول مرة أخرى أو سجّل الدخول بطريقة أخرى.",
    unknown_credential: "لم يعد مفتاح المرور هذا مسجّلًا لحسابك. سجّل الدخول بطريقة أخرى، ثم أنشئ مفتاحًا جديدًا.",
    already_registered: "يحتوي هذا الجهاز بالفعل على مفتاح مرور لحسابك.",
    code_invalid: (v: { attemptsLeft: number }): string => "الرمز غير صحيح. " + (plural(L, v.attemptsLeft, { zero: "لم تتبقَّ أي محاولة", one: "تبقّت محاولة واحدة", two: "تبقّت محاولتان", few: "تبقّت " + num(L, v.attemptsLeft) + " محاولات", many: "تبقّت " + num(L, v.attemptsLeft) + " محاولة", other: "تبقّت " + num(L, v.attemptsLeft) + " محاولة" })) + ".",
    code_expired: "انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا للمتابعة.",
    too_many_attempts: "رموز خاطئة كثيرة جدًا. ابدأ من جديد للحصول على رمز جديد.",
    resend_cooldown: (v: { seconds: number }): string => "يمكنك طلب رمز جديد بعد " + (plural(L, v.seconds, { zero: num(L, v.seconds) + " ثانية", one: "ثانية واحدة", two: "ثانيتين", few: num(L, v.seconds) + " ثوانٍ", many: num(L, v.seconds) + " ثانية", other: num(L, v.seconds) + " ثانية" })) + ".",
    channel_unavailable: "لا يمكننا إرسال رمز بهذه الطريقة. اختر طريقة أخرى.",
    not_found: "لم يعد مفتاح المرور هذا موجودًا. ربما أُزيل على جهاز آخر.",
    code_rate_limited: (v: { minutes: number }): string => "طُلبت رموز كثيرة جدًا أو جُرّبت على هذا الحساب. حاول مرة أخرى بعد " + (plural(L, v.minutes, { zero: num(L, v.minutes) + " دقيقة", one: "دقيقة واحدة", two: "دقيقتين", few: num(L, v.minutes) + " دقائق", many: num(L, v.minutes) + " دقيقة", other: num(L, v.minutes) + " دقيقة" })) + ".",
    reauth_required: "أكّد هويتك لتغيير مفاتيح المرور.",
    payload_too_large: "هناك خطأ في هذا الطلب. يُرجى التحقق منه والمحاولة مرة أخرى.",
    server_error: "حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.",
  },
  ceremony: {
    cancelled: "أُلغي تسجيل الدخول بمفتاح المرور. يمكنك المحاولة مرة أخرى.",
    timedOut: "انتهت مهلة طلب مفتاح المرور قبل أن تؤكّد. يمكنك المحاولة مرة أخرى.",
    security: "حظر متصفحك طلب مفتاح المرور على هذا الموقع. استخدم كلمة المرور بدلًا من ذلك.",
    notSupported: "لا يمكن لهذا المتصفح استخدام مفتاح مرور هنا. استخدم كلمة المرور بدلًا من ذلك.",
    unknown: "حدث خطأ في مفتاح المرور. حاول مرة أخرى أو استخدم كلمة المرور.",
  },
  appError: {
    heading: "حدث خطأ ما",
    text: "واجهت هذه الصفحة مشكلة. ابدأ من جديد لتسجيل الدخول مرة أخرى؛ لن تفقد أي شيء محفوظ.",
    startOver: "البدء من جديد",
  },
  flow: {
    signedIn: "تم تسجيل الدخول.",
  },
}
