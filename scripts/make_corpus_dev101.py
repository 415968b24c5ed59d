#!/usr/bin/env python3
"""Write mailbot's hundred-and-first, independent development corpus: tests/corpus/dev101/*.eml + expected.toml.

The angle: the user Alex is an engineering manager at a payments fintech in Milan (Brera Pay).
Their LinkedIn world: tech recruiters (in-house ones with real roles, agencies that sell
placements), body-rental and team-augmentation consultancies, dev-tool, observability and cloud
vendors, open-source maintainers, meetup and conference organisers (free community events
against pay-to-speak), bootcamps (demo-day juries against paid hiring-partner packages),
developers asking for a referral or for mentoring, peer engineering managers comparing notes,
endorse-me-back from developers on the job market, hostility from ignored sellers and from a
job seeker, and bait and switch (peer circle, "fellow EM" question, OSS feedback, speaker slot,
productivity survey) followed by a sale. The writing is mostly casual Milanese Italian full of
English tech words, with some formal Italian (Lei), English, and a few Spanish, German and
French writers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs
carry are swapped for this world in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge
or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev101.py              # writes tests/corpus/dev101
    python scripts/make_corpus_dev101.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261011

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a Milan fintech's engineering world (this process only)
SKILLS = {
    "en": ["Engineering Management", "Distributed Systems", "Kotlin", "Kubernetes", "Agile Methodologies", "Payments"],
    "it": ["Gestione di team", "Sistemi distribuiti", "Kotlin", "Kubernetes", "Metodologie agili", "Architettura software"],
    "es": ["Gestión de equipos", "Sistemas distribuidos", "Kotlin", "Kubernetes", "Metodologías ágiles"],
    "de": ["Teamführung", "Verteilte Systeme", "Kotlin", "Kubernetes", "Agile Methoden"],
    "fr": ["Management d'équipe", "Systèmes distribués", "Kotlin", "Kubernetes", "Méthodes agiles"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Engineering Manager, Payments Platform at Brera Pay | Milan",
    "it": "Engineering Manager, Payments Platform presso Brera Pay | Milano",
    "es": "Engineering Manager, Payments Platform en Brera Pay | Milán",
    "de": "Engineering Manager, Payments Platform bei Brera Pay | Mailand",
    "fr": "Engineering Manager, Payments Platform chez Brera Pay | Milan",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["it", "en", "it", "en", "it"]   # spoofs and other LinkedIn mail: Alex reads LinkedIn in Italian or English
mc.CITY.update({"it": ["Milano", "Monza", "Bergamo", "Como", "Pavia", "Torino", "Bologna"],
                "en": ["London", "Dublin", "Amsterdam", "Berlin", "Lisbon", "Barcelona"]})
mc.NAMES.update({
    "it": (["Mattia", "Noemi", "Simone", "Camilla", "Jacopo", "Alice", "Filippo", "Greta", "Emanuele", "Ludovica", "Pietro", "Bianca"],
           ["Villa", "Sironi", "Cazzaniga", "Mapelli", "Vismara", "Zanetti", "Frigerio", "Longoni", "Tagliabue", "Meroni", "Ronchi", "Sala"]),
    "en": (["Callum", "Jess", "Nathan", "Amber", "Owen", "Kirsty", "Dylan", "Holly", "Adam", "Lucy", "Sam", "Freya"],
           ["Shaw", "Pearce", "Moffat", "Hale", "Quinn", "Barlow", "Stokes", "Rigby", "Hurst", "Lowe", "Booth", "Kerr"]),
})
mc.JOBS[:] = [("Engineering Manager – Payments", "Northwave Payments"), ("Head of Engineering", "Pagomio"),
              ("Senior Engineering Manager, Core Banking", "Banca Brianza Digitale"), ("Director of Engineering", "Halden Bank"),
              ("Engineering Manager, Platform (hybrid)", "Cassa Lariana Tech")]
mc.COMPANIES["good"] = ["Northwave Payments", "Pagomio", "Halden Bank", "Politecnico di Milano", "GDG Milano", "Kotlin User Group Milano",
                        "Banca Brianza Digitale", "Cassa Lariana Tech"]
mc.COMPANIES["sales"] = ["Nexa Consulting", "Tracewise", "Codelyze", "Forgeflow", "Atlasbase", "Portix", "CodeForge Academy", "Ferro Cloud"]
mc.HEADLINES["good"] = ["Engineering Manager at {co}", "Staff Engineer | {co}", "Senior Backend Engineer at {co}", "Tech Lead @ {co}",
                        "Head of Platform at {co}", "Site Reliability Engineer | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Business Manager | {co}", "Founder & CEO at {co}",
                         "Helping fintech teams ship faster | {co}", "Sales Director Italy at {co}"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Domanda veloce", "Il vostro stack", "Un'idea per Brera Pay", "15 minuti?", "Collaborazione"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your on-call load", "An idea for Brera Pay", "15 minutes?", "Partnership"]
retitle_other({
    "en": dict(job=("{n} new jobs for \"engineering manager\"", "Your job alert for engineering manager in {city}"),
               news="Are European fintechs hiring engineers again?", group="Top conversations in Engineering Leadership Europe",
               newsletter="The Staff Engineer's Notebook: writing design docs people read"),
    "it": dict(job=("{n} nuove offerte per «engineering manager»", "La tua segnalazione di lavoro per engineering manager a {city}"),
               news="Milano resta la capitale italiana del fintech?", group="Conversazioni principali in Sviluppatori Italiani",
               newsletter="Appunti di un CTO: il primo anno dopo la serie A"),
})
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.example.org",
                       "nodkim", "buried", "wrongpass"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared a private repo with the fix we discussed. Sign in with your LinkedIn account to accept the access request.",
           "Hello {first}, there's an urgent issue with your company's payment API keys showing up in a public paste. Verify your account here to see the report."],
    "it": ["Ciao {first}, ti ho condiviso il repo privato con la patch di cui parlavamo. Accedi con LinkedIn per accettare l'invito.",
           "Buongiorno {first}, le chiavi API dei vostri pagamenti risultano esposte in un paste pubblico. Acceda qui per vedere il report."],
    "es": ["Hola {first}, te he compartido el repositorio privado con el parche. Inicia sesión para aceptar el acceso."],
    "de": ["Hallo {first}, ich habe dir das private Repository mit dem Fix freigegeben. Bitte melde dich an, um den Zugriff zu bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé le dépôt privé avec le correctif. Connectez-vous pour accepter l'accès."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Federico Brambilla", "Android Engineer | Co-organizer Kotlin User Group Milano", "Milano",
  ("inv", "Ciao Alex, organizzo il Kotlin User Group di Milano. Il 21 siamo da Talent Garden con una serata free sulle coroutines in produzione, "
          "pizza e birra offerte. Se qualcuno del tuo team vuole fare un lightning talk c'è spazio, sennò venite anche solo ad ascoltare!"),
  ("rem",))
P("good_invitation", "en", "Priyanka Raghavan", "Staff Engineer | Maintainer of ledgerkit (OSS double-entry library)", "Amsterdam",
  ("inv", "Hi Alex, I maintain ledgerkit. One of your engineers opened a great issue on rounding in multi-currency postings and I've pushed a fix "
          "to a branch. Before we cut the release I'd love a sanity check from someone running it at your volumes. Mind connecting?"))
P("good_invitation", "it", "Chiara Longhi", "Engineering Manager | Platform team | Insurtech", "Milano",
  ("inv", "Ciao Alex, anch'io EM qui a Milano (insurtech, team di 14). Ho letto il tuo post sulla reperibilità: noi stiamo impazzendo a far "
          "quadrare on-call e contratto. Mi racconti come l'avete impostata? Offro caffè in zona Porta Nuova ☕"),
  ("rem",))
P("good_invitation", "it", "Tom Fairbanks", "Senior Talent Partner, Engineering | Halden Bank (in-house)", "London",
  ("inv", "Hi Alex - I lead engineering hiring at Halden Bank. We're opening a Milan hub and need a Head of Engineering for Payments, hybrid, "
          "reporting to our CTO, base 130-150k plus equity. I'm in-house, not an agency. Open to a confidential chat?"),
  nl="en")
P("good_invitation", "it", "Giorgia Sala", "Junior Backend Developer | Java & Spring | ex bootcamp", "Bergamo",
  ("inv", "Ciao Alex, sono junior dev da 8 mesi e non capisco se la mia strada è tech lead o IC. Ho visto che fai mentoring su ADPList: "
          "ti andrebbe mezz'ora di call, anche tra qualche settimana? Arrivo con le domande già preparate, promesso 🙏"),
  ("rem",))
P("good_invitation", "en", "Marta Kowalczyk", "Program Committee, DevFest Kraków | GDE Cloud", "Kraków",
  ("inv", "Hi Alex! I'm on the PC of a non-profit community dev conf in Kraków, free for attendees. Your talk on idempotent payment APIs "
          "would be a perfect fit - CFP is open until 15 March and we cover travel + hotel for speakers. Would love a submission."))
P("good_invitation", "it", "Roberto Ghezzi", "Docente a contratto, Ingegneria del Software | Politecnico di Milano", "Milano",
  ("inv", "Gentile Alex, tengo il corso di Ingegneria del Software al Politecnico. Cerchiamo professionisti disposti a fare da correlatore "
          "esterno per tesi magistrali in ambito fintech: nessun costo, un confronto al mese con lo studente. Le interesserebbe?"))
P("good_invitation", "it", "Davide Colombo", "Backend Engineer (Go) | Payments | Open to work", "Torino",
  ("inv", "Ciao Alex, ho visto che cercate un Senior Go engineer per il team ledger. Ho 6 anni di Go, 3 su pagamenti (SEPA Instant, PSD2). "
          "Se ti va ti giro il CV: se ti sembra sensato, mi faresti la referral interna?"))


# =============================================================== default_invitation
P("default_invitation", "it", "Alessio Mauri", "Full Stack Developer | Freelance", "Monza", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Rahul Mehta", "Delivery Manager | IT Staffing & Offshore Development", "Pune", ("inv", NONOTE))
P("default_invitation", "it", "Serena Vitale", "HR Specialist | IT Recruitment", "Roma", ("inv", NONOTE))
P("default_invitation", "en", "Brandon Tate", "Cloud Solutions Architect | AWS | GCP", "Dublin", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Gianluca Russo", "Business Manager | Nexa Consulting – Outsourcing IT & Team Augmentation", "Milano",
  ("inv", "Ciao Alex, seguiamo diversi clienti fintech su Milano con risorse in team augmentation: Java, Angular, DevOps, anche senior. "
          "Ho 3 profili liberi da subito a rate competitive. Ti va una call di 15 min per capire se vi servono rinforzi per Q3?"))
P("sales_invitation", "en", "Jake Morrison", "Account Executive, EMEA | Tracewise", "London",
  ("inv", "Hi Alex - noticed Brera Pay is hiring SREs, usually a sign on-call is getting heavy. Tracewise cuts MTTR ~40% for payment teams "
          "with auto-correlated traces. Worth a 20-min demo next week? I can bring a sandbox wired to your stack."))
P("sales_invitation", "it", "Elena Marchi", "Cloud Partner Manager | Reseller certificato AWS & Azure", "Padova",
  ("inv", "Buongiorno Alex, siamo partner certificato delle principali cloud pubbliche e aiutiamo le fintech a tagliare la spesa cloud fino "
          "al 30% con il nostro servizio FinOps gestito. Le andrebbe un assessment gratuito della vostra bolletta? Bastano 30 minuti."),
  ("rem",))
P("sales_invitation", "it", "Iván Castro", "CTO at Vórtice Labs | Nearshore Software Development", "Valencia",
  ("inv", "Hola Alex, somos una software factory en Valencia con 80 developers y experiencia en banca. Si necesitáis escalar sin los "
          "costes de Milán, montamos squads completos desde 38 €/hora. ¿Te lo cuento en una videollamada?"),
  nl="es")
P("sales_invitation", "en", "Olivia Brent", "Partnerships Lead | CodeForge Academy", "Berlin",
  ("inv", "Hi Alex, CodeForge turns career-switchers into backend devs in 16 weeks. Hiring partners get first pick of each cohort for a "
          "one-off placement fee of 15% of first-year salary. Can I send you the partner deck?"))
P("sales_invitation", "it", "Luigi Carbone", "Senior Consultant IT | Headhunting tecnologico", "Milano",
  ("inv", "Ciao Alex! Vedo che state assumendo parecchio. Lavoriamo a success fee (18%) e ho già una shortlist di senior backend pronti "
          "a muoversi. Ti giro qualche profilo anonimizzato?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Marco Tentori", "Founder @ EM Circle Italia | Engineering leadership community", "Milano",
  ("inv", "Ciao Alex, sto mettendo insieme un gruppo di engineering manager milanesi: ci vediamo una volta al mese e parliamo di hiring, "
          "1:1, burnout, roba vera. Niente vendor, solo peer. Ti va di entrare?"),
  ("msg", "Ciao Alex, felice che tu sia dentro! Due info pratiche: il circle fa parte del nostro Leadership Accelerator, 6 mesi di coaching "
          "di gruppo + sessioni 1:1 a 2.900 €. Di solito lo paga l'azienda come formazione, ti preparo io la doc per l'HR. "
          "Ti blocco un posto nella coorte di ottobre?", (3, 10)))
P("bait_and_switch_invitation", "en", "Dan Whitaker", "Fractional CTO | Scaling fintech engineering teams", "London",
  ("inv", "Alex, quick one from a fellow EM: how are you scoping PCI DSS 4.0 on your Kubernetes clusters? We're arguing about network "
          "segmentation internally and I'd value a peer's take. Happy to share our notes in return."),
  ("msg", "Thanks for connecting! Full disclosure, our notes turned into a productised offer: a 4-week PCI readiness sprint run by my team, "
          "fixed price £18k. From what I can see of your setup you'd be a great fit. Free for a call Thursday?"),
  ("msg", "Hi Alex, circling back on the readiness sprint - I can hold the October slot for you until Friday. Shall I send over the SOW?", (5, 14)))
P("bait_and_switch_invitation", "it", "Stefano Radaelli", "Maintainer di kafka-schema-tools | Founder @ Streamfold", "Torino",
  ("inv", "Ciao Alex, sono uno dei maintainer di kafka-schema-tools e ho visto che in Brera Pay lo usate (c'è una vostra issue sul registry). "
          "Stiamo raccogliendo feedback da chi lo usa in prod per la roadmap della 2.0, mi farebbe piacere sentirti."),
  ("msg", "Grazie del collegamento! Ti aggiorno: per sostenere il progetto abbiamo lanciato Streamfold Enterprise, con SLA, supporto 24/7 "
          "e le feature di governance che avevate chiesto voi (solo nella versione a pagamento). Il listino parte da 24k/anno ma per voi "
          "posso fare un prezzo early adopter. Organizzo una demo col mio socio?"))
P("bait_and_switch_invitation", "en", "Aisha Bello", "Head of Community | FinDevSummit Europe", "Lisbon",
  ("inv", "Hi Alex, loved your blog post on moving card processing off the mainframe. We're curating speakers for FinDevSummit in Lisbon "
          "and your story would be a highlight. Open to connecting so I can share details?"),
  ("msg", "So great to be connected! Here's how it works: featured speaker slots come with our Thought Leader package (€4,500), which "
          "covers a 30-min talk, a booth and lead scanning. Most speakers expense it under employer branding. Want me to reserve one for you?"))
P("bait_and_switch_invitation", "it", "Valeria Corti", "Career Services | Codelab Academy", "Milano",
  ("inv", "Ciao Alex! Il 12 c'è il demo day dei nostri studenti full-stack e cerchiamo 3 EM per la giuria: un paio d'ore di venerdì "
          "pomeriggio, aperitivo dopo. Ci staresti? Per i ragazzi sarebbe un bel segnale 🙂"),
  ("msg", "Ciao Alex, grazie di cuore per aver accettato! Prima del demo day ti giro anche il nostro pacchetto Hiring Partner: con "
          "6.000 € + IVA l'anno avete accesso prioritario ai diplomati e zero fee sui primi due inserimenti. Te lo presento in call?"),
  ("msg", "Alex, ti riscrivo per l'Hiring Partner: chiudiamo le adesioni per la prossima coorte venerdì. Ti mando il contratto da firmare?", (4, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Nikhil Varma", "Founder | DevEx Benchmark", "Bengaluru",
  ("inm", "Engineering productivity survey", "Hi Alex, we're running an independent survey on developer productivity in European fintechs "
          "(DORA metrics, cycle time, on-call load). Every participant gets the anonymised benchmark report for free. Would you fill in a "
          "10-minute questionnaire?"),
  ("inm", "Your benchmark + next step", "Thanks Alex! Your answers put Brera Pay in the bottom quartile for lead time. Good news: our DevEx "
          "platform fixes exactly that. The team plan is $38 per dev per month, and I can do a 3-month pilot at half price if we kick off "
          "this quarter. When can we show you?"))
P("bait_and_switch_inmail", "it", "Francesca Gorla", "Community Manager | Tech Leaders Lombardia", "Milano",
  ("inm", "Invito: tavola rotonda CTO & EM", "Buongiorno Alex, il 5 novembre ospitiamo una tavola rotonda a porte chiuse per CTO ed "
          "engineering manager del settore finanziario, in zona Gae Aulenti. Massimo 12 persone, nessun costo. Le farebbe piacere partecipare?"),
  ("inm", "Tavola rotonda – conferma", "Gentile Alex, grazie per l'interesse! Per confermare la presenza le chiediamo di aderire al "
          "programma partner dell'evento (3.500 € + IVA), che comprende il logo sui materiali e 5 minuti per presentare la sua azienda. "
          "Procedo con la pre-adesione?"))
P("bait_and_switch_inmail", "en", "Jonas Weber", "Engineering Director | Mentor for new managers", "Berlin",
  ("inm", "Question from an EM in Berlin", "Hi Alex, I watched your talk on blameless postmortems. We're trying to introduce them in a team "
          "that is very afraid of blame. Did you need compliance to sign off first? Any tips would be much appreciated."),
  ("inm", "Re: Question from an EM in Berlin", "Thanks a lot for the tips! By the way, I also run an incident leadership training for "
          "engineering leads: 2 days, €1,200 per seat, 20% off for teams of five or more. I think it would be a great fit for your leads. "
          "Shall I send you the autumn dates?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Andrea Zucchi", "Full Stack Developer | React | Node.js", "Lecco",
  ("end",),
  ("msg", "Ciao Alex! Ti ho lasciato un paio di endorsement, tra cui {skill} 😉 se hai un minuto mi ricambieresti su React e TypeScript? "
          "Sto sistemando il profilo perché cerco lavoro e mi daresti una bella mano"))
P("endorse_me_back", "en", "Ryan Callahan", "Scrum Master | Agile Coach | PSM II", "Manchester",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} and a couple of others. Would you mind returning the favour on Scrum and Agile Coaching? "
          "Apparently recruiters filter on them. Cheers mate!"))
P("endorse_me_back", "it", "Ing. Paola Beretta", "Solution Architect | Consulente", "Brescia",
  ("end",),
  ("msg", "Gentile Alex, le ho confermato la competenza {skill}, che certamente possiede. Le sarei grata se potesse fare altrettanto "
          "con le mie competenze in Architettura software e Microservizi. Grazie in anticipo e buon lavoro."))
P("endorse_me_back", "en", "Diego Herrera", "DevOps Engineer | Terraform | AWS", "Madrid",
  ("end",), ("end",),
  ("msg", "¡Hola Alex! Te he validado {skill}, ¿me devuelves el favor con Terraform y Kubernetes? Estoy buscando algo en remoto y ayuda "
          "un montón. ¡Gracias, crack!"),
  nl="es")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Claudio Mariani", "Sales Director | Nexum IT Services", "Roma",
  ("inv", "Ciao Alex, ho sviluppatori Java senior disponibili da lunedì, anche full remote. Ci sentiamo 10 minuti?"),
  ("rem",),
  ("inm", "Nessuna risposta?", "Alex, ti ho scritto due volte e nemmeno un cenno. Capisco che sei impegnato, ma ignorare la gente così è "
          "da maleducati. Poi vi lamentate che non trovate sviluppatori. Auguri."))
P("hostility_after_decline", "en", "Chad Whitmore", "Tech Recruiter | Helping devs land their dream roles", "Austin",
  ("inv", DEFAULT),
  ("inm", "Wow", "Declined my invite? Seriously? I was about to bring you a role most EMs would kill for. Enjoy your little fintech "
          "bubble, Alex. Arrogance like that gets noticed in this industry."))
P("hostility_after_decline", "it", "Simone Lattuada", "Software Developer", "Milano",
  ("inv", "Ciao, mi passi la referral per la posizione senior in Brera Pay? grazie"),
  ("inm", "Complimenti", "Bastava un sì o un no. Gente come te che fa l'engineering manager e poi non risponde a chi cerca lavoro è il "
          "motivo per cui questo settore fa schifo. Pessimo."))
P("hostility_after_decline", "it", "Vikram Sethi", "Founder & CEO | ShipFast DevOps", "Dubai",
  ("inv", "Hi Alex, we help fintechs ship 3x faster with managed DevOps pods. 15 min call this week?"),
  ("rem",),
  ("inm", "Unprofessional", "Hi Alex. I reached out twice with a genuine offer and you didn't have the basic courtesy to decline. For "
          "someone who calls himself a leader that is very unprofessional. I will remember this."),
  nl="en")


# =============================================================== hostility_connection
P("hostility_connection", "it", "Fabio Terzi", "Account Manager | QA Outsourcing & Test Automation", "Napoli",
  ("msg", "Ciao Alex, come va? Ti scrivo perché stiamo aiutando due fintech milanesi a portare la copertura dei test e2e sopra l'80% "
          "con il nostro team QA in outsourcing. Ti andrebbe una call conoscitiva?"),
  ("msg", "Vedo che hai letto e non hai risposto. Complimenti per l'educazione, davvero. Con questo atteggiamento non andrete lontano.", (6, 20)))
P("hostility_connection", "en", "Greg Lansing", "VP Sales EMEA | CloudGuard Security", "Dublin",
  ("acc",),
  ("msg", "Thanks for accepting, Alex. With the DORA deadline around the corner, I'd like to show you how CloudGuard covers ICT "
          "third-party risk out of the box. 30 mins next week?"),
  ("msg", "Alex, you asked to connect and now you ghost me? That's a pretty poor way to treat people. Not impressed.", (8, 25)))
P("hostility_connection", "it", "Dott.ssa Marina Pozzi", "Consulente formazione manageriale", "Varese",
  ("msg", "Gentile Alex, le propongo il nostro percorso di leadership per engineering manager: 4 moduli in presenza, finanziabile con "
          "Fondimpresa. Posso inviarle il programma?"),
  ("msg", "Gentile Alex, prendo atto del suo silenzio. Mi permetta però di dirle che rispondere, anche solo con un no, è il minimo che ci "
          "si aspetta da un professionista. Trovo il suo comportamento davvero scortese.", (10, 30)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Riccardo Sangalli", "Business Developer | SoftReply Consulting – Team augmentation", "Milano",
  ("msg", "Ciao Alex! Abbiamo appena liberato un team di 4 persone (2 backend Java, 1 frontend React, 1 QA) che usciva da un progetto "
          "open banking. Se avete picchi su Q4 possono partire a inizio mese. Ne parliamo?"),
  ("msg", "Ciao Alex, il team è ancora libero ma ho un altro cliente che ci sta guardando. Ti faccio 390 €/giorno a risorsa se confermi "
          "entro venerdì."),
  ("msg", "Alex, ultima cosa: se non vi serve il team intero ho anche un DevOps senior Kubernetes disponibile da subito. Te lo giro?"))
P("connection_only_pitches", "en", "Hannah Greaves", "Enterprise AE | Codelyze", "London",
  ("msg", "Hi Alex, hope the release went smoothly! Teams like yours are using Codelyze to auto-review PRs and catch security issues "
          "before merge. 14-day trial, no card needed. Want me to set it up for your GitHub org?"),
  ("msg", "Hey Alex, following up - we just got SOC 2 Type II and launched an on-prem option, which usually unblocks fintech security "
          "teams. 20 mins on Tuesday?"))
P("connection_only_pitches", "en", "Tobias Wendt", "Partner | Kiezcode – Mobile Banking Apps", "Berlin",
  ("msg", "Hallo Alex, wir sind eine Berliner Agentur mit Fokus auf Mobile-Banking-Apps (Flutter & Kotlin). Falls euer Backlog zu lang "
          "wird: wir übernehmen komplette Features zum Festpreis. Kurzer Call?"),
  ("msg", "Hi Alex, kurze Erinnerung an meine Nachricht – ab November hätten wir Kapazität für ein Team von 5 Leuten. Interesse?"),
  nl="de")


# =============================================================== single_pitch
P("single_pitch", "it", "Tommaso Gatti", "Sales Engineer | Portix API Gateway", "Bologna",
  ("msg", "Ciao Alex, da quando ci siamo visti al meetup Cloud Native ho pensato a voi: Portix gestisce rate limiting e mTLS per le API "
          "PSD2 senza toccare il codice. Ti faccio vedere una demo da 20 minuti?"))
P("single_pitch", "en", "Megan Liddell", "Recruitment Business Partner | TalentBridge IT Contractors", "Edinburgh",
  ("msg", "Hi Alex, I've got two contract SREs with payments experience rolling off at the end of the month, day rates from €550. "
          "Happy to send CVs over if useful."))
P("single_pitch", "it", "Lorenzo Fumagalli", "Founder | Hubbo – uffici flessibili per team tech", "Milano",
  ("msg", "Ehi Alex! Ho visto che state crescendo: abbiamo postazioni e sale riunioni per team tech in zona Isola, anche solo per i "
          "giorni in ufficio. Primo mese al 50% per chi arriva dal mio network. Ti mando il listino?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Silvia Rota", "Engineering Manager | Digital Banking", "Milano",
  ("msg", "Ciao Alex, come promesso al pranzo ti giro il template che usiamo per le career ladder degli engineer (IC1-IC6 + manager "
          "track), è un Google Sheet, fanne quello che vuoi. Se lo adattate dimmi cosa cambiate, che lo stiamo rivedendo anche noi."),
  ("msg", "Altra cosa: il 3 c'è un incontro gratuito di Women in Tech Milano sulla salary transparency. Se qualcuno del tuo team è "
          "interessato c'è ancora posto, basta scrivermi."))
P("connection_brings_value", "en", "Ben Harcourt", "Staff SRE | Payments infrastructure", "Dublin",
  ("end",),
  ("msg", "Alex, saw your question in the SRE Slack about Postgres failover. We wrote up our Patroni runbook after a nasty incident last "
          "year and it's public now: https://gist.example.com/bharcourt/patroni-runbook - ping me if anything's unclear, happy to jump on a call."))
P("connection_brings_value", "it", "Paolo Invernizzi", "Tech Lead | Organizer GDG Milano", "Milano",
  ("msg", "Ciao Alex! Abbiamo aperto le iscrizioni per il DevFest Milano, gratis come sempre. Ti tengo da parte 5 biglietti per il "
          "team? Mandami i nomi entro venerdì e vi metto in lista."))
P("connection_brings_value", "en", "Elisa Monti", "Head of Engineering | Insurtech", "Torino",
  ("msg", "Ciao Alex, ti presento Marco Bellini, mio ex collega: staff engineer bravissimo sui sistemi distribuiti, si trasferisce a "
          "Milano e cerca un team serio. Gli ho parlato di voi, se ti va vi metto in contatto con una mail a tre. Nessuna fee, "
          "ovviamente 🙂"),
  nl="it")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Sarah Klein", "Principal Recruiter, Engineering Leadership | Northwave Payments", "Amsterdam",
  ("inm", "Engineering Manager, Card Issuing – Amsterdam or Milan", "Hi Alex, I'm the in-house recruiter for Northwave's issuing "
          "platform. We're hiring an Engineering Manager for a team of 9 (Kotlin, Kafka, Postgres). Remote from Milan works, with one week "
          "a month in Amsterdam. Band is €120-140k plus RSUs. Would you be open to a 20-minute intro call?"))
P("stranger_inmail_recruiter", "it", "Giulia Pagani", "Executive Search | Tech & Digital", "Milano",
  ("inm", "Head of Engineering – scale-up paytech (riservato)", "Buongiorno Alex, seguo in esclusiva la ricerca di un Head of Engineering "
          "per una scale-up paytech milanese (serie B, circa 60 engineer). Riporto diretto al CTO, RAL 140-160k più stock option. Il suo "
          "percorso è molto in linea. Avrebbe 15 minuti la prossima settimana per una chiacchierata riservata?"))
P("stranger_inmail_recruiter", "it", "Luca Brivio", "CTO @ Pagomio", "Milano",
  ("inm", "Ti cerco per il mio team", "Ciao Alex, sono il CTO di Pagomio. Cerchiamo un EM per la piattaforma core banking, full remote in "
          "Italia, riporteresti a me. Niente agenzie in mezzo: ti va un caffè in settimana? Ti racconto numeri e problemi veri, poi decidi tu."))
P("stranger_inmail_recruiter", "en", "Camille Laurent", "Talent Acquisition Lead | Banquo", "Paris",
  ("inm", "Engineering Manager Paiements – Paris ou remote", "Bonjour Alex, je recrute un Engineering Manager pour notre équipe Paiements "
          "(8 personnes, Go et Kafka). Full remote possible depuis l'Italie, package 115-130 k€. Seriez-vous disponible pour un premier "
          "échange de 30 minutes ?"),
  nl="fr")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Zach Miller", "SDR | Forgeflow", "Denver",
  ("inm", "Your CI bill", "Hi Alex, most fintech teams we talk to burn about 30% of their CI minutes on flaky tests. Forgeflow fixes that with "
          "test impact analysis. Could I grab 15 minutes on your calendar?"),
  ("inm", "Re: Your CI bill", "Bumping this up, Alex - happy to send a 2-min Loom instead if that's easier?"))
P("stranger_inmail_sales", "it", "Martina Colombo", "Inside Sales | Ferro Cloud – colocation e cloud privato", "Milano",
  ("inm", "Proposta per Brera Pay", "Gentile Alex, Ferro Cloud offre colocation e cloud privato certificati ISO 27001, in linea con gli "
          "orientamenti di Banca d'Italia sull'outsourcing, a due passi da Milano. Le andrebbe di ricevere un'offerta su misura?"))
P("stranger_inmail_sales", "it", "Gabriele Cattaneo", "Founder | Hackathon ed employer branding per aziende tech", "Milano",
  ("inm", "Employer branding 🚀", "Ciao Alex! Organizziamo hackathon brandizzati per aziende che vogliono attirare sviluppatori: voi "
          "mettete la challenge, noi portiamo 150 dev. Pacchetto da 12k tutto incluso. Ci sentiamo?"),
  ("inm", "Re: Employer branding 🚀", "Ciao Alex, riprovo: ci si è liberata una data a marzo. Te la blocco?"))
P("stranger_inmail_sales", "en", "Ananya Iyer", "Business Development Executive | QA & Testing Services", "Pune",
  ("inm", "Dedicated QA team at $22/hr", "Dear Alex, Greetings from Pune! We are a CMMI Level 5 company providing dedicated manual and "
          "automation QA engineers at $22/hour. Kindly let me know a suitable time for a quick call with our delivery head."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Ethan Brooks", "Developer Relations Lead | Gridstone Cloud", "Amsterdam",
  ("inv", "Hi Alex, I'm running a free hands-on workshop on multi-region Postgres on Kubernetes at the Milan cloud native meetup next "
          "month. Just labs, no sales. Thought your platform team might enjoy it - want me to save some seats?"),
  ("msg", "Great having your team there! As promised, here are the lab repo and the recording. The failover exercise is the one people "
          "usually redo at home."),
  ("msg", "Hey Alex, quick one: our enterprise team asked me to connect you with them about a Gridstone committed-spend deal, 35% off list "
          "for fintechs migrating this year. Can I set up a call with my AE?", (10, 30)))
P("good_turns_ugly", "it", "Roberta Galli", "Engineering Manager | Marketplace", "Milano",
  ("inv", "Ciao Alex, anch'io EM (marketplace, Milano). Sto preparando un workshop interno sui feedback 360 e ho visto che ne avete "
          "parlato al meetup: mi racconti come li gestite? In cambio ti giro il nostro framework di performance review."),
  ("msg", "Eccolo il framework, con le rubriche per livello. Usalo pure liberamente, anche modificato."),
  ("end",),
  ("msg", "Ciao Alex, ti ho dato un endorsement per {skill}! Se ti va di ricambiare su People Management e Leadership mi faresti un "
          "favore, sto per candidarmi a un ruolo da Director."))
P("good_turns_ugly", "it", "Massimo Crippa", "Agile Coach | Formatore | Community Agile Brianza", "Monza",
  ("inv", "Ciao Alex, gestisco la community Agile Brianza: ogni mese un incontro gratuito tra team lead e EM. Il prossimo è sulle "
          "retrospettive che non annoiano. Ti va di venire?"),
  ("msg", "Ciao Alex, ecco il link al Miro con i formati di retro che abbiamo provato ieri sera, usali pure coi tuoi team."),
  ("msg", "Alex, visto che eri presente ti propongo in anteprima il mio corso di certificazione Scrum Master per il tuo team: 890 € a "
          "persona, 10% di sconto sopra le 5 iscrizioni. Ti preparo un preventivo?"),
  ("msg", "Ti riscrivo per il preventivo: posso tenerti le date di novembre fino a lunedì.", (4, 10)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Fabrizio Lodi", "Key Account | Nexa Staffing", "Milano",
  ("inm", "Risorse IT disponibili", "Ciao Alex, abbiamo 5 sviluppatori senior in bench, tariffe da 350 €/gg. Facciamo una call?"),
  ("inv", "Ciao Alex, ho visto il tuo talk al Codemotion, molto interessante la parte sugli ADR. Mi farebbe piacere collegarci!"))
P("reinvite_known_bad", "en", "Jason Pike", "Growth | ReleaseHub", "Seattle",
  ("inv", DEFAULT),
  ("inv", "Hey Alex, we met briefly at KubeCon - would love to stay in touch!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Daniele Broggi", "Recruiter IT freelance", "Como",
  ("inv", "Ciao Alex, hai 5 minuti per un'opportunità?"),
  ("inm", "...", "Ok, ho capito, per voi manager noi recruiter siamo feccia. Almeno un no grazie si poteva scrivere. Che spocchia."),
  ("inv", "Ciao Alex, ricominciamo da capo? Ho una posizione da Head of Engineering che potrebbe interessarti."))
P("reinvite_known_ugly", "en", "Rohan Kapoor", "Founder | Engineering Leaders Mastermind", "London",
  ("inm", "EM mastermind - free seat", "Hi Alex, we run a small mastermind for engineering managers in fintech: 8 people, fortnightly "
          "calls. I have one free seat in the next cohort, would you like it?"),
  ("inm", "Re: EM mastermind - free seat", "Great! To lock in the free seat, members commit to our annual coaching plan ($3,600, payable "
          "monthly). Shall I send the link?"),
  ("inv", "Hi Alex, I've been sharing free resources for EMs on my feed lately, would be glad to connect."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Sara Riva", "Account Executive | Lumen Observability Italia", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Al meetup dicevi che Grafana vi sta stretto: ti propongo una PoC di Lumen sul vostro "
          "cluster di staging, gratis per 30 giorni, poi licenza a nodo. Hai 30 minuti la settimana prossima?"))
P("user_invited_pitch_once", "en", "Marcus Feld", "Partner | Feld & Ortiz Engineering Recruitment", "London",
  ("acc",),
  ("msg", "Cheers for the add, Alex. If you ever need help filling senior roles, we run retained searches for fintech engineering at a "
          "20% fee with a 6-month guarantee. Happy to chat whenever suits."))
P("user_invited_pitch_once", "it", "Irene Bossi", "Formatrice | Public speaking per tech leader", "Bergamo",
  ("acc",),
  ("msg", "Ciao Alex, grazie per avermi aggiunta! Dopo il tuo talk ho pensato che potrebbe servirti il mio percorso di public speaking "
          "per tech leader: 5 sessioni 1:1 a 750 €. Se vuoi ti mando il programma."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Tyler Benson", "Regional Director | Atlasbase Managed Databases", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex! Since you're on self-managed Postgres, Atlasbase could take the ops burden off "
          "your team - HA, PITR, audit logs for PCI. Can I send a quote for your current footprint?"),
  ("msg", "Hi Alex, following up on the quote - there's an end-of-quarter 25% discount on 3-year commitments. Does Thursday work for a "
          "call with our solutions engineer?"))
P("user_invited_pitch_twice", "it", "Giovanni Pellegrini", "Partner | Pellegrini & Co. – consulenza Agile e DevOps", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, piacere di averti nel network! Facciamo assessment DevOps per banche e fintech: in 3 settimane vi consegniamo una "
          "roadmap con i quick win. Costo fisso 15k. Ti interessa?"),
  ("msg", "Ciao Alex, ti riscrivo per l'assessment: ho uno slot a gennaio e se confermi entro fine mese ti applico il 10% di sconto."))
P("user_invited_pitch_twice", "en", "Alessandra Nobili", "Country Manager Italy | SecureVault KMS", "Roma",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Visto che gestite chiavi di pagamento, SecureVault offre HSM as a service con "
          "certificazione PCI PIN. Ti mando una proposta commerciale?"),
  ("msg", "Alex, ti avevo scritto qualche settimana fa: abbiamo appena chiuso con un'altra fintech milanese e potrei farvi le stesse "
          "condizioni. Fissiamo 20 minuti?"),
  nl="it")


# =============================================================== user_invited_value
P("user_invited_value", "it", "Valentina Cerri", "Staff Engineer | Database reliability", "Milano",
  ("acc",),
  ("msg", "Ciao Alex! Finalmente connessi. Come ti dicevo al meetup, ecco la mia checklist per le migrazioni di DB a zero downtime, "
          "con tutti gli errori che abbiamo fatto noi. Usala pure col team, e se vi serve un secondo parere su una review "
          "dell'architettura scrivimi, lo faccio volentieri."))
P("user_invited_value", "en", "Helen Park", "Engineering Manager | Paystream", "Dublin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Following up on our chat at the conference: here's the interview rubric we use for EM hiring, "
          "and the take-home that replaced our whiteboard round. Happy to compare notes on a call any time."))
P("user_invited_value", "it", "Alberto Galbiati", "Organizer | Milano Go Meetup", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Ti confermo lo slot da speaker al Go Meetup di febbraio, come dicevamo. Dimmi se ti serve "
          "HDMI o USB-C per il proiettore, e se vuoi porta pure qualcuno del team a raccontare la parte ledger."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Marta Ferrario", "VP Engineering | Banca digitale", "Milano", ("acc",))
P("acceptance_only", "en", "Connor Walsh", "Engineering Manager | Cloud Platform", "Cork", ("acc",))
P("lone_endorsement", "it", "Nicolò Arosio", "Backend Developer | Brera Pay", "Milano", ("end",))
P("lone_endorsement", "en", "Jenna Moss", "QA Engineer", "Leeds", ("end",))


# ------------------------------------------------------------------------- layout eras
OLD = {"Alessio Mauri", "Brandon Tate", "Ryan Callahan", "Megan Liddell", "Fabio Terzi", "Marcus Feld", "Connor Walsh", "Jenna Moss",
       "Jason Pike", "Daniele Broggi"}
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}
assert OLD <= set(ERAS), OLD - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("GitHub", "notifications@github.example", "Re: [ledgerkit/ledgerkit] Rounding drift in multi-currency postings (#412)",
     "priyanka-r commented on this issue:\n\nFix is on branch fix/fx-rounding. @alex-morgan could someone on your side run it against a "
     "replay of last month's postings? I also pinged you on LinkedIn.\n\nReply to this email directly or view it on GitHub.", "en"),
    ("Codemotion Milan", "speakers@codemotion.example", "Il tuo talk è confermato",
     "Ciao Alex,\n\nil tuo talk \"ADR che nessuno legge (e come cambiarli)\" è confermato per il secondo giorno, sala 3. "
     "Condividi l'annuncio su LinkedIn con l'hashtag dell'evento, ci aiuta tantissimo!\n\nIl team speaker", "it"),
    ("Federica Neri", "federica.neri@brerapay.example", "Candidato per il team ledger",
     "Ciao Alex,\n\nti giro il profilo LinkedIn del ragazzo di cui parlavamo: https://www.linkedin.com/in/davide-colombo-go\n"
     "Mi sembra solido, lo sentiamo giovedì?\n\nFede", "it"),
    ("People Team", "people@brerapay.example", "Referral program: promemoria",
     "Ciao a tutti,\n\nricordate che i CV ricevuti via LinkedIn vanno caricati su Greenhouse: solo così la referral viene riconosciuta "
     "e il bonus pagato.\n\nGrazie,\nPeople Team", "it"),
    ("Nexa Consulting", "commerciale@nexa-consulting.example", "Profili disponibili – ci siamo scritti su LinkedIn",
     "Buongiorno Alex,\n\nfaccio seguito al mio invito su LinkedIn: in allegato i CV di tre sviluppatori Java disponibili da subito.\n\n"
     "Cordiali saluti,\nGianluca Russo", "it"),
    ("Meetup", "info@meetup.example", "Nuovo evento: Coroutines in produzione – Kotlin User Group Milano",
     "Kotlin User Group Milano ha annunciato un nuovo evento. 42 persone partecipano. Seguite il gruppo anche su LinkedIn per le slide.", "it"),
    ("Slack", "notification@slack.example", "[brera-pay] New message in #eng-managers",
     "Chiara: qualcuno conosce questo Marco Tentori che invita tutti su LinkedIn nel suo \"circle\"? Ho il sospetto che dietro ci sia un corso a pagamento.", "it"),
    ("Matteo Galli", "matteo.galli@brerapay.example", "Fwd: Voglio collegarmi",
     "Ti risulta? Mi ha invitato anche lui, sembra un body rental.\n\n---------- Messaggio inoltrato ---------\n"
     "Da: Gianluca Russo via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nCiao Matteo, seguiamo diversi clienti fintech su Milano...", "it"),
    ("Security Team", "security@brerapay.example", "Attenzione: false notifiche LinkedIn",
     "Ciao a tutti,\n\ncircolano mail che imitano LinkedIn e chiedono di accedere per vedere un \"repo condiviso\" o delle chiavi API "
     "esposte. Non cliccate: inoltratele a security@brerapay.example.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-first development corpus (dev101). Generated by scripts/make_corpus_dev101.py (seed {SEED}); do not edit by hand.",
          "# Alex as an engineering manager at a Milan payments fintech: tech recruiters, body-rental consultancies, dev-tool and cloud vendors, "
          "OSS maintainers, meetup and conference organisers, bootcamps, developers asking for referrals or mentoring, peer EMs. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev101", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER, eras=ERAS)
