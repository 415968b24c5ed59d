#!/usr/bin/env python3
"""Write mailbot's eighty-sixth, independent development corpus: tests/corpus/dev86/*.eml + expected.toml.

The angle: very polite, indirect writers. The user Alex is regional finance director, Asia
Pacific, at Example Industries in Singapore. Most of the people who write are Japanese, Korean,
Chinese (mainland, Hong Kong, Taiwan, Singapore, Malaysia), Indian, Indonesian and Turkish
professionals writing in English, and a few Germans and French people in Singapore writing in
their own language. Sales pitches and hostility alike arrive wrapped in courtesy: "I humbly
request", "kindly", "with due respect", "sorry for the sudden contact", "I am very sad that".
Peers share checklists and free study groups; suppliers, outsourcers, wealth and insurance
sellers pitch; recruiters bring real mandates; students ask for help or scold; a gold-trading
"friend" and a pay-to-speak forum use pretexts. Every scenario of the taxonomy appears.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. LinkedIn's own wording is English throughout (the recipient's
setting); the German and French writers write under it. The endorsement skills, job-alert
titles, names, cities and headlines of spoof-only people and PYMK suggestions, a few digest
subjects, the recipient's headline and the pitches that spoofs carry are swapped for this
world in this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev86.py              # writes tests/corpus/dev86
    python scripts/make_corpus_dev86.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260886

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ Singapore RHQ world (this process only)
mc.LANGS[:] = ["en", "en", "en", "en", "en"]
mc.L["en"]["rheadline"] = "Regional Finance Director, Asia Pacific at Example Industries"
mc.L["de"]["rheadline"] = "Regional Finance Director, Asia Pacific bei Example Industries"
mc.L["fr"]["rheadline"] = "Regional Finance Director, Asia Pacific chez Example Industries"
mc.L["en"]["skills"] = ["Financial Reporting", "Treasury", "Transfer Pricing", "FP&A", "IFRS", "Team Leadership", "SAP S/4HANA"]
mc.L["de"]["skills"] = ["Finanzberichterstattung", "Treasury", "Verrechnungspreise", "IFRS", "Führung"]
mc.L["fr"]["skills"] = ["Reporting financier", "Trésorerie", "Prix de transfert", "IFRS", "Management d'équipe"]

_strip = mc.strip_accents


def _strip_turkish(s: str) -> str:
    """Vanity names and the runner's name check: the dotless i has no decomposition, map it by hand."""
    return _strip(s.replace("ı", "i").replace("İ", "I"))


mc.strip_accents = _strip_turkish

mc.NAMES["en"] = (["Haruto", "Minji", "Xinyi", "Rohan", "Nurul", "Kaan", "Sakura", "Junho", "Meiying", "Vikram", "Ratna", "Selin",
                   "Ryo", "Jisoo", "Hao", "Ananya", "Bayu", "Tolga"],
                  ["Yamada", "Seo", "Guo", "Pillai", "Hasanah", "Yıldız", "Matsuda", "Kwon", "Teo", "Rao", "Susanti", "Erdem",
                   "Shimizu", "Bae", "Ong", "Bhatt", "Saputra", "Koç"])
mc.CITY["en"] = ["Singapore", "Kuala Lumpur", "Jakarta", "Tokyo", "Seoul", "Mumbai", "Istanbul", "Shanghai"]
mc.JOBS[:] = [("Regional Finance Director, APAC", "Norvik Industrial Asia"), ("CFO, South-East Asia", "Halcyon Foods"),
              ("Head of Regional Controlling (Singapore)", "Daewon Batteries Global"), ("Finance Director, Japan & Korea", "Tessaly Asia"),
              ("VP Finance, APAC Shared Services", "Meridian Logistics"), ("Group Treasurer, Asia", "Arcwise Pharma")]
mc.COMPANIES["good"] = ["Nakamura Precision Asia", "Hanbit Chemical", "Sapphire Pharma", "Mitsuwa Electronics", "Krämer Automation",
                        "Singapore Management University", "Anadolu Cam", "Hanmi Foods"]
mc.COMPANIES["sales"] = ["LedgerWorks", "BotLedger", "Harbour Trust", "K-Wellness", "Bosphorus ERP", "Lion Gate Wealth", "ForecastMate"]
mc.HEADLINES["good"] = ["Finance Director, Japan at {co}", "Head of Treasury | {co}", "CFO Asia Pacific, {co}", "Regional Controller, ASEAN at {co}",
                        "Group Reporting Manager at {co}", "Senior Lecturer in Accounting, {co}"]
mc.HEADLINES["sales"] = ["Business Development Manager at {co}", "Sales Director APAC | {co}", "Relationship Manager, {co}",
                         "Founder & CEO | {co}", "Senior Consultant at {co} | Finance Transformation"]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"regional finance director\"", "Your job alert for regional finance director in {city}", "View job"),
    news=("Why are more regional HQs leaving Hong Kong for Singapore?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in ASEAN Finance Leaders Network", "Here are the top conversations in your group this week"),
    newsletter=("RHQ Notes: what Pillar Two really costs a Singapore hub", "New edition of a newsletter you subscribed to"))
