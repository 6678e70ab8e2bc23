/**
 * The FINAL held-out set for promise detection (issue 5, point 1). Written blind: its author
 * read neither the detector (lib/followups/*) nor its tests, nor the sentences of the tuning
 * corpus or of the DEV/TEST held-out sets — only the types and conventions at the top of
 * corpus.ts and the labelling rule in the header of heldout.ts, which these
 * labels follow exactly. Nobody tuning the detector has seen it: it measures, it is not tuned on.
 *
 * Voices: brand support desks (airlines, telcos, banks, e-commerce, games, SaaS, food delivery)
 * replying on X, Facebook, Instagram, Reddit, LinkedIn, YouTube, Trustpilot and in DMs.
 *
 * Due labels (now = Wed 11 March 2026 10:00 UTC, no business hours, default window 24 h):
 * a day without a time → 17:00; EOD/COB/today/this afternoon/later today → 17:00 today;
 * morning/am → 12:00; end of week/this week → Fri 17:00; shortly 2 h; asap 4 h; soon 24 h;
 * business/working days skip the weekend and keep the time of day; "a couple of" is two;
 * other zones converted (ET = EDT, UTC−4; PT = PDT, UTC−7; GMT = UTC; CET = UTC+1).
 * Left unlabelled: ranges, next week, tonight, now/straight away, "next release", events, and
 * commitments that wait on the customer. `due` is that of the first promise in the text.
 */
import { DEFAULT, no, TODAY_EOD, TOMORROW, yes, type CorpusEntry } from './corpus';

