// Written by `npm run i18n` from src/locales/ar.json: edit that, not this.
import { num } from '../format'
import type { DashboardMessages } from './dashboard.en'

const L = "ar"

export const messages: DashboardMessages = {
  heading: "لوحة التحكم",
  welcome: (v: { displayName: string }): string => "مرحبًا، " + "\u2068" + v.displayName + "\u2069",
  signedInAs: (v: { identifier: string }): string => "مسجّل الدخول باسم " + "\u2068" + v.identifier + "\u2069",
  passkeys: {
    heading: "مفاتيح المرور",
    intro: "سجّل الدخول بوجهك أو بصمة إصبعك أو قفل الشاشة بدلًا من كلمة المرور.",
    loading: "جارٍ تحميل مفاتيح المرور…",
    loadFailed: "تعذّر تحميل مفاتيح المرور.",
    retry: "حاول مرة أخرى",
    empty: "لا توجد مفاتيح مرور بعد. أضف مفتاحًا لتسجيل الدخول بدون كلمة مرور.",
    thisDevice: "هذا الجهاز",
    created: (v: { date: string }): string => "أُنشئ في " + "\u2068" + v.date + "\u2069",
    lastUsed: (v: { when: string }): string => "آخر استخدام " + "\u2068" + v.when + "\u2069",
    neverUsed: "لم يُستخدم بعد",
    updating: "جارٍ التحديث…",
  },
  rename: {
    open: "إعادة تسمية",
    label: "اسم مفتاح المرور",
    empty: "أعطِ مفتاح المرور اسمًا.",
    tooLong: (v: { max: number }): string => "اجعل الاسم أقل من " + num(L, v.max) + " حرفًا.",
    save: "حفظ",
    saving: "جارٍ الحفظ…",
    cancel: "إلغاء",
  },
  remove: {
    open: "حذف",
    heading: "هل تريد حذف مفتاح المرور هذا؟",
    body: (v: { name: string }): string => "ستتم إزالة «" + "\u2068" + v.name + "\u2069" + "» من حسابك ولن يمكن استخدامه لتسجيل الدخول بعد الآن. لا يزال بإمكانك تسجيل الدخول بكلمة المرور أو بمفتاح مرور آخر.",
    confirm: "حذف مفتاح المرور",
    cancel: "إلغاء",
  },
  add: {
    open: "إضافة مفتاح مرور",
    heading: "إضافة مفتاح مرور",
    preparing: "جارٍ التجهيز…",
    unavailable: "لا يستطيع هذا المتصفح إنشاء مفتاح مرور. لإضافة مفتاح، سجّل الدخول على هاتف أو حاسوب يدعم مفاتيح المرور.",
  },
  signOut: "تسجيل الخروج",
  signOutEverywhere: "تسجيل الخروج من كل الأجهزة",
  signingOut: "جارٍ تسجيل الخروج…",
}