SPOOF_PITCH = {
    "en": ["Dear {first}, kindly find the remittance advice for the overdue invoices in the secure folder. Please log in with your corporate email to release.",
           "Good day {first}, I have shared the revised board pack for the Jakarta subsidiary with you. Sign in to view before the meeting.",
           "Dear {first}, please verify your account to receive the USD 4,800 consulting fee for the survey you completed."],
    "de": ["Guten Tag {first}, anbei die Zahlungsavise zu den offenen Rechnungen. Bitte melden Sie sich an, um das Dokument freizugeben.",
           "Hallo {first}, ich habe Ihnen die Unterlagen zum Stammtisch geteilt. Bitte hier mit Ihrem Firmenkonto anmelden."],
    "fr": ["Bonjour {first}, je vous ai partagé l'avis de virement des factures en attente. Connectez-vous pour le consulter.",
           "Bonjour {first}, le compte rendu du club est disponible dans l'espace sécurisé. Merci de confirmer vos identifiants."],
}
SPOOF_PITCH["es"] = SPOOF_PITCH["it"] = SPOOF_PITCH["en"]     # spoof-only names here write English
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.PHISH_NOTES["es"] = mc.PHISH_NOTES["it"] = mc.PHISH_NOTES["en"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Idea for your Singapore RHQ", "15 minutes?", "Document shared with you", "Partnership"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Kenji Watanabe", "CFO, Nakamura Precision Asia Pte Ltd | JCCI Singapore finance committee", "Singapore",
  ("inv", "Dear Alex-san, I apologise for the sudden request. I organise the JCCI finance study group (free, at our office in Tanjong Pagar). "
          "Next session is on Pillar Two top-up tax for Singapore hubs. If convenient for you, we would be honoured by your participation."))
P("good_invitation", "en", "Priyanka Iyer", "Chartered Accountant | Programme Lead, ICAI Singapore Chapter", "Singapore",
  ("inv", "Hello Alex, greetings! Our ICAI chapter has a free evening seminar on IFRS 18 presentation changes on 21 Nov, 3 CPE hours. "
          "Your team is most welcome, and if you could share your RHQ view for 10 min on the panel we would be truly grateful."),
  ("rem",))
P("good_invitation", "en", "Jihoon Park", "Head of Treasury, Hanbit Chemical Asia Pacific", "Singapore",
  ("inv", "Hello Alex, sorry to disturb. We are also RHQ of a Korean group and struggle to set up notional pooling with two banks here. "
          "I heard your talk at the treasury forum. May I ask you 2-3 questions? I will share our bank fee comparison in return."),
  ("rem",),
  ("inm", "Bank fee comparison (as promised)", "Dear Alex, I hope you are well. My request from some weeks ago was maybe buried under many notifications, "
          "no problem at all. I only wanted to keep my promise: here is our comparison of pooling fees and interest margins from 4 banks in Singapore, "
          "names removed. Please use it freely for your own review. If one day you have 15 minutes, I would still be glad to learn from your experience.\n\n"
          "Best regards,\nJihoon", (10, 20)))
P("good_invitation", "en", "Dewi Lestari", "Lecturer in Accounting, Universitas Gadjah Mada | PhD candidate, NUS", "Singapore",
  ("inv", "Selamat siang Mr. Alex. I am doing PhD research at NUS on how MNC finance hubs in Singapore manage tax disputes in Indonesia. "
          "Could you spare 20 minutes for an interview? Every participant receives the final report and anonymised benchmark, free."))
P("good_invitation", "en", "Ayşe Demir", "Group Reporting Manager, Anadolu Cam | relocating to Singapore", "Istanbul",
  ("inv", "Dear Alex, Stefan Huber (ex-Deloitte SG) suggested I contact you. I move to Singapore in March to run APAC controlling for our group "
          "and he said you know IAS 29 hyperinflation reporting well. I'd be grateful for a coffee and can share our IAS 29 playbook."),
  ("rem",))
P("good_invitation", "en", "Stéphane Morel", "CFO Altéa Asia | Animateur, club des DAF francophones de Singapour", "Singapore",
  ("inv", "Bonjour Alex, j'anime les petits-déjeuners du club des DAF francophones de Singapour : gratuits, un jeudi par mois, chez un membre. "
          "Le prochain porte sur la clôture en cinq jours. Vous êtes le bienvenu, même avec un français un peu rouillé !"),
  nl="fr")
