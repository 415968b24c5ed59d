#!/usr/bin/env python3
"""Write mailbot's dev130 evaluation corpus: tests/corpus/dev130/*.eml + expected.toml.

The angle: the user Alex is the general manager of Hotel Villa Ortensia, a four-star lakeside
hotel in Torri del Benaco on Lake Garda. Their LinkedIn world: online travel agencies and
channel managers, revenue-management, booking-engine and guest-messaging vendors, tour operators
and travel agents from Germany, Austria and the UK who buy rooms (good when they bring a real
request, ugly when the "request" turns into a paid catalogue listing), wedding and event planners,
young people asking for a seasonal job, hospitality schools offering interns, peer hoteliers round
the lake swapping tips, suppliers of energy, linen, amenities and coffee machines, travel
magazines that want to "feature" the hotel for a fee, and guests who turn nasty after a refused
refund. Italian (formal Lei and casual tu), German from tour operators and guests, English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
news titles, the names and headlines of spoof-only senders and PYMK suggestions, the pitches that
spoofs carry, the order of spoof methods and the languages of LinkedIn's own wording for spoofs
and other mail are swapped for this world in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev130.py              # writes tests/corpus/dev130
    python scripts/make_corpus_dev130.py --out DIR    # somewhere else
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260130

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the hotel's world (this process only)
SKILLS = {
    "it": ["Gestione alberghiera", "Revenue Management", "Food & Beverage", "Organizzazione eventi", "Ospitalità", "Gestione del personale"],
    "en": ["Hotel Management", "Revenue Management", "Hospitality Industry", "Food & Beverage", "Event Planning", "Guest Relations"],
    "de": ["Hotelmanagement", "Revenue Management", "Gastgewerbe", "Food & Beverage", "Veranstaltungsplanung", "Mitarbeiterführung"],
    "fr": ["Gestion hôtelière", "Revenue management", "Hôtellerie", "Restauration", "Événementiel"],
    "es": ["Gestión hotelera", "Revenue management", "Hostelería", "Alimentos y bebidas", "Organización de eventos"],
}
RHEADLINE = {
    "it": "Direttore generale presso Hotel Villa Ortensia",
    "en": "General Manager at Hotel Villa Ortensia",
    "de": "General Manager bei Hotel Villa Ortensia",
    "fr": "Directeur général chez Hotel Villa Ortensia",
    "es": "Director general en Hotel Villa Ortensia",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# LinkedIn's own wording for spoofs and other mail: Italian, English and German only
mc.LANGS = ["it", "en", "de", "it", "de"]
mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                    "display:outlook.com", "nodkim", "lookalike:linkedin.com.secure-notify.example", "buried", "wrongpass",
                    "noauth", "untrusted:mx.example.org"]

mc.CITY["it"] = ["Verona", "Bardolino", "Riva del Garda", "Desenzano del Garda", "Brescia", "Malcesine", "Salò"]
mc.CITY["en"] = ["London", "Manchester", "Dublin", "Edinburgh", "Bristol", "Amsterdam"]
mc.CITY["de"] = ["München", "Rosenheim", "Innsbruck", "Stuttgart", "Nürnberg", "Salzburg"]
mc.NAMES["it"] = (["Roberta", "Fabrizio", "Loredana", "Mirko", "Cinzia", "Ivan", "Donatella", "Walter", "Sonia", "Cristian"],
                  ["Zanini", "Bertoldi", "Fasoli", "Righetti", "Signorini", "Tommasi", "Castagna", "Brunelli", "Pozzani", "Lonardi"])
mc.NAMES["en"] = (["Bradley", "Kirsty", "Dean", "Louise", "Shane", "Gemma", "Wesley", "Tara"],
                  ["Pritchard", "Holloway", "Barnes", "Lockwood", "Kerr", "Waddington", "Fairbairn", "Mistry"])
mc.NAMES["de"] = (["Ramona", "Gerald", "Silke", "Dominik", "Evelyn", "Rupert", "Jasmin", "Herbert"],
                  ["Haslinger", "Wimmer", "Egger", "Pfister", "Rainer", "Strobl", "Holzmann", "Leitner"])
mc.COMPANIES["good"] = ["Hotel Gardenia Malcesine", "Federalberghi Garda Veneto", "Reisewelt Bodensee", "ITS Turismo Verona", "Lakeside Collection",
                        "Alpentours Reisen", "Consorzio Lago di Garda", "Ever After Italy"]
mc.COMPANIES["sales"] = ["StayPilot", "RevMax Hotel", "GuestChat", "DirectBook Pro", "Tripvista", "LinenPro Garda", "AmenityLab", "RateRocket"]
mc.HEADLINES["good"] = ["Direttrice presso {co}", "Front Office Manager at {co}", "Einkauf Italien bei {co}", "Revenue Manager | {co}",
                        "Wedding planner at {co}", "Docente di accoglienza turistica | {co}", "Head Chef at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Hotel Partnerships Manager at {co}", "Business Development Italia | {co}",
                         "Founder & CEO @ {co}", "Key Account Hotellerie | {co}", "Helping hotels grow direct bookings | {co}"]
mc.JOBS[:] = [("Hotel General Manager", "Lakeside Collection"), ("Direttore d'albergo", "Gruppo Alberghiero Benaco"),
              ("Resident Manager (m/w/d)", "Alpenresort Tirol"), ("Pre-opening General Manager", "Villa Serbelloni Group"),
              ("Revenue & Distribution Manager", "Garda Hotels Collection")]
for _l, _t in {"it": ["Convegno revenue", "Richiesta gruppo", "Proposta per Villa Ortensia", "Stagione 2026", "Una domanda veloce"],
               "en": ["Group enquiry", "Your direct bookings", "Quick question", "Partnership proposal", "Summer 2026"],
               "de": ["Gruppenanfrage", "Ihre Direktbuchungen", "Kurze Frage", "Kooperation", "Saison 2026"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _t
retitle_other({
    "it": {"job": ("{n} nuove offerte per «direttore d'albergo»", "Il tuo avviso di lavoro per direttore d'albergo a {city}"),
           "news": "Overtourism sul Garda: arriva il numero chiuso?",
           "group": "Conversazioni principali in Albergatori Italiani",
           "newsletter": "Diario di un revenue manager: la stagione corta"},
    "en": {"job": ("{n} new jobs for \"hotel general manager\"", "Your job alert for hotel general manager in {city}"),
           "news": "Are OTAs about to lose the summer traveller?",
           "group": "Top conversations in Hospitality Leaders Europe",
           "newsletter": "The Front Desk Letter: no-shows, deposits and the law"},
    "de": {"job": ("{n} neue Jobs für „Hoteldirektor“", "Ihr Jobalarm für Hoteldirektor in {city}"),
           "news": "Fachkräftemangel: Wer bedient 2026 noch im Hotel?",
           "group": "Top-Unterhaltungen in Hotellerie DACH & Italien",
           "newsletter": "Hotelier-Briefing: Stornoregeln richtig formulieren"},
})
# retitle_other keeps LinkedIn's own second line of news, group and newsletter; only the subjects change.

SPOOF_PITCH = {
    "it": ["Gentile {first}, un ospite ha aperto una contestazione sul pagamento della sua struttura. Acceda entro 48 ore per vedere il reclamo e i documenti.",
           "Buongiorno {first}, le ho condiviso la richiesta di preventivo per un gruppo di 40 persone a settembre. Acceda per scaricare il file."],
    "en": ["Hi {first}, a guest has filed a chargeback against Villa Ortensia. Review the dispute file here before the payout is frozen.",
           "Hello {first}, I'd like to book 25 rooms for a corporate retreat in June. Please open the request form and sign in to confirm availability."],
    "de": ["Hallo {first}, ich habe Ihnen unsere Gruppenanfrage für September als Dokument freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Guten Tag {first}, Ihre Hotelbewertung wurde gemeldet. Bestätigen Sie Ihr Konto, damit der Eintrag nicht gelöscht wird."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Zanoni", "Responsabile formazione | Federalberghi Garda Veneto", "Garda",
  ("inv", "Buongiorno Direttore, giovedì 12 marzo a Bardolino teniamo un incontro gratuito per gli associati su CIN, Alloggiati Web e nuova imposta "
          "di soggiorno. Interviene un funzionario della Provincia e c'è spazio per le domande. Le tengo un posto?"),
  ("rem",))
P("good_invitation", "it", "Markus Obermaier", "Einkauf Hotels Italien | Alpentours Reisen GmbH", "Rosenheim",
  ("inv", "Grüß Gott Herr/Frau Morgan, wir planen für 2026 acht Busreisen an den Gardasee (April bis Oktober, je ca. 22 DZ mit HP) und suchen ein Haus "
          "direkt am See. Darf ich Ihnen unsere Anfrage mit den Terminen schicken?"), nl="de")
P("good_invitation", "en", "Priya Raman", "Destination Wedding Planner | Ever After Italy", "London",
  ("inv", "Hi Alex, I plan weddings in Italy for UK couples. One of mine is set on Garda for Sept 2026: about 80 guests, ideally exclusive use for two "
          "nights. Your terrace looks perfect for the ceremony. Could I send you the brief and dates?"),
  ("rem",))
P("good_invitation", "it", "Lorenzo Bazzoli", "Studente | Istituto Alberghiero di Bardolino", "Cavaion Veronese",
  ("inv", "Buonasera, sono Lorenzo, ho 19 anni e a giugno mi diplomo all'alberghiero (sala e vendita). Cerco lavoro per la stagione estiva come commis "
          "di sala o al bar, anche con alloggio condiviso. Posso mandarle il curriculum? Grazie mille"),
  ("rem",))
P("good_invitation", "it", "Giacomo Tonelli", "Titolare | Hotel Lido Sirmione", "Sirmione",
  ("inv", "Ciao Alex, Giacomo dell'Hotel Lido a Sirmione. Domanda da collega: per gli stagionali avete ancora gli appartamenti in affitto o vi siete "
          "convenzionati con qualche residence? Noi quest'anno non troviamo niente. Ti racconto volentieri come abbiamo fatto coi buoni pasto."))
P("good_invitation", "de", "Verena Kofler", "Praktikumsbetreuung | Landesberufsschule für das Gastgewerbe Meran", "Meran",
  ("inv", "Guten Tag, unsere Schülerinnen und Schüler im 4. Jahrgang suchen von Juni bis September Pflichtpraktika am Gardasee, alle sprechen Deutsch "
          "und Italienisch. Für den Betrieb kostenlos, Versicherung und Betreuung übernehmen wir. Dürfen wir Ihr Haus vormerken?"))


# =============================================================== default_invitation
P("default_invitation", "it", "Denis Bonomi", "Agente | Forniture alberghiere e ristorazione", "Brescia", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Kathrin Stadler", "Reiseverkehrskauffrau", "Augsburg", ("inv", NONOTE))
P("default_invitation", "en", "Tom Whitaker", "Revenue Strategist | Hospitality Tech", "Bristol", ("inv", DEFAULT))
P("default_invitation", "it", "Sara Benedetti", "Receptionist", "Peschiera del Garda", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jake Morrison", "Account Executive, EMEA | StayPilot Channel Manager", "Dublin",
  ("inv", "Hi Alex, are you still updating rates in each extranet by hand? 👀 StayPilot syncs 400+ channels in real time and ends overbookings for "
          "good. Got 20 min for a demo before the season kicks off?"))
P("sales_invitation", "it", "Chiara Lombardo", "Business Developer | RevMax Hotel – revenue management per indipendenti", "Verona",
  ("inv", "Buongiorno, aiutiamo gli hotel indipendenti del lago ad alzare il RevPAR del 12-18% con un RMS basato su AI e un revenue manager "
          "dedicato da remoto. Canone mensile, nessun vincolo. Posso mostrarle i risultati di una struttura simile alla sua?"),
  ("rem",))
P("sales_invitation", "de", "Florian Gschwendtner", "Key Account Hotellerie | GuestChat", "Innsbruck",
  ("inv", "Servus Alex, wir automatisieren die Gästekommunikation über WhatsApp: Check-in-Link, Upselling für Spa und Late Check-out, Antworten rund um "
          "die Uhr. Hotels am See machen damit rund 9 € Zusatzumsatz pro Zimmernacht. Darf ich's dir kurz zeigen?"))
P("sales_invitation", "it", "Manuela Rizzi", "Fotografa e videomaker per hotel | riprese con drone", "Desenzano del Garda",
  ("inv", "Ciao Alex! Faccio shooting foto e video con drone per hotel sul lago. Pacchetto primavera a 1.200 €: 40 foto editate + un reel per "
          "Instagram. Ti giro portfolio e listino?"),
  ("rem",))
P("sales_invitation", "en", "Harriet Cole", "Partner Success | DirectBook Pro", "Manchester",
  ("inv", "Alex - OTAs taking 18% of your room revenue? We build booking engines for independent hotels that actually convert. Free audit of your "
          "site, then a proposal. Open to it?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "it", "Stefano Marchiori", "Founder | Garda Hoteliers Circle", "Lazise",
  ("inv", "Ciao Alex, sto mettendo insieme un piccolo gruppo di direttori d'albergo del lago: una cena al mese per confrontarci su personale, OTA "
          "e burocrazia. Niente sponsor, solo colleghi. Ti andrebbe di esserci?"),
  ("msg", "Grazie per aver accettato! Ti spiego meglio come funziona: il Circle è riservato ai clienti della mia società di consulenza revenue, la "
          "quota è 390 € al mese e comprende anche l'analisi settimanale delle tariffe dei competitor. Ti mando il contratto così partiamo ad aprile?", (3, 9)),
  ("msg", "Alex, ti ricordo che le adesioni a prezzo di lancio chiudono venerdì. Dopo si passa a 520 €. Fammi sapere 🙏", (6, 14)))
P("bait_and_switch_invitation", "en", "Natalie Brooks", "Hospitality Growth Advisor | ex-Marriott", "Lisbon",
  ("inv", "Hi Alex, I wrote a free 30-page playbook on winning direct bookings back from the OTAs, aimed at independent lake and mountain hotels. "
          "Happy to send it over, no strings attached."),
  ("msg", "Hope the playbook was useful! Most GMs who read it ask how to actually put chapter 3 into practice, so we built a done-for-you programme: "
          "metasearch campaigns plus rate-parity monitoring, €1,450/month with a 6-month minimum. Shall I pencil in a call for Thursday?", (4, 12)))
P("bait_and_switch_invitation", "de", "Andreas Pichler", "Hoteldirektor a. D. | Netzwerker Alpen-Adria", "Bozen",
  ("inv", "Hallo Alex, als ehemaliger Hoteldirektor in Riva tausche ich mich gern mit Kollegen rund um den See aus, vor allem zum Thema Fachkräfte "
          "aus Südtirol und Österreich. Lust, sich zu vernetzen?"),
  ("msg", "Danke fürs Annehmen! Ganz offen: Ich vermittle inzwischen Saisonpersonal aus Österreich und Osteuropa. Pro besetzte Stelle 1.800 €, "
          "drei Monate Garantie. Für die Saison hätte ich noch zwei Köche und drei Zimmermädchen frei – wie viele brauchen Sie?", (2, 8)),
  ("msg", "Kurze Nachfrage, Alex: Die Köche sind nächste Woche vergeben, wenn Sie sich nicht melden. Soll ich einen reservieren?", (5, 10)))
P("bait_and_switch_invitation", "it", "Elena Cattaneo", "Wedding Planner | Lago di Garda", "Salò",
  ("inv", "Buongiorno Alex, faccio la wedding planner sul lago da dieci anni. Ho una coppia tedesca che sta valutando la vostra terrazza per giugno: "
          "posso farle qualche domanda su capienza e orari della musica?"),
  ("msg", "Grazie delle info sulla terrazza! Le propongo una cosa: inseriamo Villa Ortensia nel nostro catalogo «Location Partner 2026», con "
          "visibilità a tre fiere sposi in Germania e sul nostro sito. Quota di adesione 2.500 € più il 10% sui matrimoni che le portiamo. "
          "Le mando il modulo?", (6, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Daniel Hargreaves", "Editor | Lakes & Villas Magazine", "London",
  ("inm", "Feature on Lake Garda hotels", "Hi Alex, I'm putting together a feature on the best lakeside hotels on Garda for our spring issue and would love "
          "to include Villa Ortensia. Could you answer a few questions about the property and how you came to run it? Photos welcome."),
  ("inm", "Re: Feature on Lake Garda hotels", "Thanks Alex, lovely answers. Just so you know, featured properties take a sponsored placement: the "
          "half-page package is £2,300 + VAT and includes a social post to our 80k followers. I can hold your spot until Friday, shall I raise "
          "the invoice?", (4, 10)))
P("bait_and_switch_inmail", "de", "Jürgen Hartl", "Geschäftsführer | GastroPuls Marktforschung", "Nürnberg",
  ("inm", "Kostenlose Gästestudie Gardasee", "Guten Tag Alex Morgan, wir führen eine kostenlose Studie zur Zufriedenheit deutscher Urlauber am "
          "Gardasee durch. Teilnehmende Hotels bekommen ihre eigene Auswertung gratis. Hätten Sie Interesse, dass wir Ihr Haus aufnehmen?"),
  ("inm", "Ihre Auswertung ist fertig", "Hallo Alex, Ihre Kurzauswertung ist fertig! Die vollständige Version mit Wettbewerbsvergleich und "
          "Handlungsempfehlungen gibt es im Jahresabo unseres Reputation-Tools, 179 € im Monat. Ich schalte Ihnen gern einen Zugang frei – "
          "wann passt ein Termin?", (8, 20)),
  ("inm", "Nachfrage Jahresabo", "Kurze Erinnerung: Der Einführungspreis gilt nur noch bis Monatsende.", (6, 12)))
P("bait_and_switch_inmail", "it", "Roberta Sartori", "Presidente | Rete Dimore del Lago", "Gardone Riviera",
  ("inm", "Invito nella Rete Dimore del Lago", "Gentile Direttore, la Rete Dimore del Lago riunisce ville e alberghi storici delle sponde del Garda per "
          "promuovere insieme un turismo di qualità. L'adesione è gratuita e ci farebbe piacere avere anche Villa Ortensia. Posso contare su di lei?"),
  ("inm", "Rete Dimore del Lago – ultimi passi", "Gentile Direttore, grazie per la disponibilità. Per entrare nel circuito occorre il pacchetto "
          "di certificazione con servizio fotografico e scheda in tre lingue, 1.900 € + IVA una tantum. Le allego il modulo d'ordine.", (5, 14)))
P("bait_and_switch_inmail", "en", "Kevin Laird", "Owner | Casa Laird, Lake Como", "Bellagio",
  ("inm", "Question from a fellow hotelier", "Hi Alex, I run a small boutique place on Lake Como and I'm struggling with late cancellations from "
          "German coach groups. How do you word your group cancellation terms? Would really appreciate a peer's view."),
  ("inm", "Thanks + something that might help", "Cheers for the tips Alex, very kind. Full disclosure, I'm also a partner in CancelShield, we insure "
          "hotels against group cancellations. For a property your size it's around €3k a year. Want me to send a quote?", (3, 9)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Nicola Ferraro", "Maître d'hôtel | Sommelier AIS", "Verona",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill}, te la meriti tutta 😉 Se hai un attimo mi confermeresti «Abbinamento vini» e «Gestione sala»? "
          "Sto cercando posto per la prossima stagione e fa curriculum. Grazie mille!"))
P("endorse_me_back", "en", "Brittany Shaw", "Hospitality Sales Coach | Speaker", "Leeds",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} the other day 🙌 would you mind returning the favour on Hotel Sales and Negotiation? Takes ten seconds, "
          "appreciate it!"))
P("endorse_me_back", "de", "Tobias Lechner", "F&B Manager | Seehotel", "Kufstein",
  ("end",),
  ("msg", "Hallo Alex, hab dir vorhin {skill} bestätigt. Wärst du so nett und bestätigst mir im Gegenzug Bankettmanagement? Brauch das grad für "
          "eine Bewerbung. Danke dir!"))
P("endorse_me_back", "it", "Silvia Pasini", "Consulente qualità e HACCP per la ristorazione", "Mantova",
  ("end",), ("end",),
  ("msg", "Gentile Alex, le ho confermato la competenza in {skill}. Le chiederei, se lo ritiene opportuno, di ricambiare sulla mia «Sicurezza "
          "alimentare – HACCP»: mi è utile per i bandi della Regione. Cordiali saluti, Silvia Pasini"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Gary Whitlock", "Director | Whitlock Property Services", "Leeds",
  ("inv", "Alex, we were booked with you 9-16 August and had to cancel because of my wife's surgery. Your reception keeps saying non-refundable. "
          "Can we sort this out between reasonable people?"),
  ("inm", "Your refund policy", "So you ignore my request and hide behind 'policy'. A shameful way to treat a family dealing with a medical "
          "emergency. I'll make sure every review site knows what kind of place you run. Disgraceful.", (4, 12)))
P("hostility_after_decline", "de", "Wolfgang Reisinger", "Geschäftsführer | Reisinger Elektrotechnik GmbH", "Regensburg",
  ("inv", "Guten Tag, wir waren im Juni eine Woche bei Ihnen und ich möchte die Sache mit der Stornogebühr für unsere zweite Buchung gern direkt "
          "mit Ihnen klären, nicht über Booking."),
  ("rem",),
  ("inm", "Stornogebühr", "Keine Antwort, keine Erstattung – so behandelt man also Stammgäste. Von einem Hoteldirektor hätte ich mehr Anstand "
          "erwartet. Arroganz pur. Das war unser letzter Urlaub bei Ihnen, und das werden auch unsere Freunde erfahren."))
P("hostility_after_decline", "it", "Massimo Dal Bosco", "Agente di commercio | Linee cortesia e amenities", "Vicenza",
  ("inv", "Buongiorno, rappresento una linea di amenities ecologiche per hotel: dispenser ricaricabili, niente plastica monouso. Quando passo dal "
          "lago le lascio volentieri dei campioni, così valuta lei."),
  ("inm", "Collegamento", "Le ho chiesto il collegamento tre settimane fa e nemmeno una riga. Voi direttori d'albergo vi credete chissà chi. "
          "Un minimo di educazione non costa niente: si ricordi che anche i fornitori sono persone.", (15, 25)))
P("hostility_after_decline", "en", "Ashok Mehra", "Founder & MD | Royal Routes Holidays", "Mumbai",
  ("inv", "Dear Alex, we send premium Indian family groups to Italy every summer and are looking for a partner hotel on Lake Garda for 2026. "
          "Would be glad to share our group calendar."),
  ("rem",),
  ("inm", "Very disappointing", "Dear Sir, I sent you a genuine business request and you did not even have the courtesy to reply. Very poor "
          "hospitality from a hospitality professional. Kindly note we will take our 400 room nights elsewhere, and I will tell my agents "
          "why."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Roberto Bellini", "Avvocato | Studio Legale Bellini", "Bergamo",
  ("msg", "Buongiorno Alex, ci siamo conosciuti alla BIT due anni fa. Le scrivo perché la mia prenotazione per il ponte del 2 giugno è stata "
          "addebitata per intero dopo la cancellazione. Confido in un gesto di buon senso, visto che ci conosciamo."),
  ("msg", "Ho letto la sua risposta. Trovo vergognoso che un direttore si nasconda dietro le «condizioni tariffarie» con un cliente che conosce di "
          "persona. Scortese e poco professionale. Ne terrò conto, e ne terranno conto anche i colleghi dello studio.", (3, 8)))
P("hostility_connection", "en", "Liam O'Shea", "Sales Lead | RateRocket", "Cork",
  ("msg", "Alex! Saw you're still on a legacy channel manager. RateRocket switches you over in 48h with zero downtime and the first 3 months "
          "free. Fancy a quick look?"),
  ("msg", "Fair enough, stay stuck in 2009 with your spreadsheets. Don't come crying when the lake's full and you're still paying 20% to Booking. "
          "Honestly, the arrogance of some GMs.", (5, 15)))
P("hostility_connection", "de", "Karl-Heinz Moser", "Produktmanager Italien | SeeReisen Moser", "Linz",
  ("msg", "Hallo Alex, für 2026 bräuchten wir 15 Doppelzimmer im Juli und August, Nettopreise vom Vorjahr minus 25 %, sonst passt es nicht in den "
          "Katalog. Geben Sie mir bis Freitag Bescheid."),
  ("msg", "Dann eben nicht. Mit dieser Sturheit werden Sie ohne Reiseveranstalter bald ganz schön alt aussehen. Selten so einen unprofessionellen "
          "Umgang mit einem langjährigen Partner erlebt.", (3, 10)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Davide Castelli", "Consulente energia | Luce e Gas per le imprese", "Verona",
  ("msg", "Buongiorno Alex, con le bollette di quest'anno un hotel da 60 camere può risparmiare 15-20 mila euro cambiando fornitore. Mi manda "
          "l'ultima fattura e le preparo un'offerta senza impegno?"),
  ("msg", "Alex, le giro l'offerta a prezzo fisso per 24 mesi, vale fino al 30. La chiamo domani in mattinata?"),
  ("msg", "Ultimo tentativo 🙂 Due hotel di Garda sono passati con noi questo mese. Se vuole le faccio sentire uno dei direttori.", (10, 25)))
P("connection_only_pitches", "en", "Megan Doyle", "Partnerships | TableFlow Reservations", "Dublin",
  ("msg", "Hi Alex! Quick one: does the restaurant at Villa Ortensia take non-resident diners? TableFlow fills empty covers with Google and "
          "Instagram bookings, no commission for the first three months."),
  ("msg", "Bumping this up 👆 we've onboarded six venues on Garda this spring. 15 min this week?"))
P("connection_only_pitches", "de", "Stefan Aigner", "Vertrieb | Wäscherei Alpenweiß", "Trento",
  ("msg", "Hallo Alex, wir übernehmen ab der neuen Saison die Hotelwäsche am Ostufer: tägliche Abholung, Mietwäsche statt eigenem Bestand. "
          "Darf ich Ihnen ein Angebot für Ihre 60 Zimmer machen?"),
  ("msg", "Kurze Erinnerung an mein Angebot: Bei Abschluss bis Ende Februar gibt es die ersten zwei Monate zum halben Preis."))


# =============================================================== single_pitch
P("single_pitch", "it", "Ilaria Gobbi", "Social media manager per hotel e ristoranti", "Malcesine",
  ("msg", "Ciao Alex! Ho dato un'occhiata all'Instagram dell'hotel: foto bellissime ma l'ultimo post è di ottobre 😅 Gestisco i social di tre "
          "hotel a Malcesine, se vuoi ti preparo una proposta per la stagione."))
P("single_pitch", "en", "Craig Fenwick", "Specialist Broker | Hospitality Insurance", "Edinburgh",
  ("msg", "Alex, most hotel policies in Italy don't cover business interruption from storms on the lake or a closed access road. We broker "
          "specialist cover for hospitality across Europe. Worth comparing against your current policy? Happy to run the numbers."))
P("single_pitch", "de", "Julia Neumayr", "Anzeigenverkauf | Katalog Sonnenziele Italien", "Salzburg",
  ("msg", "Hallo Alex, für unseren Italien-Katalog 2026 sind noch zwei Premium-Seiten frei, Auflage 120.000 Stück. Die Doppelseite kostet 3.400 €, "
          "als Partnerhotel bekommen Sie 15 % Rabatt. Soll ich Ihnen die Mediadaten schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Paola Venturini", "Direttrice | Hotel Gardenia Malcesine", "Malcesine",
  ("msg", "Ciao Alex, ti giro il file che ci passiamo tra direttori della sponda veronese con le agenzie interinali che quest'anno hanno mandato "
          "gente valida (e quelle da evitare). Usalo pure e aggiungi se ne conosci altre."),
  ("msg", "Ah, ieri è passata l'ASL da noi: guardavano soprattutto temperature delle celle e registro allergeni. Occhio, stanno girando tutta "
          "la costa questa settimana.", (5, 20)))
P("connection_brings_value", "it", "Sabine Kollmann", "Einkauf Italien | Reisewelt Bodensee", "Friedrichshafen",
  ("end",),
  ("msg", "Hallo Alex, wie am Telefon besprochen hier die Eckdaten für unsere Seniorengruppen im Mai 2026: drei Termine mit je 22 DZ, "
          "Halbpension, Anreise Montag. Wenn Sie mir bis Monatsende ein Angebot schicken, nehmen wir Sie in den Katalog auf."), nl="de")
P("connection_brings_value", "en", "Rachel Osei", "Careers & Industry Liaison | School of Hospitality, Northbay University", "Brighton",
  ("msg", "Hi Alex, our second-years need 12-week summer placements and several speak Italian or German. I can send CVs of students who'd suit a "
          "lakeside hotel. No fee, we just need a named supervisor on your side. How many could you take?"))
P("connection_brings_value", "it", "Marco Tomasi", "Ufficio soci | Consorzio Lago di Garda Veneto", "Bardolino",
  ("msg", "Buongiorno Alex, le segnalo che il bando regionale per la riqualificazione delle strutture ricettive apre il 15 aprile: contributo a "
          "fondo perduto fino al 40% per efficientamento energetico e accessibilità. Allego la scheda che abbiamo preparato per i soci. "
          "Per dubbi mi chiami pure."),
  ("msg", "Aggiornamento: la Regione ha prorogato la scadenza al 30 giugno. Se serve, giovedì facciamo uno sportello gratuito in sede.", (10, 30)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Charlotte Ainsworth", "Partner, Hospitality Practice | Harlow & Finch Executive Search", "London",
  ("inm", "General Manager - resort opening, Lake Como", "Hi Alex, I'm retained by a family-owned group opening a 90-key five-star resort on Lake "
          "Como in spring 2026. They want a pre-opening GM with lake-resort experience and a feel for the German-speaking market. Base, bonus and "
          "housing. Would you be open to a confidential chat?"))
P("stranger_inmail_recruiter", "it", "Giorgio Brambilla", "Direttore Risorse Umane | Gruppo Alberghiero Dolomiti & Garda", "Trento",
  ("inm", "Area Manager strutture estive", "Buongiorno Alex, sono il direttore del personale di un gruppo con sette alberghi tra Dolomiti e Garda. "
          "Cerchiamo un Area Manager per le quattro strutture estive, contratto dirigente, sede a Riva. Il suo percorso mi sembra molto in linea: "
          "le andrebbe di sentirci con calma?"))
P("stranger_inmail_recruiter", "de", "Melanie Sturm", "Talent Acquisition | Alpenresort Gruppe", "Kitzbühel",
  ("inm", "Hoteldirektor (m/w/d) Kitzbühel", "Hallo Alex, wir suchen für unser 5-Sterne-Haus in Kitzbühel eine Direktorin oder einen Direktor ab "
          "Wintersaison. Ihr Profil mit Italienisch und Deutsch wäre ideal. Unverbindliches Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Brandt", "Market Manager, Northern Italy | Tripvista", "Amsterdam",
  ("inm", "Boost Villa Ortensia on Tripvista", "Hi Alex, I look after the Lake Garda market at Tripvista. Properties in our Preferred Plus programme "
          "see up to 35% more views for an extra 5% commission. I can switch it on for you this week. Shall we set up a call?"),
  ("inm", "Preferred Plus - last spots for summer", "Hi again Alex, we're closing Preferred Plus enrolment for the summer peak on the 20th. "
          "Five of your neighbours have already joined. 10 minutes?"))
P("stranger_inmail_sales", "it", "Gianni Pavan", "Consulente finanza agevolata | Studio Pavan", "Padova",
  ("inm", "Credito d'imposta strutture ricettive", "Buongiorno Direttore, seguiamo per conto di alberghi e campeggi le pratiche del credito "
          "d'imposta per la riqualificazione. Nostro compenso a successo, 8% del contributo ottenuto. Posso chiamarla per valutare il suo caso?"))
P("stranger_inmail_sales", "de", "Nadine Holzer", "Vertrieb DACH & Italien | ZimmerTV Digitale Gästemappe", "Graz",
  ("inm", "Digitale Gästemappe für Villa Ortensia", "Guten Tag Alex Morgan, schluss mit gedruckten Gästemappen: Unsere digitale Mappe läuft auf dem "
          "Zimmer-TV, verkauft Spa-Termine und Ausflüge und spart Druckkosten. Ab 2,90 € pro Zimmer und Monat. Darf ich Ihnen eine Demo schicken?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "it", "Matteo Zanetti", "Revenue manager | Docente ITS Turismo Verona", "Verona",
  ("inv", "Ciao Alex, insegno revenue all'ITS Turismo di Verona e raccolgo dati anonimi di maggio per un confronto tra hotel della sponda est. A chi "
          "partecipa mando il report gratis appena è pronto. Ti va?"),
  ("msg", "Eccoti il benchmark di maggio: siete 6 punti sopra la media di occupazione ma 11 € sotto di ADR. Il file è tuo, giralo a chi vuoi.", (15, 40)),
  ("msg", "Alex, visto quel gap di ADR ti propongo il mio servizio di revenue in outsourcing: 650 € al mese più il 3% sull'incremento. Partiamo "
          "da giugno?", (5, 15)))
P("good_turns_ugly", "en", "Hannah Kowalski", "Guest Experience Consultant | Lakeside & Alpine Hotels", "Munich",
  ("inv", "Hi Alex, I'm hosting a free online roundtable for lakeside GMs on handling refund requests and post-stay complaints before they hit "
          "Tripadvisor. No slides, no selling. Would you like a seat?"),
  ("msg", "Thanks for joining yesterday! Here's the summary and the template replies we drafted as a group. Feel free to adapt them for your team.", (10, 25)),
  ("end",),
  ("msg", "Hey Alex, small favour: I endorsed you for {skill}, could you endorse me for Customer Experience and Complaint Handling? I'm building "
          "up my freelance profile."))
P("good_turns_ugly", "de", "Christoph Mayrhofer", "Geschäftsführer | Mayrhofer Busreisen", "Passau",
  ("inv", "Hallo Alex, wir sind ein kleiner Busreiseveranstalter aus Passau und suchen für Herbst ein Hotel am Ostufer für vier Gruppen. Können "
          "wir uns vernetzen? Dann schicke ich Ihnen die Anfrage."),
  ("msg", "Wie versprochen die Termine: 3.–7.10., 10.–14.10., 17.–21.10. und 24.–28.10., jeweils 20 DZ mit Halbpension. Freue mich auf Ihr Angebot."),
  ("msg", "Noch eine Sache, bevor wir fix buchen: Unsere Partnerhotels schalten eine Anzeige im Katalog (ab 1.900 €) und geben drei Freiplätze "
          "pro Gruppe. Soll ich die Anzeige für Sie reservieren?", (4, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Ethan Price", "Head of Sales, Hotels | Concierge.ly", "London",
  ("inm", "Guest messaging for Villa Ortensia", "Hi Alex, Concierge.ly answers 80% of guest questions automatically over WhatsApp and SMS, in 30 "
          "languages. Hotels your size save about a front-desk shift a day. Can I show you a 15-minute demo?"),
  ("inv", "Hi Alex, enjoyed your comments on the thread about seasonal staff housing. Would be great to be connected!"))
P("reinvite_known_bad", "it", "Fabio Guerra", "Area Manager | Arredo contract per hotel", "Treviso",
  ("inv", DEFAULT),
  ("inv", "Buongiorno Alex, ci siamo incrociati alla fiera di Riva a febbraio, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "de", "Petra Lindner", "Sales Manager | ReviewBoost Hotel", "München",
  ("inv", "Hallo Alex, mit ReviewBoost sammeln Hotels doppelt so viele Bewertungen auf Google und Tripadvisor, vollautomatisch nach dem Check-out. "
          "Darf ich Ihnen in 15 Minuten zeigen, wie das funktioniert?"),
  ("inv", "Hallo Alex, neuer Anlauf: Ich bin inzwischen bei einem anderen Arbeitgeber und würde mich trotzdem gern mit Ihnen vernetzen."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Franco Morandi", "Organizzatore viaggi di gruppo | CRAL aziendali", "Modena",
  ("inv", "Buongiorno, organizzo gite per i CRAL aziendali e vorrei portarle un gruppo di 50 persone a settembre. Mi serve però un prezzo da "
          "gruppo vero, non quello del sito."),
  ("inm", "Il suo silenzio", "Niente risposta. Capisco: per voi contano solo i tedeschi che pagano il listino pieno. Si vergogni, è questo il modo "
          "di trattare i clienti italiani? Maleducazione allo stato puro.", (10, 20)),
  ("inv", "Buongiorno Alex, acqua passata. Riproviamo a collegarci? Magari l'anno prossimo riusciamo a lavorare insieme."))
P("reinvite_known_ugly", "en", "Oliver Grant", "Host | The Hotel Leaders Podcast", "Manchester",
  ("inm", "Guest spot on The Hotel Leaders Podcast", "Hi Alex, we'd love to have you as a guest on The Hotel Leaders Podcast to talk about running "
          "an independent lakeside hotel. 30 minutes, recorded remotely, no prep needed. Interested?"),
  ("inm", "Re: Guest spot on The Hotel Leaders Podcast", "Brilliant, glad you're up for it! Quick note on logistics: guest episodes are part of our "
          "featured partner package, £950, which covers editing, promotion and a clip pack for your socials. I'll send the payment link with the "
          "booking form.", (3, 10)),
  ("inv", "Hi Alex, would be great to connect properly this time."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Camilla Rota", "Key account | Linee cortesia di lusso", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex, è stato un piacere conoscerti a HostMilano! Come promesso ti lascio il catalogo delle linee cortesia "
          "personalizzate: per ordini entro marzo la stampa del logo è gratuita. Ti faccio fare un preventivo?"))
P("user_invited_pitch_once", "en", "Sam Whitford", "Regional Sales Manager | Keystay PMS", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, good to put a face to the name after the panel. Since you mentioned housekeeping was a headache, our PMS "
          "just launched a housekeeping module with live room status. Could I book you in for a demo?"))
P("user_invited_pitch_once", "de", "Lukas Hofer", "Gebietsverkaufsleiter Italien | Kaffeetechnik Südtirol", "Bozen",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Wie auf der Messe erwähnt: Unsere Vollautomaten fürs Frühstücksbuffet gibt es im Leasing ab 129 € im Monat, "
          "inklusive Wartung. Soll ich Ihnen ein Angebot für zwei Geräte schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Amanda Reyes", "Sales Director EMEA | WaveGuest", "Barcelona",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! WaveGuest handles pre-arrival upsells (boat trips, late check-out, spa) and lifts ancillary revenue by "
          "about 20%. Could we do a quick call next week?"),
  ("msg", "Hi Alex, circling back: we've got a summer launch offer, setup fee waived if you sign by May. Want me to send over the agreement?"))
P("user_invited_pitch_twice", "it", "Paolo Vigasio", "Consulente marketing turistico | Vigasio Comunicazione", "Verona",
  ("acc",),
  ("msg", "Grazie per avermi aggiunto Alex. Ti propongo un pacchetto di Google Ads e campagne metasearch per l'estate: gestione a 450 € al mese "
          "più budget. Ci vediamo per un caffè e ti faccio vedere i numeri?"),
  ("msg", "Ciao Alex, ti riscrivo perché i posti per la gestione campagne di luglio si stanno riempiendo. Ti blocco un posto?"))
P("user_invited_pitch_twice", "de", "Sebastian Kraus", "Leiter Vertrieb Hotellerie | Schlafwerk Matratzen", "Rosenheim",
  ("acc",),
  ("msg", "Vielen Dank für die Kontaktanfrage, Alex! Bei 60 Zimmern lohnt sich unser Austauschprogramm: neue Hotelmatratzen, Rücknahme der alten, "
          "Finanzierung über 36 Monate. Wann darf ich Ihnen Muster vorbeibringen?"),
  ("msg", "Hallo Alex, ich bin nächste Woche ohnehin in Bardolino. Passt Dienstag für die Präsentation?"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Giulia Pernigo", "Docente di sala e vendita | Istituto Alberghiero di Bardolino", "Bardolino",
  ("acc",),
  ("msg", "Grazie per aver accettato! Come ti dicevo al telefono, quest'anno abbiamo 14 ragazzi di quarta disponibili per lo stage estivo tra sala "
          "e cucina. Ti mando l'elenco con i profili, scegli tu chi vuoi conoscere."))
P("user_invited_value", "en", "Mark Ellison", "General Manager | Lowwood Bay Hotel, Lake District", "Windermere",
  ("acc",),
  ("msg", "Thanks for the add, Alex. As promised at the conference, attached is our seasonal staff housing agreement and the cost model behind it. "
          "Saved us a small fortune last year. Shout if you fancy comparing notes on 2025 once the season's done."))
P("user_invited_value", "de", "Anna Gruber", "Incentive & Gruppen | Reisebüro Gruber", "Wien",
  ("acc",),
  ("msg", "Danke fürs Annehmen! Wie auf der ITB besprochen: Wir haben eine Anfrage für ein Firmen-Incentive im Juni, 30 Personen, drei Nächte mit "
          "Bootsausflug. Darf ich Ihnen die Details schicken?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Enrico Pasetto", "Chef de cuisine | Ristorante La Darsena", "Lazise", ("acc",))
P("acceptance_only", "en", "Claire Donnelly", "Travel Trade Manager | Visit Italy Lakes", "Dublin", ("acc",))
P("lone_endorsement", "it", "Martina Girelli", "Ex receptionist | Hotel Villa Ortensia", "Garda", ("end",))
P("lone_endorsement", "de", "Moritz Fankhauser", "Sous-Chef | Hotel Bergkristall", "Mayrhofen", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Priya Raman", "priya@everafteritaly.example", "September 2026 wedding - brief",
     "Hi Alex,\n\nI've sent you a LinkedIn request too, but here's the brief by email in case that's easier: 80 guests, 18-20 September, ceremony "
     "on the terrace if the weather allows.\n\nWarm wishes,\nPriya", "en"),
    ("Reception Villa Ortensia", "reception@villaortensia.example", "Sig. Whitlock – rimborso",
     "Ciao Alex,\n\nil signor Whitlock ha richiamato tre volte e dice che ti ha scritto anche su LinkedIn. La tariffa era non rimborsabile, "
     "come vuoi che rispondiamo?\n\nSilvia", "it"),
    ("Federalberghi Garda Veneto", "segreteria@federalberghi-garda.example", "Circolare: nuove regole imposta di soggiorno",
     "Gentili associati,\n\nin allegato la circolare sulle nuove tariffe dell'imposta di soggiorno. Seguiteci anche sulla nostra pagina LinkedIn "
     "per gli aggiornamenti.", "it"),
    ("Alpentours Reisen", "einkauf@alpentours.example", "Anfrage Kontingente 2026",
     "Sehr geehrte Damen und Herren,\n\nwie bereits über LinkedIn angekündigt, senden wir Ihnen anbei unsere Terminliste für 2026 mit der Bitte "
     "um ein Angebot.\n\nMit freundlichen Grüßen\nMarkus Obermaier", "de"),
    ("Booking.com Partner Hub", "noreply@partnerhub.example", "Your property's performance this month",
     "Your reviews score went up to 8.9. Share your achievement with your network on LinkedIn and Facebook!", "en"),
    ("Proprietà Villa Ortensia", "famiglia.ortensia@example.net", "Fwd: Voglio collegarmi",
     "Alex, questo tizio ha chiesto il collegamento anche a me su LinkedIn, sai chi è?\n\n---------- Messaggio inoltrato ---------\n"
     "Da: Stefano Marchiori via LinkedIn <invitations@linkedin.com>\nOggetto: Voglio collegarmi\n\nCiao, sto mettendo insieme un piccolo gruppo "
     "di direttori d'albergo del lago...", "it"),
    ("ITS Turismo Verona", "placement@itsturismo.example", "Career day 14 maggio",
     "Buongiorno,\n\nil career day per gli stage estivi è il 14 maggio. Le aziende possono pubblicare le offerte sul nostro portale e sulla "
     "pagina LinkedIn della scuola.", "it"),
    ("Ufficio personale", "hr@villaortensia.example", "Annunci stagionali",
     "Ciao Alex,\n\nho pubblicato gli annunci per commis di sala e cameriere ai piani su InfoJobs e LinkedIn. Finora 23 candidature, "
     "te le porto lunedì.\n\nBarbara", "it"),
    ("Google Calendar", "calendar-notification@google.example", "Invitation: Call Sabine Kollmann (Reisewelt Bodensee) - via LinkedIn",
     "You have been invited to: Call Sabine Kollmann (Reisewelt Bodensee)\nWhen: Thursday 10:00 - 10:30\nNote: contact came via LinkedIn", "en"),
    ("Hotelier Weekly", "newsletter@hotelierweekly.example", "5 LinkedIn habits of GMs who never run short of staff",
     "This week: how general managers use LinkedIn to hire seasonal teams, plus the new EU rules on short-term rentals.\n\nUnsubscribe: "
     "https://hotelierweekly.example/u", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# People whose notes name a recent year or recent things (the CIN code, AI tools, reels) write in the current layout.
ERAS = {_p[2]: "cur" for _p in PEOPLE
        if any(re.search(r"20(2\d)|\bAI\b|\bCIN\b|\breel\b", str(_x)) for _s in _p[6] for _x in _s)}

HEADER = [f"# mailbot dev130 corpus. Generated by scripts/make_corpus_dev130.py (seed {SEED}); do not edit by hand.",
          "# Alex as general manager of a lakeside hotel on Lake Garda: OTAs and channel managers, hotel-tech vendors, tour operators and travel "
          "agents, wedding planners, seasonal applicants, hospitality schools, peer hoteliers, guests angry after a refused refund. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev130", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
