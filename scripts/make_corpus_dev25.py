#!/usr/bin/env python3
"""Write mailbot's twenty-fifth, independent development corpus: tests/corpus/dev25/*.eml + expected.toml.

The angle: the user Alex is a freelance data scientist, a solo consultant in forecasting and
machine learning. Their LinkedIn world is full of other freelancers and small agencies. Peers
propose to swap referrals, to subcontract, to bid together on a public tender, to hand over
overflow work or cover a client during parental leave, to share contract templates and rate
sheets (good: the commerce is mutual and peer-level, or the work goes to Alex). Next to them sit
the people who sell to Alex: lead-generation and appointment-setting shops, "white-label
partnership" offers where Alex would pay to resell a product or a delivery team, course sellers,
business coaches, "done-for-you" LinkedIn content and outbound, freelance marketplaces with a paid
membership, portage and accounting services, GPU clouds, PI insurance (bad). The bait and
switch wears the freelancer's clothes: a referral circle that turns into a lead-sharing
subscription, a collective with an entry fee, an agency "passing on overflow work" that first
sells its onboarding course, a pricing survey that ends in a group mentoring offer, a subcontract
InMail that asks for a listing fee.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the headlines and companies of spoof-only names and PYMK suggestions, and the pitches that
spoofs carry are swapped for freelance data-science ones in this process only (make_corpus.py
itself is not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev25.py              # writes tests/corpus/dev25
    python scripts/make_corpus_dev25.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260825

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the freelance data-science world (this process only)
SKILLS = {
    "en": ["Machine Learning", "Time Series Forecasting", "Python", "Data Science", "Statistical Modeling", "Demand Planning"],
    "de": ["Maschinelles Lernen", "Zeitreihenanalyse", "Python", "Data Science", "Statistische Modellierung"],
    "fr": ["Apprentissage automatique", "Prévision de séries temporelles", "Python", "Science des données", "Modélisation statistique"],
    "es": ["Aprendizaje automático", "Previsión de series temporales", "Python", "Ciencia de datos", "Modelización estadística"],
    "it": ["Machine learning", "Previsione di serie storiche", "Python", "Data science", "Modellazione statistica"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Freelance Data Scientist | Forecasting & Machine Learning", "de": "Freiberuflicher Data Scientist | Prognosen & Machine Learning",
             "fr": "Data scientist freelance | Prévision & machine learning", "es": "Data scientist freelance | Previsión y machine learning",
             "it": "Data scientist freelance | Forecasting e machine learning"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Freelance Data Scientist (Forecasting), 6 months", "Larchfield Retail"), ("Data Scientist Freelance (m/w/d) – Remote", "Kellner Energie AG"),
              ("Consultant data science – mission 3 mois", "Groupe Vaillant Distribution"), ("Contract ML Engineer, outside IR35", "Harlow Freight"),
              ("Data scientist freelance – modelli di domanda", "Coop Lombarda")]
_JOB = {"en": ("{n} new contract roles for \"freelance data scientist\"", "Your job alert for freelance data scientist in {city}"),
        "de": ("{n} neue Projekte für „Data Scientist freiberuflich“", "Ihr Jobalarm für Data Scientist freiberuflich in {city}"),
        "fr": ("{n} nouvelles missions pour « data scientist freelance »", "Votre alerte emploi pour data scientist freelance à {city}"),
        "es": ("{n} empleos nuevos de «data scientist freelance»", "Tu alerta de empleo de data scientist freelance en {city}"),
        "it": ("{n} nuove offerte per «data scientist freelance»", "Il tuo avviso di lavoro per data scientist freelance a {city}")}
for _l, (_s, _line) in _JOB.items():
    mc.OTHER[_l]["job"] = (_s, _line, mc.OTHER[_l]["job"][2])
_NEWSLETTER = {"en": "Solo & Solvent: how independent data people price fixed-scope work", "de": "Allein selbstständig: Festpreise für Datenprojekte kalkulieren",
               "fr": "Indé & data : fixer un forfait sans se brader", "es": "Freelance de datos: cómo presupuestar a precio cerrado",
               "it": "Freelance e dati: come fare un preventivo a corpo"}
for _l, _t in _NEWSLETTER.items():
    mc.OTHER[_l]["newsletter"] = (_t, mc.OTHER[_l]["newsletter"][1])
mc.COMPANIES["good"] = ["Larchfield Retail", "Harlow Freight", "Kellner Energie", "Stadtwerke Bonn", "Nubia Health", "Coop Lombarda", "Vaillant Distribution",
                        "PyData Sevilla"]
mc.COMPANIES["sales"] = ["PipelineForge", "DashWerk", "Freelanceo", "ContentMachine", "LeadLadder", "Upwise", "ScaleMyConsulting"]
mc.COMPANIES["pretext"] = ["Solo Consultants Club", "DataGuild", "Collectif Data Indé", "LeadLadder"]
mc.HEADLINES["good"] = ["Freelance Data Engineer | dbt & Snowflake", "Head of Analytics at {co}", "Independent ML consultant", "Data lead at {co}",
                        "Freelance statistician", "Contract recruiter, data & AI", "Procurement manager at {co}"]
mc.HEADLINES["sales"] = ["Founder @ {co} | Pipeline for consultants", "Partner manager at {co}", "Helping freelancers hit 10k months | {co}",
                         "Growth at {co}", "Business Developer | {co}"]
mc.HEADLINES["pretext"] = ["Community host | Independent Data People", "Connecting solo consultants | {co}", "Founder, Freelance Data Circle"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a client has sent you a project invitation worth EUR 12,400. Sign in within 24 hours to accept it before it goes to the next freelancer.",
           "Hello {first}, I shared the signed statement of work with you. Log in with your LinkedIn password to download it."],
    "de": ["Hallo {first}, ein Kunde hat Ihnen eine Projektanfrage über 9.800 € gesendet. Melden Sie sich innerhalb von 24 Stunden an, um sie anzunehmen.",
           "Hallo {first}, ich habe Ihnen die unterschriebene Beauftragung freigegeben. Bitte mit Ihren LinkedIn-Zugangsdaten anmelden."],
    "fr": ["Bonjour {first}, un client vous a envoyé une proposition de mission de 11 000 €. Connectez-vous sous 24 h pour la valider.",
           "Bonjour {first}, je vous ai partagé le bon de commande signé. Identifiez-vous pour le télécharger."],
    "es": ["Hola {first}, un cliente te ha enviado una propuesta de proyecto por 10.500 €. Inicia sesión en 24 horas para aceptarla.",
           "Hola {first}, te he compartido el contrato firmado. Inicia sesión con tu cuenta para descargarlo."],
    "it": ["Ciao {first}, un cliente ti ha inviato una proposta di progetto da 9.900 €. Accedi entro 24 ore per accettarla.",
           "Ciao {first}, ti ho condiviso l'ordine firmato. Accedi con le tue credenziali LinkedIn per scaricarlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Niamh Gallagher", "Freelance MLOps Engineer | model deployment & monitoring", "Dublin",
  ("inv", "Hi Alex, caught your PyData talk on demand forecasting. I'm a solo MLOps freelancer and clients keep asking me for the modelling side, which isn't me. "
          "Up for sending work each other's way? No fees, just pointing people to someone good."),
  ("rem",))
P("good_invitation", "de", "Jonas Wetzlar", "Selbstständiger Data Engineer | Azure, dbt, Airflow", "Köln",
  ("inv", "Hallo Alex, ich stelle mit zwei Freelancern ein Angebot für die Ausschreibung der Stadtwerke Bonn zusammen (Lastprognose + Datenplattform). "
          "Uns fehlt jemand für die Prognosemodelle. Lust auf eine Bietergemeinschaft? Unterlagen schicke ich gern."))
P("good_invitation", "fr", "Mathilde Perrot", "Data scientist indépendante | NLP & assurance", "Nantes",
  ("inv", "Bonjour Alex, je suis sous l'eau ce trimestre et un client assureur a besoin de 15 jours sur un modèle d'attrition. Je ne peux pas le prendre, "
          "votre profil colle parfaitement. Je vous mets en relation directement si ça vous dit, sans commission."),
  ("rem",))
P("good_invitation", "es", "Diego Arrabal", "Organizador | Data Science Sevilla Meetup", "Sevilla",
  ("inv", "¡Hola Alex! Llevo el meetup de Data Science Sevilla. El 20 de noviembre hacemos una sesión gratis sobre cómo poner tarifas siendo freelance de datos, "
          "con cervezas al final. Nos encantaría verte, y si te animas a contar tu experiencia 10 min, mejor."))
P("good_invitation", "it", "Serena Colombo", "Statistica freelance | Analisi dati per la ricerca clinica", "Padova",
  ("inv", "Ciao Alex, domanda da collega: nei contratti come gestisci la proprietà del codice? Un cliente vuole la cessione totale anche delle mie librerie "
          "interne e non so se è normale. Ho visto un tuo post sul tema."),
  ("rem",))
P("good_invitation", "en", "Priyanka Desai", "Head of Analytics | Larchfield Retail", "Manchester",
  ("inv", "Hi Alex, Tom Aldridge (you built his team's pricing model last year) says you're the one to talk to about markdown optimisation. "
          "We've got budget for an outside specialist in Q1 and I'd like to brief you. Tom says hi!"))
P("good_invitation", "fr", "Yannick Le Goff", "Consultant indépendant BI | Power BI & Qlik", "Rennes",
  ("inv", "Salut Alex, on est une vingtaine d'indés data à tenir un tableur commun de TJM et de clauses types, pour arrêter de se brader chacun dans son coin. "
          "Gratuit, entre pairs. Je te partage le lien ?"),
  ("rem",))
P("good_invitation", "de", "Marek Nowak", "Freelance Computer Vision Engineer", "Kraków",
  ("inv", "Alex - a retail client of mine wants shelf-image recognition plus a demand model on top. I do the CV half. Fancy quoting the forecasting part together? "
          "I can share the brief under NDA and we split it however makes sense."),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "en", "Gavin Shorter", "Growth Consultant | B2B | Scaling", "Leeds", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Fabio Rinaldi", "Consulente | Formazione aziendale", "Bari", ("inv", NONOTE))
P("default_invitation", "fr", "Sandrine Lacoste", "Coach | Reconversion & indépendance", "Toulouse", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Chad Whitaker", "Founder @ PipelineForge | Booked meetings for consultants", "Austin",
  ("inv", "Hey Alex, most solo consultants we talk to live feast-or-famine. We book 8-12 qualified discovery calls a month with ops leaders, you just show up. "
          "Pay per meeting, no retainer. Worth a quick chat?"))
P("sales_invitation", "de", "Benedikt Sauer", "Partner Manager | DashWerk – White-Label-Dashboards", "München",
  ("inv", "Hallo Alex, viele Data-Freelancer verkaufen unsere Dashboards unter eigenem Logo weiter: Sie bestimmen den Preis, wir liefern im Hintergrund. "
          "Einstieg ab 390 €/Monat. Darf ich Ihnen das Partnermodell in 20 Minuten zeigen?"))
P("sales_invitation", "es", "Rocío Valverde", "Mentora de freelancers | Programa De 0 a 10K", "Málaga",
  ("inv", "Hola Alex! Ayudo a freelancers tech a dejar de cobrar por horas y vender paquetes de alto valor. Mi programa de 8 semanas ya va por 300 alumnos. "
          "Esta semana abro 5 plazas con bonus, ¿te cuento?"),
  ("rem",))
P("sales_invitation", "it", "Davide Moretti", "Growth | ContentMachine – ghostwriting LinkedIn per consulenti", "Milano",
  ("inv", "Ciao Alex, i tuoi post LinkedIn li scriviamo e pubblichiamo noi: 3 a settimana, con il tuo tono, e tu ricevi i contatti in DM. "
          "Tutto fatto per te a 690 €/mese. Ti mando qualche esempio?"))
P("sales_invitation", "fr", "Julien Maréchal", "Business Developer | Freelanceo – la marketplace des experts data", "Paris",
  ("inv", "Bonjour Alex, Freelanceo met en relation des experts data et des grands comptes. L'abonnement Pro à 49 €/mois donne accès aux appels d'offres "
          "en avant-première. Je vous ouvre un essai ?"))
P("sales_invitation", "en", "Tamsin Reeve", "Course creator | The Six-Figure Data Freelancer", "Bristol",
  ("inv", "Alex, quick q: still trading hours for money? My cohort course shows data freelancers how to productise and hit £10k months. "
          "Next cohort starts Monday and I've got an alumni discount I can pass on."),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Ryan Castellano", "Independent Analytics Consultant | Referral circle host", "Toronto",
  ("inv", "Hi Alex, I host a small referral circle of independent data folks. We meet online once a month and pass along work that isn't a fit for us. "
          "Would love a forecasting person in the group."),
  ("msg", "Great to be connected! Quick heads-up: to keep the circle high quality, members subscribe to our lead-sharing platform ($149/mo, first month free). "
          "I'll send the signup link, next intro round is Thursday.", (3, 10)),
  ("msg", "Hey Alex, still holding your spot. The founding rate goes up Friday - want me to lock it in for you?", (5, 15)))
P("bait_and_switch_invitation", "de", "Tobias Brückner", "Freelancer-Stammtisch Rhein-Main | Data & KI", "Frankfurt am Main",
  ("inv", "Servus Alex, wir sind ein lockerer Stammtisch für selbstständige Data-Leute in Frankfurt. Einmal im Monat, jeder zahlt sein Bier selbst. "
          "Hast du Lust vorbeizuschauen?"),
  ("msg", "Schön, dass es geklappt hat! Übrigens berate ich Selbstständige bei Altersvorsorge und Berufsunfähigkeit, gerade bei Freelancern ein riesiges Loch. "
          "Wann passt dir ein 30-Minuten-Check?"))
P("bait_and_switch_invitation", "fr", "Aurélie Ferrand", "Fondatrice | Collectif Data Indé", "Lyon",
  ("inv", "Bonjour Alex, nous montons un collectif d'indépendants data pour répondre ensemble aux grosses missions que personne ne peut porter seul. "
          "Il nous manque un profil prévision. Partant pour en parler ?"),
  ("msg", "Merci d'avoir accepté ! Pour rejoindre le collectif, il y a un droit d'entrée de 1 200 € HT (référencement, kit commercial, page sur notre site), "
          "puis 15 % de commission sur les missions. Je vous envoie le contrat d'adhésion ?", (4, 14)))
P("bait_and_switch_invitation", "es", "Marcos Del Valle", "Freelance Data Analyst | Comunidad DataFreelance ES", "Madrid",
  ("inv", "Hola Alex, estoy preguntando a otros freelance de datos cómo presupuestáis un proyecto de forecasting: ¿precio cerrado o por días? "
          "¿Te puedo hacer un par de preguntas? Luego te paso lo que me digan los demás."),
  ("msg", "¡Gracias por aceptar! Te cuento: después de hablar con 40 freelancers he montado una mentoría en grupo sobre pricing, 497 € las 6 semanas. "
          "Te guardo plaza con un 30 % por ser de los primeros en responder.", (3, 12)),
  ("msg", "Alex, ¿viste lo de la mentoría? Cierro el grupo el domingo.", (4, 10)))
P("bait_and_switch_invitation", "it", "Giorgio Lanza", "Titolare | Lanza Analytics Studio", "Torino",
  ("inv", "Ciao Alex, ho una piccola agenzia e spesso abbiamo progetti di machine learning in eccesso. Cerco freelance affidabili a cui girare lavoro. Ci colleghiamo?"),
  ("msg", "Ciao Alex, grazie! Per entrare nel nostro pool di partner serve prima il corso di onboarding e certificazione (890 € + IVA), poi ti passiamo i progetti. "
          "Te lo attivo questa settimana?", (6, 20)))
P("bait_and_switch_invitation", "en", "Lauren Okafor", "Community Manager | The Solo Consultants Club", "London",
  ("inv", "Hi Alex! We're writing a free guide to day rates for freelance data scientists. Would you share a line or two from your own experience? "
          "We'll credit you and send you the finished PDF."),
  ("msg", "Thanks so much Alex, your quote made the final cut! As a contributor you also qualify for Club Pro at £39/month instead of £59: deal flow, contract templates "
          "and group coaching calls. Shall I set you up?", (10, 30)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Oliver Brandt", "Partnerships | Quantiva AI", "Amsterdam",
  ("inm", "Quick question from a fellow modeller", "Hi Alex, I'm comparing how independent forecasters handle hierarchical models. Do you reconcile bottom-up "
          "or use MinT? Curious what actually works for you in client projects. No agenda, just comparing notes."),
  ("inm", "Following up + something for your clients", "Thanks for the detailed answer, really helpful. And it's exactly why I reached out: Quantiva automates "
          "hierarchical reconciliation and we're signing up consultants as resellers. You license at 40% off list and mark it up to your clients. "
          "Got 20 minutes next week so I can walk you through the partner tiers?"),
  nl="en")
P("bait_and_switch_inmail", "fr", "Thibault Renaud", "Directeur associé | Cabinet Renaud & Sens", "Bordeaux",
  ("inm", "Mission en sous-traitance", "Bonjour Alex, nous avons une mission de 30 jours en data science chez un distributeur, démarrage en janvier. "
          "Seriez-vous disponible pour en parler ?"),
  ("inm", "Votre référencement chez nous", "Merci pour votre retour rapide. Avant de présenter un consultant au client, nous le faisons passer par notre programme "
          "de référencement : 650 € HT de frais de dossier, qui couvrent l'audit de votre profil et la rédaction de votre dossier de compétences. "
          "Je vous envoie la facture ?", (3, 9)))
P("bait_and_switch_inmail", "de", "Sabine Krämer", "Gründerin | DataFreelance Akademie", "Hamburg",
  ("inm", "Interview für unseren Freelancer-Report", "Hallo Alex, wir erstellen einen kostenlosen Report zu Tagessätzen von Data-Freelancern im DACH-Raum. "
          "Hätten Sie 15 Minuten für ein kurzes Interview? Den Report bekommen Sie natürlich vorab."),
  ("inm", "Danke + Einladung", "Danke für das nette Gespräch! Nach Ihren Antworten sehe ich bei Ihnen viel Luft nach oben beim Pricing. Genau daran arbeiten wir "
          "in unserem Coaching-Programm „Tagessatz 1.500+“ (2.970 €). Hätten Sie Donnerstag Zeit für ein Erstgespräch?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Dwayne Marsh", "Freelance Data Analyst | Tableau | SQL", "Birmingham",
  ("end",), ("end",),
  ("msg", "Alright Alex, endorsed you for {skill} and Python, well earned. Mind doing me for Tableau and SQL? Trying to get both past 20 before I pitch a new client. Cheers mate"))
P("endorse_me_back", "it", "Ilaria Santoro", "Data analyst freelance | Power BI", "Bologna",
  ("end",),
  ("msg", "Ciao Alex! Ti ho appena confermato {skill} 🙂 se ti va ricambia con Power BI e DAX, con i recruiter fa la differenza. Grazie mille!!"))
P("endorse_me_back", "fr", "Olivier Brunet", "Consultant data freelance | Python | Dataiku", "Lille",
  ("end",), ("end",),
  ("msg", "Bonjour Alex, je vous ai validé sur {skill}. En retour, pourriez-vous me valider sur Dataiku et SQL ? Petit coup de pouce entre indépendants 😉"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brock Hanley", "Founder | LeadLadder - B2B appointment setting", "Phoenix",
  ("inv", "Alex - we help consultants add $20k/mo in pipeline without cold calling. Open to a quick call?"),
  ("rem",),
  ("inm", "Guess not", "Alex, three weeks and you can't even click accept or ignore? This is exactly why most freelancers stay broke. Good luck doing it the hard way."))
P("hostility_after_decline", "de", "Dieter Lohmann", "Interim-Manager | Digitalisierung Mittelstand", "Stuttgart",
  ("inv", DEFAULT),
  ("inm", "Ihre Art", "Guten Tag, eigentlich wollte ich Ihnen einen Auftrag vermitteln. Dass Sie es nicht einmal für nötig halten, eine Kontaktanfrage anzunehmen, "
          "sagt einiges über Ihre Arbeitsauffassung. Freelancer wie Sie gibt es wie Sand am Meer. Schönen Tag noch."))
P("hostility_after_decline", "es", "Lorena Cuesta", "Freelance de marketing digital", "Valencia",
  ("inv", "Hola Alex, me gustaría conectar con otros freelancers del sector tech en Valencia para compartir contactos y dudas."),
  ("rem",),
  ("inm", "En fin", "Pues nada, veo que no aceptas. Y luego nos quejamos los freelance de que no hay comunidad... qué poca empatía, de verdad. Tú sabrás."))
P("hostility_after_decline", "it", "Stefano Vitale", "Consulente commerciale | Lead generation B2B", "Napoli",
  ("inv", "Salve Alex, aiuto i consulenti IT a trovare clienti con campagne LinkedIn automatizzate. Sentiamoci."),
  ("inm", "Nessuna risposta?", "Alex, mi spiace dirlo ma ignorare le persone non è affatto professionale. Ti avevo scritto con educazione. "
          "Poi non stupirti se il telefono non squilla."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Craig Baxter", "Director | Offshore Data Team - your white-label delivery partner", "Leicester",
  ("msg", "Alex, we're a 40-person data team in Pune that freelancers use as a silent back office. You sell, we build, your brand on everything. "
          "Rates from $22/h. Want the rate card?"),
  ("msg", "Alex, I've sent the rate card twice now. Not even a 'no thanks'? Frankly that's amateur hour. Proper consultants reply to their network. Unfollowing."),
  nl="en")
P("hostility_connection", "es", "Ernesto Galindo", "Fundador | ConsultorPro – facturación para freelancers", "Zaragoza",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como freelance seguro que pierdes horas con las facturas. ConsultorPro lo automatiza por 12 €/mes. ¿Te hago una demo?"),
  ("msg", "Tú me mandaste la invitación y ahora ni contestas. Qué falta de educación. No entiendo para qué conectas con la gente si luego pasas de ella."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Hayley Forsythe", "Business Coach for Consultants | ex-strategy consulting", "Sydney",
  ("msg", "Hi Alex, hope freelance life is treating you well! I'm opening 3 spots in my 1:1 Consultant Accelerator this quarter: positioning, pricing and pipeline "
          "sorted in 90 days. Would a free strategy session be useful?"),
  ("msg", "Alex - sharing a client win: a data consultant went from $800 to $1,600 a day in 10 weeks with the Accelerator. Two spots left. Shall I send my calendar?"),
  ("msg", "Last nudge from me: enrolment closes Sunday. Reply YES and I'll hold a spot."))
P("connection_only_pitches", "de", "Marvin Engel", "Vertrieb | ProjektPool24 – Projekte für Freelancer", "Berlin",
  ("msg", "Hi Alex, mit ProjektPool24 Premium sehen Sie neue Projekte 48 Stunden vor allen anderen. Gerade 3 Monate für 29 € statt 87 €. Interesse?"),
  ("msg", "Hallo Alex, kurze Erinnerung: Das Premium-Angebot läuft Freitag aus. Soll ich Ihnen den Code freischalten?"))
P("connection_only_pitches", "fr", "Sébastien Caron", "Expert-comptable en ligne pour indépendants | ComptaFlash", "Marseille",
  ("msg", "Bonjour Alex, en indépendant vous passez sûrement trop de temps sur votre compta. ComptaFlash s'occupe de tout pour 89 €/mois, bilan compris. "
          "Un échange de 15 minutes ?"),
  ("msg", "Re-bonjour Alex, offre de rentrée : 2 mois offerts si vous signez avant le 30. Je vous envoie la lettre de mission ?"))
P("connection_only_pitches", "it", "Martina Ruggiero", "Account executive | GPU Cloud Italia", "Roma",
  ("msg", "Ciao Alex, visto che fai ML per i clienti ti propongo le nostre A100 a ore: prezzo fisso, data center in Italia, GDPR a posto. Ti preparo un preventivo?"),
  ("msg", "Ciao Alex, questo mese regaliamo 200 € di crediti ai nuovi clienti business. Vuoi che ti attivi l'account?"),
  ("msg", "Alex, ultimo messaggio, promesso: ti passo il collega tecnico per una demo?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Nathan Pryce", "Founder | ScopeSure - insurance for freelancers", "Cardiff",
  ("msg", "Alex, quick one: have you got professional indemnity cover for your modelling work? If a client's forecast goes sideways you're personally on the hook. "
          "We do PI for data freelancers from £14 a month. Want a quote?"))
P("single_pitch", "de", "Yvonne Stahl", "Agentur für Freelancer-Branding | Websites & Portfolios", "Düsseldorf",
  ("msg", "Hallo Alex, mit einer eigenen Portfolio-Seite kämen bei Ihnen sicher mehr Anfragen rein. Wir bauen Freelancer-Websites in 10 Tagen, Festpreis 2.400 €. "
          "Soll ich Ihnen ein Beispiel schicken?"))
P("single_pitch", "es", "Alberto Núñez", "Consultor SEO | Visibilidad para consultores", "Bilbao",
  ("msg", "Alex, he revisado tu web y no sales en Google ni buscando 'consultor data science'. Te posiciono en 3 meses por 350 € al mes. ¿Hablamos el jueves?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Femi Adeyemi", "Freelance Data Engineer | Snowflake & dbt", "London",
  ("msg", "Alex, the logistics client I mentioned wants a forecasting piece alongside my pipeline work. I told them you're the best I know. "
          "OK if I put you on an email thread with their COO? Sensible budget and they pay on time."),
  ("msg", "Intro sent, subject line 'Forecasting for Harlow Freight'. Shout if you want me on the kickoff call."))
P("connection_brings_value", "de", "Anja Pfeiffer", "Freiberufliche Statistikerin | R & Shiny", "Freiburg",
  ("end",),
  ("msg", "Hallo Alex, ich habe unsere Vorlage für den Bietergemeinschaftsvertrag vom Anwalt prüfen lassen (Haftung, Aufteilung, Ausstieg). "
          "Falls Sie sie für die Ausschreibung brauchen: hängt an. Kostet nichts, nützt uns ja allen."))
P("connection_brings_value", "fr", "Romain Lefèvre", "Data scientist indépendant | Prévision & optimisation", "Grenoble",
  ("msg", "Hello Alex, je pars six semaines en congé paternité à partir du 3 mars. Mon client (énergie) a besoin de quelqu'un pour maintenir le modèle de prévision "
          "pendant mon absence, ~2 j/semaine, TJM 750. Je peux te recommander ?"))
P("connection_brings_value", "it", "Luca Ferretti", "Freelance ML engineer | Organizzatore PyData Milano", "Milano",
  ("msg", "Ciao Alex! Al PyData Milano di febbraio si è liberato uno slot da 20 minuti. Ti va di raccontare il progetto di forecasting per la GDO? "
          "Ingresso gratuito, e di solito c'è qualche azienda che cerca consulenti."))
P("connection_brings_value", "es", "Paula Herrero", "Analista de datos freelance | Sector público", "Valladolid",
  ("msg", "Hola Alex, ha salido la licitación de la Junta para modelos de previsión de demanda sanitaria (lote 2). Sola no llego a la solvencia técnica. "
          "¿Nos presentamos juntos en UTE? Te paso los pliegos y un reparto orientativo."),
  ("msg", "Te he subido los pliegos a la carpeta compartida. El plazo acaba el día 14."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Lowe", "Talent Partner | Northwind Contract Solutions", "London",
  ("inm", "Contract: Senior Data Scientist (demand forecasting), 6 months, outside IR35", "Hi Alex, I'm working on a 6-month outside-IR35 contract with a UK grocer: "
          "demand forecasting for fresh produce, Python and Databricks, 3 days a week, remote. £650-700/day. Your PyData talk is more or less the brief. "
          "Free for a call this week?"))
P("stranger_inmail_recruiter", "de", "Kerstin Wolff", "Recruiterin | Kellner Energie AG", "Essen",
  ("inm", "Projektanfrage: Prognosemodell Fernwärme", "Hallo Alex, wir suchen für vier Monate einen externen Data Scientist für die Lastprognose unserer "
          "Fernwärmenetze. Remote möglich, Start im Februar, Tagessatz nach Absprache. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem kurzen Telefonat?"))
P("stranger_inmail_recruiter", "it", "Elena Pace", "Talent acquisition | Aurora Fintech", "Milano",
  ("inm", "Collaborazione freelance – modelli di rischio", "Buongiorno Alex, Aurora cerca un consulente esterno per rivedere i modelli di credit scoring, "
          "circa 20 giornate. Il budget è già approvato. Le andrebbe una call conoscitiva con il nostro Head of Risk?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Kirsten Doyle", "SDR | Upwise - AI proposal writer for freelancers", "Boston",
  ("inm", "Win more proposals, Alex?", "Hi Alex, freelancers on Upwise send 3x more proposals with half the effort: our AI drafts them from the job post in "
          "30 seconds. Can I grab 15 minutes on your calendar to show you?"),
  ("inm", "Re: Win more proposals, Alex?", "Bumping this, Alex. We just launched a Pro Consultant tier, free 14-day trial if you book a demo this week."))
P("stranger_inmail_sales", "fr", "Clément Varin", "Chargé d'affaires | Portage Horizon", "Paris",
  ("inm", "Portage salarial", "Bonjour Alex, vous êtes freelance data ? Le portage salarial vous donne la protection d'un salarié en gardant votre liberté. "
          "Frais de gestion à 5 %, sans engagement. Puis-je vous appeler pour une simulation ?"))
P("stranger_inmail_sales", "es", "Natalia Ibarra", "Partner Manager | Remotely Talent Marketplace", "Barcelona",
  ("inm", "Únete a nuestra red de expertos", "Hola Alex, Remotely conecta freelancers top con startups. Con la membresía Verified (199 € al año) sales "
          "primero en las búsquedas de las empresas. ¿Te doy de alta hoy con un 25 % de descuento?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Connor Brady", "Independent Data Consultant | Retail & CPG", "Belfast",
  ("inv", "Hi Alex, I'm booked solid until March and have a small retail client who needs a quick review of their demand forecast, about 5 days. "
          "Would you want it? Happy to introduce you, no cut."),
  ("msg", "Intro done. Their ops lead is Sinead, she'll email you today. Lovely people to work with."),
  ("msg", "Glad that went well! Separate thing: I've launched a course, 'Forecasting for Freelancers', £349. Any chance you'd buy a seat, or share it with your "
          "network? Affiliate link below, 30% to you.", (20, 45)))
P("good_turns_ugly", "de", "Lisa Brandner", "Freie Data Scientist | MLOps", "Wien",
  ("inv", "Hallo Alex, ich habe ein Notebook mit sauberen Backtests Prophet vs. LightGBM auf Energiedaten gebaut und möchte es mit anderen Forecasting-Leuten teilen. "
          "Soll ich's dir schicken?"),
  ("msg", "Hier der Link zum Repo, README sollte alles erklären. Feedback sehr willkommen!"),
  ("end",),
  ("msg", "Hey Alex, hab dich für {skill} bestätigt 🙂 Magst du mich im Gegenzug für MLOps und Python bestätigen? Ich bewerbe mich gerade auf ein größeres Projekt."))
P("good_turns_ugly", "es", "Iván Sorribes", "Freelance Data Scientist | Industria 4.0", "Barcelona",
  ("inv", "Hola Alex, tengo un cliente industrial que necesita mantenimiento predictivo y yo solo llego a la parte de datos. ¿Te interesaría entrar conmigo? "
          "Reparto a medias."),
  ("msg", "Perfecto, te dejo el brief en el enlace. El cliente quiere propuesta antes del viernes."),
  ("msg", "Alex, el proyecto se ha retrasado, pero aprovecho: he montado una agencia de captación de clientes para freelancers. Por 600 € al mes te consigo "
          "4 reuniones con directores industriales. ¿Lo probamos?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Wesley Grant", "Partner Success | ScaleMyConsulting (done-for-you outbound)", "Dallas",
  ("inm", "Done-for-you outbound for Alex", "Alex, we run your whole outbound: list building, copy, sending, handling replies. You only take the calls. "
          "$1,997/mo with a 90-day guarantee. Worth a look?"),
  ("inv", "Hi Alex, loved your recent post on forecasting for small retailers. Would be great to connect!"))
P("reinvite_known_bad", "it", "Roberta Galli", "Consulente | Crescita per liberi professionisti", "Firenze",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo incrociati al Freelance Day di Bologna, ti ricordi? Mi farebbe piacere restare in contatto!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Grégoire Mallet", "Fondateur | Freelance Booster", "Lille",
  ("inv", "Bonjour Alex, j'aide les freelances tech à doubler leur TJM. Un call de 20 min cette semaine ?"),
  ("inm", "Sans réponse...", "Je vois que vous n'avez pas pris la peine de répondre. Typique des freelances qui se croient au-dessus du lot. "
          "Continuez à vous brader, ce n'est plus mon problème.", (20, 40)),
  ("inv", "Bonjour Alex, nouvelle année, nouveau départ ! Je serais ravi de faire partie de votre réseau."))
P("reinvite_known_ugly", "it", "Sunil Mehta", "Co-founder | DataGuild - freelance data collective", "Bangalore",
  ("inm", "Host an AMA for our members?", "Hi Alex, we run a free monthly AMA for junior freelance data scientists. Would you host one on forecasting? "
          "45 minutes, fully remote, and we'd feature your profile to our 3,000 members."),
  ("inm", "Next steps for your AMA", "Thanks for saying yes! To be featured as an AMA host you'll need our Expert Listing ($299/yr) - that's what puts you in front "
          "of clients. Once it's paid we'll schedule your session."),
  ("inv", "Hi Alex, would love to stay connected and share opportunities going forward."),
  nl="en")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Felix Hartung", "Inhaber | Hartung Analytics – White-Label-Partner für KI-Projekte", "Nürnberg",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex! Falls Sie mal Projekte haben, die größer sind, als Sie allein stemmen: Wir liefern unter Ihrem Namen. "
          "Die Partnerkonditionen (Pakete ab 5 Tagen) schicke ich gern. Kurzes Telefonat diese Woche?"))
P("user_invited_pitch_once", "es", "Clara Montes", "Fundadora | Freelancia Academy", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te vi en el evento de Málaga. Por si te interesa, en enero abrimos el curso 'Consultor de datos rentable': "
          "8 sesiones en directo, 390 €. ¿Te paso el temario?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Jared Whitfield", "Founder | CloseCraft - sales training for technical consultants", "Chicago",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Being solo, selling is probably the part you enjoy least. My 4-week CloseCraft programme teaches technical consultants "
          "to close without feeling salesy. Want the syllabus?"),
  ("msg", "Alex, the early-bird price ($1,200 off) ends tonight. Should I save you a seat?"))
P("user_invited_pitch_twice", "it", "Marco Bellini", "Partner | BI Factory – software per consulenti", "Verona",
  ("acc",),
  ("msg", "Grazie del collegamento! Ti propongo di diventare rivenditore della nostra piattaforma BI: licenze scontate del 35 % da rivendere ai tuoi clienti. "
          "Ti mando la presentazione?"),
  ("msg", "Ciao Alex, hai dato un'occhiata? Giovedì posso organizzarti una demo con il nostro direttore vendite."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Hélène Marchand", "Data scientist freelance | Santé", "Montpellier",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis au meetup, voici le modèle de devis et les CGV que j'utilise (relus par une avocate). "
          "Et si un jour tu as besoin de renfort sur un projet santé, pense à moi, je ferai pareil de mon côté."))
P("user_invited_value", "en", "Ben Thackeray", "Freelance Data Scientist | Sports analytics", "Leeds",
  ("acc",),
  ("msg", "Cheers for the add! I've got a football club asking about matchday attendance forecasting, much more your area than mine. Want me to pass your name on? "
          "They've budgeted for about 10 days."))
P("user_invited_value", "de", "Miriam Koch", "Projektleiterin Vergabe | Verkehrsverbund Nord", "Hannover",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Wie am Telefon besprochen: Die Ausschreibung zur Fahrgastprognose geht am 10. raus, den Link zur Vergabeplattform "
          "schicke ich Ihnen dann. Angebote von Einzelberatern sind ausdrücklich willkommen."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Eva Carrasco", "CTO | Nubia Health", "Madrid", ("acc",))
P("acceptance_only", "en", "Rory Callaghan", "Freelance Product Designer", "Galway", ("acc",))
P("lone_endorsement", "it", "Tommaso Rizzi", "Data engineer | ex collega in Enel X", "Roma", ("end",))
P("lone_endorsement", "fr", "Léa Dumont", "Directrice supply chain | Vaillant Distribution", "Lyon", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Jonas Wetzlar", "jonas@wetzlar-data.example.de", "Bietergemeinschaft Stadtwerke Bonn – Unterlagen",
     "Hallo Alex,\n\nich hatte dir auch auf LinkedIn geschrieben. Anbei Leistungsverzeichnis und Bewertungsmatrix. Abgabe ist am 28.\n\nViele Grüße\nJonas", "de"),
    ("Freelanceo", "news@freelanceo.example", "5 nouvelles missions data cette semaine",
     "Bonjour Alex,\n\nImportez votre profil LinkedIn en un clic pour apparaître dans les recherches des clients. Passez Pro pour voir les missions en avant-première.", "fr"),
    ("Sinead Kavanagh", "sinead.kavanagh@larchfield.example.co.uk", "Forecast review - intro via Connor",
     "Hi Alex,\n\nConnor Brady passed on your details (he said you'd connected on LinkedIn). Could we do a call on Tuesday about the forecast review?\n\nThanks,\nSinead", "en"),
    ("Studio Contabile Marini", "studio@marini-contabile.example.it", "Scadenza F24 e fattura elettronica",
     "Gentile Alex,\n\nle ricordiamo la scadenza del 16. PS: abbiamo visto su LinkedIn che ha un nuovo cliente in Svizzera, ci mandi il contratto per la fattura.", "it"),
    ("Contratación Junta", "contratacion@junta.example.es", "Aclaraciones al pliego – Lote 2",
     "Estimados licitadores:\n\nse publican las respuestas a las consultas. No se atenderán consultas enviadas por redes sociales como LinkedIn.", "es"),
    ("Harlow Freight", "ops@harlowfreight.example", "Forecasting for Harlow Freight",
     "Hi Alex,\n\nFemi suggested we talk; I had a look at your LinkedIn and your PyData slides. Are you free for 30 minutes next week?\n\nDan, COO", "en"),
    ("Romain Lefèvre", "romain@lefevre-data.example.fr", "TR: Invitation LinkedIn + passation client",
     "Salut Alex,\n\nje te transfère l'invitation LinkedIn du client pour que tu aies le contact, et la doc du modèle est dans le drive.\n\nRomain", "fr"),
    ("Coworking Neustadt", "hallo@coworking-neustadt.example.de", "Freelancer-Frühstück am Freitag",
     "Hallo zusammen,\n\nam Freitag gibt es wieder Frühstück in der Küche. Wer mag, verlinkt sich vorher in der LinkedIn-Gruppe des Coworkings.", "de"),
    ("Ben Thackeray", "ben@thackeray-analytics.example", "Attendance forecasting - the club's contact",
     "Alex,\n\nas promised on LinkedIn, here's the club's head of operations. Mention my name.\n\nBen", "en"),
]

# LinkedIn caps invitation notes at 300 characters.
for _p in PEOPLE:
    for _step in _p[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_p[2], len(_step[1]))


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot twenty-fifth development corpus (dev25). Generated by scripts/make_corpus_dev25.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance data scientist and solo consultant: peers who refer, subcontract, co-bid and share overflow work, next to "
          "lead-generation sellers, white-label partnerships, course sellers, coaches, done-for-you services and paid marketplaces. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev25", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
