#!/usr/bin/env python3
"""Write mailbot's thirty-eighth, independent development corpus: tests/corpus/dev38/*.eml + expected.toml.

The angle: native English with heavy idiom, slang, irony and humour, from the UK, Ireland, the
US and Australia. The user Alex is a group financial controller in London who trained in a
Big Four audit team in Leeds, did stints in Dublin, Sydney and at a US parent in Chicago, and so
knows people in all four places. Their LinkedIn world: old colleagues whose banter only looks
rude (insults, nicknames, in-jokes) while they bring a reunion, a job lead, a template or a free
CPD evening (good); dry sarcasm, passive aggression and mock politeness after being ignored
(ugly); understated British pitches ("might be worth a natter", "slightly cheeky one"); American
hard sells (two slots left, calendar links, money-back promises); Aussie directness ("not gonna
beat around the bush: I sell payroll software"); Irish charm that is still a sales call; peer
circles, podcasts, surveys and free guides that turn into a fee or a sale; endorse-me-back with
a wink; and cheerful recruiters with real jobs.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the names, headlines and companies of spoof-only names and PYMK suggestions, the sales
InMail subjects of spoofs and the pitches that spoofs carry are swapped in this process only
(make_corpus.py itself is not changed). Every mail is in English: LinkedIn's wording, the
people, the spoofs and the other LinkedIn mail. People whose notes name things of the 2020s are
pinned to the current layout era. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev38.py              # writes tests/corpus/dev38
    python scripts/make_corpus_dev38.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260838

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ an English-speaking finance world (this process only)
mc.LANGS[:] = ["en"] * 5          # spoofs and other LinkedIn mail: English wording only
mc.L["en"]["skills"] = ["Financial Reporting", "IFRS", "Budgeting", "Month-End Close", "Consolidation", "Stakeholder Management", "Excel"]
mc.L["en"]["rheadline"] = "Group Financial Controller at Example Industries"
mc.JOBS[:] = [("Group Financial Controller", "Harrowgate Foods plc"), ("Financial Controller", "Liffey Bridge Logistics"),
              ("Corporate Controller (Hybrid)", "Tallgrass Outdoor Co."), ("Head of Finance", "Southern Cross Freight"),
              ("Senior Finance Business Partner", "Pennine Water")]
mc.NAMES["en"] = (["Callum", "Niamh", "Brody", "Harriet", "Eoin", "Kylie", "Tucker", "Saoirse", "Jack", "Imogen", "Dylan", "Mackenzie",
                   "Ruairí", "Poppy", "Hunter", "Erin", "Alfie", "Bronwyn", "Cody", "Orla"],
                  ["Blackwood", "Fahy", "Wetherby", "McGillicuddy", "Tamworth", "Brannigan", "Holcombe", "Lynch", "Prowse", "Cassidy",
                   "Whitlam", "Garside", "Oyelaran", "Dunphy", "Kearsley", "Mulvaney"])
mc.COMPANIES["good"] = ["Harrowgate Foods plc", "Liffey Bridge Logistics", "Southern Cross Freight", "Tallgrass Outdoor Co.", "Pennine Water",
                        "Brennan & Walsh", "Calder & Finch"]
mc.COMPANIES["sales"] = ["ClosePilot", "Ledgerline", "PayRight Payroll", "Summit Ridge Financial", "Quorum Insurance", "Harwood Interim",
                         "SpendWise Cards", "Northstar R&D Credits"]
mc.HEADLINES["good"] = ["Financial Controller at {co}", "Head of FP&A | {co}", "Finance Director, {co}", "Group Treasurer at {co}",
                        "ACA | Senior Finance Manager at {co}", "CPA | Corporate Controller, {co}"]
mc.HEADLINES["sales"] = ["Enterprise Account Executive | {co}", "Helping finance teams do more with less | {co}", "Founder & CEO @ {co}",
                         "Business Development Manager UK&I at {co}", "Partner | {co} | Growth", "SDR @ {co} | Let's talk!"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick one, Alex", "Worth a look?", "Your close, sorted", "2 mins of your time", "Idea for Example Industries",
                                     "Did this land?"]
SPOOF_PITCH = [
    "Alex, I've shared the Q3 board pack with you via LinkedIn Docs. Sign in with your work account to open it before the meeting.",
    "Hi Alex, your payroll provider flagged a mismatch on your account. Please confirm your details through the secure portal to avoid a delay to salaries.",
    "Alex, you've been shortlisted for the Finance Leader of the Year awards. Confirm your place and pay the entry fee here before Friday.",
    "Hey Alex, quick favour: can you buy four gift cards for a client thank-you? I'm stuck in meetings, will reimburse tonight.",
]
mc.BANKS["en"]["sales"] = list(SPOOF_PITCH)
mc.BANKS["en"]["pitch"] = list(SPOOF_PITCH)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
MODERN: list[str] = []   # people whose notes name things of the 2020s: pinned to the current layout


def M(*args, **kw) -> None:
    """P() for a person pinned to the current layout era."""
    MODERN.append(args[2])
    P(*args, **kw)


# =============================================================== good_invitation
P("good_invitation", "en", "Aoife Gallagher", "Financial Controller | Brennan & Walsh Logistics", "Dublin",
  ("inv", "Alex Morgan, as I live and breathe! Still wearing that tragic Christmas jumper to every year-end? The old Deloitte Dublin crowd are "
          "doing a reunion in Mulligan's on the 22nd. No speeches, Ciarán's buying the first round. Say yes or I tell everyone about the macro."),
  ("rem",))
M("good_invitation", "en", "Gareth Pryce", "Chair, Thames Valley Finance Forum | FCA", "Reading",
  ("inv", "Hello Alex, I look after the Thames Valley finance forum. We've a free evening on IFRS 18 in May, counts towards your CPD, decent "
          "sandwiches and I'm not selling anything, which on here makes me a rare beast. Thought it might be up your street."))
M("good_invitation", "en", "Brooke Delaney", "VP Finance at Halden Robotics | Hiring!", "Austin, Texas",
  ("inv", "Hey Alex! Hiring manager here, not an agency. I'm building out the controllership team at Halden (Austin, remote-friendly) and need "
          "someone who's run a dual US GAAP/IFRS close. Your background is spot on. Happy to send the JD and comp range."),
  ("rem",))
P("good_invitation", "en", "Mick Thornbury", "Head of Finance | Coastal Freight Co.", "Brisbane",
  ("inv", "G'day Alex, Mick from the Sydney office days. Quick one: we're moving our leases onto new software and I remember you wrangled the "
          "exact same mess at Meridian. Mind if I pick your brain for 15? Beers on me next time you're down under."))
P("good_invitation", "en", "Fiona MacLeod", "Treasury Manager | Caledonian Water", "Glasgow",
  ("inv", "Hi Alex, sorry, I know, another LinkedIn request. Callum Reid (your old boss, the one with the folding bike) said you're the person "
          "to ask about cash pooling across UK and Irish entities without tears. Could we chat? I'll share our bank-fee analysis in return."))
M("good_invitation", "en", "DeShawn Miller", "Corporate Controller | Co-host, Mid-Market Controllers Roundtable", "Chicago",
  ("inv", "Alex, your comment roasting the 'just automate the close' crowd made me laugh out loud. I co-host a free monthly virtual roundtable "
          "for controllers at mid-size companies. No vendors, cameras optional, snark encouraged. Want an invite?"),
  ("rem",))
P("good_invitation", "en", "Zoe Pritchard", "Senior Finance Manager | Harrowgate Foods plc", "Leeds",
  ("inv", "Oh look who's gone all corporate. Morgan, you muppet, you never answered the group chat. The Leeds audit lot are pooling our "
          "year-end checklists into one shared doc, free for anyone who chips in. Want in? Bring your famous accruals tracker."))


# =============================================================== default_invitation
P("default_invitation", "en", "Craig Hollis", "Business Development Director | Procurement Solutions", "Birmingham", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Tamsin Rowe", "Consultant | Strategy & Operations", "Perth, Western Australia", ("inv", NONOTE))
P("default_invitation", "en", "Bradley Kurtz", "VP Sales, EMEA | SaaS | Revenue Leader", "Boston", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Rupert Ashcombe", "Partner | Ashcombe Lyle Advisory | Finance transformation", "London",
  ("inv", "Hello Alex, I hope you don't mind the approach. We've been helping a handful of finance teams of roughly your size take a couple of "
          "days out of the close, with rather pleasing results. Might be worth a natter over coffee at some point?"),
  ("rem",))
P("sales_invitation", "en", "Penelope Harwood", "Director | Harwood Interim Finance", "Manchester",
  ("inv", "Morning Alex, slightly cheeky one. We place interim controllers and tend to come into our own when year-end gets a bit hairy. "
          "Not suggesting yours will, of course! But should it ever, I'd love to pop in and introduce the team."))
M("sales_invitation", "en", "Chad Brennigan", "Enterprise AE | ClosePilot | Close your books in 3 days", "New York",
  ("inv", "Alex, I'll be direct. Controllers on ClosePilot cut close time 47% in 90 days or we refund you. I've got 2 implementation slots left "
          "this quarter. Tuesday 2pm or Thursday 11am ET for a 15-min demo? Let's make it happen!"),
  ("rem",))
P("sales_invitation", "en", "Kayla Whitmore", "Wealth Advisor | Summit Ridge Financial | Helping execs retire on their terms", "New Jersey",
  ("inv", "Hi Alex! When did someone last take a hard look at your pension and share options? I work with finance execs in London and NYC. "
          "Let's grab 20 minutes, I promise it'll be the most valuable call of your week!"))
P("sales_invitation", "en", "Shane Kowalczyk", "Founder | PayRight Payroll", "Melbourne",
  ("inv", "G'day Alex. Not gonna beat around the bush: I sell payroll software, it's bloody good, and I reckon Example Industries is paying too "
          "much for whatever you've got now. Give me 10 minutes on a call. If I'm wrong I'll shout you a coffee."))
M("sales_invitation", "en", "Declan Furey", "Sales Director UK&I | Ledgerline AP Automation", "Cork",
  ("inv", "Alex, I'll be honest with you, this is a sales message. But I'd like to think it's one of the nicer ones you'll get today. We "
          "automate accounts payable for mid-size groups. Would you give me 15 minutes to show you? I'll keep the craic to a minimum."),
  ("inm", "Third time lucky?", "Ah go on, Alex. Ten minutes, that's all I'm after. I'll even let you pick the biscuits. If you'd rather poke "
          "around on your own, there's a sandbox login I can send you, and I promise not to ring you afterwards. Well, not more than once. "
          "Declan", (12, 30)))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Liam Hennessy", "Founder | Irish Finance Network London", "London",
  ("inv", "Alex, we're getting a crowd of Irish (and honorary Irish) finance people together in London. Monthly pints, a bit of peer chat, "
          "nothing formal. Heard you did a stint in Dublin, so you qualify! Fancy joining us?"),
  ("msg", "Great to have you in the network! Quick one while I have you: as well as running the group I'm an independent financial adviser, and "
          "loads of our members have their UK and Irish pensions in a right tangle. I'd love to do a pension review for you, 30 minutes, no "
          "obligation. Which day suits?", (3, 12)),
  ("msg", "Just bumping this one up. I've two review slots left before the end of the tax year, shall I pencil you in for Thursday?", (6, 15)))
M("bait_and_switch_invitation", "en", "Madison Clarke", "Controller | Finance & Accounting | CPA", "Chicago",
  ("inv", "Hey Alex, fellow controller here. Random one: how did you handle FX remeasurement on the intercompany loans after your parent switched "
          "functional currency? Heard you mention it on a panel and I'm stuck on the exact same thing. Would love to swap notes!"),
  ("msg", "Thanks for connecting!! So, full transparency, I recently moved into a consulting role at Brightline Close Partners and we help "
          "controllers exactly like you clean up FX and consolidation. Could I grab 30 mins next week to walk you through how we'd approach "
          "Example Industries?"))
P("bait_and_switch_invitation", "en", "Nathan Pemberton-Lloyd", "Host, The Numbers Game podcast", "Bristol",
  ("inv", "Alex, I host a little podcast for finance folk called The Numbers Game. Your post about the close from hell had me in stitches. "
          "Would you fancy coming on as a guest? Forty minutes, very informal, we mostly take the mick out of spreadsheets."),
  ("msg", "Brilliant, thanks for connecting. Quick bit of admin: guests contribute a modest production fee of £1,450, which covers editing, "
          "a video cut and promo across our channels. I'll send the invoice and a booking link over, shall we say recording in March?", (2, 9)))
M("bait_and_switch_invitation", "en", "Jacinta Moore", "Community Lead | CFO Collective ANZ", "Sydney",
  ("inv", "Hey Alex, I run a free peer circle for finance leaders who've swapped Oz for the UK (or the other way round). One Zoom a month, "
          "no sales, pinky promise. Keen?"),
  ("msg", "Stoked you're in! Heads up, the circle is moving to paid membership next month: $2,900 AUD a year, which includes one-on-one "
          "coaching with me. Want to lock in the early-bird rate before Friday?", (4, 20)),
  ("msg", "Hey Alex, just checking you saw this? Early bird closes tonight 🙂", (2, 4)))
P("bait_and_switch_invitation", "en", "Oliver Strand", "Finance leader | Networker | Manufacturing", "London",
  ("inv", "Hi Alex, always good to connect with fellow finance leaders in the London manufacturing scene. Keen to swap war stories about the "
          "joys of year-end."),
  ("msg", "Thanks for accepting, Alex. I look after key-person and directors' cover at Quorum Insurance, and most FDs I speak to are "
          "underinsured without realising it. Twenty minutes to run the numbers? Happy to come to you."))


# =============================================================== bait_and_switch_inmail
M("bait_and_switch_inmail", "en", "Grant Whitlock", "Research Lead | Mid-Market Finance Insights", "Denver",
  ("inm", "5 questions for controllers?", "Hi Alex, I'm researching how mid-market controllers handle revenue recognition for a white paper. "
          "Five questions, ten minutes tops, and everyone who helps gets the full report free. Would you be up for it?"),
  ("inm", "Re: 5 questions for controllers?", "Thanks a ton for the answers, super helpful! Report's attached as promised. While I have you: we "
          "built RevRec Pro off the back of this research, and I'd love to give you a personalized demo. Does Wednesday at 10 work?", (6, 20)))
P("bait_and_switch_inmail", "en", "Colm Breslin", "Cross-border tax | Ireland & UK", "Dundalk",
  ("inm", "Free guide: tax residency between Ireland and the UK", "Alex, we put together a short guide on tax residency for people who split "
          "their time between Ireland and the UK. No catch at all, happy to send it over if it'd be useful to you."),
  ("inm", "Hope the guide helped", "Hope the guide was handy! A lot of readers find they need proper advice on the back of it, so we do "
          "fixed-fee cross-border returns from €1,200. Shall I book you in for an initial consult next week?"))
P("bait_and_switch_inmail", "en", "Kirsty Fairbairn", "Programme Coordinator | Future Finance Mentoring", "Edinburgh",
  ("inm", "Would you mentor a trainee?", "Hi Alex, I coordinate a volunteer scheme that pairs trainee accountants with experienced controllers. "
          "About an hour a month, and honestly the trainees are a joy. Would you consider being a mentor?"),
  ("inm", "Mentoring: next steps", "Thanks for saying yes in principle! Just so you know, mentors take part through our Leadership Accelerator, "
          "which is £1,800 + VAT for the year (employers usually cover it). Shall I send over the registration form and invoice details?", (4, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Darren Lockwood", "Operations Manager | Lean Six Sigma", "Sheffield",
  ("end",), ("end",),
  ("msg", "Endorsed you for {skill}, you're welcome. Now be a good egg and return the favour for Project Management and Leadership? Going for "
          "a promotion and apparently LinkedIn counts these days. Cheers pal."))
P("endorse_me_back", "en", "Tayla Hughes", "Financial Analyst | Xero Certified", "Gold Coast",
  ("end",),
  ("msg", "Hey legend! Smashed out a few endorsements for you ({skill} included). Any chance you could do the same for me? Financial Modelling "
          "and Xero would be mint. Ta!"))
P("endorse_me_back", "en", "Bobby Kaminski", "Regional Sales Manager | Industrial Supplies", "Cleveland",
  ("end",), ("end",),
  ("msg", "Alex my man! Went ahead and endorsed you for {skill}, well deserved. Mind returning the favor? Sales Leadership and Negotiation are the "
          "big ones for me. You scratch my back, I scratch yours 😄"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Nigel Crabtree", "Managing Director | Crabtree Procurement Analytics", "Guildford",
  ("inv", "Hello Alex, I'd welcome the opportunity to introduce our procurement analytics service. It may be of some interest."),
  ("rem",),
  ("inm", "Thank you", "Alex, thank you so much for your prompt and courteous reply to my invitation. Oh, hang on. I do hope the finance function "
          "at Example Industries runs with a little more grace than its controller does. Kind regards, Nigel", (10, 25)))
P("hostility_after_decline", "en", "Ciara Donnelly", "Business Owner | Events & Hospitality", "Limerick",
  ("inv", DEFAULT),
  ("inm", "No bother", "Ah no bother at all Alex, sure you're far too important to be clicking buttons. Must be lovely up on that high horse. "
          "Mind you don't fall off it.", (14, 30)))
P("hostility_after_decline", "en", "Tucker Hayes", "Growth Strategist | Partnerships | Let's build something", "Phoenix",
  ("inv", "Alex! Big fan of what you're doing. Would love to connect and explore some synergies."),
  ("inm", "Wow.", "Wow. Ignored. Classy move, Alex. I reached out in good faith and you couldn't spare two seconds. Guess some people think "
          "they're too good for networking. Good luck with that attitude, you'll need it."))
P("hostility_after_decline", "en", "Bruce Tindall", "Director | CashCast Forecasting", "Adelaide",
  ("inv", "G'day Alex, keen to connect. We help finance teams get their cashflow forecasting out of spreadsheets."),
  ("rem",),
  ("inm", "Righto", "Righto, message received loud and clear. Three weeks and not a peep. Mate, where I come from that's just plain rude. Hope "
          "the pommy weather's treating you well, because your manners certainly aren't.", (18, 30)))
P("hostility_after_decline", "en", "Harriet Fenwick-Stowe", "Finance Director | Fenwick Estates", "Harrogate",
  ("inv", "Dear Alex, we sat together at the FD Forum dinner in Leeds. I'd be grateful for your view on outsourcing payroll, which we're "
          "weighing up at the moment. Your experience would help."),
  ("inm", "Silence", "Dear Alex, I gather from your silence that a former dinner companion isn't worth the bother. How very modern. I shan't "
          "trouble you again, though I may mention it to Geoffrey, who did rather vouch for you.", (20, 40)))
M("hostility_after_decline", "en", "Kyle Brandt", "Account Executive | Cloud Data Solutions", "San Diego",
  ("inv", "Hey Alex, quick connect? Would love to get on your radar."),
  ("rem",),
  ("inm", "Seen.", "Seen. Cool cool cool. Must be nice to have so many connections you can just ghost people. Real leadership energy, Alex 👏👏"))


# =============================================================== hostility_connection
M("hostility_connection", "en", "Wade Carrington", "Account Director | SpendWise Cards", "Atlanta",
  ("msg", "Hey Alex, hope Q3 close went smooth! We just launched a spend-management card with 2% cashback for mid-market finance teams. Could I "
          "get 15 min on your calendar this week?"),
  ("msg", "Bumping this to the top of your inbox 🙂 Our onboarding team can have you live in under a week."),
  ("msg", "Honestly, Alex, three messages and nothing? I'd expect a finance leader to have the basic courtesy to say 'no thanks'. That's "
          "Business 101. Noted for the future."))
P("hostility_connection", "en", "Julian Ashdown", "Principal | Ashdown Cost Recovery", "Cheltenham",
  ("acc",),
  ("msg", "Delighted to be connected, Alex. On the off chance it's useful, we run a rather good indirect-spend review, with our fee contingent "
          "on the savings we find. Might be worth a brief conversation?"),
  ("msg", "Alex, I confess I'm a little surprised. You invited me to connect and then couldn't manage so much as a one-line reply. I'd have "
          "thought basic manners were covered somewhere in the ACA syllabus. Evidently not.", (15, 30)))
P("hostility_connection", "en", "Brett Mahoney", "Owner | OffshoreBooks AU", "Gold Coast",
  ("msg", "Alex mate, we've got an offshore bookkeeping team that'd save you a packet on accounts payable. Quick yarn this week?"),
  ("msg", "Fair dinkum, you've read it twice and said nothing. Bit piss-weak, mate. Just say no like a grown-up."))


# =============================================================== connection_only_pitches
M("connection_only_pitches", "en", "Hollie Braithwaite", "Customer Success Lead | Forecastly", "York",
  ("msg", "Hi Alex, hope all's well your end. We've just launched a rather nifty little forecasting tool. I won't bore you with it here, but "
          "might be worth a quick look if you're ever in the market?"),
  ("msg", "Hello again, just floating this back up. Happy to send a two-minute video instead of a call if that's easier. No worries if it's "
          "not the right time."),
  ("msg", "Last one from me, promise! We've a 20% founding-customer discount until the end of the month, should it be of interest."))
P("connection_only_pitches", "en", "Jared Finch", "Managing Director | Northstar R&D Credits", "Dallas",
  ("msg", "Alex, CFOs are leaving 3-5% on the table in unclaimed R&D tax credits. We've recovered $40M+ for mid-market companies. 15 minutes "
          "to see if you qualify?"),
  ("msg", "Following up! Our team found $380K for a company your size last month. Grab any slot on my calendar, link's in my profile."))
P("connection_only_pitches", "en", "Mel Dunstan", "Director | Dunstan Collections", "Brisbane",
  ("msg", "Hey Alex, straight shooter here: our collections service gets 68% of 90-day-plus invoices paid. No win, no fee. Worth a chat?"),
  ("msg", "Alex, how are the aged debtors looking this quarter? Offer still stands, keen to walk you through the numbers."))


# =============================================================== single_pitch
P("single_pitch", "en", "Rory Fitzgerald", "Fractional CFO | Interim Finance Leadership", "Galway",
  ("msg", "Alex, long time no see! Hope the London rain isn't getting to you. Slightly awkward plug: I've gone out on my own doing "
          "fractional CFO and interim work. If Example Industries ever needs cover, I'd love to be considered. Mates' rates for old "
          "colleagues, obviously."))
P("single_pitch", "en", "Dana Whitaker", "Client Partner | StatesideStart US Expansion", "New York",
  ("msg", "Hi Alex! Saw Example Industries is expanding stateside, congrats! We set up US payroll, entities and compliance for UK companies in "
          "30 days flat. Would love to get a call on the books, does next week work?"))
P("single_pitch", "en", "Jodie Marsh", "Sales | Fitout Co. Commercial Interiors", "Melbourne",
  ("msg", "Oi Alex, hope life in the big smoke is treating you well. Cheeky one: I'm flogging office fit-outs these days (long story). If your "
          "lot are moving floors, give us a yell and I'll sort you a mate's rate."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Ciarán Walsh", "Audit Senior Manager | Deloitte Ireland", "Dublin",
  ("msg", "Well you big eejit, you left the reunion without saying goodbye, typical. Photos are up in the shared album, you look like a ghost in "
          "every one. Also, Aoife's team is hiring a group FC and I said I'd pass it on. Want me to send her your number?"),
  ("msg", "And before you ask, no, I won't be cropping you out of the karaoke one."))
M("connection_brings_value", "en", "Gemma Oakley", "Head of Financial Reporting | Pennine Water", "Leeds",
  ("end",),
  ("msg", "Endorsed you for {skill}, mostly out of pity after watching you fight that consolidation tool for three years. Serious bit: the "
          "ICAEW are doing a free IFRS 18 session on the 12th, counts for CPD, and I've put your name down as my plus-one. You can thank me "
          "with cake."))
P("connection_brings_value", "en", "Hank Dorsey", "CFO | Tallgrass Outdoor Co.", "Chicago",
  ("msg", "Alex, you limey son of a gun, are you still putting the milk in before the water? Criminal. Real reason I'm writing: our audit "
          "committee chair needs a UK-based controller for a panel at the spring conference in Chicago, travel covered. I put your name "
          "forward. Interested?"))
M("connection_brings_value", "en", "Bec Tran", "FP&A Lead | Southern Cross Freight", "Sydney",
  ("msg", "Oi, drongo! You still owe me twenty bucks from the Melbourne Cup sweep. Anyway, here's the close calendar template you asked about, "
          "stripped of our numbers. Steal whatever's useful."),
  ("msg", "p.s. the Sydney FP&A meetup is streaming online next month, free. I'll send the link when I have it. Don't say I never do anything "
          "for you.", (1, 5)))
P("connection_brings_value", "en", "Padraig Kinsella", "Finance Director | Liffey Bridge Logistics", "Dublin",
  ("msg", "Alex, you'll never guess who's after a new controller: Fergal's crowd in Galway. I told them you were grand but overpriced. Want me "
          "to put you in touch properly?"))


# =============================================================== stranger_inmail_recruiter
M("stranger_inmail_recruiter", "en", "Lauren Bautista", "Talent Acquisition Partner | Tallgrass Outdoor Co.", "Denver",
  ("inm", "Corporate Controller, Denver (hybrid)", "Hi Alex, I'm the in-house recruiter at Tallgrass Outdoor. We're hiring a Corporate "
          "Controller to run our US close and the UK subsidiary consolidation, reporting to our CFO. Base $185-210k plus bonus, relocation "
          "covered. Your UK/US background caught my eye. Open to a quick chat?"))
P("stranger_inmail_recruiter", "en", "Josh Whitehouse", "Senior Consultant, Finance | Ironbark Search", "Perth",
  ("inm", "Group FC, Perth: mining services", "Hi Alex, no fluff: Group Financial Controller with a listed mining services company in Perth. "
          "12 entities, IFRS, a team of nine. Package AU$230k plus super and relocation. You've done time in Sydney so I figured you might be "
          "tempted back. Worth a chat?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tiffany Rourke", "Account Executive | Expensio", "San Francisco",
  ("inm", "Alex, quick question", "Alex, are you the right person to talk to about expense management at Example Industries? If not, who is? "
          "Our customers save 11 hours a week per finance FTE. Would love 15 minutes."),
  ("inm", "Re: Alex, quick question", "Bumping this up! Just a hunch, but I think we could seriously move the needle for your team. Tuesday?"))
P("stranger_inmail_sales", "en", "Giles Ponsonby", "Director | Ponsonby Rates Advisory", "Winchester",
  ("inm", "A thought", "Dear Alex, forgive the unsolicited note. We advise mid-sized groups on business rates appeals and have had a fair bit of "
          "success recovering overpayments. Not for everyone, but it could be worth a brief conversation if it's on your radar. Best, Giles"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Simon Greaves", "Chair, Leeds Controllers' Breakfast Club", "Leeds",
  ("inv", "Hi Alex, I chair the Leeds controllers' breakfast club: free, monthly, practitioners only, decent bacon butties. Next month it's "
          "forecasting when the markets are all over the shop. Fancy coming along?"),
  ("msg", "Good to see you at the breakfast, Alex. As promised, Sarah's slides are attached, plus the forecasting template she mentioned."),
  ("msg", "Alex, slightly different hat on: I've recently joined Pennine Advisory as a partner and we're offering breakfast club members a "
          "finance function review at £6k instead of the usual £9k. Might be worth a chat?", (15, 40)))
P("good_turns_ugly", "en", "Jess Pearce", "Financial Controller | Harbourside Group", "Sydney",
  ("inv", "Hey Alex, fellow controller in Sydney here. Your comment on intercompany recs was gold. Mind if I ask how you structured your "
          "elimination journals? Happy to share our rec template in return."),
  ("msg", "Legend, thanks heaps! Here's our rec template as promised. Hope it saves you a few late nights."),
  ("end",),
  ("msg", "Hey Alex, just endorsed you for {skill} 🙌 Would you mind endorsing me for Financial Reporting and Team Leadership? I'm going for a "
          "promotion and every bit helps."))
M("good_turns_ugly", "en", "Marcus Delgado", "Director, Controls Advisory | CPA", "Houston",
  ("inv", "Hi Alex, I'm hosting a free webinar for controllers on right-sized SOX controls for mid-size companies, with CPE credit. Would love "
          "to have you join us on the 14th."),
  ("msg", "Thanks for joining! Here's the recording and the controls matrix template we walked through."),
  ("msg", "Alex, a lot of attendees asked how to actually implement this. We offer a packaged controls implementation: six weeks, fixed fee "
          "$48k. Can we set up a scoping call?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Tanner Boyd", "Account Executive | LedgerLeap", "Austin, Texas",
  ("inm", "Still closing in spreadsheets?", "Alex, is your team still closing the books in spreadsheets? Let's fix that. 15-minute demo this week?"),
  ("inv", "Hey Alex, loved your post about surviving year-end! Would be great to connect."))
P("reinvite_known_bad", "en", "Lachlan Reid", "Business Development | Corporate Travel", "Sydney",
  ("inv", DEFAULT),
  ("inv", "Alex, mate, we crossed paths at the Sydney office years ago. Let's connect properly this time."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Gavin Stroud", "ERP Consultant | Stroud Systems", "Swindon",
  ("inv", "Alex, we help finance teams get more out of their ERP. Worth a chat?"),
  ("inm", "Ignored again", "Ignored again. Honestly, the arrogance of some finance people. Anyone would think you were running the Bank of "
          "England rather than a spreadsheet.", (14, 30)),
  ("inv", "Hi Alex, new year, clean slate? Would be good to connect."))
M("reinvite_known_ugly", "en", "Brianna Colt", "Controller turned founder | AccrueFlow", "Seattle",
  ("inm", "Question from a fellow controller", "Hi Alex, random question from a fellow controller: how do you handle accrual reversals when your "
          "entities close in three time zones? Would really value your take."),
  ("inm", "Re: Question from a fellow controller", "Thanks so much, that's super helpful! Funny enough, my company automates exactly this. Could "
          "I show you a quick demo next week?"),
  ("inv", "Hi Alex, would love to stay connected!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Hamish Carruthers", "Director | Carruthers Audit Readiness", "Edinburgh",
  ("acc",),
  ("msg", "Cheers for the invite, Alex, good to meet you at the Edinburgh conference. Since you mentioned your audit tender, I should say we do "
          "audit-readiness work and we'd be delighted to quote. Just say the word."))
M("user_invited_pitch_once", "en", "Courtney Bell", "Account Executive | TreasuryHub", "Boston",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! So awesome meeting you at the Boston summit. Wanted to share: we're running a promo on our treasury "
          "platform, three months free for new customers. Want me to set up a demo with our solutions engineer?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Rhys Llewellyn", "Account Manager | Cymru Cloud FP&A", "Cardiff",
  ("acc",),
  ("msg", "Diolch for connecting, Alex! Lovely chatting at the rugby do. Reckon our cloud FP&A tool could be just the job for your budgeting "
          "round. Fancy a demo?"),
  ("msg", "Hi Alex, just nudging this one. Budget season's coming, might be worth a look before it bites?"))
P("user_invited_pitch_twice", "en", "Kendra Lowe", "Founder | Lowe Fractional Controllers", "Charlotte",
  ("acc",),
  ("msg", "Alex! Thanks for the connect. Our fractional controller service is perfect for UK companies expanding into the US. Let's hop on "
          "a call!"),
  ("msg", "Hey Alex, circling back. We onboarded two UK clients last month and I'd still love to walk you through pricing!"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Niamh Costello", "Head of Technical Accounting | Liffey Bridge Logistics", "Dublin",
  ("acc",),
  ("msg", "Thanks a million for the add, Alex. As promised at the Dublin do, here's the link to our lease accounting toolkit, the whole thing, "
          "no email gate. And the offer stands: if you're ever stuck on the Irish entity, ring me."))
P("user_invited_value", "en", "Trent Nguyen", "Finance Systems Lead | Southern Cross Freight", "Melbourne",
  ("acc",),
  ("msg", "Cheers for the invite, ya galah. Here's the Power BI close dashboard I was banging on about at the pub, all yours. Holler if the DAX "
          "makes you cry."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Eleanor Briggs", "Audit Partner | Calder & Finch", "London", ("acc",))
P("acceptance_only", "en", "Mitch Callahan", "VP Finance | Tallgrass Outdoor Co.", "Denver", ("acc",))
P("lone_endorsement", "en", "Paddy Quinlan", "Assistant Accountant | Brennan & Walsh", "Dublin", ("end",))
P("lone_endorsement", "en", "Shannon Doyle", "Payroll Manager | Southern Cross Freight", "Sydney", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Aoife Gallagher", "aoife.gallagher@example.net", "Reunion 22nd!!",
     "Alex,\n\nsent you a LinkedIn request as well but you never check that thing. Mulligan's, 22nd, 7pm. Jumper optional, not really.\n\nA", "en"),
    ("Thames Valley Finance Forum", "events@tvff.example.org", "IFRS 18 evening: booking now open",
     "Booking is open for our free IFRS 18 evening. Follow the forum on LinkedIn for speaker updates. CPD certificates issued on the night.", "en"),
    ("Ciarán Walsh", "ciaran.walsh@example.net", "the karaoke photo",
     "You're not getting it deleted. I'll put it on LinkedIn if you keep ignoring the group chat.\n\nC", "en"),
    ("Harrowgate Search", "alerts@harrowgatesearch.example", "Saw your LinkedIn profile: Group FC role",
     "Dear Alex,\n\nI came across your profile on LinkedIn and wondered whether you'd consider a Group Financial Controller role in Yorkshire. "
     "Please reply to this email if you'd like details.\n\nKind regards,\nFrances Dale", "en"),
    ("Chad Brennigan", "chad@closepilot.example", "Alex, did my LinkedIn invite get lost?",
     "Alex,\n\ntried you on LinkedIn, no luck, so here I am in your inbox. 2 slots left this quarter. Tuesday or Thursday?\n\nChad", "en"),
    ("People Team", "people@example.net", "Rebrand: update your LinkedIn headline",
     "Hi all,\n\nnow that the rebrand is live, please update your LinkedIn headline and banner with the new templates on the intranet.\n\nThanks,\nPeople Team", "en"),
    ("Eventbrite", "noreply@eventbrite.example", "Your ticket: Leeds Controllers' Breakfast Club",
     "You're going to Leeds Controllers' Breakfast Club. Show this ticket at the door. The organiser will share slides on LinkedIn afterwards.", "en"),
    ("Thursday Five-a-Side", "fiveaside@example.net", "Thursday: who's in?",
     "Lads and lasses, need two more for Thursday. Alex, stop updating your LinkedIn and get your boots on.", "en"),
    ("Mum", "morgan.family@example.net", "Is this you on LinkedIn?",
     "Love, your aunt Sheila says she found you on LinkedIn and there's a photo of you in a suit. Since when do you wear suits? Ring me Sunday. Mum x", "en"),
    ("Rupert Ashcombe", "rupert@ashcombelyle.example", "Following up on my LinkedIn note",
     "Dear Alex,\n\nI dropped you a line on LinkedIn but thought email might be kinder. Coffee in the City some time? Entirely at your convenience.\n\nRupert", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirty-eighth development corpus (dev38). Generated by scripts/make_corpus_dev38.py (seed {SEED}); do not edit by hand.",
          "# Native English with idiom, slang, irony and humour from the UK, Ireland, the US and Australia: banter that only looks rude, "
          "sarcasm after being ignored, understated British pitches, American hard sells, Aussie directness. Same format as tests/corpus/dev."]
ERAS: dict[str, str] = {n: "cur" for n in MODERN}


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert set(ERAS) <= set(names), set(ERAS) - set(names)


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev38", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
