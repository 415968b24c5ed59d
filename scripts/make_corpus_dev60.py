#!/usr/bin/env python3
"""Write mailbot's sixtieth, independent development corpus: tests/corpus/dev60/*.eml + expected.toml.

The angle: the user Alex is between jobs and says so ('Open to work'). Alex ran supply chain
planning at Example Industries until a restructuring closed the planning team in Manchester
and the Milan site, and reads LinkedIn in English or Italian. Their inbox: recruiters with
real roles, salaries and locations (good), recruiters who bring nothing but a default note,
career coaches, CV and resume writers, 'job search accelerators' and paid 'candidate marketing'
selling programmes, fake job offers and advance-fee scams (equipment kits, background-check
fees, paid certificates before the 'final round'), old colleagues offering referrals and
introductions, well-wishers, peers asking about tools for their own interviews, and people who
turn nasty once Alex says no or says nothing. UK and US English, and Italian. Every scenario
of the taxonomy appears.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the news, group and newsletter subjects, the headlines of spoof-only names and PYMK
suggestions, and the pitches that spoofs carry are swapped for job-search ones in this process
only (make_corpus.py itself is not changed); spoofs and other LinkedIn mail rotate through
English and Italian only. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev60.py              # writes tests/corpus/dev60
    python scripts/make_corpus_dev60.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260760

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a job seeker's world (this process only)
SKILLS = {
    "en": ["Supply Chain Management", "Sales & Operations Planning (S&OP)", "Demand Planning", "Inventory Management", "Lean Six Sigma", "Logistics"],
    "it": ["Gestione della supply chain", "Pianificazione della domanda", "Gestione delle scorte", "Logistica", "Lean manufacturing"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["en"]["rheadline"] = "Supply Chain & Planning Manager | S&OP | Open to work"
mc.L["it"]["rheadline"] = "Supply Chain & Planning Manager | S&OP | Disponibile per nuove opportunità"
mc.LANGS[:] = ["en", "it", "en", "it", "en"]
mc.CITY["en"] = ["Manchester", "Leeds", "London", "Bristol", "Chicago", "Boston", "Birmingham"]
mc.CITY["it"] = ["Milano", "Bergamo", "Brescia", "Bologna", "Verona", "Torino"]
mc.JOBS[:] = [("Supply Chain Manager", "Halden Foods"), ("Head of Demand Planning (hybrid)", "Corvid Retail"),
              ("S&OP Lead", "Arcwise Pharma"), ("Responsabile Pianificazione", "Gruppo Alimentare Padano"),
              ("Inventory Control Manager", "Meridian Logistics"), ("Senior Demand Planner", "Pine Ridge Foods")]
mc.COMPANIES["good"] = ["Halden Foods", "Corvid Retail", "Arcwise Pharma", "Meridian Logistics", "Gruppo Alimentare Padano",
                        "Pine Ridge Foods", "Brook Dairy"]
mc.COMPANIES["sales"] = ["HireVelocity", "NextChapter Coaching", "ResumeBlast Pro", "CV Atelier", "Kingsmere Candidate Marketing",
                         "Elevate Job Search", "Talentwise Outplacement"]
mc.HEADLINES["good"] = ["Supply Chain Manager at {co}", "Head of Logistics | {co}", "Talent Acquisition Partner at {co}",
                        "Demand Planning Lead – {co}", "Operations Director at {co}", "Procurement Manager | {co}"]
mc.HEADLINES["sales"] = ["Career Coach | {co}", "Executive Resume Writer | {co}", "Founder & CEO at {co}",
                         "Helping professionals land their next role | {co}", "Enrollment Advisor | {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Your job search", "Interview invitation", "Quick question, Alex", "Your application", "Offer details"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["La tua candidatura", "Invito a colloquio", "Domanda veloce", "Proposta di lavoro", "Dettagli offerta"]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"supply chain manager\"", "Your job alert for supply chain manager in {city}", "View job"),
    news=("Are recruiters finally hiring again?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Supply Chain Professionals UK", "Here are the top conversations in your group this week"),
    newsletter=("Between Jobs: the second month is the hardest", "New edition of a newsletter you subscribed to"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «responsabile supply chain»", "Il tuo avviso di lavoro per responsabile supply chain a {city}", "Visualizza offerta"),
    news=("Il mercato del lavoro per i manager over 40 si sta riaprendo?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Supply Chain & Operations Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Ricollocarsi: cosa non ti dicono gli head hunter", "Nuova edizione di una newsletter a cui sei iscritto"))
SPOOF_PITCH = {
    "en": ["Hi {first}, your application for Supply Chain Lead has moved to the final stage. Sign in to choose an interview slot before it expires.",
           "Dear {first}, your offer letter is ready to sign. Log in with your LinkedIn credentials to view and accept it today."],
    "it": ["Ciao {first}, la tua candidatura per Responsabile Supply Chain è passata alla fase finale. Accedi per scegliere la data del colloquio.",
           "Gentile {first}, la lettera di assunzione è pronta per la firma. Acceda con le credenziali LinkedIn per visualizzarla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
_add = adder(PEOPLE)


def P(scenario, lang, name, headline, location, *steps, nl=None):
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            assert len(s[1]) <= 300, (name, len(s[1]))
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# people whose notes only make sense in the current layout (teams chat, app payments, the pandemic)
ERAS = {"Kimberly Shaw": "cur", "Margaret Okonkwo": "cur", "Tyler Brandt": "cur", "Jenna Kowalczyk": "cur", "Brandon Teague": "cur"}


# =============================================================== good_invitation
P("good_invitation", "en", "Fiona Blackwood", "Senior Consultant, Supply Chain & Procurement | Harrow Talent Partners", "Manchester",
  ("inv", "Hi Alex, saw your Open to Work banner. I'm recruiting a Supply Chain Manager for a family-owned food manufacturer near Warrington: "
          "permanent, £62-68k plus 10% bonus, 3 days on site. It reads like your last job almost line for line. Can I send you the spec?"),
  ("rem",))
P("good_invitation", "it", "Davide Pellegrini", "Talent Acquisition Specialist | Gruppo Alimentare Padano", "Parma",
  ("inv", "Buongiorno Alex, cerchiamo un Responsabile Pianificazione per lo stabilimento di Parma: indeterminato, RAL 55-60k più premio, auto. "
          "Il direttore di stabilimento vuole proprio qualcuno con esperienza S&OP come la sua. Le va di sentirci?"))
P("good_invitation", "en", "Marcus Oyelaran", "Procurement Director | Corvid Retail", "Leeds",
  ("inv", "Alex, sorry to hear they let the whole planning team go. There's a Demand Planning Lead opening on my floor next month, not posted yet. "
          "If you want it I'll hand your CV to the hiring manager myself as a referral. Connect and I'll message you her name."),
  ("rem",))
P("good_invitation", "en", "Jenna Kowalczyk", "Volunteer Coordinator | Chicago Supply Chain Roundtable – Career Transition Group", "Chicago",
  ("inv", "Hi Alex - our roundtable runs a free career transition session for laid-off supply chain folks every other Thursday on Zoom. "
          "Hiring managers drop in, we do mock interviews. No fees, no upsell, we're all volunteers. Want me to add you to the invite?"))
P("good_invitation", "it", "Serena Galli", "Demand Planner | In cerca di nuove opportunità", "Verona",
  ("inv", "Ciao Alex, anch'io sono uscita con la riorganizzazione di marzo (ero nel team di Verona). Giovedì ho un colloquio per un ruolo S&OP "
          "e mi chiederanno di Kinaxis: tu l'hai implementato, giusto? Posso farti due domande veloci?"))
P("good_invitation", "en", "Rupert Hale", "Operations Director | Halden Foods", "Bristol",
  ("inv", "Alex, Tom Baines said you'd be worth a conversation. I'm building an ops team at our Avonmouth site and the planning lead role goes live "
          "next week (c. £70k, hybrid). Rather than wait for the agency, fancy a coffee first?"))

P("good_invitation", "it", "Nicola Bassani", "Plant Manager | Cartiere del Garda", "Riva del Garda",
  ("inv", "Ciao Alex, Francesca Riva mi dice che sei libero. Cerchiamo un responsabile supply chain per la cartiera, RAL intorno agli 80k, e "
          "preferirei sentirti prima di dare il mandato all'head hunter. Ti va una telefonata questa settimana?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Craig Dunmore", "Recruitment Consultant | Supply Chain & Logistics | Apex Resourcing", "Birmingham",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Ilaria Russo", "HR Generalist | Selezione e formazione", "Brescia", ("inv", NONOTE))
P("default_invitation", "en", "Tanya Brooks-Whitman", "Career Strategist | Resume Writer | Ex-Fortune 500 Recruiter", "Austin", ("inv", DEFAULT))
P("default_invitation", "it", "Gianni Lupo", "Headhunter | Executive Search", "Torino", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Clare Penhaligon", "Career Coach for Mid-Career Professionals | Founder, NextChapter Coaching", "Exeter",
  ("inv", "Hi Alex, redundancy is brutal and most people lose six months applying blind. My 8-week Career Reset programme gets clients to offer "
          "stage in half that. I have two places opening in May - shall I send you the details and fees?"))
P("sales_invitation", "en", "Derek Vance", "Founder | HireVelocity – Job Search Accelerator | 2,000+ executives placed", "Dallas",
  ("inv", "Alex - noticed the Open to Work frame. Our accelerator members land $120k+ roles in 90 days on average: done-for-you applications, "
          "recruiter outreach, interview prep. Worth 20 min to see if you qualify? My calendar link is in my featured section."),
  ("rem",))
P("sales_invitation", "it", "Monica Ferrante", "CV Writer certificata | Personal Branding | LinkedIn Profile Makeover", "Roma",
  ("inv", "Ciao Alex, ho dato un'occhiata al tuo profilo: il riepilogo non valorizza per niente i risultati che hai ottenuto. "
          "Rifaccio CV + LinkedIn in 5 giorni lavorativi, pacchetto completo 197€. Se vuoi ti mando qualche esempio prima/dopo."))
P("sales_invitation", "en", "Gareth Lloyd-Price", "Director | Kingsmere Candidate Marketing", "London",
  ("inv", "Good afternoon Alex. We represent senior candidates to the hidden job market, where some 80% of roles at your level are filled. "
          "Our candidate marketing service starts at £2,950. I would welcome a short call to assess your suitability."))
P("sales_invitation", "it", "Pietro Sanna", "Lean Six Sigma Master Black Belt | Founder, Sardinia Lean Academy", "Cagliari",
  ("inv", "Hello Alex, while you are between roles is the perfect moment to get certified. Our Green Belt online cohort starts the 3rd, "
          "40% off for who is unemployed (1.190€ instead of 1.990€). Reply me and I send the syllabus."),
  nl="en")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Brandon Teague", "Hiring Manager | Talent Acquisition | Remote Opportunities", "Houston",
  ("inv", "Hi Alex, we have a remote Logistics Coordinator opening, $42/hr, fully remote, flexible hours. Your background is a great fit. "
          "Accept my request so I can send over the job description and next steps."),
  ("msg", "Congratulations Alex! The hiring team reviewed your profile and approved you for the position. Before your start date you will need to "
          "set up your home office: please purchase the equipment package ($480) from our certified vendor, contact below. "
          "The full amount is reimbursed with your first paycheck.", (2, 6)),
  ("msg", "Hi Alex, checking you received the vendor details. We need the payment confirmation by Friday or the position goes to the next candidate.",
   (2, 5)))
P("bait_and_switch_invitation", "en", "Nadia Farrow", "Host, The Redundancy Club | Peer support for people between jobs", "Brighton",
  ("inv", "Hi Alex, I run The Redundancy Club, a free Thursday-evening peer group (online) for people who've been let go. Honest chats, "
          "accountability buddies, the odd job lead. We'd love to have you, no catch."),
  ("msg", "So glad you came along on Thursday! A few members asked about going deeper, so I've opened the Momentum Programme: six one-to-one "
          "coaching sessions plus a CV and LinkedIn overhaul for £690 (or 3 x £240). Fancy a quick call to see if it's right for you?", (8, 20)))
P("bait_and_switch_invitation", "it", "Stefano Orlandi", "Founder | Rete Professionisti Supply Chain Italia", "Bologna",
  ("inv", "Ciao Alex, ho fondato una rete di professionisti della supply chain: ci passiamo segnalazioni di posizioni aperte e contatti in azienda, "
          "tutto gratis. Ho visto che sei in cerca, entra pure nel gruppo!"),
  ("msg", "Benvenuto! Ti spiego come funziona per chi cerca lavoro: la bacheca delle posizioni riservate è per i soci Premium, 49€ al mese, "
          "disdici quando vuoi. Con il codice BENVENUTO il primo mese lo paghi 19€. Ti mando il link?"),
  ("msg", "Alex, ti ricordo solo che il codice scade domenica. Tanti soci Premium hanno trovato lavoro in meno di tre mesi!", (4, 9)))
P("bait_and_switch_invitation", "en", "Hugo Tremayne", "Supply chain lifer | Mentor | FMCG", "Guildford",
  ("inv", "Alex, fellow supply chain lifer here (25 years, mostly FMCG). Always good to know others in the trade, especially when one's between "
          "roles. Happy to share what I learned the last time I was in your shoes."),
  ("msg", "Good to be connected. Honestly, the best move I made after my last redundancy was not going back to employment at all. I now own two "
          "units of a commercial cleaning franchise and I help the brand recruit new franchise partners. Investment from £35k, funding available. "
          "Would you be open to a discovery call?", (5, 15)))
P("bait_and_switch_invitation", "it", "Valentina Moro", "Career Mentor | Ex HR Director", "Milano",
  ("inv", "Ciao Alex, ogni mese faccio 5 revisioni gratuite del CV per chi è stato coinvolto in un licenziamento collettivo. Ho letto di Example "
          "Industries: se ti serve un parere sincero mandami il CV, non costa nulla."),
  ("msg", "Grazie del CV! Te lo dico con franchezza: così non passa i filtri ATS. La riscrittura completa costa 390€, revisione del profilo "
          "LinkedIn inclusa. Se confermi entro venerdì te la faccio a 320€."),
  ("msg", "Alex, ci hai pensato? Mi è rimasto uno slot questa settimana, poi se ne parla a fine mese.", (6, 14)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Kimberly Shaw", "Talent Acquisition Partner | Northline Distribution", "Remote",
  ("inm", "Interview invitation - Inventory Control Manager (Remote)", "Hello Alex, your profile was shortlisted for our Inventory Control "
          "Manager opening (remote, $95,000 - $110,000). Interviews are held by text chat on Teams with our hiring manager. Please reply with "
          "your personal email address and your availability this week."),
  ("inm", "Offer letter and onboarding", "Dear Alex, the hiring manager was very impressed with your answers and we are pleased to offer you the "
          "position. To activate your payroll profile, a refundable background verification fee of $150 must be sent via Zelle to our "
          "screening partner. Kindly send a screenshot once done so we can release your start date.", (2, 5)))
P("bait_and_switch_inmail", "en", "Oliver Strachan", "Executive Headhunter | Board & C-Suite | Strachan Partners", "Edinburgh",
  ("inm", "Confidential: Head of Supply Chain mandate", "Alex, I'm retained on a confidential Head of Supply Chain search for a PE-backed drinks "
          "business in the North West. Package in the region of £95k plus LTIP. Your name came up twice in my research. Could we speak this week?"),
  ("inm", "Next steps", "Thanks for coming back to me, Alex. Before I present anyone to the client, shortlisted candidates go through our "
          "Executive Readiness Review: psychometrics, a board-level CV rewrite and two interview simulations. The investment is £1,850 + VAT, "
          "and frankly it's what gets our people over the line. Shall I send the agreement across?", (3, 9)))
P("bait_and_switch_inmail", "it", "Alessia Bruni", "Recruiter | LogiTalent Italia", "Napoli",
  ("inm", "Selezione Responsabile di Magazzino – Nola", "Buongiorno Alex, stiamo selezionando un Responsabile di Magazzino per un polo logistico "
          "a Nola, contratto a tempo indeterminato, RAL 42k. Il suo profilo ci interessa molto. Possiamo fissare un colloquio conoscitivo?"),
  ("inm", "Colloquio – documenti richiesti", "Gentile Alex, la ringrazio per la disponibilità. Per accedere alla fase finale il cliente "
          "richiede l'attestato sulla sicurezza nei magazzini, che può ottenere con il nostro ente partner: corso online di 16 ore, 280€ + IVA. "
          "Appena ci inoltra la ricevuta del bonifico la inseriamo in rosa.", (4, 10)))
P("bait_and_switch_inmail", "en", "Trevor Nakamura", "Freelance writer | Work, careers & the economy", "Seattle",
  ("inm", "Quick question for a piece on supply chain layoffs", "Hi Alex, I'm writing about the wave of planning-team layoffs in consumer "
          "goods this year and I'd love to hear what the job market looks like from your side. 15 minutes on the phone, anonymous if you prefer?"),
  ("inm", "Thanks + something that might help", "Really appreciated your candor on the call. Full disclosure: besides writing I'm a certified "
          "career coach, and a lot of what you described is exactly what my 12-week Pivot Program fixes. It's $2,400, payment plans available. "
          "Want me to hold you a spot in the June cohort?", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Shawn Whitaker", "Supply Chain Analyst | APICS CSCP | #OpenToWork", "Columbus",
  ("end",), ("end",),
  ("msg", "Hey Alex, saw we're both #opentowork. Endorsed you for {skill}, figured us job seekers gotta stick together. Could you endorse me for "
          "Inventory Management and SAP? A recruiter told me it bumps you up in their searches. Thanks man!"))
P("endorse_me_back", "it", "Carlo Benedetti", "Buyer senior | ex Example Industries", "Verona",
  ("end",),
  ("msg", "Ciao Alex! Ti ho appena confermato {skill}, te lo meritavi tutto. Senti, già che ci sei mi confermeresti anche tu Acquisti e "
          "Negoziazione? Adesso che siamo a spasso tutti e due ogni cosa conta 😅"))
P("endorse_me_back", "en", "Priti Mistry", "Interview Coach | Ex-Big Four Recruiter", "Leicester",
  ("end",), ("end",),
  ("msg", "Morning Alex! I've popped a couple of endorsements on your profile, {skill} among them. Would you be a star and return the favour "
          "for Interview Coaching and Career Development? It really helps my profile turn up for the people I work with."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Lee Harker", "Recruitment Consultant | Warehouse & Distribution | StaffLine Direct", "Wakefield",
  ("inv", "Alex, I've a shift manager post at a DC in Normanton, nights, £38k, temp to perm. Can start Monday if you're keen. Connect and I'll ring you."),
  ("rem",),
  ("inm", "Your loss", "Not even a reply, eh? Bit rich for someone who's been out of work four months. Thought you'd be grateful for "
          "anything going. Don't come crying to me when the redundancy money runs out."))
P("hostility_after_decline", "en", "Rachel Dominguez", "Executive Career Coach | Helping leaders land faster", "Phoenix",
  ("inv", "Alex, I help operations leaders shorten their job search with a proven 5-step system. Would love to connect and see if coaching "
          "could be what gets you over the hump."),
  ("rem",),
  ("inm", "Wow", "Twice now I've offered you a hand and got silence back. Honestly, that attitude might be why you're still job hunting. "
          "Best of luck, I guess."))
P("hostility_after_decline", "it", "Fabio Cattaneo", "Consulente di carriera | Outplacement", "Bergamo",
  ("inv", DEFAULT),
  ("inm", "Complimenti", "Ho visto che hai ignorato la mia richiesta. Complimenti. Con quest'aria da primo della classe non mi stupisce che "
          "tu sia ancora a casa. Io volevo solo darti una mano."))
P("hostility_after_decline", "it", "Enrico Villa", "Operations Manager | Logistica conto terzi", "Piacenza",
  ("inv", "Ciao Alex, mi serve un capoturno per il magazzino di Castel San Giovanni, subito, CCNL commercio 4° livello. So che è meno di quello "
          "che facevi ma intanto lavori. Colleghiamoci e ti spiego."),
  ("rem",),
  ("inm", "Ma per favore", "Ti offro un lavoro vero e mi fai dire da un collega comune che 'non è in linea con il tuo percorso'? Ma per favore. "
          "Voi manager laureati vi sentite sempre superiori. Resta pure a casa, io assumo chi ha voglia di lavorare."))

P("hostility_after_decline", "en", "Darren Coyle", "Director | Premier Executive CVs", "Glasgow",
  ("inv", "Hi Alex, I write CVs for senior supply chain people and most of the ones I see undersell by a mile. Send yours over and I'll tell you what I'd change."),
  ("rem",),
  ("inm", "Manners", "I can see you looked at my profile twice and still left me hanging. Manners cost nothing, Alex. Good luck getting "
          "interviews with the CV you've got."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Jason Pruitt", "Founder | Six-Figure Comeback Coaching", "Tampa",
  ("msg", "Alex! Congrats on being free of corporate 😉 Seriously though, this is the best time to reinvent yourself. My Six-Figure Comeback "
          "cohort starts on the 15th, $1,997 or 4 payments. Want the breakdown?"),
  ("msg", "Got your 'no thanks'. Fine. But let me be real with you since nobody else will: people who won't invest in themselves stay stuck. "
          "Enjoy refreshing Indeed every morning."))
P("hostility_connection", "en", "Simon Radcliffe", "Associate Director | Radcliffe Moore Recruitment | Supply Chain", "Nottingham",
  ("msg", "Alex, I've got a genuinely good one: Supply Chain Manager for a pet food manufacturer in Melton, £60k + car allowance, 4 days on "
          "site. Client wants someone who's run S&OP in FMCG. Shall I put you forward?"),
  ("msg", "With respect Alex, you've been out since February and you're turning down £60k over a commute? I stuck my neck out for you with "
          "this client. I won't be doing it again. Frankly, you've made me look a fool.", (3, 8)))
P("hostility_connection", "it", "Roberto Mazza", "Consulente finanziario | Pianificazione patrimoniale", "Brescia",
  ("acc",),
  ("msg", "Ciao Alex, so che sei uscito da Example con l'incentivo all'esodo. Non lasciare quei soldi fermi sul conto: ti preparo un piano di "
          "investimento su misura, la prima consulenza è gratuita. Quando ci vediamo?"),
  ("msg", "Va bene, 'non è il momento'. Ti dico solo una cosa: quando tra un anno avrai bruciato la buonuscita non venire a lamentarti. "
          "Certa gente non merita l'aiuto che riceve."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Melanie Ortiz", "Certified Professional Resume Writer (CPRW) | ATS-optimized resumes", "San Diego",
  ("msg", "Hi Alex, I noticed your headline says Open to Work. Quick tip: 75% of resumes never reach a human because of ATS filters. I write "
          "ATS-optimized resumes for supply chain professionals, $349 with a 5-day turnaround. Want me to take a look at yours?"),
  ("msg", "Hey Alex, following up! This month I'm bundling the LinkedIn profile rewrite with the resume for $449 (normally $548). Let me know!"),
  ("msg", "Last note from me, Alex: the bundle price ends Sunday.", (3, 7)))
P("connection_only_pitches", "en", "Tobias Wren", "Partner | Interim Executive Network", "London",
  ("msg", "Alex, have you thought about going interim while you look? Our network puts supply chain leaders in front of clients every week. "
          "Membership is £95 a month and includes our day-rate benchmarking. Happy to walk you through it."),
  ("msg", "Hi Alex, our next members' showcase is on the 12th. Join this week and I'll waive the first month - shall I send the sign-up link?"))
P("connection_only_pitches", "it", "Laura De Santis", "Consulente | Bandi e finanziamenti per nuove imprese", "Roma",
  ("msg", "Ciao Alex, hai mai pensato di metterti in proprio? Tra fondi regionali e contributi a fondo perduto si arriva anche a 200k. "
          "Ti seguo io nella pratica, il mio compenso è una percentuale sul finanziamento ottenuto. Ti va una call?"),
  ("msg", "Ciao Alex, il nuovo bando apre il 15. Se vuoi partire per tempo ti mando il preventivo per la consulenza, così blocchiamo la pratica."))
P("connection_only_pitches", "en", "Dwayne Rutherford", "Independent Business Owner | Financial Freedom | Ask me how", "Atlanta",
  ("msg", "Hey Alex! Hope the job hunt's going ok. Ever thought about building something of your own on the side? I partner with a wellness "
          "brand and I'm mentoring a few sharp people. Low startup cost, huge upside. Open to a 15 min call?"),
  ("msg", "Alex, just following up! Online launch event Tuesday night, I can save you a seat. Starter kit is only $199 this month 🚀"))


# =============================================================== single_pitch
P("single_pitch", "en", "Harriet Cole", "Founder | Interview Ready – mock interviews with real hiring managers", "Cambridge",
  ("msg", "Hi Alex, I saw you're looking. We run mock panel interviews with real hiring managers from FMCG and retail, with recorded feedback. "
          "£150 a session or three for £390. If you've got interviews coming up I'd be glad to book you in."))
P("single_pitch", "it", "Michela Fabbri", "Orientamento professionale | Bilancio di competenze", "Modena",
  ("msg", "Buongiorno Alex, quando si cambia lavoro dopo tanti anni un bilancio di competenze aiuta a capire dove puntare. Il mio percorso è di "
          "6 incontri a 450€. Se le interessa le mando la scheda."))
P("single_pitch", "en", "Austin Pelletier", "Sales Director | ResumeBlast Pro", "Denver",
  ("msg", "Alex - we'll send your resume to 8,000+ recruiters and hiring managers in your industry within 48 hours. The supply chain package is "
          "$179. Thousands of job seekers have landed interviews this way. Want the link?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Bethan Rhys", "Head of Logistics | Corvid Retail", "Cardiff",
  ("msg", "Alex, gutted for you about the restructure - the planning team was the best bit of that place. Two things: our Bristol DC is hiring "
          "an Inventory Control Manager (I know the hiring manager, happy to refer you), and I'll gladly be a reference if anyone asks. Say the word."),
  ("msg", "Spoke to Gav about the DC role, he's expecting your CV by Friday. Put my name in the subject line.", (2, 6)))
P("connection_brings_value", "it", "Antonella Sorrentino", "HR Manager | Manifattura Sorrentina", "Napoli",
  ("msg", "Alex, ho saputo solo ieri della chiusura del sito di Milano. Mi dispiace tantissimo, sei una delle persone più corrette con cui abbia "
          "lavorato. Se ti serve una referenza scritta te la preparo volentieri, e ti giro il contatto di due head hunter seri che conosco bene."))
P("connection_brings_value", "en", "Terrence Hall", "VP Operations | Lakeshore Beverage Co.", "Milwaukee",
  ("end",),
  ("msg", "Alex, I mentioned you to Dana Kim, who runs planning at Northwind Grocers. She has headcount for a senior S&OP role and said she'd be "
          "glad to talk before they brief recruiters. I've emailed you both, but wanted to flag it here in case it lands in spam."))
P("connection_brings_value", "en", "Margaret Okonkwo", "Retired | Former Supply Chain Director", "Stockport",
  ("msg", "Dear Alex, I read your post about leaving. What a rotten way to treat a team that kept the shelves full all through the pandemic. "
          "You'll land on your feet, you always did. Thinking of you, and do pop round for tea if you're ever near Stockport. Margaret"))
P("connection_brings_value", "it", "Lorenzo Ferri", "Responsabile Logistica | Brevi Trasporti", "Lodi",
  ("msg", "Alex, ti segnalo una cosa: il nostro trasportatore di Lodi sta cercando un direttore operativo, l'annuncio non è ancora uscito. "
          "Il titolare è un amico, gli ho parlato di te. Se ti interessa ti passo il suo numero, dimmi tu."),
  ("msg", "Fatto, gli ho dato il tuo numero: ti chiama lui lunedì mattina. In bocca al lupo!", (2, 5)))

P("connection_brings_value", "en", "Luis Carvajal", "Director of Supply Planning | Harlow Home Goods", "Cincinnati",
  ("msg", "Alex, my old team at Harlow is backfilling my manager job and they asked me for names. I gave yours. No promises, but their recruiter "
          "Beth should reach out this week. And I'm happy to do a reference call anytime, just send people my way."),
  ("msg", "Beth says she left you a voicemail - call her back, it's a good gig and the team is solid.", (3, 8)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Ainsworth", "Principal Consultant – Operations | Selbourne Search", "London",
  ("inm", "Supply Chain Director – Midlands manufacturer", "Hi Alex, I'm working on a Supply Chain Director appointment for a £300m building "
          "products business near Derby. Reports to the COO, team of 45 across planning, procurement and logistics. Base £90-100k, 20% bonus, "
          "car. Your S&OP turnaround at Example Industries is exactly the story they want to hear. Open to a chat this week?"))
P("stranger_inmail_recruiter", "it", "Giorgio Marchetti", "Senior Consultant | Executive Search Supply Chain & Operations", "Milano",
  ("inm", "Head of Supply Chain – Reggio Emilia", "Buongiorno Alex, seguo per un'azienda meccanica del distretto di Reggio Emilia (circa 180 "
          "milioni di fatturato) la ricerca di un Head of Supply Chain. RAL 85-95k più MBO e auto, sede a Reggio con due giorni di lavoro da "
          "remoto. Mi farebbe piacere raccontarle i dettagli al telefono, quando le è comodo."))
P("stranger_inmail_recruiter", "en", "Danielle Fortier", "Corporate Recruiter | Pine Ridge Foods", "Minneapolis",
  ("inm", "Senior Demand Planner - Pine Ridge Foods (hybrid, Minneapolis)", "Hi Alex! I'm the in-house recruiter at Pine Ridge Foods. We're "
          "hiring a Senior Demand Planner: $105-120k + 10% bonus, relocation assistance, hybrid 3 days a week. Our VP of Planning read your post "
          "on forecast bias and asked me to reach out. Would you be up for a 20-minute intro call?"))
P("stranger_inmail_recruiter", "it", "Matteo Longo", "Talent Partner | Arcwise Pharma", "Milano",
  ("inm", "Supply Planning Lead - Milan", "Hi Alex, I'm hiring a Supply Planning Lead for our Milan plant: permanent contract, RAL around 70k, "
          "MBO 15%, hybrid. English is the working language of the team. You worked with our logistics people during the Example tender, "
          "so your name came up. Would you like to hear more?"),
  nl="en")
P("stranger_inmail_recruiter", "en", "Hollie Jarvis", "In-house Recruiter | Greystone Brewing Co.", "Leeds",
  ("inm", "Planning Manager - Greystone Brewing", "Hi Alex, I look after recruitment at Greystone. We're hiring a Production & Materials "
          "Planning Manager at our Tadcaster brewery: £58-64k, 25 days holiday plus bank hols, hybrid two days a week. Interviews w/c the 14th. "
          "Fancy a look at the JD?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brianna Lowe", "Enrollment Advisor | Elevate Executive Job Search Program", "Remote",
  ("inm", "Alex, your job search strategy", "Hi Alex, after reviewing your profile I'd like to invite you to apply to Elevate, our 60-day "
          "executive job search program. Members get a dedicated career strategist, access to unadvertised roles, and a placement guarantee. "
          "Tuition starts at $4,500. Do you have 15 minutes Thursday?"),
  ("inm", "Re: Alex, your job search strategy", "Following up - we only accept 12 members per cohort and two places remain. Can I send you an application?"))
P("stranger_inmail_sales", "en", "Neil Hargreaves", "Director | Premier CV Services Ltd", "Reading",
  ("inm", "Your CV", "Hello Alex, a CV that worked five years ago won't get you past today's screening software. Our award-winning writers "
          "produce executive CVs from £245. Book a free 10-minute critique here: premiercvservices.example/critique"))
P("stranger_inmail_sales", "it", "Paolo Greco", "Responsabile commerciale | Accademia Logistica Online", "Milano",
  ("inm", "Master in Supply Chain – posti riservati", "Gentile Alex, per chi è in transizione professionale abbiamo riservato 10 posti nel "
          "nostro Master Executive in Supply Chain Management (online, 6 mesi). Quota agevolata di 2.400€ anziché 3.800€, pagabile in 12 rate. "
          "Posso chiamarla per i dettagli?"))
P("stranger_inmail_sales", "en", "Elaine Foster", "HR Assistant | Global Remote Staffing", "Remote",
  ("inm", "Work from home - Logistics Assistant", "Hello Alex, we are hiring remote logistics assistants, $35/hr, no experience needed, training "
          "provided. To begin, a one-time registration and training fee of $65 is required, refundable after your first week. "
          "Reply YES to receive the payment link."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Gemma Whitlock", "Category Planner | Sheffield", "Sheffield",
  ("inv", "Alex! It's Gemma from the Sheffield planning team. Heard about the cuts, awful. I kept a list of the agencies that actually rang me "
          "back when I was looking, happy to send it over x"),
  ("msg", "Here's the list! Kelly at Harrow and Jon at Salt were the best by a mile. Mention my name."),
  ("msg", "Hey lovely, random one - I've started something alongside my job with an amazing skincare brand and honestly the extra income has "
          "changed everything. With your people skills you'd smash it. Can I send you a quick video? Starter pack is only £99 💕", (10, 30)))
P("good_turns_ugly", "it", "Silvia Conti", "Volontaria | Sportello Lavoro Over 40", "Torino",
  ("inv", "Buongiorno Alex, sono volontaria allo sportello lavoro del quartiere: il martedì facciamo simulazioni di colloquio gratuite e c'è "
          "un consulente del lavoro per i dubbi su NASpI e contratti. Se le serve, è il benvenuto."),
  ("msg", "Grazie per essere passato martedì! Le lascio il link alla guida NASpI di cui parlavamo, aggiornata a quest'anno."),
  ("msg", "Alex, le scrivo a titolo personale: oltre allo sportello faccio la consulente assicurativa, e chi resta senza lavoro dovrebbe "
          "proteggere mutuo e famiglia. Le preparo una proposta per una polizza vita con protezione del reddito? Bastano 20 minuti.", (10, 25)))
P("good_turns_ugly", "en", "Evan Lindgren", "Sr. Manager, Logistics | Midwest CPG", "Minneapolis",
  ("inv", "Hey Alex, we overlapped at the CSCMP conference in Denver. When I was searching last year I built a spreadsheet of 60+ supply chain "
          "hiring managers at midwest CPG companies. Happy to share it, no strings."),
  ("msg", "Here's the link to the sheet. A few contacts might be stale but most were good as of spring."),
  ("end",),
  ("msg", "Glad the list helped! Quick favor - I endorsed you for {skill}, any chance you could endorse me for Logistics Management and Vendor "
          "Negotiation? Going for a promotion and my boss actually checks this stuff."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Sophie Carraway", "Founder | The CV Studio", "Oxford",
  ("inm", "Alex - your CV", "Hi Alex, I write CVs for senior operations people and I can see you're on the market. My executive CV package is "
          "£395 and includes a LinkedIn rewrite. Shall I send a few samples?"),
  ("inv", "Hi Alex, lovely to see you spoke at the Supply Chain Leaders breakfast last week. Would be great to stay connected!"))
P("reinvite_known_bad", "it", "Riccardo Pagani", "Recruiter | Agenzia per il lavoro", "Monza",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ho una posizione da Supply Chain Planner in Brianza, RAL 45k, tempo indeterminato, sede a Vimercate. Ti va di parlarne?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Tyler Brandt", "Talent Acquisition | Remote Careers", "Remote",
  ("inm", "Remote Supply Chain Coordinator - interview", "Hi Alex, you've been selected to interview for a remote Supply Chain Coordinator "
          "position paying $38/hr. Reply to this message to schedule."),
  ("inm", "Equipment setup", "Congratulations on passing the interview! We are mailing you a check. Please deposit it and send $900 of it to "
          "our equipment supplier so they can ship your laptop before day one.", (2, 6)),
  ("inv", "Hi Alex, connecting with supply chain professionals in my network. Let's connect!"))
P("reinvite_known_ugly", "it", "Gianluca Serra", "Formatore | Coaching per il lavoro", "Cagliari",
  ("inv", "Ciao Alex, aiuto i manager senza lavoro a ricollocarsi in 90 giorni con il mio metodo. Vuoi sapere come?"),
  ("inm", "Silenzio", "Vedo che non rispondi. Tipico di chi pensa di sapere già tutto, poi però resta a casa un anno. Auguri."),
  ("inv", "Buongiorno Alex, riproviamo? Sono cambiate tante cose, mi farebbe piacere averti nella mia rete."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Owen Prescott", "Account Director | Talentwise Outplacement", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting, Alex - good to meet you at the Manchester jobs fair. As I mentioned, if your old employer didn't include "
          "outplacement in the package, we offer a self-funded version: three months of coaching plus our job board for £1,200. Want the brochure?"))
P("user_invited_pitch_once", "it", "Chiara Vitali", "Consulente | Franchising e avvio d'impresa", "Varese",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Come ti accennavo all'evento in Camera di Commercio, per chi vuole mettersi in proprio dopo "
          "un'uscita aziendale abbiamo tre format in franchising nella logistica dell'ultimo miglio, investimento da 25k. Ti mando la presentazione?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Heather Sloane", "LinkedIn Branding Strategist | Get found by recruiters", "Nashville",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Since you asked in the webinar chat: yes, I do 1:1 profile makeovers. For job seekers it's $297 and "
          "includes a custom banner and a keyword-optimized headline. Want to grab a slot?"),
  ("msg", "Hi Alex! Heads up that my rate goes to $397 next month. Happy to lock in the current price for you if you book by Friday."))
P("user_invited_pitch_twice", "it", "Federico Basile", "Broker assicurativo | Tutela del reddito", "Firenze",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Visto che mi dicevi che stai valutando offerte, ti lascio un'idea: una polizza di protezione del "
          "reddito per i primi mesi del nuovo lavoro, quando il periodo di prova ti lascia scoperto. Ti faccio un preventivo?"),
  ("msg", "Alex, il preventivo te l'ho preparato comunque: 38€ al mese. Lo guardiamo insieme giovedì?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Imran Qureshi", "Head of Talent | Selwyn Group", "Birmingham",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite after the panel. As promised: our Group Planning Manager role opens internally on Monday and goes "
          "external a week later. I've emailed you the JD; if you apply, drop me a line and I'll make sure a human reads it, not a filter."))
P("user_invited_value", "it", "Francesca Riva", "Supply Chain Director | Gruppo Vetrario Lombardo", "Bergamo",
  ("acc",),
  ("msg", "Alex, che piacere ritrovarti qui! Ti scrivo volentieri una raccomandazione su LinkedIn per il lavoro sul progetto S&OP, te la "
          "pubblico in settimana. E se ti serve una telefonata di referenze per qualche selezione, dai pure il mio numero."))
P("user_invited_value", "en", "Patricia Levesque", "Alumni mentor | Retired COO", "Boston",
  ("acc",),
  ("msg", "So glad you reached out after the alumni mixer, Alex. I meant it: I'll run a mock interview with you before your final round, no "
          "charge, I enjoy it. Tuesday or Wednesday evening? I'm also attaching the questions I used to ask ops candidates."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Helen Wakefield", "Supply Chain Manager | Brook Dairy", "Harrogate", ("acc",))
P("lone_endorsement", "en", "Sean McCready", "Warehouse Operations Lead", "Belfast", ("end",))
P("lone_endorsement", "it", "Paola Ferretti", "Planner | ex Example Industries", "Milano", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Fiona Blackwood", "fiona.blackwood@harrowtalent.example.co.uk", "Supply Chain Manager – Warrington (spec attached)",
     "Hi Alex,\n\nI've also sent you a LinkedIn request, but here's the spec in case you'd rather keep it to email. "
     "Client is interviewing the week after next.\n\nBest,\nFiona", "en"),
    ("Jobcentre Plus", "noreply@jobcentre.example.gov.uk", "Your work search commitment",
     "Dear Alex Morgan,\n\nplease record this week's work search activity in your journal, including applications made through job boards "
     "or LinkedIn, before your next appointment.", "en"),
    ("Bethan Rhys", "bethan.rhys@corvid-retail.example", "CV for Gav",
     "Alex,\n\nforwarded your CV to Gav this morning. Now stop refreshing LinkedIn and go for a walk.\n\nB x", "en"),
    ("Work Opportunity Team", "hr.recruitment.remote@gmail.example", "Remote position offer - found your profile on LinkedIn",
     "Dear Candidate,\n\nwe found your profile on LinkedIn and you are selected for remote Logistics Assistant job, $40/hr. "
     "Reply with your bank details to begin payroll setup.", "en"),
    ("Example Industries HR", "hr@example-industries.example", "Your outplacement support",
     "Dear Alex,\n\nas part of your leaving package you have three months of LinkedIn Premium and two sessions with our outplacement "
     "partner. Details are in the attached letter.", "en"),
    ("Centro per l'Impiego di Milano", "cpi.milano@regione.example.it", "Laboratorio gratuito: LinkedIn e ricerca attiva del lavoro",
     "Gentile utente,\n\nla invitiamo al laboratorio gratuito di martedì sull'uso di LinkedIn nella ricerca di lavoro. "
     "Iscrizione obbligatoria dal portale.", "it"),
    ("Serena Galli", "serena.galli@example.it", "Kinaxis – grazie!",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn ma ti ringrazio qui: le tue dritte su Kinaxis mi hanno salvato il colloquio!\n\nSerena", "it"),
    ("Indeed", "alerts@indeed.example", "New jobs for supply chain manager near Manchester",
     "12 new jobs match your search. Tip: import your LinkedIn profile to apply faster.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot sixtieth development corpus (dev60). Generated by scripts/make_corpus_dev60.py (seed {SEED}); do not edit by hand.",
          "# Alex between jobs and open to work, English (UK, US) and Italian: recruiters with real roles, career coaches, CV writers, "
          "job search accelerators, fake job offers and advance-fee scams, old colleagues with referrals, well-wishers, and people who turn "
          "nasty after a no. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev60", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER, eras=ERAS)
