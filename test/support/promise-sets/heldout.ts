/**
 * A held-out corpus for promise detection (issue 5, point 1), written by someone who has not
 * read the detector, its cue lists or its own corpus's sentences. DEV is for tuning; TEST is
 * for measuring and must not be tuned on. Both hold every kind of text below, hard and easy.
 *
 * Labels use the conventions of corpus.ts: now = Wed 11 March 2026 10:00 UTC, no
 * business hours, default window 24 h; a day without a time → 17:00; EOD/COB/today/this
 * afternoon/later today → 17:00 today; morning (and "am") → 12:00; end of week / this week →
 * Fri 17:00; shortly 2 h; asap 4 h; soon 24 h; a span in business days skips the weekend and
 * keeps the time of day ("within 3 biz days" → Mon 10:00). "A couple of" is two. A time given
 * in another zone is converted ("5pm ET" in March 2026 is EDT → 21:00 UTC).
 *
 * THE RULE. A promise is the writer (or their team, their company) committing to a future
 * action for the customer they are writing to: something that can later be done or not
 * done — reply, update, call, check, escalate, refund, ship, fix, unlock.
 *
 * Counted as promises:
 * - first person and team voice: "I'll", "we'll", "let me", "our team will", "someone from
 *   billing will", "they'll" (our colleagues), "going to", "gonna", "will" with the subject
 *   dropped ("will update u by 3");
 * - passive or impersonal future of our action: "you'll receive an email", "a refund will be
 *   issued", "you'll hear from us", "it'll ship within 24 hours", "expect a call from us";
 * - hedged commitments: "should have news by Monday", "we hope to", "I'll try to", "we aim to
 *   fix this", "we expect to roll it out" — the customer hears a promise and will hold us to it;
 * - commitments that wait on the customer's next step in this conversation ("DM us your order
 *   number and we'll take a look", "once you send the receipt we'll refund"): once they do,
 *   the agent is on the hook;
 * - "Please allow N for <our own action>" ("for a reply", "for our team to respond") — that is
 *   "we will reply within N".
 *
 * Not promises:
 * - past actions and reports of past promises, kept or not ("we replied within 24h
 *   yesterday", "we told you we'd call on Monday and we did");
 * - questions and proposals ("can we call you tomorrow?", "want me to check again?");
 * - requests and instructions to the customer ("please DM us", "let me know", "let us know if
 *   it hasn't arrived by Friday");
 * - standing policy and habits ("we usually reply within 24 hours", "we aim to respond to all
 *   messages within a day", "24/7 support", "our hours are 9–5", "we'll never share your data");
 * - the customer's words and quoted text (lines starting "> ", “…” or "…" quotes of someone);
 * - marketing and broadcast copy; thanks, apologies and well-wishes;
 * - willingness and standing offers ("we'd be happy to help", "we can arrange…", "if it
 *   happens again, let us know and we'll take a look" — nothing is owed unless a hypothetical
 *   event happens);
 * - negated commitments ("we can't promise a date", "we won't be able to refund");
 * - the future of things outside our hands once our part is done ("please allow 5–7 days for
 *   the refund to show on your statement", "it should arrive within 2–3 days");
 * - "will" that is no action for the customer ("I'll be honest", "we'll miss you", "I'll be out
 *   of office", "we'll be closed on Monday").
 *
 * Count: the separate deliverables the agent must remember, each in its own sentence or with
 * its own time words ("refund the fee today and send a replacement by Friday" = 2). Two verbs
 * under one time ("check X and get back to you by T", "process it and confirm by 3pm") are one;
 * an action under way ("I'm escalating this", "passing this on") is no promise of its own; a
 * promise inside a quote is not counted.
 *
 * Due: only where the time is clear by the conventions above; a promise with no time words at
 * all is labelled with the default window (24 h). Left unlabelled: ranges ("2–3 business
 * days", "between 2pm and 4pm"), "next week", "over the weekend", "tonight", "first thing
 * tomorrow", "a few hours", "now", "straight away", "as soon as we hear back" (an event, not
 * asap), and commitments that wait on the customer (the clock starts when they act). `due` is
 * that of the first promise in the text.
 */