export const HELDOUT_FINAL: CorpusEntry[] = [
  // ===== PROMISES =========================================================================

  // --- First person and team voice: I'll, we'll, let me, our team will, they'll, gonna, will
  yes('Hi Marco, I’ll check your booking and get back to you within the hour. ^JL', { hours: 1 }),
  yes('we’ll sort it by tmrw 🙏', TOMORROW),
  yes('Let me pull up your account and I’ll be back in 10 mins.', { minutes: 10 }),
  yes('Our broadband tech team will call you Thursday morning.', { weekday: 'thu', hour: 12 }),
  yes('Someone from our payments team will reach out by end of day.', TODAY_EOD),
  yes("I've passed this to our baggage services team — they'll contact you within 48 hrs.", {
    hours: 48,
  }),
  yes('Will update u by 3 🙂', { day: 0, hour: 15 }),
  yes("we're gonna get this fixed in the next patch, promise 🛠️"),
  yes(
    "I'm going to raise this with the warehouse manager today and let you know what they say.",
    TODAY_EOD,
  ),
  yes('Hey! Ill send the replacement code over DM in 30 mins', { minutes: 30 }),
  yes(
    'Dear customer, we will make the check of your order and revert back to you tomorrow.',
    TOMORROW,
  ),
  yes('Thx for ur patience. We will email the invoice copy by COB Friday. ^RK', {
    weekday: 'fri',
    hour: 17,
  }),
  yes(
    "Hi Aisha, sorry to hear the router keeps dropping out. I'll book an engineer visit for you today. In the meantime a restart may help. Thanks, Dev",
    TODAY_EOD,
  ),
  yes(
    'Thanks for raising this, Claire. Our partnerships lead will reach out to you directly early next week.',
  ),
  yes(
    "We'll credit £10 to your account within 24 hours, and our network team will investigate the outage by Friday.",
    { hours: 24 },
    2,
  ),
  yes('Hey Commander! Our devs will restore your lost items in the maintenance on Thursday ⚔️', {
    weekday: 'thu',
    hour: 17,
  }),
  yes(
    'Community manager from the official team here. I’ll ping the QA folks and update this thread tomorrow.',
    TOMORROW,
  ),
  yes('ok ill look into it', DEFAULT),
  yes(
    "We're going to refund the delivery fee today, and I'll personally send you a voucher by Friday.",
    TODAY_EOD,
    2,
  ),
  yes('Reviewing this now - will DM u w/ an update in 2h', { hours: 2 }),
  yes(
    'Hi Jenny, thank you for the honest review. Our customer care manager will phone you tomorrow at 11am to put things right. – Paula, Customer Care',
    { day: 1, hour: 11 },
  ),
  yes('Gotcha. Gonna get the billing folks to reverse that charge by Monday.', {
    weekday: 'mon',
    hour: 17,
  }),
  yes("We'll prioritize your request and follow up by 2pm PT.", { day: 0, hour: 21 }),
  yes('Ok np, I’ll reissue the e-ticket in the next 15 mins and send it to the email on file.', {
    minutes: 15,
  }),
  yes(
    "Hiya, I've checked the line and there's a fault at the exchange. I'll text you tomorrow to confirm the engineer slot. Cheers, Owen",
    TOMORROW,
  ),
  yes('Sry for the wait!! We’ll get back to you ASAP with an update x', { hours: 4 }),
  yes('Omg so sorry 😭 we’ll send a fresh box out today!! Check your DMs 💌', TODAY_EOD),
  yes('Sorry for inconvenience. Our colleague will contact you in 2 days for arrange the pickup.', {
    days: 2,
  }),
  yes('Thanks for watching! We’ll pin an answer to your question by tomorrow 📌', TOMORROW),

  // --- Passive or impersonal future of our own action -------------------------------------
  yes('You’ll receive a confirmation email within 15 minutes.', { minutes: 15 }),
  yes('A full refund will be issued to your original payment method by Monday.', {
    weekday: 'mon',
    hour: 17,
  }),
  yes('Your replacement handset will be dispatched tomorrow 📦', TOMORROW),
  yes('Expect a call from one of our mortgage specialists this afternoon.', TODAY_EOD),
  yes('You will hear back from our claims team within 5 working days.', { day: 7, hour: 10 }),
  yes('The missing gems will be added to your account in 72 hours.', { hours: 72 }),
  yes('Ur order will ship out by Friday at the latest!', { weekday: 'fri', hour: 17 }),
  yes('A technician will be assigned to your case shortly.', { hours: 2 }),
  yes(
    'Your SIM swap will be completed within 4 hours. A new PUK code will also be sent by SMS tomorrow morning.',
    { hours: 4 },
    2,
  ),
  yes('An update will be posted on this thread by 5pm ET.', { day: 0, hour: 21 }),
  yes('You’ll get a follow-up email from us within 3 business days.', { day: 5, hour: 10 }),
  yes('The fix for your sync issue will go live in tonight’s release.'),
  yes(
    "Hi Sophie, we're sorry your bag didn't make the connection. It's been located in Frankfurt and will be delivered to your hotel tomorrow. ^Tom",
    TOMORROW,
  ),
  yes('we r on it! fix coming within 1 hr 🔧', { hours: 1 }),

  // --- Hedged commitments ----------------------------------------------------------------
  yes('We should have news on your claim by Monday.', { weekday: 'mon', hour: 17 }),
  yes('We hope to have the app working again within the next hour 🤞', { hours: 1 }),
  yes('I’ll try to get you a callback before noon.', { day: 0, hour: 12 }),
  yes('We aim to have your refund processed by the end of the week.', {
    weekday: 'fri',
    hour: 17,
  }),
  yes('We expect to restore service in your area by 6pm CET.', { day: 0, hour: 17 }),
  yes('Hopefully we’ll have a replacement ready for you in a couple of days.', { days: 2 }),
  yes("We're hoping to get your seat upgrade confirmed asap.", { hours: 4 }),
  yes("I'll do my best to have an answer for you by tomorrow.", TOMORROW),
  yes('Should be able to get back to u soon w/ the tracking info', { hours: 24 }),
  yes('We plan to contact you within 48 hours to arrange the repair.', { hours: 48 }),
  yes('Our team intends to have this resolved by Thursday, fingers crossed.', {
    weekday: 'thu',
    hour: 17,
  }),

  // --- Commitments that wait on the customer's next step (the clock starts when they act) ---
  yes("DM us your order number and we'll check where it's got to."),
  yes('Once you send over the photos, we’ll process the damage claim.'),
  yes("Pop your booking ref in our DMs and I'll get the name change sorted."),
  yes("If you can reply with the email on the account, we'll reset your 2FA within the hour."),
  yes('Send us a screenshot of the error and the team will investigate 👍'),
  yes('As soon as you confirm your new address, we’ll reship the parcel.'),
  yes('Reply YES to this message and your plan will be upgraded at no extra cost.'),
  yes('Hi Ben — pls DM the last 4 digits of the card & we’ll cancel the duplicate charge.'),

  // --- "Please allow N for <our own action>" --------------------------------------------
  yes('Please allow 24 hours for our team to respond.', { hours: 24 }),
  yes('Pls allow up to 2 working days for a reply from our complaints dept.', {
    day: 2,
    hour: 10,
  }),
  yes('Kindly allow 48hrs for us to look into this further.', { hours: 48 }),
  yes('Please give us 30 minutes to check with the restaurant.', { minutes: 30 }),
  yes('Please allow us until Friday to investigate and come back to you.', {
    weekday: 'fri',
    hour: 17,
  }),
  yes('Allow 3 business days for our billing team to review the dispute.', { day: 5, hour: 10 }),

  // --- Harder mixes: quotes around a real promise, promise mid-reply, several promises ----
  yes(
    '> my refund still hasnt come\nSorry Liam! I’ll chase it with our finance team and update you by 4pm GMT.',
    { day: 0, hour: 16 },
  ),
  yes('Re your message “where is my order??” — I’ll track it down and DM you in 20 min.', {
    minutes: 20,
  }),
  yes(
    "For security we can't discuss account details here. I've opened a case, and a fraud specialist will call you within 2 hours on the number we hold. ^MT",
    { hours: 2 },
  ),
  yes(
    "Thanks for the report! Engineering has confirmed the bug. We'll ship a fix in the next release, and I'll update this ticket by Friday with an ETA.",
    undefined,
    2,
  ),
  yes(
    "Your rider is running very late, sorry. We'll refund the delivery fee straight away, and you'll get a £5 voucher by tomorrow.",
    undefined,
    2,
  ),
  yes(
    'Hi David, thanks for your patience. Our complaints team will issue a final response by 20 March.',
    {
      day: 9,
      hour: 17,
    },
  ),
  yes(
    "Hi Mark, we've read your review. We'll contact you by email within 2 working days to arrange the return. Your refund will be processed as soon as the item reaches us.",
    { day: 2, hour: 10 },
    2,
  ),
  yes(
    'Apologies for the delay with your cheque book. A new one will be posted today and I’ll ring you on Friday to check it has arrived.',
    TODAY_EOD,
    2,
  ),
  yes(
    'Hey there, thanks for your patience with the outage. We’ve identified the cause. Our engineers will have everyone back online this afternoon. Sorry again! 💙',
    TODAY_EOD,
  ),
  yes('Nous sommes désolés! We will call you back in 1 hour, sorry for my english.', {
    hours: 1,
  }),

  // ===== NOT PROMISES =====================================================================

  // --- Past actions and reports of past promises, kept or not ---------------------------
  no('We replied to your email within 24 hours on Monday — please check your spam folder.'),
  no('As promised, here’s your tracking link: trk.example/8841 📦'),
  no('I told you yesterday I’d escalate it, and I did. It’s with the tech team now.'),
  no(
    'Our agent confirmed on Monday that the refund would be issued, and it went through on Tuesday.',
  ),
  no("We did say we'd call by Friday. Apologies that didn't happen, Maria."),
  no('Your case was escalated to our specialist team last week.'),
  no("We've already sent the replacement - it left our warehouse this morning 🚚"),
  no(
    'We were going to call you today, but as you have since cancelled the order no further action is needed.',
  ),

  // --- Questions and proposals -----------------------------------------------------------
  no('Would you like us to call you tomorrow morning instead?'),
  no('Want me to check if there’s an earlier flight?'),
  no('Shall we send a replacement, or would you prefer a refund?'),
  no('Can we give you a ring later today to go through it?'),
  no('did u get our DM from earlier?'),
  no('Did the reset steps from our earlier reply work for you, Kev?'),
  no('How about we book the engineer for Thursday? Does that work for you?'),

  // --- Requests and instructions to the customer ----------------------------------------
  no('Please DM us your account number so we can take a look.'),
  no("Let us know if the parcel hasn't arrived by Monday."),
  no('Let me know if that helps! 😊'),
  no('Try clearing the app cache and restarting your phone, then log in again.'),
  no('Pls send your booking ref via DM rather than here, for your privacy.'),
  no('Kindly check the spam folder for our email and confirm you received it.'),
  no('Give us a shout if you need anything else!'),

  // --- Standing policy and habits -------------------------------------------------------
  no('Our live chat runs 24/7, so you can reach us any time.'),
  no('We usually reply to DMs within a couple of hours.'),
  no('We aim to respond to all reviews within 48 hours.'),
  no('Refunds for cancelled flights are processed within 7 days as standard.'),
  no('We’ll never ask for your full card number or PIN in a DM.'),
  no('Orders placed before 3pm are dispatched same day, Mon–Fri.'),
  no('Our support hours are 8am–6pm GMT, Monday to Friday.'),

  // --- The customer's words and quoted text --------------------------------------------
  no("@ShopCo you said you'd refund me by Friday and it's now Wednesday. Where is it??"),
  no("> We'll have an engineer with you tomorrow\nThat's what your colleague told me 3 days ago."),
  no('“We will call you back within the hour” — that was 6 hours ago. Unreal.'),
  no('Your agent promised a callback today. Still waiting @TelcoHelp'),
  no(
    "Hi Raj, I can see you were told \"it'll be fixed by Monday\". I'm so sorry that didn't happen.",
  ),
  no('Fine, I’ll just cancel my contract then. Thanks for nothing @NetLinkCare'),
  no(
    'Quoting the review: “Staff said they would ring me within 24 hours.” Thank you for sharing this.',
  ),

  // --- Marketing and broadcast copy; thanks, apologies, well-wishes ----------------------
  no('🚨 Flash sale! 30% off all hoodies this weekend only. Shop now 👉 link in bio'),
  no('Season 4 drops next Thursday — are you ready? 🎮🔥'),
  no('So sorry for the hassle, Jess. That’s not the experience we want for you.'),
  no('Happy holidays from all of us at QuickBite! 🎄'),
  no('Thanks for flying with us, enjoy Lisbon! ☀️'),
  no('Congrats on the new place! 🏡 Glad the move went smoothly.'),
  no('Thank you for the 5 stars, Tom — we really appreciate you taking the time.'),

  // --- Willingness and standing offers --------------------------------------------------
  no("We'd be more than happy to help you set that up."),
  no('We can arrange a home visit if that would suit you better.'),
  no("If the app crashes again, send us the log and we'll dig into it."),
  no('Should you need a hand with anything else, we’re here for you.'),
  no('Our team is always around to help if you need us 😊'),
  no('Happy to look at alternative dates if you’d like.'),
  no('If the charge shows up again next month, let us know and we’ll refund it straight away.'),

  // --- Negated commitments --------------------------------------------------------------
  no('Unfortunately we can’t promise the item will be back in stock by Friday.'),
  no("I'm afraid we won't be able to refund a ticket once it's been used."),
  no('We are unable to give a timeframe for the fix at the moment.'),
  no('Sadly we cannot reinstate accounts banned for cheating.'),
  no("I can't guarantee a callback today, the team is swamped."),
  no('We won’t be changing the delivery date, sorry.'),

  // --- The future of things outside our hands once our part is done ---------------------
  no('Please allow 5–7 working days for the refund to show on your statement.'),
  no('The parcel is with the courier now and should arrive within 2–3 days.'),
  no('Once it’s processed, your bank may take up to 10 days to release the funds.'),
  no('Your new card should reach you in 3–5 working days.'),
  no('It can take up to 48 hours for the App Store to show the update.'),
  no("We've sent the refund today; it'll usually appear in your account within 3 days."),

  // --- "Will" that is no action for the customer ---------------------------------------
  no("I'll be honest with you, this shouldn't have happened."),
  no("We'll miss having you as a customer, Gareth. All the best!"),
  no('I’ll be out of office from tomorrow, but the whole team can see your case notes.'),
  no('Our branches will be closed on Good Friday (3 April).'),
  no("That'll be the scheduled maintenance from last night, sorry about that."),
  no('You’ll love the new update, trust us 😉'),
  no('It’ll be a busy weekend at the ground, so arrive early 🏟️'),
];
