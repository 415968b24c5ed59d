#!/usr/bin/env python3
"""Write mailbot's dev133 evaluation corpus: tests/corpus/dev133/*.eml + expected.toml.

The angle: the user Alex Morgan is an independent insurance broker (Versicherungsmakler,
§ 34d GewO) in Munich, working with tradespeople, small firms, restaurateurs, the self-employed
and a handful of Italian clients. Alex sells too, so on LinkedIn the sellers, the peers and the
buyers look alike. Their world: lead-generation and appointment-setting vendors, broker CRM and
comparison-calculator vendors, broker pools and structured-sales outfits recruiting partners,
insurers' broker-relations reps (some inviting to free training that counts towards the 15
IDD hours, some presenting a tariff), clients and prospects asking for cover (buyers, good),
trainee brokers asking for advice, the IHK (examiners wanted, courses with recognised training
hours), peer brokers sharing cases and court rulings, paid "Top-Makler" seals and podcasts,
and rude prospects who feel ignored. Bavarian dialect and formal German (Sie), casual du
between brokers, English from British, Irish and expat writers, and some Italian from South
Tyrol, Trentino and Munich's Italian restaurateurs.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, the recipient's headline, the names, companies and
headlines of spoof-only people and PYMK suggestions, job-alert and other LinkedIn-mail
subjects, and the notes that spoofs carry are swapped for insurance-broking ones in this
process only (make_corpus.py itself is not changed). The notes were written from
shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev133.py              # writes tests/corpus/dev133
    python scripts/make_corpus_dev133.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20270133

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ insurance-broking world (this process only)
SKILLS = {
    "de": ["Versicherungsberatung", "Gewerbeversicherungen", "Berufsunfähigkeitsversicherung", "Altersvorsorge", "Private Krankenversicherung",
           "Risikoanalyse"],
    "en": ["Insurance Brokerage", "Commercial Insurance", "Risk Assessment", "Employee Benefits", "Income Protection"],
    "it": ["Consulenza assicurativa", "Assicurazioni per le imprese", "Analisi dei rischi", "Previdenza complementare"],
    "fr": ["Courtage en assurances", "Assurance des entreprises", "Analyse des risques"],
    "es": ["Correduría de seguros", "Seguros para empresas", "Análisis de riesgos"],
}
RHEADLINE = {
    "de": "Unabhängiger Versicherungsmakler (§ 34d GewO) | Gewerbe, Berufsunfähigkeit & Altersvorsorge | München",
    "en": "Independent Insurance Broker | Commercial lines, income protection & pensions | Munich",
    "it": "Broker assicurativo indipendente | Imprese, invalidità e previdenza | Monaco di Baviera",
    "fr": "Courtier en assurances indépendant | Entreprises et prévoyance | Munich",
    "es": "Corredor de seguros independiente | Empresas y previsión | Múnich",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex reads LinkedIn mostly in German, sometimes in English, now and then in Italian
mc.LANGS[:] = ["de", "en", "de", "it", "de"]

mc.NAMES["de"] = (["Korbinian", "Vroni", "Quirin", "Resi", "Wastl", "Burgi", "Anderl", "Kathi", "Leonhard", "Evi", "Benedikt", "Zenzi"],
                  ["Obermaier", "Brandl", "Gschwendtner", "Rieder", "Zankl", "Moosbauer", "Hintermayr", "Stangl", "Pfaffinger", "Weichselbaumer"])
mc.NAMES["en"] = (["Ashley", "Gordon", "Kerry", "Neil", "Fiona", "Stuart", "Bethan", "Declan", "Morgan", "Tariq"],
                  ["Ainsworth", "Buckley", "Crowther", "Fairbairn", "Haldane", "McCready", "Pollard", "Rushworth", "Tierney"])
mc.NAMES["it"] = (["Renato", "Lucia", "Sandro", "Elena", "Fulvio", "Nadia", "Ivo", "Greta", "Walter", "Sonia"],
                  ["Pircher", "Gamper", "Zanon", "Dalpiaz", "Moser", "Vettori", "Plank", "Tomasi", "Rauch", "Bertagnolli"])
mc.CITY["de"] = ["München", "Augsburg", "Rosenheim", "Freising", "Landshut", "Ingolstadt", "Starnberg", "Dachau"]
mc.CITY["en"] = ["London", "Dublin", "Manchester", "Munich", "Berlin", "Leeds"]
mc.CITY["it"] = ["Bolzano", "Trento", "Merano", "Verona", "Milano", "Bressanone"]
mc.COMPANIES["good"] = ["Isarwerk Maklerhaus", "Zugspitz Versicherung AG", "Nordlicht Leben AG", "Donau-Assekuranz AG", "IHK-Akademie Oberbayern",
                        "Haslinger Vorsorge", "Baumgartner & Söhne Versicherungsmakler", "Unterhofer Broker"]
mc.COMPANIES["sales"] = ["LeadFuchs", "MaklerCloud", "PolicePilot CRM", "Finanzkraft Vertrieb", "Maklerpool Süd", "IDD-Punkte24", "Vergleicherei Pro",
                         "Termin-Turbo", "BrokerBoost"]
mc.HEADLINES["good"] = ["Versicherungsmaklerin bei {co}", "Maklerbetreuer Bayern | {co}", "Underwriter Gewerbe-Haftpflicht | {co}",
                        "Geschäftsführer | {co}", "Versicherungsfachmann (IHK) | {co}", "Broker Relations Manager at {co}",
                        "Auszubildende Versicherungen und Finanzanlagen | {co}", "Referentin Weiterbildung | {co}"]
mc.HEADLINES["sales"] = ["Head of Sales | {co}", "Account Executive | {co}", "Vertriebsdirektor bei {co}", "Founder & CEO | {co}",
                         "Partner Success Manager | {co}", "Business Development | {co}"]
mc.JOBS[:] = [("Versicherungsmakler Gewerbekunden (m/w/d)", "Isarwerk Maklerhaus"), ("Maklerbetreuer Bayern Süd (m/w/d)", "Donau-Assekuranz AG"),
              ("Broker Relations Manager DACH", "Coverly"), ("Underwriter Haftpflicht (m/w/d)", "Zugspitz Versicherung AG"),
              ("Account Executive Commercial Lines", "Harrow & Vale Specialty")]
SPOOF_NOTES = {
    "de": ["Hallo {first}, Ihre Courtageabrechnung für das letzte Quartal liegt im Partnerportal bereit. Bitte melden Sie sich an, um sie freizugeben.",
           "Guten Tag, ich habe Ihnen den Schadenbericht zu unserem gemeinsamen Kunden über LinkedIn geteilt. Zum Öffnen bitte mit Ihren Zugangsdaten anmelden.",
           "Hallo {first}, Ihr IDD-Weiterbildungsnachweis ist abgelaufen. Bitte laden Sie die Bescheinigung innerhalb von 24 Stunden hoch, sonst ruht Ihre Registrierung."],
    "en": ["Hi {first}, I've shared the signed broker agreement with you. Please sign in to countersign before Friday.",
           "Dear {first}, a client claim you submitted needs verification. Log in to the secure portal to avoid suspension of payment."],
    "it": ["Ciao {first}, ti ho condiviso il contratto di collaborazione firmato. Accedi per controfirmarlo entro oggi.",
           "Gentile {first}, la sua provvigione del trimestre è in attesa di conferma. Acceda al portale per sbloccare il pagamento."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
    mc.PHISH_NOTES[_l] = list(_n)
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Courtageabrechnung", "Geteiltes Dokument", "Dringend: Ihre Registrierung", "Schadenbericht"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Broker agreement", "Claim verification", "Shared document"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Provvigioni", "Contratto firmato", "Documento condiviso"]
retitle_other({
    "de": dict(job=("{n} neue Jobs für „Versicherungsmakler“", "Ihr Jobalarm für Versicherungsmakler in {city}"),
               news="Provisionsverbot: Was auf Vermittler zukommt", group="Top-Unterhaltungen in Versicherungsmakler Deutschland",
               newsletter="Maklerwissen kompakt: Die BU-Anfechtung und wie man sie verhindert"),
    "en": dict(job=("{n} new jobs for \"insurance broker\"", "Your job alert for insurance broker in {city}"),
               news="Are small brokers being squeezed out of commercial lines?", group="Top conversations in Independent Insurance Brokers Europe",
               newsletter="The Broker's Desk: why renewals are the new new business"),
    "it": dict(job=("{n} nuove offerte per «broker assicurativo»", "Il tuo avviso di lavoro per broker assicurativo a {city}"),
               news="Polizze catastrofali obbligatorie: cosa cambia per le imprese", group="Conversazioni principali in Broker Assicurativi Italiani",
               newsletter="Il punto del broker: rinnovi, tariffe e clienti che cambiano"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Sepp Gruber", "Schreinermeister | Geschäftsführer Schreinerei Gruber GmbH", "Dachau",
  ("inv", "Grüß Gott, unser Versicherer hat uns die Betriebshaftpflicht zum Jahresende gekündigt (Schreinerei, 14 Leut). Der Kollege Haberl vom "
          "Innungsstammtisch hat Sie empfohlen. Könnten Sie sich das mal anschauen und uns was Passendes suchen?"),
  ("rem",))
P("good_invitation", "de", "Giuseppe Lo Bianco", "Titolare | Trattoria Lo Bianco, Schwabing", "München",
  ("inv", "Buongiorno Alex, ho aperto da poco il secondo locale a Schwabing e mi servono le assicurazioni per tutto: incendio, responsabilità civile, "
          "dipendenti. Il mio commercialista dice che lei parla italiano. Possiamo sentirci per un preventivo?"),
  nl="it")
P("good_invitation", "de", "Leonie Stadler", "Auszubildende Kauffrau für Versicherungen und Finanzanlagen | 2. Lehrjahr", "Rosenheim",
  ("inv", "Hallo Alex, ich bin im 2. Lehrjahr und überlege, nach der Ausbildung vom Versicherer in die Maklerwelt zu wechseln. Dürfte ich Ihnen ein "
          "paar Fragen stellen, wie der Einstieg als Makler realistisch aussieht? Das würde mir echt weiterhelfen."),
  ("rem",))
P("good_invitation", "de", "Margit Thalhammer", "Referentin Aus- und Weiterbildung | IHK für München und Oberbayern", "München",
  ("inv", "Guten Tag, für den Prüfungsausschuss Versicherungsvermittlung (§ 34d) suchen wir erfahrene Makler als ehrenamtliche Prüfer. Die "
          "Prüfertätigkeit wird als Weiterbildungszeit nach IDD anerkannt. Hätten Sie grundsätzlich Interesse? Ich schicke Ihnen gern Infos."))
P("good_invitation", "en", "Rachel Dunmore", "HR Director | Kestrel Robotics GmbH", "Munich",
  ("inv", "Hi Alex, we're a 60-person robotics startup in Garching and our benefits are basically nonexistent. We need a broker to set up group "
          "income protection and a company pension. A founder friend said you sorted theirs out well. Open to a chat?"))
P("good_invitation", "de", "Florian Weixler", "Versicherungsmakler | Weixler Assekuranz, Landshut", "Landshut",
  ("inv", "Servus Kollege, Frage unter Maklern: Hattest du schon mal einen BU-Fall, wo der Versicherer nach 4 Jahren wegen vorvertraglicher "
          "Anzeigepflicht anficht? Mein Mandant steht grad genau da. Würd mich über einen Austausch freuen, Fallskizze schick ich gern."),
  ("rem",))
P("good_invitation", "de", "Christine Aigner", "Maklerbetreuerin Süd | Zugspitz Versicherung AG", "München",
  ("inv", "Hallo Alex, am 14.11. gibt's ein kostenloses Online-Seminar „Haftungsfallen in der Gewerbeberatung“ mit einem Fachanwalt für "
          "Versicherungsrecht. 2 Std., anrechenbar als IDD-Weiterbildung. Keine Produktvorstellung, versprochen. Vernetzen wir uns, dann kommt der Link."))
P("good_invitation", "it", "Matteo Pichler", "Broker assicurativo | Pichler Assicurazioni, Bolzano", "Bolzano",
  ("inv", "Ciao Alex, collega broker da Bolzano. Ho un cliente altoatesino che trasferisce la sua ditta a Monaco e vorrei passargli un riferimento "
          "serio per le polizze tedesche. Ti andrebbe di collegarci? Ti spiego il caso in due righe."))


# =============================================================== default_invitation
P("default_invitation", "de", "Markus Seidl", "Finanzberater | Vermögensaufbau | Ruhestandsplanung", "Erding", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Daniel Okoro", "Insurance Professional | Open to opportunities", "London", ("inv", DEFAULT))
P("default_invitation", "de", "Sabrina Kölbl", "Vertriebsleiterin | LeadFuchs GmbH", "Augsburg", ("inv", NONOTE))
P("default_invitation", "it", "Roberta Zanetti", "Agente assicurativo plurimandatario | Trento", "Trento", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Dennis Kraemer", "Head of Sales | LeadFuchs – Exklusive Versicherungsanfragen", "Köln",
  ("inv", "Hallo Alex, wir liefern Maklern exklusive BU- und PKV-Anfragen aus ihrer PLZ-Region, telefonisch vorqualifiziert. Die ersten 10 Leads "
          "gibt's zum Testpreis. Haben Sie diese Woche 15 Minuten für eine kurze Demo?"))
P("sales_invitation", "de", "Julia Pfister", "Partner Success | MaklerCloud – die Software für Versicherungsmakler", "Hamburg",
  ("inv", "Guten Tag, noch Bestände in Excel und Leitz-Ordnern? Mit MaklerCloud haben Sie Verträge, Courtagen und Kundenkommunikation an einem Ort, "
          "inkl. Bestandsübertragung. Ich zeige es Ihnen gern live in 20 Minuten."),
  ("rem",))
P("sales_invitation", "en", "Harvey Lennox", "Founder | BrokerBoost – LinkedIn growth for insurance advisers", "Manchester",
  ("inv", "Alex, most brokers in Munich are leaving money on the table here. We build you a content engine plus outreach that books 8-12 "
          "qualified calls a month. Worth a quick look?"))
P("sales_invitation", "de", "Tanja Obermüller", "Weiterbildung für Vermittler | IDD-Punkte24", "Nürnberg",
  ("inv", "Hallo Alex, Ihre 15 IDD-Stunden für dieses Jahr schon beisammen? Bei uns gibt's alle 15 Stunden als Webinar-Flat für 189 € netto, "
          "Nachweis direkt für die IHK. Darf ich Ihnen das Angebot schicken?"))
P("sales_invitation", "de", "Kevin Schuster", "Karriere im Finanzvertrieb | Teamaufbau Ostbayern", "Regensburg",
  ("inv", "Hi Alex, du bist Makler und lebst von der Courtage? Bei uns kriegen Partner 30 % mehr plus Overhead aus dem eigenen Team. "
          "Lass uns mal unverbindlich telefonieren, ich erklär dir das Modell."))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Andreas Leitner", "Versicherungsmakler | Gründer Maklerstammtisch Oberbayern", "Freising",
  ("inv", "Servus Alex, wir sind ein loser Stammtisch unabhängiger Makler aus Oberbayern, jeden ersten Donnerstag im Bräustüberl in Freising. "
          "Kein Vertrieb, nur Austausch über Fälle, Gesellschaften und Haftung. Magst dazukommen?"),
  ("msg", "Servus Alex, freut mich! Kurz noch was anderes: Ich bin ja nebenbei Regionaldirektor beim Maklerpool Süd. Bei uns hättest du 10 bis 15 % "
          "mehr Courtage als mit Direktanbindung, plus Haftungsdach. Wann passt dir ein Termin, dann zeig ich dir die Konditionen?", (4, 15)),
  ("msg", "Alex, hast meine Nachricht gesehen? Die Sonderkonditionen für Neupartner gelten nur bis Monatsende, danach wieder Standard. "
          "Ruf mich einfach kurz an.", (8, 20)))
P("bait_and_switch_invitation", "de", "Nicole Hartl", "Selbstständig | Coaching & Mentoring für Frauen", "Starnberg",
  ("inv", "Hallo Alex, ich bin seit Kurzem selbstständig und blicke bei BU, Krankentagegeld und Altersvorsorge überhaupt nicht mehr durch. "
          "Eine Freundin meinte, Sie erklären sowas verständlich. Darf ich Ihnen mal meine Situation schildern?"),
  ("msg", "Danke fürs Annehmen 😊 Ehrlich gesagt schreib ich Ihnen noch aus einem anderen Grund: Ich baue gerade ein Team im Bereich Gesundheit "
          "und Nahrungsergänzung auf und suche Menschen mit eigenem Kundenstamm. Mit Ihrem Netzwerk sind 2-3k nebenbei locker drin. "
          "Darf ich Ihnen das Konzept in 20 Minuten zeigen?"))
P("bait_and_switch_invitation", "en", "Marcus Pembridge", "Insurance Distribution Strategist | Broker Community Builder", "Dublin",
  ("inv", "Hi Alex, I'm putting together a small peer group of independent brokers across Europe to compare notes on commercial lines and "
          "the IDD rules. Monthly calls, no cost, no selling. Would love a Munich voice in it."),
  ("msg", "Great to connect, Alex! Before our first call: our partners at BrokerMind have built an AI quoting tool that cuts proposal time by 70%. "
          "As a founding member you'd get the launch rate of €149/month. Can I book you in for a demo on Thursday?"),
  ("msg", "Hi Alex, just checking you saw this. The founding rate closes this week and I've only got two spots left for DACH brokers.", (5, 12)))
P("bait_and_switch_invitation", "de", "Bernd Rauscher", "Maklerbetreuer | Alpenländische Lebensversicherung a.G.", "München",
  ("inv", "Hallo Alex, ich habe Ihnen unseren kostenlosen Leitfaden „bAV im Handwerksbetrieb – die 10 häufigsten Beratungsfehler“ zurückgelegt. "
          "Wenn wir vernetzt sind, schicke ich Ihnen das PDF direkt. Viele Grüße"),
  ("msg", "Hallo Alex, danke für die Vernetzung! Der Leitfaden wird gerade noch überarbeitet, kommt aber bald. Bis dahin: Unser neuer bAV-Tarif "
          "„AlpenRente Flex“ bringt 3,5 % Courtage auf die Beitragssumme und eine vereinfachte Gesundheitsprüfung. Wann darf ich ihn Ihnen vorstellen? "
          "Gern auch bei Ihnen im Büro."))
P("bait_and_switch_invitation", "de", "Francesca Bertoldi", "Community Manager | Italiani Professionisti a Monaco", "München",
  ("inv", "Ciao Alex! Gestisco una community di professionisti italiani e italofoni a Monaco: aperitivi al mese, scambio di contatti, "
          "nessun costo. So che lavori anche con clienti italiani, sarebbe bello averti con noi. Ci colleghiamo?"),
  ("msg", "Grazie Alex! Ti scrivo anche per una cosa di lavoro: collaboro con una società di consulenza patrimoniale di Milano e cerchiamo "
          "broker in Germania che presentino i nostri piani di investimento ai loro clienti. Le provvigioni sono molto interessanti. "
          "Ti va una call di mezz'ora questa settimana?"),
  ("msg", "Alex, ti riscrivo perché venerdì chiudiamo la selezione dei partner per la Baviera. Mi confermi un orario per la call?", (4, 10)),
  nl="it")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Oliver Hennig", "Marktforschung | Vermittlerbarometer", "Frankfurt am Main",
  ("inm", "Kurze Umfrage unter Maklern", "Hallo Alex, wir erstellen das jährliche Vermittlerbarometer zur Lage unabhängiger Makler nach der "
          "Provisionsdebatte. 5 Fragen, 3 Minuten, alle Teilnehmenden bekommen die Auswertung gratis. Darf ich Ihnen den Link schicken?"),
  ("inm", "Ihre Auswertung + ein Angebot", "Hallo Alex, danke fürs Mitmachen! Die Auswertung folgt im Dezember. Aus Ihren Antworten sehen wir, dass "
          "Neukundengewinnung Ihr größter Engpass ist. Genau dafür gibt es unser Lead-Abo „Makler Premium“ (ab 299 €/Monat, 20 Termine garantiert). "
          "Soll ich Ihnen einen Testzugang einrichten?"))
P("bait_and_switch_inmail", "en", "Priya Raman", "Host | The Independent Broker Podcast", "London",
  ("inm", "Podcast guest invitation", "Hi Alex, I host The Independent Broker Podcast. We're doing a European series on how independent brokers "
          "are coping with the IDD and I'd love to feature you. 30 minutes, recorded remotely, whenever suits. Interested?"),
  ("inm", "Next steps for your episode", "Thanks for the yes, Alex! To secure your slot we ask guests for a production contribution of £690, which "
          "covers editing, a promo video and a feature in our newsletter to 12,000 advisers. Here's the invoice link; once it's paid our producer "
          "will send the booking calendar."))
P("bait_and_switch_inmail", "de", "Sandra Vogl", "Gründerin | CyberSicher KMU", "München",
  ("inm", "Whitepaper Cyberrisiken im Handwerk", "Grüß Gott, wir haben ein kostenloses Whitepaper zu Cyberangriffen auf Handwerksbetriebe "
          "erstellt, mit echten Schadenfällen aus Bayern. Für Makler mit Gewerbekunden sicher interessant. Soll ich es Ihnen zuschicken?"),
  ("inm", "Whitepaper + Partnerschaft", "Hier das Whitepaper. Eigentlich wollte ich Ihnen aber unser Partnerpaket vorstellen: Sie empfehlen Ihren "
          "Gewerbekunden unsere Awareness-Schulungen, Einrichtung 990 €, danach monatliche Lizenz, und Sie bekommen 20 % Tippgeberprovision. "
          "Wann passt Ihnen ein Call?", (3, 9)),
  ("inm", "Nachfrage", "Hallo Alex, haben Sie sich das Partnerpaket schon angeschaut? Diesen Monat entfällt die Einrichtungsgebühr.", (6, 14)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Thomas Greindl", "Versicherungsfachmann (IHK) | Generalagentur Greindl", "Rosenheim",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab dich grad für {skill} bestätigt, passt ja wie die Faust aufs Aug. Tätst mir im Gegenzug auch ein paar Kenntnisse "
          "bestätigen? Vor allem Kfz und Hausrat, ich bau grad mein Profil auf. Merci dir!"))
P("endorse_me_back", "en", "Jason Whitlock", "Financial Adviser | Protection & Mortgages", "Bristol",
  ("end",),
  ("msg", "Hey Alex! Just endorsed you for {skill} 👍 Would be ace if you could return the favour on Protection and Mortgage Advice, trying to "
          "get past 50 endorsements before my annual review. Cheers mate"))
P("endorse_me_back", "it", "Davide Kofler", "Consulente previdenziale | Merano", "Merano",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho confermato un paio di competenze, te le meriti tutte! Se hai un minuto mi confermeresti anche tu Previdenza e "
          "Assicurazioni vita? Sto aggiornando il profilo per il nuovo incarico. Grazie mille!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Ralf Demmel", "Geschäftsführer | Demmel Automobile", "Erding",
  ("inv", "Brauche bis Freitag die günstigste Kfz-Versicherung für 3 Firmenwagen. Bitte kurzfristig Angebot schicken."),
  ("inm", "Unglaublich", "Eine Woche nichts. Da will man Ihnen Geld geben und Sie sind sich zu fein zum Antworten. Typisch Makler, springen nur "
          "bei großen Kunden. Ich werde Sie auf Google entsprechend bewerten. Unseriös!"))
P("hostility_after_decline", "de", "Franz Xaver Ostermeier", "Landwirt & Unternehmer | Biogas", "Mühldorf am Inn",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Aha", "Jetzt hab i Eahna zwoamal angfragt und nix. Mei, dann hoid ned. Aber so a hochnasigs Getue von am Versicherungsverkäufer hob i aa "
          "no ned erlebt. Von mir kriagn S' koan Kundn, des kenna S' glaum."))
P("hostility_after_decline", "en", "Brandon Keats", "Sales Director EMEA | LeadPulse", "Amsterdam",
  ("inv", "Alex - we help brokers get 30+ booked appointments a month with zero cold calling. Connect and I'll send over a case study from a Munich firm."),
  ("rem",),
  ("inm", "Seriously?", "Three attempts, no response. Not sure who taught you business etiquette, but ignoring people who are trying to help you "
          "grow is pretty arrogant. Enjoy staying small."))
P("hostility_after_decline", "it", "Sergio Valenti", "Imprenditore | Import-export vini", "Verona",
  ("inv", "Buongiorno, sto aprendo una filiale a Monaco e mi servirebbe un broker per le polizze aziendali. Possiamo collegarci?"),
  ("inm", "Complimenti", "Buongiorno. Le ho chiesto il collegamento due settimane fa e non si è degnato di rispondere. Per uno che vive di clienti, "
          "un bel modo di lavorare. Mi rivolgerò altrove e dirò agli altri imprenditori italiani a Monaco di fare lo stesso. Poco professionale."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Patrick Heinle", "Key Account Manager | PolicePilot CRM", "Stuttgart",
  ("msg", "Hallo Alex, wie läuft's im Bestand? Wir haben gerade die Schnittstelle zu allen großen Maklerpools fertig, Courtageabrechnung läuft "
          "automatisch, DSGVO-sicher. Ich würde es Ihnen gern in 20 Minuten zeigen, Dienstag oder Mittwoch?"),
  ("msg", "Sie schreiben „kein Bedarf“, ohne es überhaupt angesehen zu haben? Sorry, aber genau mit der Haltung sind kleine Makler in fünf Jahren "
          "weg vom Fenster. Viel Glück mit Ihren Aktenordnern."))
P("hostility_connection", "de", "Gerlinde Moosrainer", "Inhaberin | Hausverwaltung Moosrainer", "Bad Tölz",
  ("msg", "Hallo Alex, der Wasserschaden im Keller war ja schon Anfang März, die Gebäudeversicherung läuft aber erst ab April. Können Sie den "
          "Beginn nicht einfach auf Februar zurückdatieren lassen? Sie kennen doch die Leute dort."),
  ("msg", "Aha, „rechtlich nicht möglich“. Zwölf Jahre bin ich jetzt bei Ihnen, und wenn man einmal was braucht, kommen Sie mit Paragraphen. "
          "Ein Schönwettermakler sind Sie, nichts anderes. Meine Verträge kündige ich, und das erzähl ich auch im Bekanntenkreis.", (1, 4)))
P("hostility_connection", "en", "Claire Hadley", "Business Development | Coverly MGA – Cyber & Tech E&O", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the Dortmund fair, Alex. Quick one: we've opened Coverly's cyber capacity to German brokers, 17.5% commission, "
          "quotes in ten minutes. Shall I set you up with an agency agreement?"),
  ("msg", "Fair enough, but you could have just said no thanks instead of leaving me on read for a month after I gave you half an hour at our stand. "
          "Frankly that's unprofessional, and people in this market have long memories.", (20, 35)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Marco Wendlinger", "Vertriebsdirektor | Maklerpool Süd", "Augsburg",
  ("msg", "Hallo Alex, kurze Frage: Bist du gerade an einen Pool angebunden oder direkt bei den Gesellschaften? Wir haben für Gewerbe ein "
          "Deckungskonzept mit 40 Gesellschaften und Haftungsdach. Lass uns doch nächste Woche telefonieren."),
  ("msg", "Hi Alex, nochmal ich. Für Neupartner ist der Einstieg bis Quartalsende gebührenfrei, danach 49 € im Monat und bis zu 110 % Courtage. "
          "Soll ich dir die Anbindungsunterlagen schicken?"))
P("connection_only_pitches", "en", "Oscar Blackwood", "Ghostwriter for financial advisers | 40M impressions", "Leeds",
  ("msg", "Alex, noticed your last post got 3 likes. Not a dig, the algorithm is brutal for advisers. I write 12 posts a month in your voice and "
          "you approve them in 10 minutes. First month half price. Want some samples?"),
  ("msg", "Hey Alex, bumping this. Two German brokers signed up this week and one has already booked 4 client calls off the back of the content. "
          "Fancy a free profile audit call?"),
  ("msg", "Last one from me: the price goes up next month. Let me know if you want to lock in the current rate.", (10, 25)))
P("connection_only_pitches", "de", "Ivana Petrović", "Inhaberin | Backoffice-Service für Versicherungsmakler", "Augsburg",
  ("msg", "Guten Tag Alex, ertrinken Sie auch in Antragsnachbearbeitung und Courtagekontrolle? Mein Team übernimmt Ihr komplettes Backoffice "
          "remote, ab 18 € die Stunde. Darf ich Ihnen ein Angebot machen?"),
  ("msg", "Guten Morgen Alex, ich hake nochmal wegen der Backoffice-Unterstützung nach. Neukunden bekommen im ersten Monat 10 Stunden gratis. "
          "Wann hätten Sie Zeit für ein kurzes Kennenlernen?"))
P("connection_only_pitches", "de", "Luca Fabbri", "Business Development | AssiCompara", "Milano",
  ("msg", "Ciao Alex, sviluppiamo una piattaforma di comparazione per broker che seguono clienti italiani all'estero. Ti faccio vedere una demo di "
          "15 minuti?"),
  ("msg", "Ciao Alex, ti riscrivo: abbiamo appena attivato l'offerta lancio per la Germania, 3 mesi gratis e poi 79 € al mese. Ti blocco uno "
          "slot per la demo giovedì?"),
  nl="it")


# =============================================================== single_pitch
P("single_pitch", "de", "Michael Stöger", "Maklerbetreuer Bayern | Donau-Assekuranz AG", "Regensburg",
  ("msg", "Hallo Alex, unser neuer Wohngebäudetarif ist da: Elementar ohne Selbstbeteiligung bis ZÜRS-Zone 2 und ein Courtage-Plus bis Ende März. "
          "Haben Sie nächste Woche eine halbe Stunde? Dann stelle ich ihn Ihnen persönlich vor."))
P("single_pitch", "de", "Birgit Lohmeier", "Vermögensschadenhaftpflicht für Vermittler | VSH-Direkt", "Köln",
  ("msg", "Hallo Alex, Ihre Vermögensschadenhaftpflicht läuft wahrscheinlich zum 1.1. ab. Ich mache Ihnen gern ein Vergleichsangebot: bei uns "
          "2,5 Mio. Deckung ab 390 € im Jahr. Schicken Sie mir einfach Ihre aktuelle Police?"))
P("single_pitch", "en", "Raj Malhotra", "Director | OffshoreDesk – back office for insurance brokers", "Pune",
  ("msg", "Hello Alex, hope you are doing well. We support 120+ brokers in UK and Germany with policy checking, renewals and data entry at 60% "
          "lower cost. Can we schedule a 15 min call this week to discuss how we can support your agency?"))
P("single_pitch", "de", "Katrin Eberl", "Fotografin | Business-Portraits München", "München",
  ("msg", "Hallo Alex, mir ist aufgefallen, dass Ihr Profilbild schon ein paar Jährchen auf dem Buckel hat 😉 Ich mache Business-Portraits "
          "speziell für Berater, im Studio oder draußen an der Isar. Für Makler gibt's gerade 5 Bilder für 249 €. Interesse?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Johannes Baumgartner", "Versicherungsmakler | Baumgartner & Söhne, Traunstein", "Traunstein",
  ("msg", "Servus Alex, wie am Stammtisch versprochen: anbei das OLG-Urteil zur Anfechtung wegen Rückenbeschwerden, die der Hausarzt nur als "
          "„Verspannung“ notiert hatte (Aktenzeichen steht drin). Hat meinem Mandanten den Kopf gerettet. Wenn du magst, schick ich dir auch "
          "meinen Widerspruchsentwurf."),
  ("msg", "Kleiner Nachtrag: Der Versicherer hat nach dem Widerspruch eingelenkt, die Rente läuft rückwirkend. Falls du mal so einen Fall hast, "
          "meld dich einfach.", (20, 60)))
P("connection_brings_value", "de", "Susanne Gmeiner", "Maklerbetreuerin | Nordlicht Leben AG", "München",
  ("end",),
  ("msg", "Hallo Alex, nächsten Mittwoch gibt es in der Brienner Straße einen offenen Fachvormittag zur Grundfähigkeitsversicherung. Referent ist "
          "ein unabhängiger Aktuar, keiner von uns, und es geht um Bedingungen aller Anbieter. Kostenfrei, 3 Stunden IDD-anrechenbar, Brezn und "
          "Kaffee gibt's auch. Magst vorbeikommen?"))
P("connection_brings_value", "de", "Wolfgang Reischl", "Geschäftsführer | Reischl Elektrotechnik GmbH", "Dachau",
  ("msg", "Hallo Alex, mein Schwager macht sich im Frühjahr mit einem Dachdeckerbetrieb selbstständig und braucht das volle Programm: "
          "Betriebshaftpflicht, Inhalt, BU. Ich hab ihm gesagt, er soll sich bei Ihnen melden, weil Sie uns damals beim Brandschaden so gut "
          "geholfen haben. Er heißt Martin und ruft die Tage an. Passt das?"))
P("connection_brings_value", "de", "Hubert Lechner", "Dozent Versicherungsrecht | IHK-Akademie Oberbayern", "München",
  ("msg", "Guten Tag Alex Morgan, die IHK-Akademie bietet ab Februar den Zertifikatslehrgang „Gewerbliche Sachversicherung“ an. Für "
          "Mitglieder des Prüferkreises ist er kostenfrei und wird mit 24 Stunden als Weiterbildungszeit anerkannt. Ich musste dabei an Sie "
          "denken. Die Unterlagen schicke ich Ihnen gern zu."))
P("connection_brings_value", "it", "Chiara Unterhofer", "Broker assicurativo | Unterhofer Broker, Bressanone", "Bressanone",
  ("end",),
  ("msg", "Ciao Alex, ti giro la tabella che ho preparato per i clienti che si spostano tra Alto Adige e Baviera: cosa succede a RC auto, "
          "infortuni e previdenza quando cambi residenza. L'ho fatta per i miei, usala pure con i tuoi. Se ti viene in mente qualcosa da "
          "aggiungere, dimmelo."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Nadine Kreutzer", "Talent Acquisition | Isarwerk Maklerhaus GmbH", "München",
  ("inm", "Senior Gewerbekundenbetreuer (m/w/d) – München", "Guten Tag Alex Morgan, wir sind ein inhabergeführtes Maklerhaus mit 45 "
          "Mitarbeitenden und suchen für unser Gewerbeteam eine erfahrene Persönlichkeit. Festgehalt ab 85 T€ plus Bestandsbeteiligung, "
          "Vertrauensarbeitszeit, eigener Kundenkreis möglich. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "de", "Stephan Rappl", "Vertriebsdirektor Maklervertrieb | Zugspitz Versicherung AG", "München",
  ("inm", "Maklerbetreuer/in Oberbayern", "Hallo Alex, ich baue mein Team für den Maklervertrieb Oberbayern neu auf und suche jemanden, der "
          "die Maklerseite von innen kennt. Unbefristet, Dienstwagen, 30 Tage Urlaub, Sitz in München. Ihr Profil passt sehr gut. "
          "Wäre ein unverbindliches Kennenlernen drin?"))
P("stranger_inmail_recruiter", "en", "Emily Sørensen", "Head of Talent | Coverly", "Berlin",
  ("inm", "Broker Partnerships Lead – DACH", "Hi Alex, I'm hiring a Broker Partnerships Lead for DACH at Coverly. You'd own our relationships "
          "with independent brokers in Bavaria and Austria, remote-first, base €95-110k plus bonus. Your broker background is exactly what "
          "the team is missing. Would you be open to a 20-minute call?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Lisa Marquardt", "Account Executive | Vergleicherei Pro", "Berlin",
  ("inm", "Vergleichsrechner für Ihre Website", "Hallo Alex, Makler mit eigenem Tarifrechner auf der Website schließen im Schnitt dreimal so "
          "viel online ab. Unser White-Label-Rechner ist in 48 Stunden live. Darf ich Ihnen eine Demo zeigen?"),
  ("inm", "Nachgefragt", "Hallo Alex, nur kurz: Bis Freitag entfällt die Einrichtungsgebühr von 490 €. Soll ich Ihnen einen Termin einstellen?", (5, 12)))
P("stranger_inmail_sales", "en", "Callum Reid", "Partner | Munich Expat Leads", "Munich",
  ("inm", "Expat clients in Munich", "Hi Alex, we run a relocation portal for expats moving to Munich and pass qualified insurance enquiries "
          "(health, liability, household) to a handful of English-speaking brokers. €45 per exclusive lead. Want to try a batch of 10?"))
P("stranger_inmail_sales", "de", "Harald Zeilinger", "Verlag | Top-Makler Bayern", "Passau",
  ("inm", "Auszeichnung „Top-Makler Bayern“", "Sehr geehrte/r Alex Morgan, aufgrund Ihrer Online-Bewertungen wurden Sie für die Auszeichnung "
          "„Top-Makler Bayern“ nominiert. Siegel, Urkunde und Nutzungsrecht für Website und Social Media erhalten Sie gegen eine Lizenzgebühr von "
          "1.290 € zzgl. MwSt. Darf ich Ihnen die Unterlagen zusenden?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Christian Schwaiger", "Versicherungsmakler | Schwaiger Finanz, Ingolstadt", "Ingolstadt",
  ("inv", "Hallo Alex, Kollege aus Ingolstadt. Ich hab einen Gewerbekunden mit Betriebsstätte in München und bräuchte eine Zweitmeinung zur "
          "Inhaltsversicherung. Hättest du Lust auf einen kurzen Austausch? Ich gebe gern was zurück."),
  ("msg", "Danke dir für die Einschätzung gestern, hat mir sehr geholfen! Als kleines Dankeschön meine Checkliste für die Risikoaufnahme bei "
          "Gastrobetrieben, 4 Seiten, selbst gebaut. Nimm sie gern für deine Kunden."),
  ("msg", "Servus Alex, ich sag's mal direkt: Ich bin seit diesem Jahr Partner bei Finanzkraft Vertrieb, und wir suchen Makler mit Bestand, die "
          "zu uns wechseln. Du bringst deinen Bestand ein und kriegst dafür eine Einmalzahlung plus höhere Courtage. Lass uns mal essen gehen, "
          "ich erklär dir alles.", (20, 50)))
P("good_turns_ugly", "de", "Lukas Ettl", "Auszubildender Versicherungskaufmann | Nordlicht Leben AG", "München",
  ("inv", "Hallo Alex, ich mache gerade meine Ausbildung und schreibe meine Projektarbeit über Gewerbeversicherungen für Handwerker. Dürfte "
          "ich Ihnen dazu 3-4 Fragen stellen? Wäre super hilfreich für mich."),
  ("msg", "Vielen Dank für Ihre ausführlichen Antworten! Die Projektarbeit ist mit 1,3 bewertet worden 🙂 Ich hänge Ihnen die fertige Arbeit "
          "an, vielleicht sind die Übersichtstabellen zu den Handwerkerpolicen auch für Sie nützlich."),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Ich bewerbe mich gerade bei ein paar Maklerbüros. Könnten Sie mir im Gegenzug auch "
          "ein paar Kenntnisse bestätigen, z. B. Gewerbeversicherung und Kundenberatung? Das würde mir sehr helfen!", (1, 5)))
P("good_turns_ugly", "en", "Sophie Langford", "Organiser | Munich Expat Professionals", "Munich",
  ("inv", "Hi Alex, I run the Munich Expat Professionals meetup (about 400 members). We're doing a free evening on 'Insurance in Germany "
          "explained' and would love a broker to give a 20-min talk and take questions. Interested?"),
  ("msg", "Thanks so much for saying yes! Here's the event page and the list of questions people sent in advance. Room's booked at the "
          "Impact Hub, doors at 7."),
  ("msg", "Alex, following on from the event, a quick business idea: I've launched a 'preferred partners' directory for the meetup. For "
          "€1,200 a year you'd be the only insurance broker listed, with a monthly shout-out in the newsletter. Shall I send over the contract?",
   (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Heiko Brandstetter", "Geschäftsführer | Termin-Turbo für Finanzberater", "Nürnberg",
  ("inm", "Terminierung für Makler", "Hallo Alex, wir vereinbaren für Makler qualifizierte Beratungstermine zu PKV und BU, abgerechnet wird "
          "nur der stattgefundene Termin (89 €). Lust auf einen Test mit 5 Terminen?"),
  ("inv", "Hallo Alex, ich habe Ihren Beitrag zur Courtage-Debatte gelesen und finde Ihre Argumente stark. Würde mich freuen, "
          "wenn wir uns vernetzen."))
P("reinvite_known_bad", "de", "Angelika Sedlmair", "Coach für Finanzberater | Mindset & Abschlussstärke", "Landsberg am Lech",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir haben uns in Dortmund auf der Messe kurz am Stand unterhalten. Ich würde den Kontakt gern halten. Viele Grüße aus Landsberg!"))
P("reinvite_known_bad", "en", "Victor Almeida", "Sales Lead | BrokerMind AI", "Lisbon",
  ("inv", "Hi Alex, BrokerMind builds broker proposals in 90 seconds with AI. Open to a 15-min demo next week?"),
  ("inv", "Hi Alex, really liked your comment on the post about small brokers and the IDD review. Would be great to be connected."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Roland Kirchberger", "Initiator | Bayerischer Unternehmerkreis Chiemgau", "Rosenheim",
  ("inm", "Einladung Unternehmerfrühstück", "Grüß Gott, wir laden ausgewählte Unternehmer aus Oberbayern zu unserem Unternehmerfrühstück im "
          "Chiemgau ein: Austausch auf Augenhöhe, kostenlos, jeden zweiten Freitag. Darf ich Sie auf die Gästeliste setzen?"),
  ("inm", "Ihre Teilnahme", "Danke für Ihr Interesse! Zur Einordnung: Der Kreis finanziert sich über Branchenpartnerschaften. Als "
          "Versicherungsmakler wären Sie exklusiver Partner für 3.600 € im Jahr und dürften sich bei jedem Frühstück vorstellen. Wann können "
          "wir den Vertrag besprechen?"),
  ("inv", "Grüß Gott, neues Jahr, neue Runde im Unternehmerkreis. Ich würde mich freuen, wenn wir uns hier vernetzen."))
P("reinvite_known_ugly", "en", "Derek Hollis", "Founder | Elite Adviser Mastermind", "Manchester",
  ("inv", "Alex, quick one: are you happy with how many new clients you're landing each month? If not, we should talk."),
  ("rem",),
  ("inm", "Wow", "Ignored twice. You brokers love to moan about lead flow and then ghost the one person offering a fix. No wonder the "
          "industry's dying."),
  ("inv", "Hi Alex, fresh start? I'm running a free masterclass for advisers next month, would be good to have you there."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Dominik Rauch", "Maklerbetreuer PKV | Isartal Kranken AG", "München",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung nach der Veranstaltung in der Alten Kongresshalle! Wie besprochen: Unser neuer PKV-Einsteigertarif "
          "für Selbstständige liegt rund 15 % unter dem Marktschnitt. Ich würde Ihnen gern das Rechenbeispiel zeigen und Sie direkt anbinden. "
          "Wann passt es Ihnen?"))
P("user_invited_pitch_once", "de", "Carolin Weber-Haas", "Fachanwältin für Versicherungsrecht | München", "München",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung. Ich biete Maklern einen Kooperationsvertrag an: Ihre Kunden bekommen bei Leistungsablehnungen "
          "eine kostenlose Ersteinschätzung, Sie zahlen dafür eine Pauschale von 79 € im Monat und werden auf unserer Website gelistet. "
          "Sollen wir dazu telefonieren?"))
P("user_invited_pitch_once", "en", "Niall Brennan", "Underwriting Manager | Harrow & Vale Specialty", "Dublin",
  ("acc",),
  ("msg", "Alex, thanks for the add after Dortmund. We're now writing D&O and cyber for German SMEs through brokers, 15% commission and "
          "binding authority on smaller risks. Could I walk you through our appetite and get you signed up this month?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Sebastian Kreipl", "Account Manager | Vertragsfuchs Maklersoftware", "Augsburg",
  ("acc",),
  ("msg", "Hallo Alex, schön, dass wir uns auf der Messe kennengelernt haben! Hier der Link zum Testzugang von Vertragsfuchs, 30 Tage kostenlos, "
          "danach 69 € pro Nutzer und Monat. Sollen wir die Einrichtung gemeinsam machen?"),
  ("msg", "Hallo Alex, Ihr Testzugang läuft am Freitag ab. Wenn Sie bis dahin verlängern, gibt es die Datenübernahme aus dem Altsystem gratis "
          "dazu. Kurzer Call morgen?", (20, 35)))
P("user_invited_pitch_twice", "de", "Melanie Fürst", "Direktionsleiterin | Finanzkraft Vertrieb", "München",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wir expandieren gerade in München und bieten erfahrenen Maklern eine Partnerschaft mit Büro, "
          "Leads und Karriereplan. Hätten Sie Lust auf einen Kaffee, damit ich Ihnen unser Modell vorstelle?"),
  ("msg", "Hallo Alex, kurze Erinnerung an meinen Vorschlag. Am Donnerstag ist unser Infoabend für Makler und Quereinsteiger, danach kann man "
          "direkt als Partner starten. Soll ich Sie eintragen?"))
P("user_invited_pitch_twice", "it", "Paolo Grisenti", "Direttore commerciale | BrokerItalia Network", "Trento",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Visto che lavori anche con clienti italiani: il nostro network dà ai broker esteri l'accesso alle "
          "compagnie italiane con provvigioni al 12%. Ti mando la presentazione?"),
  ("msg", "Ciao Alex, ti ho mandato la presentazione la settimana scorsa, l'hai vista? Se firmi entro fine mese la quota di adesione è "
          "dimezzata. Facciamo una call?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Veronika Haslinger", "Versicherungsmaklerin | Haslinger Vorsorge, Starnberg", "Starnberg",
  ("acc",),
  ("msg", "Hallo Alex, schön, dass es nach dem Verbandstreffen geklappt hat! Anbei wie versprochen meine Excel-Vorlage für die Bedarfsanalyse "
          "bei der Kinderinvaliditätsversicherung, frei verwendbar, einfach dein Logo rein. Und falls du im August eine Urlaubsvertretung "
          "brauchst: Ich hätte Kapazität."))
P("user_invited_value", "de", "Enzo Marchiori", "Titolare | Gelateria Marchiori, Haidhausen", "München",
  ("acc",),
  ("msg", "Ciao Alex! Grazie per avermi aggiunto. Come ti ho detto al telefono, a marzo apro il secondo negozio a Pasing: mi prepari anche per "
          "quello un'offerta per incendio, furto e responsabilità civile? E mio cugino Franco vuole parlarti per la sua pizzeria, gli ho dato "
          "il tuo numero."),
  nl="it")
P("user_invited_value", "de", "Ingrid Schöttl", "Lehrgangsleitung Sachkunde § 34d | IHK-Akademie Oberbayern", "Weilheim",
  ("acc",),
  ("msg", "Guten Tag Alex, danke für die Einladung! Hier die Termine: Das kostenfreie Auffrischungsseminar für Ausbilder im Vermittlerbereich "
          "findet am 6. und 7. Mai in Weilheim statt, je 4 Stunden, beide Tage werden als IDD-Weiterbildung bescheinigt. Anmeldung formlos per "
          "Mail an mich."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Barbara Wimmer", "Steuerberaterin | Kanzlei Wimmer & Partner", "Freising", ("acc",))
P("acceptance_only", "en", "Oliver Tate", "Risk Manager | Kestrel Robotics GmbH", "Munich", ("acc",))
P("lone_endorsement", "de", "Georg Haberl", "Schreinermeister | Haberl Möbelbau", "Erding", ("end",))
P("lone_endorsement", "it", "Marta Oberrauch", "Agente assicurativo | Brunico", "Brunico", ("end",))


# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

# layout eras: the AI, podcast and expat-startup stories are recent; a few old-school ones are from 2016-17
ERAS_2016 = {"Sepp Gruber", "Markus Seidl", "Andreas Leitner", "Thomas Greindl", "Gerlinde Moosrainer", "Johannes Baumgartner",
             "Heiko Brandstetter", "Dominik Rauch"}
ERAS_CUR = {"Marcus Pembridge", "Priya Raman", "Victor Almeida", "Oscar Blackwood", "Rachel Dunmore", "Sandra Vogl", "Claire Hadley",
            "Emily Sørensen", "Sophie Langford", "Luca Fabbri", "Oliver Hennig"}
ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE if p[2] in ERAS_2016 | ERAS_CUR}
assert (ERAS_2016 | ERAS_CUR) <= set(ERAS), (ERAS_2016 | ERAS_CUR) - set(ERAS)


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sepp Gruber", "info@schreinerei-gruber.example", "Betriebshaftpflicht – Unterlagen",
     "Grüß Gott,\n\nich hatte Ihnen auch über LinkedIn geschrieben, weiß aber nicht, ob Sie da reinschauen. Anbei die Kündigung vom Versicherer "
     "und unsere Umsatzzahlen.\n\nMit freundlichen Grüßen\nSepp Gruber", "de"),
    ("IHK für München und Oberbayern", "newsletter@ihk-muenchen.example", "IHK-Newsletter Versicherungsvermittlung: Weiterbildungspflicht",
     "Sehr geehrte Damen und Herren,\n\ndenken Sie an Ihren Nachweis der 15 Stunden Weiterbildung. Achtung: Angebote über soziale Netzwerke wie "
     "LinkedIn, die „IHK-zertifizierte Punkte“ versprechen, stammen nicht von uns.", "de"),
    ("Maklerpool Süd", "partner@maklerpool-sued.example", "Ihre Partnerschaft – nur noch bis Monatsende",
     "Hallo,\n\nunser Regionaldirektor hat Sie bereits auf LinkedIn angesprochen. Sichern Sie sich jetzt die Neupartner-Konditionen.", "de"),
    ("XING", "mailrobot@xing.example", "Sie haben 2 neue Kontaktanfragen",
     "Hallo Alex,\n\n2 Personen möchten sich mit Ihnen vernetzen. Tipp: Verknüpfen Sie Ihr XING-Profil mit LinkedIn.", "de"),
    ("Kalender", "calendar-notification@example.net", "Erinnerung: Maklerstammtisch Freising, Do 19:00",
     "Maklerstammtisch Freising\nBräustüberl, Do 19:00\nNotiz: Andreas hat über LinkedIn eingeladen.", "de"),
    ("Rachel Dunmore", "rachel.dunmore@kestrel-robotics.example", "Group benefits - next steps",
     "Hi Alex,\n\nI've also sent you a connection request on LinkedIn, but email is probably easier. Attached is our headcount list and the current payroll bands. Shall we meet at our "
     "Garching office next week?\n\nRachel", "en"),
    ("Giuseppe Lo Bianco", "trattoria.lobianco@example.it", "Preventivo assicurazioni secondo locale",
     "Buongiorno Alex,\n\nle mando le planimetrie come le avevo scritto su LinkedIn. Quando può passare a Schwabing?\n\nGiuseppe", "it"),
    ("Veronika Haslinger", "v.haslinger@haslinger-vorsorge.example", "Fwd: Einladung von Kevin Schuster auf LinkedIn",
     "Hallo Alex,\n\nhat dich der auch angeschrieben? Der hat mir über LinkedIn „30 % mehr Courtage“ versprochen. Finanzvertrieb, Finger weg.\n\n"
     "---------- Weitergeleitete Nachricht ----------\nVon: Kevin Schuster via LinkedIn\nBetreff: Ich möchte mich mit Ihnen vernetzen", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev133. Generated by scripts/make_corpus_dev133.py (seed {SEED}); do not edit by hand.",
          "# Alex as an independent insurance broker in Munich: lead-generation and CRM vendors, broker pools, insurers' broker reps, "
          "clients and prospects asking for cover, trainee brokers, the IHK, peer brokers, rude prospects; Bavarian and formal German, "
          "English, some Italian. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev133", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