import { DEFAULT, no, TODAY_EOD, TOMORROW, yes, type CorpusEntry } from './corpus';

/** For tuning. */
export const HELDOUT_DEV: readonly CorpusEntry[] = [
  // --- Promises: X / Instagram, terse, emoji, typos ---------------------------------------
  yes('on it, back w/ update by 3', { day: 0, hour: 15 }),
  yes('we’ll get bak to u tmrw', TOMORROW),
  yes("I'll DM you shortly with the details.", { hours: 2 }),
  yes('ty for flagging!! will check n get back to u 👍', DEFAULT),
  yes("hang tight, we'll have it fixed soon", { hours: 24 }),
  yes('Expect an update within the hour ⏱️', { minutes: 60 }),
  yes("We're on it! Will report back in 48h.", { hours: 48 }),
  yes('we r looking into it and will get back 2 u in a few hrs'),
  yes("We'll DM you now with a return label 📦"),
  yes('Will confirm the replacement by end of the week.', { weekday: 'fri', hour: 17 }),
  yes('We will send the invoice by Thurs.', { weekday: 'thu', hour: 17 }),
  yes("We'll send a new code to your inbox in 10 minutes.", { minutes: 10 }),
  yes("We'll credit your account in the next 24 hours.", { hours: 24 }),
  yes('Let me grab the tracking info for you.', DEFAULT),
  // --- Promises: several sentences, the promise in the middle, signatures ----------------
  yes("Hi Sam, sorry for the hassle! We'll get back to you within 24 hours with an update. ^JS", {
    hours: 24,
  }),
  yes('Thanks for your patience 🙏 Our billing team will reach out by EOD.', TODAY_EOD),
  yes(
    "Sorry about the delay, Priya. I've flagged it to our courier team and will update you by COB.",
    TODAY_EOD,
  ),
  yes(
    "Hey! Thanks for reaching out. We're checking this with our engineers now and will get back to you asap.",
    { hours: 4 },
  ),
  yes(
    "Thanks for the review, Mark. We're sorry the order arrived damaged. A member of our team will contact you within 48 hours to arrange a replacement.",
    { hours: 48 },
  ),
  yes(
    'Hi Dana, thanks for commenting. I will personally follow up with you on Monday. – Chris, Customer Care',
    { weekday: 'mon', hour: 17 },
  ),
  yes('Sorry to hear this! We will investigate and reply within 24h.', { hours: 24 }),
  yes('Passing this on to the product team now — will let you know what they say by Thursday.', {
    weekday: 'thu',
    hour: 17,
  }),
  // --- Promises: hedged -------------------------------------------------------------------
  yes('We should have news by Monday.', { weekday: 'mon', hour: 17 }),
  yes('We hope to have this sorted by Friday 🤞', { weekday: 'fri', hour: 17 }),
  yes('Let me see what I can do and circle back.', DEFAULT),
  yes("I'll try to get an answer from the product team before noon.", { day: 0, hour: 12 }),
  yes('Our engineers are aware and expect to have a fix out by 5pm.', TODAY_EOD),
  yes("I'll try my best to get you an update later today.", TODAY_EOD),
  // --- Promises: team voice and passive ---------------------------------------------------
  yes('The team is on it and will update you in 30 mins.', { minutes: 30 }),
  yes('Someone from billing will reach out tomorrow morning.', { day: 1, hour: 12 }),
  yes('You’ll receive an email within 2 business days.', { days: 2 }),
  yes('A refund will be issued within 48 hrs.', { hours: 48 }),
  yes('Our support team will respond within 1 business day.', { days: 1 }),
  yes("We've passed this to our tech team. They'll be in touch w/in 3 days.", { days: 3 }),
  yes("You'll hear back from our returns team by tomorrow.", TOMORROW),
  yes('A replacement card will be sent to you by the 20th.', { day: 9, hour: 17 }),
  yes('Our team will reach out by email within 5 working days.', { days: 7 }),
  yes('Our team will contact you within 2-3 business days.'),
  yes('Please allow 24 hours for our team to respond to your DM.', { hours: 24 }),
  // --- Promises: first person with a time -------------------------------------------------
  yes('Let me check with the warehouse and get back to you.', DEFAULT),
  yes("I'll escalate this to a supervisor today.", TODAY_EOD),
  yes('Leave it with me, I’ll chase the courier and update you tomorrow.', TOMORROW),
  yes("We'll call you Monday morning to go through the options.", { weekday: 'mon', hour: 12 }),
  yes("We'll ship the missing 2 items this afternoon.", TODAY_EOD),
  yes('Let us look into this and we’ll reply on Friday.', { weekday: 'fri', hour: 17 }),
  yes("I'm going to call the store myself and come back to you in 2 hrs.", { hours: 2 }),
  yes("We're escalating to our partner team and will have an answer for you in a couple of days.", {
    days: 2,
  }),
  yes('I’ll get this sorted for you by end of day tomorrow.', TOMORROW),
  yes("I'll have our manager give you a call on the 16th.", { day: 5, hour: 17 }),
  yes("We'll keep you posted.", DEFAULT),
  // --- Promises: traps inside a promise (past dates, numbers, quotes, conditions) ---------
  yes("I'll look into the charges from Monday and get back to you.", DEFAULT),
  yes("I'll message you once the engineers confirm the fix."),
  yes("> we'll call you tomorrow\nSo sorry we didn't! I'll call you today before 5pm.", TODAY_EOD),
  yes("DM us your order number and we'll take a look."),
  yes("Once you send us a photo of the damage, we'll issue a full refund."),
  // --- Promises: more than one -------------------------------------------------------------
  yes("I'll refund the delivery fee today and send a replacement by Friday.", TODAY_EOD, 2),
  yes(
    "Thanks for bearing with us. I'll cancel the duplicate order now. I'll also email you the refund confirmation tomorrow.",
    undefined,
    2,
  ),

  // --- Not promises: policy, hours, always-on ---------------------------------------------
  no('24/7 support — DM us anytime 💬'),
  no('Refunds usually take 5–10 days to appear on your statement.'),
  no('Our hours are 9–5, Mon–Fri.'),
  no('We typically respond within 1 business day.'),
  no('Our team is available 24 hours a day, 7 days a week.'),
  no('Shipping takes 3-5 business days.'),
  no('Our delivery partners deliver Monday to Saturday.'),
  no('Tracking updates every 24 hours, so it may not show yet.'),
  no('Please allow 5–7 days for the refund to show on your statement.'),
  no("We'll be closed on Monday for the bank holiday."),
  // --- Not promises: past actions, past promises reported ----------------------------------
  no('We sent the replacement on Monday — it should be with you now.'),
  no('We shipped your order yesterday, tracking is in your email.'),
  no("Yesterday I said I'd check with billing — I did, and the refund went through this morning."),
  no('we fixed it last night, sorry for the downtime 🙏'),
  no('Good news — the refund was processed on Monday.'),
  no('Last week we promised a fix in the next update, and it shipped on Tuesday.'),
  no("I've passed your feedback on to the team."),
  no("Thanks for your patience while we looked into this — it's all resolved now!"),
  // --- Not promises: questions and proposals ----------------------------------------------
  no('Can you DM us your order number?'),
  no('Can we call you tomorrow at 10?'),
  no('Would you like us to send a replacement?'),
  no('Want me to check on it again tomorrow?'),
  no('Have you tried restarting the app?'),
  no('Which email address did you use to order?'),
  no('Did our team call you back yesterday?'),
  // --- Not promises: the customer's words, quotes -----------------------------------------
  no("You promised a refund by Friday and I still haven't got it."),
  no('when will u get back to me?? been waiting since monday'),
  no("They said they'd ship it today. Still nothing."),
  no("I was told I'd hear back within 48 hours."),
  no('ur team said u would email me back today. still waiting!!'),
  no("> we'll call you tomorrow\nThis is what your agent told me last week."),
  no('Your agent said “we’ll get back to you in 24 hours” — that was 3 days ago.'),
  no('Quoting your email: "Someone will contact you by Friday." Did anyone get in touch?'),
  // --- Not promises: requests to the customer, offers, willingness ------------------------
  no("Let me know if there's anything else we can help with!"),
  no('Feel free to reach out if you need anything else.'),
  no("We'd be happy to help — could you send us a DM?"),
  no("If it happens again, let us know and we'll take a look."),
  no('Please DM us your full name and postcode.'),
  no("I'll be honest, that's not something we've seen before. Could you send a screenshot?"),
  // --- Not promises: negated -------------------------------------------------------------
  no("We can't promise a delivery date yet, sorry."),
  no("We won't be able to refund this order as it's past 30 days."),
  // --- Not promises: marketing -------------------------------------------------------------
  no('Order before 2pm for next-day delivery!'),
  no('New drops every Friday at 5pm 🔥'),
  no("Sign up today and you'll get 10% off your first order!"),
  no("Same-day replies, every day 😊 That's our promise."),
  no('Sale ends Sunday at midnight ⏰'),
  no('Happy Friday everyone! 🎉'),
  // --- Not promises: thanks, apologies, well-wishes ---------------------------------------
  no('Thanks so much for the kind words! 💙'),
  no("We're really sorry for the trouble this caused."),
  no('Hope this helps! ^MK'),
  no('Glad we could sort this for you! Have a great weekend.'),
  no("That's not the experience we want you to have."),
  no("We're sorry you had to wait so long for a reply."),
  no('Thanks for sticking with us, we really appreciate it.'),
];

