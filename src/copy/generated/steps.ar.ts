// Written by `npm run i18n` from src/locales/ar.json: edit that, not this.
import { plural, num } from '../format'
import type { StepsMessages } from './steps.en'

const L = "ar"

export const messages: StepsMessages = {
  password: {
    heading: "أدخل كلمة المرور",
    label: "كلمة المرور",
    show: "إظهار",
    hide: "إخفاء",
    showLabel: "إظهار كلمة المرور",
    hideLabel: "إخفاء كلمة المرور",
    submit: "تسجيل الدخول",
    checking: "جارٍ التحقق من كلمة المرور…",
    empty: "أدخل كلمة المرور.",
    usePasskey: "تسجيل الدخول بمفتاح مرور بدلًا من ذلك",
  },
  locked: {
    heading: "الحساب مقفل مؤقتًا",
    usePasskey: "تسجيل الدخول بمفتاح مرور",
    explain: "أوقفنا تسجيل الدخول بكلمة المرور بعد محاولات خاطئة كثيرة، حفاظًا على أمان حسابك.",
  },
  appendDone: {
    created: "تم إنشاء مفتاح المرور",
    createdText: (v: { platformName: string }): string => "في المرة القادمة، سجّل الدخول باستخدام " + "\u2068" + v.platformName + "\u2069" + ".",
    yourPasskey: "مفتاح المرور",
    alreadyExists: "لديك مفتاح مرور هنا بالفعل",
    alreadyExistsText: "يحتوي هذا الجهاز بالفعل على مفتاح مرور لحسابك.",
    continue: "متابعة",
  },
  codeChannel: {
    heading: "إلى أين نرسل الرمز؟",
    legend: "إرسال الرمز عبر",
    email: "البريد الإلكتروني",
    sms: "رسالة نصية",
    send: "إرسال الرمز",
    sending: "جارٍ إرسال الرمز…",
  },
  codeEntry: {
    heading: "أدخل رمز التحقق",
    label: "رمز التحقق",
    sentTo: (v: { destination: string }): string => "أرسلنا رمزًا إلى " + "\u2068" + v.destination + "\u2069",
    sending: "جارٍ إرسال الرمز…",
    format: (v: { length: number }): string => "أدخل الرمز المكوّن من " + num(L, v.length) + " أرقام.",
    verify: "تحقّق",
    resend: "إعادة إرسال الرمز",
    resendIn: (v: { seconds: number }): string => "إعادة إرسال الرمز بعد " + (plural(L, v.seconds, { zero: num(L, v.seconds) + " ثانية", one: "ثانية واحدة", two: "ثانيتين", few: num(L, v.seconds) + " ثوانٍ", many: num(L, v.seconds) + " ثانية", other: num(L, v.seconds) + " ثانية" })),
    sendFailed: "تعذّر إرسال الرمز.",
    blocked: "طُلبت رموز كثيرة جدًا أو جُرّبت على هذا الحساب. حاول مرة أخرى لاحقًا.",
    startAgain: "البدء من جديد",
    changeChannel: "استخدام طريقة أخرى",
  },
  stepUp: {
    heading: "أكّد هويتك",
    intro: "حفاظًا على أمانك، أكّد هويتك قبل هذا التغيير.",
    passkey: (v: { platformName: string }): string => "التأكيد باستخدام " + "\u2068" + v.platformName + "\u2069",
    useCode: "أرسل لي رمزًا بدلًا من ذلك",
    loading: "جارٍ التجهيز…",
    verifying: "جارٍ التحقق…",
    codeHeading: "أدخل الرمز الذي أرسلناه إليك",
    cancel: "إلغاء",
    declined: "لم يتغيّر شيء: أُلغي تأكيد هويتك.",
    ceremony: {
      cancelled: "أُلغي التأكيد بمفتاح المرور. يمكنك المحاولة مرة أخرى.",
      timedOut: "انتهت مهلة طلب مفتاح المرور قبل أن تؤكّد. يمكنك المحاولة مرة أخرى.",
      security: "حظر متصفحك طلب مفتاح المرور على هذا الموقع. استخدم رمزًا بدلًا من ذلك.",
      notSupported: "لا يمكن لهذا المتصفح استخدام مفتاح مرور هنا. استخدم رمزًا بدلًا من ذلك.",
      unknown: "حدث خطأ في مفتاح المرور. حاول مرة أخرى أو استخدم رمزًا بدلًا من ذلك.",
    },
  },
}
