#!/usr/bin/env python3
"""Write mailbot's development corpus dev124: tests/corpus/dev124/*.eml + expected.toml.

The angle: the user Alex is a freelance conference interpreter and translator based in Geneva
(French, English, German, Italian). Their LinkedIn world: translation agencies, fair ones that
bring a real file and exploitative ones that charge a registration fee, pay at ninety days or
want free test translations; CAT-tool, AI-translation, AI-dubbing and remote-interpreting
vendors; direct clients who buy (international organisations, an NGO, arbitration law firms,
a Lugano bank); peer interpreters who pass on assignments, share glossaries and booth notes,
or ask a question; professional-association events with continuing-education hours; students
of the Geneva interpreting faculty; insurance brokers and fiduciaries who sell to the
self-employed; overpayment scammers posing as clients. Swiss French, Swiss German, Ticino
Italian and the English of international Geneva.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
other LinkedIn subjects, the names and headlines of spoof-only people and PYMK suggestions and
the notes that spoofs carry are swapped for this world in this process only (make_corpus.py is
not changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev124.py              # writes tests/corpus/dev124
    python scripts/make_corpus_dev124.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261124

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ interpreter's world (this process only)
SKILLS = {
    "fr": ["Interprétation de conférence", "Traduction juridique", "Interprétation simultanée", "Terminologie", "Révision", "Interprétation consécutive"],
    "en": ["Conference Interpreting", "Legal Translation", "Simultaneous Interpretation", "Terminology", "Translation", "Consecutive Interpreting"],
    "de": ["Konferenzdolmetschen", "Fachübersetzung", "Simultandolmetschen", "Terminologie", "Rechtsübersetzung"],
    "it": ["Interpretazione di conferenza", "Traduzione giuridica", "Interpretazione simultanea", "Terminologia", "Revisione"],
    "es": ["Interpretación de conferencias", "Traducción jurídica", "Interpretación simultánea", "Terminología"],
}
RHEADLINE = {
    "fr": "Interprète de conférence et traducteur·rice FR-EN-DE-IT | Genève",
    "en": "Conference interpreter and translator FR-EN-DE-IT | Geneva",
    "de": "Konferenzdolmetscher/in und Übersetzer/in FR-EN-DE-IT | Genf",
    "it": "Interprete di conferenza e traduttore/traduttrice FR-EN-DE-IT | Ginevra",
    "es": "Intérprete de conferencias y traductor/a FR-EN-DE-IT | Ginebra",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex reads LinkedIn mostly in French, sometimes in English, German or Italian
mc.LANGS[:] = ["fr", "en", "de", "it", "fr"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:outlook.com", "dkimfail", "lookalike:xn--linkedn-dza.com", "untrusted:mx.google.com",
                       "nodkim", "lookalike:linkedin.com.evil.example", "buried", "display:gmail.com", "wrongpass", "lookalike:e-linkedin.info"]

mc.NAMES["fr"] = (["Joël", "Valérie", "Cédric", "Sandrine", "Alain", "Mireille", "Sylvain", "Coralie", "Pascal", "Nadia"],
                  ["Rappaz", "Cuendet", "Zufferey", "Morand", "Golay", "Perroud", "Oberson", "Bugnon"])
mc.NAMES["de"] = (["Beat", "Regula", "Adrian", "Esther", "Lars", "Doris", "Fabian", "Monika"],
                  ["Zbinden", "Hürlimann", "Gerber", "Imhof", "Lüthi", "Schnyder", "Marti"])
mc.NAMES["it"] = (["Fulvio", "Orsola", "Mirko", "Tiziana", "Sandro", "Nives"],
                  ["Balestra", "Quadri", "Gianella", "Pedroni", "Tamò", "Bassi"])
mc.NAMES["en"] = (["Joanna", "Callum", "Maya", "Victor", "Harriet", "Samir"],
                  ["Ashdown", "Kerrigan", "Mbeki", "Holt", "Lavigne", "Sorensen"])
mc.CITY["fr"] = ["Genève", "Lausanne", "Fribourg", "Neuchâtel", "Sion", "Nyon", "Carouge"]
mc.CITY["de"] = ["Zürich", "Bern", "Basel", "Luzern", "Winterthur", "St. Gallen"]
mc.CITY["it"] = ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Milano", "Como"]
mc.CITY["en"] = ["Geneva", "London", "Brussels", "Vienna", "New York"]
mc.COMPANIES["good"] = ["Faculté de traduction et d'interprétation", "Lingua Helvetica Sàrl", "Cabinet Rosset Avocats", "AIIC Suisse",
                        "Centre de conférences de Varembé", "Übersetzungsdienst Kanton Bern", "Studio Traduzioni Vanoni"]
mc.COMPANIES["sales"] = ["Vocalis AI", "TermCloud", "SubtiFlow", "RSI Connect", "Prévoyance Léman", "LinguaSite", "TradExpress24"]
mc.HEADLINES["good"] = ["Interprète de conférence | {co}", "Übersetzerin DE/FR | {co}", "Traduttore giurato | {co}", "Project Manager at {co}",
                        "Chargée de cours | {co}", "Terminologe bei {co}", "Interpreter trainer | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Developer chez {co}", "Key Account Manager | {co}", "Founder & CEO at {co}",
                         "Responsabile commerciale | {co}", "Growth Lead, Language Tech | {co}"]
mc.JOBS[:] = [("Interprète de conférence – cabine française (freelance)", "Service des conférences, Genève"),
              ("Traducteur-réviseur EN>FR (80 %)", "Organisation internationale, Genève"),
              ("Übersetzer/in Französisch–Deutsch (60–80 %)", "Bundesverwaltung, Bern"),
              ("Legal translator FR>EN, arbitration", "Kessler Ward LLP"),
              ("Traduttore/traduttrice DE>IT", "Cancelleria dello Stato, Bellinzona")]

SPOOF_NOTES = {
    "fr": ["Bonjour, je vous ai transmis le bon de commande pour la traduction certifiée. Connectez-vous pour le télécharger et confirmer le montant.",
           "Bonjour Alex, le paiement de votre dernière facture est bloqué. Merci de vérifier vos coordonnées bancaires via le lien sécurisé."],
    "en": ["Hello Alex, the interpreting contract for the Geneva summit is ready for signature. Please sign in to review and accept it.",
           "Hi, I shared the meeting documents and glossary for next week's session. Log in to your account to open them."],
    "de": ["Guten Tag, die Auftragsbestätigung für den Dolmetscheinsatz liegt bereit. Bitte melden Sie sich an, um sie herunterzuladen.",
           "Hallo, Ihre Honorarzahlung konnte nicht ausgeführt werden. Bitte bestätigen Sie Ihre Bankdaten über den Link."],
    "it": ["Buongiorno, le ho inviato l'ordine per la traduzione giurata. Acceda per scaricarlo e confermare l'importo.",
           "Ciao Alex, ti ho condiviso il glossario e i documenti della conferenza. Accedi per aprirli."],
    "es": ["Hola Alex, te he enviado el contrato de interpretación para la cumbre. Inicia sesión para revisarlo y firmarlo."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Bon de commande", "Facture en attente", "Document partagé", "Mandat urgent"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Interpreting contract", "Payment on hold", "Shared documents", "Urgent assignment"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Auftragsbestätigung", "Zahlung ausstehend", "Dokument geteilt"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Ordine di traduzione", "Pagamento sospeso", "Documento condiviso"]
retitle_other({
    "fr": dict(job=("{n} nouvelles offres pour « interprète de conférence »", "Votre alerte emploi pour interprète de conférence à {city}"),
               news="L'IA va-t-elle vider les cabines d'interprétation ?", group="Meilleures discussions dans Interprètes et traducteurs de Suisse romande",
               newsletter="Carnet de cabine : préparer une conférence en 24 heures"),
    "en": dict(job=("{n} new jobs for \"conference interpreter\"", "Your job alert for conference interpreter in {city}"),
               news="Will machine interpreting replace the booth?", group="Top conversations in Conference Interpreters Worldwide",
               newsletter="Booth Notes: what remote interpreting did to our ears"),
    "de": dict(job=("{n} neue Jobs für „Übersetzer/in Französisch“", "Ihr Jobalarm für Übersetzer/in Französisch in {city}"),
               news="Sprachberufe: Wer übersetzt noch, wenn die KI übersetzt?", group="Top-Unterhaltungen in Dolmetschen & Übersetzen Schweiz",
               newsletter="Sprachbrücke: Tarife für Freischaffende 2025"),
    "it": dict(job=("{n} nuove offerte per «traduttore giurato»", "Il tuo avviso di lavoro per traduttore giurato a {city}"),
               news="Traduttori e intelligenza artificiale: chi paga la revisione?", group="Conversazioni principali in Interpreti e Traduttori della Svizzera italiana",
               newsletter="Parole in cabina: il lessico delle organizzazioni internazionali"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Séverine Python", "Interprète de conférence AIIC | FR-EN-DE | Genève", "Genève",
  ("inv", "Salut Alex, on s'est croisées à l'OMPI en mars (j'étais la relève allemande). Je monte un glossaire partagé brevets/PCT pour l'assemblée "
          "de septembre, tu aurais envie d'y contribuer et d'en profiter ? C'est sur un Drive, rien à payer bien sûr."),
  ("rem",))
P("good_invitation", "de", "Reto Gisler", "Leiter Regionalgruppe Deutschschweiz | Berufsverband Übersetzen und Dolmetschen", "Bern",
  ("inv", "Grüezi. Am 14. November führen wir in Bern einen Weiterbildungsnachmittag zur Rechtsterminologie Schweiz–EU durch. Für Mitglieder und "
          "Nichtmitglieder kostenlos, Sie erhalten eine Bestätigung über 4 Stunden Weiterbildung. Wir würden uns freuen. Freundliche Grüsse, Reto Gisler"))
P("good_invitation", "fr", "Naledi Khumalo", "Senior Reviser, French Translation Section | Geneva", "Geneva",
  ("inv", "Hello Alex, I coordinate freelance contracting for our French section. We're short of reviewers with legal EN>FR for the autumn treaty-body "
          "session, about 12 days of work. A colleague gave me your name. May I connect and send you the details?"), nl="en")
P("good_invitation", "it", "Chiara Bernasconi", "Studentessa MA Interpretazione di conferenza | Università di Ginevra", "Ginevra",
  ("inv", "Buongiorno Alex, sono al primo anno del master (IT A, FR B, EN C). Il prof. Rossi mi ha detto che a volte segue gli studenti nelle esercitazioni "
          "in cabina muta. Potrei chiederle un consiglio su come prepararmi all'esame intermedio? Grazie mille"),
  ("rem",))
P("good_invitation", "fr", "Olivier Dufaux", "Avocat associé | Arbitrage international | Genève", "Genève",
  ("inv", "Bonjour, notre étude cherche un interprète FR-EN pour une audience d'arbitrage à Genève les 3 et 4 février, avec quelques pièces à traduire "
          "en amont. Me Kessler m'a recommandé votre nom. Seriez-vous disponible ? Je vous transmets volontiers le détail."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Marco Stucki", "Projektleiter Übersetzungen | LinguaPort AG", "Zürich", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Luca Cattaneo", "Traduttore freelance DE-IT | Lugano", "Lugano", ("inv", NONOTE))
P("default_invitation", "en", "Priyanka Desai", "Vendor Manager | Globalize Localization Services", "Pune", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Tom Reddick", "Account Executive | Vocalis AI – live glossaries for interpreters", "London",
  ("inv", "Hi Alex – Vocalis AI gives freelance interpreters a live AI glossary and transcript right in the booth. Early-bird licence is CHF 39/month for "
          "AIIC members. Could I show you a 15-min demo this week?"), nl="en")
P("sales_invitation", "de", "Sandra Wyss", "Kundenberaterin Vorsorge für Selbständigerwerbende | Alpina Vorsorge", "Basel",
  ("inv", "Guten Tag. Als Selbständige im Dolmetschbereich haben Sie keine 2. Säule, das unterschätzen viele. Gern zeige ich Ihnen in einem "
          "unverbindlichen Gespräch, wie Sie mit der Säule 3a steueroptimiert vorsorgen. Passt Ihnen ein Termin nächste Woche?"),
  ("rem",))
P("sales_invitation", "fr", "Kevin Rochat", "Fondateur | LinguaSite – sites web pour traducteurs et interprètes", "Lausanne",
  ("inv", "Bonjour Alex, super profil, mais pas de site pro ? On crée des sites bilingues clé en main pour interprètes, référencement Genève compris, "
          "dès 1'490.- CHF. Je vous envoie deux exemples ?"))
P("sales_invitation", "it", "Federico Sala", "Vendor Relations | TradExpress24", "Milano",
  ("inv", "Buongiorno, stiamo ampliando il database di traduttori IT<>FR. L'iscrizione al nostro albo fornitori prioritari costa 120 € l'anno "
          "e dà accesso ai progetti prima degli altri. Le mando il modulo?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Aurélie Jaquet", "Accompagnante pour indépendant·e·s | Cercle des linguistes romands", "Lausanne",
  ("inv", "Bonjour Alex, je lance un petit cercle entre interprètes et traducteurs indépendants de Suisse romande : un apéro par mois à Lausanne, "
          "on parle tarifs, clients, solitude du freelance. Ça vous dirait d'en être ?"),
  ("msg", "Merci d'avoir accepté ! Avant le premier apéro, je voulais vous présenter mon accompagnement « Freelance serein » : 6 séances pour fixer "
          "vos tarifs et décrocher des clients directs, 1'200.- CHF. On se cale un appel découverte de 30 minutes cette semaine ?", (3, 9)))
P("bait_and_switch_invitation", "de", "Jonas Meier", "Konferenzdolmetscher DE-EN | Sprache & Technologie", "Basel",
  ("inv", "Hallo Alex, Kollege aus Basel hier. Darf ich Sie etwas fragen? Wie bereiten Sie sich vor, wenn die Sitzungsunterlagen erst am Vorabend "
          "kommen? Ich habe genau so einen Einsatz vor mir und bin etwas ratlos."),
  ("msg", "Danke fürs Vernetzen und für den Tipp! Übrigens vertreibe ich seit Kurzem BoothMate, das Glossare automatisch aus Sitzungsunterlagen "
          "zieht. Für Kolleginnen und Kollegen gibt es 20 % auf die Jahreslizenz (CHF 290). Soll ich Ihnen einen Testzugang einrichten?"),
  ("msg", "Kurze Nachfrage wegen BoothMate, die Aktion läuft Ende Monat aus. Hätten Sie am Donnerstag zehn Minuten für ein Telefon?", (6, 14)))
P("bait_and_switch_invitation", "it", "Giorgia Pedrazzini", "Terminologa | Lessici giuridici IT-DE-FR", "Bellinzona",
  ("inv", "Buongiorno Alex, ho preparato un glossario gratuito di terminologia giuridica svizzera IT-DE-FR (diritto delle obbligazioni, circa 800 voci) "
          "e lo regalo ai colleghi che lavorano per i tribunali. Se le interessa, colleghiamoci e glielo mando."),
  ("msg", "Ecco il link al glossario! Se lo trova utile, la versione completa (4.000 voci, esportabile in memoQ e Trados) è disponibile in abbonamento "
          "a 19 CHF al mese. Vuole che le attivi il primo mese a metà prezzo?"))
P("bait_and_switch_invitation", "en", "Daniel Okonkwo-Barrett", "Founder | Interpreters Beyond Borders (community)", "Vienna",
  ("inv", "Alex, we're a community of 2,000+ conference interpreters swapping glossaries, booth tips and assignment leads. Free to join. "
          "Would love to have a Geneva colleague on board!"),
  ("msg", "Welcome aboard! Quick one: our Pro tier puts your profile in front of event agencies across Europe and comes with our RSI certificate. "
          "€39/month, first month free if you sign up this week. Shall I send you the link?", (3, 10)),
  ("msg", "Hi Alex, circling back on Pro – two corporate clients in Geneva are looking for FR/EN right now and only Pro members see those leads. "
          "Want me to hold a spot for you?", (5, 15)))
P("bait_and_switch_invitation", "fr", "Yann Bourquin", "Conseiller indépendant | Réseau des professions libérales du Léman", "Nyon",
  ("inv", "Salut Alex ! Je fais partie d'un réseau de professions libérales à Genève (avocats, archis, traducteurs...). On se retrouve un jeudi sur "
          "deux au petit déj pour se refiler des contacts. Je serais content de t'y inviter."),
  ("msg", "Content qu'on soit connectés ! Je t'explique vite mon métier : j'accompagne les indépendants pour le 3e pilier et l'assurance perte de gain. "
          "Avec ton statut tu es sûrement mal couvert si tu tombes malade. Je te propose un bilan de 45 minutes, on le fait quand ?", (4, 12)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Rebecca Lindahl", "PhD researcher | Interpreter wellbeing and vocal health", "Geneva",
  ("inm", "Study on interpreter fatigue", "Dear Alex, I'm running a short study on vocal fatigue and cognitive load among freelance conference interpreters "
          "in Geneva and Brussels. It's a 10-minute anonymous questionnaire and every participant receives the summary report. Would you be willing to take part?"),
  ("inm", "Your results + next step", "Thanks so much for taking part! Based on your answers you're in our high-strain group. I co-developed VoxCare, "
          "a 12-week voice and recovery programme for interpreters (CHF 680, or 3 x 240). Two places are left in the October cohort. Shall I reserve one for you?"), nl="en")
P("bait_and_switch_inmail", "de", "Dr. Hans-Peter Brändli", "Tagungsleitung | Fachtagung Sprache & Recht", "Luzern",
  ("inm", "Einladung als Referent/in", "Sehr geehrte/r Alex Morgan, die Programmkommission der Fachtagung Sprache & Recht (Luzern, 12. März) möchte Sie "
          "einladen, ein Kurzreferat über das Gerichtsdolmetschen in der Romandie zu halten. Wir würden uns über Ihre Zusage sehr freuen."),
  ("inm", "Fachtagung – Referentenpaket", "Besten Dank für Ihre positive Rückmeldung. Zur Organisation: Referierende buchen das Referentenpaket "
          "(Tagungsgebühr, Mittagessen, Eintrag im Tagungsband) zu CHF 890.–. Die Rechnung erhalten Sie nach der Anmeldung über untenstehenden Link.", (5, 14)))
P("bait_and_switch_inmail", "en", "Richard Owusu-Mensah", "Private Investor | Real Estate", "London",
  ("inm", "Translation job - 46 pages", "Hello Alex, I found your profile while looking for a certified French to English translator. I have 46 pages of "
          "property documents for my relocation to Geneva and I can pay your full rate upfront. Please send me your quote with your full name and postal address for the payment."),
  ("inm", "Payment sent - urgent", "Dear Alex, my accountant has mistakenly issued the cheque for CHF 6,400 instead of CHF 1,850. Kindly deposit it and "
          "wire the balance of CHF 4,550 to my moving agent today by Western Union, details below. I trust you as a professional. God bless.", (4, 9)))
P("bait_and_switch_inmail", "it", "Silvia Brenni", "Redazione | Elenco dei traduttori giurati Ticino e Grigioni", "Lugano",
  ("inm", "Inserimento gratuito nell'elenco", "Buongiorno Alex, stiamo aggiornando l'elenco dei traduttori giurati attivi in Ticino e nei Grigioni, "
          "consultato da studi legali e notai. L'inserimento base è gratuito: mi conferma le sue combinazioni linguistiche?"),
  ("inm", "Conferma inserimento + visibilità", "Grazie per la conferma! La scheda base è pronta. Le segnalo però che i notai cercano quasi solo nella "
          "sezione «In evidenza»: il posizionamento costa 350 CHF all'anno. Glielo attivo insieme alla scheda?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Mélanie Favre", "Traductrice indépendante EN>FR | Horlogerie & luxe", "Neuchâtel",
  ("end",), ("end",),
  ("msg", "Coucou Alex, je t'ai recommandé·e pour {skill} et pour Traduction juridique, c'était mérité 😉 Dis, tu pourrais me rendre la pareille sur "
          "Transcréation et Horlogerie ? Je refais mon profil pour démarcher les marques en direct."))
P("endorse_me_back", "de", "Stefan Ammann", "Projektmanager | Übersetzungsbüro Ammann & Partner", "Winterthur",
  ("end",),
  ("msg", "Grüezi Alex, ich habe Ihnen soeben {skill} bestätigt. Wären Sie so nett und würden bei mir Projektmanagement und Qualitätssicherung "
          "bestätigen? Wir machen bei einer öffentlichen Ausschreibung mit, da zählt jedes Detail. Merci vielmal!"))
P("endorse_me_back", "en", "Kate Brennan", "Conference Interpreter EN < FR ES | Dublin", "Dublin",
  ("end",), ("end",),
  ("msg", "Hey Alex! Gave you a couple of endorsements, well deserved. Would you mind returning the favour on Simultaneous Interpretation and Spanish? "
          "Trying to bulk up my profile before the UN test. No stress if not!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Thomas Huber", "Inhaber | Lingua Express GmbH", "Zürich",
  ("inv", "Guten Tag, wir suchen Dolmetscher für Firmenanlässe im Raum Zürich, CHF 350 pro Tag inkl. Vorbereitung und Reisezeit. Interesse?"),
  ("rem",),
  ("inm", "Keine Antwort?", "Sie lassen meine Anfrage jetzt drei Wochen liegen. Offenbar sind Sie sich zu fein für normale Aufträge. Mit dieser "
          "Haltung werden Sie in der Branche nicht alt. Schönen Tag noch."))
P("hostility_after_decline", "en", "Brandon Kessler", "Head of Partnerships | Lexiflow MT", "Austin",
  ("inv", "Hi Alex, Lexiflow's post-editing platform pays linguists weekly and has 4,000 jobs a month. Up for a quick call?"),
  ("inm", "Seriously?", "Ignoring a request from someone trying to send you work. Bold move for a freelancer in a market that's shrinking by the month. "
          "When the machines eat your lunch, don't say nobody warned you.", (10, 25)))
P("hostility_after_decline", "fr", "Patrick Monnier", "Responsable événementiel | Genève", "Genève",
  ("inv", DEFAULT),
  ("inm", "Ma demande", "Bonjour, je vous ai envoyé une invitation il y a un mois et toujours rien. Je trouve ça franchement impoli, on travaille "
          "dans le même milieu à Genève, ça ne coûte rien de cliquer. Bonne continuation quand même.", (20, 35)))
P("hostility_after_decline", "it", "Gianni Lurati", "Titolare | Agenzia Traduzioni Ceresio", "Lugano",
  ("inv", "Buongiorno, cerchiamo traduttori FR>IT per testi assicurativi, pagamento a 90 giorni. Le interessa collaborare?"),
  ("rem",),
  ("inm", "Complimenti", "Vedo che ha guardato il mio profilo ma non ha accettato. Complimenti per la professionalità. Con questa arroganza non "
          "andrà lontano, qui in Ticino ci conosciamo tutti."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Nathalie Gilliéron", "Directrice | AlpTrad agence de traduction", "Fribourg",
  ("msg", "Bonjour Alex, maintenant qu'on est en contact : notre agence gère pour les interprètes indépendants la facturation, les relances et la "
          "visibilité, contre 15 % de commission sur les mandats. On en parle autour d'un café à Cornavin ?"),
  ("msg", "J'ai bien compris que ça ne vous intéressait pas, mais un simple « non merci » aurait suffi au lieu de laisser mes messages en vu. "
          "Quel manque de savoir-vivre. Je m'en souviendrai quand des clients me demanderont des noms.", (8, 20)))
P("hostility_connection", "en", "Ryan Falk", "CEO | DubSync AI", "Berlin",
  ("acc",),
  ("msg", "Thanks for connecting after the Geneva panel, Alex. DubSync turns an interpreter's voice into a licensable AI voice – you earn royalties "
          "while you sleep. Setup fee is only $490. Can I book you in for onboarding?"),
  ("msg", "You told me at the panel you'd think about it, and now a one-line no? Honestly that's pretty two-faced. Interpreters like you are "
          "exactly why this industry is getting disrupted.", (5, 15)))
P("hostility_connection", "de", "Urs Baumgartner", "Treuhänder | Buchhaltung für Freischaffende", "Luzern",
  ("msg", "Hoi Alex, kurz und bündig: Ich mache Buchhaltung und Steuererklärung für Freischaffende aus der Sprachbranche, pauschal CHF 1'100 im Jahr. "
          "Soll ich Ihnen eine Offerte schicken?"),
  ("msg", "Nachfrage: Haben Sie meine Offerte erhalten? Ich könnte per sofort starten, auch rückwirkend für das laufende Jahr."),
  ("msg", "Also ehrlich. Zweimal freundlich nachgefragt, und zurück kommt nur «kein Bedarf». Mit dieser Art verscherzen Sie es sich mit allen. "
          "Ich hoffe, Ihre Kunden werden besser bedient als ich.", (3, 10)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Olga Petrenko", "Growth Manager | SubtiFlow – AI subtitling", "Warsaw",
  ("msg", "Hi Alex! SubtiFlow auto-generates subtitles in 40 languages and lets you post-edit right in the browser. Translators using it triple "
          "their output. Can I get you on a 14-day trial with a quick onboarding call?"),
  ("msg", "Hi again, we just launched team pricing (CHF 59 per seat). Would Thursday work for a 15-min walkthrough?"),
  ("msg", "last ping from me on this: the launch discount ends Friday. Happy to set everything up for you in 10 minutes."))
P("connection_only_pitches", "fr", "Loïc Mottier", "Courtier en assurances | Indépendants et professions libérales", "Sion",
  ("msg", "Salut Alex, je fais un petit tour de mes contacts : as-tu une perte de gain maladie en tant qu'indépendant ? Je te fais une offre "
          "comparative gratuite en 48 h."),
  ("msg", "Hello, je reviens vers toi pour la perte de gain : j'ai une offre chez un assureur romand à -18 % pour les interprètes. "
          "On se voit 20 minutes à la gare de Cornavin ?"))
P("connection_only_pitches", "it", "Matteo Regazzoni", "Fiduciario | Fiscalità per freelance tra Svizzera e Italia", "Mendrisio",
  ("msg", "Buongiorno Alex, seguo diversi traduttori freelance tra Ticino e Lombardia. Se fattura anche a clienti italiani conviene rivedere la "
          "posizione IVA. Le preparo un preventivo per la gestione contabile annuale?"),
  ("msg", "Le riscrivo per il preventivo: ho un pacchetto tutto compreso a 890 CHF l'anno, valido fino a fine mese. Ci sentiamo in settimana?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Nadja Egli", "Verkauf | Audiotechnik für Dolmetschkabinen", "St. Gallen",
  ("msg", "Hallo Alex, wir haben neue ISO-konforme Headsets fürs Ferndolmetschen im Sortiment, kabellos und mit Geräuschunterdrückung. "
          "Für Freischaffende gibt es bis Ende Monat 15 % Rabatt. Darf ich Ihnen eine Offerte zusenden?"))
P("single_pitch", "fr", "Bastien Chapuis", "Community manager | Coworking des Pâquis", "Genève",
  ("msg", "Hello Alex ! On ouvre un coworking calme aux Pâquis, avec des cabines insonorisées parfaites pour l'interprétation à distance. "
          "Premier mois à 190.- au lieu de 290.-. Tu passes visiter cette semaine ?"))
P("single_pitch", "en", "Ahmed Rahimi", "Partnerships | CourseHarbor – interpreter training marketplace", "Dubai",
  ("msg", "Hi Alex, we're curating a premium marketplace of interpreter-training courses. For a one-off listing fee of $299 you can sell your own "
          "booth-prep course to thousands of students. Shall I send over our partner pack?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Camille Dériaz", "Interprète de conférence FR-EN-ES | Genève", "Genève",
  ("end",),
  ("msg", "Alex, je suis prise au CICR la semaine du 9 et l'OIT me demande encore quelqu'un en cabine française pour un séminaire de deux jours, "
          "tarif AIIC. Je leur ai donné ton nom, la responsable s'appelle Mme Roulin, elle va t'appeler. Tout de bon !"))
P("connection_brings_value", "de", "Martina Kuster", "Übersetzerin DE/FR/EN | Bundesverwaltung", "Bern",
  ("msg", "Hallo Alex, anbei wie versprochen unsere Terminologieliste zum neuen Datenschutzgesetz (DE–FR–IT), intern bereinigt. Darf gern an "
          "Kolleginnen und Kollegen weitergegeben werden. Wenn Du Fehler findest, sag Bescheid!"))
P("connection_brings_value", "fr", "Davide Zanetti", "Interprete di conferenza IT-FR-EN | Lugano", "Lugano",
  ("msg", "Ciao Alex! Ti giro gli appunti e il glossario del vertice sulla sicurezza alimentare di ieri, visto che la settimana prossima sei tu in "
          "cabina italiana per la seconda parte. Ci sono anche i nomi dei delegati con la pronuncia. In bocca al lupo!"),
  ("msg", "PS: la sezione ticinese dell'associazione organizza un pomeriggio gratuito sulla trascrizione automatica il 20, vale come formazione "
          "continua. Vuoi che ti metta in lista?", (1, 6)), nl="it")
P("connection_brings_value", "en", "Eleanor Whitfield-Rao", "Partner | Harcourt Lindqvist LLP, Geneva", "Geneva",
  ("msg", "Dear Alex, thank you again for the excellent work on the witness hearings. We have a new matter starting in April: roughly 60 pages "
          "of expert reports FR>EN and two hearing days. Would you be available? I'd be glad to send the documents under NDA."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Fatima Haddad", "Recruitment Officer, Conference Services | United Nations Office at Geneva", "Geneva",
  ("inm", "Freelance French booth – accreditation test", "Dear Alex, our conference services are expanding the roster of freelance French-booth "
          "interpreters (A French, B English, C Spanish or Russian preferred). The next accreditation test is on 18 June in Geneva. If you're interested, "
          "I can send you the registration form and the practice material."), nl="en")
P("stranger_inmail_recruiter", "fr", "Sophie Marguerat", "Responsable recrutement linguistique | Comité international de la Croix-Rouge", "Genève",
  ("inm", "Poste de traducteur-réviseur EN>FR", "Bonjour, nous ouvrons un poste de traducteur-réviseur EN>FR à 80 % au siège à Genève, contrat "
          "de 24 mois. Votre profil correspond bien à ce que nous cherchons. Seriez-vous disponible pour un premier échange téléphonique la semaine prochaine ?"))
P("stranger_inmail_recruiter", "de", "Lukas Steiner", "HR-Fachspezialist | Bundesgericht", "Lausanne",
  ("inm", "Gerichtsübersetzer/in FR–DE (60–80 %)", "Guten Tag. Für unsere Übersetzungsdienste in Lausanne suchen wir eine Gerichtsübersetzerin oder "
          "einen Gerichtsübersetzer Französisch–Deutsch. Ihre Erfahrung mit Rechtstexten hat uns angesprochen. Die Ausschreibung finden Sie auf unserer "
          "Website; bei Fragen rufen Sie mich gern direkt an."))
P("stranger_inmail_recruiter", "it", "Paola Crivelli", "Responsabile Comunicazione | Banca del Ceresio", "Lugano",
  ("inm", "Traduzione rapporto annuale", "Buongiorno, per il nostro rapporto annuale cerchiamo un traduttore esterno DE>IT e FR>IT per circa 90 "
          "pagine, consegna a fine marzo. Mi potrebbe mandare un'offerta e qualche referenza? Grazie e buona giornata."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jake Morrison", "Enterprise Account Executive | TermCloud", "Boston",
  ("inm", "Alex, cut your prep time in half", "Hi Alex, interpreters at three UN agencies use TermCloud to turn meeting documents into booth "
          "glossaries in minutes. Could I grab 15 minutes on your calendar to show you? Happy to extend a 30% freelancer discount."),
  ("inm", "Re: prep time", "Bumping this up, Alex – the discount expires Friday. Would Tuesday 10:00 CET work for a quick demo?"))
P("stranger_inmail_sales", "it", "Roberta Fumagalli", "Vendor Manager | Globalingo Srl", "Milano",
  ("inm", "Collaborazione – accreditamento", "Gentile collega, cerchiamo traduttori FR>IT per un grosso cliente farmaceutico. Per entrare nel "
          "nostro pool è richiesta una quota di accreditamento di 85 € più una prova gratuita di 2.500 parole. Tariffa 0,04 €/parola. Mi faccia sapere se procediamo."))
P("stranger_inmail_sales", "de", "Michael Fankhauser", "Verkauf | SprachTools Schweiz", "Aarau",
  ("inm", "Lizenz-Aktion CAT-Tool", "Guten Tag, als Übersetzer/in mit Sitz in Genf könnte Sie unsere Aktion interessieren: CAT-Tool-Jahreslizenz "
          "inkl. Schulung für CHF 420 statt 690. Darf ich Sie kurz anrufen, um die Details zu besprechen?"))
P("stranger_inmail_sales", "fr", "Julien Perrot", "Fondateur | DocuTrad.ch – traductions certifiées en ligne", "Lausanne",
  ("inm", "Des mandats sans prospecter", "Bonjour Alex, DocuTrad.ch met en relation des particuliers et des traducteurs certifiés à Genève et "
          "Lausanne. Inscription Premium à 39.- par mois, premiers mandats garantis dès la deuxième semaine. Je vous ouvre un compte d'essai ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Isabelle Vuilleumier", "Interprète et formatrice FR-DE-EN | Lausanne", "Lausanne",
  ("inv", "Bonjour Alex, j'organise un atelier gratuit de prise de notes en consécutive à Lausanne le samedi 22 au matin, il compte pour 3 h de "
          "formation continue. Il reste deux places, vous seriez la bienvenue ou le bienvenu !"),
  ("msg", "Merci d'être venu·e samedi ! Comme promis, voici le lien vers les supports et les exercices audio. Bonne pratique !"),
  ("msg", "Alex, je lance mon mentorat individuel « Consécutive sans stress » : 8 séances en visio, CHF 960. Comme l'atelier vous a plu, je vous "
          "propose le tarif de lancement à 720.-. Ça vous tente ?", (10, 30)))
P("good_turns_ugly", "de", "Corinne Hofer", "Konferenzdolmetscherin DE-EN-FR | Bern", "Bern",
  ("inv", "Hallo Alex, ich habe gesehen, dass Sie nächste Woche auch an der Konferenz im CICG arbeiten. Ich bin in der deutschen Kabine und habe "
          "mit dem Glossar angefangen. Wollen wir es zusammen ergänzen?"),
  ("msg", "Hier der Link zum gemeinsamen Glossar, einfach direkt ergänzen. Bis Montag in der Kabine!", (2, 5)),
  ("end",),
  ("msg", "Hallo Alex, kleine Bitte: Ich habe Sie für {skill} bestätigt. Könnten Sie mich bei Konsekutivdolmetschen und Deutsch bestätigen? "
          "Ich bewerbe mich gerade für die EU-Akkreditierung. Danke!", (1, 4)))
P("good_turns_ugly", "en", "Peter Vandenberg", "Vendor Manager | Lexica Partners", "Amsterdam",
  ("inv", "Hi Alex, we're a small agency in Amsterdam. A long-standing client needs a FR>EN legal translator for a 15k-word arbitration file "
          "at €0.18/word. A colleague recommended you. Could we connect so I can send you the brief?"),
  ("msg", "Thank you for the delivery, the client was delighted. Invoice approved and paid today. Hope to work together again soon.", (20, 40)),
  ("msg", "Hi Alex, we're rolling out our own AI translation environment and all freelancers need a seat (€24/month) to keep receiving files "
          "from us. Can I set up your account this week?", (30, 60)))
P("good_turns_ugly", "it", "Elena Mariotti", "Interprete di trattativa e traduttrice | Como", "Como",
  ("inv", "Ciao Alex, ho visto che traduci anche dal tedesco. Ho un dubbio su un termine svizzero («Betreibungsamt») che mi sta facendo impazzire "
          "in una traduzione: posso farti una domanda?"),
  ("msg", "Grazie mille per la spiegazione, mi hai salvato la consegna! Ti mando in cambio la mia lista di falsi amici IT-DE in ambito notarile, "
          "magari ti torna utile."),
  ("msg", "Alex, ti scrivo per una cosa diversa: mio marito è consulente finanziario e aiuta i liberi professionisti a investire la liquidità. "
          "Se ti va organizzo una call di 20 minuti con lui, senza impegno.", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Michael Adeyemi-Clarke", "Business Consultant | Import & Export", "Lagos",
  ("inm", "Urgent translation for my company", "Hello dear, I need a translator for my company contract (French), 35 pages. I will send a certified "
          "cheque in advance covering your fee plus the cost of a printer you must buy from our vendor, then you transfer the excess to them. "
          "Reply with your address."),
  ("inv", "Hello Alex, I have great respect for your work in translation and would be glad to be part of your professional network. Regards."))
P("reinvite_known_bad", "de", "Sabrina Wüthrich", "Übersetzerin EN/FR-DE | Thun", "Thun",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir sassen an der Generalversammlung in Freiburg am gleichen Tisch. Würde mich freuen, in Kontakt zu bleiben!"))
P("reinvite_known_bad", "fr", "Grégory Pittet", "Business Developer | TradIA – traduction automatique", "Genève",
  ("inv", "Bonjour Alex, TradIA traduit vos documents dix fois plus vite avec une qualité humaine. Je vous offre une démo personnalisée de 20 "
          "minutes cette semaine ?"),
  ("inv", "Bonjour Alex, entre passionnés des langues, je serais ravi de vous compter dans mon réseau. Au plaisir !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Frédéric Ducrest", "Organisateur de voyages d'affaires | Valais", "Sion",
  ("inv", "Bonjour, je cherche des interprètes pour des visites d'entreprises en Valais, 250.- la journée. Dispo ?"),
  ("inm", "Pas de réponse", "Vous n'avez même pas daigné répondre. Les interprètes genevois se prennent vraiment pour des diplomates. On verra qui "
          "rira quand il n'y aura plus de travail.", (12, 30)),
  ("inv", "Bonjour Alex, on repart sur de bonnes bases ? J'aurai peut-être des mandats intéressants cet automne."))
P("reinvite_known_ugly", "it", "Massimo Ghirlanda", "Interprete IT-EN | Milano", "Milano",
  ("inm", "Una domanda da collega", "Ciao Alex, sono interprete anch'io (IT-EN) e lavoro soprattutto a Milano. Posso chiederti com'è andato il tuo "
          "accreditamento presso le organizzazioni di Ginevra? Sto pensando di provarci."),
  ("inm", "Un'idea", "Grazie della risposta! A proposito, sto lanciando un corso online di preparazione agli esami di accreditamento (299 €). "
          "Con la tua esperienza potresti anche promuoverlo ai tuoi contatti con il 20% di commissione. Ti mando il link per iscriverti?", (4, 12)),
  ("inv", "Ciao Alex, colleghiamoci anche qui, sarebbe bello restare in contatto!"))
P("reinvite_known_ugly", "de", "Roland Bachmann", "Inhaber | Sprachschule Bachmann, Winterthur", "Winterthur",
  ("inv", "Guten Tag, ich führe eine Sprachschule in Winterthur und suche Lehrpersonen für Business-Englisch. Interesse an einem Gespräch?"),
  ("inm", "Schade", "Typisch. Man bietet Arbeit an und bekommt nicht einmal eine Absage. Ein bisschen Anstand würde Ihnen gut anstehen.", (15, 30)),
  ("inv", NONOTE))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Hannah Kowalczyk", "Founder | BoothBuddy – RSI hubs by the hour", "Geneva",
  ("acc",),
  ("msg", "Thanks for connecting after the assembly, Alex! We rent fully equipped RSI hubs in Geneva by the hour, soundproofed with dual screens. "
          "Interpreters get 20% off their first 10 hours. Want me to book you a trial slot?"))
P("user_invited_pitch_once", "de", "Patrik Hofstetter", "Key Account Manager | Dolmetschtechnik Zentralschweiz", "Zug",
  ("acc",),
  ("msg", "Danke für die Kontaktanfrage! Da Sie an Konferenzen arbeiten: Wir vermieten Dolmetsch- und Führungsanlagen schweizweit. Wenn Ihre Kunden "
          "Technik brauchen, gibt es für Sie 10 % Vermittlungsprovision. Sollen wir einmal telefonieren?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Romain Blaser", "Consultant LinkedIn et personal branding pour freelances", "Genève",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! J'ai regardé ton profil : très bon contenu mais zéro visibilité. J'accompagne les traducteurs pour décrocher "
          "des clients directs via LinkedIn, programme de 3 mois à 1'800.-. Un appel de 20 min cette semaine ?"),
  ("msg", "Je relance : il me reste une seule place pour janvier. Je te bloque un créneau mardi ?"))
P("user_invited_pitch_twice", "it", "Stefania Moretti", "Account Manager | TraduciPiù", "Torino",
  ("acc",),
  ("msg", "Grazie per il collegamento! Ti presento TraduciPiù: traduzione automatica con memorie personalizzate, pensata per chi lavora su testi "
          "giuridici. Ti attivo una demo?"),
  ("msg", "Ciao Alex, ti ricordo la promo per i freelance: abbonamento annuale a 199 € anziché 349 €. Ci sentiamo domani?"))
P("user_invited_pitch_twice", "en", "Gareth Lloyd", "Sales Director EMEA | EventVoice", "Cardiff",
  ("acc",),
  ("msg", "Great to meet you at the interpreting technology forum, Alex. EventVoice lets freelancers sell RSI packages straight to corporate clients "
          "under their own brand; platform fee from €150 per event. Shall I show you the dashboard?"),
  ("msg", "Hi Alex, circling back: we have a Geneva launch offer, your first three events at €99. Any chance of a call on Wednesday?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Silvan Aebischer", "Terminologe | Schweizerische Bundeskanzlei", "Bern",
  ("acc",),
  ("msg", "Danke für die Anfrage, Alex. Wie am Kolloquium besprochen: Die neue Sammlung zum Energierecht in TERMDAT ist jetzt öffentlich, den Link "
          "finden Sie unten. Wenn Sie Ergänzungen aus der Praxis haben, nehme ich sie gern auf."))
P("user_invited_value", "en", "Grace Osei", "Head of Language Services | Geneva-based humanitarian NGO", "Geneva",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As I mentioned at the reception, we need a FR<>EN interpreter for our board meeting on 5–6 May in Geneva. "
          "Our daily rate follows the AIIC guidelines. Can I send you the agenda and the contract?"))
P("user_invited_value", "fr", "Léa Chevalley", "Interprète FR-IT-EN | Genève", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis au souper, voici ma fiche terminologique OMC (subventions, règlement des différends), à jour "
          "de cette année. Et si tu cherches quelqu'un pour la relève italienne en juin, je suis libre."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Nicolas Maréchal", "Interprète de conférence | Bruxelles", "Bruxelles", ("acc",))
P("acceptance_only", "de", "Anna Rüegg", "Dozentin Übersetzen | ZHAW", "Winterthur", ("acc",))
P("lone_endorsement", "it", "Lorenzo Cavadini", "Traduttore DE-IT | Cancelleria dello Stato", "Bellinzona", ("end",))
P("lone_endorsement", "en", "Emily Tran", "MA student, Translation | University of Geneva", "Geneva", ("end",))

# ------------------------------------------------------------------------- layout eras
ERAS_2016 = {"Marco Stucki", "Reto Gisler", "Olivier Dufaux", "Stefan Ammann", "Gianni Lurati", "Loïc Mottier", "Sabrina Wüthrich",
             "Frédéric Ducrest", "Yann Bourquin", "Roberta Fumagalli", "Sophie Marguerat", "Léa Chevalley", "Nicolas Maréchal",
             "Lorenzo Cavadini", "Elena Mariotti", "Michael Adeyemi-Clarke", "Camille Dériaz"}
ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Séverine Python", "severine.python@bluewin.example.ch", "Glossaire PCT",
     "Salut Alex,\n\nje t'ai aussi envoyé une invitation sur LinkedIn, mais au cas où : le lien du glossaire partagé est dans le Drive de l'équipe.\n\nBelle journée,\nSéverine", "fr"),
    ("AIIC Région Suisse", "secretariat@aiic-suisse.example.ch", "Programme de formation continue – automne",
     "Chères et chers collègues,\n\nvous trouverez ci-joint le programme de l'automne. Rejoignez aussi notre groupe LinkedIn pour les annonces de dernière minute.", "fr"),
    ("Lexica Partners Accounts", "accounts@lexica-partners.example.nl", "Remittance advice INV-2291",
     "Dear Alex,\n\nPlease find attached the remittance advice for invoice INV-2291. Our vendor manager Peter may also reach out on LinkedIn about future projects.", "en"),
    ("Etude Dufaux & Associés", "secretariat@dufaux-avocats.example.ch", "Audience des 3 et 4 février – confirmation",
     "Bonjour,\n\nSuite au message de Me Dufaux sur LinkedIn, nous vous confirmons les dates de l'audience et vous ferons parvenir les pièces par courrier sécurisé.", "fr"),
    ("Richard Owusu-Mensah", "r.owusu.mensah@mail.example.com", "Re: translation 46 pages",
     "Dear Alex,\n\nAs I wrote you on LinkedIn, the cheque is on its way. Please confirm once deposited so we can proceed with the refund of the balance.\n\nRichard", "en"),
    ("Banque Cantonale", "noreply@banque.example.ch", "Alerte sécurité : tentatives de fraude",
     "Madame, Monsieur,\n\nnous constatons des tentatives de fraude au chèque visant les indépendants, souvent initiées via LinkedIn. Ne remboursez jamais un trop-perçu.", "fr"),
    ("XING", "mailrobot@xing.example.com", "Sie haben 3 neue Kontaktanfragen",
     "Hallo Alex,\n\nSie haben neue Kontaktanfragen auf XING. Übrigens: Sie können Ihr Profil auch mit LinkedIn verknüpfen.", "de"),
    ("UNOG Conference Services", "conf-services@unog.example.org", "Calendar: Interpreters' briefing – Room XX",
     "Briefing for the French booth, Monday 08:30, Room XX.\n\nPlease do not share meeting documents on LinkedIn or other social networks.", "en"),
    ("Davide Zanetti", "davide.zanetti@interpreti.example.ch", "I: Invito a collegarsi su LinkedIn",
     "Ciao Alex,\n\nti inoltro l'invito che mi è arrivato da un'agenzia, mi sa che l'hanno mandato a tutti noi. Tu che ne pensi?\n\n---------- Messaggio inoltrato ----------\nDa: LinkedIn\nOggetto: Voglio collegarmi\n\nDavide, cerchiamo interpreti per fiere a Milano.", "it"),
    ("Tradukt Marketplace", "jobs@tradukt.example.com", "12 new translation jobs match your profile",
     "Hi Alex,\n\n12 new jobs in FR>EN legal. Tip: link your LinkedIn profile to raise your visibility to outsourcers.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev124. Generated by scripts/make_corpus_dev124.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance conference interpreter and translator in Geneva: fair and exploitative agencies, CAT-tool and AI-translation vendors, "
          "direct clients who buy, peer interpreters, association events with CPD hours, overpayment scammers; Swiss French, Swiss German, "
          "Italian and English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev124", SEED, PEOPLE, FOREIGN, spoofs=11, other=13, header=HEADER, eras=ERAS)