P("good_invitation", "en", "Jing Xu", "Senior Manager, China Tax | Volunteer, CPA Australia Shanghai", "Shanghai",
  ("inv", "Dear Alex, good day! CPA Australia Shanghai runs a free webinar (2 CPD hours) on the new PRC Company Law and the 5-year capital "
          "contribution rule for foreign-invested companies. Maybe useful for your China finance team? I can send the link, no cost at all."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Sanjay Gupta", "Business Analyst | SAP FICO | Open to work", "Pune", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Yuki Sasaki", "Sales Representative at Tokyo Office Solutions", "Tokyo", ("inv", NONOTE))
P("default_invitation", "en", "Hendra Gunawan", "Director | PT Gunawan Sejahtera Trading", "Surabaya", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Venkatesh Subramanian", "AVP – Finance & Accounting Outsourcing | Chennai delivery centre", "Chennai",
  ("inv", "Respected Alex Sir, greetings from Chennai! We provide F&A outsourcing (AP, AR, R2R) to MNC regional HQs in Singapore at up to 60% cost saving. "
          "I humbly request 15 minutes of your valuable time for a short presentation. Kindly advise a convenient slot."))
P("sales_invitation", "en", "Lim Siew Ling", "Relationship Manager, Private Wealth | Lion Gate Wealth", "Kuala Lumpur",
  ("inv", "Dear Alex, hope you are keeping well. Expat finance leaders often keep too much idle USD and SGD cash. Our structured deposits "
          "currently give 5.2% p.a. with capital protection. May I buy you coffee to introduce them?"),
  ("rem",))
P("sales_invitation", "en", "Emre Kaya", "Business Development Manager | Bosphorus ERP Consulting – SAP S/4HANA partner", "Istanbul",
  ("inv", "Dear Alex, I wish you a good week. As a certified partner we completed 40+ S/4HANA migrations for international groups in Türkiye. "
          "If you allow me, I would like to present our fixed-price rollout offer for your Turkish entity."))
P("sales_invitation", "en", "Claudia Weber", "Senior Sales Manager APAC | Lohmann Treasury Software GmbH", "Singapore",
  ("inv", "Hallo Alex, als Anbieter von Treasury-Software unterstützen wir Konzerne mit Sitz in Singapur bei In-House-Banking und Cash-Pooling. "
          "Hätten Sie Interesse an einer kurzen Online-Demo in den nächsten Wochen? Ich melde mich gern mit Terminvorschlägen."),
  ("rem",), nl="de")
P("sales_invitation", "en", "Kevin Wang", "Overseas Business Director | Shenzhen Hengda Supply Chain Finance", "Shenzhen",
  ("inv", "Dear Alex, good day from Shenzhen! Sorry for disturbing. Our company provides invoice factoring for buyers with China suppliers, "
          "rate from 0.45% per month. Would you kindly tell me the right person in your company to discuss the cooperation?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Rajesh Kumar Sharma", "Founder, ASEAN CFO Circle | Connecting finance leaders", "Singapore",
  ("inv", "Dear Alex, I am humbly putting together a small circle of finance heads from Singapore RHQs to exchange practices. No agenda, just chai "
          "and honest talk once a quarter. It would be an honour to have you with us."),
  ("msg", "Thank you so much for accepting, Alex ji. A small introduction from my side: I am also heading growth at LedgerWorks, an offshore "
          "accounting team in Noida. Several circle members have already moved AP and bank reconciliations to us and saved around 55%. "
          "Please allow me to share a proposal. May I block 30 minutes on Thursday?", (3, 12)),
  ("msg", "Dear Alex, a humble follow-up on my previous message. For circle members only, we are offering the first month of the pilot free of charge. "
          "Please advise at your convenience.", (8, 20)))
P("bait_and_switch_invitation", "en", "Nina Li", "Finance professional | Hong Kong", "Hong Kong",
  ("inv", "Hello Alex, I am also working in finance field in HK and I see we have common interest in Asian markets. I hope to learn from your "
          "experience and make a friend. Wish you a happy day!"),
  ("msg", "Thank you for accept me 😊 How is the weather in Singapore? Here in HK just finish work. May I ask, do you have some investment habit? "
          "My uncle is senior analyst at a gold trading platform, with his guidance I earn 8-12% every week. I can teach you, totally free.", (2, 6)),
  ("msg", "Alex, today my uncle give one signal on gold contract and I already earn USD 3,600. You only need to open account on the platform and "
          "deposit minimum USD 1,000, I guide you step by step. Don't miss this chance ok?", (2, 8)))
P("bait_and_switch_invitation", "en", "Siti Rahmawati", "Community Lead | Women in Finance Indonesia", "Jakarta",
  ("inv", "Dear Alex, assalamualaikum and good day. We are starting a free mentoring community for young women accountants in Jakarta and are "
          "looking for senior finance leaders willing to share their journey once. Would you be so kind as to connect?"),
  ("msg", "Terima kasih Alex for accepting! Before we schedule the mentoring, let me introduce our sponsor programme: for expatriate executives with "
          "family in Indonesia we offer a sharia-compliant education and life protection plan, premium from USD 350 per month. "
          "I would be very glad to visit your office to explain. When would be convenient?", (4, 15)))
P("bait_and_switch_invitation", "en", "Burak Öztürk", "Founder | CFO Network Türkiye", "Istanbul",
  ("inv", "Dear Alex, we run a non-commercial WhatsApp group of CFOs who manage Turkish entities from abroad, to share news on inflation "
          "accounting and FX rules. I would be happy to add you if you accept."),
  ("msg", "Welcome Alex! A small piece of information: the group is free, but most members also take our IAS 29 advisory package "
          "(EUR 6,500 per entity per year), we prepare all hyperinflation adjustments and the audit file. Shall I send you the engagement letter "
          "for your Turkish subsidiary?", (2, 9)),
  ("msg", "Hello again Alex, I did not receive your reply yet. The price is valid until the end of this month. Please let me know your decision.", (10, 20)))
P("bait_and_switch_invitation", "en", "Takeshi Morimoto", "Senior Researcher | Asia Finance Benchmark Institute", "Tokyo",
  ("inv", "Dear Mr./Ms. Morgan, I am conducting a free benchmark survey on finance function cost in Japanese and Western RHQs in Singapore. "
          "All participants receive the full report. I would be grateful if you could connect with me."),
  ("msg", "Thank you very much for accepting my request. The basic report will be shared in autumn. In the meantime, together with our partner "
          "consulting firm we offer an individual diagnostic of your finance organisation. The fee is SGD 18,000, with 20% discount for survey "
          "participants. May I arrange an online meeting to explain the details?", (5, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Arvind Krishnamurthy", "Director | Singapore Indian Finance Professionals Forum", "Singapore",
  ("inm", "Invitation to speak – SIFPF evening panel", "Dear Alex, with great respect, our forum would be honoured to invite you as a panellist "
          "for our evening on 'Building finance hubs in Singapore'. It is a volunteer-run event for our members. May I count on your presence?"),
  ("inm", "Panel confirmation – speaker package", "Dear Alex, thank you for your kind and positive reply. To confirm the panel seat, speakers are "
          "requested to take our Gold sponsorship (SGD 3,800), which includes the logo on the backdrop and four dinner tables. "
          "Kindly confirm at the earliest so that we can go to print.", (4, 12)))
P("bait_and_switch_inmail", "en", "Eunji Choi", "MBA candidate, KAIST | Co-founder", "Seoul",
  ("inm", "Short question from a Korean MBA student", "Dear Alex, I am sorry to send a message so suddenly. I am an MBA student researching how "
          "regional finance directors use AI for forecasting. Could I ask you three short questions by message? It will take five minutes only."),
  ("inm", "Re: Short question from a Korean MBA student", "Thank you very much for your kind answers, they help a lot! Actually I am also co-founder "
          "of ForecastMate, an AI forecasting tool for APAC subsidiaries. From your answers I think it fits your team very well. Could I show you a "
          "20-minute demo? First Singapore customers get 3 months free.", (3, 10)))
P("bait_and_switch_inmail", "en", "Agus Wijaya", "Chairman | Jakarta Business Networking Forum", "Jakarta",
  ("inm", "Free e-book: surviving an Indonesian tax audit", "Dear Sir, salam from Jakarta. We have prepared a free e-book on how foreign "
          "companies can survive an Indonesian tax audit (SP2DK letters, pemeriksaan, objection). May I send it to you? There is no cost."),
  ("inm", "Follow up – tax audit", "Dear Sir, I hope you received the e-book safely. Our consultant team can handle the tax audit and objection for "
          "your PT with a success fee of 15% of the amount saved. With respect, I suggest a meeting next week in Singapore. Waiting for your good news.", (5, 14)))
P("bait_and_switch_inmail", "en", "Mehmet Yılmaz", "Head of Partnerships | Istanbul Finance Summit", "Istanbul",
  ("inm", "Jury invitation – Finance Team of the Year", "Esteemed Alex, our summit committee would be delighted to welcome you to the jury of the "
          "Finance Team of the Year awards. Jury members receive VIP access to both summit days. It would be a privilege for us."),
  ("inm", "Jury confirmation", "Dear Alex, thank you for your interest. Jury participation requires your company's nomination in at least one "
          "category; the nomination fee is EUR 2,900 and includes the gala dinner. We look forward to receiving your application form this week.", (3, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Ramesh Babu", "Accounts Executive | Tally | GST | Seeking opportunities in Singapore", "Hyderabad",
  ("end",), ("end",),
  ("msg", "Good morning Sir, I have endorsed your skills of {skill} and Leadership. It is my humble request that you please endorse me for GST and Tally ERP "
          "so that my profile becomes stronger for Singapore jobs. Your support means a lot to me.\n\nThanks & Regards,\nRamesh"))
P("endorse_me_back", "en", "Yang Liu", "Senior Accountant | ACCA | Shanghai", "Shanghai",
  ("end",),
  ("msg", "Hi Alex, I just endorsed you on {skill}, you really deserve it! If it's not too much trouble, could you also endorse me for "
          "Financial Analysis and IFRS? I'm moving from ACCA affiliate to member and it will help my profile. Many thanks!"))
P("endorse_me_back", "en", "Putri Anggraini", "Tax Consultant | Brevet A & B", "Jakarta",
  ("end",), ("end",),
  ("msg", "Halo Alex, selamat pagi! Already endorsed you for {skill} and Budgeting 🙏 If you don't mind, may I ask a small favour to endorse me back "
          "on Indonesian Taxation and Transfer Pricing? Thank you so much, semoga sehat selalu."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Harpreet Singh Bedi", "Managing Director | Bedi Capital Advisors", "New Delhi",
  ("inv", "Dear Alex, I advise family offices on Indian pre-IPO opportunities and would value connecting with a seasoned finance leader like yourself."),
  ("rem",),
  ("inm", "With due respect", "Dear Alex,\n\nWith due respect, I must say I am very sad that my humble request has been left unanswered for three weeks. "
          "In our culture we do not ignore a person who extends his hand. I expected more grace from someone holding a director position in a "
          "respected company. Anyway, I wish you well.\n\nHarpreet"))
P("hostility_after_decline", "en", "Yuko Nakamura", "Account Manager, Singapore | Kizuna HR Consulting", "Singapore",
  ("inv", "Dear Alex-sama, I would like to introduce our Japanese-speaking HR and payroll outsourcing service for regional headquarters. May I connect with you?"),
  ("rem",),
  ("inm", "Regarding my connection request", "Dear Alex-sama,\n\nI sent my request two times and also called your office. I understand you are "
          "very busy. But not to reply even one line is, I think, not good business manners. In Japan we say courtesy (reigi) is the foundation of trust. "
          "To be honest, I am quite disappointed.\n\nYuko Nakamura"))
P("hostility_after_decline", "en", "Kavitha Nair", "MBA Finance student | Seeking internship", "Kochi",
  ("inv", "Respected Sir/Madam, I am an MBA finance student from Kochi. I am very inspired by your profile and request you to accept me so I may "
          "ask your guidance on a career in corporate finance."),
  ("inm", "Very disappointed", "Respected Sir/Madam,\n\nI had so much respect for you, but you did not even accept my small request. Maybe for big "
          "people students are nothing. I only wanted guidance, not money. It is very unfortunate that leaders forget where they started.\n\nRegards,\nKavitha"))
P("hostility_after_decline", "en", "Serkan Aydın", "Regional Sales Director | Marmara Logistics", "Istanbul",
  ("inv", DEFAULT),
  ("inm", "A kind reminder about manners", "Dear Alex, I wish you a nice day. I noticed you have ignored my invitation. Allow me to remind you kindly "
          "that in business a simple 'no, thank you' costs nothing. People in high positions should be more respectful to others; this attitude is "
          "really unprofessional.\n\nBest regards,\nSerkan Aydın"))
P("hostility_after_decline", "en", "Jörg Baumann", "Geschäftsführer | Baumann Industrieberatung Asia Pte Ltd", "Singapore",
  ("inv", "Hallo Alex, wir sind beide in Singapur für deutsche Industrieunternehmen tätig. Ich würde mich gern mit Ihnen vernetzen und gelegentlich austauschen."),
  ("rem",),
  ("inm", "Schade", "Guten Tag,\n\noffenbar ist Ihnen ein kurzer Austausch unter Kollegen aus der deutschen Community zu viel. Von jemandem in Ihrer "
          "Position hätte ich etwas mehr Anstand erwartet. Man sieht sich immer zweimal im Leben.\n\nMit freundlichen Grüßen\nJ. Baumann"),
  nl="de")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Deepak Agarwal", "Director | Agarwal Corporate Gifts & Events", "Singapore",
  ("msg", "Dear Alex, hope you and family are doing well. Diwali and year-end are coming; we are offering premium corporate hampers for your staff "
          "and clients, customised with your logo, starting from SGD 68. Kindly share your requirement and quantity."),
  ("msg", "Gentle reminder Alex, orders for year-end close next Friday. Shall I reserve 100 hampers for you?", (5, 12)),
  ("msg", "Dear Alex, I have sent you three messages with all respect and you did not have the basic courtesy to reply even once. I am sorry to say, "
          "but this is very arrogant behaviour. We are also professionals, not beggars. Please remember this.", (6, 15)))
P("hostility_connection", "en", "Meiling Huang", "BD Manager | Formosa Payroll Services", "Taipei",
  ("acc",),
  ("msg", "Dear Alex, thank you for inviting me to connect after the AmCham event! As I mentioned, we handle payroll and labour insurance for MNC "
          "subsidiaries in Taiwan. Could I send you our proposal and price list?"),
  ("msg", "Alex, you invited me, I sent you the proposal and two messages, and now nothing. I feel you were just collecting contacts. Honestly this "
          "is disrespectful to my time. I hope you will treat other people better.", (12, 25)))
P("hostility_connection", "en", "Zeynep Şahin", "Partner | Şahin & Co. Executive Coaching", "Istanbul",
  ("msg", "Dear Alex, I hope this finds you well. I coach expatriate finance leaders who manage multicultural teams; the six-session programme is "
          "USD 4,200. Would you be open to a complimentary chemistry call next week?"),
  ("msg", "Dear Alex, I see you read my message and chose silence. Of course it is your right. But let me say, as a coach: leaders who cannot give "
          "a simple answer usually have the same problem with their own teams. Maybe one day you will understand.\n\nKind regards,\nZeynep", (7, 18)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Budi Santoso", "Marketing Manager | Bali Villa Investment", "Denpasar",
  ("msg", "Selamat pagi Pak/Bu Alex, hope you are healthy. We have exclusive leasehold villas in Canggu with 12% guaranteed rental yield for 10 years. "
          "May I send you the brochure?"),
  ("msg", "Dear Alex, special price for Singapore investors this month only: USD 285k for the 3-bedroom unit. Please check the video in the link."),
  ("msg", "Alex, only 2 units left. I will be in Singapore next week, can we meet for coffee to discuss the payment plan?"))
P("connection_only_pitches", "en", "Alan Wong", "Senior Consultant | Harbour Trust & Company Secretarial", "Hong Kong",
  ("msg", "Hi Alex, trust all is well. We provide company secretarial, nominee director and bank account opening services for Hong Kong entities. "
          "Happy to quote if your group is restructuring in the region."),
  ("msg", "Hi Alex, following up: we now have a bundled Hong Kong + Singapore compliance package at HKD 18,000 a year. Shall I send the details?"))
P("connection_only_pitches", "en", "Sooyeon Kim", "Sales Manager | K-Wellness Corporate Programs", "Seoul",
  ("msg", "Dear Alex, hello! I'm Sooyeon from K-Wellness. We run corporate wellness programmes (K-beauty spa day + health screening) for employees "
          "in Singapore. Could I introduce our package for your team?"),
  ("msg", "Dear Alex, I hope you had a nice weekend. Companies signing up before Chuseok get 25% discount. May I send you the quotation?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Mohammed Irfan Shaikh", "Founder | CloudBooks India – Virtual CFO services", "Mumbai",
  ("msg", "Assalamu alaikum Alex, hope you are doing great. We help Singapore startups and SMEs with virtual CFO and bookkeeping at SGD 900 a month. "
          "If your group or any of your contacts need it, please consider us. Shall we do a quick call this week?"))
P("single_pitch", "en", "Daisuke Ogawa", "Sales Manager, Singapore | Sakura Business Hotels", "Singapore",
  ("msg", "Dear Alex-san, thank you for your continued support. We opened a new business hotel near Raffles Place and offer a special corporate "
          "rate for Example Industries staff from SGD 210 per night. If you are in charge of travel, may I visit you to explain the corporate contract?"))
P("single_pitch", "en", "Elif Çelik", "Account Executive | Anatolia Trade Credit Insurance", "Istanbul",
  ("msg", "Good afternoon Alex. With the volatility of the Turkish lira, many exporters protect their receivables with trade credit insurance. "
          "I would be happy to prepare a non-binding offer covering your Turkish distributors. Could we talk for 15 minutes?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Naoko Ishikawa", "Finance Director, Japan | Mitsuwa Electronics", "Tokyo",
  ("msg", "Alex-san, thank you for your support at the last regional CFO meeting. As promised, I share our checklist for the Japanese qualified "
          "invoice system (English version) in the link below. Please feel free to use it for your Japan team. If anything is unclear, please ask me anytime."),
  ("msg", "One more information: our Tokyo office holds a free study session on the new ASBJ lease standard on the 20th by Zoom, in English. "
          "Your team members are very welcome to join.", (5, 20)))
P("connection_brings_value", "en", "Anil Mehta", "CFO | Sapphire Pharma Asia Pacific", "Singapore",
  ("end",),
  ("msg", "Hi Alex, hope you're well. Our treasury team benchmarked six banks on INR and IDR hedging costs last quarter; I've anonymised it and am "
          "sharing it in case it helps your review. Also, the ICAI chapter dinner is on the 15th, free for members and guests. Shall I add your name?"))
P("connection_brings_value", "en", "Zhang Wei", "Associate Professor of Accounting | Singapore Management University", "Singapore",
  ("msg", "Dear Alex, I hope you had a restful Chinese New Year. We are looking for one practitioner to co-teach two sessions of our MSc in "
          "Accounting on regional shared service centres. There is a small honorarium, and your experience with the Kuala Lumpur centre would be "
          "very valuable for our students. Would you consider it?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Shinichi Hoshino", "Principal, CFO Practice | Tokyo Executive Partners", "Tokyo",
  ("inm", "Confidential: CFO, Asia Pacific holding – TSE Prime group", "Dear Alex Morgan-san,\n\nplease forgive my sudden message. I am retained by "
          "a TSE Prime-listed industrial group to find the CFO of its new Asia Pacific holding company in Singapore. Japanese language is not required; "
          "the board explicitly wants a leader with regional HQ experience. The package is around SGD 550k plus long-term incentives.\n\n"
          "If you are open, I would be grateful for a confidential conversation at your convenience.\n\nHoshino Shinichi"))
P("stranger_inmail_recruiter", "en", "Seoyeon Han", "Talent Acquisition Lead | Daewon Batteries Global", "Seoul",
  ("inm", "Head of Regional Controlling APAC – Daewon Batteries", "Dear Alex, I hope your week is going well. Daewon Batteries is opening its APAC "
          "financial shared service hub in Singapore, and we are hiring a Head of Regional Controlling reporting to our Global CFO in Seoul. "
          "Your background matches what our CFO described. Would a short call this week be possible? I will send the job description beforehand."))
P("stranger_inmail_recruiter", "en", "Aditi Chandrasekaran", "Partner, Financial Services Practice | Korn & Vaidya Executive Search", "Mumbai",
  ("inm", "Group CFO – listed conglomerate, Mumbai (relocation)", "Dear Alex, warm greetings from Mumbai. We are mandated by a BSE-listed diversified "
          "group to identify their next Group CFO. The promoters value international RHQ experience and are offering a full relocation and expatriate "
          "package. I would be grateful for 20 minutes of your time; the conversation is entirely confidential."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chen Jianguo", "Sales Director | Ningbo Orient Packaging Co., Ltd.", "Ningbo",
  ("inm", "Cooperation proposal – export packaging", "Dear Sir/Madam, Good day! This is Chen from Ningbo Orient Packaging, 20 years factory experience "
          "in corrugated cartons and export packaging for many famous brands. Could you kindly forward our catalogue to your purchasing department? "
          "Price is very competitive. Waiting for your kind reply."),
  ("inm", "Re: Cooperation proposal – export packaging", "Dear Sir, excuse me for writing again. Did you receive our catalogue? We can send free samples "
          "by DHL. Thank you!"))
P("stranger_inmail_sales", "en", "Hyunwoo Jung", "Business Development | FinAI Korea", "Seoul",
  ("inm", "AI reconciliation for APAC shared services", "Dear Alex, this is Hyunwoo Jung from FinAI in Seoul. FinAI automates bank reconciliation in nine "
          "Asian languages and matches 95% of items without manual work. Our team visits Singapore on 14-16 May. May we request 30 minutes to present?"))
P("stranger_inmail_sales", "en", "Rizky Pratama", "Sales Executive | PT Mitra Fleet Rental", "Jakarta",
  ("inm", "Car rental with driver – Jakarta", "Dear Bapak/Ibu Alex, good afternoon. We provide cars with driver for expatriate executives visiting "
          "Jakarta, monthly rate from IDR 18 million all-in. If your company needs, please let me know and I will send the quotation. Terima kasih banyak."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Sunita Reddy", "Treasury Manager | Host, APAC Treasury Learning Circle", "Bengaluru",
  ("inv", "Dear Alex, I host a free monthly Zoom for treasury people in APAC. Next one is on IFRS 9 hedge accounting with a Big 4 speaker. "
          "Would you like an invite? No cost, just learning together."),
  ("msg", "Thanks for connecting, Alex! Here are the recording and slides from our last session on hedge documentation. Hope your team finds them useful."),
  ("msg", "Hi Alex, a small update: I have started my own treasury advisory firm. For community members I offer hedge documentation review at "
          "SGD 450 per hedge relationship. May I send a proposal for your Singapore and Indian entities?", (20, 45)))
P("good_turns_ugly", "en", "Emi Kobayashi", "IR & Finance | Kobayashi Seiki", "Tokyo",
  ("inv", "Alex-san, we met at the JCCI seminar on Pillar Two. As promised, I would like to share our internal Q&A memo. Please accept my request."),
  ("msg", "Here is the memo in English. Please use it freely. Thank you again for your kind questions at the seminar."),
  ("end",),
  ("msg", "Alex-san, I have endorsed your {skill}. I am sorry to ask, but could you please endorse my IR and Financial Reporting skills? I am preparing "
          "for a career change and your endorsement would be a big help. Thank you very much in advance."))
P("good_turns_ugly", "en", "Tan Boon Huat", "Past President, Singapore Shared Services Association", "Singapore",
  ("inv", "Hi Alex, we're doing a free roundtable for SSC heads at NUS Business School, Chatham House rules, 15 seats only. Thought of you given "
          "your KL centre. Keen?"),
  ("msg", "Great to have you at the roundtable, Alex. Attached are the summary notes and the headcount benchmark we promised everyone.", (14, 30)),
  ("msg", "Alex, wanted to share: I'm now also Asia director for BotLedger, an RPA vendor. From what you said at the roundtable about your KL AP team, "
          "I think we could take out 30% of the headcount. Can I bring the team over for a demo next week?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Rohit Malhotra", "Senior Manager | Coventry Wealth Singapore", "Singapore",
  ("inm", "Tax-efficient portfolio for expatriates", "Dear Alex, Namaste! Many expatriate finance heads in Singapore overpay on fees and tax with "
          "their home-country portfolios. I would like to offer you a complimentary portfolio review with our wealth desk, 30 minutes at your office."),
  ("inv", "Dear Alex, I read your post about mentoring young accountants, truly inspiring. I would be honoured to be part of your network."))
P("reinvite_known_bad", "en", "Minjae Lee", "Manager | Seoul Global Trading", "Seoul",
  ("inv", DEFAULT),
  ("inv", "Dear Alex, hello. I am interested in your experience of finance in Singapore and hope we can be connected. Thank you."))
P("reinvite_known_bad", "en", "Yohanes Kurniawan", "Sales Manager | PT Solusi Akuntansi Digital", "Jakarta",
  ("inv", "Dear Mr. Alex, we offer local accounting software for Indonesian subsidiaries with e-Faktur and e-Bupot integration. "
          "Could I humbly ask for a demo appointment?"),
  ("inv", "Dear Alex, congratulations on your work anniversary! I hope we can stay connected and share knowledge about finance in Indonesia."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Gaurav Bhatia", "Founder | ProfitPulse Consulting", "Gurugram",
  ("inv", "Dear Alex, we help MNC subsidiaries in India plug GST input credit leakage, typically 2-3% of spend recovered. Would love to connect."),
  ("inm", "Surprised", "Dear Alex, I am honestly surprised. You viewed my profile but did not accept my request. Pardon my frankness, but this kind of double "
          "standard is not expected from senior leaders. Anyway, God bless."),
  ("inv", "Dear Alex, let bygones be bygones. New year, new beginnings! Please accept my request, I would be happy to stay in touch."))
P("reinvite_known_ugly", "en", "Jiahui Zhou", "Investment Director | Lotus Bridge Capital", "Shanghai",
  ("inm", "Research interview – treasury centres in Singapore", "Dear Alex, I am writing a research paper on treasury centres in Singapore for our "
          "Fudan alumni finance association. Could I have a 15-minute interview with you? I will share the paper when it is published."),
  ("inm", "Thank you & an opportunity", "Dear Alex, thank you for your valuable insights. By the way, our fund offers qualified investors a private "
          "credit note at 11% p.a., minimum USD 100k. Given your background I think you would appreciate the structure. May I send you the deck?"),
  ("inv", "Dear Alex, hope all is well. Let's connect here for easier communication."))
P("reinvite_known_ugly", "en", "Okan Arslan", "Managing Partner | Arslan Factoring Consultancy", "Ankara",
  ("inv", "Dear Alex, I would kindly like to introduce our factoring and receivables finance service for companies selling in Türkiye."),
  ("inm", "Openly", "Dear Alex, I write with all my respect. I did not expect a finance director to ignore a colleague like this. Honestly, it shows "
          "disrespect to Turkish business people. I wanted to say it openly."),
  ("inv", "Dear Alex, happy new year! I hope we can start fresh. Please accept my invitation."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Prakash Menon", "Director – Sales, APAC | Zeta Expense Cloud", "Singapore",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite, good to meet you at the SAP user group. By the way, our expense platform handles multi-entity GST/VAT "
          "recovery out of the box. Happy to set up a demo for your AP lead; pricing starts at USD 8 per user."))
P("user_invited_pitch_once", "en", "Ayaka Fujii", "Account Executive | Hinode Translation & Interpreting", "Tokyo",
  ("acc",),
  ("msg", "Dear Alex-san, thank you very much for connecting with me. If your company needs Japanese-English translation of financial statements or an "
          "interpreter for board meetings, please consider us. Our rate is JPY 18 per character. I look forward to your reply."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Farhan Hidayat", "Business Development | PT Garuda Payroll Outsourcing", "Jakarta",
  ("acc",),
  ("msg", "Dear Alex, thank you for your invitation, nice to meet you at the AmCham Jakarta breakfast. We provide payroll and BPJS outsourcing for "
          "foreign-owned PTs. May we send you our proposal?"),
  ("msg", "Dear Alex, following my last message: we have a special price of IDR 95k per employee per month for a 12-month contract. "
          "Let me know when we may come to present."))
P("user_invited_pitch_twice", "en", "Cem Doğan", "Sales Director | İstanbul Business Travel & MICE", "Istanbul",
  ("acc",),
  ("msg", "Dear Alex, many thanks for the connection. We are the travel management partner of several multinationals in Istanbul. May I offer our "
          "MICE services for your next regional finance meeting?"),
  ("msg", "Dear Alex, I hope all is fine on your side. A kind reminder about our proposal: a Cappadocia incentive package for 40 people at EUR 1,150 per person. "
          "I am waiting for your feedback."))
P("user_invited_pitch_twice", "en", "Camille Nguyen", "Directrice commerciale Asie | Finalys – logiciel de consolidation", "Singapore",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Ravie d'avoir échangé au dîner de la CCI. Comme promis, voici notre plaquette : Finalys consolide "
          "40 entités en trois jours. Une démo avec votre équipe reporting, ça vous dirait ?"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous : nous avons une offre de lancement pour les sièges régionaux à Singapour, -30 % "
          "la première année. Auriez-vous un créneau la semaine prochaine ?"),
  nl="fr")


# =============================================================== user_invited_value
P("user_invited_value", "en", "Donghyun Yoon", "Finance Director | Hanmi Foods Singapore", "Singapore",
  ("acc",),
  ("msg", "Dear Alex, thank you for inviting me, it was good to talk at the KBA dinner. As I mentioned, here is our template for the K-IFRS to "
          "SFRS(I) reconciliation; our auditors accepted it last year. Please use it if helpful. Our chamber's finance committee also meets next month "
          "(free), and I would be glad to introduce you."))
P("user_invited_value", "en", "Indra Setiawan", "Head of Tax | PT Kalimantan Agro Lestari", "Jakarta",
  ("acc",),
  ("msg", "Halo Alex, good to be connected! About the question you raised at the IFA session on the new transfer pricing documentation rules: I put "
          "together a two-page note in English on what our consultant told us. Sharing it here, feel free to forward it to your Jakarta team."))
P("user_invited_value", "en", "Sabine Vogel-Tan", "Leiterin Finanzen APAC | Krämer Automation Pte Ltd", "Singapore",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie beim Stammtisch besprochen, hier unser Leitfaden zur GST-Rechnungsstellung in Singapur, auf Englisch, "
          "damit Ihr Team ihn direkt nutzen kann. Der nächste Stammtisch der deutschen Finanzleute ist am 3. Juli, kostenlos – Sie sind herzlich eingeladen."),
  nl="de")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Mariko Endo", "Deputy General Manager, Finance | Sumida Trading Singapore", "Singapore", ("acc",))
P("acceptance_only", "en", "Ozan Kılıç", "Financial Controller | Ege Tekstil", "Izmir", ("acc",))
P("lone_endorsement", "en", "Wahyu Nugroho", "Finance Supervisor | PT Nusantara Logistik", "Jakarta", ("end",))
P("lone_endorsement", "en", "Meenakshi Sundaram", "Senior Analyst, FP&A | Chennai", "Chennai", ("end",))


# ------------------------------------------------------------------------- layout eras
# Notes that name things of the 2020s (Pillar Two, IFRS 18, AI tools, IAS 29 for Türkiye, GST in India, a gold-trading "mentor")
# keep the current layout; everyone else gets the runner's coin.
CURRENT = ["Kenji Watanabe", "Priyanka Iyer", "Jihoon Park", "Ayşe Demir", "Jing Xu", "Nina Li", "Burak Öztürk", "Eunji Choi", "Ramesh Babu",
           "Naoko Ishikawa", "Hyunwoo Jung", "Sunita Reddy", "Emi Kobayashi", "Gaurav Bhatia", "Donghyun Yoon", "Indra Setiawan"]
ERAS = {name: "cur" for name in CURRENT}

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Jihoon Park", "jihoon.park@hanbit-chem.example.sg", "Pooling fee comparison",
     "Dear Alex,\n\nI also sent you a LinkedIn request, but in case you do not use LinkedIn often, here is the bank fee comparison by email.\n\n"
     "Best regards,\nJihoon Park", "en"),
    ("Example Industries IT Security", "itsecurity@example-industries.example", "Warning: fake 'investment mentors' on LinkedIn and WhatsApp",
     "Dear colleagues,\n\nseveral finance staff received friendly LinkedIn messages that move to WhatsApp and end with a gold or crypto trading "
     "platform. Do not deposit money and do not log in through links in such messages. Report them to security.", "en"),
    ("JCCI Singapore", "seminar@jcci-sg.example", "Finance study group: Pillar Two – registration confirmed",
     "Dear Mr./Ms. Morgan,\n\nthank you for registering. Watanabe-san also shared the invitation on LinkedIn; please bring your business card "
     "for the reception desk.\n\nJCCI Secretariat", "en"),
    ("ICAI Singapore Chapter", "events@icai-sg.example", "IFRS 18 evening seminar – your CPE certificate",
     "Dear Member,\n\nthank you for attending. Your certificate for 3 CPE hours is attached. Follow our LinkedIn page for the next seminars.", "en"),
    ("Marcus Lee", "marcus.lee@example-industries.example", "Fwd: I want to connect",
     "Alex, is this one of those scams IT warned us about? She sent me the same thing on LinkedIn.\n\n---------- Forwarded message ---------\n"
     "From: Nina Li via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHello, I am also working in finance field in HK...", "en"),
    ("HR Asia Pacific", "hr-apac@example-industries.example", "Please update your LinkedIn title after the reorganisation",
     "Dear all,\n\nwith the new regional structure effective 1 July, please update your job titles on LinkedIn and in Workday.\n\nThank you,\nHR APAC", "en"),
    ("Zhang Wei", "weizhang@smu.example.edu.sg", "MSc Accounting – co-teaching outline",
     "Dear Alex,\n\nfollowing my LinkedIn message, please find the session outline attached. No preparation is needed beyond your own slides.\n\n"
     "Best regards,\nZhang Wei", "en"),
    ("Shinichi Hoshino", "hoshino@tokyo-exec.example.jp", "Confidential – follow-up to my LinkedIn message",
     "Dear Alex-san,\n\nI apologise for writing again. In case LinkedIn messages are not convenient, you can reach me at this address.\n\nHoshino", "en"),
    ("SGC Singapur", "events@sgc-singapur.example.sg", "Finanz-Stammtisch am 3. Juli",
     "Liebe Mitglieder,\n\nder nächste Finanz-Stammtisch findet am 3. Juli statt. Fotos vom letzten Treffen finden Sie auf unserer LinkedIn-Seite.", "de"),
    ("Club des DAF", "club@daf-singapour.example", "Petit-déjeuner du jeudi : clôture en cinq jours",
     "Bonjour à tous,\n\nrendez-vous jeudi à 7 h 45. Stéphane a aussi relayé l'invitation sur LinkedIn ; merci de confirmer votre présence ici.", "fr"),
    ("DBS Alerts", "alerts@bank-notices.example", "Beware of investment scams on social media",
     "Scammers pose as professionals on LinkedIn, then move you to WhatsApp with investment tips. We will never ask you to transfer funds to "
     "a trading platform.", "en"),
    ("Eventbrite", "noreply@eventbrite.example", "Your ticket: LinkedIn Local Singapore – Finance edition",
     "Hi Alex, you're going to LinkedIn Local Singapore on Thursday, 7 pm at the Lau Pa Sat. Show this ticket at the door.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighty-sixth development corpus (dev86). Generated by scripts/make_corpus_dev86.py (seed {SEED}); do not edit by hand.",
          "# Alex as regional finance director, Asia Pacific, in Singapore: very polite, indirect writers (Japanese, Korean, Chinese, Indian, "
          "Indonesian, Turkish; a few German and French) whose pitches and hostility come wrapped in courtesy. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev86", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
