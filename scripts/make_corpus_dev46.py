#!/usr/bin/env python3
"""Write mailbot's forty-sixth, independent development corpus: tests/corpus/dev46/*.eml + expected.toml.

The angle: the user Alex is the fleet and logistics manager of a road carrier with depots in
Wrocław (Poland) and Ostrava (Czechia), about 140 tractor units and reefer trailers, working in
English and German. Most writers are Central Europeans writing in a second language: Polish,
Czech, Slovak and Hungarian people in non-native English (dropped articles, "please for
contact", "how you organised it") or in German learned on the job; a few Austrians, Germans,
Italians, Spaniards and French. Their world: transport brokers with loads and rates (and with
insults when ignored), telematics, tachograph, e-CMR and toll-box vendors, fuel-card sellers,
driver-recruitment agencies, tyre and AdBlue suppliers, leasing and factoring, driver-training
schools (a free safety day against paid Code 95 modules), peers from other carriers sharing
templates and fraud warnings, associations' free evenings on the Mobility Package, researchers,
recruiters for fleet roles, endorse-me-back from planners on the job market, and bait and switch
through "peer circles", free checklists, theses, WhatsApp groups and benchmarks.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job alerts and
other LinkedIn mail, the cities, the names and headlines of spoof-only people and PYMK
suggestions, and the pitches that spoofs carry are swapped for logistics ones in this process
only (make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or the notes of the other
generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev46.py              # writes tests/corpus/dev46
    python scripts/make_corpus_dev46.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261146

import make_corpus as mc  # noqa: E402
import corpus_stories as cs  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ logistics world (this process only)
# Polish "ł" has no decomposition: drop it like the other diacritics in vanity names and variants.
_strip = mc.strip_accents
mc.strip_accents = lambda s: _strip(s.replace("ł", "l").replace("Ł", "L"))

SKILLS = {
    "en": ["Fleet Management", "Logistics Management", "Transportation Management", "Route Planning", "Road Transport", "Supply Chain Management"],
    "de": ["Fuhrparkmanagement", "Logistik", "Transportmanagement", "Tourenplanung", "Straßengüterverkehr", "Disposition"],
    "fr": ["Gestion de flotte", "Logistique", "Transport routier", "Planification des tournées", "Gestion des transports"],
    "es": ["Gestión de flotas", "Logística", "Transporte por carretera", "Planificación de rutas", "Gestión del transporte"],
    "it": ["Gestione flotte", "Logistica", "Autotrasporto", "Pianificazione dei percorsi", "Gestione dei trasporti"],
}
RHEADLINE = {
    "en": "Fleet & Logistics Manager CEE at Example Logistics",
    "de": "Leitung Fuhrpark & Logistik CEE bei Example Logistics",
    "fr": "Responsable flotte et logistique Europe centrale chez Example Logistics",
    "es": "Responsable de flota y logística CEE en Example Logistics",
    "it": "Responsabile flotta e logistica CEE presso Example Logistics",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.CITY["en"] = ["Wrocław", "Poznań", "Warszawa", "Katowice", "Ostrava", "Brno"]
mc.CITY["de"] = ["Wrocław", "Ostrava", "Dresden", "Wien", "Berlin", "Prag"]
mc.NAMES["en"] = (["Paweł", "Agata", "Tomasz", "Jakub", "Magdalena", "Krzysztof", "Lucie", "Petr", "Zuzana", "Marek", "Katalin", "Dominik",
                   "Kinga", "Ondřej", "Beata", "Miroslav", "Réka", "Sławomir"],
                  ["Mazur", "Sikora", "Baran", "Dudek", "Kubiak", "Krawiec", "Pawlak", "Tóth", "Kovács", "Varga", "Nemeth", "Wilk", "Kozieł", "Bartos"])
mc.JOBS[:] = [("Fleet Manager", "Moravia Freight a.s."), ("Head of Transport", "Vistula Cold Chain"), ("Fuhrparkleiter (m/w/d)", "Spedition Reiter GmbH"),
              ("Transport Manager CEE", "Danube Foods"), ("Kierownik floty / Fleet Manager", "Trans-Wola Sp. z o.o.")]
mc.COMPANIES["good"] = ["Trans-Kop S.A.", "Moravia Freight a.s.", "Baltic Reefer Lines", "Danube Foods", "Vistula Cold Chain", "Tatra Cargo s.r.o.",
                        "Spedition Reiter GmbH", "Szűcs Logistics Kft."]
mc.COMPANIES["sales"] = ["FuelNet CEE", "Trakko Telematik", "TollBox Europe", "RoutePilot AI", "CargoBolsa", "TyrePro Fleet Service", "GeoGuard GPS",
                         "TruckLease Polska", "FrigoRent"]
mc.HEADLINES["good"] = ["Fleet Manager at {co}", "Transport Manager | {co}", "Head of Transport CEE at {co}", "Dispatcher / Disponent at {co}",
                        "Workshop Manager | {co}", "Driver Trainer | Code 95 | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Sales Manager CEE at {co}", "Business Development | {co}", "Helping carriers save on fuel | {co}",
                         "Founder & CEO at {co}"]
OTHER_SWAP = {
    "en": dict(job=("{n} new jobs for \"fleet manager\"", "Your job alert for fleet manager in {city}"), news="Will the driver shortage ease in 2026?",
               group="Top conversations in Road Transport & Fleet Management CEE", newsletter="Fleet Notes: what the 8-week rule really costs"),
    "de": dict(job=("{n} neue Jobs für „Fuhrparkleiter“", "Ihr Jobalarm für Fuhrparkleiter in {city}"), news="Wird der Fahrermangel 2026 kleiner?",
               group="Top-Unterhaltungen in Straßengüterverkehr & Fuhrpark", newsletter="Flotte kompakt: Was die 8-Wochen-Regel wirklich kostet"),
    "fr": dict(job=("{n} nouvelles offres pour « responsable de parc »", "Votre alerte emploi pour responsable de parc à {city}"),
               news="La pénurie de chauffeurs va-t-elle se résorber ?", group="Meilleures discussions dans Transport routier & gestion de flotte",
               newsletter="Carnet de flotte : ce que coûte vraiment la règle des 8 semaines"),
    "es": dict(job=("{n} empleos nuevos de «jefe de flota»", "Tu alerta de empleo de jefe de flota en {city}"),
               news="¿Se aliviará la falta de conductores en 2026?", group="Conversaciones destacadas en Transporte por carretera y flotas",
               newsletter="Apuntes de flota: lo que cuesta de verdad la regla de las 8 semanas"),
    "it": dict(job=("{n} nuove offerte per «fleet manager»", "Il tuo avviso di lavoro per fleet manager a {city}"),
               news="La carenza di autisti si attenuerà nel 2026?", group="Conversazioni principali in Autotrasporto & Gestione flotte",
               newsletter="Taccuino di flotta: quanto costa davvero la regola delle 8 settimane"),
}
for _l, _o in OTHER_SWAP.items():
    mc.OTHER[_l]["job"] = (_o["job"][0], _o["job"][1], mc.OTHER[_l]["job"][2])
    for _k in ("news", "group", "newsletter"):
        mc.OTHER[_l][_k] = (_o[_k], mc.OTHER[_l][_k][1])
SPOOF_SUBJECTS = {
    "en": ["Transport order attached", "Your fuel card", "Loads for your trucks", "Quick question"],
    "de": ["Transportauftrag im Anhang", "Ihre Tankkarte", "Ladungen für Ihre LKW", "Kurze Frage"],
    "fr": ["Ordre de transport ci-joint", "Votre carte carburant", "Du fret pour vos camions"],
    "es": ["Orden de transporte adjunta", "Tu tarjeta de combustible", "Cargas para tus camiones"],
    "it": ["Ordine di trasporto in allegato", "La tua carta carburante", "Carichi per i tuoi camion"],
}
SPOOF_PITCH = {
    "en": ["Hi {first}, I sent you the transport order and the CMR for loading in Poznań through LinkedIn Secure Share. Please log in to confirm the loading slot.",
           "Dear {first}, your fuel card was blocked because of unpaid toll invoices. Log in to the partner portal today to release it.",
           "Hello {first}, we have 30 loads weekly DE-PL at top rates, only for verified carriers. Register on our portal to see them."],
    "de": ["Hallo {first}, ich habe Ihnen den Transportauftrag und die CMR über LinkedIn Secure Share geschickt. Bitte melden Sie sich an, um den Ladetermin zu bestätigen.",
           "Guten Tag {first}, Ihre Tankkarte wurde wegen offener Mautrechnungen gesperrt. Bitte melden Sie sich im Partnerportal an, um sie freizuschalten."],
    "fr": ["Bonjour {first}, je vous ai transmis l'ordre de transport et la CMR via LinkedIn Secure Share. Connectez-vous pour confirmer le créneau de chargement.",
           "Bonjour {first}, votre carte carburant est bloquée pour péages impayés. Connectez-vous au portail partenaire pour la débloquer."],
    "es": ["Hola {first}, te he enviado la orden de transporte y el CMR por LinkedIn Secure Share. Inicia sesión para confirmar la hora de carga.",
           "Hola {first}, tu tarjeta de combustible está bloqueada por peajes pendientes. Entra en el portal de socios para desbloquearla."],
    "it": ["Ciao {first}, ti ho inviato l'ordine di trasporto e il CMR tramite LinkedIn Secure Share. Accedi per confermare l'orario di carico.",
           "Buongiorno {first}, la sua carta carburante è bloccata per pedaggi non pagati. Acceda al portale partner per sbloccarla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
    mc.INMAIL_SUBJECTS[_l]["sales"] = list(SPOOF_SUBJECTS[_l])

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Marek Zieliński", "Fleet Manager at Trans-Wola Sp. z o.o. | 90 tractors | PL-DE-NL", "Łódź",
  ("inv", "Hello Alex, I am fleet manager in Trans-Wola, we have 90 Volvo units mostly on Benelux. We must retrofit smart tacho 2 before August and our dealer "
          "gives terms only in October. How you organized it in your fleet? Just want to compare experience between carriers."),
  ("rem",))
P("good_invitation", "de", "Pavel Kříž", "Ing. | Leiter Schulungszentrum | Autoškola Kříž – Berufskraftfahrer & ADR", "Ostrava",
  ("inv", "Guten Tag Herr Morgan, am 14. Juni machen wir auf unserem Übungsplatz in Hrabová einen Sicherheitstag für LKW-Fahrer: Bremsen auf Glätte, "
          "toter Winkel, Erste Hilfe. Kostenlos, bezahlt vom Kreis. Ihre Fahrer vom Depot Ostrava sind herzlich willkommen."))
P("good_invitation", "en", "Zsófia Kertész", "PhD researcher, road freight decarbonisation | Budapest University of Technology", "Budapest",
  ("inv", "Dear Alex, I'm doing a study on why CEE carriers hesitate with HVO and LNG trucks. Could I interview you for 20 min? It's anonymous and every "
          "participant gets the final report. Hearing a fleet manager from PL/CZ would really help me."),
  ("rem",))
P("good_invitation", "en", "Jana Procházková", "Regional coordinator | Sdružení dopravců Morava", "Olomouc",
  ("inv", "Hi Alex, 3 April we have evening meeting in Ostrava with labour inspector about posting declarations and the return rules. Free entry also for "
          "non-members, Czech and English. You have depot in Ostrava so maybe useful for you and your planners."))
P("good_invitation", "de", "Thomas Reiter", "Fuhrparkleiter | Spedition Reiter GmbH", "Linz",
  ("inv", "Servus Alex, der Wojciech von Trans-Kop hat erzählt, dass Sie für Ostrava einen Werkstattleiter suchen. Mein früherer Meister Jiří zieht im "
          "Herbst zurück nach Tschechien und sucht genau so was. Wenn Sie wollen, bring ich euch zwei zusammen."))
P("good_invitation", "it", "Giorgio Ferrante", "Responsabile flotta | Autotrasporti Ferrante & Figli", "Verona",
  ("inv", "Ciao Alex, ci siamo parlati allo stand Krone a Monaco. Ti chiedo una cosa da collega: come organizzate il rientro degli autisti ogni 4 settimane "
          "con i viaggi lunghi in Italia? Noi con i nostri autisti rumeni non ne veniamo fuori."),
  ("rem",))
P("good_invitation", "en", "Katarzyna Wróbel", "Talent Acquisition Partner | Baltic Reefer Lines", "Gdańsk",
  ("inv", "Hi Alex, we are opening the role Head of Fleet Operations in Gdańsk (160 reefer units, hybrid, reporting to COO, 28-33k PLN gross). Your PL+CZ "
          "fleet experience fits really well. May I send you the job description?"))


# =============================================================== default_invitation
P("default_invitation", "en", "Dariusz Kaczmarek", "Spedytor międzynarodowy | Freight forwarder PL-DE-FR", "Poznań", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Milan Horváth", "Obchodný zástupca | Palivové karty SK/CZ", "Bratislava", ("inv", NONOTE))
P("default_invitation", "en", "Ferenc Tóth", "Owner at Tóth Trans Kft. | 25 trucks", "Győr", ("inv", DEFAULT))
P("default_invitation", "fr", "Sébastien Royer", "Affréteur | Transports Royer – Alsace", "Strasbourg", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Bartosz Mazur", "Key Account Manager | FuelNet CEE – fuel cards & toll boxes", "Warszawa",
  ("inv", "Good morning Alex, we offer fuel card with discount up to 9 gr/l on 1800 stations in PL, CZ, DE and one toll box for e-TOLL, Maut and myto. "
          "I can prepare offer for your fleet, how many trucks you have now?"))
P("sales_invitation", "de", "Lenka Vávrová", "Vertrieb DACH & CZ | Trakko Telematik s.r.o.", "Praha",
  ("inv", "Guten Tag Herr Morgan, mit Trakko sehen Sie Lenkzeiten, Verbrauch und Tacho-Fernauslesung in einer Plattform. Für Flotten ab 50 LKW jetzt "
          "3 Monate gratis. Darf ich Ihnen das in einer kurzen Online-Präsentation zeigen?"),
  ("rem",))
P("sales_invitation", "en", "Rustam Karimov", "Recruitment of C+E drivers from Central Asia | Work permits | Code 95", "Kraków",
  ("inv", "Dear Sir, we provide C+E drivers from Uzbekistan and Kyrgyzstan with code 95, legal work permit in 6-8 weeks, we do all documents and "
          "accommodation. Fee per driver only 2900 PLN. If you have shortage of drivers please contact me."))
P("sales_invitation", "es", "Nerea Aldekoa", "Gestora de cuentas internacionales | Devolución de IVA y gasóleo profesional", "Bilbao",
  ("inv", "Hola Alex, ¿vuestros camiones repostan en España o Francia? Tramitamos la devolución del gasóleo profesional y del IVA extranjero para "
          "transportistas polacos. Solo cobramos el 6 % de lo que recuperamos. ¿Te preparo un estudio sin compromiso?"))
P("sales_invitation", "it", "Federico Zanetti", "Key account Est Europa | FrigoRent – noleggio semirimorchi", "Bologna",
  ("inv", "Buongiorno Alex, noleggiamo semirimorchi frigo con gruppo Carrier o Thermo King, anche per 2-3 mesi per il picco estivo. Consegna a Wrocław "
          "in 10 giorni. Le mando listino e disponibilità?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Grzegorz Wójcik", "Founder | CEE Fleet Leaders Circle", "Katowice",
  ("inv", "Hi Alex, I'm gathering a small group of fleet managers from PL, CZ and SK. Once a month online call, we share what works with driver retention "
          "and the Mobility Package. No vendors, only practitioners. Would be glad to have you inside."),
  ("msg", "Thanks for joining Alex! Before the first call a short info: the circle is run together with my company DriveStay, we do a driver retention "
          "program (bonus app with gamification, points for eco-driving). It's 14 PLN per driver monthly. I can reserve a pilot for your Wrocław depot, "
          "when do you have 20 min for a demo?"),
  ("msg", "Alex, pilot spot is still open until Friday. Shall I send you the agreement? Then you can already show results on the first circle call :)", (4, 10)))
P("bait_and_switch_invitation", "de", "Radek Šimek", "Berater Mobilitätspaket | Entsendung, IMI, Kabotage", "Brno",
  ("inv", "Hallo Alex, ich habe eine kostenlose Checkliste zum Mobilitätspaket gemacht (Rückkehrpflicht, IMI-Entsendemeldungen, Kabotage-Sperrfrist), "
          "auf Deutsch und Englisch. Gerne schicke ich sie Ihnen, einfach die Einladung annehmen."),
  ("msg", "Hier wie versprochen die Checkliste: https://drive.example/mp-checkliste.pdf. Übrigens lassen viele Spediteure inzwischen die ganzen "
          "IMI-Meldungen bei uns laufen, Pauschale 39 € pro Fahrer und Monat, keine Strafen mehr. Wollen wir nächste Woche telefonieren? "
          "Dann mache ich Ihnen ein Angebot für Ihre Fahrer."))
P("bait_and_switch_invitation", "en", "Ildikó Varga", "MSc student, Supply Chain Management | Corvinus University", "Budapest",
  ("inv", "Dear Alex, I am writing my master thesis about tachograph data and driver fatigue in CEE carriers. Could I ask you 3-4 questions about how "
          "you monitor it? It would help me very much, thank you!"),
  ("msg", "Thank you so much for connecting! I want to be honest, next to my studies I work part time for FatigueGuard, we install an in-cab camera that "
          "detects microsleep and phone use. Our sales director would love to show you a 15 min demo and you get 2 units for a free test. When suits you?"))
P("bait_and_switch_invitation", "en", "Julien Marchetti", "Responsable grands comptes Europe centrale | TransFactor", "Lyon",
  ("inv", "Bonjour Alex, je lance un petit groupe d'échange entre transporteurs d'Europe centrale sur les délais de paiement des chargeurs français "
          "(60 jours, parfois plus !). Juste du partage d'expérience entre gens du métier. Ça vous tente ?"),
  ("msg", "Merci d'avoir rejoint le groupe ! Justement, chez TransFactor nous rachetons vos factures de fret sous 24 h, commission à partir de 1,4 %. "
          "Je vous envoie une simulation sur vos clients français ?"),
  ("msg", "Alex, petite relance : la simulation est prête, il me manque juste votre chiffre d'affaires mensuel sur la France. On cale 15 minutes jeudi ?", (5, 14)),
  nl="fr")
P("bait_and_switch_invitation", "de", "Sandra Kowalczyk", "Flottenexpertin | Nutzfahrzeuge & alternative Antriebe", "Berlin",
  ("inv", "Hallo Alex, wir kommen beide aus dem Fuhrparkmanagement – ich würde mich gern als Kollegin vernetzen und austauschen, z.B. zu HVO, zum "
          "CO2-Aufschlag in der Maut und wie man das an die Kunden weitergibt."),
  ("msg", "Danke fürs Annehmen! Kurz zu mir: ich bin seit März bei GreenHaul Leasing. Wir haben E-LKW und LNG-Zugmaschinen im Full-Service-Leasing, "
          "aktuell noch mautbefreit bzw. stark reduziert. Hätten Sie nächste Woche 30 Minuten für ein unverbindliches Angebotsgespräch?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Tomasz Lis", "Head of Research | FleetCost Index", "Warszawa",
  ("inm", "Fuel & toll cost benchmark - your input?", "Dear Alex, we are preparing a free benchmark of fuel and toll cost per km for carriers in PL, CZ "
          "and SK. If you answer 6 short questions you get the full report, anonymised, no cost. The form: https://forms.example/fci. "
          "Thank you in advance, Tomasz"),
  ("inm", "Your benchmark result", "Hi Alex, thanks for taking part! Your cost per km is 11% above the median for reefer fleets. Good news: with the "
          "TankPass card and our route-based fuelling plan we close this gap for most clients within 3 months. I attach an offer with 7 gr/l discount, "
          "valid till end of month. Can we talk on Tuesday?", (6, 15)))
P("bait_and_switch_inmail", "de", "Vojtěch Beneš", "Regionalleiter Mähren-Schlesien | RoadGrip Reifenservice", "Ostrava",
  ("inm", "Einladung: Fuhrpark-Roundtable Ostrava", "Sehr geehrter Herr Morgan, am 5. März treffen sich Fuhrparkleiter aus der Region Mährisch-Schlesien "
          "zum Erfahrungsaustausch über Reifenkosten und Winterbereifung. Die Teilnahme ist kostenlos, mit Mittagessen. Möchten Sie dabei sein?"),
  ("inm", "Nach dem Roundtable", "Hallo Herr Morgan, danke für Ihr Interesse am Roundtable. Wie angekündigt: unser Reifenmanagement mit Reifendruck-"
          "überwachung und Runderneuerung spart bis 18 % pro Kilometer. Ich würde Ihnen gern ein Angebot für Ihre 140 Auflieger machen – passt Ihnen "
          "Donnerstag 10 Uhr?"))
P("bait_and_switch_inmail", "it", "Matteo Vianello", "Responsabile flotta | Trasporti Vianello, Padova", "Padova",
  ("inm", "Domanda tra flottisti", "Buongiorno Alex, sono responsabile flotta anch'io (Padova, una sessantina di mezzi). Una curiosità: con i tachigrafi "
          "smart di seconda generazione come fate lo scarico dati da remoto? Noi perdiamo un sacco di tempo in officina. Grazie per qualsiasi dritta!"),
  ("inm", "Re: Domanda tra flottisti", "Grazie mille per la risposta, utilissima! Ti confesso che da quest'anno collaboro anche con TachoClick, il "
          "software che fa proprio lo scarico remoto e l'analisi delle infrazioni. Se vuoi ti attivo una prova di 30 giorni e poi ti giro il listino "
          "per flotte sopra i 100 mezzi."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Piotr Nowicki", "Transport Manager | Certificate of Professional Competence", "Wrocław",
  ("end",), ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} and a few more, you deserve it. Can you do the same for me? Transport Management and Freight Forwarding "
          "would be great. I am looking for a new job now so every click helps :) thanks!"))
P("endorse_me_back", "de", "Kristýna Holubová", "Disponentin | Zoll & Dokumente | Tschechien–Deutschland", "Brno",
  ("end",),
  ("msg", "Hallo Alex, ich habe Ihre Kenntnisse in {skill} bestätigt. Es wäre sehr nett, wenn Sie mir auch ein paar Bestätigungen geben, zum Beispiel "
          "Disposition und Zollabwicklung. Ich bewerbe mich gerade in Deutschland. Vielen Dank und Grüße aus Brno!"))
P("endorse_me_back", "en", "Gábor Nagy", "Logistics Coordinator", "Debrecen",
  ("end",), ("end",),
  ("msg", "alex hello, endorsed u for {skill} couple times already haha. return the favour? logistics + negotiation pls 🙏 cheers from debrecen"))
P("endorse_me_back", "fr", "Aurélien Gaudin", "Responsable d'exploitation | Transports Gaudin", "Lyon",
  ("end",),
  ("msg", "Salut Alex, je viens de valider ta compétence {skill}. Si tu as deux minutes, tu pourrais me recommander en Gestion de flotte et en "
          "Affrètement ? Je prépare une candidature chez un gros commissionnaire. Merci d'avance !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Kamil Sowa", "Freight Broker | Daily loads PL-DE-IT | 14 days payment", "Poznań",
  ("inv", "Hello, we have daily loads Poznań–Milano and Łódź–Lyon, payment 14 days. Searching reliable carriers with own trucks. Add me and we talk rates."),
  ("rem",),
  ("inm", "no answer?", "I sent you invitation 3 weeks ago and nothing. This is how you treat people who bring you work? Big company, big ego. Other "
          "carriers are happy for loads. You will remember me when your trucks stand empty in Italy. Good luck."))
P("hostility_after_decline", "de", "Jozef Baláž", "Spediteur | Baláž Logistik s.r.o. – Planen- und Kühlverkehre SK/DE", "Žilina",
  ("inv", "Guten Tag, wir sind Spedition aus Žilina und suchen Partner mit Planen-LKW für regelmäßige Verkehre SK–DE. Gerne Zusammenarbeit, bitte um Kontakt."),
  ("inm", "Keine Antwort", "Sehr geehrter Herr Morgan, so geht man mit Geschäftspartnern nicht um. Ich habe Ihnen zweimal geschrieben und keine "
          "Reaktion. Für einen Manager in Ihrer Position ist das sehr unprofessionell und auch arrogant. Ich werde Ihre Firma bei den Kollegen sicher "
          "nicht weiterempfehlen."))
P("hostility_after_decline", "en", "Attila Fekete", "Sales Manager CEE | ColdTrack temperature telematics", "Budapest",
  ("inv", "Hi Alex, quick question – which system do you use for temperature logging in your reefers? We have something interesting for pharma loads."),
  ("inm", "Seriously?", "Alex, I am trying to reach you for one month. Not even a 'no thank you'. Honestly, managers like you are the reason why nothing "
          "changes in this industry. Enjoy your old loggers and your rejected pharma loads."))
P("hostility_after_decline", "en", "Natalia Ostrowska", "Logistics Analyst | UEW Wrocław alumna", "Wrocław",
  ("inv", "Hi Alex, I see we both studied logistics at Wrocław University of Economics (I graduated 2015). Would be nice to connect with alumni working in fleet management."),
  ("rem",),
  ("inm", "wow", "I just wanted to connect as a fellow alumna and you ignore me for a month? Didn't know a manager title makes people so arrogant. Shame on you, really."))
P("hostility_after_decline", "it", "Salvatore Greco", "Broker trasporti | Carichi completi Italia–Polonia", "Verona",
  ("inv", "Buongiorno, abbiamo carichi completi settimanali Verona–Varsavia e Bologna–Poznań, cerchiamo vettori polacchi seri. Mi aggiunga e le mando le tariffe."),
  ("rem",),
  ("inm", "Complimenti", "Egregio, vedo che non si degna nemmeno di rispondere. Noi in Italia la cortesia di un \"no grazie\" la conosciamo ancora. "
          "Si tenga pure i suoi camion vuoti al ritorno. Saluti."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Marcin Piątek", "Sales Manager | TyrePro Fleet Service", "Łódź",
  ("msg", "Hi Alex, do you know how much you pay per km for tyres? Our fleet contract is fixed price per km, including night service on A2 and A4. "
          "For 140 trucks this is usually 12-15% cheaper than buying. Can I come to Wrocław next week and show the numbers?"),
  ("msg", "Alex, I write already second time. Maybe you missed it – I can also prepare offer only for your trailers if it's easier."),
  ("msg", "OK, third message and nothing. You accepted my invitation so I thought you are open for business. Apparently not. Quite rude to ignore "
          "people who want to help your company save money. I will not bother you anymore."))
P("hostility_connection", "de", "Stefan Huber", "Geschäftsführer | Huber Fahrerakademie – BKrFQG-Weiterbildung", "Salzburg",
  ("acc",),
  ("msg", "Danke für die Annahme, Alex! Kurz zu uns: Wir bieten die 5 Module der Berufskraftfahrer-Weiterbildung auch auf Polnisch und Tschechisch an, "
          "420 € pro Fahrer, gern direkt bei Ihnen im Depot. Passt Ihnen ein Termin nächste Woche zum Besprechen?"),
  ("msg", "Also gut. Sie laden MICH ein, und dann auf meine Nachricht keine Silbe. Für so einen Umgang habe ich wenig Verständnis, das ist schlicht "
          "schlechter Stil. Alles Gute trotzdem."))
P("hostility_connection", "en", "Lukáš Kolář", "Business Development | eCMR Cloud s.r.o.", "Praha",
  ("msg", "Hello Alex, paper CMR is past. With eCMR Cloud your drivers sign on the phone, customer gets POD in real time and you invoice the same day. "
          "40 Czech carriers use us already. Free onboarding for your Ostrava depot this quarter – interested?"),
  ("msg", "Hi Alex, small reminder about eCMR. Poland ratified the protocol too, so soon everybody will need it. 15 minutes call this week?"),
  ("msg", "I get it, too important to answer. Next time don't accept connections if you don't want to talk with people. Very unprofessional, and I will remember it."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Agnieszka Krawczyk", "Insurance broker | OCP, cargo & fleet insurance for carriers", "Wrocław",
  ("msg", "Good morning Alex, does your OCP policy cover theft from unguarded parking in France and Italy? Many carriers find out too late. I can "
          "prepare a comparison from 6 insurers, just send me the fleet list and your current policy."),
  ("msg", "Alex, renewal season for fleet AC is coming. Last year I saved one carrier from Opole 18% on the premium. Let me make you a counteroffer "
          "before your broker sends the renewal :)"),
  ("msg", "Last try from my side: I have a special rate for reefer cargo insurance until end of month. Call me 600 123 456 or tell me when suits you."))
P("connection_only_pitches", "de", "Jiří Marek", "Key Account Manager | AdBlue & Schmierstoffe CZ/PL", "Plzeň",
  ("msg", "Guten Tag Herr Morgan, wir liefern AdBlue in IBC-Containern und Tankanlagen direkt an Ihr Depot in Ostrava, Preis garantiert für 12 Monate. "
          "Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Hallo Alex, jetzt im Winter haben wir Aktion: Motoröl 10W-40 im 208-l-Fass mit 12 % Rabatt ab 4 Fässern. Interesse?"))
P("connection_only_pitches", "en", "Balázs Horváth", "Founder | RoutePilot AI – planning for mid-size fleets", "Budapest",
  ("msg", "Hey Alex, your planners still do routes in Excel + freight exchange? RoutePilot plans the whole week for 140 trucks in 4 minutes, including "
          "driving time rules and toll cost. I'd love to show you a live demo with your own lanes."),
  ("msg", "Alex, we just closed a pilot with a Slovak carrier – 7% less empty km in the first month. 3 pilot spots left for Q2. 20 min call?"))
P("connection_only_pitches", "es", "Óscar Villalba", "Comercial Europa del Este | CargoBolsa – bolsa de cargas", "Zaragoza",
  ("msg", "Hola Alex, ¿sabías que en CargoBolsa hay más de 4.000 cargas diarias entre España y Polonia? Primer mes gratis para transportistas nuevos. "
          "¿Te doy de alta a ti y a tus tráficos?"),
  ("msg", "Alex, te escribo otra vez: este mes el plan anual baja a 89 €/mes por usuario. Si me confirmas hoy, te lo dejo activado para tus planificadores."))


# =============================================================== single_pitch
P("single_pitch", "en", "Monika Dudek", "Leasing Advisor | TruckLease Polska", "Poznań",
  ("msg", "Hello Alex, we have new offer for leasing of Euro 6 tractors with 10% down payment and balloon, decision in 48 hours. If you plan to change "
          "part of the fleet this year I will be happy to prepare calculation."))
P("single_pitch", "de", "Ondřej Pokorný", "Vertrieb | SafePark – gesicherte LKW-Parkplätze CZ/DE", "Plzeň",
  ("msg", "Hallo Alex, Ladungsdiebstahl auf Rastplätzen ist wieder ein großes Thema. Mit dem SafePark-Abo buchen Ihre Disponenten bewachte Stellplätze "
          "an 60 Standorten zwischen Prag und Rotterdam, ab 19 € pro Nacht. Soll ich Ihnen die Konditionen für 100+ Fahrzeuge schicken?"))
P("single_pitch", "fr", "Clément Barbier", "Chargé d'affaires | Rachat de véhicules industriels", "Lille",
  ("msg", "Bonjour Alex, nous rachetons vos semi-remorques frigorifiques de plus de 7 ans au meilleur prix, paiement comptant et enlèvement en Pologne "
          "ou en République tchèque. Envoyez-moi la liste avec les années et je vous fais une estimation sous 48 h."))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Wojciech Nowak", "Fleet Director | Trans-Kop S.A.", "Opole",
  ("msg", "Alex, as promised at the ZMPD meeting – here is our template for planning the drivers' return home and the 8-week vehicle return (Excel with "
          "macros): https://drive.example/transkop-return-plan.xlsx. Use it as you want. If you find a bug, tell me :)"),
  ("msg", "btw, ITD near Stryków is checking posting declarations very strictly now, 3 of our trucks got controlled last week. Tell your drivers on "
          "Germany to have the IMI printouts on paper too.", (3, 20)))
P("connection_brings_value", "de", "Petra Nováková", "Leiterin | Fahrsicherheitszentrum Brno", "Brno",
  ("end",),
  ("msg", "Hallo Alex, im September haben wir noch 6 freie Plätze im ADR-Auffrischungskurs, für Firmen aus dem Mährisch-Schlesischen Kreis kostenlos "
          "(EU-Projekt). Wenn Ihre Fahrer aus Ostrava Interesse haben, schicken Sie mir einfach die Namen bis Freitag, dann reserviere ich."))
P("connection_brings_value", "en", "Dávid Szűcs", "Transport Manager | Szűcs Logistics Kft.", "Szeged",
  ("msg", "Hi Alex, warning for you: somebody is using our company name on the freight exchanges, they take loads and disappear with the goods. If "
          "someone offers you a load 'from Szűcs Logistics' with a gmail address, it's not us. List of the fake emails and phone numbers we know: "
          "https://docs.example/szucs-fraud-list. Please share with your planners."))
P("connection_brings_value", "it", "Chiara Battistella", "Responsabile traffico | Autotrasporti Battistella", "Udine",
  ("msg", "Ciao Alex, ti giro il calendario dei divieti di circolazione per i mezzi pesanti di quest'anno, Italia e Austria (Tirolo, con il dosaggio a "
          "Kufstein), che ho messo insieme per i nostri autisti. L'ho tradotto anche in polacco, così lo puoi girare ai tuoi. Buon lavoro!"))
P("connection_brings_value", "en", "Markus Lechner", "Leiter Inbound-Logistik | Werk Zwickau", "Zwickau",
  ("msg", "Hallo Alex, Info vorab: ab 1. März gilt bei uns im Werk ein neues Zeitfenstermanagement, die Fahrer müssen ihre Slots vorher im Portal "
          "buchen, sonst warten sie am Tor. Anleitung auf Polnisch und Tschechisch: https://portal.example/slots-anleitung. Bitte an Ihre Disponenten "
          "weitergeben. Danke!"),
  nl="de")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Joanna Pawlak", "Executive Recruiter – Logistics & Transport CEE | Harwood Search", "Warszawa",
  ("inm", "Head of Transport CEE - confidential", "Dear Alex, I am leading a confidential search for a Head of Transport CEE for an international FMCG "
          "producer – own fleet of 220 trucks in Poland, Czechia and Slovakia, team of 35 planners, reporting to the Supply Chain Director. Package "
          "35-40k PLN gross plus car and bonus. Would you be open to a short call this week? Best regards, Joanna"))
P("stranger_inmail_recruiter", "de", "Andreas Bauer", "Personalberater Logistik | Bauer & Partner Executive Search", "Wien",
  ("inm", "Fuhrparkleitung Österreich/Tschechien (m/w/d)", "Guten Tag Herr Morgan, für einen familiengeführten Lebensmittellogistiker in Oberösterreich "
          "suche ich eine Fuhrparkleitung für 180 Zugmaschinen an den Standorten Linz und České Budějovice. Deutsch und Englisch wichtig, Tschechisch "
          "von Vorteil. Jahresgehalt ab 85.000 € brutto. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "en", "Eszter Molnár", "Head of Logistics | Danube Foods Zrt.", "Budapest",
  ("inm", "Fleet manager on my team", "Hi Alex, I'm Head of Logistics at Danube Foods and I'm hiring directly (no agency) a Fleet Manager for our 90 "
          "reefer trucks, based in Budapest or remote from Slovakia. English is our working language. I saw your talk at the truck forum in Prague and "
          "thought of you. Would you like to hear more?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Oleksandr Kravets", "Sales Director | GeoGuard GPS – fuel theft prevention", "Rzeszów",
  ("inm", "Cut fuel theft by 30%", "Good day Alex! Fuel theft costs carriers 2-4% of the fuel budget. Our fuel level sensors + GPS send an alert in "
          "1 minute if tank level drops on a parking. Installation in your depot, 1 day for 20 trucks. Can I send you the price list?"))
P("stranger_inmail_sales", "de", "Martina Šťastná", "Vertrieb | TollBox Europe – Mautboxen & Tankkarten", "Praha",
  ("inm", "Eine Mautbox für 15 Länder", "Guten Tag Herr Morgan, mit einer einzigen TollBox zahlen Ihre LKW die Maut in 15 Ländern, inklusive e-TOLL "
          "Polen, myto CZ und Toll Collect. Keine Kaution für Flotten über 100 Fahrzeuge. Darf ich Ihnen ein Angebot senden?"),
  ("inm", "Nachfrage TollBox", "Hallo Herr Morgan, ich wollte kurz nachfragen, ob Sie mein Angebot gesehen haben. Bis Monatsende schenken wir Ihnen "
          "die Aktivierungsgebühr (49 € pro Box)."))
P("stranger_inmail_sales", "en", "Paweł Grabowski", "Business Development | Windykacja Trans – debt collection for carriers", "Łódź",
  ("inm", "Unpaid freight invoices?", "Hello Alex, do you have customers who pay after 90 days or don't pay at all? We collect freight debts in 27 EU "
          "countries, success fee only 9%. First analysis of your debtors is free. Let me know and I send you a contract draft."))
P("stranger_inmail_sales", "fr", "Philippe Moreau", "Directeur commercial | ConfortCab – équipement de cabine poids lourds", "Lyon",
  ("inm", "Vos chauffeurs dorment-ils bien ?", "Bonjour Alex, nos climatisations de parking et chauffages autonomes réduisent la consommation à "
          "l'arrêt et fidélisent vos chauffeurs. Installation dans votre dépôt en une journée. Puis-je vous envoyer notre tarif flotte ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Michał Szymański", "Fleet Safety Trainer | ex-driver, 15 years on the road", "Bydgoszcz",
  ("inv", "Hi Alex, I run free webinars for fleet managers about cutting accidents with tachograph and telematics data. Next one 12 March, 45 min, "
          "Polish and English. Would you like the link?"),
  ("msg", "Here is the recording and the slides from yesterday, as promised: https://video.example/webinar-0312. Slide 14 with the real cost of one "
          "accident is good to show to your management."),
  ("msg", "Alex, next step for companies like yours is our Zero Accident Program – in-cab coaching plus monthly report per driver, 390 PLN per truck "
          "a year. For 140 trucks I can give 15% discount. Can I send the contract to you or to purchasing?", (10, 30)))
P("good_turns_ugly", "de", "Tereza Dvořáková", "Compliance-Spezialistin | Mobilitätspaket & Zoll", "Pardubice",
  ("inv", "Guten Tag Alex, ich habe eine Frage als Kollegin aus der Branche: wie dokumentieren Sie bei Ihnen die Rückkehr der Fahrzeuge alle 8 Wochen? "
          "Wir haben beim letzten Audit Probleme mit den Nachweisen bekommen."),
  ("msg", "Vielen Dank für Ihre ausführliche Antwort, das hilft sehr! Als Dank hier unsere Vorlage für das Rückkehr-Protokoll (tschechisch/deutsch): "
          "https://files.example/rueckkehr-protokoll.docx"),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie gerade für {skill} bestätigt. Könnten Sie mich bitte auch für Zollabwicklung und Compliance bestätigen? Das hilft "
          "mir bei der Jobsuche. Danke!"))
P("good_turns_ugly", "en", "Norbert Kiss", "Admin of 'CEE Transport Managers' group | Transport Manager", "Győr",
  ("inv", "Hello Alex, I moderate a non-commercial WhatsApp group of ~200 transport managers from HU, SK and PL. We share road checks, strikes, border "
          "waiting times. You are welcome to join, just send me your number after you accept."),
  ("msg", "Welcome in the group! Today Röszke–Horgoš is 9 hours waiting, better go through Tompa. Also Slovak police is checking tachographs very hard "
          "on D1 near Žilina this week."),
  ("msg", "Alex, small announcement for group members: from next month the group is sponsored by my partner company, we sell used Mega and reefer "
          "trailers with 12 months warranty. For members 5% discount. Tell me what you need and I prepare an offer.", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Łukasz Czarnecki", "Sales Manager | FuelSense – fuel level sensors", "Gdynia",
  ("inm", "Fuel sensors for your fleet", "Hello Alex, we install capacitive fuel sensors integrated with every telematics platform. Accuracy 1%, you see "
          "every litre. Price 690 PLN per truck with installation. Can we schedule a short call?"),
  ("inv", "Hi Alex, we were both at Transport Logistic in Munich this year, nice to stay in touch :)"))
P("reinvite_known_bad", "de", "Martin Kubát", "Fuhrparkleiter | Kubát Transport s.r.o.", "Hradec Králové",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, ich bin jetzt Fuhrparkleiter bei Kubát Transport und würde mich gern mit Ihnen austauschen, wir fahren auch viel Tschechien–Polen."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Rafał Górski", "Freight Broker | Górski Spedycja", "Łódź",
  ("inv", "Hello Alex, we need 5 trucks per week PL-FR, good rates. Add me please."),
  ("inm", "ignored", "Not even a reply. I see how you work. Don't cry later when your drivers wait three days for a load in France. Arrogant people always end like this."),
  ("inv", "Hi Alex, new year new start :) maybe we can try to cooperate? We have good loads to Spain now."))
P("reinvite_known_ugly", "de", "Ivana Kollárová", "Projektleiterin | Branchenstudie Fahrermangel CEE", "Bratislava",
  ("inm", "Umfrage Fahrermangel", "Guten Tag Herr Morgan, wir erstellen eine unabhängige Studie über den Fahrermangel in Polen, Tschechien und der "
          "Slowakei. Hätten Sie 10 Minuten für ein kurzes Interview? Alle Teilnehmer bekommen die Ergebnisse kostenlos."),
  ("inm", "Ergebnisse + Vorschlag", "Vielen Dank für das Interview! Wie Sie in den Ergebnissen sehen, fehlen bei Ihnen ca. 12 Fahrer. Wir vermitteln "
          "Fahrer aus den Philippinen und Indien mit Visum und Code 95, 3.400 € pro Fahrer. Wann können wir über Ihren Bedarf sprechen?"),
  ("inv", "Hallo Alex, ich würde Sie gern in mein Netzwerk aufnehmen, um in Kontakt zu bleiben."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Jakub Wróblewski", "Sales | WashPoint – truck wash network PL/CZ", "Katowice",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Since we met in Nadarzyn: our WashPoint fleet subscription would fit you, unlimited washes in 22 locations, "
          "reefer interior cleaning included, fixed 249 PLN per truck per month. Should I send the agreement for your fleet?"))
P("user_invited_pitch_once", "de", "Peter Oravec", "Verkaufsleiter Slowakei & Tschechien | Sattelauflieger", "Trnava",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung! Wie auf der Messe besprochen: wir haben 12 Kühlauflieger ab Lager Trnava, Lieferung innerhalb 3 Wochen, "
          "Sonderpreis nur bis Quartalsende. Soll ich Ihnen ein Angebot für 4–6 Stück machen?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Viktor Szabó", "Area Manager CEE | TollOne", "Budapest",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting! Quick one: our TollOne box covers HU, SK, CZ, PL, AT and DE and you get all toll invoices in one file. For "
          "100+ vehicles we waive the device fee. Can I prepare an offer?"),
  ("msg", "Alex, following up on the TollOne offer. HU-GO is changing the tariff in January, good moment to switch. Short call Wednesday?"))
P("user_invited_pitch_twice", "en", "Daniele Rossetti", "Area manager Est Europa | FrigoParts – ricambi gruppi frigo", "Modena",
  ("acc",),
  ("msg", "Grazie del collegamento Alex! Ti lascio il nostro catalogo ricambi per gruppi frigo Carrier e Thermo King: consegna in Polonia in 48 ore e "
          "prezzi più bassi dell'originale del 25-30%. Ti faccio un'offerta sui tuoi mezzi?"),
  ("msg", "Ciao Alex, ti riscrivo perché a novembre facciamo uno sconto extra del 10% sui kit di manutenzione invernale. Vuoi che ti prepari il "
          "preventivo per la flotta di Wrocław?"),
  nl="it")


# =============================================================== user_invited_value
P("user_invited_value", "en", "Hanna Lewandowska", "Road Safety Officer | Partnerstwo dla Bezpieczeństwa Drogowego", "Warszawa",
  ("acc",),
  ("msg", "Thank you for the invitation Alex! As we talked in Poznań – we have printed posters and stickers about the blind spot and cyclists in Polish, "
          "Ukrainian and English, for depots and for trucks. Tell me how many you need and the address, we send them free of charge."))
P("user_invited_value", "de", "Klaus Wendt", "Prof. Dr. | Verkehrslogistik | TH Deggendorf", "Deggendorf",
  ("acc",),
  ("msg", "Danke für die Einladung, Herr Morgan! Wie in Nürnberg angekündigt, hier unsere Studie zu Standzeiten an Rampen in Deutschland und Polen "
          "(1.200 Lieferungen), als PDF zum freien Gebrauch: https://th.example/standzeiten.pdf. Falls Sie im Sommersemester Lust auf einen Gastvortrag "
          "bei unseren Logistik-Studierenden haben, melden Sie sich gern."))
P("user_invited_value", "en", "Martina Horváthová", "Fleet Manager | Tatra Cargo s.r.o.", "Žilina",
  ("acc",),
  ("msg", "Thanks for the invite Alex! As promised in Brno: the workshop that did our smart tacho retrofit on weekends is Autoservis Kováč in Žilina, "
          "ask for Mr Kováč directly, fair price and no downtime. Attaching also our checklist for the calibration papers, the inspection asked us for "
          "it twice already."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Robert Kowal", "Operations Director | Baltic Hub Container Terminal", "Gdańsk", ("acc",))
P("acceptance_only", "de", "Eva Krejčí", "Leiterin Disposition | Moravia Freight a.s.", "Ostrava", ("acc",))
P("lone_endorsement", "en", "Adrian Mikołajczyk", "Driver Trainer | Eco-driving", "Poznań", ("end",))
P("lone_endorsement", "de", "Roman Polák", "Werkstattleiter | Nutzfahrzeuge", "Olomouc", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Marek Zieliński", "m.zielinski@trans-wola.example.pl", "Smart tacho retrofit - question",
     "Hi Alex,\n\nI sent you invitation on LinkedIn also, but maybe email is faster. How you organized the retrofit with the workshops?\n\nPozdrawiam,\nMarek", "en"),
    ("Ania Kamińska (HR)", "hr@example-logistics.example.pl", "Aktualizacja profili na LinkedIn",
     "Cześć,\n\nprośba do kierowników: zaktualizujcie proszę stanowiska na LinkedIn po reorganizacji działu transportu. Dzięki!\n\nAnia", "pl"),
    ("Eva Krejčí", "eva.krejci@example-logistics.example.cz", "Nový dispečer – profil na LinkedInu",
     "Ahoj Alexi,\n\nposílám odkaz na LinkedIn profil kandidáta na dispečera pro Ostravu: https://www.linkedin.com/in/jan-hruby-ostrava\nPohovor je ve čtvrtek v 10:00.\n\nEva", "cs"),
    ("Einkauf Logistik Werk Zwickau", "ausschreibung@werk-zwickau.example.de", "Transportausschreibung 2026 – Einladung",
     "Sehr geehrte Damen und Herren,\n\nanbei die Unterlagen zur Transportausschreibung 2026. Fragen bitte ausschließlich über das Portal, nicht per LinkedIn oder Telefon.", "de"),
    ("transport logistic", "visitors@transportlogistic.example", "Your visitor ticket – share it on LinkedIn",
     "Your e-ticket is attached. Tell your network you're coming: share the #transportlogistic badge on LinkedIn.", "en"),
    ("Tomek Planista", "t.planista@example-logistics.example.pl", "Fwd: I want to connect",
     "Alex, this broker is sending invitations to all our planners on LinkedIn, do you know him?\n\n---------- Forwarded message ---------\n"
     "From: Kamil Sowa via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nHello, we have daily loads Poznań–Milano...", "en"),
    ("Agnieszka Krawczyk", "a.krawczyk@ubezpieczenia-trans.example.pl", "We are connected on LinkedIn – OCP offer",
     "Good morning Alex,\n\nwe are connected on LinkedIn, so I allow myself to write also by email: attached is the OCP comparison. Call me any time.\n\nAgnieszka", "en"),
    ("Transpotec Logitec", "info@transpotec.example.it", "Fiera: segui gli espositori su LinkedIn",
     "Gentile visitatore,\n\nil programma dei convegni è online. Segui la nostra pagina LinkedIn per le novità sugli espositori.", "it"),
    ("FreightHub", "noreply@freighthub-exchange.example", "New: link your LinkedIn company page to your carrier profile",
     "Shippers trust verified carriers. Link your LinkedIn company page to your FreightHub profile to get the blue badge.", "en"),
]


# ------------------------------------------------------------------------- eras and checks
# Notes about the Mobility Package, smart tachographs, e-TOLL or HVO belong to the current layout; a few timeless ones use 2016.
OLD = {"Dariusz Kaczmarek", "Ferenc Tóth", "Sébastien Royer", "Federico Zanetti", "Gábor Nagy", "Aurélien Gaudin", "Jiří Marek",
       "Clément Barbier", "Robert Kowal", "Roman Polák", "Jakub Wróblewski", "Philippe Moreau", "Jozef Baláž", "Salvatore Greco"}
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    assert OLD <= set(names), OLD - set(names)
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))


HEADER = [f"# mailbot forty-sixth development corpus (dev46). Generated by scripts/make_corpus_dev46.py (seed {SEED}); do not edit by hand.",
          "# Alex as fleet and logistics manager of a carrier in Poland and Czechia: brokers, telematics, fuel cards, driver training, peer carriers, "
          "recruiters; non-native English and German from Central Europe. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev46", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
