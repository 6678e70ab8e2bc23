/**
 * A second FINAL held-out set for promise detection (issue 5, point 1), FINAL2. Written blind:
 * its author read neither the detector, nor its cue lists, nor the sentences of the tuning
 * corpus, the DEV/TEST sets or the first FINAL set — only the types and conventions of
 * corpus.ts (lines 1–60) and THE RULE in the header of heldout.ts, which these
 * labels follow exactly. Nobody tuning the detector may read it either: once its figures have
 * been looked at for tuning, it stops being a measure.
 *
 * Conventions (as in heldout.ts): now = Wed 11 March 2026 10:00 UTC, no business hours,
 * default window 24 h; a day without a time → 17:00; EOD/COB/today/this afternoon/later today →
 * 17:00 today; morning (and "am") → 12:00; end of week / this week → Fri 17:00; shortly 2 h;
 * asap 4 h; soon 24 h; business (working) days skip the weekend and keep the time of day; "a
 * couple of" is two; times in another zone are converted (PT is PDT in March 2026 = UTC−7, CET
 * = UTC+1, UK time = GMT = UTC). Left unlabelled: ranges, next week, tonight/this evening, first
 * thing tomorrow, "now", event-bound times ("once it's live") and commitments that wait on the
 * customer. `due` is that of the first promise in the text; `count` the separate deliverables.
 */
import {
  DEFAULT,
  no,
  TODAY_EOD,
  TOMORROW,
  yes,
  type CorpusEntry,
  type ExpectedDue,
} from './corpus';

const TOMORROW_MORNING: ExpectedDue = { day: 1, hour: 12 };
const FRIDAY: ExpectedDue = { weekday: 'fri', hour: 17 };
const THURSDAY: ExpectedDue = { weekday: 'thu', hour: 17 };
const MONDAY: ExpectedDue = { weekday: 'mon', hour: 17 };

