#!/usr/bin/env python3
"""Write mailbot's eighty-eighth, independent development corpus: tests/corpus/dev88/*.eml + expected.toml.

The angle: the user Alex is a partner in a mid-size accountancy firm in Dublin with a Belfast
office (Harcourt Kinsella). Their LinkedIn world: practice-management and compliance software
vendors, outsourcing shops offering cheap offshore or nearshore staff (India, the Philippines,
Poland), recruiting agencies and headhunters with real roles, other accountants referring clients
or asking a technical question, professional bodies and training firms offering CPD (free evenings
next to paid summits and licences), clients with questions, students and trainees, wealth
managers and property sellers after a referral fee, practice acquirers, podcasts and peer circles
that turn into a fee. Writers: Dublin and rural Hiberno-English, Northern Irish English (banter,
irony, understatement, the odd "so it is"), and Polish and Spanish writers writing in English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
other LinkedIn mail subjects, the names, headlines and companies of spoof-only names and PYMK
suggestions, the sales InMail subjects of spoofs and the notes that spoofs carry are swapped in
this process only (make_corpus.py itself is not changed). LinkedIn's own wording is English
throughout (one user, one language setting). People whose notes are timeless may sit in the 2016
layout; everyone else is pinned to the current one. Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev88.py              # writes tests/corpus/dev88
    python scripts/make_corpus_dev88.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260888

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ an Irish accountancy world (this process only)
mc.LANGS[:] = ["en"] * 5          # spoofs and other LinkedIn mail: English wording only
mc.L["en"]["skills"] = ["Audit", "Corporate Tax", "Financial Reporting", "FRS 102", "Business Advisory", "Practice Management", "VAT"]
mc.L["en"]["rheadline"] = "Partner, Audit & Business Advisory at Harcourt Kinsella (Dublin | Belfast)"
mc.JOBS[:] = [("Audit Partner", "Brannock Lyle Chartered Accountants"), ("Tax Director", "Corrib Hale LLP"),
              ("Head of Audit – Belfast", "Strand Molyneaux"), ("Practice Manager", "Ormond Quay Accountants"),
              ("Financial Controller", "Liffey Valley Hotels Group")]
mc.CITY["en"] = ["Dublin", "Belfast", "Cork", "Galway", "Limerick", "Derry"]
mc.NAMES["en"] = (["Cathal", "Eimear", "Ronan", "Sorcha", "Dermot", "Clodagh", "Padraig", "Aisling", "Kyle", "Orlaith",
                   "Gareth", "Róisín", "Shane", "Nuala", "Brian", "Karolina", "Dawid", "Inés", "Joanne", "Cormac"],
                  ["Ní Mhurchú", "Brolly", "Keane", "McCusker", "Fahey", "Magennis", "Scully", "Ferris", "Loughran",
                   "Hynes", "Dwyer", "Jankowski", "Ormsby", "Quigley", "Ó Dálaigh", "Carberry"])
mc.COMPANIES["good"] = ["Brannock Lyle", "Corrib Hale LLP", "Strand Molyneaux", "Liffey Valley Hotels Group", "Lagan Build Ltd",
                        "Ormond Quay Accountants", "TU Dublin"]
mc.COMPANIES["sales"] = ["TallyTrack", "OffshoreOne Accounting", "ReviewRocket", "Sentinel PI Brokers", "ClarityPay Bureau",
                         "Emerald Lead Gen", "DocuVault Ireland", "Kestrel Wealth"]
mc.HEADLINES["good"] = ["Audit Manager at {co}", "Tax Partner | {co}", "Chartered Accountant | {co}", "Practice Manager, {co}",
                        "Lecturer in Accounting, {co}", "FCA | Financial Controller at {co}"]
mc.HEADLINES["sales"] = ["Business Development Manager at {co}", "Helping Irish practices scale | {co}", "Founder @ {co}",
                         "Account Executive, UK & Ireland | {co}", "Growth partner for accountants | {co}", "Sales Lead @ {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Busy season help?", "A thought for Harcourt Kinsella", "Your WIP, sorted", "Alex - 2 minutes?",
                                     "Re: our chat", "Partners only"]
mc.OTHER["en"]["job"] = ("{n} new jobs for \"audit partner\"", "Your job alert for audit partner in {city}", "View job")
mc.OTHER["en"]["news"] = ("Are Irish accountancy firms running out of trainees?", "Top stories for you from LinkedIn News")
mc.OTHER["en"]["group"] = ("Top conversations in Irish Practice Owners & Partners", "Here are the top conversations in your group this week")
mc.OTHER["en"]["newsletter"] = ("The Busy Season Diaries: surviving October with a small tax team", "New edition of a newsletter you subscribed to")
SPOOF_NOTES = [
    "Alex, Revenue has issued a repayment notice for one of your client files. I've shared it through LinkedIn Secure Docs, sign in with your Microsoft 365 account to release it.",
    "Hi Alex, the engagement letter for the haulage group is waiting for your e-signature. Please log in today, the board meets tomorrow.",
    "Alex, quick favour, I'm in a client meeting all day. Can you pay the attached supplier invoice from the office account? I'll explain later.",
    "Dear Alex, your firm has been nominated for Irish Practice of the Year. Confirm the nomination and settle the entry fee at the link before Friday.",
]
mc.BANKS["en"]["sales"] = list(SPOOF_NOTES)
mc.BANKS["en"]["pitch"] = list(SPOOF_NOTES)
mc.PHISH_NOTES["en"] = [
    "Hello Alex, please find the updated audit confirmation attached. Kindly verify your login to view the document.",
    "Dear partner, an unpaid invoice from your practice software needs attention. Review it through the secure link to avoid suspension.",
]

PEOPLE: list[tuple] = []
_add = adder(PEOPLE)
OLD: set[str] = set()   # people whose notes are timeless: they may sit in the 2016 layout


def P(scenario, lang, name, headline, location, *steps, old=False, nl=None):
    """One person's story; `old` lets the person's mail take the 2016 layout."""
    if old:
        OLD.add(name)
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "en", "Sinéad Ó Ceallaigh", "CPD & Events Lead | Leinster Society of Chartered Accountants", "Dublin",
  ("inv", "Hi Alex, we've a free evening on the new audit exemption thresholds, 12 March in the Merrion. Three hours' structured CPD, open to "
          "members and their staff, no charge. Would love a few mid-tier partners in the room to keep the Q&A honest!"),
  ("rem",))
P("good_invitation", "en", "Colm Hegarty", "Sole practitioner | Hegarty & Co Chartered Accountants", "Castlebar",
  ("inv", "Alex, Colm Hegarty here, small practice in Castlebar. I've a client, a family haulage firm, that's after outgrowing me: group "
          "structure, NI subsidiary, audit needed. Your name came up twice. I'd rather hand them to someone decent. Could we talk?"),
  old=True)
P("good_invitation", "en", "Ciara Devlin", "Treasurer, Accounting & Finance Society | Queen's University Belfast", "Belfast",
  ("inv", "Hiya Alex! I'm treasurer of the Accounting Society at Queen's. Our careers night is 6 Nov and the students keep asking for a "
          "mid-tier partner instead of the usual Big 4 stand. Would you or someone from Belfast come talk for 20 mins? Pizza provided, so it is."),
  ("rem",))
P("good_invitation", "en", "Łukasz Zieliński", "Senior Tax Manager | Board member, Polish-Irish Business Association", "Dublin",
  ("inv", "Dear Alex, with PIBA I organise a free seminar for accountants who advise Polish-owned companies here: PAYE for posted "
          "workers, A1 forms, the tax treaty. It is CPD approved. I think your firm has many such clients, so you or your team are welcome."))
P("good_invitation", "en", "Deirdre Kavanagh", "Business Correspondent | Irish Business Post", "Dublin",
  ("inv", "Alex, I'm writing about small firms struggling with the VAT e-invoicing changes and a colleague said you talk sense and don't "
          "speak in press releases. Could I ring you for ten minutes this week? Happy to keep it off the record if you'd prefer."))


# =============================================================== default_invitation
P("default_invitation", "en", "Gerard McAteer", "Director | Ulster Business Solutions", "Newry", ("inv", DEFAULT), ("rem",), old=True)
P("default_invitation", "en", "Paulina Wiśniewska", "Accounts Assistant", "Dublin", ("inv", NONOTE))
P("default_invitation", "en", "Santiago Herrero", "Finance | Operations | Growth", "Madrid", ("inv", DEFAULT), old=True)


# =============================================================== sales_invitation
P("sales_invitation", "en", "Arjun Menon", "Client Partner | Ledgerbridge Offshore Accounting", "Kochi",
  ("inv", "Hi Alex, Irish firms pay €45k+ for a semi-senior. Our ACCA-qualified team in Kochi does the same bookkeeping, VAT returns and "
          "year-end files for €1,400 a month per FTE, fully GDPR compliant. Could I book a slot to show you how a Cork practice saved 38%?"),
  ("rem",))
P("sales_invitation", "en", "Brendan Tully", "Partnerships | PracticeHive – practice management for accountants", "Dublin",
  ("inv", "Alex, honest question: how many spreadsheets is your firm using to track time and WIP? If it's more than none, PracticeHive "
          "will sort you out. Twenty Irish practices moved over this year. Would you be up for a demo some Tuesday morning?"))
P("sales_invitation", "en", "Orla Fitzsimons", "Head of Events | Irish Practice Summit", "Dublin",
  ("inv", "Hi Alex, early-bird tickets for the Irish Practice Summit close Friday: €495 for partners, €395 a head if three or more come "
          "from one firm. Seven hours of CPD and a great lunch. Shall I hold a table for Harcourt Kinsella?"))
P("sales_invitation", "en", "Tomasz Nowak", "Founder | ClientFlow – new clients for accounting firms", "Wrocław",
  ("inv", "Hello Alex, we generate 8-12 qualified leads monthly for accounting firms in Ireland and UK, SMEs who look for new accountant. "
          "Pay per meeting, no retainer. I am sure your partners would like more clients? Can I send you our case study?"))
P("sales_invitation", "en", "Rory Crawford", "Private Wealth Manager | Lagan Wealth Partners", "Belfast",
  ("inv", "Alright Alex, Rory from Lagan Wealth. We've a wee introducer scheme for accountants: you send us clients who've sold a business "
          "or are sitting on cash, we look after them and you get a share of the fee. Fancy a coffee in town to talk it through?"),
  old=True)


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Fergal Lynch", "Founder | Practice Partners Roundtable", "Naas",
  ("inv", "Alex, I run a small peer circle for partners of 20-80 person firms. We meet quarterly in Kildare, share numbers honestly and "
          "moan about recruitment. No sponsors, no vendors in the room. Would you be interested in joining us?"),
  ("msg", "Great to have you connected, Alex. So the Roundtable itself runs alongside our Practice Growth Programme: €6,500 per partner per "
          "year, which includes 1:1 coaching and our pricing toolkit. I've one place left in the spring cohort. Will I send on the agreement?", (3, 12)),
  ("msg", "Alex, just nudging this one back up your inbox. The spring cohort fills by the end of the month and I'd hate you to miss out.", (6, 14)))
P("bait_and_switch_invitation", "en", "Krzysztof Malinowski", "Polish Accountants in Ireland | Community organiser", "Dublin",
  ("inv", "Hello Alex, I created a group for Polish accountants working in Irish practices, we share technical updates and job news. Maybe "
          "some of your staff are members. It would be honour to have a partner join and share a tip sometimes. Regards, Krzysztof"),
  ("msg", "Thank you for accepting Alex! I want to tell you also about my company, NearDesk from Kraków. We provide dedicated bookkeepers and "
          "payroll specialists with Irish experience, from €18 per hour. Can we arrange Teams call next week to discuss your needs?"))
P("bait_and_switch_invitation", "en", "Niamh Corrigan", "Research Lead | IrishPracticeMetrics", "Cork",
  ("inv", "Hi Alex, we've just finished a free fee benchmarking report for Irish practices: charge-out rates by grade, recovery and "
          "lock-up days across 140 firms. Happy to send you a copy, no strings. Handy for your next partners' meeting, I'd say."),
  ("msg", "Here you go Alex, the report link is below. The numbers in it actually come from our Insights dashboard, which plugs into your "
          "practice management system and benchmarks you live against the panel. €290 a month per office. Worth a look on a screen-share?"),
  ("msg", "Hi Alex, any thoughts on the dashboard? I can throw in the Belfast office free for the first quarter if Dublin signs up before "
          "year end.", (8, 20)))
P("bait_and_switch_invitation", "en", "Seamus Breen", "Chartered Accountant | Connecting finance people across the North", "Lisburn",
  ("inv", "Well Alex, fellow chartered here, qualified in Belfast back in the day. Trying to build a decent network of finance people round "
          "the North who actually help each other out rather than just posting. Would be good to link in."),
  ("msg", "Cheers for linking in Alex. Wee bit of background on me: these days I'm with Carrick Pension Solutions, helping directors and "
          "partners with retirement planning. A lot of partners are sitting on far too much cash. Could I take you for a coffee and run "
          "through a few options with you?"),
  old=True)
P("bait_and_switch_invitation", "en", "Lucía Fernández Ortega", "MBA candidate, Smurfit School | ex-auditor", "Dublin",
  ("inv", "Hi Alex, I am writing my MBA thesis about succession in mid-size accounting firms in Ireland. Could you give me 20 minutes of "
          "your experience? I will share the finished thesis with you, maybe useful for your own firm. ¡Muchas gracias!"),
  ("msg", "Thank you so much for your time on the call, Alex, very helpful for chapter 3! I should mention that I also work part-time with "
          "Meridian Practice Partners: we have private-equity backed buyers very interested in firms like yours. If you ever think of a "
          "sale or merger, I can arrange a confidential valuation. Shall we meet for lunch?", (10, 25)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Eoin Kiely", "Host | The Practice Room podcast", "Limerick",
  ("inm", "Guest invite: The Practice Room", "Hi Alex, I host The Practice Room, a podcast for owners and partners of Irish accounting "
          "firms, about 4,000 listens an episode. We'd love you on to talk about running an all-island practice between Dublin and Belfast. "
          "Thirty minutes, recorded remotely, whenever suits you."),
  ("inm", "Re: Guest invite: The Practice Room", "Brilliant, delighted you're up for it! Just so you know how it works: featured guests take "
          "our Partner Spotlight package, €1,750 + VAT, which covers editing, a video cut and promotion to our mailing list. Once that's "
          "squared away I'll send you the booking link.", (2, 8)))
P("bait_and_switch_inmail", "en", "Agnieszka Wójcik", "Researcher | Sustainability reporting in SMEs", "Galway",
  ("inm", "5 questions for practising accountants", "Dear Alex, I am collecting the views of practitioners on how small Irish companies "
          "cope with the ESG questionnaires their banks now send them. Could you answer 5 short questions? All participants receive the "
          "full results, free of charge."),
  ("inm", "Thank you + the results", "Dear Alex, thank you for answering. As you saw, most SMEs are not ready at all. Our platform "
          "GreenLedger automates their ESG data, and we are looking for accounting firms to resell it to clients, with 25% margin for you. "
          "Could we schedule a demo next week?"))
P("bait_and_switch_inmail", "en", "Darragh Fox", "Consultant | Offshore delivery for professional services", "Dublin",
  ("inm", "New audit client?", "Hi Alex, hope you don't mind the InMail. A contact of mine, a Dublin SaaS company of around 60 staff, is "
          "looking for a new auditor and asked who I'd recommend. Are you taking on new audit clients at the moment?"),
  ("inm", "Following up", "Hi Alex, the SaaS crowd stayed with their existing auditor in the end, sorry about that. But while I have you: "
          "we run offshore audit support teams out of Manila, qualified juniors from €16 an hour. They'd take a fair bit off your seniors "
          "in busy season. Could we set up a call?", (6, 18)))
P("bait_and_switch_inmail", "en", "Philippa Stewart", "Director of Learning | Accountancy Skills Academy", "Belfast",
  ("inm", "Free webinar: Pillar Two for mid-tier firms", "Hello Alex, we're running a free one-hour webinar on Pillar Two top-up tax "
          "aimed at partners in mid-tier firms. I'd be glad to save you a place, and it counts towards your CPD hours."),
  ("inm", "Your Pillar Two certificate", "Hi Alex, thanks for registering. Following on from the webinar, our full Pillar Two Practitioner "
          "Certificate runs over six weeks at €1,450 per delegate, and firms booking five or more get 15% off. Could I put a quote together "
          "for your tax team?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Paddy Mulholland", "Bookkeeper | Mulholland Bookkeeping Services", "Armagh",
  ("end",), ("end",),
  ("msg", "Bout ye Alex! Endorsed ye there for {skill} and a couple more, fair play to ye. Any chance you'd return the favour and give us "
          "one for Bookkeeping and Xero? Trying to get the profile looking less bare, so I am. Cheers big lad"),
  old=True)
P("endorse_me_back", "en", "Magdalena Kaczmarek", "Audit Semi-Senior | ACCA finalist", "Dublin",
  ("end",),
  ("msg", "Hello Alex, I endorsed you for {skill}, I hope you don't mind. I am now applying for senior roles and I would be very grateful "
          "if you could endorse me for Audit and IFRS in return, since you saw my work on the Brannock file. Thank you in advance!"))
P("endorse_me_back", "en", "Diego Castaño", "International Tax Advisor", "Valencia",
  ("end",), ("end",),
  ("msg", "Hey Alex, hope all good in Dublin. I endorse you for {skill} and for VAT, you deserve it 😊 Can you please do the same for me, "
          "International Tax and Transfer Pricing? It helps me a lot with the Irish recruiters. ¡Gracias!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Sanjay Pillai", "Business Development | ProLedger Outsourcing", "Chennai",
  ("inv", "Hello Alex, we provide offshore accounting staff to Irish firms at 60% lower cost. Please accept so we can discuss a pilot."),
  ("rem",),
  ("inm", "Your response", "Alex, I have sent you three requests and you cannot even reply with a no. This is exactly why Irish firms keep "
          "losing staff: arrogance. Your competitors in Cork are not so proud. Good luck finding seniors."))
P("hostility_after_decline", "en", "Terry Gorman", "Owner | Gorman Accounts & Tax", "Portadown",
  ("inv", DEFAULT),
  ("inm", "Right so", "Alex. Sent you a request a month ago. Nothing. I see how it is, the Dublin partners are far too grand for a wee firm "
          "in Portadown. Don't worry yourself, I'll not be bothering you again. Enjoy the view from up there.", (26, 40)),
  old=True)
P("hostility_after_decline", "en", "Gráinne Walsh", "Recruitment Consultant | TalentBridge Finance Recruitment", "Dublin",
  ("inv", "Hi Alex, I work with plenty of strong audit seniors looking to move to mid-tier firms. Would love to connect and chat about your "
          "hiring plans for the year."),
  ("inm", "Manners cost nothing", "Hi Alex, I've reached out a few times now. Honestly, a simple 'not at the moment' would be the "
          "professional thing to do. I'd have expected better from a partner. Maybe that explains your firm's Glassdoor reviews."))
P("hostility_after_decline", "en", "Piotr Sadowski", "Accountant (Poland) | ACCA student | looking for my first role in Ireland", "Dublin",
  ("inv", "Dear Alex, I am a qualified accountant from Poland, ACCA in progress, looking for a trainee position in an Irish practice. Could "
          "I ask your advice about how to get a first job here?"),
  ("rem",),
  ("inm", "Disappointed", "Dear Alex, I wrote to you politely and asked only for advice. You did not even open my message. Now I understand "
          "why people say Irish partners only help their own. Very unprofessional behaviour for someone in your position."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Barry Keogh", "Account Director | CloudDocs Ireland – paperless practices", "Dublin",
  ("msg", "Hi Alex, quick one: are you still keeping client records in boxes in the basement? CloudDocs scans and indexes the lot, with a "
          "client portal thrown in. I could do a free survey of your paper storage in Baggot Street next week?"),
  ("msg", "Alex, third time of asking. I'd genuinely have expected a partner to have the basic courtesy to answer a connection. Not "
          "impressed, to be honest. You might want to climb down off the high horse, the rest of the market is moving on without you."))
P("hostility_connection", "en", "Kamila Nowicka", "Owner | PayEasy Payroll Outsourcing", "Dublin",
  ("acc",),
  ("msg", "Hi Alex, thank you for the invite after the conference. As promised, more about our payroll outsourcing: we run Irish and UK "
          "payroll for your clients under your brand, €6 per payslip. Would you like a proposal?"),
  ("msg", "Alex, you invited ME to connect and now you ignore me for six weeks. In Poland we call this very bad manners. I think you only "
          "wanted another number in your network. Please don't waste people's time like this.", (30, 45)))
P("hostility_connection", "en", "Stephen Gault", "Managed IT & Cyber Security | Gault Technology", "Bangor",
  ("msg", "Alex, hope the Belfast office is flying. We look after IT and cyber for a good few NI practices. Would you let us do a free "
          "vulnerability scan? Usually turns up something that needs a quote."),
  ("msg", "Just bumping this one Alex. Monthly support for an office your size would be about £1,100."),
  ("msg", "Ach, catch yourself on Alex. Three messages and not so much as a thumbs up. Youse in the big firms think you're untouchable. "
          "Grand. Your IT's your own problem when the ransomware lands, don't come crying to me."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ailbhe Dunne", "Marketing for Accountants | Tally Digital", "Wicklow",
  ("msg", "Hi Alex, had a look at the Harcourt Kinsella website. Lovely firm, but the site hasn't been touched since about 2017 I'd say. "
          "We build websites and run Google Ads just for accountancy practices. Want me to send over a few mock-ups?"),
  ("msg", "Alex, we've a January special on: a new site plus three months of ads management for €4,900. Would you have a window Thursday?"))
P("connection_only_pitches", "en", "Mateusz Grabowski", "Nearshore Accounting | Warsaw Finance Hub", "Warsaw",
  ("msg", "Hello Alex, we have team of 40 accountants in Warsaw, all with good English and experience on Irish CT1 and FRS 102. We can take "
          "your overflow in busy season, pricing per file. Can I send you price list?"),
  ("msg", "Good morning Alex, I attach our price list per CT1 and per set of accounts. We have also now Polish-speaking payroll for your "
          "Polish clients. When we can talk?"),
  ("msg", "Hi Alex, last time I write about this: we have two free places in our March onboarding. Tell me if you are interested."))
P("connection_only_pitches", "en", "Gavin Purcell", "Professional Indemnity Specialist | Ardmore Insurance Brokers", "Dublin",
  ("msg", "Alex, PI renewals for accountancy firms are going up 12-20% this year. We've a scheme for member firms that's coming in well "
          "under market. Send me your current schedule and I'll have a quote back in 48 hours."),
  ("msg", "Hi Alex, following up on the PI quote. Worth looking at cyber cover while we're at it, most practices are badly under-insured "
          "there. Happy to bundle the two."),
  old=True)


# =============================================================== single_pitch
P("single_pitch", "en", "Richard Mahon", "Partner | Ravenhill Practice Acquisitions", "Dublin",
  ("msg", "Alex, we're acquiring quality mid-tier practices across Ireland for a private equity-backed group. Partners stay on, take a "
          "significant upfront payment and lose the admin. Would you entertain a discreet coffee to hear what Harcourt Kinsella might "
          "fetch?"))
P("single_pitch", "en", "Jennifer Boyle", "Sales Executive | Minutely – AI meeting notes for professional services", "Belfast",
  ("msg", "Hi Alex, hope busy season isn't too mad. Our AI notetaker writes up client meetings and drafts the follow-up letters, accountants "
          "save about 5 hours a week. Fancy a 14-day trial for the Belfast office?"))
P("single_pitch", "en", "Alejandro Ruiz Vidal", "Business Development | Costa Homes for Irish Buyers", "Marbella",
  ("msg", "Hello Alex! Many of your clients are thinking about a property in Spain, no? We have off-plan apartments in Marbella with 6% "
          "guaranteed rental, and we pay introducers 2% commission. Shall we talk by video this week? Un saludo"))
P("single_pitch", "en", "Owen Treacy", "Senior Account Manager | CPD Online Ireland", "Dublin",
  ("msg", "Hi Alex, with the CPD year closing soon, just flagging our firm-wide licence: unlimited on-demand courses for all your qualified "
          "staff, €2,100 a year for up to 30 users. Want me to send the course list and a quote?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Declan Quinn", "Partner | Quinn Mallon Chartered Accountants", "Belfast",
  ("msg", "Alex, bout ye. Thon HMRC guidance on cross-border workers finally landed and it's a mess, so it is. I did a wee two-page summary "
          "for our lot on who's caught by the Irish-employer, NI-resident rules. Sending it over in case it saves your Belfast team an "
          "afternoon. No need to thank me, just buy the first round in March."),
  ("msg", "Also, the Ulster Society is doing a free technical breakfast on it on the 14th, half seven at the Europa. I'll keep you a seat "
          "if you fancy it."))
P("connection_brings_value", "en", "Maeve Cronin", "Finance Director | Cronin Craft Bakeries", "Clonmel",
  ("end",),
  ("msg", "Hi Alex, a quick one before our year-end meeting: the bank wants management accounts to the end of March as well as the audited "
          "accounts. Is that something your team could turn around, or should I get our own bookkeeper onto it? Would rather ask now than "
          "get caught out in May."))
P("connection_brings_value", "en", "Carmen Delgado Ruiz", "CFO | Iberlog Logistics (Irish subsidiary)", "Madrid",
  ("msg", "Hi Alex, thank you again for the help with the Irish subsidiary this year, the group in Madrid is very happy. I want to introduce "
          "you to my friend Jorge Medina, CFO of a Spanish food group that opens an office in Dublin in the autumn and will need an auditor "
          "and payroll. I put you both in copy in an email today, I hope is OK!"))
P("connection_brings_value", "en", "Oisín Brady", "Tax Manager | formerly trainee at Harcourt Kinsella", "Dublin",
  ("msg", "Alex, hope you're keeping well. Heads-up: I'm moving in-house in June, and two of my side clients, both tidy small companies, "
          "want to stay with a proper practice. I told them to talk to you. Would you be OK if I pass on your mobile?"),
  old=True)


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Hilary Cullen", "Partner, Professional Services Practice | Morrow Executive Search", "Dublin",
  ("inm", "Managing Partner – independent Dublin firm (confidential)", "Dear Alex, I've been retained by an independent 120-person firm "
          "in Dublin to find their next Managing Partner, following a planned retirement. They want an audit partner with all-island "
          "experience, which is rare. Package and equity details on a call. Would you be open to a confidential chat next week?"))
P("stranger_inmail_recruiter", "en", "Niall Donaghy", "Senior Consultant, Accountancy & Finance | Bann Valley Recruitment", "Coleraine",
  ("inm", "Head of Audit – Belfast (permanent)", "Hi Alex, I'm recruiting a Head of Audit for a top-20 firm's Belfast office: £110-125k "
          "plus car and bonus, reporting to the NI managing partner. Clients are owner-managed businesses and a few charities. On paper "
          "you're a strong fit. Would you be open to a conversation, even just to hear the detail?"),
  old=True)
P("stranger_inmail_recruiter", "en", "Beata Zając", "Talent Partner | Northwind Group", "Dublin",
  ("inm", "Group Financial Controller – Northwind Group", "Hello Alex, I am talent partner at Northwind Group, a Polish-Irish logistics "
          "company. We look for a Group Financial Controller in Dublin, reporting to the CFO, salary €140-150k plus bonus. Your background "
          "auditing logistics companies is exactly what our CFO wants. Is it possible to have a short call?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Shane Whelan", "Account Executive | VeriKYC – AML for accountants", "Dublin",
  ("inm", "AML checks in 90 seconds", "Hi Alex, with supervisory inspections stepping up, most firms we speak to still do client ID checks "
          "on paper. VeriKYC does electronic ID, PEP and sanctions screening in 90 seconds and keeps the audit trail. Can I show you?"))
P("stranger_inmail_sales", "en", "Rafael Montoya", "Business Development Europe | ScanPilot receipt capture", "Barcelona",
  ("inm", "Receipt capture for your clients", "Hello Alex, our receipts app is used by more than 900 accounting firms in Spain and "
          "Portugal and now we launch in Ireland. Your clients take a photo, we extract the VAT and post to Xero or Sage. For firms in the "
          "launch programme the first year is 50% off. Do you have time for a call?"),
  ("inm", "Launch price ends Friday", "Hi Alex, only a reminder that the launch price finishes on Friday. I can still keep it for Harcourt "
          "Kinsella if you reply today."))
P("stranger_inmail_sales", "en", "Aidan Rooney", "Director | R&D Tax Credit Partners", "Dublin",
  ("inm", "R&D tax credits – working together", "Alex, we specialise in R&D tax credit claims and partner with practices that don't want "
          "to do them in-house. You refer, we do the technical write-up, you get 20% of our fee. Could we get something in the diary?"),
  old=True)


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Bernadette Foley", "Audit Partner | Foley Quality Consulting", "Kilkenny",
  ("inv", "Alex, a handful of audit partners from smaller firms meet online once a month to work through ISQM 1 together and share "
          "templates, saves everyone reinventing the wheel. Free, informal, cameras optional. Would you like to join the next one?"),
  ("msg", "Thanks for coming along on Tuesday Alex! As promised, here's the risk-assessment template we went through, and Ger's monitoring "
          "checklist. Use away."),
  ("msg", "Hi Alex, a heads up: from next month the group moves onto my firm's QM toolkit, €180 per firm per month, which includes the "
          "templates and a quarterly review by me. Can I sign you up? Early members get the first three months at half price.", (20, 40)))
P("good_turns_ugly", "en", "Killian Moran", "Chartered Accountant | Moran & Gillen", "Sligo",
  ("inv", "Hi Alex, we met at the Sligo lunch in the spring. I've a charity audit coming up, my first under the new SORP. Would you mind if I "
          "asked you a couple of questions? Promise I won't make a habit of it."),
  ("msg", "Thanks a million for the call, that cleared up the restricted funds thing. I've attached the disclosure note I ended up with in "
          "case it's any use to your charities team."),
  ("end",),
  ("msg", "Alex, I endorsed you there for {skill}. Would you do me a favour and endorse me for Charity Audit and Financial Reporting? I'm "
          "going for a manager role and the recruiter says the profile matters."))
P("good_turns_ugly", "en", "Yolanda Pérez Santos", "International Desk | Iberian Business Network Ireland", "Dublin",
  ("inv", "¡Hola Alex! I coordinate a network of Spanish companies in Ireland. Two of our members are looking for an Irish accountant who "
          "understands Spanish groups and I thought of you. Can I introduce you?"),
  ("msg", "Here are the contacts: Pedro at Olivar Foods in Ballymount and Elena at TecnoSol in Sandyford, both expecting your call. ¡Suerte!"),
  ("msg", "Hi Alex, I hope the introductions went well! To keep receiving introductions, firms join our Preferred Advisers programme, €3,000 "
          "per year, with your logo in our directory and newsletter. I send you the form?", (15, 35)))
P("good_turns_ugly", "en", "Sarah-Jane McKee", "Final year Accounting student | Ulster University", "Belfast",
  ("inv", "Hi Alex, I'm in final year at Ulster and really enjoyed your talk at the careers fair on audit in owner-managed businesses. "
          "Would it be OK to connect and ask you a couple of questions about training contracts?"),
  ("msg", "Thanks so much for the advice last week Alex, I took it and applied to your Belfast office and two others. Also, our society's "
          "mock interview evening is on 3 December, free of course. If any of your managers would like to be interviewers we'd be delighted."),
  ("msg", "Hi Alex! Long time. I ended up going into tech sales, I'm now with Ledgerly, cloud practice software. We're running a pilot with a "
          "few NI firms and I'd love 20 minutes to demo it to you. Would really help me hit my first quarter 😅", (60, 150)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Maricel Santos", "Business Development | Cebu Accounting Hub", "Cebu",
  ("inm", "Staff for busy season", "Hi Alex! Cebu Accounting Hub provides full-time remote accountants trained on Irish payroll and CT1, "
          "from €1,200 per month. Lots of Irish firms use us for busy season. Can we have a quick call?"),
  ("inv", "Hi Alex, I'd love to stay connected and follow your posts on the Irish accounting profession. All the best!", (90, 200)))
P("reinvite_known_bad", "en", "Ronan Geraghty", "Company Director", "Athlone",
  ("inv", DEFAULT),
  ("inv", "Alex, good to meet you at the Chartered dinner in the Convention Centre on Friday. Let's keep in touch.", (100, 200)),
  old=True)
P("reinvite_known_bad", "en", "Ewelina Sobczak", "Business Development | Softwise Poland – client portals", "Kraków",
  ("inv", "Hello Alex, we are a Polish software house building custom client portals for accounting firms. May I present our portfolio?"),
  ("inv", "Hi Alex, I saw your post about the firm's 30th anniversary, congratulations! It would be nice to be connected."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Liam Tierney", "Founder | ReviewRocket – 5-star reviews for accountants", "Dundalk",
  ("inv", "Alex, we help accountants get 5-star Google reviews on autopilot. Worth a chat?"),
  ("inm", "Not even a no thanks?", "Wow, Alex. Not even a 'no thanks'. Plenty of your competitors were happy to talk. Some people in this "
          "industry really think their time is worth more than everyone else's. Shame."),
  ("inv", "Hi Alex, no hard feelings about before, I was having a bad week. Would be great to connect properly this time.", (120, 220)))
P("reinvite_known_ugly", "en", "Grzegorz Mazur", "Country Manager | PayCloud", "Poznań",
  ("inm", "Question about Irish payroll", "Hi Alex, I am moving to Ireland to set up a small IT company and I have a question about "
          "registering as employer with Revenue. Can you point me in right direction?"),
  ("inm", "Our cooperation", "Thank you for the answer Alex. Actually I work for PayCloud and we look for Irish accounting firms to resell "
          "our payroll software to their clients, with attractive commission. Can we organise a meeting?", (4, 12)),
  ("inv", "Hi Alex, I follow your posts about Revenue changes, very useful. Let's connect!", (90, 180)))
P("reinvite_known_ugly", "en", "Maura Hennessy", "Pricing Coach for Accountants | Value Fees Academy", "Ennis",
  ("inv", "Alex, I coach accountants to raise their fees without losing clients. Would love to connect."),
  ("rem",),
  ("inm", "Stuck in 2009", "Alex, this is exactly the problem with partners in this country. You'd rather ignore someone offering help than "
          "admit your pricing is stuck in 2009. Your staff deserve better leadership. Good luck."),
  ("inv", "Hi Alex! I'm running a free fee-setting workshop for practice partners next month, would love you to connect and come along.", (90, 200)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Emmet Corcoran", "Sales Manager | Finlo Payroll Software", "Galway",
  ("acc",),
  ("msg", "Thanks for connecting after the Limerick conference, Alex. We've just launched a bureau edition of Finlo for practices that run "
          "payroll for clients. Would you be up for a 30-minute demo with your payroll lead?"))
P("user_invited_pitch_once", "en", "Zofia Kamińska", "Founder | TransLex – certified Polish-English translation", "Dublin",
  ("acc",),
  ("msg", "Dear Alex, thank you for the invitation! By the way, we translate financial statements, tax certificates and company documents "
          "Polish-English, certified, in 48 hours. Many practices with Polish clients use us. May I send you our rates?"))
P("user_invited_pitch_once", "en", "Ignacio Bravo", "Partner | Bravo Abogados – Spain for foreign companies", "Madrid",
  ("acc",),
  ("msg", "Hi Alex, great to connect after the Madrid conference. We help Irish companies set up in Spain with fixed-fee packages from "
          "€3,500. If your clients expand there, shall we agree a referral arrangement? Tell me when you have half an hour."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Fiachra Dolan", "Founder | ApproveFlow – e-signing for engagement letters", "Dublin",
  ("acc",),
  ("msg", "Cheers for the invite Alex! Since you mentioned engagement letters were a pain at the practice forum: ApproveFlow sends, chases "
          "and files them automatically, €9 per user a month. Shall I set you up with a trial?"),
  ("msg", "Hey Alex, just checking in on the trial. We've a 20% discount for firms that sign before the end of the quarter, if that helps "
          "get it over the line."))
P("user_invited_pitch_twice", "en", "Wioletta Baran", "Business Development | Baltic Shared Services", "Gdańsk",
  ("acc",),
  ("msg", "Hello Alex, thank you for connecting! Our centre in Gdańsk does accounts payable, bank reconciliations and management accounts "
          "for Irish firms and their clients, 50 people with English and Irish experience. Can I send you an offer?"),
  ("msg", "Dear Alex, I hope you had time to look at my message. We can start with a small pilot, one client, no commitment. Would next "
          "week suit for a call?"))
P("user_invited_pitch_twice", "en", "Glenn Hutchinson", "Commercial Property Agent | Hutchinson Lennon", "Belfast",
  ("acc",),
  ("msg", "Alex, cheers for the add. Heard on the grapevine your Belfast lease is up next year. We've a cracking floor on Linenhall Street, "
          "fitted out, 4,200 sq ft. Want me to get you round for a look?"),
  ("msg", "Alex, the Linenhall floor had two viewings this week. Don't want you missing out, give us a bell when you get a minute."),
  old=True)


# =============================================================== user_invited_value
P("user_invited_value", "en", "Róisín Maguire", "Partner | Maguire Coyle Chartered Accountants", "Derry",
  ("acc",),
  ("msg", "Thanks for the request Alex, great to put a face to the name after the panel. As promised, here's the engagement letter template "
          "we use for cross-border clients, our solicitor went through it last year. Steal whatever's useful."),
  old=True)
P("user_invited_value", "en", "Tadhg Ó Súilleabháin", "Lecturer in Accounting | TU Dublin", "Dublin",
  ("acc",),
  ("msg", "Alex, thanks for connecting. Our final-year students are doing live consultancy projects for SMEs again this spring, free to the "
          "business. If any of your smaller clients would benefit from a project on costing or cash flow, send them my way."))
P("user_invited_value", "en", "Beatriz Llorente", "Tax Advisor | Llorente Asesores", "Valencia",
  ("acc",),
  ("msg", "Hi Alex, thanks for inviting me! As we discussed in Valencia, here's the memo on the new Spanish filing rules for non-resident "
          "owners of property, in English. If your clients with houses in Spain get confused, you can ask me, always happy to help a colleague."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Eamonn Kerr", "Managing Director | Kerr Agri Supplies", "Monaghan", ("acc",), old=True)
P("acceptance_only", "en", "Natalia Jabłońska", "Financial Controller | Dublin Port logistics", "Dublin", ("acc",))
P("lone_endorsement", "en", "Shauna Flood", "Audit Trainee | Harcourt Kinsella alumni", "Dublin", ("end",))
P("lone_endorsement", "en", "Pablo Serrano Gil", "Controller | Iberlog Logistics", "Zaragoza", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Declan Quinn", "declan.quinn@quinnmallon.example", "Cross-border workers note (PDF)",
     "Alex,\n\nSent you the summary on LinkedIn as well, but here it is as a PDF in case your firewall eats the link.\n\nD", "en"),
    ("Aoibheann Reilly", "a.reilly@harcourtkinsella.example", "that outsourcing crowd again",
     "Alex,\n\nThe crowd from Kochi have rung reception twice now after you didn't answer them on LinkedIn. I've told them you're at a client. "
     "Want me to block the number?\n\nAoibheann", "en"),
    ("Harcourt Kinsella Marketing", "marketing@harcourtkinsella.example", "Partner bios – website and LinkedIn refresh",
     "Hi all,\n\nPlease send your updated bios and headshots by Friday. We'll align the website and the firm's LinkedIn page the same week.\n\nThanks,\nMarketing", "en"),
    ("Ulster Society of Chartered Accountants", "events@ulstersociety.example", "Booking confirmed: technical breakfast, cross-border employment",
     "Dear Alex,\n\nYour place is confirmed for the technical breakfast at the Europa Hotel. This session counts as 1.5 hours of CPD.\n\n"
     "Share it on LinkedIn with #UlsterCPD.", "en"),
    ("Colm Hegarty", "colm@hegartyaccountants.example", "Haulage client – intro",
     "Alex,\n\nI sent you a LinkedIn request but in case you don't live on it like the young ones: the haulage client I mentioned is keen to "
     "meet. Could you do a call next week?\n\nColm", "en"),
    ("PracticeHive", "news@practicehive.example", "Webinar: taming WIP before year end",
     "Hi Alex,\n\nJoin our product team for a live walkthrough of the new WIP dashboard. Follow PracticeHive on LinkedIn for more tips.", "en"),
    ("Gearóid Ryan", "g.ryan@harcourtkinsella.example", "Fwd: Invitation to connect on LinkedIn",
     "Alex,\n\nThis fella sent me the same note he sent you. Roundtable my eye, it's a coaching sales funnel.\n\n"
     "---------- Forwarded message ---------\nFrom: Fergal Lynch via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "I run a small peer circle for partners of 20-80 person firms.\n\nG", "en"),
    ("Carmen Delgado", "c.delgado@iberlog.example", "Introducción: Jorge Medina",
     "Hola Alex, hola Jorge,\n\nas I told Alex on LinkedIn, I introduce you to each other. Jorge is opening the Dublin office in September. "
     "I let you arrange a call.\n\nUn abrazo,\nCarmen", "en"),
]


# ------------------------------------------------------------------------- builder
for _p in PEOPLE:   # LinkedIn caps invitation notes at 300 characters
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
ERAS: dict[str, str] = {p[2]: "cur" for p in PEOPLE if p[2] not in OLD}   # the OLD ones take the runner's era coin
HEADER = [f"# mailbot eighty-eighth development corpus (dev88). Generated by scripts/make_corpus_dev88.py (seed {SEED}); do not edit by hand.",
          "# Alex as a partner in a mid-size Dublin accountancy firm with a Belfast office: practice software, offshore staff, recruiters, "
          "referrals, CPD (free and paid), clients and students; Hiberno-English, Northern Irish, Polish and Spanish writers. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev88", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
