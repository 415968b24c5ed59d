#!/usr/bin/env python3
"""Write mailbot's development corpus dev178: tests/corpus/dev178/*.eml + expected.toml.

The angle: two ordinary months (September and October 2022) of the user Alex, operations
manager of a logistics warehouse near Rotterdam. Their LinkedIn world: forklift, racking and
WMS vendors, temp-labour agencies, freight brokers, fake invoices and parcel scams, applicants
for shift-lead jobs, peers at other warehouses sharing safety tips, a rude haulier after a
cancelled contract. English written by Dutch, Polish and German speakers, Dutch, German and
some French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert jobs and the pitches spoofs carry are swapped for
warehouse ones in this process only, and every story starts inside the two-month window.
Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev178.py              # writes tests/corpus/dev178
    python scripts/make_corpus_dev178.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20221178

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, main, writer_adder  # noqa: E402

_LO, _HI = datetime(2022, 9, 1, 6, tzinfo=timezone.utc), datetime(2022, 10, 12, 18, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

# ------------------------------------------------------------------ warehouse world (this process only)
SKILLS = {
    "en": ["Warehouse Operations", "Logistics Management", "Lean Six Sigma", "WMS", "Health & Safety", "Supply Chain"],
    "de": ["Lagerlogistik", "Logistikmanagement", "Arbeitssicherheit", "Lagerverwaltungssysteme", "Supply Chain Management"],
    "fr": ["Gestion d'entrepôt", "Logistique", "Sécurité au travail", "Supply chain", "Lean management"],
    "es": ["Gestión de almacenes", "Logística", "Seguridad laboral", "Cadena de suministro"],
    "it": ["Gestione magazzino", "Logistica", "Sicurezza sul lavoro", "Supply chain"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Warehouse Manager", "Maasvlakte Distribution B.V."), ("Site Manager Logistics", "Venlo Fulfilment Center"),
              ("Operations Manager Cross-Dock", "Moerdijk Logistics Park"), ("Leiter Lager (m/w/d)", "Duisburg Hafen Logistik"),
              ("Head of Warehousing Benelux", "NorthSea 3PL")]
SPOOF_PITCH = {
    "en": ["Hi {first}, your invoice INV-22-0917 for the freight booking is overdue. Please open the attached document and settle today.",
           "{first}, a parcel addressed to your warehouse is held at customs. Sign in to pay the EUR 2.99 release fee."],
    "de": ["Hallo {first}, Ihre Rechnung für die Frachtbuchung ist überfällig. Bitte melden Sie sich an und begleichen Sie den Betrag.",
           "Guten Tag {first}, eine Sendung an Ihr Lager liegt beim Zoll. Bitte hier anmelden und die Gebühr zahlen."],
    "fr": ["Bonjour {first}, votre facture de transport est en retard. Connectez-vous pour la régler aujourd'hui.",
           "Bonjour {first}, un colis pour votre entrepôt est bloqué en douane. Connectez-vous pour payer les frais."],
    "es": ["Hola {first}, tu factura de transporte está vencida. Inicia sesión para pagarla hoy."],
    "it": ["Ciao {first}, la tua fattura di trasporto è scaduta. Accedi per saldarla oggi."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)
S = (2, 9)     # short gap between two steps, in days
M = (8, 20)    # a longer one
R = (25, 40)   # a re-invitation after the first contact


# =============================================================== good_invitation
P("good_invitation", "en", "Sanne Verhoeven", "Warehouse Manager | Cool Chain Botlek", "Rotterdam",
  ("inv", "Hi Alex, I run the cold store two exits down the A15. We had a reach truck tip over in aisle 12 last month, nobody hurt. "
          "Happy to share the incident write-up and what we changed on rack height limits, might save you the same scare."),
  ("rem",), nl="nl")
P("good_invitation", "en", "Kacper Wiśniewski", "Shift Supervisor | E-commerce fulfilment | Tilburg", "Tilburg",
  ("inv", "Good morning Mr Alex, I saw your vacancy for shift lead night shift. I have 6 years in reach truck and 2 years leading team of 14 people, "
          "I speak Polish, English and some Dutch. Can I send you my CV directly?"), nl="en")
P("good_invitation", "de", "Jürgen Pohlmann", "Fachkraft für Arbeitssicherheit | Logistikzentrum Emmerich", "Emmerich am Rhein",
  ("inv", "Hallo Alex, wir machen am 14.10. einen offenen Staplersicherheitstag bei uns am Standort, kostenlos, mit Vorführung Personenerkennung. "
          "Ein paar Lagerleiter aus NL kommen schon. Wäre schön, wenn Sie dabei sind."))
P("good_invitation", "en", "Mireille Dufour", "Responsable d'exploitation | Entrepôt Lesquin", "Lille",
  ("inv", "Bonjour Alex, notre groupe d'échange entre responsables d'entrepôt (Lille, Anvers, Rotterdam) se réunit en novembre, c'est gratuit "
          "et entre pairs, sans fournisseurs. On parle intérim et pics de fin d'année. Ça vous dirait ?"), nl="fr")
P("good_invitation", "en", "Bram de Gooijer", "Teamleider Inbound | Ridderkerk", "Ridderkerk",
  ("inv", "Hoi Alex, ik heb gesolliciteerd op de functie ploegleider. Mijn oud-collega Dennis (werkt bij jullie op expeditie) zei dat ik je "
          "even moest toevoegen. Ik ben op zoek naar meer verantwoordelijkheid, dagdienst of twee ploegen maakt niet uit."),
  ("rem",), nl="nl")
P("good_invitation", "en", "Rachel Osei", "EHS Lead Benelux | ParcelNet", "Breda",
  ("inv", "Alex, we've put together a free toolbox-talk pack on pedestrian segregation (12 short talks, NL/EN/PL). Peer sites are using it. "
          "Connect and I'll send you the folder, no strings."))

# =============================================================== default_invitation
P("default_invitation", "en", "Dirk Mulder", "Accountmanager | Intralogistiek", "Zwolle", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Sabine Kötter", "Vertrieb Regalsysteme | Benelux", "Kleve", ("inv", NONOTE))
P("default_invitation", "en", "Tomasz Zieliński", "Logistics Specialist", "Poznań", ("inv", DEFAULT))
P("default_invitation", "fr", "Olivier Masson", "Commercial transport | Benelux-France", "Valenciennes", ("inv", DEFAULT), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "en", "Wouter Kamphuis", "Sales Engineer | Vlasveld Racking Systems", "Barneveld",
  ("inv", "Alex, rack inspection season. Our EN 15635 inspectors are in Rotterdam-Zuid next week. I can slot your site in for a quote, "
          "usually cheaper than your current provider. Shall I call Tuesday?"), nl="en")
P("sales_invitation", "en", "Agnieszka Lewandowska", "Business Development | FlexStaff Poland-NL", "Wrocław",
  ("inv", "Hello Alex! Peak season coming, we deliver order pickers and reach truck drivers from Poland within 72h, housing included. "
          "Rates from 24,50 EUR/h. Can I send you our offer?"))
P("sales_invitation", "de", "Holger Brandt", "Key Account Manager | LagerPro WMS", "Dortmund",
  ("inv", "Guten Tag Herr Alex, viele Lager in NL wechseln gerade ihr WMS wegen Cloud. Unsere Lösung ist in 8 Wochen live. "
          "Darf ich Ihnen in einer 20-minütigen Demo zeigen, wie ein Kunde in Venlo 18 % Laufwege gespart hat?"))
P("sales_invitation", "en", "Ruud Hendriks", "Freight broker | FTL & LTL Europe", "Venlo",
  ("inv", "Hoi Alex, heb je nog vracht open richting Duitsland of Polen? Wij hebben elke week lege trailers terug en scherpe tarieven. "
          "Stuur me je lanes, dan maak ik een prijs."), nl="nl")
P("sales_invitation", "en", "Jake Morrow", "Growth @ PalletPulse | IoT for warehouses", "Amsterdam",
  ("inv", "Hey Alex 👋 quick one: we put sensors on pallet racks that ping you before a forklift impact becomes a collapse. "
          "Piloting with 3 DCs near you. Worth 15 mins?"))
P("sales_invitation", "de", "Katrin Vogelsang", "Vertrieb | Flurförderzeuge Miete & Leasing", "Oberhausen",
  ("inv", "Hallo Alex, brauchen Sie für Q4 zusätzliche Stapler oder Schubmaststapler auf Miete? Wir liefern ab 1 Woche Laufzeit, auch nach Rotterdam. "
          "Ich schicke gern ein Angebot."), ("rem",))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Marco van Dijk", "Founder | Warehouse Leaders NL (community)", "Utrecht",
  ("inv", "Hi Alex, I'm building a small circle of warehouse managers in Zuid-Holland to swap notes on staffing and safety. No vendors, just peers. "
          "Would love to have you in."),
  ("msg", "Thanks for joining Alex! As a member you get a 20% discount on our leadership coaching track for shift leads, EUR 1,450 per person. "
          "Shall I reserve spots for your team? Registration closes Friday.", S), nl="en")
P("bait_and_switch_invitation", "en", "Piotr Kowalczyk", "Operations Excellence | ex-warehouse manager", "Łódź",
  ("inv", "Hello Alex, I am also warehouse manager before, now I write checklist for forklift daily inspection in PL/NL/EN. "
          "I can give it free, maybe useful for your drivers."),
  ("msg", "Hi Alex, hope checklist was useful. Now I work with agency TempoWork, we have 30 good drivers available from November. "
          "Can we make a call about contract?", S),
  ("msg", "Alex, I follow up. Price for you special 23,90/h. Please let me know this week.", S))
P("bait_and_switch_invitation", "de", "Frank Heuser", "Logistikberater | Netzwerk Lagerleiter Rhein-Ruhr", "Duisburg",
  ("inv", "Hallo Alex, ich habe eine Frage aus der Praxis: Wie handhaben Sie bei Ihnen die Nachtschicht-Übergabe bei Inventurdifferenzen? "
          "Wir suchen eine bessere Lösung und ich höre mich bei Kollegen um."),
  ("msg", "Danke für die Vernetzung! Ehrlich gesagt: wir haben genau dafür ein Tool entwickelt, InvenCheck. Ich würde es Ihnen gern in "
          "30 Minuten vorstellen. Passt Donnerstag?", M))
P("bait_and_switch_invitation", "en", "Lotte Brouwer", "Community Manager | Logistiek Vrouwen Netwerk", "Den Haag",
  ("inv", "Hoi Alex! Wij organiseren elke maand een online koffie voor mensen in warehousing en transport, om ervaringen te delen. "
          "Gratis en informeel. Kom je een keer aanschuiven?"),
  ("msg", "Hoi Alex, leuk dat we connected zijn. Ik wilde je even wijzen op ons partnerprogramma: voor 2.400 euro per jaar staat jullie logo "
          "op de site en krijg je toegang tot onze kandidatenpool.", S),
  ("msg", "Even een reminder over het partnerpakket, de early-bird prijs geldt nog tot eind van de maand. Zal ik de factuur sturen?", S), nl="nl")
P("bait_and_switch_invitation", "fr", "Julien Carpentier", "Consultant supply chain | Ex-directeur d'entrepôt", "Roubaix",
  ("inv", "Bonjour Alex, je vous envoie volontiers gratuitement notre guide sur la préparation du pic de Noël (effectifs, quais, intérim). "
          "Ça vous intéresse ?"),
  ("msg", "Bonjour Alex, j'espère que le guide vous a servi. Nous proposons un audit complet de votre entrepôt en 3 jours, 4 900 € HT. "
          "Je peux vous envoyer une proposition ?", M))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Hannah Kessler", "Research Lead | Dutch Warehouse Benchmark 2022", "Eindhoven",
  ("inm", "Warehouse benchmark: 10 minutes?", "Dear Alex, we're running an independent benchmark of pick rates and absenteeism across Dutch DCs. "
          "Participants get the full anonymised report for free. Could you fill in our short survey?"),
  ("inm", "Your benchmark results + next step", "Hi Alex, thanks for taking part. To unlock your site-level comparison, our consultants offer a "
          "paid deep-dive starting at EUR 3,200. Can I book you in for a kick-off?", M))
P("bait_and_switch_inmail", "de", "Stefan Lorenz", "Redaktion | Lager & Logistik Praxis", "Hamburg",
  ("inm", "Interviewanfrage für unsere Herbstausgabe", "Hallo Alex, wir bringen im Herbst einen Beitrag über Personalengpässe in Seehafen-Lagern. "
          "Hätten Sie Lust, uns in einem kurzen Interview Ihre Erfahrungen zu schildern?"),
  ("inm", "Ihr Porträt in der Herbstausgabe", "Hallo Alex, schön, dass Sie dabei sind! Für das Firmenporträt mit Foto berechnen wir eine "
          "Pauschale von 1.890 € netto. Ich schicke Ihnen gleich das Angebot.", S),
  ("inm", "Erinnerung: Anzeigenschluss", "Kurze Erinnerung, der Anzeigenschluss ist am Freitag. Sollen wir Ihr Porträt einplanen?", S))
P("bait_and_switch_inmail", "en", "Ewa Nowak", "Talent Community | Logistics Poland", "Kraków",
  ("inm", "Candidates for your shift-lead role", "Hi Alex, I saw you're hiring shift leads. I know several good people from Polish warehouses "
          "who want to move to NL. Happy to pass on a couple of names, no fee."),
  ("inm", "Re: candidates", "Hi Alex, the candidates are ready but to share CVs we need a signed agreement, 18% of first-year salary per hire. "
          "Shall I send it?", S))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Niels Bakker", "Logistiek Coördinator | Bakker Transport", "Barendrecht",
  ("end",), ("end", S),
  ("msg", "Hey Alex, heb je een paar skills van je ge-endorsed. Zou je dat terug willen doen voor mij? Vooral Planning en Transportmanagement, "
          "ik ben aan het solliciteren. Dankjewel!", S), nl="nl")
P("endorse_me_back", "de", "Anja Richter", "Disponentin | Spedition Richter GmbH", "Bocholt",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Würden Sie mich im Gegenzug auch für Disposition und Tourenplanung bestätigen? "
          "Das hilft gerade sehr. Danke und Gruß, Anja", S))
P("endorse_me_back", "en", "Marek Dąbrowski", "Forklift Trainer | UDT certified", "Gdańsk",
  ("end",), ("end", S),
  ("msg", "Hi Alex, I endorsed you for {skill}, you are very good manager. Please endorse me also for forklift training and safety, "
          "I need it for my profile. Thanks friend", S))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Gary Whitfield", "Director | Whitfield Staffing Solutions", "Birmingham",
  ("inv", "Alex, we supply warehouse temps across Benelux at rates your agency can't match. Let's talk."),
  ("rem",),
  ("inm", "Really?", "I've sent you an invite and a follow-up and heard nothing. Honestly it's pretty unprofessional for someone in your "
          "position to ignore suppliers. Your competitors are happy to take my calls. Good luck with peak.", M))
P("hostility_after_decline", "de", "Uwe Lindemann", "Geschäftsführer | Lindemann Gabelstapler Service", "Wesel",
  ("inv", DEFAULT),
  ("inm", "Keine Antwort?", "Herr Alex, ich finde es schon ziemlich unhöflich, eine Kontaktanfrage einfach liegen zu lassen. So geht man "
          "unter Geschäftsleuten nicht miteinander um. Man sieht sich immer zweimal im Leben.", M))
P("hostility_after_decline", "en", "Jeroen Smits", "Eigenaar | Smits Uitzendbureau", "Spijkenisse",
  ("inv", "Hoi Alex, wij leveren orderpickers en heftruckchauffeurs, ook op korte termijn. Mag ik eens langskomen?"),
  ("inm", "Jammer", "Nou Alex, blijkbaar ben je te belangrijk om even te reageren. Ik dacht dat mensen in de logistiek nog normaal met "
          "elkaar omgingen. Niet dus. Succes ermee.", M), nl="nl")
P("hostility_after_decline", "fr", "Stéphane Lacroix", "Gérant | Lacroix Manutention", "Dunkerque",
  ("inv", NONOTE), ("rem",),
  ("inm", "Sans réponse", "Monsieur, ignorer les demandes de contact de professionnels, c'est d'une grande impolitesse. "
          "Je m'en souviendrai quand vous chercherez un prestataire.", S))

# =============================================================== hostility_connection
P("hostility_connection", "en", "Dennis Vermeulen", "Owner | Vermeulen Transport & Logistiek", "Dordrecht",
  ("msg", "Alex, about the new lanes for Q4, I can do Rotterdam-Duisburg daily at 620 per trip. Send me the volumes and I'll confirm.", ),
  ("msg", "So I hear from your planner you've cancelled our contract and gone with a cheaper outfit. After 3 years. Unbelievable. "
          "You people have no loyalty and no decency, don't come crawling back when they let you down in December.", M), nl="en")
P("hostility_connection", "de", "Ralf Weidner", "Verkaufsleiter | Regalbau Weidner", "Krefeld",
  ("msg", "Hallo Alex, wir hätten noch Kapazität für die Regalerweiterung in Halle 3. Soll ich Ihnen ein Angebot schicken?"),
  ("msg", "Nochmal wegen der Erweiterung: wir können auch die jährliche Regalprüfung übernehmen, Paketpreis.", S),
  ("msg", "Dass Sie sich nach all den Angeboten nicht mal melden, ist wirklich dreist. Von einem Betriebsleiter hätte ich mehr Anstand erwartet.", M))
P("hostility_connection", "en", "Kees Jansen", "Accountmanager | HeftruckDirect", "Gouda",
  ("acc",),
  ("msg", "Hoi Alex, bedankt voor het connecten. We hebben deze maand 3 elektrische heftrucks in de aanbieding, 10% korting bij lease. Interesse?", S),
  ("msg", "Echt, ik probeer je gewoon te helpen en je leest het niet eens. Erg onprofessioneel. Laat maar zitten.", M), nl="nl")

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Natalia Kamińska", "Account Manager | WorkBridge Staffing", "Rotterdam",
  ("msg", "Hi Alex, peak is coming. We have 20 order pickers ready from 1 November, all with BHV and VCA. Shall I send rates?"),
  ("msg", "Hello again Alex, just checking if you received my offer. We can also provide reach truck drivers with certificate.", S),
  ("msg", "Alex, last chance for the November group, 3 places left. Let me know today please.", S))
P("connection_only_pitches", "de", "Matthias Krüger", "Sales Director | ScanTec Handscanner", "Bremen",
  ("msg", "Hallo Alex, unsere neuen Ringscanner sparen bis zu 12 % Pickzeit. Darf ich Ihnen zwei Testgeräte schicken und danach kurz telefonieren?"),
  ("msg", "Hallo Alex, haben die Geräte Ihr Interesse geweckt? Ich hätte nächste Woche einen Termin frei für eine Vorführung vor Ort.", M))
P("connection_only_pitches", "en", "Erik Dekker", "Sales | Dock Equipment & Loading Bays", "Nijmegen",
  ("msg", "Alex, saw you're expanding the cross-dock. We do dock levellers and shelters, installation in 2 weeks. Quote?"),
  ("msg", "Following up on the dock levellers. We also have a service contract offer for existing doors, 15% off until October.", S), nl="en")
P("connection_only_pitches", "fr", "Camille Renaud", "Chargée d'affaires | Emballages Nordpack", "Arras",
  ("msg", "Bonjour Alex, nous lançons un film étirable 30 % plus fin pour la palettisation. Je peux vous envoyer un échantillon et un devis ?"),
  ("msg", "Bonjour Alex, je reviens vers vous concernant le film étirable. Un rendez-vous la semaine prochaine ?", M),
  ("msg", "Dernière relance : le prix promotionnel se termine le 31. Voulez-vous passer commande ?", S))

# =============================================================== single_pitch
P("single_pitch", "en", "Lars Hoekstra", "Founder | ShiftPlanner.io", "Groningen",
  ("msg", "Hi Alex, long time! We built a shift planning app for warehouses, handles Dutch CAO rules. Want a trial account for your team?"), nl="en")
P("single_pitch", "de", "Petra Schulz", "Vertrieb | Arbeitsschutz-Schulungen Niederrhein", "Kleve",
  ("msg", "Hallo Alex, unsere Staplerschein-Schulungen gibt es jetzt auch auf Niederländisch. Soll ich Ihnen die Termine und Preise für Q4 schicken?"))
P("single_pitch", "en", "Mehmet Yılmaz", "Owner | Yilmaz Cleaning Services", "Schiedam",
  ("msg", "Hello Alex, we clean warehouses and offices at night, also floor marking renew. Can I make you a price for your hall?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Femke Visser", "Site Manager | Bleiswijk DC", "Bleiswijk",
  ("msg", "Alex, we had the Inspectie SZW over last week, they're focusing on working hours registration for agency staff this autumn. "
          "Heads up, check your flex workers' clock-ins. Happy to show you what they asked for."), nl="en")
P("connection_brings_value", "de", "Thomas Brenner", "Lagerleiter | Kontraktlogistik Neuss", "Neuss",
  ("end",),
  ("msg", "Hallo Alex, wie besprochen im Anhang unsere Gefährdungsbeurteilung für Schmalgangstapler. Nehmen Sie gern raus, was Ihnen hilft.", S),
  ("msg", "PS: Die BG hat dazu auch ein neues Merkblatt rausgebracht, kostenlos als PDF. Link schicke ich gleich.", S))
P("connection_brings_value", "en", "Aleksandra Wójcik", "HR Business Partner | Logistics", "Rotterdam",
  ("msg", "Hi Alex, a friend of mine, Paweł, is a very experienced night shift lead and looking for a new place in Rotterdam area. "
          "I told him about your vacancy. Can I give him your email?"))
P("connection_brings_value", "fr", "Nicolas Perrin", "Directeur des opérations | Plateforme Dourges", "Dourges",
  ("msg", "Salut Alex, comme promis je te transmets notre procédure de consignation pour les quais. Elle nous a évité pas mal d'incidents. "
          "Si tu veux on en discute à la réunion de novembre."))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Meijer", "Senior Recruiter Supply Chain | Hays Nederland", "Rotterdam",
  ("inm", "Site Director role, Moerdijk", "Hi Alex, I'm recruiting a Site Director for a new 60,000 m2 DC in Moerdijk (FMCG, 250 FTE). "
          "Your background in cross-dock and temp workforce fits well. Open to a confidential chat?"), nl="en")
P("stranger_inmail_recruiter", "de", "Oliver Hartmann", "Executive Search Logistik | Hartmann & Partner", "Düsseldorf",
  ("inm", "Position: Leitung Distributionszentrum", "Guten Tag Alex, für einen Handelskonzern suche ich eine Leitung für das neue "
          "Distributionszentrum in Emmerich. Gehalt deutlich über Markt, Firmenwagen. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "Priya Natarajan", "Talent Acquisition | NorthSea 3PL", "Antwerp",
  ("inm", "Head of Warehousing Benelux", "Hello Alex, we're hiring a Head of Warehousing Benelux, reporting to our COO. Hybrid, based in Antwerp or "
          "Rotterdam. I'd be glad to share the job description if you're curious."))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brian Castellano", "VP Sales EMEA | Autostore Integrators", "London",
  ("inm", "Automating your pick faces", "Hi Alex, sites like yours typically cut picking headcount by 40% with our cube storage. "
          "Can I get 20 minutes on your calendar next week?"))
P("stranger_inmail_sales", "de", "Melanie Fuchs", "Account Executive | SafeZone Personenschutzsysteme", "München",
  ("inm", "Kollisionswarnung für Ihre Stapler", "Hallo Alex, mit unserem Warnsystem sinken Beinahe-Unfälle um bis zu 70 %. "
          "Ich würde Ihnen gern ein Angebot für Ihre Flotte machen."),
  ("inm", "Nachfrage: Kollisionswarnung", "Hallo Alex, ich wollte nachhaken, ob Sie mein Angebot erhalten haben. Eine Vorführung ist kostenlos.", M))
P("stranger_inmail_sales", "en", "Sander Bos", "Energy Advisor | SolarDak Zakelijk", "Amersfoort",
  ("inm", "Zonnepanelen op jullie dak?", "Hoi Alex, een distributiecentrum zoals dat van jullie heeft vaak 10.000 m2 ongebruikt dak. "
          "Wij leggen er zonnepanelen op zonder investering. Mag ik een rekenvoorbeeld sturen?"), nl="nl")
P("stranger_inmail_sales", "fr", "Amélie Girard", "Business Developer | TransLog Affrètement", "Lyon",
  ("inm", "Vos flux vers la France", "Bonjour Alex, nous affrétons des camions complets Rotterdam-France à des tarifs très compétitifs. "
          "Puis-je vous faire une cotation sur vos flux réguliers ?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Martijn Kok", "Operations Manager | Waalhaven Distribution", "Rotterdam",
  ("inv", "Hi Alex, neighbour here (Waalhaven). We're both struggling with agency no-shows, I think. Would be good to compare notes over "
          "a coffee some time, maybe even share a bench of reserve pickers."),
  ("msg", "Good talking yesterday. Here's the no-show tracker sheet we use, feel free to copy it.", S),
  ("msg", "Alex, full disclosure, I've started doing consultancy on the side. For 950 a day I can set up the whole reserve-pool system at "
          "your site. Want me to send a proposal?", M), nl="en")
P("good_turns_ugly", "de", "Sebastian Krause", "Lagerleiter | Pharma-Logistik Kaldenkirchen", "Nettetal",
  ("inv", "Hallo Alex, wir sind auch auf der Suche nach Lösungen für Hitzestress in der Halle im Sommer. Haben Sie Erfahrungen mit "
          "Großraumventilatoren? Tausche gern unsere Messwerte."),
  ("msg", "Danke für Ihre Hinweise! Anbei unsere Temperaturmessungen aus Juli, vielleicht nützlich.", S),
  ("end", S),
  ("msg", "Hallo Alex, ich habe Sie für {skill} empfohlen, würden Sie mich auch für Lagerlogistik und Führung bestätigen? Danke!", S))
P("good_turns_ugly", "en", "Joanna Mazur", "Safety Coordinator | Warehouse Poland-Netherlands", "Venlo",
  ("inv", "Hi Alex, I translated our forklift safety rules into Polish, Romanian and Bulgarian for agency workers. Happy to share, "
          "many of your pickers probably read those better than Dutch."),
  ("msg", "Here is the file with all translations, hope it helps on the floor.", S),
  ("msg", "Hi Alex, now I started my own company for translation of safety documents and training videos. Price per document 180 EUR. "
          "Interested to order for your site?", M))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Ronald Vos", "Sales Manager | PalletWorld Wholesale", "Oss",
  ("inm", "Pallets below market price", "Alex, we have 5,000 EPAL pallets available at 9,80 each. Interested? Can deliver this week."),
  ("inv", "Hi Alex, I see we both know Femke Visser. Would be nice to connect, always good to know people in the region.", R), nl="en")
P("reinvite_known_bad", "de", "Christian Falk", "Business Development | LogiSoft", "Essen",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, ich organisiere einen kleinen Erfahrungsaustausch zu WMS-Migrationen unter Lagerleitern. Hätten Sie Lust?", R))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Wim Claessens", "Directeur | Claessens Uitzendgroep", "Antwerpen",
  ("inv", "Alex, ik heb altijd flexkrachten beschikbaar. Bel me."),
  ("inm", "Geen reactie", "Typisch, geen antwoord. Zo bouw je geen relaties op in deze sector. Ik zal het onthouden.", S),
  ("inv", "Hoi Alex, ik start een netwerk voor logistieke managers in de Benelux, gratis lid. Doe je mee?", R), nl="nl")
P("reinvite_known_ugly", "en", "Tanya Hughes", "Founder | Warehouse Wellbeing Hub", "Manchester",
  ("inm", "Free wellbeing toolkit for your shifts", "Hi Alex, we've made a free toolkit for night-shift fatigue. Want me to send it over?"),
  ("inm", "Your wellbeing programme", "Hi Alex, following the toolkit, our full programme for your site is 6,500 GBP per year. Shall we "
          "schedule a call to get you started?", S),
  ("inv", "Hi Alex, I'd love to connect and keep sharing resources with warehouse leaders.", R))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Joost van Leeuwen", "Sales Manager | Still Intralogistics NL", "Alphen aan den Rijn",
  ("acc",),
  ("msg", "Thanks for the connect Alex. Our new EXV series would suit your narrow aisles. Happy to arrange a test drive at your site.", S), nl="en")
P("user_invited_pitch_once", "de", "Birgit Hahn", "Vertrieb | Arbeitskleidung & PSA", "Gelsenkirchen",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Anfrage! Falls Sie für den Winter Sicherheitsschuhe oder Warnjacken brauchen, mache ich Ihnen gern ein Angebot.", S))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ilse Groen", "Account Manager | Randstad Inhouse Logistics", "Rotterdam",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! Our inhouse team can take over your full flex pool, one point of contact. Shall I present it?", S),
  ("msg", "Hi Alex, did you have time to look at our inhouse proposal? I can come by on Thursday.", M), nl="en")
P("user_invited_pitch_twice", "fr", "Antoine Lefebvre", "Responsable grands comptes | Rayonnages Dupuis", "Lens",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Nous avons une promotion sur les rayonnages cantilever ce trimestre, je vous envoie la brochure ?", S),
  ("msg", "Bonjour Alex, sans nouvelles de votre part : souhaitez-vous un devis pour vos extensions ? Livraison rapide possible.", M))

# =============================================================== user_invited_value
P("user_invited_value", "en", "Henk Postma", "Hoofd Veiligheid | Port of Rotterdam warehousing", "Rotterdam",
  ("acc",),
  ("msg", "Hoi Alex, dank voor de uitnodiging. Hierbij de slides van onze presentatie over brandveiligheid in hoogbouwmagazijnen, vrij te gebruiken.", S), nl="nl")
P("user_invited_value", "de", "Katharina Wolff", "Betriebsleiterin | Hafenlager Duisport", "Duisburg",
  ("acc",),
  ("msg", "Hallo Alex, schön, dass wir verbunden sind. Wie versprochen: unsere Checkliste für die Einarbeitung neuer Leiharbeiter. Viel Erfolg!", S))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Pieter de Wit", "Supply Chain Director | Albert Heijn DC Zaandam", "Zaandam", ("acc",))
P("acceptance_only", "de", "Monika Berger", "Leiterin Kontraktlogistik | Venlo", "Venlo", ("acc",))
P("lone_endorsement", "en", "Dawid Nowicki", "Reach truck driver | Rotterdam", "Rotterdam", ("end",))
P("lone_endorsement", "en", "Lisa Timmermans", "Planner | Outbound", "Barendrecht", ("end",), nl="nl")


ERAS = {p[2]: "cur" for p in PEOPLE}

FOREIGN = [
    ("Sanne Verhoeven", "s.verhoeven@coolchain-botlek.example.nl", "Incidentrapport reach truck",
     "Hoi Alex,\n\nIk heb je ook via LinkedIn uitgenodigd, maar hier alvast het incidentrapport. Bel gerust als je vragen hebt.\n\nGroet, Sanne", "en"),
    ("Crediteurenadministratie", "facturen@logistic-directory-nl.example", "Factuur 2022-0913 - vermelding logistieke gids",
     "Geachte heer/mevrouw,\n\nVolgens onze gegevens (o.a. uw LinkedIn-profiel) staat uw bedrijf vermeld in onze gids. Gelieve EUR 1.180,- binnen 7 dagen over te maken.", "en"),
    ("PostNL Pakketservice", "noreply@postnl-track.example", "Uw pakket kon niet bezorgd worden",
     "Beste klant,\n\nUw pakket ligt klaar. Betaal EUR 1,99 via onderstaande link om een nieuwe bezorging te plannen.", "en"),
    ("HR Afdeling", "hr@warehouse-alex.example.nl", "Sollicitaties ploegleider nachtdienst",
     "Hoi Alex,\n\nEr zijn 11 reacties binnen op de vacature, een paar kandidaten zeggen dat ze je ook via LinkedIn hebben benaderd. Lijst in de bijlage.", "en"),
    ("Logistik Forum Duisburg", "info@logistikforum.example.de", "Programm Staplersicherheitstag 14.10.",
     "Hallo Alex,\n\nanbei das Programm. Wir posten die Fotos danach auch auf LinkedIn, falls Sie nichts dagegen haben.", "de"),
    ("Planning", "planning@warehouse-alex.example.nl", "Opzegging contract Vermeulen",
     "Alex,\n\nVermeulen heeft de opzegging ontvangen en was niet blij. Hij heeft ook gedreigd je op LinkedIn aan te spreken. FYI.", "en"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage",
     "Hallo Alex,\n\nHolger Brandt möchte sich mit Ihnen auf XING vernetzen.", "de"),
    ("Securex Facilities", "service@securex-fm.example.fr", "Rappel : contrôle annuel des extincteurs",
     "Bonjour,\n\nle contrôle annuel de vos extincteurs est prévu le 18 octobre. Merci de confirmer l'accès au site.", "fr"),
]


HEADER = [f"# mailbot development corpus dev178. Generated by scripts/make_corpus_dev178.py (seed {SEED}); do not edit by hand.",
          "# Alex as operations manager of a logistics warehouse near Rotterdam, September to October 2022: forklift, racking and WMS vendors, "
          "temp agencies, freight brokers, applicants, peer warehouse managers. Same format as tests/corpus/dev."]


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


if __name__ == "__main__":
    check_notes()
    main(__doc__, "dev178", SEED, PEOPLE, FOREIGN, spoofs=10, other=14, header=HEADER, eras=ERAS)