export const HELDOUT_FINAL2: CorpusEntry[] = [
  // ===== PROMISES ===========================================================================

  // --- X: terse, emoji, abbreviations, handles, initials ----------------------------------
  yes(
    '@dan_kowal ugh, not the welcome home you deserved 😕 our baggage team will trace the case and update you within 6 hrs ^RB',
    { hours: 6 },
  ),
  yes('@meg_otoole gotcha. will ping u in 30 mins with an update 🙌', { minutes: 30 }),
  yes('@Lina_B looking at ur bill rn, gimme 15 min and I’ll reply here', { minutes: 15 }),
  yes('@ferret_fan we’re gonna push a hotfix for the login loop later today 🛠️', TODAY_EOD),
  yes('@owenjp Sorry Owen! A replacement charger ships tmrw 📦', TOMORROW),
  yes('@HarrietV our engineers expect to have broadband restored in your street by 4pm 🤞', {
    day: 0,
    hour: 16,
  }),
  yes(
    '@_tomasz_ The extra £12 will be refunded today, and I’ll DM you the reference number tomorrow morning ^JS',
    TODAY_EOD,
    2,
  ),
  yes('@bexxx on it!! will have the promo code sorted b4 3pm 💜', { day: 0, hour: 15 }),
  yes(
    '@CoachRiley Apologies for the wait — let me chase the warehouse and come back to you within the hour.',
    { hours: 1 },
  ),
  yes('@nuno_pt thx for ur patience. U’ll get a call from our fibre crew tomorrow before noon.', {
    day: 1,
    hour: 12,
  }),
  yes('lol yeah that one’s on us. gonna credit ur account 500 gems within 2 hrs 💎', {
    hours: 2,
  }),
  yes('@PriyaK_ We’ll get that sorted ASAP 🙏 ^DN', { hours: 4 }),
  yes('@gorseandgin Really sorry about this. We’ll keep you posted 🙏', DEFAULT),
  yes('Will call you back at 4:30pm, sorry it’s taking a while', { day: 0, hour: 16, minute: 30 }),
  yes('Noted! Will chase the courier first thing tomorrow.'),
  yes('Will sort it tonight, promise.'),
  yes('Ill update you b4 end of the week', FRIDAY),
  yes('We’ll defintely get back to you by tomorow 👍', TOMORROW),
  yes('@kaz_m Expect a DM from our escalations desk within 2 hours.', { hours: 2 }),

  // --- Facebook / Messenger ----------------------------------------------------------------
  yes(
    'Hi Gemma, thank you for getting in touch about your order. I’ve had a look and it seems the courier mislabelled the parcel. We’ll send a new one out today by express, and I’ll also add a £5 credit to your account by Friday. Sorry again! – Aisha, Bramble & Co',
    TODAY_EOD,
    2,
  ),
  yes(
    'Hello Mr Patel, we are sorry for inconvenience caused. Our technician will visit your premises within 48 hours to check the line. Regards, Orbit Care Team',
    { hours: 48 },
  ),
  yes(
    'Hi Jordan – thanks for your patience while we looked into this. Our payments team should have the duplicate charge reversed by Monday. We’ll message you here as soon as it’s done.',
    MONDAY,
    2,
  ),
  yes(
    'Hey Carla! Our kitchen manager is going to call you this afternoon about the missing sides 🍟',
    TODAY_EOD,
  ),
  yes(
    'Hiya, really sorry about the cold pizza 🍕 we’ll refund the order in full and a manager will phone you tomorrow to apologise.',
    undefined,
    2,
  ),
  yes(
    'Hi Tom, thanks for your message and sorry to hear the delivery was late again. I’ve checked with our depot and I’m going to arrange a redelivery for Saturday. In the meantime, the delivery charge has been refunded. Have a good evening! ^SM',
    { weekday: 'sat', hour: 17 },
  ),
  yes('We’ll post your new card reader out today, first class.', TODAY_EOD),

  // --- Instagram ------------------------------------------------------------------------------
  yes('omg we’re so sorry 😭 sending you a DM in a sec with a code for your next order!'),
  yes('Hiii 💕 the lilac size 8 is being restocked and we’ll tag you as soon as it’s live!'),
  yes(
    'Eek, that’s not right at all! We’ll swap the cracked mug for a new one this week 🫶',
    FRIDAY,
  ),

  // --- Reddit ---------------------------------------------------------------------------------
  yes(
    'Hey u/throwaway_gamer92, community manager here. We’ve reproduced the save-file corruption on PS5 and the fix is going into patch 1.4.2, which we expect to ship in two weeks. I’ll update this thread when it’s live.',
    { days: 14 },
    2,
  ),
  yes(
    '[Ledgerly Team] Thanks for the detailed report. CSV export is definitely broken for multi-currency ledgers. Our devs are on it and we’ll post a workaround in this thread by end of day tomorrow.',
    TOMORROW,
  ),
  yes(
    'u/kestrel_k we’ll refund the broken DLC to your account within 5 business days, no need to open a ticket.',
    { day: 7, hour: 10 },
  ),

  // --- LinkedIn / YouTube / Trustpilot --------------------------------------------------------
  yes(
    'Hi Marcus, thanks for raising this and I’m sorry the onboarding call was missed. I’ll personally reschedule it and send you a calendar invite by 3pm CET today. Best, Elena — Customer Success, Ledgerly',
    { day: 0, hour: 14 },
  ),
  yes('Thanks for the heads-up! We’ll fix the subtitles on this video within a couple of days 🙏', {
    days: 2,
  }),
  yes(
    'Dear Ms Okafor, we’re very sorry to read about your experience. A member of our customer relations team will be in touch by email within 2 working days to put this right. Kind regards, Tandem Bank',
    { day: 2, hour: 10 },
  ),
  yes(
    'Hi Peter, thank you for taking the time to review us. We’ve flagged the delay with our courier partner and someone from our delivery team will call you on Friday to arrange a new slot.',
    FRIDAY,
  ),
  yes(
    'Hi Sophie, we’re sorry your refund has taken so long. Our billing team will reach out within 3 working days with a full breakdown. — The Pantry Express team',
    { day: 5, hour: 10 },
  ),

  // --- DMs ------------------------------------------------------------------------------------
  yes('ok got it, ill sort the upgrade fee and msg u back in 20'),
  yes(
    'Thanks Rhys. I’ve logged the fault (ref FX-22817). You’ll receive an SMS with the engineer’s arrival window by 8pm tonight.',
    { day: 0, hour: 20 },
  ),
  yes(
    'Perfect, thank you. Once we receive the photos of the damaged item we’ll issue a full refund.',
  ),
  yes('Send over the IMEI and I’ll get the handset unlocked for you.'),
  yes('Pop your postcode in a DM and I’ll check whether our engineers are out in your area.'),
  yes(
    'If you reply with your booking reference, we’ll get the seats next to each other sorted for you.',
  ),
  yes('Please allow up to 3 hours for our team to review your documents.', { hours: 3 }),
  yes('Please allow 48 hrs for a reply from our disputes team.', { hours: 48 }),
  yes('Hey Sam — quick one: the team will have your account unlocked in the next 2 hours. ^AL', {
    hours: 2,
  }),
  yes('Hi Ola, I’ll ring the hotel myself tomorrow at 10am to make sure your room is held.', {
    day: 1,
    hour: 10,
  }),

  // --- Non-native English ---------------------------------------------------------------------
  yes(
    'Dear sir, we have noted your complain. Our team will revert back to you in 24 hrs with the resolution.',
    {
      hours: 24,
    },
  ),
  yes(
    'Hello, sorry for trouble. We will make the refund of your payment until tomorrow.',
    TOMORROW,
  ),
  yes(
    'Hi! I am checking with warehouse and i will inform you tomorrow morning about your package.',
    TOMORROW_MORNING,
  ),
  yes(
    'Dear customer, kindly be informed that the replacement SIM will be dispatched to you within 2 days.',
    {
      days: 2,
    },
  ),
  yes('Sory for the delay, we wil send the voucher this evning.'),

  // --- Hedged -------------------------------------------------------------------------------
  yes('We hope to have the app back up for you within the hour, really sorry for the disruption.', {
    hours: 1,
  }),
  yes('I’ll try to get you on the 14:20 instead — give me ten minutes to check seats.', {
    minutes: 10,
  }),
  yes('Should have an answer from the fraud team for you by Thursday afternoon.', THURSDAY),
  yes('We’re aiming to get the corrected invoice over to you by midday tomorrow.', {
    day: 1,
    hour: 12,
  }),
  yes('We aim to get your order re-sent today.', TODAY_EOD),
  yes('We expect to roll out the fix for your dashboard export by Friday.', FRIDAY),

  // --- Passive / impersonal future of our action -------------------------------------------
  yes('Your cancellation fee will be waived and the confirmation sent to your inbox within 24h.', {
    hours: 24,
  }),
  yes('A courier will collect the faulty blender on Tuesday between 8am and 1pm.'),
  yes('You’ll get a replacement voucher by email in the next 10 minutes.', { minutes: 10 }),
  yes('Expect an email from our billing folks by COB Thursday.', THURSDAY),
  yes('You’ll hear from our claims handler by Friday 5pm.', FRIDAY),
  yes('Good news — it’ll be dispatched from our warehouse tomorrow.', TOMORROW),
  yes('Your bonus points will be credited by the 13th.', { day: 2, hour: 17 }),

  // --- Colleagues, teams, "I'll be <doing>" ----------------------------------------------------
  yes('I’ve passed this to our network specialists and they’ll run a line test before 6pm.', {
    day: 0,
    hour: 18,
  }),
  yes('Someone from our accessibility team will reach out next week to go over the options.'),
  yes('Our rider support team will message you shortly about the missing drink.', { hours: 2 }),
  yes('We’ll be in touch soon with next steps.', { hours: 24 }),
  yes('I’ll be calling you tomorrow at 9 to walk through the setup.', { day: 1, hour: 9 }),
  yes('I’ll be sending the returns label over this afternoon.', TODAY_EOD),

  // --- Time zones and dates -----------------------------------------------------------------
  yes('I’ll email the revised quote by 11am PT.', { day: 0, hour: 18 }),
  yes('Our UK team will call you back by 6pm UK time.', { day: 0, hour: 18 }),
  yes('The engineer will be with you on the 16th, arriving before 1pm.', { day: 5, hour: 13 }),
  yes('We’ll confirm your new flight by 20 March.', { day: 9, hour: 17 }),
  yes('Our team will look into what happened and respond by Wednesday next week.', {
    day: 7,
    hour: 17,
  }),

  // --- Spans --------------------------------------------------------------------------------
  yes('We’ll have your repaired phone back to you in 10 days.', { days: 10 }),
  yes('Expect a call back w/in 1 biz day.', { day: 1, hour: 10 }),
  yes('u’ll hear back from us in a week max', { days: 7 }),
  yes('We’ll re-run the migration in 90 mins and confirm once it’s done.', { minutes: 90 }),
  yes('I’ll get this escalated and come back to you within 72 hrs.', { hours: 72 }),
  yes('Let me get a supervisor to call you in about 45 minutes.', { minutes: 45 }),
  yes('Let me dig into the logs and I’ll circle back before 2pm.', { day: 0, hour: 14 }),

  // --- No time words: the default window -----------------------------------------------------
  yes('Leave it with me, I’ll speak to the store manager about this.', DEFAULT),
  yes('We’ll look at why the app keeps logging you out and come back to you.', DEFAULT),
  yes('Our fraud team will review the transaction and contact you.', DEFAULT),
  yes('Thanks Leo — I’m going to raise this with our product team and report back.', DEFAULT),

  // --- Several promises, mixed with past reports and quotes ----------------------------------
  yes(
    'Hey! Thanks for reaching out 😊 Tracking shows it stuck in Leipzig. We’ll open an investigation with DHL today and update you Monday at the latest. Hang in there!',
    TODAY_EOD,
    2,
  ),
  yes(
    'Sorry Nadia. I’ll cancel the duplicate order today, refund the £34.99 by tomorrow, and email you a 15% code by Friday.',
    TODAY_EOD,
    3,
  ),
  yes(
    'We’re going to replace the cracked screen free of charge; the repair centre will email you a prepaid label by Thursday.',
    undefined,
    2,
  ),
  yes(
    '> when will my refund come??\nHi Dev, I’ll process it today and send you confirmation 📩',
    TODAY_EOD,
  ),
  yes('Sorry we didn’t call on Monday as we said — I’ll ring you at 2pm today without fail.', {
    day: 0,
    hour: 14,
  }),

  // ===== NOT PROMISES ========================================================================

  // --- Past actions, reports of past promises -----------------------------------------------
  no('We refunded the £20 yesterday afternoon, it should be on your statement now.'),
  no('Our engineer called you at 2pm as agreed but couldn’t get through.'),
  no('We said we’d have it fixed by Monday and it was fixed by Monday morning 🙂'),
  no('Hi Alex, as promised yesterday, I’ve now processed your refund.'),
  no('Last week we promised to restore your service within 24 hours and we didn’t — that’s on us.'),
  no('Sorry we didn’t ring you back on Friday like we said we would.'),
  no('The refund was issued on the 9th, so you should see it in a few days.'),
  no('I checked yesterday and the engineer had already been out to you.'),
  no('We sent the replacement by next-day delivery on Monday 📦'),

  // --- Questions and proposals ----------------------------------------------------------------
  no('Would it suit you better if our engineer came round on Thursday instead?'),
  no('Shall I send the replacement to your work address?'),
  no('want me to book an engineer for Saturday?'),
  no('Could we arrange a callback for 3pm tomorrow?'),
  no('Is it OK if we reply by email within 48 hours rather than here?'),
  no('Did the code we sent earlier work?'),
  no('Are you still waiting on the callback we arranged for today?'),
  no('I emailed the invoice over this morning, did it come through?'),

  // --- Requests and instructions to the customer -----------------------------------------------
  no('Please DM us the email address linked to your account 🙂'),
  no('Could you restart the router and let us know by tomorrow whether the light is still red?'),
  no('Let us know once the parcel turns up!'),
  no('Give us a shout if you need anything else.'),
  no('Please hold on to the receipt until the refund shows up.'),
  no('Make sure to update the app to 5.2 before Friday’s maintenance.'),
  no('Let me know if the 2pm slot works for you.'),
  no('Let me know when you’re free for a call.'),
  no('You’ll need to bring photo ID to the store.'),
  no('You’ll just need to log out and back in for the change to show.'),

  // --- Standing policy and habits -------------------------------------------------------------
  no('Our chat team is online 8am–8pm, Monday to Saturday.'),
  no('We typically respond to emails within 2 working days.'),
  no('Refunds are normally processed within 5–7 days of us receiving the return.'),
  no('We never ask for your PIN over DM.'),
  no('Support is available round the clock via the app.'),
  no('We always aim to dispatch orders the same day if placed before 2pm.'),
  no('Our policy is to reply to every review within a week.'),
  no('We will never sell your personal data to third parties.'),
  no('We get back to everyone within 24 hours on weekdays.'),
  no('Our agents will never ask for your password.'),
  no('We aim to answer all DMs within 4 hours.'),
  no('You will be charged £2 if you cancel within 24 hours of the slot.'),

  // --- The customer's words ----------------------------------------------------------------
  no('@SkyLarkAir you promised me a callback by 5pm yesterday. Still nothing.'),
  no('your agent said I’d get my refund in 3 days, it’s been 10'),
  no('@QuokkaEats been waiting 2 hrs for my order, you said it’d be here by 7 😡'),
  no('Your chat bot told me someone would email me within 24h. Nobody did.'),
  no('I was told by your colleague I’d hear back today. Can you check?'),

  // --- Quoted text -------------------------------------------------------------------------
  no(
    '> We’ll process your refund within 3 working days\nThat was your message on the 2nd. Where is it?',
  ),
  no('Your email literally says "We will call you back within the hour" and that was Monday.'),
  no(
    'Just to confirm, the note on your account reads: “Agent to call back Fri”. That call was made on Friday at 11:02.',
  ),
  no(
    'Quoting our earlier reply: “we’ll get the engineer out by Thursday” — he attended Thursday morning.',
  ),

  // --- Marketing and broadcast ----------------------------------------------------------------
  no('🚨 Flash sale! 40% off all headsets until midnight. Don’t miss out!'),
  no('Big news: our new loyalty scheme launches on Friday 🎉 Stay tuned!'),
  no('Season 3 of Kraken Arena drops next Thursday — who’s ready? 🐙'),
  no('We’re excited to announce we’ll be opening 12 new stores this spring!'),
  no('Scheduled maintenance: the app will be unavailable Sunday 2am–4am GMT.'),
  no('You will receive our newsletter every Friday if you opt in.'),

  // --- Thanks, apologies, well-wishes ----------------------------------------------------------
  no('Thank you so much for the kind words, Becky! Made our day 💛'),
  no('So sorry to hear this, that’s really not the experience we want for you.'),
  no('Have a fab weekend and enjoy the new trainers! 👟'),
  no('Happy birthday from all of us at Pantry Express 🎂'),
  no('Glad it’s all sorted now! Take care 😊'),
  no('Let me just say how sorry we are about this.'),

  // --- Willingness and standing offers --------------------------------------------------------
  no('We’d be more than happy to look into this for you.'),
  no('We can arrange a home visit if that would be easier.'),
  no('If the charge reappears next month, drop us a line and we’ll reverse it.'),
  no('Should the problem come back, just reply here and our techs will jump on it.'),
  no('Happy to help whenever you need us!'),
  no('We’re always here if you have more questions.'),
  no('Feel free to reach out again if the app crashes and we’ll dig in.'),

  // --- Negated commitments ---------------------------------------------------------------------
  no('Unfortunately we can’t guarantee the item will be back in stock before Christmas.'),
  no('We won’t be able to change the name on a non-refundable ticket, I’m afraid.'),
  no('I’m sorry, I’m unable to promise a delivery date at this stage.'),
  no('We can’t reverse a transfer once it has been sent.'),
  no('We’re not able to offer compensation for delays caused by weather.'),

  // --- Outside our hands once our part is done -----------------------------------------------
  no('Once it’s left our warehouse it usually takes 2–4 working days to reach you.'),
  no('Your bank may take up to 10 days to show the credit.'),
  no('The parcel should be with you by Friday 🤞'),
  no('Please allow 3–5 business days for the funds to reach your account.'),
  no('Delivery times from our Hong Kong warehouse can be up to 3 weeks.'),
  no('The airport authority will announce the new gate shortly.'),
  no('Your new PIN will arrive by post separately from the card.'),

  // --- "will" / "going to" that is no action for the customer -----------------------------------
  no('I’ll be honest, that’s the first time I’ve seen this error.'),
  no('We’ll be closed on Easter Monday, back as usual Tuesday.'),
  no('I’ll be on annual leave from tomorrow until the 23rd.'),
  no('That’ll be £3.50 for the upgrade.'),
  no('You’ll love the new colourways 😍'),
  no('We’ll miss having you as a customer, Tanya.'),
  no('I’ll admit, that’s a fair point.'),
  no('Sounds like it’ll be a busy weekend for you!'),
  no('It’s going to be a busy week for deliveries with the storm.'),
  no('ngl that’s gonna be a tough score to beat 😂'),
  no('Will be closed tomorrow for staff training.'),
  no('Fingers crossed it’ll be sunny for your trip!'),

  // --- Information, not commitment -------------------------------------------------------------
  no('Tomorrow’s flights are currently showing on time ✈️'),
  no('Our store on King St opens at 9am tomorrow.'),
  no('Our office is closed for the holidays, so replies may be slower than usual.'),
];
