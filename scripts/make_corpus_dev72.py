#!/usr/bin/env python3
"""Write mailbot's seventy-second, independent development corpus: tests/corpus/dev72/*.eml + expected.toml.

The angle: the user Alex is the operations director of a freight forwarder in Rotterdam
(Maaskade Forwarding) with branches in Antwerp and Hamburg. Their LinkedIn world: shipping
lines and NVOCCs selling rates, customs brokers and customs-software vendors, warehouse,
trucking, barge and rail subcontractors looking for volume, freight-software and
visibility-platform vendors, freight-exchange memberships, staffing agencies for flex
workers, port community peers (terminal closures, gate windows, customs releases, free
sessions at the port), industry associations and trainers, and recruiters with real
logistics roles. Most mail is English written by Dutch, Flemish and German speakers
(Dutch word order, "since two years", "do you have interest", "groetjes"); the rest is
German (Hamburg, Bremen, Ruhr) and Belgian French (Liège, Charleroi, Brussels).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles, the names, cities and headlines of spoof-only people and PYMK suggestions, the topics
of other LinkedIn mail, and the pitches and phishes that spoofs carry are swapped for
freight-forwarding ones in this process only (make_corpus.py itself is not changed). Every
note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or
wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev72.py              # writes tests/corpus/dev72
    python scripts/make_corpus_dev72.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260772

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ freight-forwarding world (this process only)
SKILLS = {
    "en": ["Freight Forwarding", "Ocean Freight", "Customs Clearance", "Logistics Management", "Warehouse Operations", "Supply Chain Operations"],
    "de": ["Speditionslogistik", "Seefracht", "Zollabwicklung", "Logistikmanagement", "Lagerlogistik"],
    "fr": ["Commission de transport", "Fret maritime", "Dédouanement", "Gestion logistique", "Entreposage"],
    "es": ["Transitario", "Transporte marítimo", "Despacho de aduanas", "Gestión logística", "Almacenaje"],
    "it": ["Spedizioni internazionali", "Trasporto marittimo", "Sdoganamento", "Gestione logistica", "Magazzino"],
}
RHEADLINE = "Operations Director | Maaskade Forwarding | Rotterdam · Antwerp · Hamburg"
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE

# spoofs and other LinkedIn mail: mostly English wording, some German and French
mc.LANGS[:] = ["en", "de", "en", "fr", "en"]

mc.NAMES["en"] = (["Sanne", "Bas", "Lotte", "Jeroen", "Femke", "Ruben", "Esther", "Thijs", "Nienke", "Maarten", "Eva", "Joost", "Wendy", "Stijn", "Iris", "Koen",
                   "Marieke", "Dennis", "Hanneke", "Sjoerd"],
                  ["de Jong", "Bakker", "Janssen", "Visser", "Smits", "Meijer", "van den Berg", "Dekker", "Vermeulen", "Peeters", "Maes", "Hermans", "Kok",
                   "Postma", "van Wijk", "Goossens", "Huisman", "Wouters"])
mc.NAMES["de"] = (["Hauke", "Birte", "Jens", "Meike", "Ole", "Frauke", "Torben", "Silke", "Malte", "Wiebke", "Lars", "Insa", "Dirk", "Kerstin"],
                  ["Jürgensen", "Hansen", "Petersen", "Brandt", "Schütt", "Lüdemann", "Carstensen", "Wiese", "Claußen", "Ohlsen", "Tiedemann", "Rohde"])
mc.NAMES["fr"] = (["Amandine", "Grégory", "Jérôme", "Aurélie", "Benoît", "Sylvie", "Quentin", "Laetitia", "Michaël", "Delphine", "Renaud", "Céline"],
                  ["Lambert", "Dupont", "Renard", "Leclercq", "Dubois", "Mertens", "Lejeune", "Hubert", "Simon", "Gérard", "Laurent", "Collignon"])
mc.CITY["en"] = ["Rotterdam", "Barendrecht", "Antwerpen", "Breda", "Venlo", "Tilburg"]
mc.CITY["de"] = ["Hamburg", "Bremen", "Bremerhaven", "Duisburg", "Hannover", "Kiel"]
mc.CITY["fr"] = ["Bruxelles", "Liège", "Charleroi", "Namur", "Mons", "Mouscron"]

mc.JOBS[:] = [("Operations Director Benelux", "Nordhaven Logistics"), ("Head of Ocean Freight Import", "Scaldis Shipping NV"),
              ("Niederlassungsleitung Spedition (m/w/d)", "Elbkai Spedition GmbH"), ("Customs Manager", "Waalhaven Customs Services"),
              ("Country Manager Netherlands", "BlueMeridian Freight"), ("Directeur des opérations logistiques", "Meuse Cargo SA")]
mc.COMPANIES["good"] = ["Deltaport Forwarding", "Scaldis Shipping NV", "Elbkai Spedition", "Port community Rotterdam", "Noordzee Cargo", "Waalhaven Customs Services",
                        "Hartman Executive Search", "Meuse Cargo"]
mc.COMPANIES["sales"] = ["CargoLens", "FrachtPilot", "FlexForce Uitzendbureau", "BargeMind", "ShipperLeads", "DockCheck", "ZollCloud", "Rijnmond Warehousing"]
mc.HEADLINES["good"] = ["Operations Manager at {co}", "Customs Team Lead | AEO | {co}", "Head of Ocean Freight at {co}", "Planner Barge & Rail | {co}",
                        "Branch Manager at {co}", "Export Coordinator | {co}"]
mc.HEADLINES["sales"] = ["Account Executive Benelux at {co}", "Business Development Manager | {co}", "Founder & CEO at {co}", "Helping forwarders grow | {co}",
                         "Key Account Manager DACH | {co}"]

for _l, _o in {
    "en": dict(job=("{n} new jobs for \"operations director\"", "Your job alert for operations director in {city}"),
               news=("Will the Red Sea detours be over by summer?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in Freight Forwarding Professionals Benelux", "Here are the top conversations in your group this week"),
               newsletter=("The Box Report: why empties pile up on the Maasvlakte", "New edition of a newsletter you subscribed to")),
    "de": dict(job=("{n} neue Jobs für „Niederlassungsleitung Spedition“", "Ihr Jobalarm für Niederlassungsleitung Spedition in {city}"),
               news=("Wie lange staut es sich noch am Burchardkai?", "Top-Meldungen von LinkedIn News für Sie"),
               group=("Top-Unterhaltungen in Spedition & Hafenlogistik", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
               newsletter=("Hafenbrief: Was ICS2 Release 3 für Spediteure bedeutet", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")),
    "fr": dict(job=("{n} nouvelles offres pour « directeur des opérations »", "Votre alerte emploi pour directeur des opérations à {city}"),
               news=("Le port d'Anvers-Bruges peut-il encore grandir ?", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans Transitaires & Douane Belgique", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("La lettre du transitaire : les surestaries expliquées", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
}.items():
    mc.OTHER[_l]["job"] = (_o["job"][0], _o["job"][1], mc.OTHER[_l]["job"][2])
    for _k in ("news", "group", "newsletter"):
        mc.OTHER[_l][_k] = _o[_k]

# what spoofs carry in a borrowed or invented name: logistics lures (fake B/L, demurrage, customs holds)
SPOOF_NOTES = {
    "en": ["Dear {first}, the original bill of lading for your shipment is attached in our secure portal. Please sign in to release the container before demurrage starts.",
           "Hi {first}, your container is on customs hold at the terminal. Pay the inspection fee via the link below to avoid storage costs.",
           "Hello, updated invoice for your last LCL booking. Log in with your LinkedIn account to view and approve."],
    "de": ["Guten Tag {first}, das Original-Konnossement liegt in unserem Portal bereit. Bitte melden Sie sich an, damit der Container freigegeben wird.",
           "Hallo {first}, Ihre Sendung wurde vom Zoll angehalten. Bitte begleichen Sie die Beschaugebühr über den folgenden Link."],
    "fr": ["Bonjour {first}, le connaissement original de votre expédition est disponible sur notre portail sécurisé. Connectez-vous pour libérer le conteneur.",
           "Bonjour {first}, votre conteneur est bloqué en douane. Réglez les frais d'inspection via le lien ci-dessous pour éviter les frais de stationnement."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
# eight spoofs: take the failure modes in an order that mixes look-alike domains, display names and failed authentication
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.example.org",
                       "display:tradeco-supplies.example", "buried", "lookalike:linkedin.com.secure-notify.example", "nodkim", "wrongpass",
                       "lookalike:linkedin-mail.co", "display:outlook.com", "noauth", "lookalike:xn--linkedn-dza.com", "untrusted:mx.google.com",
                       "lookalike:linkedin.com.evil.example", "dkimfail", "lookalike:linkedinmail.net", "untrusted:mx.example.net.relay-gw.example",
                       "lookalike:e-linkedin.info"]
mc.PHISH_NOTES["en"] = ["Hello, I shared the shipping documents (B/L, packing list) with you through LinkedIn Secure Share. Sign in to view them.",
                        "Dear partner, please confirm the new bank details for our freight invoices through the secure link."]
mc.PHISH_NOTES["de"] = ["Hallo, ich habe Ihnen die Frachtpapiere über LinkedIn Secure Share freigegeben. Bitte melden Sie sich an."]
mc.PHISH_NOTES["fr"] = ["Bonjour, je vous ai partagé les documents d'expédition via LinkedIn Secure Share. Connectez-vous pour les consulter."]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Shipment documents", "Container on hold", "Invoice overdue", "Booking confirmation"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Frachtdokumente", "Sendung angehalten", "Rechnung überfällig"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Documents d'expédition", "Conteneur bloqué", "Facture en retard"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Marloes van Dijk", "Customs & Compliance Lead | chair forwarders' user group, port community system", "Rotterdam",
  ("inv", "Hi Alex, I chair the user group of forwarders on the port community system. We are busy with a position paper on the ICS2 release 3 ENS rejections, "
          "your team had the same issues as us. Would you join the session on 14 March at the WTC? No costs."),
  ("rem",))
P("good_invitation", "de", "Henning Albers", "Leiter Seefracht Export | Elbkai Spedition GmbH", "Hamburg",
  ("inv", "Moin Herr Morgan, wir sitzen beide im DSLV-Arbeitskreis Hinterland, beim letzten Treffen war ich leider krank. Wie plant Ihre Hamburger "
          "Niederlassung die Vollsperrungen der Köhlbrandbrücke? Wir haben dasselbe Problem und ich würde gern Erfahrungen tauschen."))
P("good_invitation", "fr", "Géraldine Wauters", "Responsable formation | Union des transitaires de la province de Liège", "Liège",
  ("inv", "Bonjour Monsieur Morgan, le 12 mai nous donnons une matinée de formation gratuite sur le passage de PLDA à IDMS pour les déclarants. "
          "Les heures comptent pour le recyclage des agents en douane. Vos collègues d'Anvers sont les bienvenus aussi."),
  ("rem",))
P("good_invitation", "en", "Joris Peeters", "Operations Manager | Noordzee Cargo Forwarding NV", "Antwerpen",
  ("inv", "Dag Alex, Pieter from your Antwerp office gave me your name. Three forwarders here now share one weekly barge slot Antwerp-Rotterdam, "
          "cost split per TEU, to get away from the truck queues at the terminals. He thought Maaskade could join us. Shall we call?"))
P("good_invitation", "en", "Femke Brouwer", "Senior Recruiter Supply Chain | Hartman Executive Search", "Utrecht",
  ("inv", "Hello Alex, I am searching a COO for a family-owned cold-chain forwarder in Venlo (180 fte, own fleet, strong growth in pharma). "
          "Your combination of ocean ops and customs fits really well. Strictly confidential of course. Open for a talk this week?"),
  ("rem",))
P("good_invitation", "en", "Thijs Bakker", "PhD researcher port logistics | Erasmus University Rotterdam", "Rotterdam",
  ("inv", "Dear Alex, with TU Delft we research empty-container repositioning in the Rijnmond. For forwarders we do one interview of 45 min, "
          "and all participants receive the results and the simulation model for free. Would Maaskade like to participate?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Ruud Verhagen", "Account Manager | Container Trucking Benelux", "Moerdijk", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sven Matthiesen", "Disponent Containertrucking", "Bremerhaven", ("inv", NONOTE))
P("default_invitation", "fr", "Cédric Lambotte", "Commercial | Entrepôt sous douane", "Charleroi", ("inv", DEFAULT))
P("default_invitation", "en", "Anouk de Graaf", "Student Logistics Management | Hogeschool Rotterdam", "Rotterdam", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bram Schouten", "Business Development | Rijnmond Warehousing & Fulfilment", "Ridderkerk",
  ("inv", "Hi Alex, from April we have 6.000 m2 bonded space free in Ridderkerk, 25 min from Maasvlakte, with customs warehouse licence. "
          "Very sharp price per pallet place. I would like to come by for a coffee and show you our rates."))
P("sales_invitation", "de", "Jana Rieck", "Key Account Managerin | FrachtPilot Frachtenbörse", "Dortmund",
  ("inv", "Hallo Herr Morgan, für Ihre Hamburger Niederlassung wäre unsere Frachtenbörse interessant: über 40.000 geprüfte Transportunternehmen, "
          "Laderaum in Echtzeit. Die ersten drei Monate Mitgliedschaft schenken wir Ihnen. Soll ich einen Testzugang einrichten?"),
  ("rem",))
P("sales_invitation", "en", "Lotte Kramer", "Sales Executive Benelux | CargoLens real-time visibility", "Amsterdam",
  ("inv", "Alex, your customers ask 5x a day where is my container? CargoLens gives predictive ETAs on 98% of ocean lanes, "
          "white-labelled with your own logo in the customer portal. 20 minutes demo next week, Tuesday or Wednesday?"))
P("sales_invitation", "fr", "Olivier Dethier", "Directeur commercial | Dethier Transports & Logistique", "Liège",
  ("inv", "Bonjour Monsieur Morgan, transporteur wallon avec 45 tracteurs, bâchés et plateaux, nous cherchons du volume régulier Anvers - Wallonie - "
          "nord de la France. Je peux vous remettre prix au voyage ou à la semaine. On se téléphone ?"))
P("sales_invitation", "en", "Sharon Dekker", "Intercedent logistics | FlexForce Uitzendbureau", "Barendrecht",
  ("inv", "Hi Alex! Peak season is coming. Need reach truck drivers or order pickers? We have 200+ flex workers with VCA, housing arranged, "
          "fixed hourly tariff and no surprises. Interested to receive our tariff card?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gert-Jan Visser", "Founder | Forwarders Circle Rijnmond", "Dordrecht",
  ("inv", "Hi Alex, I am starting a small circle of operations directors of mid-size forwarders in the Rijnmond. Every 6 weeks a breakfast, "
          "no vendors, just sharing how we each deal with the driver shortage and the terminal congestion. Would be great to have you there."),
  ("msg", "Thanks for accepting Alex! Small practical thing: the circle is facilitated by my consultancy and the membership is EUR 3.450 per year, "
          "which includes two ops scans of your warehouse by our consultants. I would like to plan your intake, is Tuesday or Thursday better for you?", (3, 10)),
  ("msg", "Hello Alex, I still keep a seat for you at the first breakfast but I need the signed membership form before Friday. "
          "Founding members also get 15% on the ops scan. Shall I send the invoice directly to your finance department?", (7, 15)))
P("bait_and_switch_invitation", "de", "Dr. Ulrich Kämmerer", "Logistikberater | Netzwerk Hafenlogistik Nord", "Hamburg",
  ("inv", "Guten Tag Herr Morgan, für eine Veröffentlichung sammle ich Erfahrungen von Speditionen mit der Hinterlandanbindung Hamburg. "
          "Die Auswertung bekommen Sie selbstverständlich. Ich würde mich über die Vernetzung freuen."),
  ("msg", "Vielen Dank für die Vernetzung! Bevor wir zu den Fragen kommen: Wir bieten Speditionen einen Hinterland-Check an, bei dem wir Ihre "
          "Bahn- und Lkw-Ströme ab Hamburg durchrechnen und optimieren. Das Paket kostet 8.900 € zzgl. MwSt. Hätten Sie nächste Woche einen Termin, "
          "damit ich es Ihnen vorstelle?"))
P("bait_and_switch_invitation", "en", "Stijn Van den Broeck", "Host of Supply Chain Talks (podcast) | Antwerp", "Antwerpen",
  ("inv", "Hey Alex, I host Supply Chain Talks, an informal podcast with ops people from the ports of Antwerp and Rotterdam. I'd love to have you "
          "as a guest about running a branch in Hamburg from Rotterdam. Let's connect!"),
  ("msg", "Top that we are connected! About the podcast: our guests join via the partner programme, that is EUR 1.200 per episode including the "
          "social campaign and a video cut. A lot of forwarders use it for employer branding. Can I send you the partner deck?"))
P("bait_and_switch_invitation", "fr", "Nathalie Collignon", "Fondatrice | Club Logistique & Douane Bruxelles", "Bruxelles",
  ("inv", "Bonjour Alex, je réunis une fois par mois des responsables opérations et douane autour d'un afterwork à Bruxelles pour échanger sur "
          "le Brexit, l'ICS2 et le manque de chauffeurs. Entre pairs, en toute simplicité. Vous seriez le bienvenu !"),
  ("msg", "Merci d'avoir accepté ! Je me permets de vous présenter notre activité principale : nous faisons la représentation fiscale et le dédouanement "
          "externalisé pour les transitaires, à partir de 9 € la déclaration. Auriez-vous un moment pour que je vous remette une offre pour votre filiale d'Anvers ?"),
  ("msg", "Bonjour Alex, je reviens vers vous pour notre offre de dédouanement. Il y a une remise de lancement de 20 % jusqu'à la fin du mois. "
          "On fixe un rendez-vous ?", (6, 14)))
P("bait_and_switch_invitation", "en", "Tobias Wendt", "Shipping & logistics | ex-carrier ops | Bremen", "Bremen",
  ("inv", "Hello Alex, I saw you also commented on the post about the Red Sea diversions. I wrote a checklist for forwarders how to explain "
          "transit time changes to shippers, I am glad to send it to you free of charge. Best regards from Bremen"),
  ("msg", "Hello Alex, here is the checklist as promised: https://drive.example/rs-checklist. By the way, I work now as partner for a digital NVOCC. "
          "We can offer you FAK rates Asia - North Europe clearly below market, also LCL. May I send our rate sheet and call you Thursday?", (2, 6)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Hugo van Leeuwen", "Researcher | Port Logistics Insights", "Delft",
  ("inm", "Short study about barge planning", "Dear Alex, for a benchmark on barge reliability in the port of Rotterdam we interview operations directors of "
          "forwarders. It takes 15 minutes and every participant receives the full report. Can I plan a call with you?"),
  ("inm", "Re: Short study about barge planning", "Thank you for your reply Alex. Before the interview I should be transparent: the study is sponsored by our "
          "barge planning software BargeMind. In the call I would like to show you a short demo as well, licences start from EUR 650 per month. "
          "Is next Wednesday 10:00 fine for you?"))
P("bait_and_switch_inmail", "de", "Sabine Hartwig", "Initiatorin Round Table Zoll & Außenhandel", "Düsseldorf",
  ("inm", "Einladung Round Table Zoll", "Sehr geehrter Herr Morgan, am 23. Oktober treffen sich in Düsseldorf zwölf Zollverantwortliche aus Speditionen, "
          "um sich zum neuen ATLAS-Release und zur AEO-Rezertifizierung auszutauschen. Die Teilnahme ist kostenfrei. Hätten Sie Interesse?"),
  ("inm", "Round Table – Ihre Teilnahme", "Sehr geehrter Herr Morgan, schön, dass Sie dabei sind! Ergänzend möchte ich Ihnen unser Zoll-Outsourcing vorstellen: "
          "Wir übernehmen Ihre Ausfuhranmeldungen ab 6,50 € pro Vorgang, auch für die Niederlassung Hamburg. Ich rufe Sie dazu morgen kurz an – passt 11 Uhr?"),
  ("inm", "Angebot Zoll-Outsourcing", "Herr Morgan, anbei wie angekündigt unser Angebot. Bei Unterzeichnung vor dem Round Table erlassen wir die Einrichtungsgebühr."))
P("bait_and_switch_inmail", "fr", "Arnaud Delvaux", "Transitaire | Zeebrugge", "Brugge",
  ("inm", "Question d'un confrère", "Bonjour, je suis aussi transitaire, à Zeebrugge, et je me demandais comment vous gérez les surestaries chez les grandes "
          "compagnies depuis leurs nouveaux tarifs de janvier. Vous contestez systématiquement ? Deux minutes de votre avis m'aideraient beaucoup."),
  ("inm", "Suite à votre réponse", "Merci pour votre réponse, très utile ! En fait je développe aussi, à côté, une solution qui contrôle les factures de "
          "surestaries et récupère en moyenne 8 % des montants. Je vous propose une démo de 20 minutes et un mois d'essai. Mardi vous conviendrait ?", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Wouter Jansen", "Customs declarant | AEO | ex-Maaskade", "Vlaardingen",
  ("end",), ("end",),
  ("msg", "Hoi Alex! Endorsed you for {skill}, you deserved it after that crazy Christmas peak 😄 Could you do the same for me for Customs Compliance "
          "and AGS? I am looking around for a new job and the recruiters really look at it. Thanks man!"))
P("endorse_me_back", "de", "Stefanie Brandl", "Teamleiterin Disposition | Spedition", "Hamburg",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie eben für {skill} bestätigt. Wäre klasse, wenn Sie mir im Gegenzug Disposition und Teamführung bestätigen – "
          "ich bewerbe mich gerade auf eine Niederlassungsleitung. Danke vorab!"))
P("endorse_me_back", "fr", "Kevin Dumont", "Agent en douane | Transitaire", "Mouscron",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill} 👍 si tu pouvais me rendre la pareille pour Réglementation douanière et Incoterms, "
          "ce serait top, ça aide vraiment pour les candidatures. Merci d'avance et à tantôt !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Erik Mulder", "Owner | Mulder Transport & Container Services", "Spijkenisse",
  ("inv", "Alex, we do containers Maasvlakte - Venlo - Duisburg with 30 own trucks, ADR possible. Always room for a new forwarder. Connect?"),
  ("rem",),
  ("inm", "No answer?", "Alex, I sent you an invitation 3 weeks ago and you don't even react. We are a family company, 24/7 driving for forwarders like you, "
          "and this is how you treat people? Very arrogant. I will remember it when you need a truck on Friday afternoon."))
P("hostility_after_decline", "de", "Frank Bähr", "Vertrieb | Bähr Lagerlogistik", "Duisburg",
  ("inv", DEFAULT),
  ("inm", "Ihre Reaktion", "Herr Morgan, ich schicke Ihnen eine ganz normale Kontaktanfrage und Sie klicken auf Ignorieren. Wissen Sie was? Diese Überheblichkeit "
          "kenne ich von den Rotterdamern zur Genüge. Ohne uns im Hinterland wäre Ihr Hafen gar nichts. Schönen Tag noch."))
P("hostility_after_decline", "fr", "Laurent Massart", "Gérant | Massart Logistique", "Charleroi",
  ("inv", "Bonjour, je me permets de vous inviter, nous avons des entrepôts libres près de l'aéroport de Charleroi. Bien à vous."),
  ("rem",),
  ("inm", "Pas de réponse", "Monsieur Morgan, deux invitations sans la moindre réponse. Je trouve cela franchement impoli. Chez nous en Wallonie on a encore "
          "un minimum de savoir-vivre. Je ne vous dérangerai plus."))
P("hostility_after_decline", "en", "Yusuf Demir", "Recruitment Consultant | Logistics & Supply Chain", "Rotterdam",
  ("inv", "Hi Alex, I'm specialised in logistics recruitment and I have some strong planners and customs people available for your ops team. Let's connect."),
  ("inm", "Seriously", "Hi Alex, so you declined my invite, ok. But I see 3 vacancies on your website open for months already. Maybe a bit more humble "
          "would help you fill them. Just saying."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Rick Smeets", "Sales Manager | Smeets Reefer Transport", "Venlo",
  ("msg", "Hi Alex, thanks for connecting. Every day our reefer trucks drive back empty from Venlo to Rotterdam, so I can give you a very sharp "
          "backload price for your pharma imports. When can we meet?"),
  ("msg", "Alex? I sent a message two weeks ago. The price offer is still valid until end of month."),
  ("msg", "Ok I understand. You guys in the big offices on the Maas are too good to answer a small carrier. Funny, when the market is tight again "
          "you all come begging for trucks. Good luck with your 'partners'."))
P("hostility_connection", "de", "Holger Pfister", "Vertriebsleiter | TransLogIQ TMS", "Hannover",
  ("acc",),
  ("msg", "Hallo Herr Morgan, danke fürs Annehmen – schön, dass wir uns auf der transport logistic in München kennengelernt haben. Wie besprochen: "
          "Unser TMS bildet Seefracht, Zoll und Lager in einem System ab. Ich schicke Ihnen gern ein Angebot für Ihre drei Standorte. Passt Ihnen Dienstag?"),
  ("msg", "Herr Morgan, Sie haben MICH auf der Messe angesprochen und eingeladen, und jetzt kommt nicht mal ein 'kein Interesse'? Das ist schlechter Stil. "
          "So geht man unter Geschäftsleuten nicht miteinander um.", (12, 25)))
P("hostility_connection", "fr", "Sébastien Lejeune", "Conseiller | Assurances transport & marchandises", "Bruxelles",
  ("msg", "Bonjour Alex, en tant que transitaire, votre RC et votre police marchandises sont-elles à jour avec les limites CMR actuelles ? "
          "Je vous propose un audit gratuit de vos polices et une offre comparative, sans engagement."),
  ("msg", "Je vois que vous avez lu mon message sans répondre. Franchement, ce mépris… c'est ça, le professionnalisme chez les transitaires ? Lamentable."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Daan Koster", "Account Manager NL | Bluewater Container Line", "Rotterdam",
  ("msg", "Morning Alex, Bluewater opens a new direct service Rotterdam - Lagos from June, 14 days transit. For a 50 FEU commitment I can give you "
          "introduction rates. Shall I send you the tariff?"),
  ("msg", "Hi Alex, small update: on this loop we now also take NOR reefers. I can come by your office with the tariff, and a cake 🙂"),
  ("msg", "Alex, last chance for the introduction rate, the quarter closes Friday. Can I book a meeting in your agenda?"))
P("connection_only_pitches", "de", "Melanie Vogel", "Business Development | SeaPort Lagerlogistik GmbH", "Hamburg",
  ("msg", "Hallo Alex, in Waltershof haben wir wieder freie Flächen im Zolllager, rund 2.500 Stellplätze. Falls Ihre Hamburger Niederlassung Kapazität braucht, "
          "mache ich Ihnen gern ein Angebot."),
  ("msg", "Hallo Alex, kurze Erinnerung an mein Angebot: Bei Abschluss bis Monatsende gibt es 10 % Nachlass auf die Einlagerung. Telefonieren wir?"))
P("connection_only_pitches", "en", "Nina Bosman", "Partner Manager | FreightAudit Pro", "Eindhoven",
  ("msg", "Hey Alex, did you know forwarders overpay on average 4-6% on carrier invoices? Our AI checks every invoice line against your contract rates. "
          "No cure no pay. Worth a look?"),
  ("msg", "Alex, a case for you: a forwarder in Breda recovered €180k in six months with us. Do you have 20 min for an intro call next week?"))
P("connection_only_pitches", "fr", "Jean-Marc Hubert", "Responsable commercial | Navette ferroviaire Anvers - Liège", "Liège",
  ("msg", "Bonjour Alex, nous lançons une navette ferroviaire Anvers - Liège Trilogiport trois fois par semaine, tarif très compétitif au conteneur. "
          "Je vous envoie notre grille ?"),
  ("msg", "Bonjour, je me permets de relancer : il nous reste des slots garantis pour septembre. Un petit rendez-vous à Anvers ?"),
  ("msg", "Alex, dernière relance, promis : je suis au port d'Anvers jeudi, je peux passer vous présenter l'offre en vingt minutes."))


# =============================================================== single_pitch
P("single_pitch", "en", "Joost van der Linden", "Director | DockCheck Yard Management", "Breda",
  ("msg", "Hi Alex, hope you are fine. We just launched a yard management module for cross-docks, it brings truck waiting time down with 30%. "
          "Would you be open for a demo at your Ridderkerk location?"))
P("single_pitch", "de", "Patrick Stein", "Senior Consultant | Zoll & Exportkontrolle", "Bremen",
  ("msg", "Hallo Alex, mit Blick auf das neue Russland-Sanktionspaket: Wir bieten Speditionen den Sanktionslisten-Check als Managed Service an, "
          "Festpreis pro Monat. Hätten Sie nächste Woche 20 Minuten, damit ich Ihnen das vorstelle?"))
P("single_pitch", "en", "Hans Claessens", "Sales | E-truck leasing Benelux", "Mechelen",
  ("msg", "Hi Alex, long time! I switched to the sales side and represent now an electric truck leasing company. Your Antwerp - Rotterdam shuttle "
          "is ideal for e-trucks, also with the Eurovignette savings. Shall I make you a calculation?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Ingrid Smit", "Manager Operations | Deltaport Forwarding", "Rotterdam",
  ("msg", "Alex, FYI: the Delta terminal announced this morning they close gate-in for the Asia services on Saturday because of the strike. "
          "We reroute to Euromax where we can. Thought your planners want to know. Groetjes, Ingrid"),
  ("msg", "And the update from yesterday's meeting with the terminals: gate windows will be extended during the night next week. "
          "I put the minutes in the shared folder of the user group, you still have access I think.", (1, 5)))
P("connection_brings_value", "de", "Jens Petersen", "Leiter Zoll | Nordsee Spedition", "Hamburg",
  ("end",),
  ("msg", "Moin Alex, das Hauptzollamt bietet am 6. Juni eine kostenlose Infoveranstaltung zu ATLAS-Ausfuhr an, sehr praxisnah. In unserer Gruppe sind noch "
          "zwei Plätze frei. Soll ich Ihren Teamleiter Zoll in Hamburg mit anmelden?"))
P("connection_brings_value", "fr", "Véronique Dupuis", "Customs Manager | Transitaire, Anvers", "Antwerpen",
  ("msg", "Bonjour Alex, je vous transmets la circulaire de l'administration des douanes sur la nouvelle procédure de transit, avec nos annotations. "
          "Ça devrait aider votre équipe d'Anvers pour la mise en route. Belle journée !"))
P("connection_brings_value", "en", "Bart Willems", "Head of Cargo Operations | Antwerp port community", "Antwerpen",
  ("msg", "Hi Alex, the port authority opens the pilot of the new truck appointment system for 10 forwarders, free of charge. I put your name forward, "
          "hope that's OK. You only need to send your EORI and two contact persons before 30/9."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Christian Behrens", "Partner | Behrens & Lüdtke Executive Search – Logistics", "Hamburg",
  ("inm", "Geschäftsführung Operations (m/w/d) – Seefracht Hamburg", "Guten Tag Herr Morgan, im Auftrag einer inhabergeführten Hamburger Spedition "
          "(rund 400 Mitarbeitende, Schwerpunkt Seefracht Asien) suche ich eine Geschäftsführung Operations. Ihr Werdegang mit drei Standorten in drei Ländern "
          "passt auffallend gut. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "Eline Verbruggen", "Talent Acquisition | Scaldis Shipping NV", "Antwerpen",
  ("inm", "Head of Ocean Operations – Antwerp", "Hi Alex, I'm the internal recruiter at Scaldis Shipping. We are creating a new role, Head of Ocean Operations, "
          "reporting to our COO, with 60 people across Antwerp and Zeebrugge. Your profile came up in a conversation with our CEO. "
          "Would you be open to a first confidential talk? The job description is attached."))
P("stranger_inmail_recruiter", "en", "Mark Kuipers", "Recruiter Supply Chain | Rijnmond Search", "Rotterdam",
  ("inm", "Interim Operations Director – 9 months", "Good afternoon Alex, for a 3PL in the Botlek I am looking for an interim operations director for nine months, "
          "during the go-live of their new WMS. 4 days a week, start in January. I understand you are probably not available, "
          "but eventually you know someone in your network? Thanks in advance."))
P("stranger_inmail_recruiter", "fr", "Aurore Lefebvre", "Consultante recrutement | Mathy & Associés", "Bruxelles",
  ("inm", "Directeur logistique – groupe agroalimentaire", "Bonjour Monsieur Morgan, je recrute pour un groupe agroalimentaire belge un directeur logistique "
          "(trois sites, 250 personnes, export vers 40 pays). Votre parcours en transit et en douane correspond très bien au profil. "
          "Seriez-vous ouvert à un premier échange confidentiel ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Roel Timmermans", "Sales Director | PortSync EDI", "Utrecht",
  ("inm", "Your EDI with the carriers", "Hi Alex, are your bookings and VGMs with the carriers still going via separate portals? PortSync connects to 35 carriers "
          "with one API, go-live within 6 weeks. I would like to plan a short demo with you and your IT manager."))
P("stranger_inmail_sales", "de", "Nicole Kessler", "Account Executive | ZollCloud", "Köln",
  ("inm", "Zollanmeldungen automatisieren", "Hallo Herr Morgan, Ihre Hamburger Niederlassung macht Ausfuhranmeldungen noch manuell? ZollCloud erstellt sie "
          "direkt aus der Handelsrechnung, inklusive Tarifierung per KI. Ich zeige Ihnen das gern in 15 Minuten."),
  ("inm", "Kurze Nachfrage", "Hallo Herr Morgan, ich hake noch einmal nach wegen ZollCloud. Diesen Monat gibt es die Einrichtung kostenlos. Wann passt es Ihnen?"))
P("stranger_inmail_sales", "en", "Thomas Wijnands", "Founder | ShipperLeads – we fill your sales pipeline", "Amsterdam",
  ("inm", "10 new shippers per month?", "Alex, what if your sales team had 10 qualified meetings with importers every month? We build the lists, write the "
          "sequences and book the meetings for forwarders. Pay per meeting. Worth 15 minutes?"))
P("stranger_inmail_sales", "fr", "Frédéric Gilson", "Conseiller | Location de chariots élévateurs", "Liège",
  ("inm", "Vos chariots élévateurs à Anvers", "Bonjour Monsieur Morgan, votre flotte de chariots à Anvers arrive peut-être en fin de contrat ? "
          "Nous proposons la location full service, entretien compris, avec des modèles électriques à partir de 390 € par mois."),
  ("inm", "Suite de mon message", "Bonjour, je me permets de revenir vers vous : une visite de votre entrepôt pour un devis sur mesure, cela vous dirait ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Maarten de Boer", "Head of Customs | Havenstad Forwarding", "Rotterdam",
  ("inv", "Hi Alex, we both got hit by the AGS to DMS migration at Dutch customs. I made a list of the 14 issues we found in the test environment, "
          "I can share it with your customs team. Connect?"),
  ("msg", "As promised the list, plus the contact at customs Rotterdam Rijnmond who actually picks up the phone :)"),
  ("msg", "Hi Alex, news from my side: next to my job I started my own customs consultancy. I can do the complete DMS migration for your team "
          "for a fixed fee of EUR 12.500. Shall we discuss it over lunch?", (20, 45)))
P("good_turns_ugly", "de", "Katja Lindemann", "Teamleiterin Seefracht Import | Hamburg", "Hamburg",
  ("inv", "Hallo Alex, mit zwei Kolleginnen organisiere ich einen kostenlosen Stammtisch für Disponentinnen und Disponenten im Hamburger Hafen, "
          "einmal im Monat. Ihre Leute aus der Niederlassung sind herzlich willkommen."),
  ("msg", "Danke fürs Annehmen! Nächster Termin ist der 12. März ab 18 Uhr in Altona, Anmeldung einfach per Nachricht an mich."),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Könnten Sie mich auch für Seefracht und Importabwicklung bestätigen? Das würde mir "
          "bei meiner Bewerbung gerade sehr helfen."))
P("good_turns_ugly", "fr", "Thierry Jacquemin", "Formateur en douane indépendant", "Namur",
  ("inv", "Bonjour Monsieur Morgan, je donne mardi prochain une formation en ligne gratuite sur les règles d'origine préférentielle pour les déclarants. "
          "Si votre équipe d'Anvers est intéressée, je vous envoie le lien."),
  ("msg", "Voici le lien vers l'enregistrement et les slides de la session, à diffuser librement dans votre équipe."),
  ("msg", "Bonjour Alex, suite à la formation, je vous propose un accompagnement de votre service douane : quatre jours d'audit origine, 3 800 € HTVA. "
          "Je peux passer à Anvers la semaine prochaine pour en parler ?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Lars Hofman", "Account Manager | Maasvlakte Empty Depot Services", "Rotterdam",
  ("inm", "Empty depot capacity", "Hi Alex, we have free depot capacity on the Maasvlakte for your empties, EUR 2,50 per TEU per day, first week free. "
          "Do you have interest? I can send you the contract today."),
  ("inv", "Hi Alex, nice to meet you at the new year's reception of the port! Let's stay in touch."))
P("reinvite_known_bad", "de", "Oliver Wendland", "Vertrieb | Frachtenbörse", "Dortmund",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir waren beide auf der DSLV-Tagung in Berlin, hat mich gefreut. Lassen Sie uns in Kontakt bleiben."))
P("reinvite_known_bad", "fr", "Grégory Piron", "Commercial | Transports Piron", "Mons",
  ("inv", "Bonjour, transports réguliers Anvers - Mons - Lille avec semi-remorques, je peux vous faire un prix très intéressant. Cordialement."),
  ("inv", "Bonjour Alex, j'ai lu votre post sur les grèves au port, très juste. Au plaisir d'échanger."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Robin van Dam", "Growth consultant | Logistics Sales Accelerator", "Haarlem",
  ("inm", "Question about your Hamburg branch", "Hi Alex, I am writing an article about Dutch forwarders who expand into Germany and what they learn on the way. "
          "Could I ask you three short questions? It would be a big help."),
  ("inm", "Re: Question about your Hamburg branch", "Thanks Alex! To be honest, the reason I ask: we run outbound campaigns for forwarders entering the German market. "
          "A 3 month pilot is EUR 4.900. Shall we plan a call to see if it fits Hamburg?"),
  ("inv", "Hi Alex, new year, new chances! Would love to connect and follow your posts."))
P("reinvite_known_ugly", "de", "Marco Lüders", "Inhaber | Lüders Containerservice", "Hamburg",
  ("inv", "Hallo, wir fahren Container ab Hamburg ins Hinterland, günstig und zuverlässig. Vernetzen?"),
  ("inm", "Keine Antwort", "Sie ignorieren meine Anfrage einfach? Typisch Großspedition, ihr haltet euch für was Besseres. Dann eben nicht."),
  ("inv", "Hallo Herr Morgan, neuer Anlauf. Vielleicht passt es ja jetzt."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Sophie Verhoeven", "Key Account Manager | Rhine Barge Connect", "Nijmegen",
  ("acc",),
  ("msg", "Thanks for the invite Alex, nice to meet you at the Intermodal fair. As we discussed at the stand: our barge service Rotterdam - Nijmegen - "
          "Duisburg has space from Q2. Can I send you an offer for your weekly volume?"))
P("user_invited_pitch_once", "de", "Florian Kranz", "Vertrieb | Hafen-Trucking Hamburg", "Hamburg",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wir übernehmen gern Ihre Containerabholungen am CTA und Burchardkai, auch kurzfristig. "
          "Darf ich Ihnen unsere Preisliste schicken?"))
P("user_invited_pitch_once", "fr", "Isabelle Maréchal", "Responsable commerciale | Logiciel de déclaration en douane", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Comme évoqué au salon, notre logiciel gère les déclarations belges et néerlandaises dans une seule interface. "
          "Je vous propose une démonstration pour votre équipe d'Anvers."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Niels Groen", "Business Development Manager | TrackWave Supply Chain Visibility", "Amsterdam",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting after the panel! As promised: TrackWave tracks every container of your customers in one dashboard, milestones "
          "straight from the carriers and terminals. Price per tracked shipment. Can we plan a demo?"),
  ("msg", "Hi Alex, following up on the demo. We have a pilot offer this quarter, 3 months for half price. Shall I send the proposal to you or to your IT?"))
P("user_invited_pitch_twice", "de", "Tanja Ruge", "Vertrieb | LagerSoft WMS", "Bremen",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Sie hatten erwähnt, dass Ihr Lager in Hamburg noch mit Excel-Listen arbeitet. Unser WMS ist in vier Wochen "
          "eingeführt. Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Hallo Alex, ich wollte noch einmal nachfragen, ob das Angebot angekommen ist. Bei Auftrag bis Ende Juni ist die Schulung inklusive."))
P("user_invited_pitch_twice", "en", "Koen Vermeersch", "Sales | Scheldt Container Repair & Cleaning", "Antwerpen",
  ("acc",),
  ("msg", "Hey Alex, thanks for adding me. We do container repair and cleaning on the left bank in Antwerp, also reefer PTI. Can I make you an offer?"),
  ("msg", "Alex, still interested? For new customers the first 20 cleanings at half tariff. Let me know!"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Annemiek Vos", "Port Community Manager | Rotterdam", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for connecting Alex! As promised after the panel, here is the link to the free webinar series on the new container release process, "
          "starting 3 October. It counts for the education points of the forwarders' association. Your planners are welcome too."))
P("user_invited_value", "de", "Dr. Birte Hansen", "Referentin Seehafenpolitik | Verband", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan. Wie versprochen unser Positionspapier zur Hinterlandanbindung Hamburg, die Zahlen zu den Wartezeiten "
          "am Terminal dürfen Sie gern intern verwenden. Für Rückfragen bin ich jederzeit erreichbar."))
P("user_invited_value", "fr", "Pascale Hennaut", "Maître-assistante en logistique | Haute École, Liège", "Liège",
  ("acc",),
  ("msg", "Merci d'avoir accepté ! Comme promis, voici la liste de nos étudiants de dernière année en logistique qui cherchent un stage de quinze semaines "
          "à Anvers ou à Rotterdam. Ils sont encadrés par l'école, sans frais pour l'entreprise."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Wim Kuijpers", "Terminal Manager | Rotterdam", "Rotterdam", ("acc",))
P("acceptance_only", "de", "Anke Thomsen", "Head of Sales | Reederei", "Hamburg", ("acc",))
P("lone_endorsement", "en", "Lieke Prins", "Export planner | forwarding", "Rotterdam", ("end",))
P("lone_endorsement", "fr", "Damien Collard", "Déclarant en douane", "Namur", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Marloes van Dijk", "m.vandijk@pcs-usergroup.example", "Agenda ICS2 session 14 March",
     "Hi Alex,\n\nI also sent you a LinkedIn invitation, but here is the agenda already. We start 9:30 at the WTC, lunch included.\n\nGreetings,\nMarloes", "en"),
    ("Jana Peters", "j.peters@maaskade-forwarding.example", "Kontaktanfrage auf LinkedIn – kennst du die?",
     "Hallo Alex,\n\nein Herr Bähr aus Duisburg hat mir auf LinkedIn geschrieben, er hätte dich auch angefragt. Kennst du die Firma? Nur damit wir nicht doppelt verhandeln.\n\nGruß aus Waltershof\nJana", "de"),
    ("HR Maaskade", "hr@maaskade-forwarding.example", "Vacature Teamleider Douane – graag delen op LinkedIn",
     "Hoi allemaal,\n\nwe zoeken een teamleider douane voor Rotterdam. Willen jullie de vacature delen via LinkedIn? De link staat op intranet.\n\nGroet,\nHR", "nl"),
    ("Forwarders Association", "members@forwarders-assoc.example", "Members' meeting 21 November – follow us on LinkedIn",
     "Dear member,\n\nthe agenda of the members' meeting is online. Follow our LinkedIn page for the live updates on the ICS2 and ETS sessions.", "en"),
    ("FrachtPilot", "noreply@frachtpilot.example", "Ihre Testphase endet in 3 Tagen",
     "Hallo Alex Morgan,\n\nIhre Testphase endet bald. Teilen Sie Ihre Erfahrung auf LinkedIn und erhalten Sie einen weiteren Monat gratis.", "de"),
    ("transport logistic", "tickets@messe.example", "Your visitor ticket – transport logistic Munich",
     "Dear visitor,\n\nattached is your e-ticket. Share that you're coming on LinkedIn with #tl2025 and meet the exhibitors.", "en"),
    ("Olivier Dethier", "o.dethier@dethier-transports.example", "Offre transport Anvers – Wallonie",
     "Bonjour Monsieur Morgan,\n\nsuite à mon invitation LinkedIn restée sans réponse, je vous envoie notre grille tarifaire par e-mail.\n\nBien à vous\nOlivier Dethier", "fr"),
    ("IT Servicedesk", "servicedesk@maaskade-forwarding.example", "Warning: fake LinkedIn messages with bill of lading attachments",
     "Dear colleagues,\n\nwe see phishing mails that look like LinkedIn messages and carry a fake B/L or invoice. Don't open the attachments and never log in through those links. Forward them to security.", "en"),
    ("Pieter Claes", "p.claes@maaskade-forwarding.example", "Joris Peeters / barge slot",
     "Hi Alex,\n\nJoris from Noordzee Cargo will contact you on LinkedIn about the shared barge slot. Good guy, worth a call.\n\nPieter", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _story in PEOPLE:
    for _step in _story[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_story[2], len(_step[1]))

HEADER = [f"# mailbot seventy-second development corpus (dev72). Generated by scripts/make_corpus_dev72.py (seed {SEED}); do not edit by hand.",
          "# Alex as operations director of a Rotterdam freight forwarder with branches in Antwerp and Hamburg: shipping lines, customs brokers, "
          "warehouse and trucking subcontractors, freight-software vendors, port community peers, recruiters. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev72", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER)
