#!/usr/bin/env python3
"""Write mailbot's fortieth, independent development corpus: tests/corpus/dev40/*.eml + expected.toml.

The angle: the user Alex is the CISO of an insurer. Their LinkedIn world: security vendors
(EDR, XDR, SIEM, MDR, email security, backup, identity, awareness training, third-party risk,
cyber-risk quantification) with fear-based pitches ("three insurers got hit this quarter",
"if they encrypted you at 3 a.m., who would notice?"), penetration-test and red-team sellers,
"free security assessment" and "free benchmark" lead magnets, bug-bounty researchers who report
a real issue and want nothing for it (good) against "beg bounty" hunters who want paying for a
missing DMARC record (bad), conference calls for papers (a free speaking slot is good; a
"speaker package" is a sale), security peers and sector CERTs sharing threat intel and playbooks,
recruiters for CISO and SOC roles, CISO roundtables and "Stammtisch" circles that turn out to be
sponsored sales, endorse-me-back from freelance vCISOs and DPOs, and hostility from vendors and
researchers who were ignored.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job alerts,
news, group and newsletter subjects, the headlines of spoof-only names and PYMK suggestions,
and the lines that spoofs carry are swapped for security ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev40.py              # writes tests/corpus/dev40
    python scripts/make_corpus_dev40.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260840

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the security world (this process only)
SKILLS = {
    "en": ["Information Security", "Incident Response", "ISO 27001", "Security Governance", "Risk Management", "Cloud Security"],
    "de": ["Informationssicherheit", "ISO 27001", "Incident Response", "Risikomanagement", "IT-Sicherheit"],
    "fr": ["Sécurité de l'information", "ISO 27001", "Gestion des risques", "Réponse aux incidents", "Gouvernance de la sécurité"],
    "es": ["Seguridad de la información", "ISO 27001", "Gestión de riesgos", "Respuesta a incidentes", "Ciberseguridad"],
    "it": ["Sicurezza delle informazioni", "ISO 27001", "Gestione del rischio", "Incident Response", "Cybersecurity"],
}
RHEADLINE = {
    "en": "Chief Information Security Officer at Example Mutual Insurance",
    "de": "CISO bei Example Mutual Versicherung",
    "fr": "RSSI chez Example Mutual Assurances",
    "es": "CISO en Example Mutual Seguros",
    "it": "CISO presso Example Mutual Assicurazioni",
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["en", "de", "en", "fr", "en"]  # spoofs and other LinkedIn mail: mostly English wording, some German, French, Spanish, Italian
mc.JOBS[:] = [("Chief Information Security Officer", "Harbourline Life & Pensions"), ("Head of Cyber Defense (m/w/d)", "Allgemeine Rück"),
              ("RSSI Groupe", "Mutuelle Atlantique"), ("Deputy CISO", "Cliffside Assurance"), ("Head of Security Operations", "Meridian Re")]
_OTHER = {
    "en": dict(job=("{n} new jobs for \"CISO\"", "Your job alert for CISO in {city}"),
               news="Are insurers pricing ransomware risk correctly?", group="Top conversations in Insurance Security Leaders",
               newsletter="Breach Notes: what a year of claims data says about BEC"),
    "de": dict(job=("{n} neue Jobs für „CISO“", "Ihr Jobalarm für CISO in {city}"),
               news="Wie gut sind Versicherer auf DORA vorbereitet?", group="Top-Unterhaltungen in IT-Sicherheit in der Versicherungswirtschaft",
               newsletter="Sicherheitslage kompakt: Ransomware im Versicherungssektor"),
    "fr": dict(job=("{n} nouvelles offres pour « RSSI »", "Votre alerte emploi pour RSSI à {city}"),
               news="Les assureurs face à la nouvelle vague de rançongiciels", group="Meilleures discussions dans RSSI & Assurance",
               newsletter="La lettre du RSSI : ce que DORA change pour les tests d'intrusion"),
    "es": dict(job=("{n} empleos nuevos de «CISO»", "Tu alerta de empleo de CISO en {city}"),
               news="¿Están las aseguradoras preparadas para DORA?", group="Conversaciones destacadas en Ciberseguridad en Seguros",
               newsletter="Boletín del CISO: lecciones de un año de ransomware"),
    "it": dict(job=("{n} nuove offerte per «CISO»", "Il tuo avviso di lavoro per CISO a {city}"),
               news="Ransomware: quanto costa davvero alle compagnie assicurative?", group="Conversazioni principali in CISO Italia – Assicurazioni",
               newsletter="Il punto del CISO: NIS2 un anno dopo"),
}
for _l, _o in _OTHER.items():
    mc.OTHER[_l]["job"] = (_o["job"][0], _o["job"][1], mc.OTHER[_l]["job"][2])
    mc.OTHER[_l]["news"] = (_o["news"], mc.OTHER[_l]["news"][1])
    mc.OTHER[_l]["group"] = (_o["group"], mc.OTHER[_l]["group"][1])
    mc.OTHER[_l]["newsletter"] = (_o["newsletter"], mc.OTHER[_l]["newsletter"][1])
mc.COMPANIES["good"] = ["Harbourline Life & Pensions", "Meridian Re", "Cliffside Assurance", "Northgate Mutual", "Allgemeine Rück",
                        "Mutuelle Atlantique", "Hanseatische Lebensversicherung", "BSides Bristol"]
mc.COMPANIES["sales"] = ["Sentraxis", "Phishlane", "Auriga SIEM", "Cortexa XDR", "Vigilia MDR", "VendorShield", "Lockvale", "Quorant"]
mc.COMPANIES["pretext"] = ["Insurance CISO Roundtable", "Kyrosec", "Perimetra", "ExposureIQ"]
mc.HEADLINES["good"] = ["CISO at {co}", "Head of Threat Intelligence | {co}", "Deputy CISO, {co}", "SOC Manager at {co}",
                        "Security Architect | {co}", "Head of IT Risk at {co}"]
mc.HEADLINES["sales"] = ["Enterprise Account Executive | {co}", "Regional Sales Director at {co}", "Founder & CEO | {co}",
                         "Helping insurers stop ransomware | {co}", "Business Development, Financial Services | {co}"]
mc.HEADLINES["pretext"] = ["Community builder | {co}", "Connecting security leaders | {co}", "Host, CISO dinners"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "display:outlook.com", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
SPOOF_LINES = {
    "en": ["Hi {first}, I've shared the draft pentest report for your claims portal through LinkedIn Secure Docs. Please sign in to review it before Friday.",
           "{first}, urgent: your board deck on the ransomware incident was flagged for review. Open it here with your LinkedIn login."],
    "de": ["Hallo {first}, ich habe Ihnen den Pentest-Bericht über LinkedIn Secure Docs freigegeben. Bitte melden Sie sich zur Ansicht an.",
           "Guten Tag {first}, Ihr Zugang wurde wegen eines Sicherheitsvorfalls gesperrt. Bitte bestätigen Sie Ihre Daten hier."],
    "fr": ["Bonjour {first}, je vous ai partagé le rapport d'audit de sécurité via LinkedIn Secure Docs. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre compte a été signalé dans une fuite de mots de passe. Confirmez vos identifiants sous 24 h."],
    "es": ["Hola {first}, te he compartido el informe del pentest por LinkedIn Secure Docs. Inicia sesión para verlo.",
           "Hola {first}, tu cuenta aparece en una filtración de credenciales. Verifica tu contraseña en las próximas 24 horas."],
    "it": ["Ciao {first}, ti ho condiviso il report del penetration test tramite LinkedIn Secure Docs. Accedi per leggerlo.",
           "Gentile {first}, il suo account risulta in una violazione di credenziali. Confermi la password entro 24 ore."],
}
for _l, _n in SPOOF_LINES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
# A stranger's InMail that brings value without a job offer (a researcher's report, a CERT's warning): good, nothing to do.
cs.OUTCOME["stranger_inmail_value"] = ("good", "none")

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Tariq Benhaddou", "Independent security researcher | Bugcrowd top 100", "Casablanca",
  ("inv", "Hi Alex, a staging host under your claims portal has an admin login open to the internet, and it accepts real SSO accounts. "
          "I couldn't find a security.txt or a disclosure page. Not after a bounty, I just want it closed. Who should get the details?"),
  ("rem",))
P("good_invitation", "en", "Fiona Gallagher", "CISO | Harbourline Life & Pensions", "Dublin",
  ("inv", "Alex - a few of us insurance CISOs (IE/UK) get on a call the first Tuesday of the month. Chatham House, no vendors in the room. "
          "This month is the DORA register of information, which I suspect is ruining your summer too. Want in? Costs nothing, bring war stories."))
P("good_invitation", "de", "Katrin Hölzl", "Programmleitung | Cyber Security Tage Rhein-Main", "Frankfurt am Main",
  ("inv", "Hallo Alex, für die Cyber Security Tage im Herbst fehlt uns noch ein Praxisbericht aus einer Versicherung, gern zu Ransomware-Übungen mit dem Vorstand. "
          "Speaker zahlen nichts, Anreise übernehmen wir, Teilnehmende bekommen CPE-Punkte. Hätten Sie Lust?"))
P("good_invitation", "en", "Marcus Oyelaran", "Executive Recruiter, Cyber & Technology Risk | Halden Search", "London",
  ("inv", "Hi Alex, I'm retained by a Lloyd's syndicate to hire their first Group CISO: reports to the CRO, real board access, c.£240k plus bonus. "
          "Two people I trust gave me your name. Open to a confidential chat, even if it's just to point me at someone better?"))
P("good_invitation", "fr", "Claire Vasseur", "Étudiante Master 2 Cybersécurité | Université de Rennes", "Rennes",
  ("inv", "Bonjour Alex, j'écris mon mémoire sur la gestion de crise cyber dans les mutuelles. Accepteriez-vous de répondre à cinq questions "
          "(20 min, anonymisé) ? Je vous enverrai le mémoire terminé, si ça peut servir à votre équipe."),
  ("rem",))
P("good_invitation", "it", "Davide Lanzoni", "Analista CERT | Settore assicurativo", "Roma",
  ("inv", "Ciao Alex, coordino lo scambio di IoC tra le compagnie del ramo danni. Da due settimane gira una campagna che imita i portali sinistri: "
          "se vuoi ti aggiungo alla lista TLP:AMBER. Gratis, basta accettare e mandarmi un indirizzo del SOC."))
P("good_invitation", "es", "Lucía Aranda", "Head of IAM | Banco Levante", "Valencia",
  ("inv", "¡Alex! Soy Lucía, coincidimos en el proyecto de SSO en 2019. Mi director quiere hablar con alguien de una aseguradora sobre cómo "
          "montasteis el PAM y le he dado tu nombre. ¿Os presento por aquí? Sin ningún compromiso."))


# =============================================================== default_invitation
P("default_invitation", "en", "Brandon Tulley", "Cybersecurity enthusiast | CompTIA Security+", "Phoenix", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Heiko Brandstätter", "Vertrieb IT-Security | Mittelstand", "Nürnberg", ("inv", NONOTE))
P("default_invitation", "fr", "Yannick Le Goff", "Consultant GRC indépendant", "Brest", ("inv", DEFAULT))
P("default_invitation", "en", "Priyanka Deshmukh", "SOC Analyst L1 | Splunk | Sentinel", "Pune", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Chad Riordan", "Enterprise AE | Sentraxis EDR", "Austin",
  ("inv", "Alex, three carriers got hit by LockBit affiliates this quarter and two ran the same legacy AV you do. "
          "Sentraxis kills ransomware pre-execution. 20 mins this week, before you're number four?"))
P("sales_invitation", "en", "Natalie Voss", "Regional Director UK&I | Phishlane", "Manchester",
  ("inv", "Hi Alex! 91% of breaches start with a click 😬 Phishlane runs monthly phishing simulations plus 3-minute lessons your staff actually finish. "
          "Insurers get 30% off until the end of the quarter. Up for a quick demo?"))
P("sales_invitation", "de", "Dennis Krawczyk", "Key Account Manager Finanzdienstleister | Auriga SIEM", "Düsseldorf",
  ("inv", "Guten Tag, DORA verlangt lückenloses Logging und Erstmeldung in 4 Stunden. Mit Auriga SIEM schaffen Versicherer das ohne Zusatzpersonal. "
          "Darf ich Ihnen das in einer 30-minütigen Demo zeigen?"))
P("sales_invitation", "en", "Gavin Pruitt", "Founder | RedLantern Offensive Security | CREST", "Leeds",
  ("inv", "alex - we do CREST pentests and red teaming for FS firms. booking Q3 now at last year's day rates. "
          "happy to send a scoping questionnaire and a quote, just say the word"))
P("sales_invitation", "es", "Rodrigo Salcedo", "Business Development | Cibertec Defensa", "Madrid",
  ("inv", "Hola Alex, este mes hacemos gratis una evaluación de la superficie de ataque externa a aseguradoras. En 48 h tienes el informe y un consultor "
          "te explica en una llamada cómo lo cubriría nuestro SOC gestionado. ¿Te reservo hueco?"))
P("sales_invitation", "it", "Serena Valsecchi", "Account Manager | Vigilia MDR", "Milano",
  ("inv", "Buongiorno Alex, se stanotte alle 3 vi cifrassero i server, chi se ne accorgerebbe? Con il nostro MDR h24 la risposta è: noi, in 7 minuti. "
          "Le andrebbe una call di 20 minuti per capire quanto siete esposti?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Trevor Hale", "Founder, Insurance CISO Roundtable", "Chicago",
  ("inv", "Alex, I host a small invite-only roundtable for CISOs at carriers and MGAs. Quarterly dinners, no slides, just candid talk about what's "
          "actually working. Would love your perspective at the table."),
  ("msg", "Great to be connected! Quick heads-up before the next dinner: the roundtable is underwritten by our partners at Obsidra, and they'd love "
          "30 minutes with you on their identity threat detection platform. Tuesday or Wednesday better for you?", (2, 9)),
  ("msg", "Hi Alex, Obsidra is holding a slot for you, I just need a time. Roundtable members get a free 60-day POC if they start this month.", (6, 14)))
P("bait_and_switch_invitation", "en", "Jolene Barrow", "Threat Research Lead | Kyrosec", "Denver",
  ("inv", "Hi Alex, we wrote a ransomware tabletop kit specifically for insurers: injects, a scoring sheet and a board debrief template. "
          "It's free and has no forms to fill in. Happy to send it if your IR team could use it."),
  ("msg", "Thanks for connecting! Most teams that run the kit find out they can't spot lateral movement fast enough, and that's exactly the gap Kyrosec MDR "
          "closes. Could we grab 30 minutes to go through your results and what a managed service would look like for you?", (3, 12)))
P("bait_and_switch_invitation", "en", "Samir Haddad", "Security Architect | Cloud & Zero Trust", "Toronto",
  ("inv", "Hi Alex, fellow security leader in FS. How did you handle the CASB rollout with your brokers' portals? We keep hitting the same wall "
          "and I'd really appreciate comparing notes."),
  ("msg", "Thanks for accepting. Full disclosure, I've joined Perimetra, and our SSE platform fixes exactly that broker-portal problem. "
          "Could I set up a demo with our insurance team next week?"),
  ("msg", "Alex, circling back on the demo. We also have a reference carrier in Ontario who'd happily take your call.", (7, 20)))
P("bait_and_switch_invitation", "de", "Jens Wittkamp", "Initiator | CISO-Stammtisch Versicherungen", "Köln",
  ("inv", "Hallo Alex, wir sind ein loser Kreis von ISBs und CISOs aus Versicherungen und treffen uns alle zwei Monate in Köln. "
          "Offener Austausch, kein Vertrieb. Hätten Sie Lust dazuzukommen?"),
  ("msg", "Schön, dass Sie dabei sind! Der Stammtisch wird übrigens von meinem Arbeitgeber Securanta ermöglicht. Wir haben gerade ein DORA-Paket für Versicherer "
          "geschnürt (Gap-Analyse plus Pentest, Festpreis 38.000 €). Darf ich Ihnen ein Angebot schicken?", (4, 15)))
P("bait_and_switch_invitation", "fr", "Aurélien Marchetti", "Comité de programme | Forum Cyber Assurance", "Paris",
  ("inv", "Bonjour Alex, nous préparons la prochaine édition du Forum Cyber Assurance et votre retour d'expérience sur une crise ransomware "
          "intéresserait beaucoup nos participants. Seriez-vous partant pour intervenir ?"),
  ("msg", "Merci pour votre retour positif ! Pour confirmer votre créneau de 20 minutes en plénière, le pack intervenant est à 6 500 € HT "
          "(logo sur le site et stand inclus). Je vous envoie le bon de commande ?", (3, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dmitri Lavrenko", "Security Researcher | Founder, ExposureIQ", "Tallinn",
  ("inm", "Possible exposure on your domain", "Hi Alex, while mapping the external attack surface of European insurers I came across a few things on your footprint "
          "that I think you'd want to know about. Who's the right person to share them with?"),
  ("inm", "Re: Possible exposure on your domain", "Thanks for getting back to me. The findings live in our ExposureIQ platform; I can unlock the full report with a "
          "12-month subscription (insurers get 15% off). Want me to set up a walkthrough with our sales lead?", (2, 8)))
P("bait_and_switch_inmail", "en", "Harper Lindstrom", "Research Director | Cyber Resilience Benchmark", "Boston",
  ("inm", "Your input on our insurer security benchmark", "Hi Alex, we're running an independent benchmark of security budgets and staffing across 40 insurers. "
          "Everyone who takes part gets the full anonymised report, free. Would you give us 10 minutes?"),
  ("inm", "Your benchmark results", "Thanks for taking part! Your answers put you in the bottom quartile for detection maturity. Our advisory team can close that "
          "gap in 90 days. Are you free Thursday for a consultation?"),
  ("inm", "Re: Your benchmark results", "Alex, just checking you saw this. We can also bundle a 24/7 monitoring retainer at a founding-client rate.", (5, 15)))
P("bait_and_switch_inmail", "es", "Ignacio Berrocal", "Director | Foro de Ciberseguridad Aseguradora", "Sevilla",
  ("inm", "Invitación a mesa redonda", "Hola Alex, estamos montando una mesa redonda sobre ciberriesgo en el sector asegurador, en Madrid en noviembre, "
          "y nos encantaría contar contigo como ponente. ¿Te animas?"),
  ("inm", "Mesa redonda: confirmación", "¡Gracias por decir que sí! Para cerrar tu participación, cada ponente aporta un patrocinio de 3.000 € que incluye logo y stand. "
          "Te paso la factura proforma y lo dejamos atado."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Kelsey Warrington", "vCISO | Cyber Risk Advisor | Speaker", "San Diego",
  ("end",), ("end",),
  ("msg", "Hey Alex! Endorsed you for {skill}, you clearly know your stuff 🙌 Could you do me a quick solid and endorse me for vCISO Services and "
          "Risk Assessment? Building out my profile for a couple of RFPs. Thanks a ton!!"))
P("endorse_me_back", "de", "Oliver Gerdes", "Externer Informationssicherheitsbeauftragter | Freiberuflich", "Bremen",
  ("end",),
  ("msg", "Moin Alex, hab dich grad für {skill} bestätigt. Bin seit Januar selbstständig als externer ISB – wenn du mir ISO 27001 und "
          "BSI-Grundschutz bestätigst, würd mir das echt weiterhelfen. Danke dir!"))
P("endorse_me_back", "it", "Roberta Ciampi", "Consulente Privacy & Security | DPO", "Bari",
  ("end",), ("end",),
  ("msg", "Buongiorno Alex, ho appena confermato le sue competenze in {skill}. Le chiederei la cortesia di ricambiare su GDPR e Data Protection: "
          "sto partecipando a un bando per incarichi di DPO e ogni conferma conta. La ringrazio di cuore."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Wade Kessler", "VP Sales | Cortexa XDR", "Dallas",
  ("inv", "Alex, your current stack has gaps Cortexa closes in a week. Let's connect."),
  ("rem",),
  ("inm", "Unbelievable", "Alex, I've reached out four times now. I get that you're busy, but a CISO who can't spare 15 minutes for something that would "
          "protect their company is exactly why carriers end up in the news. Hope your board asks you one day why you ignored this."))
P("hostility_after_decline", "en", "Ravi Menon", "Bug hunter | OSCP | Hall of Fame x23", "Bengaluru",
  ("inv", "Hello Sir, I have found critical vulnerability in your website. Please accept my request so I can share details and we can discuss reward."),
  ("inm", "Final notice", "Sir, I gave you 10 days. No reply, no reward. Very unprofessional for such big company to ignore security researcher. "
          "If no response in 48 hours I will publish on Twitter and report you to data protection authority.", (8, 14)))
P("hostility_after_decline", "de", "Marcel Ostrowski", "Geschäftsführer | Ostrowski Pentest GmbH", "Leipzig",
  ("inv", "Hallo Alex, wir testen Versicherer seit 12 Jahren. Sollen wir mal über Ihr Pentest-Budget fürs nächste Jahr sprechen?"),
  ("rem",),
  ("inm", "Schade", "Hallo Alex, keine Reaktion auf meine Anfrage, auch nicht auf die Erinnerung. Ein CISO, der nicht mal Nein sagen kann, "
          "muss sich über erfolgreiche Angriffe nicht wundern. Mit kollegialen Grüßen – oder dem, was davon übrig ist."))
P("hostility_after_decline", "it", "Fabio Castellucci", "Consulente commerciale | Soluzioni cyber per PMI e assicurazioni", "Napoli",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Cortesia", "Gentile Alex, vedo che ha visitato il mio profilo ma non ha accettato il collegamento. Mi permetta di dirle che nel nostro mestiere "
          "la cortesia dovrebbe contare quanto la sicurezza. Evidentemente non per tutti."))
P("hostility_after_decline", "en", "Noah Brightwater", "Cybersecurity student | Aspiring SOC analyst", "Cardiff",
  ("inv", "Hi Alex, I'm a final-year student aiming for a SOC role in insurance. Could I ask you two quick questions about how you hire juniors?"),
  ("inm", "ok then", "guess a CISO can't spare 2 mins for a student. no wonder the industry has a skills gap lol. thanks for nothing"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Lance Drummond", "Director | Sentinel Grid Managed SOC", "Atlanta",
  ("msg", "Alex, circling back: our managed SOC takes alert volume down 80% in 30 days. With a team your size you're probably drowning. Thursday work for a call?"),
  ("msg", "Alex, I've sent you a few messages now, each with real value in them. Not even a 'no thanks'? That's poor form for someone in a leadership role, "
          "and frankly it says a lot about how your team handles things."))
P("hostility_connection", "fr", "Sandrine Mallet", "Directrice commerciale | Sensibilis – formation cybersécurité", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Nos modules de sensibilisation au phishing tournent déjà chez une quarantaine d'assureurs. "
          "Je vous organise une démo la semaine prochaine ?"),
  ("msg", "Alex, c'est vous qui m'avez ajoutée, et depuis plus rien. Je trouve ça franchement cavalier. On ne traite pas les gens comme ça, "
          "même quand on est RSSI d'un grand groupe."))
P("hostility_connection", "es", "Óscar Bernal", "CEO | Blindaje Digital", "Zaragoza",
  ("msg", "Hola Alex, ¿sabes cuánto tardaríais en detectar un ransomware dentro de vuestra red? Nosotros lo medimos en una semana con nuestro "
          "servicio de compromise assessment. ¿Hablamos y te paso precio?"),
  ("msg", "¿Hola?"),
  ("msg", "Vale, ya veo. Luego cuando os cifren todo no vengáis llorando. Hay gente que se cree muy importante por llevar 'CISO' en el perfil."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Megan Foster", "Account Director | Lockvale Identity", "Seattle",
  ("msg", "Hi Alex! Hope Q2 is treating you well. Lockvale just launched passwordless for contact-centre agents, which is huge for claims teams. "
          "Free for a 20-min demo?"),
  ("msg", "Hey Alex, bumping this up. We're offering insurers a free pilot until the end of the month. Shall I pencil something in?"),
  ("msg", "Last nudge from me: three of your competitors signed this quarter. Happy to share how they rolled it out on a quick call."))
P("connection_only_pitches", "en", "Graham Pettit", "Senior Consultant | Bastion Compliance", "Birmingham",
  ("msg", "Alex, TLPT under DORA is coming whether we like it or not. Bastion runs threat-led pen tests that get past the regulator first time. "
          "Shall I send our credentials pack and a ballpark figure?"),
  ("msg", "Following up with the credentials pack, plus a fixed-fee option for carriers under 5,000 staff. When suits for a call?"))
P("connection_only_pitches", "de", "Tanja Reuter", "Vertrieb | CyberShield Awareness GmbH", "Stuttgart",
  ("msg", "Hallo Alex, Ihre Mitarbeitenden sind Ihr größtes Risiko – das sagen nicht wir, das sagt jede Statistik. Unsere E-Learning-Plattform "
          "gibt es für Versicherer gerade zu Sonderkonditionen. Hätten Sie Zeit für ein kurzes Kennenlernen?"),
  ("msg", "Hallo Alex, ich hake noch mal nach: Bis Monatsende gilt unser Preis von 4 € pro Nutzer und Jahr. Soll ich Ihnen ein Angebot fertig machen?"))
P("connection_only_pitches", "it", "Gianluca Orsenigo", "Sales Engineer | Datavault Backup", "Torino",
  ("msg", "Ciao Alex, backup immutabili e ransomware: siete davvero coperti? Ti faccio vedere Datavault in 15 minuti, quando vuoi tu."),
  ("msg", "Ciao Alex, ti giro il listino 2025 per le compagnie assicurative: tre mesi gratis se firmi entro giugno. Ci sentiamo?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Bethany Cole", "Partnerships | Quorant Cyber Risk Quantification", "New York",
  ("msg", "Alex, your board probably keeps asking 'how much cyber risk do we have, in dollars?' Quorant gives you that number in 30 days. "
          "Open to a short demo next week?"))
P("single_pitch", "fr", "Thierry Gaudin", "Ingénieur commercial | NeoSOC", "Toulouse",
  ("msg", "Bonjour Alex, j'ai vu que vous recrutiez des analystes SOC. Plutôt que d'internaliser, notre SOC mutualisé revient moins cher qu'un ETP. "
          "Je vous envoie une proposition chiffrée ?"))
P("single_pitch", "de", "Jasper Quinlan", "Founder | Gridlock Labs – DDoS protection", "Amsterdam",
  ("msg", "Hey Alex, just read about the DDoS wave against Dutch and German insurers. Gridlock can have you shielded in under a day. Want pricing?"),
  nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Naomi Achterberg", "Head of Threat Intelligence | Meridian Re", "Amsterdam",
  ("msg", "Alex, heads up: there's a QR-code phishing run spoofing broker e-signature requests, aimed at underwriting inboxes. "
          "IOCs and sender infrastructure are in the STIX bundle I just dropped in our shared folder. TLP:GREEN, share freely with your SOC."),
  ("msg", "Second wave started this morning. New domains added to the same bundle, plus the detection rule we use on the M365 side."),
  nl="en")
P("connection_brings_value", "en", "Callum Rees", "CISO | Northgate Mutual", "Cardiff",
  ("end",),
  ("msg", "Hi Alex, our auditors want to know how we evidence third-party risk for the cloud providers under DORA. Did you end up building your own "
          "register or buying a tool? Happy to send ours in return, it's rough but it survived the first review."))
P("connection_brings_value", "de", "Sabine Kettler", "Leiterin Informationssicherheit | Hanseatische Lebensversicherung", "Hamburg",
  ("msg", "Hallo Alex, wir haben unser Red-Team-Szenario zur Schadenregulierung fertig dokumentiert und stellen es dem Arbeitskreis frei zur Verfügung. "
          "Wenn Sie mögen, schicke ich Ihnen das Drehbuch und unsere Lessons Learned. Ohne Gegenleistung, versteht sich."))
P("connection_brings_value", "es", "Marta Quintero", "Responsable de Ciberinteligencia | CERT sectorial", "Madrid",
  ("msg", "Hola Alex, aviso rápido: circula un kit de phishing que clona el área de clientes de varias aseguradoras españolas, la vuestra incluida. "
          "Dime a quién de tu SOC le mando las URLs y los hashes por canal seguro."))
P("connection_brings_value", "en", "Owen Thackeray", "Programme Chair | BSides Bristol", "Bristol",
  ("msg", "Alex! The BSides CFP closes on the 14th. We'd love a talk on how an insurer actually runs a ransomware tabletop with the board in the room. "
          "25-minute slot, free ticket obviously, and we cover speakers' travel. No pressure, you just came to mind."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rebecca Haines", "Principal, Cyber Practice | Whitlock Executive Search", "London",
  ("inm", "Group CISO - FTSE 100 insurer (confidential)", "Hi Alex, I'm leading a retained search for the Group CISO of a FTSE 100 insurer, reporting to the CIO "
          "with a dotted line to the Board Risk Committee. 140 people across three countries and the role owns its budget. Your background is very close "
          "to what the chair described. Would you be open to a confidential 20-minute call?"))
P("stranger_inmail_recruiter", "de", "Thomas Weinzierl", "Senior Talent Partner | Allgemeine Rück", "München",
  ("inm", "Leitung Cyber Defense Center (m/w/d), München", "Hallo Alex, für unser Cyber Defense Center suchen wir eine Leitung mit Erfahrung in der Versicherungsbranche. "
          "Unbefristet, hybrid, außertarifliche Vergütung plus Bonus. Falls das für Sie oder jemanden aus Ihrem Netzwerk interessant ist, freue ich mich über eine kurze Rückmeldung."))
P("stranger_inmail_recruiter", "fr", "Inès Charpentier", "Chargée de recrutement cadres | Mutuelle Atlantique", "Nantes",
  ("inm", "RSSI Groupe – Mutuelle Atlantique", "Bonjour Alex, nous recrutons notre RSSI Groupe (CDI, Nantes, deux jours de télétravail), rattaché directement "
          "au directeur général. Votre parcours dans l'assurance correspond vraiment à ce que nous cherchons. Seriez-vous disponible pour un premier échange ?"))


# =============================================================== stranger_inmail_value
P("stranger_inmail_value", "en", "Kenji Watanabe", "Security Researcher | HackerOne & Intigriti", "Osaka",
  ("inm", "Vulnerability report: IDOR in policy documents API", "Hi Alex, the endpoint that serves policy PDFs on your customer portal has an IDOR: changing the "
          "document ID returns other customers' documents. I confirmed it only between two test accounts of my own and kept no data. I couldn't find a VDP or a "
          "security.txt, so I'm writing to you. The full write-up with requests and responses is ready; tell me where to send it securely. I'm not asking for "
          "payment. I'd suggest 90 days before any disclosure, longer if you need it."))
P("stranger_inmail_value", "it", "Elena Sartori", "Analista Threat Intelligence | CSIRT di settore finanziario", "Roma",
  ("inm", "Segnalazione: credenziali esposte", "Buongiorno, durante il monitoraggio dei forum underground abbiamo trovato in vendita un lotto di credenziali "
          "di dipendenti della vostra compagnia, con data di raccolta recente. Se mi indica un referente, le invio l'elenco su canale cifrato. "
          "Non c'è alcun costo: è un servizio che offriamo a tutto il settore."))
P("stranger_inmail_value", "en", "Patrick Doolan", "Senior Security Engineer | Orrin Health Insurance", "Chicago",
  ("inm", "Same phishing kit hitting us both?", "Hi Alex, we've never met, but we just took down a phishing site that cloned our claims portal, and your logo files "
          "were sitting in the same kit directory. Looks like the same crew is after both of us. Happy to share the kit, the hosting details and our takedown "
          "timeline if that's any use."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Okonkwo", "Growth Lead | VendorShield TPRM", "Austin",
  ("inm", "Your vendors are your attack surface", "Hi Alex, 62% of breaches now come through third parties. VendorShield monitors your suppliers around the clock "
          "and scores them, and insurers use it to tick the DORA box. Do you have 15 minutes next week for a demo?"),
  ("inm", "Re: Your vendors are your attack surface", "Floating this back to the top of your inbox, Alex. Happy to run a free scan of your top 20 vendors first so you can see it working."))
P("stranger_inmail_sales", "en", "Arjun Pillai", "Ethical Hacker | Bug Bounty Hunter", "Hyderabad",
  ("inm", "Security issue in your website", "Dear Security Team, I found vulnerability in your website: no DMARC record and clickjacking possible on login page. "
          "This can lead to big loss for company. I am reporting responsibly. Kindly tell what bounty amount you will offer for this finding, after that I will share the POC."))
P("stranger_inmail_sales", "de", "Frank Hüttner", "Account Executive | Certiq Compliance-Software", "Berlin",
  ("inm", "ISO 27001 in 90 Tagen", "Hallo Alex, Ihre Rezertifizierung steht bestimmt bald an. Mit Certiq sammeln Sie Nachweise automatisch und Versicherer sparen im Schnitt "
          "60 % Audit-Aufwand. Passt Ihnen ein kurzer Termin am Donnerstag?"))
P("stranger_inmail_sales", "es", "Paula Ferrán", "Directora Comercial | Halcón Pentesting", "Barcelona",
  ("inm", "Pentest con 20 % de descuento", "Hola Alex, este mes nos queda hueco en el equipo de red team y hacemos un 20 % de descuento en pruebas de intrusión "
          "para aseguradoras. ¿Te preparo una propuesta?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Colin Mabry", "Former SOC Manager, Pinecrest Insurance", "Austin",
  ("inv", "Alex, I ran the SOC at Pinecrest Insurance for six years. Happy to share the runbooks we built for BEC against claims payouts; "
          "they cut our losses a lot. Would that help your team?"),
  ("msg", "Here are the BEC runbooks and the mailbox-rule detections. Strip our name off and use them however you like."),
  ("msg", "Hey Alex, glad the runbooks landed. I've since launched Mabry Cyber Advisory and we're offering carriers a vCISO retainer at $9k a month. "
          "Could I get 30 minutes to walk you through it?", (20, 45)))
P("good_turns_ugly", "fr", "Mathilde Rouaux", "RSSI | Mutuelle des Artisans", "Bordeaux",
  ("inv", "Bonjour Alex, j'anime un groupe de travail de RSSI de l'assurance. On y partage politiques et retours d'incidents, en toute confidentialité. "
          "Je vous ajoute à la liste si vous le souhaitez, c'est gratuit."),
  ("msg", "Voici le compte rendu de notre dernière réunion, et notre modèle de politique de gestion des vulnérabilités. Servez-vous !"),
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill}. Je prépare une candidature à un poste de RSSI groupe : pourriez-vous me recommander en retour "
          "pour Gouvernance de la sécurité et ISO 27001 ? Merci beaucoup !"))
P("good_turns_ugly", "it", "Vikram Sethi", "Threat Intel Analyst | Dark web & OSINT", "Singapore",
  ("inv", "Hi Alex, I track initial-access brokers and one is advertising VPN access to a European insurer that matches your ASN. "
          "Connect and I'll send you the listing screenshots, no strings."),
  ("msg", "Screenshots attached, plus the broker's handle and his sales history. Hope it helps you get ahead of it."),
  ("msg", "Hi Alex, hope that tip paid off. We now offer continuous dark-web monitoring for insurers: $2,400 a month, 3-month minimum. Shall I send the contract over?", (15, 40)),
  nl="en")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Scott Ambrose", "Sales Director | Nimbus Cloud Security Posture", "Denver",
  ("inm", "Cloud misconfigs at insurers", "Hi Alex, most insurers we scan carry 200+ critical cloud misconfigurations. Nimbus fixes them automatically. 20 minutes for a demo?"),
  ("inv", "Hi Alex, really enjoyed your panel at the Insurance Cyber Summit, especially the part about board reporting. Would be great to stay in touch."))
P("reinvite_known_bad", "de", "Ingo Faltermeier", "Berater Informationssicherheit", "Regensburg",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben uns beim ISACA-Treffen in München kurz über Awareness-Kampagnen unterhalten. Würde mich freuen, in Kontakt zu bleiben."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Derek Stahl", "CEO | Ironclad MSSP", "Phoenix",
  ("inv", "Alex, let's connect. Ironclad protects 60+ financial institutions and we should talk about yours."),
  ("inm", "Noted", "Alex, you ignored my invitation. For someone whose job is managing risk, you seem very comfortable ignoring people who are trying to help. "
          "Don't come crying to me when the ransom note arrives."),
  ("inv", "Hi Alex, new year, fresh start. I'd genuinely value being connected with you."))
P("reinvite_known_ugly", "it", "Loredana Pizzuti", "Founder | Rete Sicurezza Assicurativa", "Milano",
  ("inm", "Invito alla rete", "Ciao Alex, sto mettendo in piedi una rete di responsabili sicurezza del mondo assicurativo per scambiarci esperienze e casi. "
          "Ti andrebbe di farne parte?"),
  ("inm", "Prossimi passi", "Grazie della risposta! Per entrare nella rete c'è una quota di 1.800 € l'anno, che comprende l'assessment di maturità NIS2 "
          "fatto dal nostro team. Ti mando il modulo d'adesione?"),
  ("inv", "Ciao Alex, mi farebbe piacere collegarci anche qui."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Hollis Granger", "Solutions Engineer | Veridian Email Security", "Boston",
  ("acc",),
  ("msg", "Thanks for the connect, Alex, good chatting at RSA. Since you mentioned BEC on the claims side: Veridian's filter catches 99.7% of it. "
          "Want me to set up a trial on 50 mailboxes?"))
P("user_invited_pitch_once", "es", "Beatriz Lozano", "Key Account Manager | Ciberseguros Tech", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como te comenté en el congreso, nuestra plataforma de formación en ciberseguridad está pensada para aseguradoras. "
          "¿Te mando una propuesta con precios?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Damon Reyes", "Regional Manager | Tessellate Zero Trust", "Miami",
  ("acc",),
  ("msg", "Appreciate the invite, Alex! Loved your take on flat networks at the summit. Tessellate microsegments a typical insurer in under 6 weeks. "
          "Can I get 30 minutes with you and your infrastructure lead?"),
  ("msg", "Hi Alex, quick follow-up: we've got an insurance-specific deployment package this quarter, discounted for the first three carriers. Want the details?"))
P("user_invited_pitch_twice", "de", "Petra Langhans", "Key Account Management | SecuData Backup & Recovery", "Hannover",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie auf der it-sa besprochen: Unsere Immutable-Backup-Lösung wäre für Ihre Schadensysteme ideal. "
          "Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Hallo Alex, kurze Erinnerung an unser Angebot – der Messerabatt gilt noch bis Freitag. Wann passt ein Telefonat?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Aisling Moran", "Deputy CISO | Cliffside Assurance", "Cork",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As promised at the conference, here's our ransomware playbook, the board comms templates and the lessons "
          "from last year's incident. Shout if you'd like to walk through them together."))
P("user_invited_value", "it", "Paolo Gambardella", "Docente di Sicurezza Informatica | Politecnico di Torino", "Torino",
  ("acc",),
  ("msg", "Grazie per il collegamento! Come le dicevo, il nostro laboratorio cerca un caso reale per una tesi sul rilevamento delle frodi nei sinistri. "
          "È tutto gratuito, i dati restano anonimizzati e i risultati li condividiamo con voi."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Gregory Tan", "CIO | Harbourline Life Asia", "Singapore", ("acc",))
P("acceptance_only", "fr", "Hélène Dufresne", "Directrice des risques | Assurances du Rhône", "Lyon", ("acc",))
P("lone_endorsement", "de", "Lukas Brenner", "IT-Security Analyst | Ex-Kollege", "Köln", ("end",))
P("lone_endorsement", "en", "Sophie Whitaker", "GRC Analyst | ISO 27001 Lead Auditor", "Leeds", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Kenji Watanabe", "kenji.watanabe@proton.example", "Vulnerability report - policy documents API (also sent via LinkedIn)",
     "Hi Alex,\n\nI also sent this as a LinkedIn InMail in case email gets filtered. I have a write-up on an IDOR in your policy-document endpoint. "
     "Could you share a PGP key or a secure upload link?\n\nRegards,\nKenji", "en"),
    ("SOC Shift Lead", "soc@example-mutual.example", "[INC-48213] Phishing: fake LinkedIn invitations to underwriters",
     "Alex,\n\nwe blocked 37 mails today posing as LinkedIn invitations (sender domain linkedln-mail). Two users clicked, both accounts reset and "
     "sessions revoked. Details in the ticket.\n\nSOC", "en"),
    ("Priya Shah", "priya.shah@example-mutual.example", "Fwd: I want to connect",
     "Is this guy legit? He says he found a vulnerability in our portal and wants to talk about a reward.\n\n---------- Forwarded message ---------\n"
     "From: Ravi Menon via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHello Madam, I have found critical vulnerability...", "en"),
    ("ISACA London Chapter", "events@isaca-london.example", "Chapter meeting: supply-chain risk (2 CPE)",
     "Join us on the 18th for a session on software supply-chain risk. Worth 2 CPE hours. Follow the chapter on LinkedIn for the slides.", "en"),
    ("Rebecca Haines", "rhaines@whitlock.example", "Following up on my LinkedIn note",
     "Dear Alex,\n\nI wrote to you on LinkedIn about a confidential Group CISO search. In case InMail is buried, here is my direct line: 020 7946 0321.\n\nBest wishes,\nRebecca", "en"),
    ("Group Communications", "comms@example-mutual.example", "Reminder: no posts about the incident on LinkedIn",
     "Dear leaders,\n\nuntil the regulator has been notified, please do not comment on the outage on LinkedIn or any other social network. Media enquiries go to the press office.", "en"),
    ("Sicherheitsnewsletter", "newsletter@cert-bund.example", "Warnung: gefälschte Recruiter-Profile auf LinkedIn",
     "Angreifer nutzen gefälschte Recruiter-Profile auf LinkedIn, um Mitarbeitenden von Finanzdienstleistern Schadsoftware als 'Testaufgabe' zu schicken.", "de"),
    ("CLUSIF", "contact@clusif.example", "Panorama de la cybercriminalité : inscriptions ouvertes",
     "Bonjour,\n\nles inscriptions au Panorama annuel sont ouvertes. Retrouvez le programme et les intervenants sur notre page LinkedIn.", "fr"),
    ("ISMS Forum", "eventos@ismsforum.example", "Jornada de CISOs: sigue el directo en LinkedIn",
     "Hola Alex,\n\nsi no puedes venir a la jornada, la emitimos en directo por LinkedIn Live. Te esperamos.", "es"),
    ("Segreteria Clusit", "segreteria@clusit.example", "Rapporto annuale: presentazione e diretta LinkedIn",
     "Gentile socio,\n\nla presentazione del rapporto annuale sarà trasmessa anche in diretta sulla nostra pagina LinkedIn.", "it"),
    ("Callum Rees", "c.rees@northgate-mutual.example", "DORA third-party register template",
     "Alex,\n\nsending the register template here as well, LinkedIn doesn't like spreadsheets. The cloud-provider tab is the interesting one.\n\nCallum", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fortieth development corpus (dev40). Generated by scripts/make_corpus_dev40.py (seed {SEED}); do not edit by hand.",
          "# Alex as the CISO of an insurer: security vendors with fear-based pitches, pentest sellers, bug-bounty researchers (real reports vs beg bounties), "
          "conference calls for papers, peers and CERTs sharing threat intel, recruiters for security roles, free-assessment lead magnets, hostile vendors. "
          "Same format as tests/corpus/dev."]

# Notes that speak of DORA, NIS2, QR-code phishing, RSA or 2025 prices belong to the current era; the others may fall in 2016/17.
MODERN = ["Fiona Gallagher", "Katrin Hölzl", "Davide Lanzoni", "Chad Riordan", "Dennis Krawczyk", "Jens Wittkamp", "Dmitri Lavrenko",
          "Naomi Achterberg", "Callum Rees", "Graham Pettit", "Gianluca Orsenigo", "Loredana Pizzuti", "Hollis Granger", "Vikram Sethi",
          "Harper Lindstrom", "Tyler Okonkwo", "Marcus Oyelaran", "Kelsey Warrington", "Petra Langhans", "Samir Haddad"]
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
    main(__doc__, "dev40", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
