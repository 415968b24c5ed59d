#!/usr/bin/env python3
"""Write mailbot's hundred-and-twenty-sixth, independent development corpus: tests/corpus/dev126/*.eml + expected.toml.

The angle: the user Alex is CTO and co-founder of Kontoro, a Berlin fintech that runs payments
and cash-flow tooling for small businesses under an e-money licence. Their LinkedIn world:
offshore dev shops in India and nearshore teams in Ukraine, Poland and Brazil, cloud resellers
and observability vendors, compliance and pentest sellers (DORA, SOC 2, PCI), tech recruiters
with real roles and agencies selling headcount, angel investors, VC associates and fundraising
"advisors", meetup, podcast and hackathon organisers, developers asking for a job or passing on
a referral, open-source maintainers (a bug fix shared, a managed edition sold), crypto token
rounds and a pig-butchering approach. Most notes are English written by Germans, Indians,
Ukrainians and Brazilians; the German ones are casual startup du-German, with a few formal Sie.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert,
news, group and newsletter titles, the names and headlines of spoof-only people and PYMK
suggestions, the spoof methods and the pitches that spoofs carry are swapped for this world in
this process only (make_corpus.py itself is not changed). Alex reads LinkedIn mostly in English,
sometimes in German. Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev126.py              # writes tests/corpus/dev126
    python scripts/make_corpus_dev126.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261226

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a Berlin fintech CTO's world (this process only)
SKILLS = {
    "en": ["Software Architecture", "Payments", "Engineering Leadership", "Kotlin", "Distributed Systems", "Fintech"],
    "de": ["Softwarearchitektur", "Zahlungsverkehr", "Technische Führung", "Kotlin", "Verteilte Systeme"],
    "fr": ["Architecture logicielle", "Paiements", "Leadership technique", "Kotlin"],
    "es": ["Arquitectura de software", "Pagos", "Liderazgo técnico", "Kotlin"],
    "it": ["Architettura software", "Pagamenti", "Leadership tecnica", "Kotlin"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "CTO & Co-founder at Kontoro | Payments infrastructure for SMEs | Berlin",
    "de": "CTO & Mitgründer bei Kontoro | Zahlungsinfrastruktur für KMU | Berlin",
    "fr": "CTO et cofondateur chez Kontoro | Infrastructure de paiement | Berlin",
    "es": "CTO y cofundador en Kontoro | Infraestructura de pagos | Berlín",
    "it": "CTO e cofondatore presso Kontoro | Infrastruttura di pagamento | Berlino",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["en", "de", "en", "en", "de"]   # spoofs and other LinkedIn mail: English or German wording
mc.CITY.update({"en": ["Berlin", "London", "Lisbon", "Warsaw", "Amsterdam", "Kyiv"],
                "de": ["Berlin", "Hamburg", "München", "Frankfurt am Main", "Leipzig", "Köln"]})
mc.NAMES.update({
    "en": (["Sanjay", "Kateryna", "Bogdan", "Fernanda", "Rodrigo", "Meera", "Ivan", "Aline", "Tejas", "Halyna"],
           ["Nair", "Moroz", "Souza", "Gupta", "Kuzmenko", "Azevedo", "Bhatt", "Savchenko", "Teixeira", "Rao-Menon"]),
    "de": (["Sven", "Anke", "Kai", "Lea", "Jens", "Hanna", "Ole", "Mareike"],
           ["Rademacher", "Ebert", "Quast", "Winkler", "Kuhn", "Albers", "Stoltenberg", "Frerichs"]),
})
mc.JOBS[:] = [("VP Engineering", "Finch Payments"), ("CTO (m/w/d)", "Geldhafen GmbH"), ("Head of Platform Engineering", "Lumo Bank"),
              ("Engineering Director, Payments", "Paynode"), ("Interim CTO – Fintech", "Brandt Interim Partners")]
mc.COMPANIES["good"] = ["Kontoro", "Geldhafen", "Paynode", "Lumo Bank", "Finch Payments", "Aurora Ventures", "Farnbank", "TU Berlin"]
mc.COMPANIES["sales"] = ["Veritas Softlabs", "Tracewell", "Spanlight", "CodeNest Technologies", "Maré Tech", "ScreenSure", "TalentBridge RPO", "Flagwerk"]
mc.HEADLINES["good"] = ["Staff Engineer at {co}", "Engineering Manager, Payments | {co}", "CTO at {co}", "Site Reliability Engineer at {co}",
                        "Head of Information Security | {co}", "Principal at {co}", "Backend Engineer (Kotlin) at {co}"]
mc.HEADLINES["sales"] = ["Business Development Manager – Europe | {co}", "Account Executive DACH at {co}", "Founder & CEO at {co}",
                         "Helping fintechs scale engineering | {co}", "Partner | {co}", "Client Partner at {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Term sheet – confidential", "Payout suspension notice", "Fractional CTO role", "Your cloud invoice"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Term Sheet – vertraulich", "Rechnung überfällig", "Zusammenarbeit"]
retitle_other({
    "en": dict(job=("{n} new jobs for \"VP Engineering\"", "Your job alert for VP Engineering in {city}"),
               news="Why are Europe's neobanks suddenly turning a profit?", group="Top conversations in Berlin Fintech Engineers",
               newsletter="Ledger Lines: what we learned from a failed PSP migration"),
    "de": dict(job=("{n} neue Jobs für „CTO Fintech“", "Ihr Jobalarm für CTO Fintech in {city}"),
               news="Wie hart trifft DORA die kleinen Fintechs?", group="Top-Unterhaltungen in Fintech Tech Leads DACH",
               newsletter="Der Payment-Brief: Echtzeitüberweisung wird Pflicht"),
})
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--linkedn-dza.com", "untrusted:mx.google.com",
                       "nodkim", "lookalike:linkedin.com.evil.example", "buried", "wrongpass", "noauth"]
SPOOF_PITCH = {
    "en": ["Hi {first}, our compliance desk flagged a rejected SEPA batch from your business account. Open the shared report through LinkedIn Secure View today to avoid a payout freeze.",
           "Hello {first}, we're hiring a fractional CTO for a crypto exchange, 12k EUR a month, fully remote. Download the brief and the take-home task from the link and run it locally to continue."],
    "de": ["Hallo {first}, die Rechnung für euer Cloud-Abo ist überfällig. Bitte bestätige die Zahlung über den sicheren LinkedIn-Link, sonst wird der Zugang heute gesperrt.",
           "Hallo {first}, ich habe dir die Unterlagen zum Term Sheet über LinkedIn freigegeben. Melde dich an, um sie zu öffnen – der Link gilt nur 24 Stunden."],
    "fr": ["Bonjour {first}, je vous ai partagé le term sheet via LinkedIn. Connectez-vous pour le consulter avant ce soir."],
    "es": ["Hola {first}, te he compartido el term sheet por LinkedIn. Inicia sesión para verlo antes de esta noche."],
    "it": ["Ciao {first}, ti ho condiviso il term sheet su LinkedIn. Accedi per vederlo entro stasera."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Lukas Brandner", "Backend Engineer bei Geldhafen | Orga FinTech Engineering Meetup Berlin", "Berlin",
  ("inv", "Hey Alex, ich organisiere das FinTech Engineering Meetup (jeden 2. Donnerstag, Eintritt frei, Pizza & Mate inklusive). Im März geht's um "
          "Ledger-Design und Idempotenz – magst du 20 Min erzählen, wie ihr das bei Kontoro macht? Folien optional."),
  ("rem",))
P("good_invitation", "en", "Ananya Krishnan", "Senior Software Engineer – Payments | Kotlin, Kafka | Open to relocation", "Bengaluru",
  ("inv", "Hello Alex, I came across the Senior Backend Engineer (Kotlin) opening at Kontoro. I am having 6 years in payments, last 3 building "
          "reconciliation at a UPI processor (2M txns/day). Relocation to Berlin is no issue. Could I share my CV with you directly? Regards, Ananya"))
P("good_invitation", "en", "Olena Hrytsenko", "Maintainer of camt-parser | Backend Engineer", "Kyiv",
  ("inv", "Hi Alex! I maintain camt-parser, the ISO 20022 lib your team uses (saw it in your job ad 🙂). Kai from your team opened PR with fix for camt.053, "
          "it is good but breaks on Sparkasse files. Can somebody from your side look together with me so we merge it properly?"))
P("good_invitation", "en", "Rafael Nogueira", "Software Engineer | Co-organizer Hack the Ledger Berlin", "Berlin",
  ("inv", "Oi Alex! I co-organize Hack the Ledger, a free open-banking hackathon 14-15 June at Betahaus, ~120 devs. We are looking for 4 mentors/jury "
          "from fintech engineering. Only your time, food is on us 😄 Would you join? I can send the details."),
  ("rem",))
P("good_invitation", "de", "Katrin Seidel", "CTO | Payments & Regulatory Tech | Dr. rer. nat.", "Frankfurt am Main",
  ("inv", "Hallo Alex, wir sind fünf CTOs BaFin-regulierter Fintechs und tauschen uns vierteljährlich zu DORA aus: Informationsregister, Exit-Pläne "
          "für Cloud-Anbieter, TLPT. Keine Berater, keine Anbieter, Chatham House. Nächstes Treffen 18.9. in Frankfurt oder remote. Interesse?"))
P("good_invitation", "en", "Vikram Malhotra", "Angel investor | ex-CTO, neobank | Fintech infrastructure", "Berlin",
  ("inv", "Alex, caught your Fintech Week talk – the bit on idempotency keys across PSPs was spot on. Ex-neobank CTO, now angel. I run free office "
          "hours for technical founders every other Friday, come by if useful. Also happy to intro you to the Solaris API folks."))


# =============================================================== default_invitation
P("default_invitation", "de", "Tobias Kellermann", "Senior Account Executive | Cloud-Kostenoptimierung", "Berlin", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Suresh Venkataraman", "Founder & CEO at CodeNest Technologies | Offshore Software Development | ISO 27001", "Chennai",
  ("inv", NONOTE))
P("default_invitation", "en", "Mariana Alves", "Tech Recruiter | Nearshore talent Brazil → Europe", "São Paulo", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Rahul Deshmukh", "Business Development Manager – Europe | Veritas Softlabs | CMMI L3", "Pune",
  ("inv", "Dear Alex, Greetings from Pune! Veritas Softlabs is CMMI Level 3 company with 350+ engineers in Java, React and Flutter, 40+ fintech "
          "projects delivered for EU clients. Kindly let me know a convenient time for quick call to understand your requirements. Rahul"),
  ("rem",))
P("sales_invitation", "de", "Dmytro Kovalenko", "Head of Sales DACH | Lvivcode – nearshore engineering", "Lviv",
  ("inv", "Good day, Alex! We are team of 60 engineers from Lviv, working with German fintechs since 2014 – payments, KYC, core banking. Rates from "
          "38 EUR/h, English B2+, only 1h time difference. May I send you our case studies? Would be glad for short call."), nl="en")
P("sales_invitation", "de", "Jannik Wolff", "Account Executive DACH @ Tracewell | Observability", "Berlin",
  ("inv", "Hi Alex, ich betreue bei Tracewell die Fintechs in DACH. Viele Teams zahlen für Logs inzwischen mehr als für Compute – das drücken wir "
          "meist um 40–60 %, ohne dass ihr neu instrumentieren müsst. Hast du nächste Woche 20 Minuten?"))
P("sales_invitation", "en", "Carlos Eduardo Ferreira", "Partner @ Maré Tech | Nearshore squads from Recife 🇧🇷 | Staff augmentation", "Recife",
  ("inv", "Hello Alex! How are you? I'm partner at Maré Tech, we have senior devs in Recife with good overlap with Berlin (only 4-5h difference) and very "
          "competitive prices. We do staff augmentation and full squads. Let's talk?? 😊 Abraço!"))
P("sales_invitation", "en", "Leon Bauer", "Web3 Investor | Early-stage token rounds | RWA & DeFi", "Dubai",
  ("inv", "Hi Alex, reaching out to only a few fintech founders: the private round of our RWA token $KNTX closes Friday. 8x projected at listing, min "
          "ticket 5k USDT, 3-month vesting. I can reserve an allocation for you – DM me and I'll send the whitelist link."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Arjun Mehta", "Connecting tech leaders | Founder, EU Fintech CTO Circle", "London",
  ("inv", "Hi Alex, I'm putting together a small WhatsApp group of CTOs from European fintechs to swap notes – hiring, vendor choices, on-call, audits. "
          "Strictly peers, no selling. Would be great to have you in it."),
  ("msg", "Thanks for connecting Alex! Before I add you to the group, a little about my company also: we provide dedicated Kotlin/Spring teams from "
          "Ahmedabad at about 1/3 of Berlin cost. Many CTOs in the group already work with us. Can we schedule 30 min this week?", (3, 10)),
  ("msg", "Hi Alex, gentle reminder on below. We can start with 2 developers on trial basis, no long commitment. Please revert at your earliest.", (8, 20)))
P("bait_and_switch_invitation", "de", "Sabine Hartwig", "Co-Founder & CEO @ IncidentGrid | ex-Head of IT Operations", "Hamburg",
  ("inv", "Hallo Alex, kurze Frage unter Tech-Leuten: Wie habt ihr die DORA-Meldefristen bei schweren IKT-Vorfällen praktisch gelöst – eigenes Tooling "
          "oder Excel? Wir suchen gerade einen pragmatischen Weg und ich würde gern hören, wie andere Fintechs das machen."),
  ("msg", "Danke fürs Vernetzen! Falls das bei euch auch wehtut: Genau dafür haben wir IncidentGrid gebaut – es bereitet Erst-, Zwischen- und "
          "Abschlussmeldung automatisch vor. Ich zeig's dir gern in 15 Minuten, für Fintechs unter 100 Leuten gibt's gerade 30 % aufs erste Jahr."))
P("bait_and_switch_invitation", "en", "Thiago Barbosa", "Cloud Architect | AWS Community Builder | Founder @ Nuvem Lean", "Lisbon",
  ("inv", "Hi Alex! I wrote a free e-book about cutting the AWS bill in fintech without touching reliability – lessons from my years at a big "
          "Brazilian neobank. Happy to send it to you, no strings attached 🙂"),
  ("msg", "Alex, great to connect! About the e-book, we are finishing the final revision 😅 meanwhile: my consultancy does exactly this, AWS cost review "
          "for 4.900 EUR fixed, usually we find 30%+ savings. Want I send the proposal?"),
  ("msg", "Hey Alex, tudo bem? Just checking if you saw the proposal. We have one slot free next month, after that only in Q3.", (10, 25)))
P("bait_and_switch_invitation", "en", "Oksana Melnyk", "Founder, Women in Fintech Engineering Berlin | Delivery Director @ QAForge", "Berlin",
  ("inv", "Hello Alex, I run Women in Fintech Engineering Berlin – free mentoring program, 40 mentees now, mostly junior devs and QA who relocated from "
          "Ukraine. We look for senior mentors, 1 hour per month. Would you consider?"),
  ("msg", "Thank you for accepting! Also I wanted to tell you, in my daytime job I am Delivery Director at QAForge – QA automation outsourcing from Kyiv "
          "and Warsaw, 25% cheaper than local hires. I saw your team is hiring QA, maybe we can save you time? I can come to your office for presentation."))
P("bait_and_switch_invitation", "de", "Florian Engel", "Founder | Founders Angels Berlin | Business Angel", "Berlin",
  ("inv", "Hey Alex, ich baue gerade eine kleine Angel-Community auf: Tech-Founder investieren in Tech-Founder, Tickets ab 5k, gemeinsamer Dealflow, "
          "einmal im Monat Pitch-Abend. Hättest du Lust, dabei zu sein? Würd mich freuen!"),
  ("msg", "Schön, dass du dabei bist! Damit du Zugriff auf den Dealflow bekommst, läuft die Mitgliedschaft über unsere Plattform: 1.490 € im Jahr plus "
          "2 % Carry. Und falls du Exit-Erlöse steueroptimiert anlegen willst, macht das unsere Vermögensverwaltung. Soll ich dir den Anmeldelink schicken?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Priya Raghunathan", "MSc Informatics student @ TU München | Working student", "München",
  ("inm", "Master thesis – 3 questions on ledgers", "Hi Alex, I'm writing my master thesis at TUM on double-entry ledgers in European fintechs. Could I ask "
          "you 3 short questions on how Kontoro handles reversals and FX? Answers can be anonymous. It would help me a lot!"),
  ("inm", "Re: Master thesis – thank you!", "Thank you so much for the answers, super helpful! Btw besides the thesis I work part-time at LedgerLoop, we do "
          "ledger-as-a-service. Maybe you want to see a 20 min demo? Honestly I also get a small bonus for every meeting I set up 🙏"))
P("bait_and_switch_inmail", "en", "Matheus Oliveira", "Host, Fintech Builders podcast | DevRel", "São Paulo",
  ("inm", "Podcast invite – Fintech Builders", "Hi Alex! I host Fintech Builders, a podcast about engineering in fintech (Brazil + Europe), ~25k listeners. "
          "Would love to have you as guest, 40 min remote, about how you built Kontoro's payment rails. Topic is yours!"),
  ("inm", "Fintech Builders – next steps", "Amazing that you're in! 🎉 To confirm the recording date I just need you to sign the guest package: 690 EUR for "
          "production and promotion to our 25k devs, plus a clip for your careers page. Invoice can go to Kontoro. Which date works?"))
P("bait_and_switch_inmail", "en", "Lina Weber", "Product Manager | Web3 & payments", "Amsterdam",
  ("inm", "Money20/20?", "Hi Alex, sorry for the random message – weren't you on the stablecoin panel at Money20/20 in Amsterdam? I was in the second row and "
          "wanted to ask about your take on MiCA for smaller EMIs, but the room was packed. Hope it's ok to write here 🙂"),
  ("inm", "Re: Money20/20?", "So nice to chat with you! As I mentioned, my uncle's team runs an AI arbitrage bot on USDT pairs, 2–3% per week. I put 20k in "
          "last quarter and it's really stable. I can show you the dashboard, you can start from only 1000 USDT. Should I send the link?"))
P("bait_and_switch_inmail", "de", "Hans-Peter Vogl", "Freier Tech-Journalist | Fintech, Cloud, Security", "München",
  ("inm", "Anfrage: Artikel über Berliner Fintech-Stacks", "Hallo Herr Morgan, ich schreibe für ein großes deutsches Tech-Magazin einen Überblick, welche "
          "Tech-Stacks Berliner Fintechs einsetzen. Dürfte ich Ihnen fünf Fragen per Mail schicken? Dauert keine zehn Minuten."),
  ("inm", "Artikel – Platzierung", "Vielen Dank für Ihre ausführlichen Antworten! Der Beitrag erscheint im Partnerformat: Porträt mit Logo, Interview und "
          "Verlinkung Ihrer Karriereseite zum Paketpreis von 2.400 € netto. Soll ich Ihnen das Angebot zur Freigabe schicken?", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Sandeep Kulkarni", "Java Developer | Spring Boot | Microservices | AWS", "Hyderabad",
  ("end",), ("end",),
  ("msg", "Hi Alex, hope you are doing good. I have endorsed you for {skill} and couple of others. Request you to endorse me for Spring Boot and AWS, "
          "it will help in my profile visibility for onsite opportunities. Thanks in advance!!"))
P("endorse_me_back", "de", "Nico Hartmann", "Platform Engineer | Kubernetes, Go | open to work", "Berlin",
  ("end",),
  ("msg", "Moin Alex! Hab dir {skill} bestätigt, passt ja wie die Faust aufs Auge 😄 Wärst du so lieb und klickst bei mir Kubernetes und Go? "
          "Bin grad auf Jobsuche und jeder Daumen hilft. Danke dir!"))
P("endorse_me_back", "en", "Yulia Bondarenko", "Data Engineer | Python, Airflow, dbt", "Kraków",
  ("end",), ("end",),
  ("msg", "Hello Alex! I endorsed few of your skills, you really deserve it. If you have a minute, can you please endorse me back for Python and "
          "Data Engineering? It is important for me now, I am searching job after relocation. Thank you a lot!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Amit Saxena", "Sales Head | Flutter & React Native dev teams | Noida", "Noida",
  ("inv", "Dear Sir, we provide dedicated Flutter developers with fintech domain exp at 18 USD/hr. Please accept to discuss further."),
  ("rem",),
  ("inm", "Very disappointed", "Dear Alex, I have sent request 3 times and you are not even having the courtesy to accept or reject. Such arrogance is "
          "not expected from a CTO. Being in Germany does not give you right to disrespect vendors from India. Very bad attitude."))
P("hostility_after_decline", "de", "Bernd Oberländer", "Senior Java Developer | 20+ Jahre Erfahrung | offen für Neues", "Potsdam",
  ("inv", "Hallo Herr Morgan, ich entwickle seit über 20 Jahren in Java, davon acht bei einer Direktbank (SEPA, EBICS, Kartenzahlung). Ich habe gesehen, "
          "dass Kontoro Backend-Leute sucht – darf ich Ihnen meine Unterlagen schicken?"),
  ("inm", "Keine Antwort ist auch eine Antwort", "Schon klar. Auf LinkedIn von Diversity reden und dann einen Entwickler über 50 nicht mal einer Antwort "
          "würdigen. Viel Spaß mit euren 25-jährigen Rockstars, wenn die nach einem Jahr zur nächsten Bude springen. Hätte echt mehr erwartet.", (20, 40)))
P("hostility_after_decline", "en", "Gabriel Santos", "Full Stack Dev | React | Node.js", "Porto Alegre",
  ("inv", NONOTE),
  ("inm", "ok", "ok man, I see you ignored my invite. Very nice from someone who posts every week about 'open culture' and 'we're hiring' 🙄 "
          "don't worry I won't bother you again"))
P("hostility_after_decline", "en", "Oleksandr Petrenko", "Golang Developer | 7 yrs | payments, highload", "Berlin",
  ("inv", "Hi Alex, I am Go developer with 7 years (payments, highload), moved from Kharkiv to Berlin last year. I saw Kontoro is hiring backend. "
          "Can I send you my CV? Thank you for your time."),
  ("rem",),
  ("inm", "Your silence", "I see you read and ignore. I thought Berlin startups are different, but you are like all others – only nice posts with "
          "blue-yellow flag, real help is zero. Shame."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Marcel Böttcher", "Senior Tech Recruiter | Fintech & Payments | Böttcher Talent", "Berlin",
  ("msg", "Hi Alex, hab gesehen, ihr sucht drei Backend-Devs. Ich hätte aktuell zwei Kotlin-Leute mit Payment-Erfahrung, sofort verfügbar. Honorar 22 % "
          "vom Jahresgehalt, Nachbesetzungsgarantie 6 Monate. Soll ich dir die Profile anonymisiert schicken?"),
  ("msg", "Ehrlich, Alex? Ich leg dir Top-Kandidaten auf dem Silbertablett hin und du liest nicht mal. Dann wundert euch nicht, wenn eure Stellen noch "
          "ein halbes Jahr offen sind. Typisch Berliner Startup-Bubble, null Manieren."))
P("hostility_connection", "en", "Deepak Choudhary", "Director – Salesforce Practice | Financial Services Cloud", "Frankfurt am Main",
  ("acc",),
  ("msg", "Thanks for connecting Alex, was good meeting you at Bits & Pretzels. As discussed, sharing our deck on Financial Services Cloud implementations "
          "for EU lenders. We can do a 2-week discovery at a special price for Kontoro. When can we present to your team?"),
  ("msg", "Alex, I prepared a custom proposal for Kontoro, spent my whole weekend on it, and you don't reply even one line. This is very unprofessional "
          "behaviour from a CTO. I will surely share this experience with other founders in my network."))
P("hostility_connection", "en", "Renata Costa", "Observability Consultant | Grafana | OpenTelemetry", "Berlin",
  ("msg", "Hey Alex! I help fintech teams move to OpenTelemetry + Grafana, usually cutting observability costs in half. I'd love to do a free 30-min "
          "assessment of your setup – if it makes sense we go to a project. When works for you?"),
  ("msg", "Hi Alex, any thoughts on the assessment? 🙂 I have openings on Tue and Thu."),
  ("msg", "Wow. Three messages and not even a 'no thanks'. I really thought Germans were all about efficiency, apparently not about manners. "
          "Good luck with your 'scale-up' lol"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Stefan Kröger", "Partner Manager | Kröger Cloud Services | AWS Reseller", "Hamburg",
  ("msg", "Hallo Alex, als AWS-Partner können wir euch über unser Reseller-Modell 5 % auf die komplette AWS-Rechnung geben – gleiche Accounts, nur die "
          "Abrechnung läuft über uns. Bei eurer Größe ist das schnell ein fünfstelliger Betrag im Jahr. Kurzer Call diese Woche?"),
  ("msg", "Moin nochmal, bis Ende des Quartals gibt's obendrauf ein kostenloses Architektur-Review, wenn ihr über uns abrechnet. Passt dir Dienstag 10 Uhr?"),
  nl="de")
P("connection_only_pitches", "en", "Rohit Agarwal", "Sr. Business Development Executive | Techvantage AI", "Gurugram",
  ("msg", "Hi Alex, hope you are doing well. We at Techvantage are offering GenAI chatbot for customer support of fintechs, fully GDPR compliant and "
          "hosted in Frankfurt. It reduces tickets by 45%. Can I share a short demo video?"),
  ("msg", "Hi Alex, just following up on my previous message. Please let me know if you are interested, I can arrange demo as per your convenience."),
  ("msg", "Hi Alex, thought to share case study of a Frankfurt-based neobank which went live with us in 6 weeks. Shall we connect on a call tomorrow at 11 CET?"))
P("connection_only_pitches", "en", "Iryna Shevchenko", "Account Manager | Stepway Software | Fintech delivery", "Kraków",
  ("msg", "Hi Alex! We just finished PSD2 open banking integration for a consumer lender in Poland – 9 banks in 4 months. If you plan more bank "
          "connections this year, our team can take it fixed-price. Can I show you how we did it?"),
  ("msg", "Alex, small update: 2 senior Kotlin devs from that project become free from 1st of next month. Would you like to see their CVs before they "
          "go to another client?"))
P("connection_only_pitches", "en", "Felipe Rocha", "Fundraising advisor for fintech founders | ex-VC", "Lisbon",
  ("msg", "Hi Alex! I help seed-stage fintech founders get Series A ready: deck, data room, model and a curated list of 80 investors. Fixed fee + 3% "
          "success. Saw Kontoro's seed last year – are you planning the A in the next 12 months?"),
  ("msg", "Alex, only 2 spots left in our Q1 Series A bootcamp (2.900 EUR, 6 weeks, live sessions with partners from 4 funds). Want me to hold one for you?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Julia Neumann", "Event Lead | Cloud Native Spree Days", "Berlin",
  ("msg", "Hi Alex, we are planning the Cloud Native Spree Days in October (ca. 600 participants). For fintechs who are searching people we have the "
          "package 'Hiring Booth' for 4.500 € incl. booth, logo and two tickets. Would this be something for you? Then I send you the media data."))
P("single_pitch", "en", "Karthik Subramanian", "Solutions Consultant | KYC & AML APIs | ScreenSure", "London",
  ("msg", "Hello Alex, congrats on Kontoro's EMI licence! We have built a KYC/AML screening API with 98.7% match precision on EU sanctions lists and "
          "we offer a free 30-day POC. Can I set up a call with our solution architect this week?"))
P("single_pitch", "en", "Pedro Henrique Lima", "Founder @ Estúdio Sal | Flutter apps | Florianópolis", "Florianópolis",
  ("msg", "Hi Alex! Quick one 🙂 we are a small design+dev studio from Floripa, we did 3 fintech apps in Flutter this year. Can I send you our "
          "portfolio? Prices are around 45% below Berlin agencies and we can start in 2 weeks."))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Moritz Lange", "Lead Engineer Banking Integrations @ Geldhafen", "Berlin",
  ("end",),
  ("msg", "Hey Alex, kurzer Heads-up unter Nachbarn: Seit dem Wochenende lehnt die Sparkassen-Schnittstelle EBICS-H004-Aufträge mit 091116 ab, wenn "
          "man noch die alte Bankparameterdatei cached. Workaround steht in unserem Gist, sag Bescheid, wenn ihr den Link braucht. Viel Erfolg!"))
P("connection_brings_value", "en", "Neha Joshi", "Security Engineering Lead | PCI DSS | OWASP Berlin chapter", "Berlin",
  ("msg", "Hi Alex, I'm co-hosting a free online session on what PCI DSS 4.0.1 changes for engineering teams (the future-dated requirements "
          "especially), with a QSA answering questions live. It counts as 2 CPE for ISC2/ISACA folks. Thought it may be useful for your platform "
          "team – registration: https://owasp-berlin.example/pci4"))
P("connection_brings_value", "en", "Taras Lytvyn", "Site Reliability Engineer | Kubernetes, Postgres", "Warsaw",
  ("msg", "Hi Alex, I decided to stay in Warsaw so I withdrew from the Kontoro process, but I want to say thanks, it was the best interview I had this "
          "year. Also – my former colleague Marta is very strong SRE (Kubernetes, Postgres on-call 4 years) and wants to move to Berlin. Should I "
          "introduce you?"),
  ("msg", "Here is her GitHub and CV: https://github.example/marta-sre – she knows you might write. Good luck with the hiring!"))
P("connection_brings_value", "en", "Bruna Carvalho", "Maintainer @ open-payments-kit | Staff Engineer", "Berlin",
  ("end",),
  ("msg", "Hey Alex! We merged your team's PR for the SEPA Instant status mapping in open-payments-kit 🎉 It's released in 2.3.0. Please say thanks "
          "to Jonas for the patience in review, he did a great job. If you hit anything else, just open an issue and tag me."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Charlotte Pfeiffer", "Partnerin | Executive Search Technologie & Finanzdienstleistung", "München",
  ("inm", "Vertraulich: CTO-Mandat Series-B-Insurtech", "Hallo Alex, ich betreue exklusiv die Suche nach einer CTO-Besetzung für ein Series-B-Insurtech "
          "in München (120 Mitarbeitende, eigene Lizenz beantragt). Fixum 190–220k plus VSOP, Berichtslinie CEO. Wären Sie offen für ein "
          "vertrauliches Gespräch?"))
P("stranger_inmail_recruiter", "en", "Harpreet Bedi", "Head of Talent | Finch Payments", "London",
  ("inm", "VP Engineering – Finch Payments", "Hi Alex, I lead talent at Finch Payments (Series C, FCA-authorised). We're hiring a VP Engineering to own our "
          "card-issuing platform – 70 engineers across London and Berlin, so you could stay put. Comp is £190–230k plus equity. Open to a 20-minute "
          "chat next week?"))
P("stranger_inmail_recruiter", "en", "Daniel Okoye", "Engineering Director, Payments Infrastructure | Paynode", "Amsterdam",
  ("inm", "Head of Engineering, Ledger team", "Hi Alex – hiring manager here, not an agency. I'm building out the ledger group at Paynode and need a Head "
          "of Engineering for it (3 teams, ~25 people). Your talk on reconciliation is basically our roadmap. Amsterdam-based, hybrid. Would you have "
          "30 minutes for an informal call?"))
P("stranger_inmail_recruiter", "en", "Ana Paula Ribeiro", "Talent Acquisition Partner | Lumo Bank", "Lisbon",
  ("inm", "Principal Engineer – relocation to Lisbon", "Olá Alex! I'm recruiting for Lumo Bank in Lisbon – Principal Engineer, core banking "
          "modernisation (Kotlin, event sourcing). Full relocation package, salary 110–130k EUR. I know you're CTO now, but if it sounds "
          "interesting I'm happy to share the full JD."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Keller", "Enterprise AE | Compliance automation | Verity", "New York",
  ("inm", "Your SOC 2 timeline", "Hi Alex – most Series A fintechs we talk to lose 3-4 months to SOC 2 and ISO 27001 evidence collection. Verity "
          "automates ~80% of it and plugs into AWS, GitHub and your HRIS. Worth a 15-min look?"),
  ("inm", "Bumping this", "Bumping this to the top of your inbox, Alex. We just added DORA mapping, which I imagine is top of mind. Free for the first "
          "60 days – want me to set it up?"))
P("stranger_inmail_sales", "de", "Holger Prinz", "Geschäftsführer | Prinz Security Consulting | Pentests", "Köln",
  ("inm", "Penetrationstest für Kontoro", "Guten Tag Herr Morgan, für regulierte Fintechs verlangt DORA regelmäßige Penetrationstests. Wir bieten einen "
          "festen Umfang für Web-App und API zum Pauschalpreis von 9.800 € netto, Bericht BaFin-tauglich. Darf ich Ihnen ein Angebot senden?"))
P("stranger_inmail_sales", "en", "Aditya Rao", "Client Partner | TalentBridge RPO | Tech hiring Europe", "Hyderabad",
  ("inm", "Hiring 10 engineers in 60 days?", "Hi Alex, saw Kontoro has 9 open engineering roles. We are RPO partner for 30+ EU startups – we take the "
          "full hiring pipeline from sourcing to offer, fixed monthly fee instead of agency %. Can we have a quick call on Thursday?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Vanessa Krüger", "Orga Kotlin User Group Berlin | Tech Recruiting", "Berlin",
  ("inv", "Hi Alex, ich organisiere die Kotlin User Group Berlin. Im Mai gibt's einen Abend zu Coroutines im Backend – kostenlos, ca. 80 Leute. Euer "
          "Blogpost zum Outbox-Pattern war super, hättest du Lust auf einen Talk? Raum & Essen haben wir."),
  ("msg", "Danke nochmal für den Talk gestern, das Feedback war richtig gut! Hier Aufzeichnung und Folien zum Teilen mit deinem Team: "
          "https://kug-berlin.example/2025-05. Ein paar Leute haben nach eurem Outbox-Repo gefragt, hab sie auf euren GitHub geschickt."),
  ("msg", "Hey Alex, kleine Sache nebenbei: hauptberuflich mach ich ja Tech-Recruiting bei Krüger & Partner Talent. Ihr sucht gerade drei Backend-Devs, "
          "wir arbeiten mit 20 % Success Fee und ich hätte schon zwei passende Leute aus der Usergroup. Wollen wir kurz telefonieren?", (10, 30)))
P("good_turns_ugly", "en", "Rakesh Iyer", "Creator of pgledger (OSS) | Founder @ pgledger Cloud", "Bengaluru",
  ("inv", "Hi Alex, I maintain pgledger, the Postgres extension your team is running (saw your issue #412 about deadlocks on concurrent postings). "
          "I have a fix branch ready – if someone on your side can test it under real load, I'd be thankful."),
  ("msg", "Fix is merged and released in v0.9.2, your team's test data made it easy to reproduce. Changelog: https://github.example/pgledger/releases/v0.9.2"),
  ("msg", "Hi Alex, we've launched pgledger Cloud, the managed version with HA and audit export. For your volume it would be around 1,200 EUR/month, "
          "and since you're already on the OSS build, migration is one afternoon. Shall I send the order form?", (20, 45)))
P("good_turns_ugly", "en", "Camila Duarte", "Community Lead | LatAm Devs Berlin | aspiring DevRel", "Berlin",
  ("inv", "Hi Alex! I run LatAm Devs Berlin, a community that helps developers from Latin America relocate and land their first job here. Free "
          "monthly meetups. Would you come as speaker on 'how fintechs hire'? Our members would love it 🙏"),
  ("msg", "Thank you so much for yesterday!! 🙌 The members loved your talk, 3 of them already applied to your open roles. Photos and the feedback "
          "results are here: https://latamdevs.example/fintech-night"),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} 😊 Could you endorse me for Community Management and Public Speaking? I'm applying to DevRel roles "
          "now and it would help a lot! Obrigada!!"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Nikhil Bansal", "Delivery Head – Europe | Infoquest Systems", "Pune",
  ("inm", "Dedicated team for Kontoro", "Hello Alex, hope you are fine. Infoquest is a 600-member IT company with dedicated fintech practice. We can "
          "clear your backlog with our offshore development centre at 60% saving. Please suggest a slot for 30 min call this week."),
  ("inv", "Hi Alex, saw your post about hiring pains in Berlin, very relatable. Would love to stay connected and learn from your journey."))
P("reinvite_known_bad", "de", "Dennis Wagenknecht", "Sales Manager | Payment-Terminals & Acquiring", "Frankfurt am Main",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, wir haben uns kurz beim Tech Open Air am Stand gesehen – lass uns vernetzen!"))
P("reinvite_known_bad", "en", "Maksym Tkachenko", "CEO | QA Bridge – software testing from Dnipro", "Dnipro",
  ("inv", "Hello Alex! We are QA company from Dnipro, 45 testers, manual and automation (Playwright, Appium). Working with banks and EMIs. "
          "Can I send our rates?"),
  ("inv", "Hello Alex, Happy New Year! I always read your posts, would be happy to be in your network."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Sunil Reddy", "Co-founder | Agile offshore delivery pods", "Hyderabad",
  ("inv", "Hi Alex, we help startups like Kontoro ship 3x faster with our offshore pods (React + Node). Can we talk?"),
  ("inm", "Disappointed", "Alex, I don't understand this attitude. You people post about 'open doors' and then ignore genuine business requests. "
          "Frankly this is rude and shows why German startups fail to scale.", (15, 30)),
  ("inv", "Hi Alex, it's been a while. Let's start fresh and connect – no business talk, promise.", (120, 200)))
P("reinvite_known_ugly", "de", "Jonas Lehmkuhl", "Freelance Mobile Architect | SDK Maintenance as a Service", "Leipzig",
  ("inm", "Frage zu eurem Android-SDK", "Hallo Alex, ich nutze euer offenes Android-SDK für ein Hobbyprojekt und bin über was gestolpert: ihr "
          "initialisiert den Keystore im Main-Thread, was auf älteren Geräten ANRs auslöst. Ist das bewusst so? Kann gern ein Issue aufmachen."),
  ("inm", "Re: Android-SDK", "Danke für die schnelle Antwort! Ganz offen: genau solche Themen übernehme ich für Fintechs als 'SDK Maintenance as a "
          "Service' – 3.500 € im Monat, Updates, Releases, Support. Sollen wir mal telefonieren?"),
  ("inv", "Hallo Alex, lass uns doch auch hier vernetzt sein.", (90, 200)))
P("reinvite_known_ugly", "en", "Larissa Mendes", "UX/UI Designer | Fintech apps", "Belo Horizonte",
  ("inv", DEFAULT),
  ("inm", "About my invitation", "Hi Alex. I sent you invitation 2 weeks ago and you ignored. It's ok, but honestly I find it very arrogant, I am "
          "only trying to grow my network. People like you make LinkedIn toxic.", (12, 20)),
  ("inv", "Hello Alex, trying again 😊 I'd love to connect with fintech leaders in Berlin.", (100, 220)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Tim Schuster", "Co-Founder @ Flagwerk | Feature flags made in Germany", "Berlin",
  ("acc",),
  ("msg", "Schön, dass das mit dem Vernetzen nach dem Panel geklappt hat! Kurz und schmerzlos: Flagwerk ist Feature-Flagging mit Hosting in Frankfurt, also ohne "
          "Drittlandtransfer-Diskussion mit eurem DSB. Soll ich euch einen Test-Account anlegen und ein 30-Minuten-Onboarding machen?"), nl="de")
P("user_invited_pitch_once", "en", "Varun Khanna", "VP Sales Europe | Qualibrium – core banking testing", "Frankfurt am Main",
  ("acc",),
  ("msg", "Thanks for the connect Alex, great to meet at Money20/20. Sharing our brochure on test automation for core banking migrations – we have "
          "accelerators for Mambu and Thought Machine. Would you be open to a 30-min session with our practice head?"))
P("user_invited_pitch_once", "en", "Eduarda Pereira", "Founder | Ponte Talent – Brazilian devs for EU startups", "Berlin",
  ("acc",),
  ("msg", "Thank you for the invite, Alex! I remember at the LatAm meetup you said you need more mobile devs – my agency places senior Brazilian "
          "devs as contractors in the EU, 6 weeks on average, and we take care of all the paperwork. Can I send you 3 profiles?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Philipp Auerbach", "Principal Consultant | HashiCorp Vault & Zero Trust | Auerbach IT", "Düsseldorf",
  ("acc",),
  ("msg", "Hello Mr. Morgan, thank you for the connection! Like announced, we make Vault introductions for regulated companies, fixed price package "
          "incl. documentation for BAIT/DORA from 18.000 €. May I show you our approach next week?"),
  ("msg", "Dear Alex, I come back to my last message – in November we would have capacity for a two-week assessment. Shall I send you an offer?"))
P("user_invited_pitch_twice", "en", "Manoj Pillai", "Regional Director DACH | Spanlight Observability", "München",
  ("acc",),
  ("msg", "Hi Alex, glad we're connected now! Following our chat at KubeCon – Spanlight gives you full-stack tracing with per-host pricing, no surprise "
          "bills on log volume. We're running a 'switch from your current vendor' offer with 6 months free. Can I book 30 min with your platform lead?"),
  ("msg", "Hi Alex, circling back – the 6-months-free offer ends on the 31st. Happy to send over a quote based on your current host count."))
P("user_invited_pitch_twice", "en", "Viktor Hnatiuk", "BD | Custody & staking infrastructure | Kyiv & Zug", "Zug",
  ("acc",),
  ("msg", "Hi Alex, thank you for adding me! As fintech you may want to offer crypto to your SME clients. We provide white-label custody + staking "
          "with Swiss licence, integration in 4 weeks via REST. Can I present to you and your CEO?"),
  ("msg", "Alex, news: we now give partners 30% revenue share on staking yield, very good for your unit economics. Let me know when we can talk?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Helena Voss", "Head of Information Security bei Farnbank", "Berlin",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie beim Bitkom-Roundtable versprochen, hier unser anonymisiertes Runbook für die Meldung schwerwiegender "
          "IKT-Vorfälle an die BaFin, mit Zeitleiste und Rollen: https://share.farnbank.example/runbook. Nimm raus, was euch hilft, und ruf an, "
          "wenn was unklar ist."))
P("user_invited_value", "en", "Andriy Kravets", "Performance Engineer | k6 & Gatling", "Berlin",
  ("acc",),
  ("msg", "Thanks for add, Alex! As promised at hackathon, here is repo with our load-test scripts for SEPA Instant flows (k6) together with the bank "
          "simulator: https://github.example/akravets/sct-inst-load. MIT licence, use how you like. If questions, write me."))
P("user_invited_value", "en", "Lucas Martins", "Investment Associate | Seed & Series A | Aurora Ventures", "Berlin",
  ("acc",),
  ("msg", "Good to be connected, Alex! As promised, I've introduced you by email to Svenja, CTO of one of our portfolio companies – they solved exactly "
          "the multi-PSP reconciliation problem you described. Also, we host a free founders' breakfast on 12 March, no pitching, just founders. "
          "You'd be very welcome."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Greta Sommer", "Engineering Managerin Payments | Geldhafen", "Berlin", ("acc",))
P("acceptance_only", "en", "Rohan Kapoor", "Staff Engineer | Brokerage platform | Berlin", "Berlin", ("acc",))
P("lone_endorsement", "en", "Pavlo Didenko", "Backend Developer | ex-Kontoro", "Kyiv", ("end",))
P("lone_endorsement", "de", "Jana Fischer", "Werkstudentin Data Engineering | HTW Berlin", "Berlin", ("end",))


# Layout eras: almost everyone writes in the current layout; a few timeless stories sit in 2016 to 2017.
OLD = {"Tobias Kellermann", "Mariana Alves", "Dennis Wagenknecht", "Sandeep Kulkarni", "Jana Fischer", "Greta Sommer", "Stefan Kröger", "Rahul Deshmukh"}
ERAS = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}

# LinkedIn caps invitation notes at 300 characters.
for _p in PEOPLE:
    for _st in _p[6]:
        if _st[0] == "inv" and _st[1] not in (DEFAULT, NONOTE):
            assert len(_st[1]) <= 300, (_p[2], len(_st[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Lukas Brandner", "lukas@fintech-engineering-berlin.example", "Meetup im März – Talk?",
     "Hi Alex,\n\nich hab dir auch auf LinkedIn geschrieben, aber falls das untergeht: hättest du Lust, beim März-Meetup über euer Ledger zu erzählen? "
     "20 Minuten reichen völlig.\n\nLG Lukas", "de"),
    ("Personio", "notifications@personio.example", "Neue Bewerbung: Senior Backend Engineer (Kotlin)",
     "Hallo Alex,\n\nfür die Stelle Senior Backend Engineer (Kotlin) ist eine neue Bewerbung eingegangen. Quelle: LinkedIn.\n\n"
     "Zur Bewerbung: https://kontoro.personio.example/applications/7731", "de"),
    ("Kontoro Security", "security@kontoro.example", "Warning: fake recruiter 'coding tests' on LinkedIn",
     "Hi all,\n\nseveral engineers got LinkedIn messages from 'recruiters' with a take-home task in a private repo. The repo runs a post-install "
     "script that steals browser sessions and wallet keys. Never run such code on a work laptop, and forward anything similar to us.\n\nThanks,\nMira", "en"),
    ("Arjun Mehta", "arjun@cirrus-offshore.example", "Proposal – dedicated Kotlin team (as discussed on LinkedIn)",
     "Dear Alex,\n\nPFA our proposal for a dedicated team of 4 Kotlin developers, as discussed on LinkedIn. Rates valid till month end.\n\n"
     "Warm regards,\nArjun", "en"),
    ("GitHub", "notifications@github.example", "[kontoro/careers-site] LinkedIn job feed returns 403 (#88)",
     "kai-r opened an issue: the nightly sync that posts our open roles to the LinkedIn job feed has been failing with 403 since Monday. "
     "Probably the partner token expired.", "en"),
    ("Vikram Malhotra", "vikram@malhotra-angel.example", "Office hours Friday + Solaris intro",
     "Hi Alex,\n\nsent you a LinkedIn invite too. Friday office hours are at Factory, 10:00. I've cc'd Jana from the Solaris API partnerships team.\n\nVikram", "en"),
    ("Fintech Week Berlin", "speakers@fintechweek.example", "Your talk is confirmed – share it on LinkedIn",
     "Hi Alex,\n\nyour session \"Reconciliation is a product, not a cron job\" is confirmed for 10 October. Speaker cards for LinkedIn are attached; "
     "tag our page so we can reshare.", "en"),
    ("Sarah Klein", "sarah.klein@kontoro.example", "LinkedIn-Post zur Series A – Freigabe?",
     "Hi Alex,\n\nkannst du bis morgen den LinkedIn-Post zur Series A freigeben? Die Zahlen hat Finance schon gecheckt, nur dein Zitat fehlt noch.\n\n"
     "Danke!\nSarah", "de"),
    ("Meetup", "info@meetup.example", "Kotlin User Group Berlin: new event posted",
     "Coroutines in the backend – Thursday 22 May, 18:30. 74 members going. Follow the group on LinkedIn for the recordings.", "en"),
    ("Coinhalle", "support@coinhalle.example", "Security notice: we never contact you on LinkedIn",
     "Dear customer,\n\nscammers are contacting our users on LinkedIn posing as 'account managers' who offer staking bonuses. Coinhalle staff "
     "never ask for transfers via LinkedIn or WhatsApp.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-twenty-sixth development corpus (dev126). Generated by scripts/make_corpus_dev126.py (seed {SEED}); do not edit by hand.",
          "# Alex as CTO of a Berlin fintech start-up: offshore and nearshore dev shops, cloud and observability vendors, tech recruiters, angels and VCs, "
          "meetup and hackathon organisers, developers asking for jobs or referrals, open-source maintainers, crypto scams; English from Germans, "
          "Indians, Ukrainians and Brazilians, casual German. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev126", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
