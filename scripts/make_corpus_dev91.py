#!/usr/bin/env python3
"""Write mailbot's ninety-first, independent development corpus: tests/corpus/dev91/*.eml + expected.toml.

The angle: the user Alex is co-founder and CEO of Quaybird, a logistics-software startup in
Hamburg (shipment visibility and digital dispatch for mid-sized freight forwarders). Their
LinkedIn world: VCs and business angels (real interest, and "investor matching" that costs a
fee), accelerators (free office hours against paid cohorts), SaaS, cloud and FinOps vendors,
freelance developers and nearshore shops selling days, recruiting agencies selling placements
next to headhunters with a real mandate, customers (freight forwarders who ask for a demo or a
pilot are buyers, and their notes are good), other founders swapping notes, journalists and
podcast hosts (some of whom then sell a "feature package"), and startup-event organisers selling
booths. The German is Hamburg startup du-culture full of English ("lass uns kurz syncen",
"Pitch Deck", "Learnings"), next to formal Sie from consultants and journalists; the English is
international; a few French, Spanish and Italian customers and sellers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, job-alert titles and some other-mail subjects,
the headlines of spoof-only names and PYMK suggestions, the subjects and pitches that spoofs carry,
and the order of the spoof methods are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev91.py              # writes tests/corpus/dev91
    python scripts/make_corpus_dev91.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260991

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ startup world (this process only)
SKILLS = {
    "en": ["Logistics", "SaaS", "Start-ups", "Supply Chain Management", "Product Management", "Fundraising"],
    "de": ["Logistik", "SaaS", "Start-ups", "Supply Chain Management", "Produktmanagement", "Unternehmensgründung"],
    "fr": ["Logistique", "SaaS", "Start-up", "Gestion de la chaîne logistique", "Gestion de produit"],
    "es": ["Logística", "SaaS", "Startups", "Gestión de la cadena de suministro", "Gestión de producto"],
    "it": ["Logistica", "SaaS", "Startup", "Supply Chain Management", "Product management"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Founding Engineer (m/w/d)", "Lademeister GmbH"), ("VP Engineering", "Portlane"), ("Head of Sales – Logistics SaaS", "Cargoplan"),
              ("Product Manager Transport Management", "Kranwerk Digital"), ("Chief Operating Officer", "Frachtraum GmbH")]
mc.COMPANIES["good"] = ["Spedition Hagemann", "Nordsee Freight", "Elbkap Ventures", "Hafencity Startup Hub", "Palettenfuchs", "Tendrly",
                        "Kühlkette.io", "Frachtraum GmbH"]
mc.COMPANIES["sales"] = ["Stratocore", "Nordcode", "PipelinePro", "Orbitra CRM", "ScaleLeads", "DevBridge Nearshore", "Sendwell", "Pitchcraft"]
mc.HEADLINES["good"] = ["Head of Operations at {co}", "Founder & CEO | {co}", "Partner at {co}", "Leiterin Disposition | {co}",
                        "Program Manager, {co}", "Backend Engineer at {co}"]
mc.HEADLINES["sales"] = ["Account Executive DACH | {co}", "Founder @ {co} | Outbound for SaaS", "Partnerships Manager at {co}",
                         "Helping startups scale engineering | {co}", "Growth Lead | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I uploaded the signed term sheet for Quaybird to LinkedIn Secure Docs. Sign in within 48 hours to countersign.",
           "Hey {first}, we fund logistics founders in 72 hours, no dilution. Confirm your eligibility via the link below."],
    "de": ["Hallo {first}, ich habe dir das unterschriebene Term Sheet über LinkedIn Secure Docs freigegeben. Bitte innerhalb von 48 Stunden anmelden.",
           "Hi {first}, Startup-Kredit bis 250.000 € ohne Schufa, Zusage in 24 Stunden. Jetzt Berechtigung prüfen."],
    "fr": ["Bonjour {first}, je vous ai partagé la lettre d'intention signée via LinkedIn Secure Docs. Connectez-vous pour la consulter.",
           "Bonjour {first}, financement express pour start-ups logistiques, sans dilution. Vérifiez votre éligibilité ici."],
    "es": ["Hola {first}, te he compartido la carta de intención firmada en LinkedIn Secure Docs. Inicia sesión para revisarla.",
           "Hola {first}, financiación para startups en 72 horas y sin dilución. Comprueba si cumples los requisitos."],
    "it": ["Ciao {first}, ti ho condiviso la lettera d'intenti firmata su LinkedIn Secure Docs. Accedi per leggerla.",
           "Ciao {first}, finanziamo startup della logistica in 72 ore, senza diluizione. Verifica qui i requisiti."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
SPOOF_SUBJECTS = {"en": ["Term sheet ready", "Funding in 72h", "Re: Quaybird"], "de": ["Term Sheet liegt bereit", "Finanzierung in 24 Stunden", "Re: Quaybird"],
                  "fr": ["Lettre d'intention", "Financement express"], "es": ["Carta de intención", "Financiación en 72 h"],
                  "it": ["Lettera d'intenti", "Finanziamento in 72 ore"]}
for _l, _n in SPOOF_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = list(_n)
# the spoof methods, in an order that gives this small corpus a spread of them
mc.SPOOF_METHODS[:] = ["dkimfail", "lookalike:linkedln.com", "display:gmail.com", "untrusted:mx.google.com", "lookalike:xn--lnkedin-rfb.com",
                       "buried", "display:outlook.com", "nodkim", "wrongpass", "lookalike:linkedin.com.secure-notify.example"]
# job alerts and a few digests in the founder's world
OTHER_WORLD = {
    "en": dict(job=("{n} new jobs for \"founding engineer\"", "Your job alert for founding engineer in {city}", "View job"),
               news=("Are freight marketplaces running out of runway?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in Logistics Tech Founders", "Here are the top conversations in your group this week"),
               newsletter=("Freight Tech Weekly: why forwarders still love email", "New edition of a newsletter you subscribed to")),
    "de": dict(job=("{n} neue Jobs für „Founding Engineer“", "Ihr Jobalarm für Founding Engineer in {city}", "Job anzeigen"),
               news=("Gehen den Frachtbörsen die Investoren aus?", "Top-Meldungen von LinkedIn News für Sie"),
               group=("Top-Unterhaltungen in Logistik-Startups Deutschland", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
               newsletter=("Logistik digital: Warum Speditionen an der E-Mail hängen", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")),
    "fr": dict(job=("{n} nouvelles offres pour « ingénieur backend »", "Votre alerte emploi pour ingénieur backend à {city}", "Voir l'offre"),
               news=("Les places de marché du fret à court de financements ?", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans Startups Logistique", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("La lettre du fret : pourquoi les commissionnaires aiment encore l'e-mail", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
    "es": dict(job=("{n} empleos nuevos de «ingeniero backend»", "Tu alerta de empleo de ingeniero backend en {city}", "Ver empleo"),
               news=("¿Se quedan sin financiación los marketplaces de carga?", "Noticias destacadas de LinkedIn Noticias"),
               group=("Conversaciones destacadas en Startups de Logística", "Estas son las conversaciones más destacadas de tu grupo"),
               newsletter=("Carga digital: por qué los transitarios siguen con el email", "Nueva edición de un boletín al que estás suscrito")),
    "it": dict(job=("{n} nuove offerte per «backend engineer»", "Il tuo avviso di lavoro per backend engineer a {city}", "Visualizza offerta"),
               news=("Ai marketplace del trasporto merci stanno finendo i fondi?", "Le notizie principali di LinkedIn Notizie"),
               group=("Conversazioni principali in Startup della Logistica", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
               newsletter=("Logistica digitale: perché gli spedizionieri amano ancora l'email", "Nuova edizione di una newsletter a cui sei iscritto")),
}
for _l, _o in OTHER_WORLD.items():
    mc.OTHER[_l].update(_o)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era per person: "2016" only where the notes carry nothing of the 2020s
ERAS: dict[str, str] = {}


def era(name: str, e: str) -> None:
    ERAS[name] = e


# =============================================================== good_invitation
P("good_invitation", "de", "Jana Roloff", "Head of Operations | Spedition Roloff & Söhne", "Bremen",
  ("inv", "Moin Alex, wir sind eine Spedition mit 60 LKW und ertrinken in Excel-Dispo. Ein Kollege vom BVL-Stammtisch hat Quaybird erwähnt. "
          "Hättet ihr nächste Woche Zeit für eine Demo bei uns? Ich würde unseren Dispoleiter mitbringen."),
  ("rem",))
P("good_invitation", "en", "Tomasz Wierzbicki", "Partner at Elbkap Ventures | Seed & Series A, logistics + mobility", "Hamburg",
  ("inv", "Hi Alex, I lead the logistics practice at Elbkap. Your ETA-prediction talk at the Hamburg Logistics Summit was the sharpest of the day. "
          "No ask right now, I'd just like to follow what you're building and be a sparring partner long before any round."))
P("good_invitation", "de", "Merle Johannsen", "Programm-Managerin | Hafencity Startup Hub", "Hamburg",
  ("inv", "Hey Alex! Am 14. ist bei uns im Hub wieder Founder-Breakfast, diesmal zu ESOP/VSOP nach der neuen Gesetzeslage. Kostet nix, max. 25 Leute, "
          "keine Pitches. Hast du Lust? Dann setz ich dich auf die Liste 🙂"),
  ("rem",))
P("good_invitation", "en", "Priyanka Raghavan", "Founder & CEO at Tendrly (tender management for shippers) | ex-Flexport", "Berlin",
  ("inv", "Fellow logistics SaaS founder here. How did you get TMS integrations done with forwarders still on AS/400? We're about to go down "
          "that road and I'd love to swap notes. Can share what we learned about enterprise procurement in return."))
P("good_invitation", "de", "Dr. Henrik Paulsen", "Redakteur Logistik & Digitales | Hafen & Verkehr Magazin", "Hamburg",
  ("inv", "Guten Tag Herr Morgan, ich arbeite an einem Stück über Software in der Disposition mittelständischer Speditionen. Hätten Sie diese Woche "
          "20 Minuten für ein Gespräch? Gern auch als Hintergrund ohne Zitat."),
  ("rem",))
P("good_invitation", "fr", "Bastien Leroux", "Directeur supply chain | Transports Leroux", "Lyon",
  ("inv", "Bonjour Alex, nous cherchons un outil de suivi des expéditions pour nos quatre agences et un confrère de Hambourg m'a parlé de Quaybird. "
          "Seriez-vous disponible pour une démo en visio ? En anglais, ça me va très bien."))
P("good_invitation", "de", "Sören Hinz", "Partner | Nordlicht Accelerator", "Kiel",
  ("inv", "Moin Alex, im März machen wir offene Office Hours für Logistik-Startups: 30 Min 1:1 mit Mentor:innen aus der Branche, umsonst und ohne "
          "Equity-Deal dahinter. Wär das was für euch? Die Slots vergeb ich diese Woche."),
  ("rem",), nl="de")
era("Jana Roloff", "cur"); era("Tomasz Wierzbicki", "cur"); era("Merle Johannsen", "cur"); era("Priyanka Raghavan", "cur")
era("Dr. Henrik Paulsen", "2016"); era("Bastien Leroux", "2016"); era("Sören Hinz", "cur")


# =============================================================== default_invitation
P("default_invitation", "de", "Kevin Brandt", "Sales | IT-Dienstleistungen | Nearshoring", "Hannover", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Yvonne Kaltenbach", "Recruiterin | Tech & Digital", "Berlin", ("inv", NONOTE), ("rem",))
P("default_invitation", "it", "Federico Galli", "Business Developer | Software house", "Bergamo", ("inv", DEFAULT))
era("Kevin Brandt", "2016"); era("Yvonne Kaltenbach", "cur"); era("Federico Galli", "2016")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ravi Menon", "Cloud Partner Manager | Stratocore (AWS Advanced Partner)", "Munich",
  ("inv", "Hi Alex, Quaybird seems to run on AWS in Frankfurt. Most Series A teams we audit overspend 30-40% on EC2 and RDS. Our FinOps review is a "
          "fixed €3.5k and usually pays for itself in month one. 20 minutes next week?"))
P("sales_invitation", "de", "Jan-Ole Petersen", "Gründer | Nordcode – wir bauen dein MVP in 8 Wochen", "Kiel",
  ("inv", "Moin Alex 👋 wir sind ein 12er Dev-Team aus Kiel und übernehmen Feature-Entwicklung für SaaS-Startups (React, Node, Go). Ab Februar "
          "haben wir Kapazität frei. Sollen wir kurz syncen, ob wir euch beim Backlog entlasten können?"))
P("sales_invitation", "de", "Larissa Bock", "Senior Talent Consultant | TechHunters Personalberatung", "Düsseldorf",
  ("inv", "Hallo Alex, ihr sucht gerade Backend-Devs, oder? Wir haben einen Pool vorqualifizierter Senior-Engineers und arbeiten rein erfolgsbasiert "
          "(22 % vom Jahresgehalt). Darf ich dir drei anonymisierte Profile schicken?"),
  ("rem",))
P("sales_invitation", "en", "Gina Castellano", "Partnerships | Global Logistics Innovation Summit", "Rotterdam",
  ("inv", "Hi Alex! We've got 4 startup booth packages left for the Summit in June: from €2,900 incl. 2 passes and a 3-min pitch slot on the side "
          "stage, in front of 3,000 logistics buyers. Shall I send the sponsor deck?"))
P("sales_invitation", "de", "Dennis Vogler", "Freelance Fullstack Developer | Vue, Laravel | ab sofort verfügbar", "Hamburg",
  ("inv", "Hi Alex, ich bin freiberuflicher Fullstack-Dev und ab nächstem Monat wieder frei. Tagessatz 720 €, remote oder vor Ort in HH. "
          "Wenn ihr Unterstützung braucht, schick ich dir gern mein Profil, kurzer Call?"),
  ("rem",))
era("Ravi Menon", "cur"); era("Jan-Ole Petersen", "2016"); era("Larissa Bock", "2016"); era("Gina Castellano", "cur"); era("Dennis Vogler", "cur")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Fabian Köster", "Community Lead | Hamburg SaaS Founders Circle", "Hamburg",
  ("inv", "Hey Alex, wir sind ein kleiner Kreis von B2B-SaaS-Gründer:innen in HH und treffen uns einmal im Monat zum ehrlichen Austausch "
          "(Churn, Hiring, Fundraising), ohne Vendor-Gelaber. Hätte dich gern dabei!"),
  ("msg", "Hi Alex, schön dass du dabei bist! Kleiner Disclaimer vorab: hauptberuflich bin ich Partner bei einer Outbound-Agentur. Wir bauen SaaS-Startups "
          "die komplette Pipeline (Cold Mail + LinkedIn) ab 3.200 €/Monat. Lass uns gern mal kurz syncen, ich hätte da ein paar Ideen für Quaybird.", (4, 12)),
  ("msg", "Alex, hast du meine Nachricht gesehen? Für Q1 hätten wir noch einen Slot für ein Pilot-Setup. 15 Min diese Woche?", (6, 15)))
P("bait_and_switch_invitation", "en", "Harriet Osei", "Venture Partner | Founders First Collective", "London",
  ("inv", "Hi Alex, I run a free peer group for first-time CEOs in logistics and mobility: 8 founders, a monthly Zoom, strict no-selling rule. "
          "A seat just opened up and your name came up twice."),
  ("msg", "Great to be connected! Before your first session, quick one: alongside the collective I run an investor-readiness programme, €6,500 for ten weeks. "
          "Most members find it the fastest route to a term sheet. Shall I send you the syllabus and the payment link?", (3, 9)))
P("bait_and_switch_invitation", "de", "Benedikt Sauer", "Gründer | Logistik-Netzwerk Nord", "Lübeck",
  ("inv", "Servus Alex, kurze Frage von Gründer zu Gründer: Wie habt ihr das mit den Telematikdaten der Subunternehmer datenschutzrechtlich gelöst? "
          "Wir hängen gerade genau da fest."),
  ("msg", "Danke dir für die ausführliche Antwort! Übrigens, falls eure DSGVO-Doku noch nicht sauber ist: Ich bin auch externer Datenschutzbeauftragter "
          "und hab ein Startup-Paket für 249 €/Monat. Soll ich dir ein Angebot rüberschicken?", (5, 20)))
P("bait_and_switch_invitation", "fr", "Claire Vasseur", "Fondatrice | Supply Chain Women France", "Paris",
  ("inv", "Bonjour Alex, je prépare un guide gratuit sur les intégrations TMS pour les PME du transport, nourri des retours de 40 transporteurs. "
          "Je peux vous l'envoyer dès sa sortie ?"),
  ("msg", "Le guide sort lundi ! D'ici là, une proposition : nous réservons aux éditeurs de logiciels une place de « partenaire recommandé » dans le guide, "
          "4 800 € HT, avec mise en avant auprès des 40 transporteurs. Ça vous intéresse ?", (6, 18)))
P("bait_and_switch_invitation", "en", "Oskar Lindahl", "Host, Freight Tech Founders Podcast", "Gothenburg",
  ("inv", "Hey Alex, I host a small podcast for freight tech founders, about 4k listeners, mostly forwarders. Would you come on as a guest and talk "
          "about building Quaybird? Totally free, 40 minutes, remote."),
  ("msg", "Loved having you on! The episode goes live in three weeks. For €1,200 we can move it to the featured slot, with a sponsored newsletter mention "
          "and a clip package for your socials. Want me to book it?", (10, 20)),
  ("msg", "Hi Alex, checking in on the featured slot. I have to release it to another guest by Friday.", (4, 8)))
era("Fabian Köster", "2016"); era("Harriet Osei", "cur"); era("Benedikt Sauer", "2016"); era("Claire Vasseur", "cur"); era("Oskar Lindahl", "cur")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Rebecca Thornbury", "Principal | Harbourline Capital", "London",
  ("inm", "Exploring digital forwarding", "Hi Alex, we're building a thesis on digital freight forwarding and Quaybird keeps coming up in our conversations with "
          "shippers. Would you be open to a 30-minute chat to help us understand the space? I'm happy to share our market map in return."),
  ("inm", "Re: Exploring digital forwarding", "Thanks again for a great conversation. In full transparency, Harbourline also runs an investor-matching platform "
          "next to the fund: founders pay a €4,900 onboarding fee and get presented to 300+ VCs. At your stage I'd recommend the Growth tier. "
          "Can I send over the agreement?", (4, 12)))
P("bait_and_switch_inmail", "de", "Moritz Eggers", "Redaktionsleiter | StartupNord Magazin", "Hamburg",
  ("inm", "Interview: die spannendsten Logistik-Startups im Norden", "Hallo Alex, in unserer Frühjahrsausgabe stellen wir die 20 spannendsten Logistik-Startups "
          "aus Norddeutschland vor, und Quaybird steht auf der Shortlist. Hättest du Lust auf ein kurzes Interview? 20 Minuten am Telefon reichen."),
  ("inm", "Dein Porträt in StartupNord", "Hi Alex, danke für das nette Gespräch! Damit dein Porträt erscheinen kann, fehlt nur noch die Buchung des Feature-Pakets "
          "(1.490 € netto, inkl. Fotoshooting und Backlink). An wen darf die Rechnung gehen?", (5, 14)))
P("bait_and_switch_inmail", "es", "Paula Moreno", "Coordinadora | Club de Transitarios de Levante", "Valencia",
  ("inm", "Grupo de transitarios interesados", "Hola Alex, coordino un grupo de 15 transitarios de Valencia y Barcelona que quieren probar herramientas de visibilidad "
          "de envíos. ¿Te interesaría que presentemos Quaybird en la próxima reunión del grupo?"),
  ("inm", "Siguiente paso", "¡Genial! Para entrar en el programa, cada startup abona una cuota de 3.000 € que cubre la organización de las sesiones y la "
          "presentación ante el grupo. ¿Te mando la factura proforma?", (4, 10)))
P("bait_and_switch_inmail", "de", "Marvin Scholz", "Routing Engineer | OSS-Maintainer", "Dresden",
  ("inm", "Frage zu eurem LKW-Routing", "Hi Alex, hab euren Engineering-Blogpost über OSRM und LKW-Routing gelesen. Wir kämpfen gerade mit Durchfahrtshöhen an "
          "Brücken – habt ihr das über eigene Profile gelöst oder über externe Daten?"),
  ("inm", "Re: Frage zu eurem LKW-Routing", "Danke für den Tipp mit den OSM-Tags, hat geholfen! Ich mach übrigens nebenher Freelance-Consulting für Routing-Engines, "
          "950 € Tagessatz. Wollen wir nen Call machen, dann zeig ich dir, was ich für andere Startups gebaut hab?", (6, 15)), nl="de")
era("Rebecca Thornbury", "cur"); era("Moritz Eggers", "2016"); era("Paula Moreno", "cur"); era("Marvin Scholz", "cur")


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Tobias Hanke", "Key Account Manager | Logistik-Software", "Bremen",
  ("end",), ("end",),
  ("msg", "Moin Alex, hab dich gerade für {skill} endorsed, hast du dir verdient 😉 Kannst du mir im Gegenzug bei Enterprise Sales und Key Account "
          "Management ein Häkchen setzen? Bin grad auf Jobsuche, jedes bisschen hilft."))
P("endorse_me_back", "en", "Chloe Barrington", "Growth Marketer | B2B SaaS", "Amsterdam",
  ("end",),
  ("msg", "Hey Alex! Endorsed you for {skill}, love what you're doing at Quaybird. Would you mind returning the favour for Growth Marketing? "
          "My profile looks a bit bare there 🙈"))
P("endorse_me_back", "en", "Sanjay Kulkarni", "Senior Cloud Engineer | Kubernetes, Terraform", "Hamburg",
  ("end",), ("end",),
  ("msg", "Alex, I've added endorsements for {skill} and a couple of others. If you can spare 30 seconds, a nod for Cloud Architecture and Kubernetes "
          "from a CEO would carry real weight. Thanks in advance!"))
P("endorse_me_back", "it", "Giorgio Ferretti", "Spedizioniere doganale | Freelance", "Genova",
  ("end",),
  ("msg", "Ciao Alex, ti ho appena confermato {skill}. Mi faresti lo stesso favore per «Spedizioni internazionali» e «Dogana»? Grazie mille!"))
era("Tobias Hanke", "2016"); era("Chloe Barrington", "cur"); era("Sanjay Kulkarni", "cur"); era("Giorgio Ferretti", "cur")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Holger Mertens", "Inhaber | Mertens Unternehmensberatung – Fördermittel & Zuschüsse", "Pinneberg",
  ("inv", "Hallo Herr Morgan, wir holen für Startups im Schnitt 180.000 € an Fördermitteln raus (IFB, EXIST, ZIM), erfolgsbasiert. Kurzes Telefonat?"),
  ("rem",),
  ("inm", "Keine Antwort?", "Drei Wochen ohne Reaktion. Typisch Startup-Szene: große Klappe, aber keine Manieren. Wer so mit Kontakten umgeht, "
          "braucht sich über fehlendes Geld nicht zu wundern."))
P("hostility_after_decline", "en", "Brady Kowalczyk", "SDR | PipelinePro", "Chicago",
  ("inv", DEFAULT),
  ("inm", "wow", "Saw you looked at my profile and still didn't accept. Kinda rude for a founder who wants people to buy his product, no? Karma's real, man."))
P("hostility_after_decline", "de", "Svenja Lorenzen", "Werkstudentin | Wirtschaftsinformatik @ TUHH", "Hamburg",
  ("inv", "Hi Alex, ich studiere an der TUHH und schreibe meine Bachelorarbeit über Echtzeit-Tracking im Stückgut. Dürfte ich dir ein paar Fragen "
          "stellen? Würde mich riesig freuen!"),
  ("inm", "Schade", "Hab dir vor drei Wochen geschrieben. Ehrlich gesagt enttäuschend, wie abgehoben manche Gründer werden, sobald ein bisschen Funding da ist. "
          "Vergiss es einfach.", (14, 25)))
P("hostility_after_decline", "fr", "Thierry Bouchard", "Consultant en levée de fonds | Business Angel", "Bordeaux",
  ("inv", "Bonjour Alex, j'accompagne les start-up SaaS dans leurs levées de fonds. Échangeons ?"),
  ("rem",),
  ("inm", "Dommage", "Je constate que vous n'avez pas jugé utile de répondre. Un conseil gratuit : avec une telle arrogance, aucun investisseur sérieux "
          "ne vous suivra. Bonne chance, vous en aurez besoin."))
era("Holger Mertens", "2016"); era("Brady Kowalczyk", "cur"); era("Svenja Lorenzen", "cur"); era("Thierry Bouchard", "cur")


# =============================================================== hostility_connection
P("hostility_connection", "de", "Patrick Heinemann", "Account Executive | CloudSprung – Managed Kubernetes", "Frankfurt am Main",
  ("msg", "Hi Alex, hab gesehen, dass ihr euren Kubernetes-Cluster selbst betreibt. Wir übernehmen das komplett als Managed Service, Rufbereitschaft 24/7 "
          "inklusive. Lass uns doch mal 20 Min. syncen."),
  ("msg", "Hi Alex, nochmal kurz nachgehakt: Unser Angebot mit drei Monaten gratis gilt noch bis Monatsende."),
  ("msg", "Du sagst ab, ohne dir das Angebot überhaupt anzuschauen? Sorry, aber das ist echt unprofessionell. Viel Glück, wenn euch nachts um drei "
          "der Cluster um die Ohren fliegt."))
P("hostility_connection", "en", "Courtney Rhodes", "Founder | ScaleLeads – B2B appointment setting", "Austin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! We book 15-20 qualified demos a month with logistics buyers for SaaS companies like yours. Pay per meeting, "
          "no retainer. Want to see some sample accounts?"),
  ("msg", "Fair enough, but \"not a fit\" without even looking at the numbers? That attitude is exactly why most startups die. Enjoy your empty pipeline.", (1, 4)))
P("hostility_connection", "es", "Rodrigo Salas", "Director Comercial | SoporteNear – atención al cliente externalizada", "Bogotá",
  ("msg", "Hola Alex, ¿has pensado en externalizar el soporte de primer nivel? Nuestro equipo en Bogotá atiende en alemán e inglés por 18 € la hora."),
  ("msg", "Vale, entiendo que no. Pero despacharme con un «no, gracias» después de todo el tiempo que te dediqué es una falta de respeto. Así os irá.", (2, 6)))
era("Patrick Heinemann", "cur"); era("Courtney Rhodes", "cur"); era("Rodrigo Salas", "cur")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Darren Whitlock", "Enterprise AE | Orbitra CRM", "Dublin",
  ("msg", "Hi Alex, congrats on the seed round! Orbitra is a CRM built for vertical SaaS sales teams, and we're giving founders 40% off year one. "
          "Worth a quick demo?"),
  ("msg", "Hey Alex, circling back on Orbitra. I can hold the startup pricing until Friday. Does Tuesday 10:00 work for a walkthrough?"))
P("connection_only_pitches", "de", "Nicole Brauer", "Steuerberaterin für Startups | Brauer Tax", "Hamburg",
  ("msg", "Hallo Alex, nach einer Finanzierungsrunde wird's steuerlich spannend (VSOP, Verlustvorträge, § 8c). Wir betreuen 40 Startups in Hamburg "
          "zum Festpreis ab 890 € im Monat. Lust auf ein Kennenlernen?"),
  ("msg", "Hi Alex, kleine Erinnerung: Bis 31.12. machen wir Neukunden den Jahresabschluss zum halben Preis. Soll ich dir das Angebot schicken?"),
  ("msg", "Letzter Reminder von mir 🙂 Der Kennenlern-Termin am Donnerstag ist noch frei."))
P("connection_only_pitches", "en", "Hassan Farouk", "Head of Growth | DevBridge Nearshore (Cairo & Porto)", "Porto",
  ("msg", "Alex, scaling your engineering team? We place dedicated senior devs from Cairo and Porto at roughly 45% below Hamburg rates. Two Series B "
          "logistics scale-ups are already clients. Should I send profiles?"),
  ("msg", "Hi again, a team of three backend engineers with Go and Kafka experience just freed up. Interested?"))
P("connection_only_pitches", "de", "Ole Carstens", "Sales Manager | Messe Logistik Nord", "Hamburg",
  ("msg", "Moin Alex, die Standflächen in der Startup-Area der Logistik Nord sind fast weg: 9 qm ab 2.450 € inkl. Strom und Eintrag im Katalog. "
          "Soll ich euch einen reservieren?"),
  ("msg", "Hi Alex, letzte Chance auf den Frühbucherpreis für die Startup-Area, danach kostet der Stand 3.100 €. Kurz Bescheid geben?"))
era("Darren Whitlock", "cur"); era("Nicole Brauer", "2016"); era("Hassan Farouk", "cur"); era("Ole Carstens", "2016")


# =============================================================== single_pitch
P("single_pitch", "de", "Anja Reimers", "Versicherungsmaklerin | Cyber & D&O für Startups", "Hamburg",
  ("msg", "Hallo Alex, nach einer Seed-Runde fragen Investoren gern nach einer D&O-Police. Ich hab Zugang zu Sondertarifen für junge Tech-Firmen. "
          "Soll ich euch ein unverbindliches Angebot machen?"))
P("single_pitch", "en", "Kieran Walsh", "Co-founder | Pitchcraft – pitch deck design", "Dublin",
  ("msg", "Hey Alex, saw your deck from Demo Day. The story's great, but slides 6 to 9 are where investors drift off. We redesign decks for €2,400 flat "
          "with a 5-day turnaround. Want a free teardown first?"))
P("single_pitch", "fr", "Mathilde Girard", "Business Developer | Hébergement cloud souverain", "Lille",
  ("msg", "Bonjour Alex, pour vos clients français, un hébergement qualifié SecNumCloud devient un vrai argument commercial. Nous offrons des crédits de "
          "migration aux nouveaux clients. Un appel de 20 minutes la semaine prochaine ?"))
era("Anja Reimers", "cur"); era("Kieran Walsh", "cur"); era("Mathilde Girard", "cur")


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Kristina Lange", "Gründerin & CEO | Palettenfuchs (Ladungsträger-Tracking)", "Hamburg",
  ("msg", "Hey Alex, kurze Info, weil ihr ja auch gerade raised: Wir haben unsere drei Term Sheets nebeneinandergelegt und daraus ein Vergleichs-Sheet gebaut "
          "(Liquidation Preference, Pro-Rata, Board-Sitze). Schick ich dir gern, sag einfach Bescheid."),
  ("msg", "Hier ist das Sheet 👉 Und falls du mit Elbkap sprichst: Tomasz ist super fair, erwähn mich ruhig.", (1, 5)))
P("connection_brings_value", "en", "Emeka Nwosu", "Head of Digital | Nordsee Freight Forwarding", "Bremerhaven",
  ("end",),
  ("msg", "Alex, our board signed off on rolling Quaybird out to all six branches. Congratulations, and thanks to your team for their patience during "
          "the pilot. Can we set up a kickoff with your customer success lead next month?"))
P("connection_brings_value", "en", "Ines Carvalho", "Investment Manager | Northlight VC", "Lisbon",
  ("msg", "Hi Alex, as promised after Demo Day: attached is our list of 12 logistics-focused seed funds with the partner to talk to at each. "
          "I've already flagged Quaybird to two of them, so feel free to use my name."))
P("connection_brings_value", "de", "Jörn Albers", "Business Angel | ex-Gründer (Exit 2019)", "Hamburg",
  ("msg", "Alex, ich hab Donnerstag ein kleines Abendessen mit sechs Gründer:innen aus der Logistik, nur Erfahrungsaustausch, geht auf mich. "
          "Hast du Bock? Wär cool, wenn du kurz von eurem Enterprise-Sales-Zyklus erzählst."))
era("Kristina Lange", "cur"); era("Emeka Nwosu", "cur"); era("Ines Carvalho", "cur"); era("Jörn Albers", "cur")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Everly", "Partner | Kingsmere Executive Search – Supply Chain Tech", "London",
  ("inm", "Chief Product Officer – Series C freight platform", "Hi Alex, I'm retained by a Series C freight platform in Amsterdam (350 people) to find "
          "their first CPO. Having built Quaybird from zero, your background fits unusually well. Even if you're not looking, I'd value 15 minutes to "
          "walk you through the role; the package is top-quartile with meaningful equity."))
P("stranger_inmail_recruiter", "de", "Dr. Stefanie Wolter", "Executive Search | Logistik & Mobilität", "Hamburg",
  ("inm", "Geschäftsführung Digitales – Familienlogistiker", "Guten Tag Herr Morgan, im Auftrag eines familiengeführten Logistikunternehmens mit rund "
          "1.200 Beschäftigten besetze ich die neu geschaffene Position Geschäftsführer Digitales. Ihr Werdegang passt sehr gut. Wäre ein vertrauliches "
          "Telefonat in den nächsten Tagen denkbar?"))
P("stranger_inmail_recruiter", "en", "Anil Bhattacharya", "Head of Venture Studio | Bluewater Lines", "Copenhagen",
  ("inm", "Entrepreneur-in-Residence, customs automation", "Alex, I run the venture studio at Bluewater Lines. We're hiring an Entrepreneur-in-Residence "
          "to build a new customs-automation venture: salaried for 18 months, founder equity after spin-out. Would you, or someone in your network, "
          "be interested? Happy to share the brief."), nl="en")
era("Charlotte Everly", "cur"); era("Dr. Stefanie Wolter", "2016"); era("Anil Bhattacharya", "cur")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brandon Mercer", "Account Executive | Sendwell – email deliverability", "Denver",
  ("inm", "Your outbound to forwarders", "Hi Alex, I looked up quaybird.io's DNS: DMARC is set to p=none, so a good share of your sales emails probably "
          "lands in spam. Sendwell fixes that in a week. Up for a free audit call?"),
  ("inm", "Re: Your outbound to forwarders", "Bumping this, Alex. I can run the audit live in 15 minutes. Thursday?"))
P("stranger_inmail_sales", "de", "Carina Wendt", "Senior Sales | Personalfuchs HR-Software", "München",
  ("inm", "Onboarding in 10 Minuten", "Hallo Alex, ihr wachst ja gerade ordentlich. Mit Personalfuchs laufen Onboarding, Urlaub und Lohnvorbereitung an "
          "einem Ort. Startups unter 50 MA bekommen sechs Monate zum halben Preis. Darf ich dir das in einer kurzen Demo zeigen?"))
P("stranger_inmail_sales", "en", "Olivia Strand", "Founder | GrantWise – R&D tax credits for startups", "Berlin",
  ("inm", "The Forschungszulage you're not claiming", "Hi Alex, most German SaaS startups qualify for the Forschungszulage, few actually claim it. "
          "We handle the whole application for a 15% success fee. Can I book you in for a quick eligibility check?"),
  ("inm", "Quick follow-up", "Hi Alex, the next filing window is coming up. Ten minutes is enough to see if Quaybird qualifies, does Wednesday work?"), nl="en")
era("Brandon Mercer", "cur"); era("Carina Wendt", "cur"); era("Olivia Strand", "cur")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Lennart Voß", "Co-Founder | Kühlkette.io", "Hamburg",
  ("inv", "Hey Alex, wir sind auch Logistik-SaaS aus HH (Kühlketten-Monitoring). Hätte Lust, mal Learnings zu Pilotkunden im Mittelstand zu tauschen, "
          "bei uns hat's mit den ersten drei Speditionen ewig gedauert. Kaffee in der Speicherstadt?"),
  ("msg", "Danke nochmal für den Kaffee! Wie versprochen: unsere Pilot-Vertragsvorlage (anonymisiert) und die Checkliste für die IT-Abnahme bei "
          "Speditionen. Nimm dir raus, was du brauchst."),
  ("end",),
  ("msg", "Hey Alex, hab dich für {skill} endorsed 🙌 Magst du mich auch für Cold Chain und Product Strategy bestätigen? Wir sprechen gerade mit "
          "Investoren, da macht ein volles Profil echt was her."))
P("good_turns_ugly", "en", "Grace Adeyemi", "Head of Startup Programs | CloudVantage", "Dublin",
  ("inv", "Hi Alex, I run our free founder education series. Next up is a hands-on SOC 2 readiness workshop for B2B SaaS, led by two CISOs. "
          "No cost, no pitch, 20 seats. Shall I save you one?"),
  ("msg", "Thanks for joining the workshop! Here are the slides and the SOC 2 policy templates we talked about. Shout if anything's unclear."),
  ("msg", "Hi Alex, one more thing: we're running a migration offer for startups moving off AWS, up to €100k in credits if you commit to a three-year "
          "plan. Could I get 30 minutes with you and your CTO to map your workloads?", (8, 20)))
P("good_turns_ugly", "de", "Jonas Feldmann", "Business Angel | Mentor im Hanse Accelerator", "Hamburg",
  ("inv", "Hallo Alex, ich bin Angel und Mentor im Hanse Accelerator. Wenn du magst, schau ich mir dein Pitch Deck vor der Runde an und geb dir "
          "ehrliches Feedback. Kostenlos, einfach weil ich Logistik liebe."),
  ("msg", "Hab mir das Deck angeschaut, meine Kommentare stehen im Doc. Kurzfassung: Slide 4 (Market Sizing) ist zu top-down, und die Unit Economics "
          "gehören weiter nach vorn. Sonst stark!"),
  ("msg", "Hi Alex, noch was: Für die Runde selbst biete ich ein Fundraising-Mandat an, 5.000 € Retainer plus 3 % Success Fee, dafür öffne ich dir mein "
          "Investorennetzwerk. Wollen wir das diese Woche festzurren?", (6, 18)))
era("Lennart Voß", "cur"); era("Grace Adeyemi", "cur"); era("Jonas Feldmann", "cur")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Dominik Rausch", "Founder | LeadMotor – LinkedIn-Outreach für SaaS", "Köln",
  ("inv", "Hey Alex, wir machen LinkedIn-Outreach für SaaS-Startups, 20+ qualifizierte Termine im Monat, garantiert. Kurzer Call?"),
  ("inv", "Hi Alex, hab deinen Beitrag über euren ersten Enterprise-Kunden gelesen, richtig stark! Würde mich freuen, wenn wir uns vernetzen."))
P("reinvite_known_bad", "en", "Melanie Fox", "Sales Director | CloudTrim", "Manchester",
  ("inm", "Your cloud bill", "Hi Alex, teams your size usually cut their cloud bill by a third within 60 days using CloudTrim. Could I show you how in "
          "a 15-minute demo?"),
  ("inv", "Hi Alex, we met briefly at Hamburg Startup Night, good chat about freight APIs. Let's stay in touch!"))
P("reinvite_known_bad", "en", "Aaron Pike", "Entrepreneur | Investor | Speaker", "Zurich",
  ("inv", NONOTE),
  ("inv", "Would love to connect with more founders in the logistics space."))
era("Dominik Rausch", "2016"); era("Melanie Fox", "cur"); era("Aaron Pike", "cur")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Rüdiger Brandl", "Research Associate | Digitalisierung im Mittelstand", "Kiel",
  ("inm", "6 kurze Fragen zu eurem Tech-Stack", "Hallo Alex, ich erhebe für eine Studie, welche Tools Logistik-Startups einsetzen. Hättest du fünf Minuten "
          "für sechs Fragen? Die Ergebnisse teile ich natürlich mit allen Teilnehmenden."),
  ("inm", "Danke + Idee", "Danke für deine Antworten! Auf dieser Basis: Unser Partner hat eine ERP-Anbindung genau für euren Stack. Ich würde dir die "
          "gern in einer Demo zeigen, passt Dienstag?"),
  ("inv", "Hallo Alex, lass uns doch direkt vernetzen, dann geht der Austausch einfacher."))
P("reinvite_known_ugly", "en", "Trevor Haines", "Pricing Consultant for SaaS Founders", "Bristol",
  ("inv", "Hi Alex, I help SaaS founders fix their pricing pages. Open to a quick chat?"),
  ("inm", "Seriously?", "Ignored twice. You run a startup and can't spare two seconds to hit decline? No wonder your marketing is so weak."),
  ("inv", "Hi Alex, new year, clean slate? Would be great to connect."))
era("Rüdiger Brandl", "cur"); era("Trevor Haines", "cur")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Sebastian Wirtz", "Co-Founder | FleetLedger (Tankkarten-Abrechnung)", "Düsseldorf",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex, war nett auf dem Logistik-Meetup! Ganz frech direkt: Wir haben FleetLedger gerade auch für kleine Flotten "
          "geöffnet. Falls ihr Dienstwagen habt, zeig ich dir das gern in 15 Minuten."))
P("user_invited_pitch_once", "en", "Natalie Ostrowski", "Sales Lead DACH | Loopdesk", "Berlin",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! I noticed Quaybird is hiring support staff. Before you add headcount: Loopdesk's AI triage usually handles around 40% "
          "of tickets. Happy to run a 20-minute demo for your head of CS?"))
P("user_invited_pitch_once", "es", "Carlos Benítez", "Director de Ventas | PatioSmart – gestión de patios", "Zaragoza",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Vi que trabajáis con transitarios españoles; nuestra solución de gestión de patios se integra con cualquier TMS. "
          "¿Te puedo enseñar una demo de 20 minutos?"))
era("Sebastian Wirtz", "cur"); era("Natalie Ostrowski", "cur"); era("Carlos Benítez", "cur")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Christian Falk", "Geschäftsführer | Falk IT-Recruiting", "Hamburg",
  ("acc",),
  ("msg", "Hey Alex, danke für die Vernetzung! Ihr sucht ja Senior-Backend-Leute: Wir haben gerade zwei wechselwillige Go-Entwickler im Prozess. "
          "Honorar 25 %, sechs Monate Garantie. Interesse?"),
  ("msg", "Hi Alex, einer der beiden hat jetzt ein anderes Angebot auf dem Tisch. Sollen wir schnell telefonieren, bevor er weg ist?", (3, 8)))
P("user_invited_pitch_twice", "en", "Ryan Kessler", "Partner | LaunchLoop Accelerator", "Amsterdam",
  ("acc",),
  ("msg", "Great meeting you at the Startup Night, Alex! Applications for our spring cohort close soon. The programme fee is €9,500, or 3% equity "
          "instead. Want me to fast-track your application?"),
  ("msg", "Hi Alex, final call for the spring cohort. If you sign by Friday I can skip the review round for you."))
P("user_invited_pitch_twice", "en", "Elena Sorokina", "Partnerships | Nimbus Reserved – cloud capacity marketplace", "Tallinn",
  ("acc",),
  ("msg", "Thanks for accepting! We help startups buy reserved cloud capacity at about 30% below list. Send me your last invoice and I'll do a free "
          "savings estimate."),
  ("msg", "Hi Alex, following up: our Q4 pricing window closes next week. Shall I send the order form?"))
era("Christian Falk", "2016"); era("Ryan Kessler", "cur"); era("Elena Sorokina", "cur")


# =============================================================== user_invited_value
P("user_invited_value", "de", "Annika Petersen", "Leiterin Digitalisierung | Spedition Hagemann", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Nach eurer Demo beim BVL-Forum haben wir intern diskutiert und würden gern einen Pilot mit zwei Niederlassungen "
          "starten. Kannst du mir ein Angebot und einen groben Zeitplan schicken?"))
P("user_invited_value", "en", "Rachel Nguyen", "Senior Reporter | Logistics Tech Weekly", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. I'm writing about how mid-sized forwarders are digitising dispatch and I'd love a founder's view. "
          "Free for 20 minutes on Tuesday or Wednesday? Background only is fine if you prefer."))
P("user_invited_value", "it", "Lorenza Vitali", "Fondatrice | Rete Startup Logistica Milano", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come promesso a Monaco, ti passo il contatto di Paolo, responsabile IT di uno spedizioniere di Piacenza "
          "che cerca proprio uno strumento come il vostro. Gli ho già parlato di te, aspetta una tua mail."))
era("Annika Petersen", "2016"); era("Rachel Nguyen", "cur"); era("Lorenza Vitali", "cur")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Birte Schwarz", "CFO | Hafenlogistik Nord GmbH", "Hamburg", ("acc",))
P("acceptance_only", "en", "Daniel Oyelaran", "Investment Associate | Brightwater Seed", "London", ("acc",))
P("lone_endorsement", "de", "Finn Lüders", "Werkstudent Sales | Quaybird", "Hamburg", ("end",))
P("lone_endorsement", "en", "Ayesha Siddiqui", "Product Designer | Freelance", "Hamburg", ("end",))
era("Birte Schwarz", "2016"); era("Daniel Oyelaran", "cur"); era("Finn Lüders", "cur"); era("Ayesha Siddiqui", "cur")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Jana Roloff", "j.roloff@spedition-roloff.example", "Demo-Termin Quaybird",
     "Moin Alex,\n\nich hatte dir auch auf LinkedIn geschrieben, falls das untergeht: Passt dir Dienstag um 10 für die Demo? Unser Dispoleiter ist dabei.\n\nGruß\nJana", "de"),
    ("Elbkap Ventures", "news@elbkap.example", "Elbkap Portfolio Digest – Q3",
     "Hi founders,\n\nthree portfolio companies closed rounds this quarter. Follow us on LinkedIn for the full stories and our next office hours.\n\nThe Elbkap team", "en"),
    ("Dealflow CRM", "notifications@dealflow-crm.example", "New lead: Spedition Krüger (source: LinkedIn)",
     "A new lead was added to your pipeline.\n\nCompany: Spedition Krüger\nSource: LinkedIn Lead Gen Form\nOwner: Alex Morgan", "en"),
    ("Hafencity Startup Hub", "events@hafencity-hub.example", "Deine Anmeldung: Founder-Breakfast",
     "Hi Alex,\n\ndu bist für das Founder-Breakfast am 14. angemeldet. Teil das Event gern auf LinkedIn, wenn du magst.\n\nBis dann!", "de"),
    ("XING", "mailrobot@xing.example", "Neue Kontaktanfrage für Sie",
     "Hallo Alex Morgan,\n\nSie haben eine neue Kontaktanfrage. Tipp: Importieren Sie Ihre LinkedIn-Kontakte, um Ihr Netzwerk zu vervollständigen.", "de"),
    ("Mia Hartwig", "mia@quaybird.example", "Fwd: Lennart Voß wants to connect",
     "Hey Alex, der hat mich auch angeschrieben, kennst du den? Kühlkette.io klingt spannend.\n\n---------- Forwarded message ---------\n"
     "From: Lennart Voß via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHey Mia, wir sind auch Logistik-SaaS aus HH ...", "de"),
    ("Recruiting", "noreply@bewerbungen.quaybird.example", "Neue Bewerbung: Senior Backend Engineer (Quelle: LinkedIn)",
     "Es ist eine neue Bewerbung eingegangen.\n\nStelle: Senior Backend Engineer (m/w/d)\nQuelle: LinkedIn Jobs\nBitte im Recruiting-Tool prüfen.", "de"),
    ("Google Calendar", "calendar-notification@calendar.example", "Invitation: Quaybird x Jonas Feldmann – Pitch Deck Review",
     "Jonas Feldmann has invited you to: Pitch Deck Review\nThursday, 15:00 – 16:00 (CET)\n\nNotes: as discussed on LinkedIn, bring the latest deck.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot ninety-first development corpus (dev91). Generated by scripts/make_corpus_dev91.py (seed {SEED}); do not edit by hand.",
          "# Alex as co-founder and CEO of a logistics-software startup in Hamburg: VCs and angels, accelerators, SaaS and cloud vendors, freelancers, "
          "recruiting agencies, forwarders as buyers, other founders, journalists, event organisers selling booths. Same format as tests/corpus/dev."]

for _p in PEOPLE:
    assert _p[2] in ERAS, _p[2]
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


if __name__ == "__main__":
    main(__doc__, "dev91", SEED, PEOPLE, FOREIGN, spoofs=8, other=10, header=HEADER, eras=ERAS)
