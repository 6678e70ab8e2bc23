/**
 * A labelled corpus of replies in the voice of brand support agents (X, Facebook, Reddit,
 * DMs), plus the customer's words and quotes that a detector must not mistake for the
 * agent's promise. Written before the detector (issue 5), so it measures rather than
 * mirrors it.
 *
 * All expected due times are relative to CORPUS_NOW (Wednesday 11 March 2026, 10:00) in
 * CORPUS_ZONE, with no business hours and the default 24-hour window. Conventions used for
 * the labels (the documented ones of issue 5): a day without a time falls due at 17:00 that
 * day; EOD/COB/today/this afternoon at 17:00 today; morning at 12:00; end of week / this
 * week at Friday 17:00; shortly 2 h; asap 4 h; soon 24 h; business days skip the weekend.
 * A promise without a label has a due time too fuzzy to hold a detector to.
 */
export const CORPUS_NOW = new Date('2026-03-11T10:00:00Z');
export const CORPUS_ZONE = 'UTC';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** When the (first) promise falls due. */
export type ExpectedDue =
  /** A span after now. */
  | { minutes?: number; hours?: number; days?: number }
  /** A wall time `day` days after today (0 = today). */
  | { day: number; hour: number; minute?: number }
  /** A wall time on the next such weekday (today when still ahead). */
  | { weekday: Weekday; hour: number; minute?: number };

export interface CorpusEntry {
  text: string;
  promise: boolean;
  due?: ExpectedDue;
  /** How many separate promises the text makes, when more than one. */
  count?: number;
}

/** A labelled promise (and its due time when the labels make one clear). */
export const yes = (text: string, due?: ExpectedDue, count?: number): CorpusEntry => ({
  text,
  promise: true,
  ...(due ? { due } : {}),
  ...(count ? { count } : {}),
});
/** A labelled text that makes no promise. */
export const no = (text: string): CorpusEntry => ({ text, promise: false });

/** No time words: the default window applies. */
export const DEFAULT: ExpectedDue = { hours: 24 };
export const TODAY_EOD: ExpectedDue = { day: 0, hour: 17 };
export const TOMORROW: ExpectedDue = { day: 1, hour: 17 };

