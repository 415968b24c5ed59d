#!/usr/bin/env python3
"""Write mailbot's dev165 evaluation corpus: tests/corpus/dev165/*.eml + expected.toml.

The angle: two ordinary months (March to May 2017) of the user Alex, office manager at a
law firm in Zurich. The LinkedIn world of that job: office-supply, coffee-machine and
cleaning vendors, temp agencies, event venues for the client apero and the summer party,
applicants, office managers at other firms who swap tips, a rude courier company, and,
outside LinkedIn, fake invoices and CEO-fraud look-alikes. Writers use Swiss German,
standard German, English, some French and Italian.

All mail is dated in spring 2017 and uses the 2016 layout. The endorsement skills, the
job-alert titles, the headlines of spoof-only names and the pitches that spoofs carry are
swapped for this world in this process only (make_corpus.py itself is not changed). Every
note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev165.py              # writes tests/corpus/dev165
    python scripts/make_corpus_dev165.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20170316165

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ spring 2017 (this process only)
_LO, _HI = datetime(2017, 3, 1, 7, tzinfo=timezone.utc), datetime(2017, 4, 12, 7, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

# ------------------------------------------------------------------ office world (this process only)
SKILLS = {
    "en": ["Office Management", "Vendor Management", "Event Planning", "Facility Management", "Procurement"],
    "de": ["Büroorganisation", "Lieferantenmanagement", "Eventorganisation", "Facility Management", "Einkauf"],
    "fr": ["Gestion de bureau", "Gestion des fournisseurs", "Organisation d'événements", "Services généraux", "Achats"],
    "es": ["Gestión de oficinas", "Gestión de proveedores", "Organización de eventos", "Servicios generales", "Compras"],
    "it": ["Gestione d'ufficio", "Gestione fornitori", "Organizzazione eventi", "Facility management", "Acquisti"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Office Manager (80-100%)", "Vischer Lanz Rechtsanwälte"), ("Head of Office Services", "Bär & Kuster AG"),
              ("Teamleiter/in Empfang und Sekretariat", "Kanzlei am Paradeplatz"), ("Facility Coordinator", "Helvetia Legal Partners"),
              ("Responsabile amministrazione ufficio", "Studio legale Fontana Lugano")]
mc.COMPANIES["good"] = ["Vischer Lanz Rechtsanwälte", "Bär & Kuster AG", "Zürcher Anwaltsverband", "Helvetia Legal Partners",
                        "Studio legale Fontana", "Etude Perrin & Associés"]
mc.COMPANIES["sales"] = ["Büromax Schweiz", "CaféPro Leasing", "BlitzBlank Reinigungen", "Flexwork Personal AG", "Eventlokal Zürich-West",
                         "ShredSafe GmbH"]
mc.HEADLINES["good"] = ["Office Manager at {co}", "Leiterin Sekretariat | {co}", "Head of Facilities, {co}", "Assistentin der Geschäftsleitung, {co}",
                        "HR & Office, {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Verkaufsberater bei {co}", "Business Development, {co}", "Inhaber {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, the attached invoice for your office supplies order is overdue. Please sign in to view and settle it today.",
           "{first}, I shared a confidential document about the partner meeting with you. Log in to read it before 5pm."],
    "de": ["Guten Tag {first}, Ihre Rechnung Nr. 2017-0413 ist seit 14 Tagen überfällig. Bitte melden Sie sich an und begleichen Sie den Betrag.",
           "Hallo {first}, ich habe Ihnen ein vertrauliches Dokument zur Partnersitzung freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, votre facture de fournitures est impayée. Connectez-vous pour la régler aujourd'hui.",
           "Bonjour {first}, je vous ai partagé un document confidentiel. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, su factura de material de oficina está vencida. Inicie sesión para pagarla hoy.",
           "Hola {first}, te he compartido un documento confidencial. Inicia sesión para verlo."],
    "it": ["Buongiorno {first}, la fattura per le forniture d'ufficio risulta scaduta. Acceda per saldarla oggi.",
           "Ciao {first}, ti ho condiviso un documento riservato sulla riunione dei partner. Accedi per leggerlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("Office Manager at Vischer Lanz Rechtsanwälte", "5 new jobs for \"office manager\""), "news": "Is the open-plan office over?",
           "group": "New in Office Managers Switzerland: sharing a cleaning contract template", "newsletter": "The Workplace Brief: March edition"},
    "de": {"job": ("Office Manager (80-100%) bei Bär & Kuster AG", "4 neue Jobs für \"Office Manager Zürich\""), "news": "Wie viel Homeoffice verträgt die Kanzlei?",
           "group": "Neu in Assistenz & Office Schweiz: Empfehlungen für Kurierdienste", "newsletter": "Büro & Organisation – Ausgabe April"},
    "fr": {"job": ("Office manager chez Etude Perrin & Associés", "3 nouvelles offres pour « office manager »"), "news": "Faut-il encore un accueil physique ?",
           "group": "Nouveau dans Assistantes juridiques romandes : modèles de check-list", "newsletter": "Services généraux – avril"},
    "es": {"job": ("Office manager en Helvetia Legal Partners", "3 nuevos empleos para «office manager»"), "news": "¿Vuelve la oficina tradicional?",
           "group": "Novedades en Office Managers: plantillas de contrato", "newsletter": "Oficina al día – abril"},
    "it": {"job": ("Responsabile ufficio presso Studio legale Fontana", "4 nuove offerte per «office manager»"), "news": "L'ufficio open space è finito?",
           "group": "Novità in Office Manager Ticino: consigli sui fornitori", "newsletter": "Ufficio & dintorni – aprile"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Regula Amstutz", "Office Managerin | Bär & Kuster AG", "Zürich",
  ("inv", "Hoi Alex, mir händ üs am Apéro vom Anwaltsverband churz gseh. Du häsch gseit, ihr heged de Kaffiautomat nöd meh gleast sondern kauft – "
          "dörf ich di da mal churz dezue usfröge? Mir stönd grad vor em gliiche Entscheid."),
  ("rem",))
P("good_invitation", "en", "Thomas Brunner", "Head of Facilities, Helvetia Legal Partners", "Zürich",
  ("inv", "Hi Alex, a few of us office/facility people from Zurich law firms meet for a beer every first Thursday (Kronenhalle bar, everyone pays their own). "
          "No vendors, just swapping notes on couriers, cleaners and the like. Would be great to have you."), nl="en")
P("good_invitation", "it", "Chiara Bernasconi", "Office manager | Studio legale Fontana, Lugano", "Lugano",
  ("inv", "Ciao Alex, grazie per le dritte sulla gestione delle sale riunioni al corso di Zurigo! Come promesso ti giro la mia checklist per l'inserimento "
          "dei nuovi collaboratori (in italiano e tedesco). Colleghiamoci così te la mando in privato."))
P("good_invitation", "fr", "Sandrine Favre", "Responsable formation | Association romande des assistantes juridiques", "Genève",
  ("inv", "Bonjour Alex, nous organisons le 6 avril à Berne un atelier gratuit sur la protection des données dans les secrétariats d'études, "
          "en allemand et en français. Il reste des places, et l'attestation compte pour la formation continue. Au plaisir !"),
  ("rem",))
P("good_invitation", "de", "Martin Keller", "Bewirtschafter | Immobilien Seefeld AG", "Zürich",
  ("inv", "Guten Tag, ich bin seit März der neue Bewirtschafter Ihrer Liegenschaft an der Bahnhofstrasse. Für alle Mieter bieten wir am 21.4. eine "
          "kostenlose Brandschutzschulung im Haus an. Gern vernetze ich mich als direkter Ansprechpartner."))


# =============================================================== default_invitation
P("default_invitation", "de", "Reto Huber", "Inhaber | Huber Transporte", "Winterthur", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin O'Brien", "Sales | Office Solutions", "Dublin", ("inv", DEFAULT))
P("default_invitation", "it", "Luca Rossi", "Consulente | Arredo ufficio", "Como", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Dragan Petrović", "Personalberater | Flexwork Personal AG", "Zürich", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Beat Schmid", "Verkaufsberater | CaféPro Leasing", "Baden",
  ("inv", "Grüezi Alex, Kanzleien mit 30+ Leuten sparen mit unserem Kaffeevollautomaten im Mietmodell im Schnitt 18% gegenüber Kapseln. "
          "Service und Reinigung inklusive. Darf ich Ihnen nächste Woche ein Gerät zum Testen vorbeibringen?"))
P("sales_invitation", "en", "Jessica Tan", "Enterprise Accounts | Büromax Schweiz", "Zürich",
  ("inv", "Hi Alex! We've just launched next-day delivery on 14,000 office products in Zurich, with a 12% opening discount for law firms. "
          "Happy to set up a business account for you - shall I send our price list?"), nl="en")
P("sales_invitation", "de", "Sabine Wyss", "Geschäftsführerin | BlitzBlank Reinigungen GmbH", "Dübendorf",
  ("inv", "Sehr geehrte Damen und Herren, wir reinigen Büros und Kanzleien diskret ausserhalb der Arbeitszeiten, mit Sicherheitsüberprüfung aller Mitarbeitenden. "
          "Gern erstelle ich Ihnen eine unverbindliche Offerte nach Besichtigung."),
  ("rem",))
P("sales_invitation", "it", "Davide Colombo", "Event manager | Villa Sassello, Lago di Lugano", "Lugano",
  ("inv", "Buongiorno Alex, la nostra villa sul lago ospita eventi aziendali fino a 120 persone, con navetta da Zurigo. Per le date di giugno "
          "abbiamo ancora disponibilità a tariffa 2016. Posso mandarle il dossier?"), nl="it")
P("sales_invitation", "en", "Oliver Grant", "Regional Manager DACH | ShredSafe GmbH", "Munich",
  ("inv", "Alex - law firms are under growing pressure on secure document disposal. ShredSafe provides locked consoles and certified shredding on site. "
          "Could we book 20 min to review your current setup?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Nadine Frei", "Community Lead | Office Heroes Schweiz", "Zürich",
  ("inv", "Hallo Alex, ich baue gerade eine kleine Austauschgruppe für Office Manager in Zürcher Kanzleien und Treuhandfirmen auf. "
          "Einmal im Monat Tipps, Lieferanten-Erfahrungen, Jobs. Hättest du Lust mitzumachen?"),
  ("msg", "Schön, dass du dabei bist! Kleine Info noch: hinter Office Heroes steht unsere Bestellplattform für Büromaterial. Für Gruppenmitglieder gibt's "
          "15% auf das erste Jahr – soll ich dir gleich einen Account anlegen?", (4, 12)),
  ("msg", "Hoi Alex, kurze Erinnerung: der Rabatt gilt nur noch bis Ende Monat. Sag einfach Bescheid, dann schick ich die Unterlagen.", (6, 14)))
P("bait_and_switch_invitation", "en", "Mark Delaney", "Office & Facilities | Legal sector", "London",
  ("inv", "Hi Alex, fellow legal office manager here (London side). Always good to connect with people who deal with partners, printers and fire drills "
          "all in the same day. Let's keep in touch."),
  ("msg", "Thanks for accepting! Quick one - besides my day job I represent a managed print service that works with several Magic Circle firms. "
          "We typically cut print costs by a third. Could I send a proposal for your Zurich office?", (3, 9)))
P("bait_and_switch_invitation", "de", "Simon Ammann", "Projektleiter | Umzüge & Büroumzüge", "Zürich",
  ("inv", "Guten Tag, ich habe eine kostenlose Checkliste für Büroumzüge zusammengestellt (Fristen, IT, Aktenarchiv, Mitteilungen an Klienten). "
          "Gern schicke ich sie Ihnen, wenn wir vernetzt sind."),
  ("msg", "Hier wie versprochen die Checkliste im Anhang. Falls bei Ihnen ein Umzug oder eine Umgestaltung ansteht: Wir offerieren Kanzleiumzüge zum Pauschalpreis. "
          "Wann dürfte ich für eine Besichtigung vorbeikommen?", (2, 6)),
  ("msg", "Guten Tag, haben Sie die Checkliste erhalten? Ich hätte am Dienstag oder Donnerstag Zeit für die Besichtigung.", (7, 12)))
P("bait_and_switch_invitation", "de", "Petra Lüthi", "Assistenz Geschäftsleitung", "Bern",
  ("inv", "Grüezi Alex, ich hätte eine Frage an eine Kollegin/einen Kollegen: wie habt ihr bei euch die Reinigung der Sitzungszimmer geregelt, "
          "intern oder extern? Wir sind unzufrieden mit unserem Anbieter."),
  ("msg", "Danke fürs Annehmen! Ehrlich gesagt, ich arbeite seit Januar bei einer Reinigungsfirma im Verkauf und wir suchen Kanzleien in Zürich. "
          "Könnten wir uns mal für eine Offerte treffen?", (3, 10)), nl="de")
P("bait_and_switch_invitation", "fr", "Émilie Rochat", "Fondatrice | Cercle des assistantes de direction", "Lausanne",
  ("inv", "Bonjour Alex, je réunis un cercle d'échanges entre assistantes et office managers d'études d'avocats en Suisse. Petit groupe, bienveillant, "
          "sans démarchage. Au plaisir de vous y accueillir."),
  ("msg", "Merci d'avoir rejoint le cercle ! Je vous présente notre programme de coaching « Office Manager Excellence » : 6 séances, CHF 1'900. "
          "Les membres du cercle bénéficient de 10 %. Je vous envoie le bulletin d'inscription ?", (5, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Florian Gut", "Marktforschung | Kaffee & Arbeitsplatz", "Luzern",
  ("inm", "Kurze Umfrage: Kaffee im Büro", "Guten Tag Alex, wir machen eine kleine Studie zum Kaffeekonsum in Schweizer Kanzleien. Fünf Fragen, zwei Minuten, "
          "die Resultate schicken wir allen Teilnehmenden. Wären Sie dabei?"),
  ("inm", "Ihre Umfrage-Resultate + Angebot", "Danke fürs Mitmachen! Auf Basis Ihrer Antworten empfehlen wir unser Bohnenabo für Vollautomaten: "
          "CHF 29.– pro Kilo, Lieferung alle zwei Wochen. Ich kann Ihnen ein Probepaket senden – welche Lieferadresse?", (3, 9)))
P("bait_and_switch_inmail", "en", "Rachel Moss", "Writer | Future of the Office", "Amsterdam",
  ("inm", "3 questions for an article on hybrid offices", "Hi Alex, I'm writing a piece on how law firms are rethinking their floor space. "
          "Would you answer three quick questions by email? Happy to credit you or keep it anonymous."),
  ("inm", "Follow up - and something that might help", "Thanks so much for your answers! Full disclosure, I also consult for a furniture brand that "
          "specialises in hot-desking setups. Could I arrange a showroom visit for you and your managing partner?", (5, 12)))
P("bait_and_switch_inmail", "it", "Giorgio Ferrari", "Coordinatore | Rete Office Manager Ticino e Grigioni", "Bellinzona",
  ("inm", "Invito alla Rete Office Manager", "Buongiorno Alex, la nostra rete riunisce gli office manager della Svizzera italiana e dei Grigioni. "
          "Incontri trimestrali, scambio di contatti utili. Le farebbe piacere partecipare al prossimo incontro?"),
  ("inm", "Rete Office Manager – la piattaforma", "Grazie della risposta! Per partecipare chiediamo di attivare la nostra piattaforma di gestione "
          "fornitori (licenza CHF 90 al mese). Le mando il link per la prova?", (4, 10)), nl="it")
P("bait_and_switch_inmail", "en", "Daniel Kurz", "Organiser | Legal Operations Breakfast Zurich", "Zürich",
  ("inm", "Free seat at our legal ops breakfast", "Hi Alex, we host a free breakfast for legal operations and office people on 30 March in Zürich West. "
          "Short talks, good croissants. May I reserve you a seat?"),
  ("inm", "After the breakfast", "Great to see you there! As promised, our sponsor, a matter management software, would like to show you the tool "
          "in a 30-minute demo. Which day suits you next week?", (6, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Yvonne Baumann", "Teamleiterin Temporär | Flexwork Personal AG", "Zürich",
  ("end",), ("end",),
  ("msg", "Hoi Alex, ha di grad für {skill} bestätigt 😊 Chönntsch du mich im Gägezug für Personalvermittlung und Rekrutierung bestätige? "
          "Das hilft mir bi de Kunde. Merci vielmal!"))
P("endorse_me_back", "en", "Gemma Holt", "Freelance Event Planner | Corporate & Legal", "Zürich",
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} - you really run a tight ship. Would you mind endorsing me for Event Management and Catering? "
          "I'm trying to build up my profile for new clients. x"))
P("endorse_me_back", "it", "Martina Gianoli", "Assistente di direzione | Studio notarile", "Locarno",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho segnalato per {skill}. Se non è un disturbo, potresti confermare anche le mie competenze in segreteria e contabilità? "
          "Sto cercando lavoro e ogni conferma conta. Grazie!"), nl="it")
P("endorse_me_back", "de", "Stefan Meier", "Verkaufsleiter | Büromax Schweiz", "Zürich",
  ("end",),
  ("msg", "Guten Tag Alex, ich habe Ihre Kenntnisse in {skill} bestätigt. Ich wäre Ihnen dankbar, wenn Sie meine Fähigkeiten in Vertrieb und "
          "Kundenbetreuung ebenfalls bestätigen würden. Besten Dank und freundliche Grüsse"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Marco Steiner", "Disposition | SwiftKurier Zürich", "Zürich",
  ("inv", "Grüezi, wir sind der schnellste Velokurier der Stadt. Gerne stelle ich Ihnen unsere Kanzleitarife vor."),
  ("rem",),
  ("inm", "Keine Antwort?", "Ich hab Ihnen zweimal geschrieben und nichts. Typisch Anwaltsbüro, meinen alle sie seien was Besseres. "
          "Bei uns hätten Sie Pakete in 30 Minuten gehabt, aber bitte, bleiben Sie halt bei Ihrer lahmen Post. Unprofessionell ist das."))
P("hostility_after_decline", "en", "Craig Whitfield", "Director | Whitfield Staffing Solutions", "Zürich",
  ("inv", "Alex, we place top temp receptionists and legal secretaries at short notice. Let's connect."),
  ("inm", "Your response", "Hi Alex. I see you've viewed my profile but ignored my invitation. Frankly that's rude. In my experience office managers who "
          "can't extend basic courtesy don't last long in their jobs. Have a good day.", (8, 15)))
P("hostility_after_decline", "fr", "Julien Perrenoud", "Commercial | Nettoyage Léman Services", "Lausanne",
  ("inv", "Bonjour, nous intervenons aussi à Zurich pour le nettoyage de bureaux. Puis-je vous envoyer une offre ?"),
  ("rem",),
  ("inm", "Sans réponse", "Madame, Monsieur, ignorer une simple demande de contact, c'est d'une impolitesse rare. On apprend pourtant à l'école à répondre "
          "aux gens. Je retiens le nom de votre étude, soyez-en sûr(e)."), nl="fr")
P("hostility_after_decline", "de", "Sven Hofer", "Inhaber | Hofer Getränke & Wasserspender", "Zug",
  ("inv", "Hallo Alex, darf ich mich vernetzen? Wir liefern Wasserspender und Getränke für Büros."),
  ("inm", "Na ja", "Wirklich schwach, Alex. Ich investiere Zeit in ein persönliches Anschreiben und Sie klicken einfach auf Ignorieren. "
          "So behandelt man keine Geschäftspartner. Merke ich mir.", (10, 20)))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Roger Bühler", "Key Account | SwiftKurier Zürich", "Zürich",
  ("msg", "Hoi Alex, wie besprochen hier unser Jahresvertrag für Kanzleien: 40 Fahrten pro Monat pauschal CHF 980. Unterschreibt ihr bis Ende März?"),
  ("msg", "Alex, ich hab jetzt dreimal nachgefragt. Dass ihr wegen 50 Franken zur Konkurrenz geht, ist echt lächerlich. Wenn euer nächstes Paket "
          "zu spät beim Gericht ist, wisst ihr ja, wem ihr das zu verdanken habt. Arrogantes Pack.", (6, 14)))
P("hostility_connection", "en", "Tom Sheridan", "Business Development | CityCourier Express", "Zürich",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised at the fair: same-day courier within Zurich from CHF 18 per run, monthly invoicing. Want to try us for April?"),
  ("msg", "Still nothing? Honestly, you invite me, I take the time, and then you go silent. That's just poor manners. Don't expect any favours "
          "when you're stuck with a filing deadline.", (8, 16)))
P("hostility_connection", "it", "Paolo Rinaldi", "Agente | Forniture ufficio Ticino", "Mendrisio",
  ("msg", "Ciao Alex, ti ricordi di me dal corso a Lugano? Abbiamo carta e toner a prezzi imbattibili per gli studi legali. Ti mando il listino?"),
  ("msg", "Alex, ti ho scritto due volte. Rispondere costa poco, eh. Non ti facevo così maleducato/a. Complimenti per la professionalità.", (7, 14)), nl="it")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Andrea Kälin", "Account Managerin | Büromax Schweiz", "Zürich",
  ("msg", "Guten Tag Alex, diese Woche haben wir Toner für alle gängigen Drucker 20% günstiger. Soll ich Ihnen eine Offerte für Ihren Jahresbedarf machen?"),
  ("msg", "Hallo Alex, neu bei uns: ergonomische Bürostühle zum Testen. Ich könnte zwei Modelle vorbeibringen. Passt Ihnen Mittwoch?", (8, 18)),
  ("msg", "Guten Tag, letzte Erinnerung an unsere Frühlingsaktion: ab CHF 500 Bestellwert gratis Lieferung. Freundliche Grüsse", (10, 20)))
P("connection_only_pitches", "en", "Ben Carter", "Sales Director EMEA | CaféPro Leasing", "London",
  ("msg", "Hey Alex, hope Q1 treated you well! We have a new bean-to-cup model that fits perfectly in small meeting rooms. Fancy a free 2-week trial?"),
  ("msg", "Alex, quick nudge: the trial units are going fast. Shall I reserve one for your office?", (5, 12)), nl="en")
P("connection_only_pitches", "de", "Lara Vogt", "Sales | Eventlokal Zürich-West", "Zürich",
  ("msg", "Hallo Alex, plant ihr schon euer Sommerfest? Unser Loft hat noch den 23. Juni frei, 150 Personen, Catering inklusive. Besichtigung?"),
  ("msg", "Hoi Alex, nur damit du's weisst: Den 23. Juni hat jetzt jemand reserviert, aber den 30. könnten wir dir noch halten. Soll ich?", (7, 15)))


# =============================================================== single_pitch
P("single_pitch", "de", "Urs Bachmann", "Inhaber | Bachmann Pflanzenservice", "Uster",
  ("msg", "Grüezi Alex, begrünte Büros sind gesünder: wir liefern und pflegen Pflanzen für Empfang und Sitzungszimmer im Abo. Darf ich eine Offerte schicken?"))
P("single_pitch", "en", "Sophie Lang", "Partnerships | DeskBook – room booking software", "Berlin",
  ("msg", "Hi Alex, saw you manage meeting rooms for a busy firm. DeskBook shows availability on tablets outside each room and syncs with Outlook. "
          "Can I show you in a quick call?"), nl="en")
P("single_pitch", "fr", "Nicolas Dubois", "Directeur commercial | Traiteur Les Saveurs", "Fribourg",
  ("msg", "Bonjour Alex, pour vos apéros clients, notre traiteur livre aussi à Zurich. Je vous envoie notre carte printemps ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Monika Zürcher", "Office Managerin | Vischer Lanz Rechtsanwälte", "Zürich",
  ("msg", "Hoi Alex, kleiner Tipp: Die Post ändert ab 1. April die Abholzeiten für Geschäftskunden im Kreis 1. Wir haben es erst per Zufall gemerkt. "
          "Lohnt sich, das mit eurem Kundenberater zu klären, sonst bleibt die Gerichtspost am Freitag liegen."),
  ("msg", "Und noch was: unser neuer Reinigungsvertrag hat eine Klausel zur Schlüsselübergabe, die ich sehr gut finde. Ich schick sie dir anonymisiert, falls du magst.", (6, 15)))
P("connection_brings_value", "en", "Hannah Fischer", "Former colleague | now HR at Swiss Re", "Zürich",
  ("msg", "Hey Alex! Our HR team runs a free first-aid refresher for office staff on 12 April, there are four spare places and I thought of you. "
          "Shall I put your name down?"))
P("connection_brings_value", "it", "Elena Pedrazzini", "Segretaria generale | Ordine degli avvocati del Cantone Ticino", "Lugano",
  ("end",),
  ("msg", "Ciao Alex, ti mando il contatto di un corriere di Lugano molto affidabile per le consegne in pretura, ci ha salvato più volte. "
          "Digli che vieni da parte mia. Buona settimana!"), nl="it")
P("connection_brings_value", "fr", "Claire Monnier", "Office manager | Etude Perrin & Associés", "Genève",
  ("msg", "Salut Alex, suite à ta question au dernier apéro : voici la liste des trois agences d'intérim avec qui on a eu de bonnes expériences "
          "pour des remplacements à la réception. La deuxième parle aussi allemand. Bonne chance !"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Katrin Oswald", "HR Business Partner | Bär & Kuster AG", "Zürich",
  ("inm", "Office Manager (80-100%) – Bär & Kuster", "Guten Tag Alex, wir suchen per Juli eine Leitung Office Services für unsere Kanzlei (45 Mitarbeitende, Zürich Enge). "
          "Ihr Profil passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch? Die Stellenbeschreibung sende ich gern."))
P("stranger_inmail_recruiter", "en", "James Whitaker", "Talent Acquisition | Helvetia Legal Partners", "Zürich",
  ("inm", "Head of Office Services role", "Hi Alex, I'm hiring a Head of Office Services for our Zurich office - reporting to the COO, team of 6, salary band 110-125k. "
          "Your background in a mid-sized firm looks like a good fit. Open to a chat?"))
P("stranger_inmail_recruiter", "it", "Sara Galli", "Responsabile del personale | Studio legale Fontana", "Lugano",
  ("inm", "Posizione di responsabile amministrazione", "Buongiorno Alex, cerchiamo una persona bilingue italiano-tedesco per coordinare l'ufficio di Lugano. "
          "Se le interessa possiamo sentirci, le mando la descrizione del ruolo."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ryan Mitchell", "Growth | PrintFleet", "Amsterdam",
  ("inm", "Cut your print costs", "Hi Alex, companies like yours waste up to 30% on unmanaged printers. PrintFleet tracks every device and orders toner automatically. "
          "Worth a 15-minute call?"),
  ("inm", "Re: Cut your print costs", "Alex, bumping this up. Would Tuesday 10am work?", (5, 10)))
P("stranger_inmail_sales", "de", "Claudio Marti", "Verkauf | Sicherheitsdienst Marti AG", "Zürich",
  ("inm", "Empfang und Sicherheit für Ihre Kanzlei", "Grüezi, wir stellen uniformiertes Empfangs- und Sicherheitspersonal für Kanzleien. "
          "Darf ich Ihnen ein Angebot für Ihren Empfang unterbreiten?"))
P("stranger_inmail_sales", "fr", "Laurent Girard", "Business developer | Mobilier de bureau Girard", "Neuchâtel",
  ("inm", "Mobilier pour votre étude", "Bonjour Alex, nous équipons des études d'avocats en mobilier haut de gamme. Showroom à Neuchâtel ou visite sur place. "
          "Quand seriez-vous disponible ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Corinne Egli", "Office Managerin | Treuhand Egli & Partner", "Zürich",
  ("inv", "Hallo Alex, ich habe gesehen, dass du auch im Verband der Kanzleiassistenz bist. Ich sammle gerade Erfahrungen mit Zutrittssystemen "
          "und würde gern meine Übersicht mit dir teilen."),
  ("msg", "Hier meine Tabelle mit den fünf Systemen, die wir angeschaut haben, inklusive Preisen und Erfahrungen. Vielleicht hilft's!", (3, 8)),
  ("msg", "Hoi Alex, übrigens: ich bin jetzt nebenbei Vertriebspartnerin für das System Nr. 3 aus der Tabelle. Wenn ihr bestellt, gibt's "
          "über mich 10% Rabatt. Soll ich einen Termin mit dem Techniker machen?", (10, 18)))
P("good_turns_ugly", "en", "Laura Bennett", "Office Manager | Reed & Partners LLP", "London",
  ("inv", "Hi Alex, we met at the Legal Support conference in Frankfurt. I promised to send you our visitor policy template - let's connect so I can."),
  ("msg", "As promised, here's the visitor policy. Feel free to adapt it. Good luck with the new reception!", (2, 5)),
  ("end",),
  ("msg", "Hi Alex, I just endorsed you for {skill}. Would you return the favour on Office Administration and Team Leadership? Thanks so much!", (4, 10)))
P("good_turns_ugly", "it", "Federica Righetti", "Office manager | Studio Righetti Avvocati", "Chiasso",
  ("inv", "Ciao Alex, ho una domanda tra colleghe: quale agenzia usate per le traduzioni giurate? La nostra è diventata carissima."),
  ("msg", "Grazie mille per il consiglio sull'agenzia! Ti giro anche il nostro modello per il registro dei corrieri, magari ti serve.", (3, 8)),
  ("msg", "Ciao Alex, ora lavoro anche come consulente per un'assicurazione: ho un pacchetto previdenza molto interessante per i dipendenti degli studi. "
          "Posso presentartelo?", (8, 15)), nl="it")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Patrick Zaugg", "Key Account Manager | Flexwork Personal AG", "Zürich",
  ("inm", "Temporäre Empfangsmitarbeitende", "Guten Tag Alex, wir vermitteln kurzfristig temporäre Empfangs- und Sekretariatskräfte. Darf ich Ihnen unsere Tarife senden?"),
  ("inv", "Hallo Alex, schön wäre es, vernetzt zu bleiben – wir bewegen uns ja im selben Umfeld.", (20, 30)))
P("reinvite_known_bad", "en", "Nathan Cole", "Account Executive | OfficeHub", "Zürich",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, great to see your firm is growing! I'd love to connect with office leaders in Zurich.", (21, 32)))
P("reinvite_known_bad", "it", "Roberto Sala", "Venditore | Macchine da caffè Sala", "Lugano",
  ("inv", "Buongiorno, vendiamo macchine da caffè professionali con assistenza in tutta la Svizzera. Le interessa un preventivo?"),
  ("inv", "Ciao Alex, ci siamo incrociati alla fiera di Basilea. Restiamo in contatto?", (22, 35)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Heinz Wälti", "Inhaber | Wälti Kurierdienst", "Zürich",
  ("inv", "Grüezi Alex, Kurierfahrten für Kanzleien ab CHF 15. Vernetzen wir uns?"),
  ("inm", "Ihre Ignoranz", "Frau/Herr Alex, Sie halten es nicht mal für nötig, auf eine Anfrage zu reagieren. Solche Leute sind der Grund, warum "
          "kleine Firmen keine Chance haben. Schämen Sie sich.", (7, 14)),
  ("inv", "Hallo Alex, neuer Anlauf – vielleicht passt es jetzt besser. Gruss Heinz", (15, 25)))
P("reinvite_known_ugly", "en", "Victoria Hale", "Community Manager | The Office Leaders Circle", "London",
  ("inm", "Office Leaders Circle - invitation", "Hi Alex, I run a free circle of office leaders across Europe - monthly calls, a shared supplier list. Would you like to join?"),
  ("inm", "Welcome + your membership", "Great to have you interested! Full membership including the supplier list is €49 per month. "
          "Here's the payment link, and I can also tell you about our procurement consulting.", (4, 9)),
  ("inv", "Hi Alex, let's connect here too - always happy to share ideas with office leaders.", (12, 20)))
P("reinvite_known_ugly", "fr", "Stéphane Berset", "Directeur | Berset Events & Lieux", "Fribourg",
  ("inv", "Bonjour Alex, nos salles à Fribourg sont idéales pour vos séminaires. On se connecte ?"),
  ("rem",),
  ("inm", "Vraiment ?", "Je vois que vous avez ignoré mon invitation. C'est franchement méprisant. Les gens comme vous se croient tout permis "
          "parce qu'ils travaillent dans une grande étude.", (5, 10)),
  ("inv", "Bonjour Alex, je vous propose de repartir sur de bonnes bases. Bien à vous.", (14, 22)), nl="fr")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Michael Frey", "Geschäftsführer | Frey Büroeinrichtungen", "Winterthur",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Da Sie ja an der Messe nach Stehpulten gefragt haben: Wir haben diesen Monat eine Aktion, "
          "drei Stück zum Preis von zwei. Soll ich eine Offerte schicken?"))
P("user_invited_pitch_once", "en", "Emma Rossi", "Account Manager | Catering Co. Zurich", "Zürich",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Since you're organising the client apero in May, can I send you our new finger food menu and a quote?"), nl="en")
P("user_invited_pitch_once", "fr", "Valérie Chappuis", "Conseillère | Intérim Romandie", "Lausanne",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Si vous cherchez des remplaçantes bilingues pour l'été, nous avons d'excellents profils. Je vous envoie nos conditions ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Lukas Brändli", "Verkauf | CleanTeam Zürich", "Zürich",
  ("acc",),
  ("msg", "Danke für die Anfrage! Gern erstelle ich Ihnen eine Offerte für die Unterhaltsreinigung Ihrer Kanzlei – wann passt eine Besichtigung?"),
  ("msg", "Guten Tag Alex, ich wollte nachfragen, ob Sie unsere Offerte angeschaut haben. Für Verträge ab Mai gibt es einen Monat gratis.", (7, 15)))
P("user_invited_pitch_twice", "en", "Priya Nair", "Partnerships | Spacely Event Venues", "Zürich",
  ("acc",),
  ("msg", "Lovely to connect, Alex! For your summer party, our rooftop venue in Kreis 5 takes up to 180 guests. Shall I pencil in a viewing?"),
  ("msg", "Hi Alex, just a heads-up that June Fridays are almost gone. Happy to hold one for 48 hours if you'd like a quote.", (6, 12)))
P("user_invited_pitch_twice", "it", "Alessio Pini", "Key account | Toner & Carta Ticino", "Lugano",
  ("acc",),
  ("msg", "Grazie per il collegamento! Ti mando volentieri il listino toner e carta per studi legali, con sconto del 10% sul primo ordine."),
  ("msg", "Ciao Alex, hai visto il listino? Questo mese aggiungiamo la consegna gratuita a Zurigo.", (8, 16)), nl="it")


# =============================================================== user_invited_value
P("user_invited_value", "de", "Daniela Graf", "Office Managerin | Kanzlei am Paradeplatz", "Zürich",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie am Apéro versprochen: unser Notfallplan für IT-Ausfälle als Vorlage, plus die Nummer von unserem "
          "Schlüsseldienst, der auch am Sonntag kommt. Melde dich, wenn du Fragen hast."))
P("user_invited_value", "en", "Sarah Klein", "Office Manager | Lenz & Staehelin", "Zürich",
  ("acc",),
  ("msg", "Thanks for adding me! We just ran a tender for cleaning services - I can share our scoring sheet and the criteria we used if it helps with yours."))
P("user_invited_value", "fr", "Isabelle Girardet", "Office manager | Etude Girardet", "Neuchâtel",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Je vous transmets notre modèle de planning des vacances pour la réception, il nous a évité bien des casse-têtes."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Andreas Hürlimann", "Partner | Hürlimann Rechtsanwälte", "Zürich", ("acc",))
P("acceptance_only", "en", "Olivia Brooks", "Office Coordinator | Baker Partners Zurich", "Zürich", ("acc",))
P("lone_endorsement", "de", "Jasmin Kuster", "Lernende Kauffrau EFZ", "Zürich", ("end",))
P("lone_endorsement", "it", "Marco Bianchi", "Receptionist", "Lugano", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Buchhaltung Swiss Office Direct", "billing@swissofficedirect-rechnung.example", "Mahnung: Rechnung Nr. 45872 überfällig",
     "Sehr geehrte Damen und Herren,\n\ndie Rechnung Nr. 45872 über CHF 1'874.50 ist überfällig. Zahlen Sie bitte innert 3 Tagen auf das neue Konto. "
     "Unseren Kundenservice finden Sie auch auf LinkedIn.", "de"),
    ("Dr. Peter Vogel", "p.vogel.partner@kanzlei-mail.example", "Dringend und vertraulich",
     "Alex,\n\nich bin in einer Sitzung und kann nicht telefonieren. Bitte veranlasse heute noch eine Überweisung von CHF 48'000 für eine Akquisition. "
     "Details folgen. Sprich mit niemandem darüber.\n\nPV", "de"),
    ("SwiftKurier Zürich", "info@swiftkurier.example", "Ihre Anfrage",
     "Grüezi\n\nwir haben Ihre Anfrage erhalten. Folgen Sie uns auf LinkedIn für Aktionen.\n\nSwiftKurier", "de"),
    ("Regula Amstutz", "r.amstutz@baerkuster.example", "Kaffeemaschine",
     "Hoi Alex\n\nich han dir au no uf LinkedIn gschribe, aber falls du das nöd luegsch: hesch mal 5 Minute wäg eurem Kaffiautomat?\n\nGruess Regula", "de"),
    ("Flexwork Personal AG", "newsletter@flexwork.example", "Temporär-Newsletter März",
     "Liebe Kundinnen und Kunden\n\nunsere neuen Tarife 2017 finden Sie im Anhang. Neu: Stellen auch auf LinkedIn.", "de"),
    ("XING", "mailrobot@mail.xing.example", "Alex, 3 neue Kontaktanfragen",
     "Hallo Alex,\n\nSie haben 3 neue Kontaktanfragen auf XING. Viele Ihrer Kontakte sind auch auf LinkedIn aktiv.", "de"),
    ("Nina Suter", "nina.suter@gmail.example", "Bewerbung als Lernende Kauffrau",
     "Sehr geehrte/r Alex\n\nich bewerbe mich für die Lehrstelle ab August. Mein LinkedIn-Profil und meine Zeugnisse finden Sie im Anhang.\n\nFreundliche Grüsse\nNina Suter", "de"),
    ("Villa Sassello Eventi", "eventi@villasassello.example", "Offerta evento estivo",
     "Gentile Alex,\n\ncome anticipato su LinkedIn, le inviamo l'offerta per l'evento di giugno.", "it"),
    ("IT Support", "it-support@kanzlei.example", "Phishing-Warnung: gefälschte LinkedIn-Mails",
     "Liebe Mitarbeitende\n\nzurzeit kursieren gefälschte LinkedIn-Einladungen und falsche Rechnungen. Bitte keine Links anklicken und verdächtige Mails an uns weiterleiten.", "de"),
    ("Claire Monnier", "c.monnier@etudeperrin.example", "Agences d'intérim",
     "Salut Alex,\n\nje t'ai aussi envoyé la liste par LinkedIn. Bonne semaine !\n\nClaire", "fr"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _st in _s[6]:
        if _st[0] == "inv" and _st[1] != DEFAULT:
            assert len(_st[1]) <= 300, (_s[2], len(_st[1]))

ERAS = {s[2]: "2016" for s in PEOPLE}
HEADER = [f"# mailbot development corpus dev165. Generated by scripts/make_corpus_dev165.py (seed {SEED}); do not edit by hand.",
          "# Alex as office manager at a Zurich law firm, spring 2017: office-supply, coffee and cleaning vendors, temp agencies, venues, "
          "peers, couriers. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev165", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
