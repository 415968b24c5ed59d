#!/usr/bin/env python3
"""Write mailbot's dev97 corpus: tests/corpus/dev97/*.eml + expected.toml.

The angle: the user Alex owns and runs a family hotel in the Zillertal, Tyrol (Familienhotel
Gamsblick), with many Italian guests and suppliers from South Tyrol. Their LinkedIn world:
channel-manager, booking-engine, PMS and dynamic-pricing vendors; South Tyrolean wine, speck and
coffee suppliers; tourism associations and the chamber of commerce offering free workshops and
subsidy briefings; staff agencies selling seasonal workers (from Slovakia, Hungary, southern
Italy); Italian travel agents and ski-club organisers (some bringing groups, some selling
catalogue space); peer hoteliers from North and South Tyrol sharing staff-housing contracts,
apprentice exchanges and introductions; cooks, receptionists and apprentices looking for a
season; travel creators who want free nights for reels; magazines and award guides that turn
out to charge. Written in Austrian and Tyrolean German (Servus, heuer, Jänner, i/mir/isch),
South Tyrolean German with Italian loanwords, formal and casual Italian (some Veneto turns,
missing accents), and some native and non-native English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, the job-alert and
other LinkedIn titles, the headlines of spoof-only names and the pitches that spoofs carry are
swapped for a hotelier's ones in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals,
judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev97.py              # writes tests/corpus/dev97
    python scripts/make_corpus_dev97.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260997

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ a Tyrolean family hotel's world (this process only)
SKILLS = {
    "en": ["Hospitality Management", "Revenue Management", "Hotel Operations", "Guest Relations", "Tourism", "Team Leadership"],
    "de": ["Hotellerie", "Gastfreundschaft", "Mitarbeiterführung", "Revenue Management", "Tourismus", "Hotelmanagement"],
    "fr": ["Hôtellerie", "Gestion hôtelière", "Revenue management", "Tourisme", "Relation client"],
    "es": ["Hostelería", "Gestión hotelera", "Revenue management", "Turismo", "Atención al huésped"],
    "it": ["Ospitalità", "Gestione alberghiera", "Revenue management", "Turismo", "Gestione del personale", "Accoglienza"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Owner & host at Familienhotel Gamsblick, Zillertal, Tyrol",
    "de": "Gastgeber:in & Inhaber:in | Familienhotel Gamsblick, Fügen im Zillertal",
    "fr": "Propriétaire | Familienhotel Gamsblick, Zillertal (Tyrol)",
    "es": "Propietario/a | Familienhotel Gamsblick, Zillertal (Tirol)",
    "it": "Titolare | Familienhotel Gamsblick, Fügen (Zillertal, Tirolo)",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.CITY.update({"en": ["Innsbruck", "Salzburg", "Munich", "Zurich", "London"], "de": ["Innsbruck", "Kitzbühel", "Mayrhofen", "Salzburg", "Bozen", "Wien"],
                "fr": ["Chamonix", "Annecy", "Genève"], "es": ["Andorra la Vella", "Madrid", "Barcelona"],
                "it": ["Bolzano", "Merano", "Trento", "Cortina d'Ampezzo", "Verona", "Milano"]})
mc.JOBS[:] = [("Direktor:in Familienresort (m/w/d)", "Alpenwelt Resorts"), ("Revenue Manager Hotellerie (m/w/d)", "Tirolhotels Gruppe"),
              ("Direttore d'albergo – stagione invernale", "Dolomiti Family Hotels"), ("Front Office Manager", "Kitzbühel Alpine Lodge"),
              ("Hotel General Manager – Alpine Resort", "Snowcrest Hospitality")]
mc.COMPANIES["good"] = ["Hotel Sonnwies", "Tourismusverband Sonnenseite Zillertal", "MCI Tourismus", "Hotel Rosengarten", "Alpengasthof Eberharter",
                        "Familienhotel Tirolerhof", "Wirtschaftskammer Tirol"]
mc.COMPANIES["sales"] = ["RoomRoute", "BettenPilot", "CasaCloud PMS", "AlpStaff", "StayDirect", "PriceWave", "Alpimedia", "GuestLoop"]
mc.COMPANIES["pretext"] = ["Familienhotel-Stammtisch Tirol", "Alpine Hoteliers Collective", "Green Alps Hospitality Network"]
mc.HEADLINES["good"] = ["Gastgeberin | {co}", "Hotelier at {co}", "Juniorchef | {co}", "Direttrice | {co}", "Referent Tourismus | {co}",
                        "Front Office Manager | {co}"]
mc.HEADLINES["sales"] = ["Sales Manager DACH | {co}", "Account Executive Hospitality | {co}", "Founder & CEO @ {co}",
                         "Helping hotels sell more rooms direct | {co}", "Key Account Hotellerie | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a guest has filed a payment dispute about your property. Sign in within 24 hours to upload the invoice or the amount will be charged back.",
           "Hi {first}, your hotel was shortlisted for the Alpine Family Hotel Awards. Confirm your entry and pay the listing fee at the link below."],
    "de": ["Hallo {first}, ein Gast hat eine Beschwerde zu Ihrer Unterkunft eingereicht. Bitte melden Sie sich innerhalb von 24 Stunden an, um Stellung zu nehmen.",
           "Grüß Gott {first}, Ihr Hotel wurde für das Gütesiegel Familienhotel 2025 nominiert. Bitte bestätigen Sie die Teilnahme und begleichen Sie die Gebühr."],
    "fr": ["Bonjour {first}, un client a signalé un problème de paiement concernant votre établissement. Connectez-vous sous 24 heures pour répondre.",
           "Bonjour {first}, votre hôtel est nominé aux Trophées de l'hôtellerie familiale. Confirmez votre inscription et réglez les frais au lien ci-dessous."],
    "es": ["Hola {first}, un huésped ha abierto una reclamación de pago sobre su alojamiento. Inicie sesión en 24 horas para responder.",
           "Hola {first}, su hotel ha sido nominado a los Premios Hotel Familiar 2025. Confirme la candidatura y abone la cuota en el enlace."],
    "it": ["Gentile {first}, un ospite ha aperto una contestazione di pagamento sulla sua struttura. Acceda entro 24 ore per caricare la fattura.",
           "Ciao {first}, il tuo hotel è tra i candidati al premio Family Hotel dell'Anno. Conferma l'iscrizione e versa la quota dal link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Your booking engine", "Quick question about Gamsblick", "More direct bookings this winter"],
                  "de": ["Ihre Buchungsstrecke", "Kurze Frage zum Gamsblick", "Wintersaison"],
                  "fr": ["Votre moteur de réservation", "Question rapide"], "es": ["Su motor de reservas", "Pregunta rápida"],
                  "it": ["Il vostro booking engine", "Domanda veloce", "Più prenotazioni dirette"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "en": dict(job=("{n} new jobs for \"hotel general manager\"", "Your job alert for hotel general manager in {city}"),
               news="Are Alpine resorts running out of seasonal staff?",
               group="Top conversations in Alpine Hospitality Professionals",
               newsletter="Mountain Hospitality Weekly: pricing the ski-free winter"),
    "de": dict(job=("{n} neue Jobs für „Hoteldirektor“", "Ihr Jobalarm für Hoteldirektor in {city}"),
               news="Wer putzt im Winter die Zimmer? Personalnot im Tourismus",
               group="Top-Unterhaltungen in Hotellerie Tirol & Südtirol",
               newsletter="Gastgeber-Post: Aufenthaltsabgabe neu, was jetzt zu tun ist"),
    "fr": dict(job=("{n} nouvelles offres pour « directeur d'hôtel »", "Votre alerte emploi pour directeur d'hôtel à {city}"),
               news="Les stations de ski manquent-elles de saisonniers ?",
               group="Meilleures discussions dans Hôtellerie de montagne",
               newsletter="La lettre de l'hôtelier : fixer ses prix sans neige"),
    "es": dict(job=("{n} empleos nuevos de «director de hotel»", "Tu alerta de empleo de director de hotel en {city}"),
               news="¿Faltan temporeros en las estaciones de esquí?",
               group="Conversaciones destacadas en Hoteleros de Montaña",
               newsletter="Boletín del hotelero: precios en un invierno sin nieve"),
    "it": dict(job=("{n} nuove offerte per «direttore d'albergo»", "Il tuo avviso di lavoro per direttore d'albergo a {city}"),
               news="Stagionali introvabili: che inverno sarà per gli hotel di montagna?",
               group="Conversazioni principali in Albergatori Trentino-Alto Adige",
               newsletter="Il taccuino dell'albergatore: ponti e festività 2026"),
})
# nine spoofs, each forged a different way
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "buried", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Lukas Hauser", "Juniorchef | Hotel Sonnwies, Gerlos", "Gerlos",
  ("inv", "Servus Alex, mir sind quasi die Nachbarn drüben in Gerlos 😉 Mir überlegen heuer, mit zwei anderen Betrieben gemeinsam ein Personalhaus zu bauen. "
          "Hab ghört, ihr habt sowas mit dem Kirchenwirt gemacht – darf i di amal anrufen und a paar Fragen stellen?"),
  ("rem",))
P("good_invitation", "it", "Matteo Zanon", "Cuoco capopartita | cerco stagione invernale in Tirolo", "Bassano del Grappa",
  ("inv", "Buongiorno, sono cuoco capopartita (primi e pasticceria), ho fatto tre stagioni in Val Gardena e il tedesco lo parlo abbastanza. "
          "Per l'inverno cerco un posto in Tirolo con alloggio. Posso mandarle il curriculum? Grazie"))
P("good_invitation", "de", "Mag. Birgit Schiestl", "Referentin Fachgruppe Hotellerie | Wirtschaftskammer Tirol", "Innsbruck",
  ("inv", "Grüß Gott! Am 12. Feber machen wir für Mitgliedsbetriebe ein kostenloses Webinar zur neuen Förderung für Mitarbeiterwohnungen "
          "(bis zu 30 % Zuschuss). Da Ihr Betrieb gerade baut, wollte ich Sie persönlich darauf hinweisen. Link kommt nach der Vernetzung."),
  ("rem",))
P("good_invitation", "en", "Dr. Rachel Stone", "Senior Lecturer in Tourism | MCI Innsbruck", "Innsbruck",
  ("inv", "Hi Alex, I'm leading a small study on how family hotels in Tyrol house their seasonal staff. Everyone who joins gets the full benchmark "
          "back, fully anonymised, nothing to buy. Would you give me a 30-minute interview in March?"))
P("good_invitation", "it", "Paola Zenatti", "Titolare | Agenzia Viaggi Arcobaleno, Verona", "Verona",
  ("inv", "Buongiorno Alex, organizzo la settimana bianca dello sci club di San Bonifacio: 38 persone, seconda settimana di febbraio, mezza pensione. "
          "Una famiglia che era da voi ad agosto vi ha consigliati. Ci manda le disponibilità?"),
  ("rem",))
P("good_invitation", "de", "Magdalena Oberhofer", "Juniorchefin | Familienhotel Tirolerhof, Algund bei Meran", "Algund",
  ("inv", "Hallo Alex, der Stefan vom HGV hat gmeint, i soll mi bei dir melden: mir suchen für unsere Lehrlinge an Austausch im Winter, drei Wochen, "
          "Kost und Logis gegenseitig. Hättest du Interesse? Tät mi freuen!"))
P("good_invitation", "en", "Callum Reid", "Operations Director | Snowline Family Chalets", "Edinburgh",
  ("inv", "Hi Alex, we run catered chalets in Mayrhofen and turn away families every February who'd rather be in a hotel with a kids' club. "
          "Happy to send them your way, no commission asked. Just wanted a direct contact for when it happens."))


P("good_invitation", "de", "Emma Kröll", "Schülerin Tourismusschule | suche Lehrstelle Hotel- und Gastgewerbeassistentin", "Schwaz",
  ("inv", "Hallo! Ich bin 15 und mache im Sommer den Abschluss an der Tourismusschule. Ich würde sehr gern bei euch die Lehre als Hotel- und "
          "Gastgewerbeassistentin machen, im Juli war ich schon Ferialpraktikantin in Mayrhofen. Darf ich meine Bewerbung schicken?"),
  ("rem",))

# =============================================================== default_invitation
P("default_invitation", "de", "Hubert Gasser", "Außendienst | Gastro-Großhandel", "Wörgl", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Simone Dalpiaz", "Agente di commercio | settore Ho.Re.Ca.", "Trento", ("inv", DEFAULT))
P("default_invitation", "en", "Brandon Kessler", "Growth Marketing | Hospitality Tech", "Amsterdam", ("inv", NONOTE))
P("default_invitation", "de", "Sandra Egger", "Personalvermittlung Tourismus & Gastronomie", "Innsbruck", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Florian Wechselberger", "Sales Manager DACH | RoomRoute Channel Manager", "Salzburg",
  ("inv", "Hallo Alex, wie viele Stunden pro Woche verbringt eure Rezeption mit dem Abgleichen der Kontingente? RoomRoute synchronisiert Booking, Expedia "
          "und eure Website in Echtzeit. Ich zeig's dir gern in 20 Minuten per Teams – wann passt's?"))
P("sales_invitation", "de", "Katarína Horváthová", "Personalagentur AlpStaff | Saisonkräfte aus SK und HU", "Bratislava",
  ("inv", "Guten Tag, wir vermitteln geprüfte Saisonkräfte aus Slowakei und Ungarn: Koch, Zimmermädchen, Service. Alles legal mit Anmeldung. "
          "Für Wintersaison noch 14 Personen frei, Provision nur ein Monatslohn. Darf ich Angebot schicken?"),
  ("rem",))
P("sales_invitation", "en", "Jess Carrow", "Family travel creator | 120k on Instagram | @littlewanderers", "Bristol",
  ("inv", "Hi Alex! We're a family of five travel creators and we'd LOVE to feature Gamsblick this February 🏔️ In exchange for 4 nights "
          "(2 rooms, half board) we deliver 3 reels + 10 stories. Media kit is on my profile. Collab?"))
P("sales_invitation", "it", "Roberto Sguazzin", "Responsabile commerciale | Dolomiti Incoming Tour Operator", "Udine",
  ("inv", "Salve, stiamo chiudendo il catalogo inverno per il mercato italiano. Inserimento della vostra struttura con foto e scheda a 1.200 € "
          "più 18% sulle prenotazioni. Posti limitati per il Tirolo. Le mando la proposta?"),
  ("rem",))
P("sales_invitation", "de", "Thomas Kofler", "Vertrieb Gastronomie | Etschtaler Kellerei", "Bozen",
  ("inv", "Griaß di Alex, i bin der Thomas von der Etschtaler Kellerei. Mir hom heuer a eigene Gastro-Preisliste für Hotels in Nordtirol, "
          "Vernatsch und Lagrein ab 6,90 netto. Soll i dir a Musterpaket schicken und amal vorbeischaun?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Markus Pfurtscheller", "Gründer Familienhotel-Stammtisch Tirol | Berater für Gastgeber", "Innsbruck",
  ("inv", "Servus Alex, ich hab einen kleinen Stammtisch für Familienhoteliers gegründet – einmal im Monat, ehrlicher Austausch unter Gastgebern, "
          "ganz ohne Verkäufer. Nächstes Treffen im Gasthof Post in Schwaz. Bist dabei?"),
  ("msg", "Freut mich, dass du dabei bist! Kurz zum Hintergrund: Neben dem Stammtisch begleite ich Familienhotels bei der Positionierung. "
          "Mein Programm \"Gastgeber-Kompass\" (6 Workshops, 4.800 € zzgl. MwSt.) ist über die Landesförderung zu 50 % förderbar. "
          "Ich reservier dir einen der zwei Plätze im Frühjahr, passt das?", (3, 12)),
  ("msg", "Alex, die Förderschiene läuft Ende März aus. Sollen wir kurz telefonieren, bevor der Platz weg ist? Dienstag oder Donnerstag am Vormittag?", (6, 14)))
P("bait_and_switch_invitation", "it", "Federica Tomasi", "Community Hoteliers Italia–Austria | Marketing turistico", "Rovereto",
  ("inv", "Ciao Alex! Sto mettendo insieme un gruppo di albergatori austriaci che lavorano con famiglie italiane: ci scambiamo dritte su ponti, "
          "festività, aspettative (la colazione salata!) e recensioni. Gratis. Ti va di entrare?"),
  ("msg", "Benvenuto nel gruppo 🙂 Ti propongo subito il passo successivo: il pacchetto \"Visibilità Italia\" con scheda sul nostro portale, "
          "due newsletter e campagna Meta su Lombardia e Veneto. 2.900 € a stagione, 1.690 € se confermi entro venerdì. Ti giro il contratto?"))
P("bait_and_switch_invitation", "de", "Daniela Rainer", "Digitalisierung für Beherbergungsbetriebe | Pensio PMS", "Graz",
  ("inv", "Hallo Alex, wir haben einen kostenlosen Leitfaden zur neuen Aufenthaltsabgabe und zum digitalen Gästeblatt in Tirol geschrieben – "
          "12 Seiten, ohne Werbung. Magst du ihn? Einfach annehmen, ich schick ihn dir."),
  ("msg", "Hier ist der Leitfaden, viel Spaß beim Lesen. Übrigens erledigt Pensio PMS die Meldung und die Abgabe komplett automatisch. "
          "Bis 31.12. gibt es das Umstiegspaket inklusive Datenübernahme um 990 € statt 2.400 €. Hast du nächste Woche 30 Minuten für eine Demo?"),
  ("msg", "Nachgefragt: Passt dir Dienstag um 10 für die Demo? Ich würde gleich unseren Techniker dazuholen, der die Übernahme aus eurem alten System macht.", (4, 10)))
P("bait_and_switch_invitation", "en", "Niels van Dijk", "MSc Sustainable Tourism | Energy Advisor", "Utrecht",
  ("inv", "Hi Alex, I'm writing my master's thesis on how family-run Alpine hotels cut their energy use. Could I ask you three short questions about "
          "your heating? I'll share the findings with everyone who helps."),
  ("msg", "Thanks so much for answering! Full disclosure: I also work with SolarAlp Leasing. We install PV plus heat pumps for hotels with zero "
          "upfront cost, about €2,150 a month on a 12-year lease. From what you told me you'd save roughly 30%. Can I book an on-site survey "
          "with our engineer in April?", (5, 20)))
P("bait_and_switch_invitation", "it", "Giorgio Pedrotti", "Enologo | Cantina Pedrotti, Lago di Caldaro", "Caldaro sulla Strada del Vino",
  ("inv", "Buongiorno Alex, il 12 novembre facciamo a Caldaro una degustazione gratuita per albergatori del Tirolo del Nord: otto vini, speck e "
          "formaggi di malga, nessun impegno. Le tengo un posto?"),
  ("msg", "È stato un piacere averla in cantina! Come accennato, per gli hotel che mettono i nostri vini in carta abbiamo condizioni riservate: "
          "ordine minimo 360 bottiglie, listino in allegato, consegna franco hotel. Posso passare a gennaio per chiudere l'ordine?", (15, 30)))


P("bait_and_switch_invitation", "de", "Sabrina Auer", "Hoteliersfamilie Auer, Achensee | Social Media & Content", "Pertisau",
  ("inv", "Hallo Alex, kurze Frage unter Gastgebern: Wie habt ihr das mit der Kinderbetreuung am Abend gelöst, wenn die Eltern beim Gala-Dinner "
          "sitzen? Wir grübeln seit Wochen und finden keine gute Lösung."),
  ("msg", "Danke dir für die ausführliche Antwort, echt hilfreich! Was ich noch erwähnen wollte: Ich mach nebenbei Social Media für Hotels, "
          "12 Reels im Monat inklusive Dreh um 980 € netto. Soll ich dir ein paar Beispiele von Häusern am Achensee schicken?", (4, 15)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Carina Leitgeb", "Redaktion | Alpenfamilie Magazin", "Salzburg",
  ("inm", "Anfrage: Reportage Familienurlaub im Zillertal", "Grüß Gott, für unsere Winterausgabe stellen wir fünf Familienhotels im Zillertal vor, "
          "die wirklich mit Kindern umgehen können. Ihr Haus ist uns von Leserinnen mehrfach empfohlen worden. Hätten Sie Zeit für ein kurzes "
          "Gespräch und einen Fototermin im Dezember?"),
  ("inm", "Reportage – die Details", "Danke für Ihre nette Rückmeldung! Zur Einordnung: Die Porträts erscheinen als Partner-Reportage, ganzseitig, "
          "inklusive Fotograf, Pauschale 1.850 € netto. Wenn Sie bis Freitag bestätigen, ist die Verlängerung auf unserer Website gratis dabei.", (4, 12)))
P("bait_and_switch_inmail", "it", "Dott. Alessio Carminati", "Direttore | Guida Hotel per Famiglie d'Europa", "Bergamo",
  ("inm", "Il suo hotel è tra i finalisti", "Gentile Titolare, il Familienhotel Gamsblick è stato selezionato dalla nostra giuria tra i 30 finalisti "
          "del premio \"Famiglie Felici in Montagna\", votato dai lettori. Complimenti! A breve riceverà il regolamento."),
  ("inm", "Completamento candidatura", "Gentile Titolare, per completare la candidatura è prevista una quota di partecipazione di 690 € + IVA, "
          "comprensiva di targa, badge digitale e scheda nella guida cartacea. Il pagamento entro il 15 garantisce l'inserimento."))
P("bait_and_switch_inmail", "en", "Ravi Menon", "Head of Research | ShiftNest", "London",
  ("inm", "Alpine hospitality staffing survey (5 min)", "Hi Alex, we're running an independent survey of 200 hoteliers across Tyrol, Salzburg and "
          "South Tyrol about the seasonal staff shortage. Everyone who takes part gets the full report free, plus an invite to a results webinar "
          "in May. Would you fill it in? Link below, takes five minutes."),
  ("inm", "Your survey results + a thought", "Thanks for taking part, Alex! Looking at your answers, ShiftNest would be a great fit for you: our app "
          "fills last-minute shifts from a pool of vetted seasonal workers at €4.90 per hour worked. I can set up a free 30-day pilot if we "
          "hop on a call Thursday. What time suits?", (6, 18)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Nina Steinlechner", "Front Office | ehemals Familienhotel Gamsblick", "Mayrhofen",
  ("end",), ("end",),
  ("msg", "Hoi Alex! Hab dir grad {skill} bestätigt, hast du dir echt verdient 😊 Ich bewerb mich gerade als Rezeptionsleitung in Kitzbühel – "
          "wärst du so lieb und bestätigst mir Front Office und Protel? Würd mir voll helfen! Liebe Grüße an die Kinderbetreuung"))
P("endorse_me_back", "it", "Davide Marcolin", "Consulente F&B | ex chef di cucina", "Treviso",
  ("end",),
  ("msg", "Ciao Alex, ti ho appena confermato {skill}, meritatissima! Mi faresti lo stesso favore con \"Food cost\" e \"Gestione cucina\"? "
          "Sto sistemando il profilo per un paio di clienti nuovi. Grazie mille, ci vediamo a Hotel a Bolzano!"))
P("endorse_me_back", "en", "Gareth Pryce", "Hospitality Consultant | Speaker | Pre-opening specialist", "Cardiff",
  ("end",), ("end",),
  ("msg", "Alex, endorsed you for {skill}, you've earned it mate. Mind endorsing me for Hotel Pre-Opening and Revenue Strategy when you get "
          "a sec? Scratch my back and all that 😄"))
P("endorse_me_back", "de", "Wolfgang Thaler", "Küchenchef | Regionale Küche & Kochkurse", "Kufstein",
  ("end",),
  ("msg", "Servus Alex, i hab di für {skill} bestätigt, weil's oanfach stimmt. Jetzt a kloane Bitte: kannst du mi für \"Regionale Küche\" und "
          "\"Kochkurse\" bestätigen? I start im Frühjahr mit eigene Kurse und do zählt sowas. Vergelt's Gott!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Skye Montgomery", "Travel creator | Family adventures | 250k", "Los Angeles",
  ("inv", "Hi Alex! Obsessed with your kids' club 😍 Would love to connect and chat about a partnership this winter!"),
  ("rem",),
  ("inm", "Wow.", "Honestly Alex, I've stayed at far nicer hotels than yours that were thrilled to work with me. Ignoring a creator with 250k "
          "engaged followers is a bizarre business decision. I'll be sharing my honest impressions of Zillertal hotels with my audience. Good luck."))
P("hostility_after_decline", "de", "Günther Zangerl", "Geschäftsführer | Gastro-Personalservice Tirol", "Landeck",
  ("inv", "Grüß Gott, ist das Personal für die Wintersaison schon komplett? Wir hätten noch Köche und Servicekräfte. Kurz vernetzen?"),
  ("inm", "Na servas", "Grüß Gott. Drei Mal hab ich es jetzt probiert, keine Reaktion. Aber dann in der Zeitung jammern, dass man keine Leut' "
          "kriegt. Genau wegen solcher Chefs will keiner mehr in der Hotellerie arbeiten. Schönen Tag noch."))
P("hostility_after_decline", "it", "Gianni Rigon", "Agente di viaggio | gruppi e gite scolastiche", "Vicenza",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Complimenti per la cortesia", "Buongiorno. Le ho mandato l'invito due volte e niente. Noi italiani vi riempiamo mezza stagione e "
          "voi non rispondete neanche a un collega. Ma si sa, certi albergatori tirolesi si credono chissà chi. Stia tranquillo che ai "
          "miei clienti consiglierò altri alberghi."))
P("hostility_after_decline", "de", "Jasmin Kathrein", "Köchin | suche Wintersaison mit Personalzimmer", "Imst",
  ("inv", "Hallo, ich bin gelernte Köchin (3 Jahre Erfahrung, 2 davon im Ötztal) und suche ab Dezember eine Stelle mit Personalzimmer. "
          "Hättet ihr Bedarf? Lg Jasmin"),
  ("inm", "Danke für nix", "Wisst's was? Überall wird gejammert, es gibt keine Leut, und dann schreibt man einem Hotel und kriegt nicht mal "
          "eine Absage. Echt letztklassig. Hoffentlich findet ihr nie wieder eine Köchin."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Patrick Huber", "Key Account Manager | BettenPilot Revenue Suite", "Wien",
  ("msg", "Hallo Alex, kurze Info: Mit BettenPilot passen sich eure Zimmerpreise automatisch an Wetter, Schneelage und Events im Zillertal an. "
          "Häuser in eurer Größe holen damit 8 bis 12 % mehr RevPAR. Hast nächste Woche Zeit für eine Demo?"),
  ("msg", "Ok Alex, du liest meine Nachrichten, antwortest aber nicht. Find ich ehrlich gesagt ziemlich unhöflich, gerade von einem Gastgeber, "
          "der vom Freundlichsein lebt. Aber bitte, dann halt weiter mit der Excel-Tabelle."))
P("hostility_connection", "it", "Stefano Brugnara", "Fotografo e videomaker per hotel", "Trento",
  ("acc",),
  ("msg", "Grazie del collegamento, Alex! Come accennato al TTG di Rimini, faccio shooting foto e video per hotel: pacchetto \"Inverno\", due giorni, "
          "40 foto e un video da 60 secondi a 2.400 €. Ti interessa per la prossima stagione?"),
  ("msg", "Ciao Alex, ti riscrivo per il pacchetto: a gennaio ho ancora due date libere in Zillertal, se vuoi ti blocco il 14.", (7, 15)),
  ("msg", "Alex, mi hai aggiunto tu, ti ho scritto due volte e zero risposte. Un minimo di educazione non guasterebbe. "
          "Poi non lamentatevi se le vostre foto sembrano del 2005.", (5, 12)))
P("hostility_connection", "en", "Derek Hollins", "Founder | GuestLoop AI concierge for hotels", "Dublin",
  ("msg", "Hi Alex, GuestLoop answers guest WhatsApps in 40 languages, 24/7, and upsells late check-out and ski passes on the way. "
          "I'd love to give Gamsblick a free first month. 15 min this week?"),
  ("msg", "Alex, I've offered you a free month twice now. Not even a 'no thanks'? Frankly that's the attitude that keeps Alpine hotels "
          "stuck in the 90s. Enjoy your fax machine."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Mag. Christian Plattner", "Revenue Management Berater | Hotellerie im Alpenraum", "Salzburg",
  ("msg", "Hallo Alex, ich hab mir eure Preise auf Booking für Jänner angeschaut: Ihr lasst in der Woche nach Dreikönig sicher 15 % liegen. "
          "Ich übernehme das Revenue Management für Familienhotels ab 690 € im Monat. Wollen wir uns das gemeinsam ansehen?"),
  ("msg", "Kurzer Nachtrag: Für Neukunden bis Ende Oktober gibt's den ersten Monat gratis. Telefon oder Zoom, wie's dir lieber ist."))
P("connection_only_pitches", "it", "Valentina Rosolen", "Digital marketing per hotel | Mercato italiano", "Padova",
  ("msg", "Ciao Alex! Ho visto che avete tante recensioni di famiglie italiane ma il sito in italiano è tradotto con Google 😅 "
          "Noi facciamo sito, SEO e campagne per il mercato italiano, ti preparo un preventivo senza impegno?"),
  ("msg", "Alex ti riscrivo perché per Natale-Epifania le campagne vanno lanciate entro ottobre. Ti mando la proposta da 1.450 € al mese?"),
  ("msg", "Ultimo messaggio, promesso: chi firma entro il 30 ha il restyling del sito in omaggio. Fammi sapere!"))
P("connection_only_pitches", "de", "Ingrid Wallnöfer", "Vertrieb | Alpenwäscherei Textilservice", "Schwaz",
  ("msg", "Guten Tag Alex, wir übernehmen Bettwäsche, Frottier und Kinderbademäntel im Mietservice, Abholung zweimal pro Woche auch im Zillertal. "
          "Darf ich Ihnen ein Angebot für die Wintersaison machen?"),
  ("msg", "Hallo nochmal, ich hätte am 18. einen Termin in Fügen und könnte gern kurz mit Musterware vorbeikommen. Wäre Ihnen 14 Uhr recht?"))


P("connection_only_pitches", "en", "Joost Verhoeven", "Sales Manager | SnowTrips.nl group ski holidays", "Eindhoven",
  ("msg", "Hi Alex, we are sending 2.000 Dutch families to Austria every winter and we look for new hotels in Zillertal. For a fixed allotment "
          "of 10 rooms we work with 22% commission plus a marketing contribution of 1.500 euro for our catalogue. Can we plan a call?"),
  ("msg", "Hello Alex, I did not hear from you yet. The catalogue closes 15 September, after that only next year is possible. "
          "Shall I send you the contract to look at?"))

# =============================================================== single_pitch
P("single_pitch", "it", "Michele Zambon", "Area manager Nord-Est | Torrefazione Berica", "Vicenza",
  ("msg", "Buongiorno Alex, tanti vostri ospiti sono italiani e sul caffè non perdonano 😄 Vi offriamo la macchina professionale in comodato d'uso "
          "con 12 kg al mese di miscela bar. Passo a farvi assaggiare quando sono in zona?"))
P("single_pitch", "de", "Andreas Pircher", "Verkauf Hotellerie | Speckmanufaktur Pircher, Villnöß", "Villnöß",
  ("msg", "Hallo Alex, für euer Frühstücksbuffet hätten mir an Bauernspeck und Kaminwurzen direkt vom Hof, g.g.A., ab 20 kg Lieferung frei Haus "
          "ins Zillertal. Die Preisliste für Hotels schick i dir gern, sag Bescheid!"))
P("single_pitch", "en", "Hailey Brooks", "Partnerships | StayDirect booking engine", "Austin",
  ("msg", "Hey Alex! Quick one: hotels your size usually pay 15-18% to OTAs on bookings they could have taken direct. StayDirect's booking engine "
          "is live in a day, commission-free, flat $199/month. Want me to send a 2-minute demo video?"))


P("single_pitch", "de", "Dominik Schwaighofer", "Inhaber | Sport Schwaighofer Skiverleih, Fügen", "Fügen",
  ("msg", "Servus Alex! Mir machen heuer a Kooperation mit den Hotels im Ort: Eure Gäste kriegen 20 % auf den Skiverleih, und du kriegst 10 % "
          "Provision auf jeden Gutschein, der eingelöst wird. Flyer und Aufsteller bring i vorbei. Bist dabei?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Christine Fankhauser", "Geschäftsführerin | Tourismusverband Sonnenseite Zillertal", "Fügen",
  ("end",),
  ("msg", "Hallo Alex, kurze Info für dich: Der Verband zahlt heuer die Zertifizierung \"Green Destination\" für alle Mitgliedsbetriebe, die "
          "bis April mitmachen. Am 6. März gibt es dazu einen Infoabend im Gemeindesaal, Jause inklusive. Würd mich freuen, wenn ihr dabei seid!"))
P("connection_brings_value", "it", "Martina Dallago", "Albergatrice | Hotel Rosengarten, Val d'Ega", "Nova Levante",
  ("msg", "Ciao Alex! Come promesso ti mando il calendario dei ponti e delle vacanze scolastiche regione per regione per il prossimo anno: "
          "occhio che l'8 dicembre cade di lunedì, quindi ponte lungo in Lombardia. Noi abbiamo già preparato l'offerta, fai anche tu!"),
  ("msg", "Dimenticavo: ho trovato una ragazza bravissima per l'animazione bimbi che parla italiano e tedesco, a noi serve solo fino a marzo. "
          "Se vi interessa dopo ve la presento."))
P("connection_brings_value", "de", "Reinhard Eberharter", "Hotelier | Alpengasthof Eberharter, Hintertux", "Hintertux",
  ("msg", "Servus Alex, i hab a Konditorin bei mir, sehr guat, die unbedingt ins vordere Zillertal ziehen will (Freund in Fügen). Mir tuat's leid "
          "drum, aber wenn du wen suachst, gib ihr a Chance. Soll i euch zammbringen?"),
  ("msg", "Passt, sie meldet sich bei dir. Und falls ihr im Dezember wieder zu wenig Personalzimmer habt: mir hätten zwei frei, zum Selbstkostenpreis.", (3, 9)))
P("connection_brings_value", "en", "Sophie Marlow", "Travel writer | family skiing & Alpine hotels", "London",
  ("msg", "Hi Alex, I'm putting together a non-sponsored round-up of family hotels in the Zillertal for a Sunday travel section. No fee either way, "
          "we pay our own stays. Could you tell me whether your kids' club takes under-threes, and whether late arrivals can still get dinner?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Dr. Elke Sonnweber", "Partnerin | Executive Search Hotellerie & Tourismus", "Innsbruck",
  ("inm", "Geschäftsführung Familienresort Osttirol – vertraulich", "Grüß Gott, für ein neues Familienresort in Osttirol (180 Zimmer, "
          "Eröffnung im übernächsten Winter) suchen wir im Auftrag der Eigentümerfamilie eine Geschäftsführung. Man hat Ihren Namen mehrfach genannt, weil "
          "Sie Familienhotellerie und italienische Märkte kennen. Wären Sie für ein vertrauliches Gespräch offen, auch wenn Sie aktuell nicht "
          "suchen?"))
P("stranger_inmail_recruiter", "it", "Francesca Lunardi", "HR Director | Gruppo Benaco Resort", "Riva del Garda",
  ("inm", "Direzione resort per famiglie – Lago di Garda", "Buongiorno Alex, stiamo cercando il nuovo direttore per il nostro resort per "
          "famiglie a Riva del Garda (140 camere, clientela italiana e tedesca). Contratto a tempo indeterminato, alloggio e auto aziendale. "
          "Il suo profilo bilingue ci interessa molto: possiamo sentirci per una prima chiacchierata?"))
P("stranger_inmail_recruiter", "en", "Martin Fairweather", "Programme Director, MA Hospitality Management", "Innsbruck",
  ("inm", "Visiting lecturer – family hospitality module", "Dear Alex, we're looking for a practitioner to teach our new module on family "
          "hospitality in the summer semester: 24 contact hours, paid at the standard external lecturer rate, teaching in English or German. "
          "A colleague at the tourism association suggested you. Would you consider it?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Brandt", "Enterprise AE | PriceWave dynamic pricing", "Denver",
  ("inm", "Gamsblick's Feb rates", "Hi Alex, I ran Gamsblick through our pricing model: you're priced like it's a weekday during Austrian and "
          "Dutch half-term. PriceWave fixes that automatically. Customers in Tyrol saw +11% ADR in the first season. Open to a 20-minute demo?"))
P("stranger_inmail_sales", "it", "Marika Fabbro", "Reputation manager | RecensioniTop", "Napoli",
  ("inm", "Le sue recensioni", "Salve, ho notato che il vostro punteggio su Booking è sceso a 8,7 per colpa di un paio di recensioni italiane "
          "negative. Con il nostro servizio di reputazione portiamo la media sopra 9 in 60 giorni. Le interessa un preventivo?"),
  ("inm", "Preventivo reputazione", "Buongiorno, le giro il preventivo: pacchetto Gold a 390 € al mese, minimo sei mesi. Se firma entro fine "
          "mese la prima mensilità è gratis."))
P("stranger_inmail_sales", "de", "Harald Sprenger", "Energieberatung & PV für Hotels | AlpSolar Contracting", "Telfs",
  ("inm", "Stromkosten im Hotel", "Guten Tag, bei Hotels mit Wellnessbereich macht der Strom oft 6 % vom Umsatz aus. Mit unserem Contracting-Modell "
          "baut AlpSolar die PV-Anlage ohne Eigenkapital aufs Dach, Sie zahlen nur den Strom. Darf ich für einen Vor-Ort-Termin vorbeikommen?"))
P("stranger_inmail_sales", "it", "Rosaria Lo Iacono", "Recruiting stagionale | StagionaliSud", "Palermo",
  ("inm", "Personale per la stagione invernale", "Buongiorno, siamo un'agenzia che seleziona personale stagionale dal Sud Italia per hotel "
          "in Alto Adige e Tirolo: camerieri, aiuto cuochi, baristi. Ci occupiamo noi di tutto. Il costo è di 850 € per ogni risorsa inserita. "
          "Vuole ricevere i profili disponibili?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Stefan Gamper", "Hotelier | Hotel Gamper, Schenna", "Schenna",
  ("inv", "Hallo Alex, i bin Hotelier in Schenna und hab dich beim Familienhotel-Tag in Bozen reden ghört. Mir kämpfen mit dem gleichen Thema "
          "Personalwohnungen – magsch di austauschen? I teil gern, was bei uns funktioniert hat."),
  ("msg", "Wie versprochen: unser Mustervertrag für die Personalzimmer und die Hausordnung als Word-Datei. Nimm raus, was du brauchen kannst!"),
  ("msg", "Servus Alex, kurze Sache: I mach seit heuer nebenbei Beratung für Familienhotels, Positionierung, Personalmarketing, Kinderbetreuung. "
          "Für dich als Kollegen Tagessatz 1.100 € statt 1.450 €. Magsch an Termin im Jänner?", (20, 60)))
P("good_turns_ugly", "it", "Ilaria Gasperi", "Food & Beverage consultant | ex maître", "Rovereto",
  ("inv", "Ciao Alex, ho sentito che lavorate tanto con famiglie italiane: ho un file con i consumi a colazione per ospite (latte, brioche, "
          "prosciutto) raccolti in sei hotel trentini. Te lo passo volentieri, gratis."),
  ("msg", "Eccolo! Sono due anni di dati, dimmi se i numeri tornano anche da voi."),
  ("end",),
  ("msg", "Sono contenta che ti sia servito 😊 Piccolo favore: ti ho confermato {skill}, mi confermeresti \"Food & Beverage\" e "
          "\"Consulenza alberghiera\"? Mi aiuta tantissimo con i clienti nuovi. Grazie!!"))
P("good_turns_ugly", "en", "Emily Hartwell", "Sustainability Lead | Green Alps Hospitality Network", "Zurich",
  ("inv", "Hi Alex, we run a free peer network for Alpine hotels working on their carbon footprint: monthly calls, shared supplier lists, "
          "no fees. Would you like to join us?"),
  ("msg", "Welcome aboard! Here's the shared spreadsheet of regional suppliers with delivery radius, and the recording of last month's call on "
          "food waste at breakfast buffets."),
  ("msg", "Hi Alex, quick one: our partner GreenStay Certification opens audits next month. As a network member you'd pay €3,400 instead of "
          "€4,800 for the full audit plus label. Shall I pencil you in for an on-site visit in April?", (10, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Paolo Menegatti", "Agente | Tessitura Alto Garda – biancheria alberghiera", "Arco",
  ("inm", "Biancheria per la stagione", "Buongiorno, produciamo biancheria da letto e da bagno per hotel, anche con ricamo del logo. Per ordini "
          "entro novembre sconto del 12% e consegna in Tirolo inclusa. Le posso mandare campionario e listino?"),
  ("inv", "Buongiorno Alex, ci siamo visti alla fiera Hotel di Bolzano, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "de", "Elisabeth Wurzer", "Vertrieb | Tiroler Getränkehandel", "Wörgl",
  ("inv", DEFAULT),
  ("inv", "Liebe Grüße aus Wörgl! Wir haben uns bei unserer Hausmesse kurz gesehen – würde mich freuen, wenn wir in Kontakt bleiben."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Bernhard Kogler", "Versicherungsmakler | Hotel- und Betriebsversicherungen", "Kitzbühel",
  ("inv", "Hallo Alex, die meisten Hotels im Zillertal sind gegen Betriebsunterbrechung durch Lawinensperre falsch versichert. "
          "Ich mach Ihnen gern einen kostenlosen Polizzen-Check. Passt ein Termin nächste Woche?"),
  ("inm", "Schade", "Hallo Alex, ich sehe, meine Anfrage wird einfach ignoriert. Typisch Hotelier: Solange nix passiert, ist man gescheiter als "
          "alle anderen. Wenn die Straße einmal zwei Wochen zu ist, brauchen Sie gar nicht bei mir anrufen."),
  ("inv", "Hallo Alex, nichts für ungut wegen damals. Neues Jahr, neuer Anfang? Würd mich freuen."))
P("reinvite_known_ugly", "en", "Natalie Voss", "Community Manager | Alpine Hoteliers Collective", "Munich",
  ("inm", "A mastermind for Alpine hoteliers", "Hi Alex, I host a small mastermind of independent Alpine hoteliers, eight people, one call a "
          "month, everything shared openly: rates, staffing, reviews. There's a free seat opening up, would you like it?"),
  ("inm", "Your seat in the mastermind", "Great to hear you're interested, Alex! To confirm your seat, membership is €290 a month (billed "
          "quarterly), which includes my revenue templates and two 1:1 coaching calls. Shall I send the payment link?", (3, 9)),
  ("inv", "Hi Alex, let's stay connected! I share lots of free resources for hoteliers on my feed."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Thomas Lechner", "Großküchentechnik | Lechner Gastro-Ausstattung", "Rosenheim",
  ("acc",),
  ("msg", "Danke für die Einladung nach dem Gespräch auf der Alles für den Gast! Wie besprochen: Der Kombidämpfer, den Sie sich angesehen haben, "
          "ist bis Monatsende um 18 % reduziert, inklusive Einschulung für die Küche. Soll ich Ihnen das Angebot fertig machen?"))
P("user_invited_pitch_once", "it", "Lucia Dalsass", "Vendite Ho.Re.Ca. | Cantina Sottoriva", "Cortaccia",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Ti allego il listino Ho.Re.Ca. aggiornato con il Gewürztraminer e il Lagrein riserva che avevi "
          "assaggiato. Se ordini entro dicembre, il trasporto al Gamsblick lo offriamo noi."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Sebastian Unterberger", "Account Manager | CasaCloud PMS", "Linz",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Vernetzen nach dem ÖHV-Kongress! Wie versprochen die Infos: CasaCloud PMS mit Gästeblatt, Channel Manager "
          "und Kassa in einem, ab 4,90 € pro Zimmer und Monat. Wollen wir einen Demo-Termin ausmachen?"),
  ("msg", "Hallo Alex, ich melde mich nochmal: Für Umsteiger vor der Wintersaison übernehmen wir die Datenmigration kostenlos. "
          "Passt dir Mittwoch oder Freitag für 30 Minuten?"))
P("user_invited_pitch_twice", "it", "Giacomo Scarpa", "CEO | Alpimedia – marketing turistico", "Belluno",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Ti scrivo subito perché abbiamo un format che funziona molto per gli hotel austriaci: campagne su "
          "Google e Instagram solo per famiglie italiane, da 900 € al mese più budget. Ti va una call?"),
  ("msg", "Alex, ti lascio il case study di un hotel in Val di Fassa: +34% di prenotazioni dirette dall'Italia in una stagione. Possiamo "
          "partire anche da dicembre, dimmi tu."))
P("user_invited_pitch_twice", "en", "Lars Eriksen", "Head of Sales DACH | KidsClub Pro", "Copenhagen",
  ("acc",),
  ("msg", "Thanks for connecting after the family hotel summit, Alex! As promised: KidsClub Pro handles check-in, parent messaging and allergy "
          "notes for your kids' club, from €149 a month. Free setup if you sign before the season."),
  ("msg", "Hi Alex, following up on KidsClub Pro: we've got two onboarding slots left in November. Shall I reserve one for Gamsblick?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Theresa Haidacher", "Gastgeberin | Familienhotel Haidacher, Meran", "Meran",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex! Weil du nach der Kinderbetreuung gefragt hast: Unsere zwei Betreuerinnen kommen über die Fachschule in "
          "Brixen, das Praktikum ist für die Schule kostenlos. Ich schick dir den Kontakt der Direktorin, sag einfach, dass du von mir kommst."))
P("user_invited_value", "de", "Mag. Lukas Ortner", "Redakteur Wirtschaft | Tiroler Rundschau", "Innsbruck",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Ich schreibe für die Wochenendausgabe über Mitarbeiterhäuser im Tourismus und hätte gern eine Stimme aus "
          "einem Familienbetrieb. Hätten Sie kommende Woche 20 Minuten für ein Telefonat? Zitat natürlich nur nach Freigabe."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Barbara Rieder", "Direktorin | Tourismusschule Zell", "Zell am See", ("acc",))
P("acceptance_only", "it", "Roberto Fedrizzi", "Presidente | Consorzio Albergatori Val di Fassa", "Canazei", ("acc",))
P("lone_endorsement", "de", "Anna-Lena Schösser", "Ehemaliger Lehrling | jetzt Hotel- und Gastgewerbeassistentin", "Zell am Ziller", ("end",))
P("lone_endorsement", "it", "Beatrice Cainelli", "Guest relations | Hotel in Trentino", "Madonna di Campiglio", ("end",))


for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# people whose notes only make sense in the current layout era (reels, AI concierges, the digital guest register)
ERAS = {"Derek Hollins": "cur", "Jess Carrow": "cur", "Sabrina Auer": "cur", "Daniela Rainer": "cur"}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Famiglia Bortolami", "bortolami.fam@example.it", "Richiesta disponibilità Capodanno",
     "Buongiorno,\n\nsiamo due adulti e tre bambini (2, 6 e 9 anni), vorremmo venire dal 28 dicembre al 4 gennaio. Avete una family suite? "
     "Ho visto il suo profilo LinkedIn e ho pensato di scrivere direttamente.\n\nGrazie, Elena Bortolami", "it"),
    ("TVB Sonnenseite Zillertal", "info@sonnenseite-zillertal.example.at", "Betriebsinfo Wintersaison",
     "Liebe Gastgeberinnen und Gastgeber,\n\ndie Skibusfahrpläne sind online. Folgt uns auch auf LinkedIn, dort posten wir die Infoabende.\n\nEuer TVB-Team", "de"),
    ("Rezeption Gamsblick", "rezeption@gamsblick.example.at", "Fwd: LinkedIn Anfrage",
     "Hallo Alex,\n\ndie Dame aus Algund hat auch bei uns an der Rezeption angerufen wegen dem Lehrlingsaustausch. Sie hat dir auf LinkedIn "
     "geschrieben, schau bitte mal rein.\n\nLG Vroni", "de"),
    ("AlpStaff Personal", "office@alpstaff.example.sk", "Angebot Saisonkräfte Winter",
     "Guten Tag,\n\nwie auf LinkedIn angekündigt schicken wir Ihnen unser Angebot für Saisonkräfte: 14 Personen verfügbar ab 1. Dezember. "
     "Provision ein Monatslohn.\n\nMit freundlichen Grüßen\nKatarína Horváthová", "de"),
    ("Etschtaler Kellerei", "bestellung@etschtaler.example.it", "Auftragsbestätigung Nr. 2291",
     "Sehr geehrte Damen und Herren,\n\nwir bestätigen Ihre Bestellung von 60 Flaschen Vernatsch. Lieferung KW 47. Besuchen Sie uns auch auf "
     "LinkedIn und Instagram.\n\nEtschtaler Kellerei", "de"),
    ("WKO Tirol Veranstaltungen", "veranstaltungen@wko-tirol.example.at", "Anmeldebestätigung: Webinar Mitarbeiterwohnungen",
     "Danke für Ihre Anmeldung! Den Zugangslink erhalten Sie am Vortag. Die Aufzeichnung teilen wir danach auch auf LinkedIn.", "de"),
    ("Steuerberatung Nocker", "kanzlei@nocker-stb.example.at", "Aufenthaltsabgabe Q3",
     "Hallo Alex,\n\ndie Abrechnung der Aufenthaltsabgabe für Q3 ist fertig, bitte bis 15. freigeben. Übrigens: hab auf LinkedIn gesehen, dass "
     "ihr für den Familienhotel-Preis nominiert seid – Vorsicht, die kosten meistens was.\n\nLG Martina", "de"),
    ("Jess Carrow", "jess@littlewanderers.example.co.uk", "Following up on my LinkedIn message!",
     "Hi Alex,\n\njust making sure my LinkedIn invite didn't get lost! We'd still love to come in February. Media kit attached.\n\nJess x", "en"),
    ("Gästebewertungen", "noreply@bewertungsportal.example.com", "Neue Bewertung für Familienhotel Gamsblick",
     "Eine neue Bewertung ist eingegangen: 9,5 von 10 (Familie aus Mailand). Teilen Sie Ihre Erfolge auf LinkedIn oder Facebook!", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev97 corpus. Generated by scripts/make_corpus_dev97.py (seed {SEED}); do not edit by hand.",
          "# Alex as the owner of a family hotel in the Zillertal, Tyrol, with Italian guests and South Tyrolean suppliers: channel-manager and PMS vendors, "
          "wine and speck suppliers, tourism associations, staff agencies, Italian travel agents, peer hoteliers, job applicants, creators "
          "asking for free stays. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev97", SEED, PEOPLE, FOREIGN, spoofs=9, other=10, header=HEADER, eras=ERAS)
