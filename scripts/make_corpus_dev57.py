#!/usr/bin/env python3
"""Write mailbot's fifty-seventh, independent development corpus: tests/corpus/dev57/*.eml + expected.toml.

The angle: an Italian and English inbox. The user Alex is an IT project manager in Milan who
reads LinkedIn in Italian or English and switches between the two mid-sentence, like everyone
around them ('facciamo una call', 'ti mando il deck', 'ci sentiamo per un quick sync'). Their
world: system integrators and offshore development shops, cloud resellers, peers from user
groups and meetups (PMI chapter, Agile, Kubernetes, SAP), conference organisers, recruiters
for IT roles, training and certification sellers. Every scenario of the taxonomy appears.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines of spoof-only names and PYMK suggestions and the pitches that spoofs
carry are swapped for IT ones in this process only (make_corpus.py itself is not changed), and
spoofs and other LinkedIn mail rotate through Italian and English only. Every note was written
from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes
of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev57.py              # writes tests/corpus/dev57
    python scripts/make_corpus_dev57.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260757

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ Milanese IT world (this process only)
SKILLS = {
    "en": ["Project Management", "Agile Methodologies", "Scrum", "Stakeholder Management", "Cloud Computing", "PMP"],
    "it": ["Project Management", "Metodologie Agile", "Scrum", "Gestione degli stakeholder", "Cloud computing", "ITIL"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["it"]["rheadline"] = "IT Project Manager presso Example Industries S.p.A."
mc.L["en"]["rheadline"] = "IT Project Manager at Example Industries S.p.A."
mc.LANGS[:] = ["it", "en", "it", "en", "it"]
mc.CITY["it"] = ["Milano", "Monza", "Bergamo", "Torino", "Bologna", "Roma", "Padova"]
mc.JOBS[:] = [("Senior IT Project Manager", "Banca Lombarda Digitale"), ("Program Manager Cloud Migration", "Arcwise Pharma"),
              ("Delivery Manager", "Nordpoint Consulting"), ("PMO Lead (ibrido, Milano)", "Gruppo Assicurativo Padano"),
              ("Technical Project Manager – SAP S/4HANA", "Meridian Logistics")]
mc.COMPANIES["good"] = ["Politecnico di Milano", "PMI Northern Italy Chapter", "Kubernetes Milano Meetup", "Banca Lombarda Digitale",
                        "Meridian Logistics", "Agile Lombardia", "Arcwise Pharma"]
mc.COMPANIES["sales"] = ["CloudPonte", "DevNearshore", "ScrumAcademy Pro", "IntegraSys", "LicenzeFacili", "TalentBridge IT", "KPIBoard"]
mc.HEADLINES["good"] = ["IT Project Manager presso {co}", "Scrum Master | {co}", "Head of PMO at {co}", "Solution Architect presso {co}",
                        "Engineering Manager | {co}", "Delivery Lead at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager presso {co}", "Partner Manager at {co}",
                         "Founder & CEO | {co}", "Helping IT teams ship faster | {co}"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Domanda veloce", "Un'idea per il vostro PMO", "15 minuti?", "Proposta", "Partnership"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Idea for your cloud migration", "15 minutes?", "Partnership", "Your delivery team"]
SPOOF_PITCH = {
    "it": ["Ciao {first}, ti ho condiviso il capitolato della gara tramite LinkedIn Documenti. Accedi entro oggi per scaricarlo.",
           "Gentile {first}, la sua certificazione PMP risulta in scadenza. Rinnovi subito accedendo al portale con le sue credenziali."],
    "en": ["Hi {first}, I shared the signed SOW with you via LinkedIn Documents. Sign in to countersign before 5pm.",
           "Dear {first}, your Azure partner discount expires today. Log in to confirm your billing details."],
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


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Colombo", "Chapter Board Member | PMI Northern Italy Chapter", "Milano",
  ("inv", "Ciao Alex, giovedì 14 facciamo l'evento del chapter da Talent Garden: lessons learned su due migrazioni SAP andate storte, ingresso gratuito e vale 2 PDU. "
          "Ti tengo un posto?"),
  ("rem",))
P("good_invitation", "en", "Rohan Mehta", "Organiser, Kubernetes Milano Meetup | SRE at Nordpoint", "Milano",
  ("inv", "Hey Alex, saw your talk at the Agile Day about running ops handover in a hybrid team. We run the k8s meetup in Isola, free, pizza included. "
          "Would you do 20 min on it in March? Zero sales, promise."))
P("good_invitation", "it", "Paolo Rinaldi", "Senior Tech Recruiter | Banca Lombarda Digitale", "Milano",
  ("inv", "Buongiorno Alex, sto cercando un Senior IT PM per il programma core banking (ruolo interno, ibrido 3 gg a Milano, RAL 65-75k). "
          "Il suo profilo è molto in linea: posso mandarle la job description?"),
  ("rem",))
P("good_invitation", "en", "Sinéad Gallagher", "Program Lead, Cloud Migration | Arcwise Pharma", "Dublin",
  ("inv", "Hi Alex, we're both on the Arcwise-Example Industries data sharing project from next month - I'm running the Dublin side. "
          "Thought it'd be easier to connect before the kickoff so we can sort the RACI between us."))
P("good_invitation", "it", "Lorenzo Bassi", "Solution Architect | ex collega Example Industries", "Bergamo",
  ("inv", "Alex! Quanto tempo. Ti presento virtualmente Marta Gatti, che gestisce il PMO di Meridian e cerca qualcuno con cui confrontarsi sul passaggio a SAFe. "
          "Le ho parlato di te, ti va se vi metto in contatto?"))
P("good_invitation", "it", "Giorgia Mancini", "Agile Coach | Community Agile Lombardia", "Monza",
  ("inv", "ciao! sto mettendo su un gruppo di studio gratuito per chi prepara l'esame PMI-ACP, ci troviamo online il martedì sera. "
          "ho visto che sei certificato PMP, ti andrebbe di unirti e magari dare qualche dritta?"),
  nl="it")


# =============================================================== default_invitation
P("default_invitation", "it", "Davide Ferri", "Consultant | IT | Digital", "Milano", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Arjun Nair", "Business Analyst | Offshore Delivery", "Pune", ("inv", NONOTE))
P("default_invitation", "it", "Simona Greco", "Account Manager presso IntegraSys", "Torino", ("inv", DEFAULT))
P("default_invitation", "en", "Tomasz Wójcik", "Java Developer | Open to opportunities", "Kraków", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Vikram Reddy", "VP Sales Europe | DevNearshore – dedicated dev teams", "Bangalore",
  ("inv", "Hi Alex, we help Italian enterprises scale delivery with dedicated offshore squads at 40% lower cost. Java, .NET, SAP ABAP ready to onboard in 2 weeks. "
          "Open to a quick call to explore?"))
P("sales_invitation", "it", "Marco Sala", "Partner Manager | CloudPonte – AWS & Azure reseller", "Milano",
  ("inv", "Ciao Alex, seguiamo diversi clienti manifatturieri in Lombardia sulla parte licensing Azure: di solito riusciamo a tagliare il 20-25% del consumo. "
          "Facciamo una call di 20 minuti così ti mando anche il deck?"),
  ("rem",))
P("sales_invitation", "it", "Chiara Lombardi", "Training Advisor | ScrumAcademy Pro", "Roma",
  ("inv", "Buongiorno Alex, ad aprile parte il nostro bootcamp PMP intensivo (3 weekend, esame garantito o rifai il corso gratis). "
          "Per i PM di aziende partner c'è il 15% di sconto. Posso inviarle il programma e il preventivo?"))
P("sales_invitation", "en", "Oleksandr Bondar", "CEO | Kyivstack – software outsourcing", "Kyiv",
  ("inv", "Alex, hello! Our team of 120 engineers is available for your next project. We have strong experience in ERP integrations, mobile, QA. "
          "Could I send you our case studies and rates?"))
P("sales_invitation", "it", "Roberta Vitale", "Sponsorship Manager | Milano Digital Summit", "Milano",
  ("inv", "Ciao Alex! Per l'edizione di ottobre abbiamo ancora due desk espositivi e uno slot speaker nel track PMO. "
          "Il pacchetto Silver parte da 6.500€. Ti giro la brochure sponsor? Magari ne parliamo col tuo marketing."),
  ("rem",))
P("sales_invitation", "en", "Grant Whitaker", "Director, Strategic Accounts | KPIBoard", "London",
  ("inv", "Hi Alex - PMOs using KPIBoard cut their weekly status reporting from 6 hours to 20 minutes. Happy to show you a live demo with Jira + SAP data "
          "whenever suits. Worth a look?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Alberto Martini", "Founder | PM Leaders Circle Italia", "Milano",
  ("inv", "Ciao Alex, sto creando un piccolo circolo di project manager senior a Milano: ci si vede una volta al mese per un aperitivo e ci si scambia casi reali. "
          "Niente vendite, solo confronto tra pari. Ci stai?"),
  ("msg", "Grazie per esserti collegato! Ti anticipo che per il circolo abbiamo un percorso di coaching individuale per PM (1.800€ a trimestre), "
          "molti membri lo usano per passare a program manager. Facciamo una call per vedere se fa per te?", (3, 12)),
  ("msg", "Ciao Alex, ti riscrivo perché chiudo le iscrizioni al coaching venerdì. Ti blocco uno slot?", (8, 20)))
P("bait_and_switch_invitation", "en", "Priya Venkatesh", "Head of Community | Global Delivery Leaders Network", "London",
  ("inv", "Hi Alex, I'm putting together a peer group of delivery leaders in Southern Europe to compare notes on vendor management. "
          "Would be great to have an Italian voice in it."),
  ("msg", "Thanks for connecting! Quick one - our parent company Softvana runs nearshore squads in Romania and Portugal, and several group members already use us. "
          "Can I send you our rate card and set up 30 mins with our delivery director?", (4, 15)))
P("bait_and_switch_invitation", "it", "Stefano Moretti", "Cloud Architect | AWS Community Builder", "Bologna",
  ("inv", "Ciao Alex, ho scritto una checklist gratuita per le migrazioni lift-and-shift (quella che avrei voluto avere io 3 anni fa). "
          "Se ti interessa, collegati e te la mando."),
  ("msg", "Ecco la checklist! A proposito, con CloudPonte stiamo facendo un assessment FinOps a 4.900€ invece di 7.500€ per chi viene dalla community. "
          "Ti interessa che ti mandi l'offerta?", (2, 7)),
  ("msg", "Alex ci sei? L'offerta sull'assessment scade a fine mese, fammi sapere così blocco il team.", (10, 25)))
P("bait_and_switch_invitation", "en", "Daniel Okafor", "Senior PM | Host of 'The Delivery Room' podcast", "Amsterdam",
  ("inv", "Alex, really enjoyed your comment on the PMI post about killing zombie projects. Would love to have you as a guest on the podcast - it's a chat, 40 min, no prep."),
  ("msg", "Great to be connected! Before we schedule: guests on the show get a feature package (episode + LinkedIn promo + newsletter) for €1,200. "
          "Most find it pays back in leads. Shall I send the invoice details?", (3, 10)))
P("bait_and_switch_invitation", "it", "Valentina Ricci", "HR Tech Enthusiast | Community 'Donne nel Tech Milano'", "Milano",
  ("inv", "Ciao Alex! Organizziamo un mentoring circle gratuito per ragazze che vogliono entrare nel project management IT. "
          "Cerchiamo mentor con esperienza, ti andrebbe di dare una mano?"),
  ("msg", "Che bello averti in rete! Ti scrivo anche per lavoro: sono consulente per TalentBridge IT, selezioniamo sviluppatori in body rental. "
          "Se avete bisogno di risorse sul progetto nuovo, ti mando i profili disponibili con le tariffe giornaliere?", (5, 14)),
  ("msg", "Alex, ho tre sviluppatori React liberi da lunedì a 380€/gg. Facciamo una call veloce?", (6, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Hassan Qureshi", "Research Lead | Enterprise Delivery Insights", "Dubai",
  ("inm", "Short survey for senior PMs", "Hi Alex, we're running an independent study on how European PMOs handle vendor risk. 10 questions, and every participant gets the full report free."),
  ("inm", "Your report + next step", "Thanks Alex. Before I send the report: our sponsor, Vendrix, offers a vendor-risk platform tailored to PMOs like yours. "
          "Could you spare 25 minutes for a demo this week? I can then release the report.", (4, 12)))
P("bait_and_switch_inmail", "it", "Nicola Barbieri", "Community Manager | Italian SAP Users Network", "Padova",
  ("inm", "Invito gruppo utenti SAP", "Buongiorno Alex, stiamo riunendo i referenti IT delle aziende che passano a S/4HANA per condividere esperienze e fornitori. "
          "Le piacerebbe partecipare al tavolo di maggio?"),
  ("inm", "Seguito tavolo S/4HANA", "Gentile Alex, in vista del tavolo le segnalo che IntegraSys, partner del network, offre un pre-assessment di migrazione a prezzo riservato. "
          "Posso fissarle un incontro con il loro commerciale?", (5, 15)),
  ("inm", "Ultimi posti", "Alex, riservo ancora per lei uno slot con IntegraSys la prossima settimana? Il prezzo riservato vale fino al 30.", (6, 14)))
P("bait_and_switch_inmail", "en", "Claire Dubois", "Conference Producer | EuroPMO Forum", "Brussels",
  ("inm", "Speaking at EuroPMO Forum", "Dear Alex, our programme committee would like to invite you to speak on a panel about hybrid delivery at EuroPMO Forum in Brussels."),
  ("inm", "Panel confirmation", "Dear Alex, wonderful. To confirm your panel seat, speakers cover a participation package of €2,450 (includes delegate pass and gala dinner). "
          "I'll send the agreement once you confirm.", (3, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Matteo Fabbri", "Scrum Master | freelance", "Milano",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho messo un paio di competenze 😉 mi ricambi con Scrum e Jira? Sto aggiornando il profilo per un nuovo cliente, mi fai un favore enorme."))
P("endorse_me_back", "en", "Kavya Iyer", "QA Lead | Test Automation", "Chennai",
  ("end",),
  ("msg", "Hello Alex, I have endorsed you for {skill}. Kindly endorse me back for Selenium and Test Management, it will help my profile. Thanks in advance!"))
P("endorse_me_back", "it", "Emanuele Conti", "PMO Analyst | Gruppo Assicurativo Padano", "Verona",
  ("end",), ("end",),
  ("msg", "Alex ciao, visto che ti ho confermato {skill}, mi dai una mano con le mie? PMO e MS Project bastano. Grazie mille, ricambio sempre!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Rahul Malhotra", "Director | BluePeak IT Services", "Hyderabad",
  ("inv", "Hi Alex, we are a CMMI Level 5 company delivering SAP and Salesforce projects for European clients. Looking forward to exploring synergies."),
  ("rem",),
  ("inm", "Following up", "Alex, I sent you an invitation three weeks ago and you couldn't even click ignore properly. This is very unprofessional behaviour "
          "for a so-called manager. Good luck with your projects."))
P("hostility_after_decline", "it", "Gianluca Serra", "Titolare | Serra Informatica Srl", "Cagliari",
  ("inv", "Salve, siamo una software house con 15 anni di esperienza, cerchiamo collaborazioni con aziende del nord."),
  ("inm", "Complimenti", "Ho visto che ha rifiutato il collegamento. Complimenti per l'educazione, voi milanesi vi credete tutti chissà chi. "
          "Si ricordi che il mondo è piccolo."))
P("hostility_after_decline", "it", "Alessia Marino", "Junior Developer | in cerca di lavoro", "Napoli",
  ("inv", DEFAULT),
  ("inm", "…", "Non capisco perché non accetti, ti ho solo chiesto di collegarci. Gente come te è il motivo per cui i giovani se ne vanno dall'Italia. Vergognati."))
P("hostility_after_decline", "en", "Brandon Keller", "Growth Hacker | SaaS | Web3", "Austin",
  ("inv", NONOTE),
  ("inm", "wow", "Ignoring people is pretty rude tbh. I was going to offer you something valuable but clearly you're too important. Your loss."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Fabio Pellegrini", "Sales Director | LicenzeFacili – licensing Microsoft", "Brescia",
  ("msg", "Ciao Alex, rinnovo licenze Microsoft 365 in arrivo? Ti faccio un prezzo migliore del vostro attuale reseller, garantito. Ti mando un preventivo?"),
  ("msg", "Alex, ti ho scritto due volte e non mi hai neanche risposto. Ci siamo collegati e poi sparisci? Un minimo di rispetto per chi lavora, dai.", (6, 15)))
P("hostility_connection", "en", "Gavin Price", "Partner | Keystone Digital Consulting", "Manchester",
  ("acc",),
  ("msg", "Thanks for accepting, Alex. We do project recovery for troubled ERP rollouts - fixed-fee diagnostic in 10 days. Want the one-pager?"),
  ("msg", "Honestly Alex, connecting and then ghosting is just poor form. I thought Italians valued relationships. Clearly not you. Don't bother replying.", (7, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ananya Sharma", "Client Partner | Infovista Technologies", "Noida",
  ("msg", "Hi Alex, hope you are doing well! We have helped 30+ European manufacturers with MES and ERP integration at offshore rates. Can we have a 15 min call this week?"),
  ("msg", "Hi Alex, just bumping this up. Sharing our Italy case study deck - let me know a good time for a quick intro call."),
  ("msg", "Alex, last follow-up from my side: we are offering a free 2-week POC for new clients this quarter. Shall I block your calendar?"))
P("connection_only_pitches", "it", "Massimo Galli", "Key Account | IntegraSys System Integrator", "Torino",
  ("msg", "Ciao Alex, ti scrivo perché stiamo chiudendo il budget partner per il Q3: se avete progetti di integrazione in partenza possiamo offrirvi giornate a tariffa ridotta. "
          "Quando facciamo una call?"),
  ("msg", "Ciao Alex, ti ho mandato il deck via mail, fammi sapere. Se vuoi passo in ufficio da voi martedì con il nostro presales."))
P("connection_only_pitches", "it", "Elena Caruso", "Formatrice certificata | Corsi ITIL e Prince2", "Bologna",
  ("msg", "Ciao Alex! Nuova edizione del corso ITIL 4 Foundation, in aula a Milano a giugno. Per te prezzo speciale 890€ + esame. Ti interessa per il tuo team?"),
  ("msg", "Ciao Alex, oltre all'ITIL abbiamo appena aperto Prince2 Practitioner online. Se prendi 3 posti per il team ti faccio il 20%. Ci sentiamo?"))
P("connection_only_pitches", "en", "Luca Bertolini", "Cloud Sales Specialist | Google Cloud partner", "Milano",
  ("msg", "Hey Alex, ti scrivo in inglese perché il mio collega in copia è di Londra 🙂 We have credits up to $100k for companies migrating from on-prem. Interested?", ),
  ("msg", "Alex, any thoughts on the credits? The program closes end of month. Possiamo fare una call anche domani.", (5, 14)),
  nl="en")


# =============================================================== single_pitch
P("single_pitch", "it", "Ilaria Fontana", "Business Developer | CloudPonte", "Milano",
  ("msg", "Ciao Alex, abbiamo appena preso la specializzazione Azure Migration: se state pensando di spostare i datacenter ti faccio vedere in 30 minuti come l'abbiamo fatto per Brembo. "
          "Quando ti va?"))
P("single_pitch", "en", "Nathan Cole", "Founder | StandupBot – async standups for Slack", "Berlin",
  ("msg", "Alex! Long time since the Agile conference in Lisbon. We just launched StandupBot - async standups inside Slack, €4/user. Would your teams want a trial?"))
P("single_pitch", "it", "Riccardo De Luca", "Consulente | Bandi e finanza agevolata per l'innovazione", "Roma",
  ("msg", "Buongiorno Alex, segnalo che è aperto il bando Transizione 5.0: copriamo fino al 40% dei progetti di digitalizzazione, ci occupiamo noi di tutta la pratica "
          "con success fee. Posso chiamarla per valutare?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Marta Gatti", "Head of PMO | Meridian Logistics", "Milano",
  ("msg", "Ciao Alex, grazie per la chiacchierata di ieri! Come promesso ti mando il nostro template di portfolio review e le slide sul passaggio a SAFe, "
          "usale pure come vuoi. Se ti serve ti metto in contatto con il nostro RTE."),
  ("msg", "Ah, dimenticavo: il 3 luglio facciamo un open day interno sul PI planning, aperto a qualche esterno. Se vuoi venire con un collega siete i benvenuti, gratis."))
P("connection_brings_value", "en", "Oliver Brandt", "Engineering Manager | Zalando", "Berlin",
  ("end",),
  ("msg", "Hey Alex, saw you're hiring a release manager. A former teammate of mine, Giulia, is moving back to Milan and is excellent - want me to intro you two? "
          "No agency, just think you'd get along."))
P("connection_brings_value", "it", "Sara Longo", "Docente a contratto | Politecnico di Milano – Project Management", "Milano",
  ("msg", "Ciao Alex, il 20 novembre ho una lezione aperta al Poli su come si stima un progetto software (spoiler: male 😄). È gratuita e vale come formazione per i PDU. "
          "Se vuoi portare qualcuno del tuo team, ti mando il link di registrazione."))
P("connection_brings_value", "en", "Tanvir Ahmed", "Scrum Master | Meetup co-organiser", "London",
  ("msg", "Hi Alex - the recording and slides from last week's retro-formats session are up, link below. Your question about distributed teams sparked a whole thread afterwards, "
          "thought you'd like to see it."),
  ("msg", "Also: we've got 5 free community tickets for Agile Europe in Milan this autumn. Want one? Just reply and I'll put your name down."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Cristina Ferrara", "Talent Acquisition | Gruppo Assicurativo Padano", "Verona",
  ("inm", "PMO Lead – posizione interna", "Buongiorno Alex, cerchiamo un PMO Lead per il programma di trasformazione digitale (tempo indeterminato, ibrido, sede Milano). "
          "Mi farebbe piacere raccontarle il ruolo in una breve telefonata, se è aperto a valutare."))
P("stranger_inmail_recruiter", "en", "Hannah Fischer", "Senior Technical Recruiter | Arcwise Pharma", "Basel",
  ("inm", "Program Manager, Cloud Migration (Milan-based)", "Hi Alex, I'm hiring a Program Manager for our cloud migration across 14 sites, reporting to the CIO. "
          "Milan-based, mostly remote, permanent. Your background with S/4 and hybrid teams fits well. Open to a chat?"))
P("stranger_inmail_recruiter", "it", "Andrea Russo", "Engineering Director | Satispay", "Milano",
  ("inm", "Technical Program Manager nel mio team", "Ciao Alex, sono il responsabile engineering di Satispay e cerco un TPM per il mio team. "
          "Niente agenzie di mezzo, ti scrivo io direttamente: ti va un caffè in zona Tortona per parlarne?"),
  nl="it")
P("stranger_inmail_recruiter", "en", "Jessica Moore", "Recruitment Consultant | Harvey Nash", "London",
  ("inm", "Interim Delivery Manager – fintech, 6 months", "Hi Alex, I'm working on a 6-month interim Delivery Manager contract for a fintech client in Milan, "
          "€650-750/day. Would you be open to hearing more, or know someone who would be?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ravi Shankar", "Business Development | CodeCraft Offshore", "Chennai",
  ("inm", "Dedicated team for Example Industries", "Dear Alex, greetings from CodeCraft! We provide dedicated developers at $22/hour. Let us know a suitable time for a call to discuss your requirements."),
  ("inm", "Re: Dedicated team", "Dear Alex, just following up on my previous message. We can start with 1 developer on trial basis. Please revert."))
P("stranger_inmail_sales", "it", "Giacomo Testa", "Sales | LicenzeFacili", "Milano",
  ("inm", "Licenze Atlassian in scadenza?", "Buongiorno Alex, gestiamo il rinnovo licenze Atlassian Cloud per molte aziende lombarde con uno sconto medio del 12%. "
          "Le mando un preventivo senza impegno?"))
P("stranger_inmail_sales", "en", "Emily Carter", "Account Executive | PortfolioIQ", "New York",
  ("inm", "Portfolio visibility for Example Industries", "Hi Alex, most PMOs we speak with still run portfolio reviews on spreadsheets. PortfolioIQ pulls from Jira and SAP "
          "into one dashboard. Worth 20 minutes next week?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Francesco Romano", "Co-organizzatore | Milano DevOps Meetup", "Milano",
  ("inv", "Ciao Alex, organizzo il DevOps meetup a Milano, il prossimo è sul platform engineering. Ingresso libero, posti limitati: "
          "se ti colleghi ti mando l'invito prima che apra la registrazione pubblica."),
  ("msg", "Eccolo: 18 aprile, Base Milano, ore 19. Il link è riservato ai contatti, giralo pure al tuo team."),
  ("msg", "Ciao Alex, grazie di essere venuto! Nel frattempo ho avviato una mia società di consulenza DevOps: facciamo assessment della pipeline a 3.500€. "
          "Facciamo una call così ti mando il deck?", (10, 30)))
P("good_turns_ugly", "en", "Aisha Bello", "Certified Scrum Trainer", "Lagos",
  ("inv", "Hello Alex, I'm compiling a free glossary of Agile terms in Italian and English for non-native teams. Would you be willing to review the Italian half? "
          "You'd be credited, of course."),
  ("msg", "Thank you so much for the review, Alex! Here's the final PDF, feel free to share it with your teams."),
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} as a thank-you. Could you endorse me for Agile Coaching and Scrum in return? It really helps with my CST application."))
P("good_turns_ugly", "it", "Simone Marchi", "PM | Community Project Management Italia", "Firenze",
  ("inv", "Ciao Alex, nella community stiamo confrontando i template di business case usati dalle aziende italiane. Ti va di condividere il vostro in cambio della raccolta completa?"),
  ("msg", "Come promesso, la raccolta dei 12 template anonimizzati. Grazie del contributo!"),
  ("msg", "Alex, ti presento il nostro nuovo corso 'Business case che convincono il CFO': 490€, per te early bird 390€. Vuoi che ti riservi un posto?", (7, 20)),
  ("msg", "Ciao, ultimi 3 posti a 390€. Se vuoi ti faccio la fattura intestata all'azienda.", (5, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Deepak Joshi", "Sales Head Europe | Infoworks Global", "Mumbai",
  ("inm", "Offshore QA for your SAP rollout", "Hi Alex, we provide offshore QA testing teams for SAP rollouts at 50% of onshore cost. Can we schedule a quick call?"),
  ("inv", "Hi Alex, I came across your post about the Agile Day, very insightful! Would be great to connect and stay in touch."))
P("reinvite_known_bad", "it", "Giulia Esposito", "Account Manager | ScrumAcademy Pro", "Roma",
  ("inv", "Ciao Alex, ti scrivo per il nostro corso PSM I con esame incluso: 690€ per i primi 10 iscritti. Ti mando la brochure?"),
  ("inv", "Ciao Alex, abbiamo amici in comune nella community Agile Lombardia, mi farebbe piacere collegarmi."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Kevin Doyle", "Managing Director | Sprintforce Consulting", "Dublin",
  ("inv", "Hi Alex, we rescue failing Agile transformations. Free 30-min health check?"),
  ("inm", "Seriously?", "Alex, my invite sat there for weeks. I offered you free value and you can't even say no thanks. That's the kind of arrogance that kills projects."),
  ("inv", "Hi Alex, fresh start? I'd genuinely like to connect as a fellow delivery leader."))
P("reinvite_known_ugly", "it", "Luigi Ferraro", "Presidente | Associazione Innovatori Digitali", "Napoli",
  ("inm", "Invito associazione", "Gentile Alex, la nostra associazione riunisce manager dell'innovazione per scambiarsi esperienze. Vorremmo averla tra i soci fondatori."),
  ("inm", "Quota associativa", "Gentile Alex, per perfezionare l'ingresso come socio fondatore la quota è di 1.200€ annui, che include la visibilità sul nostro portale fornitori. "
          "Le invio le coordinate?", (4, 12)),
  ("inv", "Buongiorno Alex, organizziamo un convegno gratuito sull'AI nella PA a Napoli, mi farebbe piacere averla in rete."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Roberto Colombo", "Partner | Nexum Consulting – SAP Gold Partner", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex, piacere di averti conosciuto al SAP Now. Ti lascio i riferimenti: abbiamo un pacchetto di readiness S/4HANA a prezzo fisso, "
          "se vuoi ti mando il deck e facciamo una call."))
P("user_invited_pitch_once", "en", "Megan Hughes", "Regional Director | Atlassian Solution Partner", "London",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Since you mentioned the Jira Data Center end-of-life at the conference: we run cloud migrations at a fixed price. "
          "Happy to send a proposal if useful."))
P("user_invited_pitch_once", "it", "Pietro Gentile", "Senior Sales | DevNearshore Italia", "Torino",
  ("acc",),
  ("msg", "Ciao Alex, grazie per avermi aggiunto dopo il panel! Se vi servono sviluppatori .NET per il progetto portale, abbiamo una squad in Albania a 280€/gg. Ne parliamo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Siddharth Rao", "Co-founder | TestPilot AI", "Bangalore",
  ("acc",),
  ("msg", "Thanks for connecting after the webinar, Alex! TestPilot auto-generates regression suites from Jira stories. Can I set up a 20-min demo for your QA lead?"),
  ("msg", "Hi Alex, following up - we're offering a 3-month pilot at 50% off to Italian customers this quarter. Shall I send the order form?"))
P("user_invited_pitch_twice", "it", "Beatrice Leone", "Channel Manager | CloudPonte", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Ti giro il nostro listino per i servizi gestiti su Azure, magari ti torna utile per il budget 2025."),
  ("msg", "Ciao Alex, hai avuto modo di vedere il listino? Facciamo una call veloce questa settimana, così ti presento anche il nostro architect."))
P("user_invited_pitch_twice", "en", "Dmitri Volkov", "Delivery Partner | Eastbridge Software (Serbia)", "Belgrade",
  ("acc",),
  ("msg", "Alex, thanks for connecting! We're a nearshore shop in Belgrade, 2 hours from Milan, 60 engineers. Can I send you our capabilities deck?"),
  ("msg", "Hi Alex, quick follow-up - we have a Java team freeing up next month. Let me know if you want profiles and daily rates."))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Anna Moretti", "CIO | Gruppo Alimentare Emiliano", "Parma",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito. Come ti dicevo al CIO Summit, abbiamo fatto anche noi il passaggio a S/4 l'anno scorso: se ti serve ti racconto dove abbiamo sbagliato, "
          "facciamo una call quando vuoi. Ti mando anche il nostro piano di cutover, anonimizzato."))
P("user_invited_value", "en", "James O'Connor", "Program Director | PMI Global Volunteer", "Cork",
  ("acc",),
  ("msg", "Thanks for reaching out, Alex. Re your question on the PMI chapter: yes, Italian members can volunteer on the global standards review. Here's the form - "
          "it counts for PDUs too. Happy to put in a word."))
P("user_invited_value", "it", "Elisa Rossetti", "Engineering Manager | Bending Spoons", "Milano",
  ("acc",),
  ("msg", "Grazie per la richiesta! Ti mando il link al nostro post sul modello di planning trimestrale che ti avevo citato, e il template del one-pager. "
          "Se ti va organizziamo un pranzo con i rispettivi team per confrontarci."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Claudio Bianchi", "IT Director | Example Logistics Italia", "Piacenza", ("acc",))
P("acceptance_only", "en", "Laura Schmidt", "Scrum Master | SAP SE", "Walldorf", ("acc",))
P("lone_endorsement", "it", "Tommaso Villa", "Junior PM | ex stagista Example Industries", "Milano", ("end",))
P("lone_endorsement", "en", "Fatima Khan", "Business Analyst | Accenture", "London", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Marta Gatti", "marta.gatti@meridian-logistics.example.it", "Template portfolio review",
     "Ciao Alex,\n\nti avevo scritto anche su LinkedIn ma te lo rimando qui: in allegato il template. Facciamo una call la settimana prossima?\n\nMarta", "it"),
    ("PMI Northern Italy Chapter", "eventi@pmi-nic.example.org", "Conferma iscrizione – evento del 14",
     "Gentile Alex,\n\nla sua iscrizione è confermata. Condivida l'evento su LinkedIn con l'hashtag #PMINIC per aiutarci a farlo conoscere.", "it"),
    ("DevNearshore", "marketing@devnearshore.example", "Scale your team in 2 weeks",
     "Hi Alex,\n\nwe tried to reach you on LinkedIn. Our dedicated teams start at $25/h. Book a call: calendly link below.", "en"),
    ("Jira", "jira@example-industries.atlassian.example", "[PRJ-1432] Aggiornare il link LinkedIn nella pagina careers",
     "Alex Morgan assigned PRJ-1432 to you.\n\nIl link al profilo LinkedIn aziendale nella pagina careers punta ancora al vecchio URL.", "en"),
    ("Ufficio HR", "hr@example-industries.example.it", "Policy social media",
     "Ciao a tutti,\n\nvi ricordiamo che le offerte di lavoro vanno pubblicate su LinkedIn solo tramite la pagina aziendale. Grazie.", "it"),
    ("Codemotion", "info@codemotion.example", "Your ticket for Codemotion Milan",
     "Hi Alex,\n\nhere is your ticket. Add the event to your LinkedIn profile and tag your colleagues!", "en"),
    ("Lorenzo Bassi", "lorenzo.bassi@example.com", "Fwd: ti ho mandato l'invito",
     "Alex,\n\nti ho mandato l'invito su LinkedIn per presentarti Marta, dagli un'occhiata quando puoi.\n\nLore", "it"),
    ("Microsoft Teams", "no-reply@teams.example.com", "Meeting: quick sync vendor selection",
     "Alex, you have been invited to 'quick sync vendor selection'. Agenda: shortlist dei fornitori trovati su LinkedIn e Clutch.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifty-seventh development corpus (dev57). Generated by scripts/make_corpus_dev57.py (seed {SEED}); do not edit by hand.",
          "# Alex as an IT project manager in Milan, Italian and English with code-switching: system integrators, offshore shops, cloud resellers, "
          "user groups and meetups, conference organisers, IT recruiters, training sellers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev57", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER)
