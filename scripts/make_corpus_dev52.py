#!/usr/bin/env python3
"""Write mailbot's fifty-second, independent development corpus: tests/corpus/dev52/*.eml + expected.toml.

The angle: the user Alex is CFO of a renewable-energy developer (wind, solar, storage). Their
LinkedIn world: PPA and grid-connection brokers, ESG-rating and carbon-accounting vendors,
project-finance bankers and debt advisers, investors and fund managers, peer CFOs trading notes
on tax equity, transferability and hedging, free industry-association briefings against paid
summits and pay-to-speak slots, recruiters with real finance roles, and the hostility of brokers
who were ignored. All five languages.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines of
spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped for
energy-finance ones in this process only (make_corpus.py itself is not changed). Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or
the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev52.py              # writes tests/corpus/dev52
    python scripts/make_corpus_dev52.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260852

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ renewable-energy finance world (this process only)
SKILLS = {
    "en": ["Project Finance", "Financial Modeling", "Tax Equity", "Renewable Energy", "Corporate Finance", "M&A"],
    "de": ["Projektfinanzierung", "Finanzmodellierung", "Erneuerbare Energien", "Unternehmensfinanzierung", "Controlling"],
    "fr": ["Financement de projets", "Modélisation financière", "Énergies renouvelables", "Finance d'entreprise", "Fusions-acquisitions"],
    "es": ["Financiación de proyectos", "Modelización financiera", "Energías renovables", "Finanzas corporativas", "Fusiones y adquisiciones"],
    "it": ["Project financing", "Modellazione finanziaria", "Energie rinnovabili", "Finanza aziendale", "M&A"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Chief Financial Officer", "Northwind Renewables"), ("Head of Project Finance", "Solara Iberia"),
              ("Kaufmännischer Geschäftsführer (m/w/d)", "Windpark Holding Nord"), ("Directeur financier", "Volterre Énergies"),
              ("VP Finance, Storage", "Gridwell Storage")]
mc.COMPANIES["good"] = ["Northwind Renewables", "Solara Iberia", "Volterre Énergies", "Windpark Holding Nord", "SolarPower Europe",
                        "WindEurope", "Kreditanstalt Süd", "Banca Meridiana"]
mc.COMPANIES["sales"] = ["CarbonLedger", "GreenScore Ratings", "PPA Direct", "GridLink Brokers", "Summit Energy Events", "VoltHedge",
                         "EmissionIQ"]
mc.HEADLINES["good"] = ["CFO at {co}", "Head of Project Finance | {co}", "Director, Energy Infrastructure Finance at {co}",
                        "Policy Director, {co}", "Investment Manager | {co}", "Finance Director at {co}"]
mc.HEADLINES["sales"] = ["Account Executive, Energy | {co}", "Business Development Manager at {co}", "Founder & CEO at {co}",
                         "Helping developers monetise their power | {co}", "Partnerships Lead | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed PPA term sheet with you. Please sign in to review and countersign before Friday.",
           "Dear {first}, your company's ESG rating has been downgraded. Log in to view the report and appeal."],
    "de": ["Hallo {first}, ich habe Ihnen das PPA-Term-Sheet freigegeben. Bitte melden Sie sich an, um es zu prüfen.",
           "Sehr geehrte/r {first}, Ihr ESG-Rating wurde herabgestuft. Melden Sie sich an, um den Bericht einzusehen."],
    "fr": ["Bonjour {first}, je vous ai partagé la term sheet du PPA. Connectez-vous pour la consulter et la signer.",
           "Bonjour {first}, la notation ESG de votre société a été abaissée. Connectez-vous pour voir le rapport."],
    "es": ["Hola {first}, te he compartido el term sheet del PPA. Inicia sesión para revisarlo y firmarlo.",
           "Estimado/a {first}, la calificación ESG de su empresa ha bajado. Inicie sesión para ver el informe."],
    "it": ["Ciao {first}, ti ho condiviso il term sheet del PPA. Accedi per rivederlo e firmarlo.",
           "Gentile {first}, il rating ESG della sua società è stato declassato. Acceda per consultare il report."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)

# =============================================================== good_invitation
P("good_invitation", "en", "Rachel Okafor", "CFO | Brightfield Solar", "Austin",
  ("inv", "Alex, fellow developer CFO here. We're about to close our first transferability deal for ITCs and the buyer's counsel wants an indemnity I've never seen. "
          "Did you run into that on your last sale? Happy to swap notes, no agenda."),
  ("rem",))
P("good_invitation", "de", "Jörg Petersen", "Referent Finanzierung | Bundesverband WindEnergie", "Berlin",
  ("inv", "Guten Tag Herr Morgan, am 14. März veranstalten wir für Mitglieder ein kostenfreies Online-Briefing zur neuen EEG-Ausschreibungsrunde und zu den "
          "Bürgschaftsregeln der KfW. Kaufmännische Geschäftsführer sind ausdrücklich eingeladen, Fragen vorab einzureichen. Ich schicke Ihnen gern den Link."))
P("good_invitation", "fr", "Claire Vasseur", "Directrice financière | Volterre Énergies", "Nantes",
  ("inv", "Bonjour Alex, on s'est croisés à l'assemblée du SER. Je monte un petit groupe de DAF de producteurs EnR qui se retrouvent une fois par trimestre "
          "pour comparer les conditions bancaires, les DSCR obtenus, ce qui passe chez les prêteurs. Gratuit, entre pairs. Ça vous dirait ?"))
P("good_invitation", "es", "Lucía Herrero", "Directora de Financiación Estructurada | Banca Atlántica", "Madrid",
  ("inv", "Hola Alex, llevo la cartera de renovables en Banca Atlántica. Un cliente común, Teodoro de Solara, me dio tu nombre: dice que estáis buscando "
          "financiar el portfolio de Extremadura y que os vendría bien conocer a nuestro equipo de agencia. Encantada de presentarte a quien lo lleva."),
  ("rem",))
P("good_invitation", "it", "Federico Lanza", "Responsabile Formazione | Elettricità Futura", "Roma",
  ("inv", "Buongiorno Alex, giovedì 20 teniamo una sessione gratuita per gli associati sul nuovo meccanismo FER-X e sugli impatti in bilancio. "
          "Per i commercialisti vale 3 crediti formativi. Se vuole le giro il programma e il link di registrazione."))
P("good_invitation", "en", "Tomás Greene", "Partner, Energy Tax | Halvorsen LLP", "New York",
  ("inv", "Hi Alex, I'm putting together a short, free briefing for a handful of developer CFOs on the new prevailing-wage rules and how tax equity investors are "
          "underwriting them. No slides, just Q&A. You came up as someone who'd have good questions."))
P("good_invitation", "de", "Sabine Voigt", "Leiterin Treasury | Stadtwerke Ostholstein", "Kiel",
  ("inv", "Hallo Alex, wir sind gerade dabei, unser erstes Wind-PPA mit einem Erzeuger abzuschließen und ich verstehe die Profilrisiko-Klausel nicht ganz. "
          "Dürfte ich Ihnen dazu eine Frage stellen? Umgekehrt erzähle ich gern, wie wir als Abnehmer intern die Zahlungsbereitschaft rechnen."))


# =============================================================== default_invitation
P("default_invitation", "en", "Grant Whitfield", "Energy | Finance | Growth", "Houston", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Mathieu Perrin", "Consultant énergie", "Lille", ("inv", DEFAULT))
P("default_invitation", "it", "Davide Orsini", "Business Developer | Fotovoltaico", "Bari", ("inv", NONOTE))
P("default_invitation", "es", "Nerea Gallardo", "Analista | Mercados eléctricos", "Bilbao", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Kyle Dempsey", "Senior AE | CarbonLedger – Scope 3 made simple", "Denver",
  ("inv", "Hi Alex, most IPPs we work with are drowning in CSRD and ISSB data requests from lenders. CarbonLedger automates Scope 1-3 and audit-ready reports. "
          "Worth a 20-min demo next week?"))
P("sales_invitation", "de", "Florian Brückner", "PPA-Origination | GridLink Brokers", "Hamburg",
  ("inv", "Moin Herr Morgan, wir vermarkten PPAs für Wind- und Solarparks an Industrieabnehmer und holen im Schnitt 4-6 €/MWh mehr raus als der Direktvermarkter. "
          "Haben Sie Projekte ohne Abnahmevertrag? Dann lassen Sie uns telefonieren."),
  ("rem",))
P("sales_invitation", "fr", "Sandrine Delorme", "Directrice commerciale | GreenScore Ratings", "Paris",
  ("inv", "Bonjour Alex, votre notation ESG actuelle pénalise probablement vos conditions de financement. Notre évaluation complète (à partir de 14 k€) "
          "est reconnue par les principales banques. Je vous propose un rendez-vous pour en parler."))
P("sales_invitation", "it", "Giorgio Ferrante", "Sponsorship Manager | Summit Energy Events", "Milano",
  ("inv", "Ciao Alex! A giugno c'è il Renewable Finance Summit di Milano, 600 decision maker. Abbiamo ancora 2 slot da speaker nel panel CFO "
          "inclusi nel pacchetto Gold (12.500 €). Posso mandarti la brochure?"))
P("sales_invitation", "es", "Óscar Beltrán", "Socio | VoltHedge – coberturas de precio", "Barcelona",
  ("inv", "Buenas Alex, ayudamos a promotores como el tuyo a cubrir el riesgo de captura de precio con swaps y floors a medida. "
          "¿Te puedo enseñar en 15 minutos cómo lo hicimos con dos parques en Aragón?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Brandon Lisle", "Founder | Renewable CFO Roundtable", "Chicago",
  ("inv", "Alex, I run a private roundtable for CFOs at wind and solar developers. Monthly call, Chatham House rules, we swap notes on tax equity and debt terms. "
          "Would love to have you in the group."),
  ("msg", "Great to be connected. Quick heads up: the roundtable is sponsored by our advisory practice and members get preferred pricing on our "
          "tax credit transfer marketplace (1.5% fee vs 3% industry). Can I walk you through it Thursday?", (3, 9)),
  ("msg", "Hi Alex, following up on the marketplace. We have buyers for 2025 vintage ITCs right now at 93 cents. Let me know when works for a call.", (6, 15)))
P("bait_and_switch_invitation", "de", "Heiko Strassner", "Initiator | Netzwerk Kaufleute der Energiewende", "Hannover",
  ("inv", "Hallo Herr Morgan, ich lade Finanzverantwortliche von Projektierern in eine kleine Austauschgruppe ein. Keine Werbung, nur Erfahrungen mit Banken, "
          "Bürgschaften, Netzanschluss. Wäre schön, wenn Sie dabei sind."),
  ("msg", "Danke fürs Annehmen! Bevor es losgeht: Wir bieten unseren Mitgliedern auch eine Direktvermarktung mit garantiertem Mindestpreis an. "
          "Ich würde Ihnen das Angebot gern in einem Teams-Call vorstellen. Passt Dienstag?"))
P("bait_and_switch_invitation", "es", "Rodrigo Calvo", "Comunidad Finanzas Verdes | Fundador", "Sevilla",
  ("inv", "Hola Alex, estamos creando una comunidad de directores financieros del sector renovable en España. Compartimos plantillas de modelo, "
          "experiencias con bancos y novedades regulatorias. ¿Te unes?"),
  ("msg", "¡Bienvenido, Alex! Te cuento que en paralelo asesoramos en la venta de proyectos en fase RTB. Si tenéis MW en cartera que queráis rotar, "
          "tenemos fondos interesados y nuestra comisión es de éxito. ¿Hablamos esta semana?", (2, 8)),
  ("msg", "Alex, ¿pudiste ver lo de la rotación de activos? Un fondo alemán busca 150 MW solares con conexión asegurada. Te llamo mañana si te parece.", (5, 12)))
P("bait_and_switch_invitation", "it", "Marco Battaglia", "Fondatore | CFO Energia Club", "Torino",
  ("inv", "Ciao Alex, ti scrivo da collega: ho fatto il CFO in due IPP e ora ho messo in piedi un gruppo di confronto tra CFO delle rinnovabili. "
          "Mi farebbe piacere averti tra noi."),
  ("msg", "Grazie per aver accettato! Ti segnalo che con il mio studio seguiamo anche la certificazione ESG per l'accesso ai green loan: "
          "pacchetto completo a 18.000 €. Ti mando la proposta?", (4, 12)))
P("bait_and_switch_invitation", "fr", "Julien Marchetti", "Associé | Cercle Finance & Transition", "Lyon",
  ("inv", "Bonjour Alex, je vous envoie gratuitement notre guide 2025 des clauses bancaires en financement de projets solaires (60 pages, retours de 30 DAF). "
          "Connectons-nous, je vous le transmets en message."),
  ("msg", "Voici le guide, comme promis. Et pendant que je vous tiens : notre cabinet accompagne la renégociation de dette senior, rémunéré au succès. "
          "Un appel de 30 minutes la semaine prochaine ?", (1, 6)),
  ("msg", "Alex, je reviens vers vous pour la renégociation : nous avons obtenu -45 pb de marge pour un producteur comparable. On se cale un créneau ?", (8, 20)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Derek Hollis", "Managing Director | Clearwater Capital Advisors", "Boston",
  ("inm", "Benchmark survey: developer WACC 2025", "Hi Alex, we're running an anonymous survey of developer CFOs on cost of capital and tax equity flip yields. "
          "Participants get the full results free. Ten questions, five minutes. Interested?"),
  ("inm", "Your benchmark + a thought", "Alex, thanks for taking part. Based on your answers your WACC is ~120 bps above peers. Our capital-raising mandate "
          "typically closes that gap; fee is 1.25% of funds raised. Shall we set up a call with our MD?", (6, 18)))
P("bait_and_switch_inmail", "de", "Katrin Wolters", "Beraterin | Energiewende Finanzforum", "Frankfurt am Main",
  ("inm", "Einladung: Arbeitskreis Netzanschluss", "Sehr geehrter Herr Morgan, wir gründen einen unabhängigen Arbeitskreis zu Netzanschlusskosten und Baukostenzuschüssen. "
          "Die Teilnahme ist kostenlos, wir sammeln Erfahrungen für eine Stellungnahme an die BNetzA. Dürfen wir Sie aufnehmen?"),
  ("inm", "Arbeitskreis – nächster Schritt", "Sehr geehrter Herr Morgan, vielen Dank für Ihr Interesse. Damit wir Ihre Projekte im Arbeitskreis einbringen können, "
          "bieten wir eine Netzanschluss-Analyse an (Pauschale 6.800 € je Projekt). Wann können wir das kurz besprechen?", (4, 14)))
P("bait_and_switch_inmail", "it", "Silvia Moretti", "Partner | Osservatorio Finanza Sostenibile", "Milano",
  ("inm", "Ricerca sul costo del debito green", "Gentile Alex, stiamo conducendo una ricerca gratuita sul costo del debito per gli impianti FER in Italia. "
          "Ai CFO che partecipano inviamo il report completo. Le andrebbe di rispondere a poche domande?"),
  ("inm", "Report e proposta", "Gentile Alex, grazie per la disponibilità. Prima del report le segnalo la nostra advisory per l'emissione di green bond, "
          "con fee d'ingresso ridotta per chi ha partecipato. Possiamo sentirci giovedì?", (5, 12)),
  ("inm", "Green bond – ultimi giorni", "Alex, la fee ridotta vale fino a venerdì. Mi dice un orario per una call?", (4, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Shane Kowalski", "Project Finance Analyst | Open to work", "Toronto",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} and Tax Equity, you deserve it. Would you mind returning the favour on Financial Modeling and Excel? "
          "Trying to get my profile in shape for interviews. Cheers!"))
P("endorse_me_back", "fr", "Amandine Roussel", "Contrôleuse de gestion | Éolien offshore", "Saint-Nazaire",
  ("end",),
  ("msg", "Coucou Alex, je t'ai recommandé pour {skill} 😊 Tu pourrais me rendre la pareille sur Contrôle de gestion et Modélisation financière ? "
          "Ça m'aiderait pour mon entretien annuel. Merci d'avance !"))
P("endorse_me_back", "de", "Dennis Hartwig", "Senior Manager Finanzierung | Solarpark GmbH", "Leipzig",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie neulich für {skill} bestätigt. Falls Sie eine Minute haben, würde ich mich über eine Bestätigung für "
          "Projektfinanzierung und Bankenverhandlung freuen. Beste Grüße", (3, 10)))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Wade Jennings", "PPA Broker | Lone Star Power Partners", "Dallas",
  ("inv", "Alex, we have a data-center offtaker looking for 200 MW of solar at a strong price. If you've got uncontracted capacity, let's talk this week."),
  ("rem",),
  ("inm", "Seriously?", "Alex, I sent you a real offtaker with real money and you can't even click accept? That's exactly why developers keep leaving value on the table. "
          "Good luck finding buyers on your own."))
P("hostility_after_decline", "de", "Ralf Obermeier", "Netzanschluss-Makler | Obermeier Energy Consulting", "Regensburg",
  ("inv", "Guten Tag, ich habe freie Netzanschlusskapazitäten in Bayern für Freiflächen-PV. Interesse an einem Gespräch?"),
  ("inm", "Ihre Funkstille", "Herr Morgan, drei Nachrichten, keine Reaktion. Ein Mindestmaß an Höflichkeit sollte man von einem Finanzvorstand erwarten dürfen. "
          "Offenbar ist das bei Ihnen zu viel verlangt."))
P("hostility_after_decline", "es", "Ignacio Robles", "Intermediario de PPAs | Iberia Power Link", "Valencia",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, te invité hace semanas. Ignorar así a la gente es de muy poca educación, sobre todo en un sector tan pequeño. "
          "Me acordaré cuando necesites algo."))
P("hostility_after_decline", "it", "Paolo Santangelo", "Broker energia | Meridiano PPA", "Napoli",
  ("inv", "Buongiorno Alex, gestisco acquirenti industriali per PPA fotovoltaici al Sud. Ci sentiamo?"),
  ("inm", "Complimenti", "Complimenti per la professionalità, Alex. Ti ho proposto clienti veri e nemmeno un \"no grazie\". "
          "Con questo atteggiamento non andrete lontano. Saluti."))
P("hostility_after_decline", "fr", "Yannick Lebrun", "Courtier en énergie | Lebrun Énergie Conseil", "Montpellier",
  ("inv", NONOTE),
  ("inm", "Étonnant", "Bonjour, je constate que vous n'avez pas jugé utile de répondre à ma demande. C'est assez méprisant, pour ne pas dire grossier. "
          "Dans notre métier, la réputation circule vite."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Curtis Blaine", "Sales Director | GreenScore Ratings", "Atlanta",
  ("msg", "Alex, lenders are starting to ask for third-party ESG ratings on every refinancing. We can get you rated in 5 weeks. Want the deck?"),
  ("msg", "Following up again. This is the third time I'm reaching out. Honestly it's pretty unprofessional to leave a connection on read. "
          "I thought CFOs were supposed to understand what good manners cost.", (7, 20)))
P("hostility_connection", "es", "Fernando Quintana", "Comercial | Seguros para renovables", "Zaragoza",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Tenemos una póliza de pérdida de beneficios por curtailment que encaja con vuestros parques. ¿Te paso cotización?"),
  ("msg", "Alex, visto y no contestado. Qué falta de respeto. Para esto mejor no aceptes invitaciones, hombre.", (8, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Tyler Fenwick", "Head of Sales | PPA Direct", "San Diego",
  ("msg", "Hey Alex! PPA Direct matches developers with corporate buyers in days, not months. 300+ buyers on the platform. Can I get 15 minutes on your calendar?"),
  ("msg", "Hi Alex, we just added three hyperscalers to the buyer pool. Perfect fit for your pipeline. Free Tuesday or Wednesday?"),
  ("msg", "Alex — last note from me on this. Onboarding is free until the end of the quarter; after that it's a 0.8% success fee. Shall I send the link?"))
P("connection_only_pitches", "de", "Nadine Scholz", "Vertrieb | CarbonLedger DACH", "München",
  ("msg", "Hallo Alex, mit der CSRD kommt auf Projektierer einiges zu. CarbonLedger erstellt Ihren Klimabericht prüfungssicher. Darf ich Ihnen eine Demo zeigen?"),
  ("msg", "Hallo Alex, kurze Erinnerung an meine Nachricht: Wir haben gerade ein Einführungsangebot für Energieunternehmen (-25 %). Haben Sie diese Woche 20 Minuten?"))
P("connection_only_pitches", "fr", "Benoît Carrel", "Business developer | Summit Energy Events", "Paris",
  ("msg", "Bonjour Alex, le Sommet Finance des EnR revient en novembre. Nous réservons une table ronde « DAF » pour 4 intervenants, avec pack visibilité à 9 500 € HT. Intéressé ?"),
  ("msg", "Alex, dernière place sur la table ronde DAF. Je peux vous la bloquer 48 h, dites-moi."))
P("connection_only_pitches", "it", "Luca Verri", "Key Account | VoltHedge Italia", "Verona",
  ("msg", "Ciao Alex, con i prezzi zonali così volatili una copertura sul profilo solare può fare la differenza in covenant. Ti preparo una simulazione gratuita e poi ne parliamo?"),
  ("msg", "Alex, ti ho mandato la simulazione ieri via mail. Proposta commerciale pronta, mi dai 20 minuti?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Jordan Pike", "Account Manager | EmissionIQ", "Manchester",
  ("msg", "Hi Alex, hope Q3 closed well. We've just launched a lender-ready carbon dashboard for IPPs. Fancy a quick look? Happy to do a trial run on one portfolio."))
P("single_pitch", "es", "Marina Ortega", "Directora comercial | Certificados de origen GdO", "Madrid",
  ("msg", "Hola Alex, compramos garantías de origen de parques eólicos a buen precio y con pago a 30 días. ¿Te interesa que te mande una oferta para la producción de 2025?"))
P("single_pitch", "de", "Tim Jaschke", "Account Executive | Treasury-Software", "Düsseldorf",
  ("msg", "Hallo Alex, wie verwalten Sie aktuell die Liquidität Ihrer Projektgesellschaften? Unser Tool bündelt alle SPV-Konten in einem Cockpit. Ein kurzer Call nächste Woche?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Megan Atwater", "CFO | Prairie Wind Holdings", "Minneapolis",
  ("msg", "Alex, as promised after the ACORE panel: here's the redline we pushed back with on the tax equity investor's DRO cap. They accepted most of it. "
          "Use whatever helps, and ping me if your counterparty is the same bank, I can tell you who to ask for."))
P("connection_brings_value", "de", "Andreas Köhler", "Direktor Energie & Infrastruktur | Kreditanstalt Süd", "Stuttgart",
  ("end",),
  ("msg", "Hallo Alex, kleine Vorwarnung aus dem Kreditbereich: Ab Januar rechnen wir Merchant-Tails in Solarportfolios mit einem deutlich höheren Haircut. "
          "Wollte Ihnen das sagen, bevor Ihr Bankenteam mit dem Mandat für Sachsen-Anhalt startet. Bei Fragen einfach anrufen."))
P("connection_brings_value", "fr", "Hélène Bastide", "Déléguée générale | France Renouvelables Finance", "Paris",
  ("msg", "Bonjour Alex, nous publions demain la note de place sur les garanties de bonne fin exigées par RTE, avec les retours de 22 producteurs. "
          "Je vous l'envoie en avant-première puisque vous nous aviez donné vos chiffres. Merci encore."),
  ("msg", "Et pour info, le webinaire de restitution est le 3, gratuit, ouvert aux adhérents et à leurs équipes financières."))
P("connection_brings_value", "it", "Roberta Gallo", "CFO | Sole Adriatico Energia", "Pescara",
  ("msg", "Ciao Alex, come promesso ti giro il nostro modello di calcolo del DSCR con lo shock sui prezzi zonali che ci ha chiesto la banca. "
          "Non è perfetto ma ci ha fatto risparmiare due settimane di back-and-forth. Se lo migliori rimandamelo!"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Olivia Marsh", "Partner, CFO Practice | Harcourt Executive Search", "London",
  ("inm", "CFO role – offshore wind platform (confidential)", "Dear Alex, I'm retained by a PE-backed offshore wind platform (2.4 GW pipeline, UK and Poland) "
          "to find their first group CFO. Base in the £280-320k range plus carry. Your project-finance record is exactly what the board asked for. "
          "Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "de", "Christoph Brandt", "Personalberater Energiewirtschaft | Brandt & Partner", "Köln",
  ("inm", "CFO (m/w/d) für einen Batteriespeicher-Entwickler", "Guten Tag Herr Morgan, im Auftrag eines familiengeführten Entwicklers von Großbatteriespeichern "
          "suche ich einen CFO mit Erfahrung in Projektfinanzierung. Sitz Hamburg, Festgehalt um 220 T€ plus Bonus. Hätten Sie diese Woche Zeit für ein kurzes, vertrauliches Telefonat?"))
P("stranger_inmail_recruiter", "es", "Ana Belén Cruz", "Talent Acquisition | Solara Iberia", "Madrid",
  ("inm", "Head of Project Finance – Solara Iberia", "Hola Alex, en Solara Iberia buscamos un Head of Project Finance para nuestro pipeline de 1,8 GW solar e híbrido. "
          "Reporta al CEO, remuneración competitiva y posibilidad de trabajo híbrido en Madrid. ¿Te apetecería que te cuente más?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brett Ashford", "VP Sales | GridLink Brokers", "Phoenix",
  ("inm", "Interconnection queue position available", "Alex, we have a queue position in PJM ready to transfer (150 MW, study phase 2 complete). "
          "Developers are paying a premium for these. Want the teaser? Happy to set up a call with the seller."))
P("stranger_inmail_sales", "fr", "Laurent Goubet", "Directeur commercial | Audit ESG Express", "Bordeaux",
  ("inm", "Votre rapport de durabilité", "Bonjour Alex, nous accompagnons les producteurs d'électricité renouvelable dans leur premier rapport CSRD, "
          "clé en main, à prix forfaitaire. Je vous propose une courte visio pour vous présenter notre méthode."),
  ("inm", "Relance – rapport CSRD", "Bonjour Alex, je me permets de relancer : il nous reste deux créneaux de mission avant la clôture annuelle. Un échange de 20 minutes ?"))
P("stranger_inmail_sales", "it", "Stefano Rinaldi", "Partner commerciale | Summit Energy Events", "Milano",
  ("inm", "Speaker al Forum CFO Rinnovabili", "Gentile Alex, la invitiamo come relatore al Forum CFO Rinnovabili di Roma. La partecipazione come speaker prevede "
          "un contributo di 4.900 € che include visibilità e networking. Posso riservarle il posto?"))
P("stranger_inmail_sales", "de", "Yvonne Hesse", "Business Development | EmissionIQ", "Berlin",
  ("inm", "Scope-3 für Projektierer", "Hallo Herr Morgan, viele Banken verlangen inzwischen Scope-3-Daten für grüne Kredite. Wir liefern das in vier Wochen. "
          "Darf ich Ihnen unser Angebot schicken?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Nathan Cole", "Founder | Tax Credit Exchange Notes (newsletter)", "Washington, DC",
  ("inv", "Alex, I write a free weekly newsletter on tax credit transfer pricing — I'd love to include a quote from a developer CFO on how buyers are haggling over recapture. "
          "Anonymous is fine. Connect?"),
  ("msg", "Thanks again for the quote! Here's the issue it went into, plus the pricing tracker spreadsheet I keep for subscribers."),
  ("msg", "Alex, we're now brokering transfer deals directly. Given your 2026 pipeline, I'd love to run your credits through our platform — 2% fee, buyers lined up. "
          "Can I grab 30 minutes?", (10, 30)))
P("good_turns_ugly", "fr", "Sophie Lemaire", "Analyste crédit | Banque Régionale de l'Ouest", "Rennes",
  ("inv", "Bonjour Alex, j'ai lu votre intervention sur le refinancement des parcs éoliens terrestres. Je prépare un mémoire d'exécutive MBA sur le sujet : "
          "pourrais-je vous poser deux ou trois questions ? Je vous enverrai la synthèse."),
  ("msg", "Merci pour vos réponses, très précieuses. Voici la synthèse promise, avec les taux observés sur 18 refinancements."),
  ("end",),
  ("msg", "Alex, je vous ai recommandé pour {skill}. Est-ce que vous pourriez me recommander en retour pour Analyse crédit et Financement de projets ? "
          "Je postule en interne et ça compte, merci beaucoup !"))
P("good_turns_ugly", "es", "Álvaro Medina", "CFO | Eólica del Norte", "Santander",
  ("inv", "Hola Alex, soy CFO de otro promotor eólico. Estamos los dos con la misma ventanilla del ICO para el aval de exportación. ¿Compartimos notas sobre qué nos están pidiendo?"),
  ("msg", "Te paso la lista de documentación que nos pidieron y los plazos reales. A nosotros nos costó 11 semanas."),
  ("msg", "Alex, te cuento algo distinto: he montado con un socio una consultora de financiación y estamos buscando primeros clientes. "
          "Por 25.000 € te preparamos todo el dossier bancario del próximo parque. ¿Te lo planteas?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Chad Morrow", "Director, Origination | PPA Direct", "Austin",
  ("inm", "Corporate buyers for your solar", "Hi Alex, we connect developers with Fortune 500 offtakers. Your Texas projects look like a great fit. Quick call?"),
  ("inv", "Hi Alex, I saw your comments on the ERCOT market redesign thread and really agreed with them. Would be great to connect."))
P("reinvite_known_bad", "it", "Claudio Mancini", "Commerciale | Assicurazioni impianti FER", "Firenze",
  ("inv", DEFAULT),
  ("inv", "Buongiorno Alex, ci siamo conosciuti al KEY di Rimini, allo stand di Elettricità Futura. Restiamo in contatto?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Sven Lindner", "PPA-Vermittler | NordPPA", "Bremen",
  ("inv", "Hallo Alex, ich vermittle langfristige PPAs an energieintensive Industrie. Sollen wir mal sprechen?"),
  ("inm", "Kein Interesse?", "Schade, Herr Morgan. Wer Vermittler grundsätzlich ignoriert, wundert sich später über schlechte Preise. Arroganz kann man sich in diesem Markt eigentlich nicht leisten."),
  ("inv", "Hallo Alex, ich würde mich trotzdem gern mit Ihnen vernetzen – wir waren beide beim Windenergietag in Husum."))
P("reinvite_known_ugly", "en", "Gavin Price", "Managing Partner | Apex Energy Capital Forum", "Singapore",
  ("inm", "Invitation: Asia-Pacific Energy CFO Council", "Alex, we're convening an invitation-only council of energy CFOs to share views on financing the transition. "
          "There's no cost; members meet virtually once a quarter. May I add you?"),
  ("inm", "Council membership – confirmation", "Great to have your interest. Council members are profiled in our annual Energy CFO Report; the profiling package is USD 7,500. "
          "I can send the invoice today so you're in the first edition.", (5, 12)),
  ("inv", "Hi Alex, it would be great to connect directly."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Ryan Castellano", "Director | Meridian Power Insurance Brokers", "Chicago",
  ("acc",),
  ("msg", "Thanks for the connect, Alex, good meeting you at RE+. Since you mentioned the hail losses in Texas: we place parametric hail cover for utility-scale solar. "
          "Could I put a quote together for your operating fleet?"))
P("user_invited_pitch_once", "it", "Francesca De Luca", "Business Development | Rating ESG Italia", "Milano",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Come accennato alla cena di Elettricità Futura, facciamo rating ESG sollecitati per emittenti di green bond. "
          "Se vi serve per il prossimo bond ti preparo un'offerta."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Marcel Wendt", "Geschäftsführer | Wendt Direktvermarktung", "Oldenburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex. Wie am Stand besprochen: Unsere Direktvermarktung garantiert einen Marktwert-Aufschlag ohne Abregelungsrisiko. "
          "Ich schicke Ihnen gern ein Angebot für die drei Windparks."),
  ("msg", "Hallo Alex, ich habe das Angebot inzwischen fertig. Können wir es am Donnerstag kurz durchgehen? Die Konditionen gelten bis Monatsende."))
P("user_invited_pitch_twice", "es", "Esteban Vidal", "Socio director | Vidal Asesores Fiscales Energía", "Valencia",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como te dije en Genera, revisamos el IBI y el ICIO de parques solares y solemos recuperar importes relevantes. "
          "¿Te hago una propuesta sin compromiso?"),
  ("msg", "Alex, te recuerdo lo de la revisión fiscal: trabajamos a éxito, 20 % de lo recuperado. ¿Te viene bien una llamada el lunes?"))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Nicolas Ferrand", "Directeur financier | Éoliennes de la Manche", "Caen",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Suite à notre échange au colloque, voici le modèle de contrat de couverture que nos prêteurs ont fini par accepter, "
          "avec mes annotations sur les trois points de blocage. Bon courage pour votre closing !"))
P("user_invited_value", "en", "Hannah Liu", "Investment Director | Evergreen Infrastructure Fund", "Singapore",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As I mentioned in Amsterdam, we're looking at co-investing in late-stage solar-plus-storage in Southern Europe. "
          "No process yet, just want to understand your pipeline and where you'd want a minority partner. Coffee next time you're in London?"))
P("user_invited_value", "it", "Giovanni Russo", "Direttore Finanza Strutturata | Banca Meridiana", "Napoli",
  ("acc",),
  ("msg", "Grazie della richiesta Alex. Ti segnalo che il 12 organizziamo in sede un incontro riservato ai CFO dei nostri clienti energy sulla nuova tassonomia UE "
          "e sui criteri DNSH per i green loan. Nessuna vendita, ci saranno anche due revisori. Ti mando l'invito?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Ulrike Fromm", "Leiterin Konzernfinanzierung | Stadtwerke Rheinland", "Düsseldorf", ("acc",))
P("acceptance_only", "en", "Marcus Jefferson", "Managing Director, Power & Renewables | Lindqvist Bank", "New York", ("acc",))
P("lone_endorsement", "es", "Irene Sanz", "Analista financiera | Promotora fotovoltaica", "Toledo", ("end",))
P("lone_endorsement", "fr", "Thibault Marin", "Ancien contrôleur de gestion | Volterre Énergies", "Nantes", ("end",))


# =============================================================== more voices
P("good_invitation", "es", "Pilar Domínguez", "Responsable de Formación | UNEF", "Madrid",
  ("inv", "Hola Alex, desde UNEF organizamos una jornada técnica gratuita para socios sobre la nueva regulación de almacenamiento y su tratamiento contable. "
          "Plazas limitadas pero sin coste. Si te encaja te reservo una para ti y alguien de tu equipo."),
  ("rem",))
P("good_invitation", "it", "Elena Bianchi", "CFO | Vento Appennino", "Bologna",
  ("inv", "Ciao Alex, sono CFO di un piccolo sviluppatore eolico. Sto negoziando il mio primo PPA con un'utility e ho dubbi sulla clausola di change in law. "
          "Se hai cinque minuti ti faccio una domanda secca, e ti racconto volentieri come ci è andata con la banca per il finanziamento ponte."))
P("connection_only_pitches", "en", "Dale Whitmore", "Capital Introductions | Horizon Green Partners", "Miami",
  ("msg", "Alex, we introduce developers to family offices hungry for renewables yield. Retainer is modest, success fee 2%. Happy to share the deck."),
  ("msg", "Alex, two family offices asked about your region this week. Shall we set up the engagement letter so I can introduce you?"),
  ("msg", "Hi Alex, circling back once more on the engagement. Slots fill quickly before year-end."))
P("stranger_inmail_recruiter", "fr", "Camille Aubert", "Chargée de recrutement | Volterre Énergies", "Nantes",
  ("inm", "Poste de Directeur financier adjoint – Volterre", "Bonjour Alex, nous recrutons un directeur financier adjoint pour accompagner notre croissance (1 GW en développement). "
          "Poste basé à Nantes, en CDI. Votre parcours en financement de projets correspond parfaitement. Seriez-vous ouvert à un échange ?"))
P("single_pitch", "it", "Matteo Sala", "Consulente | Cessione crediti fiscali", "Brescia",
  ("msg", "Ciao Alex, stiamo acquistando crediti d'imposta da impianti FER a condizioni interessanti. Se ne avete da cedere ti faccio una quotazione in giornata."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rachel Okafor", "rokafor@brightfield.example", "ITC transfer indemnity - the clause",
     "Alex,\n\nsent you a LinkedIn invite too, but here's the clause I mentioned so you don't have to dig for it. Curious what your counsel makes of it.\n\nRachel", "en"),
    ("Renewable Finance Summit", "events@renewfinancesummit.example", "Last chance: CFO speaking slots (Gold package)",
     "Dear Alex,\n\nWe found your profile on LinkedIn. Secure your speaking slot in the CFO track with our Gold sponsorship package. Offer ends Friday.", "en"),
    ("Bundesverband WindEnergie", "veranstaltungen@bwe.example.de", "Ihre Anmeldung: Online-Briefing EEG-Ausschreibung",
     "Sehr geehrter Herr Morgan,\n\nvielen Dank für Ihre Anmeldung. Den Einwahllink erhalten Sie am Vortag. Folgen Sie uns auch auf LinkedIn für Updates.", "de"),
    ("Trésorerie Groupe", "tresorerie@northwind.example", "Covenants T3 – à valider",
     "Bonjour Alex,\n\nci-joint le calcul des ratios pour les prêteurs. Au passage, Hélène Bastide nous a relancés sur LinkedIn pour les chiffres de la note de place.", "fr"),
    ("Banca Atlántica – Financiación Estructurada", "renovables@bancaatlantica.example", "Term sheet indicativo – Portfolio Extremadura",
     "Estimado Alex,\n\nadjuntamos el term sheet indicativo. Lucía Herrero le escribió también por LinkedIn para presentarle al equipo de agencia.", "es"),
    ("Elettricità Futura", "formazione@elettricitafutura.example", "Conferma iscrizione: sessione FER-X",
     "Gentile Alex,\n\nla sua iscrizione è confermata. Trova il programma in allegato. Condivida pure l'evento sul suo profilo LinkedIn.", "it"),
    ("Nathan Cole", "nathan@taxcreditnotes.example", "This week's pricing tracker",
     "Hi Alex,\n\nthis week's tracker is attached. If you'd rather not get the brokerage notes I sent on LinkedIn, just say so and I'll keep it to the newsletter.", "en"),
    ("Workday HR", "no-reply@hr.northwind.example", "Reminder: update your employee profile",
     "Please update your job title and photo in Workday. You can import them from LinkedIn.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifty-second development corpus (dev52). Generated by scripts/make_corpus_dev52.py (seed {SEED}); do not edit by hand.",
          "# Alex as CFO of a renewable-energy developer: PPA and grid brokers, ESG and carbon-accounting vendors, project-finance bankers, investors, "
          "peer CFOs, association briefings against paid summits, recruiters. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev52", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