export const PROMISE_CORPUS: readonly CorpusEntry[] = [
  // --- X: terse replies, emoji, abbreviations, typos --------------------------------------
  yes("We'll look into this and get back to you within 24 hours.", { hours: 24 }),
  yes('@jamie_r Sorry about that! We’ll DM you shortly 🙏', { hours: 2 }),
  yes('On it — will update you by EOD.', { day: 0, hour: 17 }),
  yes("Thanks for flagging, I'll check with the team and reply tomorrow.", { day: 1, hour: 17 }),
  yes("We'll have an answer for you by Friday.", { weekday: 'fri', hour: 17 }),
  yes('Let me look into that for you.', DEFAULT),
  yes('Our team will reach out w/in 2 days.', { days: 2 }),
  yes("You'll hear from us tmrw morning 👍", { day: 1, hour: 12 }),
  yes('Expect a reply within 2 hrs.', { hours: 2 }),
  yes('We aim to resolve this within 48 hours.', { hours: 48 }),
  yes("I'm going to escalate this to our billing team right now."),
  yes("we're going to fix this asap, hang tight", { hours: 4 }),
  yes('Will follow up tomorrow with the tracking number.', { day: 1, hour: 17 }),
  yes('Will DM you in 10 mins', { minutes: 10 }),
  yes("We'll be in touch soon.", { hours: 24 }),
  yes('I will personally call you at 3pm today.', { day: 0, hour: 15 }),
  yes("Hi Sam, we'll send the replacement by Monday.", { weekday: 'mon', hour: 17 }),
  yes('Thanks for your patience! Our engineers will have an update in a couple of weeks.', {
    days: 14,
  }),
  yes("@acme_help we'll get back 2 u 2moro", { day: 1, hour: 17 }),
  yes('Sorry for the wait!! We will reply by end of day 🙏🙏', { day: 0, hour: 17 }),
  yes("I'll ping you by COB.", { day: 0, hour: 17 }),
  yes('We will update you by the end of the week.', { weekday: 'fri', hour: 17 }),
  yes("I'll chase the courier and come back to you in 24h.", { hours: 24 }),
  yes("Leave it with me, I'll sort it by tomorrow afternoon.", { day: 1, hour: 17 }),
  yes("We'll refund the difference within 5 business days.", { days: 7 }),
  yes("let me check w/ the warehouse and I'll circle back in an hour", { hours: 1 }),
  yes(
    "I'll check with billing today and we'll email you the refund confirmation by Friday.",
    { day: 0, hour: 17 },
    2,
  ),
  yes("We'll investigate and follow up via DM.", DEFAULT),
  yes('Our support team will contact you within the next 48 hours.', { hours: 48 }),
  yes('A specialist will call you tomorrow between 9 and 11.', { day: 1, hour: 11 }),
  yes('Someone from our team will reach out shortly.', { hours: 2 }),
  yes("You'll get an email from us within the hour.", { hours: 1 }),
  yes('You will receive a full refund within 7 days.', { days: 7 }),
  yes("We're going to replace the unit free of charge — expect a shipping email by Thursday.", {
    weekday: 'thu',
    hour: 17,
  }),
  yes("I'll get this fixed for you today.", { day: 0, hour: 17 }),
  yes('Gonna look into it now, will DM you in a bit'),
  yes('We will follow up on Monday at 10am.', { weekday: 'mon', hour: 10 }),
  yes("I'll let you know as soon as I hear back."),
  yes("we'll keep you posted!", DEFAULT),
  yes('Will update this thread once the fix is live.'),
  yes("I'll send over the return label in the next 30 minutes.", { minutes: 30 }),
  yes("Please bear with us, we'll have this resolved within 3 days.", { days: 3 }),
  yes("Thanks for reaching out. We'll get back to you within 1-2 business days.", { days: 2 }),
  yes('Our team will review your case and respond by March 20.', { day: 9, hour: 17 }),
  yes("I'm going to call the store myself this afternoon.", { day: 0, hour: 17 }),
  yes("We'll DM you tonight with the details."),
  yes("i'll check n get back to u asap", { hours: 4 }),
  yes("Yes! We'll ship it out first thing tomorrow morning.", { day: 1, hour: 12 }),
  yes('Let me escalate this to our tech team.', DEFAULT),
  yes("We'll be in touch by Tuesday.", { weekday: 'tue', hour: 17 }),
  yes("You'll hear back from our claims team in a few days."),
  yes("We'll get the voucher over to you in 2 hours ⏰", { hours: 2 }),
  yes('I will reach out to you on Friday at 2pm.', { weekday: 'fri', hour: 14 }),
  yes('Our specialists will look into it and contact you within 24hrs.', { hours: 24 }),
  yes('We will credit your account by tomorrow.', { day: 1, hour: 17 }),
  yes("Hang tight, I'll have an update for you shortly.", { hours: 2 }),
  yes("we'll sort this out for you ASAP!", { hours: 4 }),
  yes("@maria_k so sorry 😞 we're going to look into this right away."),
  yes('Expect a call from us tomorrow.', { day: 1, hour: 17 }),
  yes('Expect an update by noon.', { day: 0, hour: 12 }),
  yes("I'll make sure the manager reaches out to you today.", { day: 0, hour: 17 }),
  yes("We'll reply to your email within 24 hours.", { hours: 24 }),
  yes("I'll follow up with you on Thursday.", { weekday: 'thu', hour: 17 }),
  yes('Our billing team will get back to you in 48h.', { hours: 48 }),
  yes('We will look into this further and report back by end of week.', {
    weekday: 'fri',
    hour: 17,
  }),
  yes("Ok, I'll DM you the form in 5 min.", { minutes: 5 }),
  yes('we will email you the invoice soon', { hours: 24 }),
  yes("Got it — I'll escalate and get back to you tmr.", { day: 1, hour: 17 }),
  yes("We'll investigate and update you w/in 24 hrs.", { hours: 24 }),
  yes("Thanks! We're going to send a technician on Monday.", { weekday: 'mon', hour: 17 }),
  yes("I'll get back to you with the answer in 20 minutes.", { minutes: 20 }),
  yes("We'll call you back in 15 mins.", { minutes: 15 }),
  yes('We aim to reply to all DMs within 12 hours.', { hours: 12 }),
  yes("i'll look into it 🙂", DEFAULT),
  yes("We'll check the logs and get back to u by 4pm.", { day: 0, hour: 16 }),
  yes('We will reship your order within 2 days.', { days: 2 }),
  yes('our team will call u tmrw morning', { day: 1, hour: 12 }),
  yes("No worries, we'll replace it. You'll hear from us by Friday.", DEFAULT, 2),
  yes("Sorry again! I'll personally make sure this is fixed by tomorrow evening."),
  yes("We'll update you as soon as we hear from the courier."),
  yes("I'll send you a follow-up message in 3 days to check it worked.", { days: 3 }),
  yes('We will get back to you within 24 hours with a resolution.', { hours: 24 }),
  yes('The team will get back to you in a couple of days.', { days: 2 }),
  yes("We're going to issue a refund today.", { day: 0, hour: 17 }),
  yes('Let me find out and get back to you by 5.'),
  yes("We'll have someone from the store call you in an hour.", { hours: 1 }),
  yes('Will get back to you within 2 days!', { days: 2 }),
  yes('Will look into this and reach out shortly.', { hours: 2 }),
  yes('DMing you now, will follow up by end of day.', { day: 0, hour: 17 }),
  yes('Our courier partner will deliver the replacement by Saturday.', {
    weekday: 'sat',
    hour: 17,
  }),
  yes("We'll waive the fee and confirm by email within 48 hours.", { hours: 48 }),
  yes("I'll message you back in 30 mins with an update.", { minutes: 30 }),
  yes("We'll take care of it today 👍", { day: 0, hour: 17 }),
  yes('thx for your patience, we will respond by tmrw', { day: 1, hour: 17 }),
  yes("Rest assured, we'll make this right by the end of the day.", { day: 0, hour: 17 }),
  yes("We're escalating this now and will update you within 4 hours.", { hours: 4 }),
  yes("I'll check on your refund status and reply in the morning."),
  yes("We'll get this to our product team and report back next week."),
  yes("You'll hear back from us within 24 hours.", { hours: 24 }),
  yes('We will contact you within 3 working days.', { day: 5, hour: 10 }),
  yes("Leave it with us! We'll be in touch within 48 hours.", { hours: 48 }),
  yes("We'll review the footage and get back to you by Monday.", { weekday: 'mon', hour: 17 }),
  yes("I'll send the replacement code within the next hour.", { hours: 1 }),
  yes('We will have the outage fixed in about 2 hours.', { hours: 2 }),
  yes('Our engineers will deploy a fix tonight.'),
  yes('let me check that for u real quick'),
  yes("We'll reach out in 2 weeks to see how things are going.", { days: 14 }),
  yes("Hi there! I'll pass this on to the delivery team and get back to you tomorrow.", {
    day: 1,
    hour: 17,
  }),
  yes("We'll process your return as soon as it arrives and email you."),
  yes("I'll update this ticket by 11am.", { day: 0, hour: 11 }),
  yes("We'll look at your account in the next 24 hours 👀", { hours: 24 }),
  yes('Expect a response from our team within 1 business day.', { days: 1 }),
  yes("We're going to get back to you by Thursday morning.", { weekday: 'thu', hour: 12 }),
  yes(
    "@dan_b hey Dan! So sorry about the delay. Checking with the warehouse now and I'll DM you by 3pm 🙏",
    {
      day: 0,
      hour: 15,
    },
  ),
  yes(
    "Hi! I've passed your details to our returns team. They'll email you a prepaid label within 24 hours.",
    {
      hours: 24,
    },
  ),
  yes('gonna check this w/ the team, will dm u in 2hrs', { hours: 2 }),
  yes("Hey! We'll ring you at 4:30pm today to go through it.", { day: 0, hour: 16, minute: 30 }),
  yes("Thanks Priya, I'll confirm the booking by tomorrow at 9am.", { day: 1, hour: 9 }),
  yes('We will send you a new card in the post within 10 days.', { days: 10 }),

  // --- Conditionals that wait on the customer: still the agent's promise ---------------
  yes("If you DM us your order number, we'll look into it right away."),
  yes("If you send us a DM with your account email, we'll check what happened.", DEFAULT),
  yes('Once you DM us the details we will get this fixed within 24 hours.', { hours: 24 }),
  yes("If that doesn't work, I'll escalate it tomorrow.", { day: 1, hour: 17 }),
  yes('Our team will be in touch in the next few hours.'),

  // --- Reddit ------------------------------------------------------------------------------
  yes(
    "Hey u/throwaway_88, official support here. I've flagged your post and I'll reply in this thread once I hear from engineering, should be within a day or two.",
  ),
  yes(
    "Hi! Sorry you're running into this. We're aware of the sync issue and our devs will ship a patch this week.",
    { weekday: 'fri', hour: 17 },
  ),
  yes(
    "Thanks for the detailed write-up. I'll forward it to the team and come back to you within 48 hours.",
    { hours: 48 },
  ),
  yes(
    'Mod from the official team here 👋 We will update this post by Friday with the full timeline.',
    { weekday: 'fri', hour: 17 },
  ),

  // --- Facebook ----------------------------------------------------------------------------
  yes(
    "Hi Linda, thanks for your message. We're sorry to hear about your experience at our store. We will look into this and get back to you within 2 business days. Kind regards, Tom",
    { days: 2 },
  ),
  yes(
    'Hello Mark, we have received your complaint. A member of our team will contact you by phone tomorrow. Best, Anna',
    { day: 1, hour: 17 },
  ),
  yes("Good morning! We'll check with the branch manager and message you back this afternoon.", {
    day: 0,
    hour: 17,
  }),
  yes(
    'Dear Mr Jones,\nThank you for getting in touch.\nOur customer care team will call you within 24 hours.\nKind regards',
    { hours: 24 },
  ),

  // --- German ------------------------------------------------------------------------------
  yes('Wir melden uns morgen bei Ihnen.', { day: 1, hour: 17 }),
  yes('Ich werde das prüfen und melde mich bis Freitag.', { weekday: 'fri', hour: 17 }),
  yes('Wir kümmern uns darum und melden uns innerhalb von 24 Stunden.', { hours: 24 }),
  yes('Danke! Wir melden uns so schnell wie möglich.', { hours: 4 }),
  yes('Ich melde mich in 2 Stunden bei dir.', { hours: 2 }),
  yes('Wir werden Ihnen den Betrag bis morgen erstatten.', { day: 1, hour: 17 }),

  // --- Not a promise: availability, habits, marketing ------------------------------------
  no('Our support team is available 24/7.'),
  no("We're here 24/7 — DM us anytime!"),
  no('Our agents are available 24/7 via chat.'),
  no('We usually respond within 24 hours.'),
  no('Our typical response time is 2 hours.'),
  no('We will always put our customers first.'),
  no("We'll never sell your data."),
  no('At Acme we will continue to innovate for you.'),
  no('We will always be here when you need us 💙'),
  no('Our store hours are 9am to 5pm Monday to Friday.'),
  no('The sale ends Friday!'),
  no('New drop tomorrow at 10am 🔥'),
  no('Delivery usually takes 3-5 business days.'),
  no('Orders placed before 2pm ship the same day.'),
  no('Our new app will launch in spring 🚀'),
  no('The update will roll out to all users next week.'),
  no('Tomorrow is a public holiday, our stores will be closed.'),
  no('Our office will be closed on Monday for the holiday.'),
  no('The courier will deliver between 8am and 6pm.'),
  no("We're closed on weekends."),
  no('Happy Friday everyone!'),
  no('Congrats on your new phone! 🎉'),
  no('Reply STOP to unsubscribe.'),
  no('The tracking page updates every 2 hours.'),
  no('Please allow up to 10 business days for the refund to appear.'),
  no('It can take up to 48 hours for changes to show.'),

  // --- Not a promise: the past ------------------------------------------------------------
  no('We replied within 24h yesterday, please check your inbox.'),
  no('We replied to your DM this morning.'),
  no('We fixed the issue yesterday, can you try again?'),
  no('The refund was processed on Monday.'),
  no("We've sent you a DM."),
  no("I've escalated your case to our tech team."),
  no('Your refund has been issued and should appear in 5-7 days.'),
  no('Our team was going to call you yesterday but couldn’t reach you.'),
  no('I told you we would look into it, and we did.'),
  no("Yesterday we said we'd have an update by today — here it is: the fix is live."),
  no("We said we'd call you yesterday, apologies that it slipped."),
  no('I promised to send the invoice, here it is.'),
  no('As promised, here is the tracking number: 1Z999AA10123456784.'),
  no('We replied within 2 hours on Monday, did it not arrive?'),
  no('A refund was issued within 24 hours of your request.'),
  no('We got back to you within the hour last time 😊'),
  no('Our team answered within 24 hours last time, right?'),
  no('I was going to reply but the app crashed.'),
  no('We had planned to email you yesterday.'),
  no("Thanks for waiting, here's your answer: the store reopens Monday."),

  // --- Not a promise: the customer's words, reported speech, quotes ---------------------
  no('You promised me a refund last week!!'),
  no('you said you would call me back and nobody did'),
  no("You guys said you'd fix this by Friday. Still broken."),
  no('@acme you told me someone will call me today. Nobody called.'),
  no('They promised a call back within 24h.'),
  no("He said he'd check and get back to me."),
  no("Didn't you say you'd call me back today?"),
  no('> We’ll get back to you within 24 hours\nThat was 3 days ago.'),
  no('> I’ll DM you shortly\n\nStill waiting…'),
  no('Your last agent wrote "we will refund you by Friday" and that never happened.'),
  no('“We’ll get back to you” — yeah right.'),
  no("Your colleague literally said 'we'll call you tomorrow' three days ago."),
  no('I will never buy from you again.'),
  no('This is the 3rd time I’m asking.'),
  no('Any update on this?'),
  no('Thanks, that worked!'),
  no('lol ok'),

  // --- Not a promise: questions ------------------------------------------------------------
  no('Did you get our reply?'),
  no('Did you receive our email from Monday?'),
  no('Will you be able to DM us your order number?'),
  no('Can we get your email address to look into this?'),
  no('Could you send us a DM with more details?'),
  no('Would you like us to call you tomorrow?'),
  no('Shall I escalate this for you?'),
  no('Can I DM you about this?'),
  no('Should we call you instead?'),
  no("Why didn't you get back to me within 24 hours like you said?"),
  no('When will you get back to me??'),
  no('Are you going to refund me or not?'),
  no('Will someone from your team call me?'),
  no('Is anyone going to reply to my DM?'),
  no('Have you had a chance to check your DMs?'),
  no('Sorry to hear that! Have you tried restarting the app?'),
  no('Do you want us to send a replacement by Friday?'),

  // --- Not a promise: refusals ------------------------------------------------------------
  no("We won't be able to refund digital purchases, sorry."),
  no('We will not be able to change the delivery date.'),
  no("Unfortunately we can't offer a replacement for this model."),
  no("We can't promise a delivery date right now."),
  no('We are unable to share account details publicly.'),
  no('Sadly we will not be restocking this item.'),
  no("We won't charge you for the delivery."),
  no("I'm afraid we won't get to this before the weekend."),

  // --- Not a promise: requests, offers, courtesy ------------------------------------------
  no("Let us know if there's anything else we can help with!"),
  no('Let me know if you have any other questions 🙂'),
  no('Thanks for reaching out!'),
  no('Glad we could help! Have a great day ☀️'),
  no("We'd be happy to help, please DM us."),
  no("We'd love to hear more about your experience."),
  no('Please DM us your order number.'),
  no("I'll be honest, that's not how it should work."),
  no("You'll need to reset your password first."),
  no('You will need your receipt to return the item.'),
  no("We'll need a photo of the damaged item to proceed."),
  no('Hope this helps!'),
  no('Check out our FAQ at acme.com/help.'),
  no("I'll wait for your reply."),
  no("Let's hope the weather holds up for delivery!"),
  no("We're sorry for the inconvenience."),
  no('Your order #45321 is on its way.'),
  no('Thanks for the feedback, we appreciate it.'),
  no("We hear you, and we're sorry."),
  no('If you want, you can DM us.'),
  no("If you'd like, feel free to call our hotline at 0800 123 456."),
  no('👍'),
  no('🙏🙏🙏'),
  no(''),
  no('@dan_b hey Dan! We checked with the warehouse and the parcel left this morning 📦'),
  no('Please reply within 24 hours so we can keep your booking.'),
  no('Let me know by Friday if you still want the refund.'),

  // --- Not a promise: German --------------------------------------------------------------
  no('Wir sind rund um die Uhr für Sie da.'),
  no('Haben Sie unsere Antwort erhalten?'),
  no('Sie haben versprochen, mich zurückzurufen!'),
  no('Wir werden nicht in der Lage sein, das zu erstatten.'),
];