/** For measuring only: never tune the detector on these. */
export const HELDOUT_TEST: readonly CorpusEntry[] = [
  // --- Promises: X / Instagram, terse, emoji, typos ---------------------------------------
  yes('np, will sort + revert by tmr am', { day: 1, hour: 12 }),
  yes("Thx for ur patience! we'll get bk to u 2moro 🙏", TOMORROW),
  yes('Should have an update for you by Fri 🙂', { weekday: 'fri', hour: 17 }),
  yes('Will ping u in 15 mins', { minutes: 15 }),
  yes('we shud have the replacement out to u by thursday', { weekday: 'thu', hour: 17 }),
  yes("we're gonna sort this for you ASAP", { hours: 4 }),
  yes('Noted! Will get the team to look at it + revert w/in 2 wks.', { days: 14 }),
  yes('promise we’ll be back in touch w/in the hr', { minutes: 60 }),
  yes("We'll DM you by EOD tmrw w/ the tracking link.", TOMORROW),
  yes('Hiya, we’ll be in touch soon 💛', { hours: 24 }),
  yes('I will call you back in 20 minutes 📞', { minutes: 20 }),
  yes("I'll make sure the refund goes through by fridy.", { weekday: 'fri', hour: 17 }),
  yes('Replacement going out 2day, tracking to follow by EOD', TODAY_EOD, 2),
  // --- Promises: several sentences, the promise in the middle, signatures ----------------
  yes(
    "Hey Jo 👋 Totally get the frustration. I've looped in our logistics folks — they'll email you before 5pm ET with a new delivery slot.",
    { day: 0, hour: 21 },
  ),
  yes(
    'Apologies for the mixup. Our team will review your claim and someone will reach out in 3 biz days. ^AL',
    { days: 5 },
  ),
  yes(
    'Hi there, sorry to see this. The payments team has picked it up and should have an answer for you within 2 hrs.',
    { hours: 2 },
  ),
  yes(
    "Thank you for the detailed review. We've shared it with the store manager, who will call you on Monday morning to make this right.",
    { weekday: 'mon', hour: 12 },
  ),
  yes(
    "Ugh, that's on us. Let me dig into your account and I'll come back to you in 48 hrs at the latest.",
    { hours: 48 },
  ),
  yes(
    "Really sorry for the wait! We're chasing the courier and will update you by end of day Friday.",
    { weekday: 'fri', hour: 17 },
  ),
  yes(
    "Hi Tom, Sorry you've had this experience. I have raised a ticket (ref 88213) and our team will be in touch within 72 hours. Kind regards, Ellie",
    { hours: 72 },
  ),
  yes("I'm escalating this to our Tier 2 team; they will contact you within one business day.", {
    days: 1,
  }),
  yes("We're looking at this today and will post an update in this thread by 6pm.", {
    day: 0,
    hour: 18,
  }),
  yes('Sorry for the radio silence! I’ll update you by tomorrow at 9am.', { day: 1, hour: 9 }),
  // --- Promises: hedged -------------------------------------------------------------------
  yes('We hope to share more news by the end of the week.', { weekday: 'fri', hour: 17 }),
  yes("I'll try and get the warehouse to confirm before noon.", { day: 0, hour: 12 }),
  yes(
    'Not sure yet tbh — let me see what I can find out and circle back this afternoon.',
    TODAY_EOD,
  ),
  yes(
    'Hey! We’ve reached out to the seller and should have news for you within a couple of days 🙂',
    { days: 2 },
  ),
  yes(
    'Thanks for waiting! Engineering says the fix is in testing and we expect to roll it out in a couple of weeks.',
    { days: 14 },
  ),
  yes("We're aiming to get your account unlocked within 24-48 hrs."),
  yes('We intend to have all affected orders re-shipped by Saturday.', {
    weekday: 'sat',
    hour: 17,
  }),
  yes("I'll try to call you back in an hour or so.", { minutes: 60 }),
  // --- Promises: team voice and passive ---------------------------------------------------
  yes('You’ll get a confirmation email within the hour.', { minutes: 60 }),
  yes('A full refund will be issued to your original payment method within 5 business days.', {
    days: 7,
  }),
  yes('Please allow up to 48 hours for a reply from our specialist team.', { hours: 48 }),
  yes('Leaving this with our night team — they’ll reply within 12 hours.', { hours: 12 }),
  yes('Expect a call from us before the end of the day.', TODAY_EOD),
  yes('My colleague in billing will be in touch over the weekend.'),
  yes('Our specialist will review your case and get back to you next week.'),
  yes(
    'Thank you for your patience. A member of our accounts team will contact you by phone between 2pm and 4pm today.',
  ),
  yes('Our team will call you when the part arrives.'),
  // --- Promises: first person with a time -------------------------------------------------
  yes("Good shout — I'll raise it with the team and let you know what they say.", DEFAULT),
  yes("Sure thing! I'll send the invoice over on the 20th.", { day: 9, hour: 17 }),
  yes("I'll check with the team on Monday and get back to you.", { weekday: 'mon', hour: 17 }),
  yes("We're going to send a technician out on Thursday morning.", { weekday: 'thu', hour: 12 }),
  yes("I'll make sure someone calls you first thing tomorrow."),
  yes('Our apologies — this was our mistake. Expect an email from our returns team by Mon.', {
    weekday: 'mon',
    hour: 17,
  }),
  // --- Promises: traps inside a promise (past dates, numbers, quotes, conditions) ---------
  yes('I’ll look into order #40217 and get back to you.', DEFAULT),
  yes(
    "We're so sorry!! Our team will review the footage from the 9th and call you back by the 15th.",
    { day: 4, hour: 17 },
  ),
  yes(
    "You promised a refund by Friday? I'm so sorry that didn't happen. I'll process it myself and confirm by 3pm.",
    { day: 0, hour: 15 },
  ),
  yes("Sorry, we missed this!\n> when will my order ship?\nIt'll ship within 24 hours, promise.", {
    hours: 24,
  }),
  yes("We'll look into it as soon as we hear back from the supplier."),
  yes("Reply with the email on your account and we'll send a reset link straight away."),
  yes("Once you've sent the receipt, we'll process the refund within 24 hours."),
  yes("Once you DM us your order number, we'll look into this right away."),
  // --- Promises: more than one -------------------------------------------------------------
  yes(
    "Not good enough, and we know it. We'll refund your delivery charge today. We'll also send you a voucher by the end of next week.",
    TODAY_EOD,
    2,
  ),
  yes(
    "We'll get this fixed for you. Our devs are on it and we'll update this thread tomorrow.",
    DEFAULT,
    2,
  ),
  yes(
    "Thanks Alex. Just to confirm: we'll cancel the order today, and you'll receive the refund within 3-5 business days.",
    TODAY_EOD,
    2,
  ),

  // --- Not promises: policy, hours, always-on ---------------------------------------------
  no('We aim to respond to all messages within 24 hours.'),
  no('We always aim to get back to customers within one working day.'),
  no('Refunds are normally processed within 5-7 working days.'),
  no('Support hours: 8am–8pm GMT, 7 days a week.'),
  no('Our live chat is open 24/7 if you need us 💬'),
  no('Store hours this week: Mon–Fri 9–6, Sat 10–4.'),
  no("We don't offer phone support, sorry — chat or email only."),
  no('We are unable to process refunds for digital items.'),
  no("We'll never share your data with third parties."),
  no('Please allow 3–5 working days for your bank to release the funds.'),
  no('Please note it can take up to 24 hrs for the tracking to update.'),
  no('It was shipped Tuesday and should arrive within 2–3 days.'),
  // --- Not promises: past actions, past promises reported ----------------------------------
  no('Our team replied within 2 hours yesterday — could you check your spam folder?'),
  no('We sent your replacement on Monday via DPD.'),
  no('I checked with the warehouse this morning and your parcel left at 9am.'),
  no('Last month we promised faster replies, and our average is now under 2 hours.'),
  no("We told you we'd call on Monday and we did — sorry we missed you!"),
  no('We got back to you within the hour last time, so this one slipped through — sorry!'),
  no('We responded to your email on the 9th — could you check your junk folder?'),
  no('Thanks for bearing with us while the team worked on this over the weekend.'),
  no('The outage on Monday was caused by a third-party provider.'),
  // --- Not promises: questions and proposals ----------------------------------------------
  no('Did you receive the email we sent on Monday?'),
  no('Would tomorrow at 3pm work for a call?'),
  no('Shall I send you a prepaid return label?'),
  no('Did the refund we promised yesterday show up?'),
  no('Have you had a chance to try the steps we sent over?'),
  no('Just checking in — is everything working okay now?'),
  // --- Not promises: the customer's words, quotes -----------------------------------------
  no("You said you'd refund me by Friday. It's Wednesday next week now."),
  no('“We’ll get back to you within 24 hours” is what your bot told me 4 days ago 🙃'),
  no('> Our team will contact you within 48 hours\nNobody has contacted me.'),
  no('hey did u guys ever get back to me about the refund? u said tmrw'),
  no("My order was supposed to arrive by Friday and it's now Tuesday."),
  no('Your agent Sam said "I\'ll sort it by tomorrow" and never did.'),
  no('hi, when will u reply??? its been 3 days'),
  no("ok thanks, I'll wait for your email tomorrow"),
  // --- Not promises: requests to the customer, offers, willingness ------------------------
  no('Could you DM us a photo of the label? We’d love to help.'),
  no('If you’d like, we can arrange a collection.'),
  no("Should this happen again, just let us know and we'll be happy to help."),
  no("Let us know if the new card doesn't arrive by Friday."),
  no('Let me know how you get on with the update! 🙌'),
  no("We'd be happy to look into this for you. Could you DM us your order number?"),
  no("I'll be out of office until Monday — for urgent issues contact support@brand.com."),
  // --- Not promises: negated -------------------------------------------------------------
  no("I'm afraid we can't guarantee delivery before Christmas."),
  no("We won't be able to change the address once it's shipped."),
  // --- Not promises: marketing -------------------------------------------------------------
  no('Free next-day delivery on all orders this weekend only! 🚚'),
  no('Our new app update drops Friday — you’ll love it 😍'),
  no('Order by 8pm for same-day dispatch. T&Cs apply.'),
  no('Our team will be at the London Expo next week, come say hi!'),
  no('Our CEO will be speaking at WebSummit on Thursday.'),
  // --- Not promises: thanks, apologies, well-wishes ---------------------------------------
  no('So sorry about all this, Kim. That’s really not okay.'),
  no('Thank you for the 5-star review, it made our day! 😊'),
  no("We're sorry you felt you had to wait until Monday for an answer."),
  no('Happy to help! Have a lovely weekend 😊'),
  no('I hope you get it sorted soon!'),
  no('We hope you enjoy your new headphones 🎧'),
  no('Thanks for getting back to us so quickly!'),
  no("We'll miss you! Thanks for being a customer for 6 years 💙"),
];
