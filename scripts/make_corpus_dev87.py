#!/usr/bin/env python3
"""Write mailbot's eighty-seventh, independent development corpus: tests/corpus/dev87/*.eml + expected.toml.

The angle: the user Alex is a freelance translator and conference interpreter based in
Brussels, working between English, French, German, Spanish and Italian. Their LinkedIn
world: translation agencies with real projects and rates (good) against "agencies" whose
job ends in a test fee, a registration fee or a paid certification (scams); direct clients
(a law firm needing sworn translations, an event organiser who needs a booth team, a
publisher); CAT-tool, terminology, subtitling and RSI-platform sellers; course sellers and
pricing coaches; peer translators and interpreters passing on work, looking for a booth
partner, sharing glossaries and templates; interpreting and translators' associations with
free CPD afternoons; students of translation and interpreting asking for advice, and some
of them asking to be endorsed back; hostility after an ignored request (an agency owner,
a student, a hardware reseller, an AI-dubbing founder).

Notes are in English, French, German, Spanish and Italian, with Belgian French, Flemish
writers in English, Swiss and Austrian German, Spanish and Italian colleagues.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and searches, the news, group and newsletter titles, the headlines of spoof-only
names and PYMK suggestions, and the pitches that spoofs carry are swapped for the
translation world in this process only (make_corpus.py itself is not changed). Every note
was written from shared/taxonomy.md alone, without reading mailbot's signals, judge or
wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev87.py              # writes tests/corpus/dev87
    python scripts/make_corpus_dev87.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261187

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the translator's world (this process only)
SKILLS = {
    "en": ["Conference Interpreting", "Translation", "Legal Translation", "Terminology", "Simultaneous Interpreting", "Proofreading"],
    "de": ["Konferenzdolmetschen", "Übersetzen", "Juristische Übersetzung", "Terminologie", "Simultandolmetschen"],
    "fr": ["Interprétation de conférence", "Traduction", "Traduction juridique", "Terminologie", "Interprétation simultanée"],
    "es": ["Interpretación de conferencias", "Traducción", "Traducción jurídica", "Terminología", "Interpretación simultánea"],
    "it": ["Interpretariato di conferenza", "Traduzione", "Traduzione giuridica", "Terminologia", "Interpretazione simultanea"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Freelance Translator & Conference Interpreter | EN FR DE ES IT | Brussels",
             "de": "Freiberufliche/r Übersetzer/in & Konferenzdolmetscher/in | EN FR DE ES IT | Brüssel",
             "fr": "Traducteur·rice et interprète de conférence indépendant·e | EN FR DE ES IT | Bruxelles",
             "es": "Traductor/a e intérprete de conferencias autónomo/a | EN FR DE ES IT | Bruselas",
             "it": "Traduttore/traduttrice e interprete di conferenza freelance | EN FR DE ES IT | Bruxelles"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Freelance Legal Translator FR>EN", "Lindqvist Language Services"), ("Konferenzdolmetscher/in Englisch-Deutsch (freiberuflich)", "Messe Rheinland"),
              ("Traducteur juré néerlandais-français", "Tribunal de l'entreprise (pool externe)"), ("Intérprete ES/EN – eventos corporativos", "Congresos Atlántico"),
              ("Traduttore tecnico DE>IT", "Officine Brenta"), ("Remote Interpreter EN/FR – medical", "CareLingo")]
_JOB = {"en": ("{n} new jobs for \"freelance translator\"", "Your job alert for freelance translator in {city}"),
        "de": ("{n} neue Jobs für „Übersetzer freiberuflich“", "Ihr Jobalarm für Übersetzer freiberuflich in {city}"),
        "fr": ("{n} nouvelles offres pour « interprète de conférence »", "Votre alerte emploi pour interprète de conférence à {city}"),
        "es": ("{n} empleos nuevos de «traductor autónomo»", "Tu alerta de empleo de traductor autónomo en {city}"),
        "it": ("{n} nuove offerte per «traduttore freelance»", "Il tuo avviso di lavoro per traduttore freelance a {city}")}
for _l, (_s, _line) in _JOB.items():
    mc.OTHER[_l]["job"] = (_s, _line, mc.OTHER[_l]["job"][2])
_NEWS = {"en": "Will AI voice translation replace the interpreter's booth?", "de": "Ersetzt KI-Sprachausgabe bald die Dolmetschkabine?",
         "fr": "La traduction vocale par IA va-t-elle vider les cabines ?", "es": "¿Vaciará la IA las cabinas de interpretación?",
         "it": "L'IA vocale svuoterà le cabine degli interpreti?"}
_GROUP = {"en": "Top conversations in Freelance Translators & Interpreters", "de": "Top-Unterhaltungen in Übersetzer & Dolmetscher im Netzwerk",
          "fr": "Conversations principales dans Traducteurs et interprètes indépendants", "es": "Conversaciones destacadas en Traductores e Intérpretes Autónomos",
          "it": "Conversazioni principali in Traduttori e Interpreti Freelance"}
_NEWSLETTER = {"en": "The Booth Log: pricing a two-day hybrid meeting", "de": "Aus der Kabine: Wie man hybride Einsätze kalkuliert",
               "fr": "Carnet de cabine : chiffrer une réunion hybride", "es": "Diario de cabina: cómo presupuestar una reunión híbrida",
               "it": "Diario di cabina: il preventivo per una riunione ibrida"}
for _l in _NEWS:
    mc.OTHER[_l]["news"] = (_NEWS[_l], mc.OTHER[_l]["news"][1])
    mc.OTHER[_l]["group"] = (_GROUP[_l], mc.OTHER[_l]["group"][1])
    mc.OTHER[_l]["newsletter"] = (_NEWSLETTER[_l], mc.OTHER[_l]["newsletter"][1])
mc.COMPANIES["good"] = ["Lindqvist Language Services", "Nordlicht Localization", "Cap Congrès", "Studio Galante", "Messe Rheinland", "CareLingo",
                        "Congresos Atlántico", "Officine Brenta"]
mc.COMPANIES["sales"] = ["Lexora CAT", "TermiNube", "Subtitly", "VoiceBridge AI", "KabinenLink", "FluentPath Certification", "LinguaLeads"]
mc.COMPANIES["pretext"] = ["Interpreters' Circle", "Red de Intérpretes en Europa", "TermBooth", "LinguaLeads"]
mc.HEADLINES["good"] = ["Vendor Manager at {co}", "Conference interpreter (AIIC) | EN DE FR", "Traductrice jurée NL-FR", "Project manager, localisation at {co}",
                        "Sworn translator DE/IT", "MA student, conference interpreting", "Events coordinator at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Partnerships at {co}", "Helping translators earn 6 figures | {co}", "Founder @ {co}",
                         "Growth Manager | {co}"]
mc.HEADLINES["pretext"] = ["Community host | Freelance Linguists", "Connecting interpreters across Europe | {co}", "Founder, Translators' Circle"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a client has sent you a purchase order for a 14,200-word translation (EUR 1,846). Sign in within 24 hours to accept it before it is reassigned.",
           "Hello {first}, I shared the signed booking confirmation for the Brussels summit with you. Log in to download it."],
    "de": ["Hallo {first}, ein Auftraggeber hat Ihnen eine Bestellung über 11.300 Wörter gesendet. Melden Sie sich innerhalb von 24 Stunden an, um sie anzunehmen.",
           "Guten Tag {first}, ich habe Ihnen die unterschriebene Einsatzbestätigung freigegeben. Bitte hier anmelden."],
    "fr": ["Bonjour {first}, un client vous a transmis un bon de commande de traduction (9 800 mots). Connectez-vous sous 24 h pour le valider.",
           "Bonjour {first}, je vous ai partagé la confirmation de réservation de la cabine. Identifiez-vous pour la télécharger."],
    "es": ["Hola {first}, un cliente te ha enviado un pedido de traducción de 12.000 palabras. Inicia sesión en 24 horas para aceptarlo.",
           "Hola {first}, te he compartido el contrato de interpretación firmado. Inicia sesión para descargarlo."],
    "it": ["Ciao {first}, un cliente ti ha inviato un ordine di traduzione da 10.500 parole. Accedi entro 24 ore per accettarlo.",
           "Buongiorno {first}, le ho condiviso la conferma dell'incarico in cabina. Acceda per scaricarla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

# ten spoofs that run through every kind of failed authentication, not only look-alike domains
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.google.com", "buried", "display:outlook.com", "wrongpass", "noauth"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Siobhan Kearney", "Vendor Manager | Lindqvist Language Services", "Dublin",
  ("inv", "Hi Alex, we've won a 3-year contract with a patient organisation based in Brussels and need a FR>EN and DE>EN medical translator, "
          "roughly 8-10k words a month. You were recommended by one of our reviewers. Could I send you the brief and our rate sheet?"),
  ("rem",))
P("good_invitation", "fr", "Véronique Dewulf", "Avocate associée | Dewulf & Lambert", "Bruxelles",
  ("inv", "Bonjour, notre cabinet cherche un traducteur juré pour des pièces de procédure vers l'allemand et l'italien, dossier volumineux à partir de mars. "
          "Un confrère m'a donné votre nom. Seriez-vous disponible pour en parler ?"))
P("good_invitation", "de", "Katrin Vollmer", "Konferenzdolmetscherin AIIC | DE A, EN B, FR C", "Berlin",
  ("inv", "Hallo Alex, ich suche für eine zweitägige Sitzung eines Europäischen Betriebsrats in Brüssel (12./13. Mai) noch jemanden für die deutsche Kabine mit Retour. "
          "Honorar nach Tagessatz, Reise zahlt der Kunde. Hätten Sie Zeit?"),
  ("rem",))
P("good_invitation", "es", "Lucía Prieto Arrabal", "Estudiante del Máster en Interpretación de Conferencias | ULL", "San Cristóbal de La Laguna",
  ("inv", "Hola Alex, estoy en el máster de interpretación y me preparo para la prueba de acreditación con inglés y francés como lenguas C. "
          "Leí tu entrevista en el blog de la asociación: ¿te podría hacer un par de preguntas sobre cómo preparaste el examen? Gracias de antemano."))
P("good_invitation", "it", "Francesco Lombardo", "Terminologo | traduzione istituzionale", "Lussemburgo",
  ("inv", "Ciao Alex, sto raccogliendo i glossari dei colleghi freelance sul regolamento IA per farne un'unica base terminologica IT-EN-FR-DE, "
          "gratuita e scaricabile in TBX. Ti va di contribuire, o anche solo di riceverla quando è pronta?"))
P("good_invitation", "fr", "Pieter Claes", "Events Manager | Flanders Tech Summit", "Gent",
  ("inv", "Hello Alex, we're organising a 600-person summit in Ghent on 3-4 October and need simultaneous EN/FR/NL in two rooms. "
          "Our usual agency is fully booked. Could you send us a price for yourself and a booth partner, or point us to colleagues who could?"),
  ("rem",), nl="en")
P("good_invitation", "fr", "Mireille Tshibanda", "Présidente de section | Chambre belge des traducteurs et interprètes", "Bruxelles",
  ("inv", "Bonjour Alex, notre section organise le 22 novembre un après-midi gratuit sur la post-édition et les contrats avec les agences, ouvert aux non-membres. "
          "Les heures sont reconnues pour la formation continue des traducteurs jurés. Au plaisir de vous y voir !"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Heike Brandstätter", "Projektmanagerin | Übersetzungsbüro", "Wien", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Kevin Lambotte", "Traducteur indépendant NL>FR", "Liège", ("inv", DEFAULT))
P("default_invitation", "it", "Roberta Sanna", "Interprete e traduttrice | EN DE > IT", "Cagliari", ("inv", NONOTE))
P("default_invitation", "en", "Ahmed Rafiq", "Localization Project Coordinator", "Cairo", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Dustin Marlowe", "Account Executive | Lexora CAT", "Austin, Texas",
  ("inv", "Hey Alex, five languages means a lot of TMs to juggle! Lexora merges them in the cloud with AI pre-translation built in. "
          "Freelancers get 30% off the Pro plan this month - open to a 15-min walkthrough?"))
P("sales_invitation", "de", "Sven Albrecht", "Gründer | Dolmetsch-Akademie Online", "Köln",
  ("inv", "Hallo Alex, mit unserem 8-Wochen-Kurs „Preise durchsetzen“ haben Teilnehmende ihren Tagessatz im Schnitt um 35 % erhöht. "
          "Der nächste Jahrgang startet am 4. März, Frühbucher zahlen 497 € statt 690 €. Darf ich Ihnen den Lehrplan schicken?"),
  ("rem",))
P("sales_invitation", "es", "Marcos Villalba", "Director Comercial | TermiNube", "Málaga",
  ("inv", "¡Hola Alex! TermiNube es el gestor terminológico que ya usan más de 2.000 traductores autónomos. Te dejo 14 días gratis y luego son 9,90 €/mes. "
          "¿Te agendo una demo rapidita esta semana?"))
P("sales_invitation", "it", "Giorgia Pellegrini", "Recruiting linguisti | Global Verba Translations", "Napoli",
  ("inv", "Buongiorno Alex, cerchiamo traduttori EN>IT per un progetto farmaceutico da 120.000 parole. Per entrare nell'albo fornitori serve il test certificato "
          "(quota di valutazione 45 €, rimborsata al primo incarico). Le interessa?"))
P("sales_invitation", "fr", "Arnaud Verhaegen", "Consultant SEO pour traducteurs | Visibilité Pro", "Namur",
  ("inv", "Bonjour Alex, beau profil, mais vous n'apparaissez pas sur Google quand on tape « interprète Bruxelles ». J'aide les traducteurs indépendants à trouver "
          "des clients directs (site + référencement, forfait dès 1 200 €). On s'appelle 20 minutes ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Rachel Onyango", "Founder | The Booth Collective", "Geneva",
  ("inv", "Hi Alex, I host a small peer circle for conference interpreters working out of Brussels and Geneva - a monthly call, booth tips, "
          "nobody selling anything. Would love your language combination in the group."),
  ("msg", "Lovely to have you on board! Quick heads-up before the next call: the circle now runs inside my Interpreter Business Accelerator "
          "(€149/month, first month €49). Shall I send the sign-up link so you keep your seat?", (4, 12)))
P("bait_and_switch_invitation", "fr", "Bertrand Mahieu", "Directeur | Polyglotte Services", "Lille",
  ("inv", "Bonjour Alex, nous avons un gros dossier de traduction juridique FR>IT et FR>DE qui démarre le mois prochain (environ 40 000 mots) "
          "et votre profil correspond exactement. On se connecte pour en parler ?"),
  ("msg", "Merci d'avoir accepté. Pour vous attribuer le dossier, notre client exige que chaque traducteur passe notre certification en ligne : "
          "le test coûte 65 €, à régler par virement ou PayPal. Dès réception je vous envoie les fichiers."),
  ("msg", "Alex, le client s'impatiente. Sans les 65 € d'ici vendredi, je devrai confier le dossier à quelqu'un d'autre.", (2, 6)))
P("bait_and_switch_invitation", "de", "Julian Sturm", "Terminologie für Dolmetscher | Glossare & Wortlisten", "München",
  ("inv", "Hallo Alex, ich habe ein kostenloses Glossar zur EU-Taxonomie-Verordnung (DE-EN-FR, rund 900 Einträge) zusammengestellt und schicke es "
          "gerade an Kolleginnen und Kollegen in Brüssel. Soll ich es Ihnen auch schicken?"),
  ("msg", "Schön, dass wir jetzt vernetzt sind! Das Glossar gehört übrigens zu TermBooth Premium: Mit einem Zugang für 19 € im Monat bekommen Sie es sofort, "
          "dazu 40 weitere Fachglossare. Hier geht's zur Anmeldung: termbooth.example/pro", (3, 9)))
P("bait_and_switch_invitation", "es", "Rocío Almansa", "Coordinadora | Red de Intérpretes Hispanohablantes en Europa", "Madrid",
  ("inv", "Hola Alex, estamos formando una red de intérpretes de español que trabajan en Bruselas y Estrasburgo para pasarnos encargos y cubrirnos "
          "en vacaciones. ¿Te sumas?"),
  ("msg", "¡Bienvenido/a a la red! Te cuento cómo funciona: para salir en el directorio y recibir encargos hay una cuota de alta de 120 € y luego 25 € al mes. "
          "Te paso el formulario de pago."),
  ("msg", "Hola Alex, ¿pudiste mirar lo de la cuota? Esta semana tengo dos encargos en Estrasburgo que solo puedo ofrecer a los miembros al corriente de pago.", (4, 10)))
P("bait_and_switch_invitation", "it", "Davide Orsenigo", "Traduttore EN/DE>IT | Mentor per freelance", "Como",
  ("inv", "Ciao Alex, anch'io lavoro da inglese e tedesco verso l'italiano. Domanda da collega: come gestisci i clienti diretti che in Belgio ti chiedono "
          "la traduzione giurata? Ci sto sbattendo la testa da settimane."),
  ("msg", "Grazie ancora per la risposta, chiarissima! Ti dico la verità: sto lanciando un percorso di mentoring per traduttori che vogliono passare ai clienti diretti, "
          "6 sessioni a 890 €. Con la tua esperienza potresti fare il salto di tariffa in un trimestre. Ti mando la brochure?", (6, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Gareth Pruitt", "Talent Acquisition | GlobeVox Language Solutions", "Manchester",
  ("inm", "Remote interpreting roster - EN/FR/ES", "Hi Alex, we're building a remote simultaneous interpreting roster for a large pharma client and your profile stood out. "
          "Long-term, steady bookings, mostly mornings CET. Would you like to be considered?"),
  ("inm", "Next steps - onboarding", "Thanks for getting back to me! To activate your profile, every interpreter completes our RSI certification (platform training and assessment). "
          "It's a one-off €180, and once that's paid we schedule your first assignments. Payment link below."))
P("bait_and_switch_inmail", "de", "Dr. Helga Fromm", "Herausgeberin | Fachverlag für Sprachmittlung", "Stuttgart",
  ("inm", "Beitrag für unser Jahrbuch?", "Sehr geehrte/r Alex Morgan, für das Jahrbuch Dolmetschen 2026 suchen wir einen Erfahrungsbericht aus der Brüsseler Praxis "
          "(ca. 10 Seiten). Hätten Sie Interesse, als Autor/in dabei zu sein? Mit freundlichen Grüßen, Helga Fromm"),
  ("inm", "Jahrbuch Dolmetschen – Ihr Beitrag", "Sehr geehrte/r Alex Morgan, vielen Dank für Ihre Zusage! Wie bei allen Autorinnen und Autoren fällt eine "
          "Druckkostenbeteiligung von 350 € an, dafür erhalten Sie fünf Belegexemplare. Bitte überweisen Sie den Betrag bis zum 15. auf das unten genannte Konto.", (6, 14)))
P("bait_and_switch_inmail", "it", "Sabrina Caputo", "HR | Verbo Globale srl", "Roma",
  ("inm", "Collaborazione interpretariato fiere", "Buongiorno Alex, per la stagione fieristica tra Milano e Bologna cerchiamo interpreti con tedesco e spagnolo. "
          "Compensi interessanti e continuità per tutto l'anno. Possiamo sentirci?"),
  ("inm", "Re: Collaborazione interpretariato fiere", "Gentile Alex, grazie per la disponibilità! Per l'inserimento nel database interpreti è previsto il kit di accreditamento "
          "(badge, corso sicurezza, polizza) a 95 €. Le giro l'IBAN, appena ricevuto il bonifico la mettiamo in calendario."),
  ("inm", "Kit accreditamento", "Alex, mi serve la ricevuta del bonifico entro giovedì, altrimenti i turni di marzo vanno ad altri colleghi.", (3, 8)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Nadia Petrenko", "Freelance Translator UK/RU>EN | Subtitler", "Kraków",
  ("end",),
  ("msg", "Hi Alex! Just endorsed you for {skill}, well deserved :) Would you mind returning the favour for Russian to English Translation and Subtitling? "
          "I'm rebuilding my profile after a long maternity break. Thanks a ton!"))
P("endorse_me_back", "fr", "Loïc Vandamme", "Étudiant en master de traduction | ISTI Bruxelles", "Bruxelles",
  ("end",), ("end",),
  ("msg", "Salut Alex ! Je t'ai recommandé en {skill} et pour deux autres compétences. Tu pourrais me recommander en Traduction juridique et Néerlandais ? "
          "Je postule pour un stage à la Commission et il paraît que ça compte. Merci beaucoup !!"))
P("endorse_me_back", "de", "Marion Eichhorn", "Übersetzerin | Patente & Technik | EN FR > DE", "Dresden",
  ("end",),
  ("msg", "Liebe/r Alex, ich habe Sie gerade für {skill} bestätigt. Könnten Sie im Gegenzug meine Kenntnisse in Patentübersetzung bestätigen? "
          "Eine Hand wäscht die andere 😉"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brandon Kessler", "Founder | VoiceBridge AI Dubbing", "Toronto",
  ("inv", "Alex, AI dubbing is eating the interpreting market. Get ahead of it: resell VoiceBridge voices to your own clients for 20% commission. Quick chat this week?"),
  ("rem",),
  ("inm", "Seriously?", "Reached out twice, nothing. Typical interpreter arrogance, honestly. You people will be replaced within two years and you'll wish you'd "
          "picked up the phone when someone tried to help. Good luck with that."))
P("hostility_after_decline", "it", "Claudio Ferretti", "Titolare | Agenzia Traduzioni Ferretti", "Bari",
  ("inv", "Buongiorno, sono il titolare di un'agenzia di traduzioni a Bari, mi farebbe piacere averla tra i miei contatti."),
  ("inm", "Mah", "Vedo che non ha accettato il mio collegamento. Complimenti per la puzza sotto il naso, a Bruxelles vi sentite tutti diplomatici. "
          "Non si preoccupi, di interpreti più educati ne trovo quanti ne voglio."))
P("hostility_after_decline", "es", "Jaime Ordóñez", "Estudiante de Traducción e Interpretación | UGR", "Granada",
  ("inv", "Hola Alex, soy estudiante de cuarto de TeI y me encantaría saber cómo empezaste como intérprete en Bruselas. ¿Tendrías 10 minutos para una videollamada algún día?"),
  ("rem",),
  ("inm", "Gracias por nada", "Te escribí con toda la educación del mundo y ni me contestas. Luego los intérpretes consagrados se quejan de que no hay relevo. "
          "Qué poca vergüenza, de verdad."))
P("hostility_after_decline", "fr", "Patrice Demoulin", "Formateur | Coaching pour traducteurs indépendants", "Charleroi",
  ("inv", NONOTE),
  ("inm", "Trois semaines", "Bonjour, trois semaines que ma demande attend. Ça prend deux secondes de cliquer sur « accepter », vous savez. "
          "C'est ce genre d'attitude hautaine qui donne une mauvaise image de toute la profession. Bonne continuation.", (20, 30)))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Rüdiger Hanke", "Vertrieb | Hanke Konferenztechnik – Kabinen & Verleih", "Bonn",
  ("msg", "Hallo Alex, für Ihre Einsätze: Wir vermieten mobile Dolmetschkabinen nach ISO 4043 inkl. Techniker, ab 690 € pro Tag. "
          "Soll ich Ihnen ein Angebot für Ihre nächsten Kunden zusammenstellen?"),
  ("msg", "Eine Zeile „kein Bedarf“ nach meinem ausführlichen Angebot, ernsthaft? Bei so einer Haltung brauchen sich Freiberufler nicht wundern, "
          "wenn sie keiner weiterempfiehlt. Ich werde mir Ihren Namen merken.", (3, 9)))
P("hostility_connection", "en", "Colin Fairbairn", "Director | Precision Transcreation Ltd", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. We're growing our transcreation pool - it works as a premium listing: £39 a month puts your profile in front of "
          "300+ agencies. Shall I sign you up today?"),
  ("msg", "Wow. I offer you a genuine opportunity and you call it a 'pay-to-work scheme'? That's insulting, frankly. No wonder so many freelancers "
          "can't find work with that attitude.", (2, 5)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Sandrine Collard", "Responsable commerciale | Sous-titrage Express", "Lyon",
  ("msg", "Bonjour Alex, nous lançons une offre de sous-titrage automatique relu par nos équipes pour les traducteurs qui veulent sous-traiter la partie technique : "
          "2 € la minute. Un essai gratuit vous tenterait ?"),
  ("msg", "Je me permets de revenir vers vous : l'offre de lancement à -40 % se termine le 31. Je vous réserve un créneau de démo ?"),
  ("msg", "Dernier rappel Alex, après je ne vous embête plus 🙂 Le tarif de lancement tombe vendredi.", (5, 12)))
P("connection_only_pitches", "en", "Priyanka Desai", "Partnerships | WordWell Academy", "London",
  ("msg", "Hi Alex! Enrolment just opened for our Medical Translation Masterclass: 12 modules, certificate included, £349 (early bird £279). "
          "Thought of you given your language pairs!"),
  ("msg", "Hey Alex, last 5 early-bird seats. Want me to hold one for you?"))
P("connection_only_pitches", "es", "Enrique Salcedo", "Asesoría para autónomos españoles en Bélgica", "Bruselas",
  ("msg", "Hola Alex, veo que facturas a clientes de varios países. ¿Tienes bien resuelto el IVA intracomunitario y el listado de clientes? "
          "Te llevamos toda la contabilidad en español por 59 € al mes."),
  ("msg", "Te escribo otra vez por si se te pasó: si te das de alta antes del día 20, el primer trimestre te sale gratis."),
  ("msg", "Alex, última semana de la promo. ¿Te llamo el martes y lo dejamos cerrado?", (4, 10)))


# =============================================================== single_pitch
P("single_pitch", "it", "Serena Marchesi", "Business Developer | Subtitly", "Torino",
  ("msg", "Ciao Alex, ti scrivo perché Subtitly ha appena lanciato il piano per freelance: editor di sottotitoli nel browser, export in tutti i formati, "
          "12 € al mese. Se vuoi ti attivo un mese di prova, fammi sapere!"))
P("single_pitch", "de", "Oliver Strunz", "Versicherungsmakler für Freiberufler | Sprachberufe", "Aachen",
  ("msg", "Hallo Alex, als freiberufliche/r Übersetzer/in haften Sie persönlich für Fehler in Ihren Übersetzungen. Ich vermittle eine Vermögensschadenhaftpflicht "
          "speziell für Sprachberufe, ab 14 € im Monat. Darf ich Ihnen ein unverbindliches Angebot erstellen?"))
P("single_pitch", "en", "Hamish Lockhart", "Founder | BoothBuddy", "Edinburgh",
  ("msg", "Hey Alex, long time! We've just launched BoothBuddy - it syncs your bookings across agencies, sends the invoices and counts your booth days for you. "
          "£8/month for solo interpreters. Fancy a quick demo next week?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Anne-Sophie Renard", "Interprète de conférence | FR A, EN B, ES C", "Genève",
  ("msg", "Coucou Alex, je suis clouée au lit avec une angine et j'ai un comité d'entreprise européen jeudi et vendredi à Bruxelles, cabine FR avec retour EN. "
          "Le client est charmant et paie rubis sur l'ongle. Je peux te proposer pour me remplacer ?"),
  ("msg", "Merci mille fois ! Je t'envoie ce soir le dossier de préparation et mon glossaire Excel, ça te fera gagner un temps fou.", (0, 1)))
P("connection_brings_value", "it", "Marta Zanetti", "Traduttrice giurata | DE>IT | Alto Adige", "Bolzano",
  ("end",),
  ("msg", "Ciao Alex, ti giro il glossario condiviso sui contratti di locazione commerciale tedesco-italiano, aggiornato con le sentenze 2024. "
          "Usalo pure come vuoi, e se trovi errori dimmelo che lo sistemo!"))
P("connection_brings_value", "en", "Eoin Gallagher", "Staff Interpreter | EN booth", "Brussels",
  ("msg", "Alex - heads-up: the interpreting service is running a free Spanish retour refresher next month for freelancers on the accredited list. "
          "Sign-up closes Friday. I can forward you the circular if it didn't reach you."))
P("connection_brings_value", "de", "Lena Baumgartner", "Übersetzerin & Lektorin | Medizin und Pharma", "Freiburg im Breisgau",
  ("msg", "Hallo Alex, ich ersticke gerade in Arbeit: Ein Pharmakunde braucht bis Monatsende 12 Packungsbeilagen EN>DE lektoriert, 6 Cent pro Wort. "
          "Ich habe dich als Vertretung vorgeschlagen, die Projektmanagerin meldet sich bei dir. Passt das?"),
  ("msg", "Die Kundin war begeistert von deinem Lektorat! Sie hat gefragt, ob du auch ins Italienische lektorierst, ich habe ihr deine Adresse gegeben.", (20, 40)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Tomasz Wójcik", "Senior Vendor Manager | Nordlicht Localization", "Warsaw",
  ("inm", "FR<>EN legal translator, ongoing", "Hi Alex, we're expanding the legal team for a fund administrator in Luxembourg: FR<>EN and DE>FR, about 15k words a month, "
          "€0.12-0.14 per word depending on the domain, paid 30 days from invoice. Would you be open to a call this week? Best, Tomasz"))
P("stranger_inmail_recruiter", "fr", "Camille Jaspers", "Cheffe de projet | Cap Congrès", "Strasbourg",
  ("inm", "Interprétation simultanée – Forum de l'Eurométropole", "Bonjour Alex, nous organisons le Forum de l'Eurométropole à Strasbourg les 17 et 18 juin "
          "et cherchons une équipe pour les cabines allemande et anglaise. Journée au tarif habituel du marché, déplacement et hôtel pris en charge. "
          "Seriez-vous disponible ? Je vous envoie le programme si oui."))
P("stranger_inmail_recruiter", "es", "Begoña Urrutia", "Talent Acquisition | Naviera Cantábrica", "Santander",
  ("inm", "Responsable de traducción – Bruselas", "Hola Alex, buscamos un/a responsable de traducción (ES/EN/FR/DE) para nuestra oficina de Bruselas. Contrato indefinido, "
          "dos días de teletrabajo, banda salarial 58-65k. Tu perfil encaja muy bien. ¿Te apetece que lo hablemos?"))
P("stranger_inmail_recruiter", "it", "Pietro Galante", "Project Manager | Studio Galante traduzioni tecniche", "Modena",
  ("inm", "Manuale mietitrebbia DE>IT", "Buongiorno Alex, abbiamo da tradurre dal tedesco il manuale d'uso di una mietitrebbia, circa 28.000 parole, "
          "con memoria di traduzione fornita da noi. Consegna in 4 settimane, tariffa da concordare. Le mando un estratto per valutare?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chad Whitley", "Head of Growth | FluentPath Certification", "Miami",
  ("inm", "Get certified, get paid more", "Hi Alex, agencies increasingly shortlist certified linguists only. Our FluentPath Pro credential is 100% online, "
          "takes 3 weeks and costs $299 (code BRUSSELS for 15% off). Can I reserve your seat in the March cohort?"),
  ("inm", "Your seat in the March cohort", "Quick reminder, Alex: the BRUSSELS code expires Sunday night."))
P("stranger_inmail_sales", "fr", "Yassine Berrada", "Recrutement traducteurs | Transling International", "Casablanca",
  ("inm", "Mission urgente 25 000 mots", "Bonjour, nous avons une mission urgente de 25 000 mots anglais > français, très bien rémunérée. Pour valider votre inscription "
          "dans notre réseau, des frais de dossier de 39 € sont à régler par carte cadeau ou virement. Merci de répondre au plus vite."))
P("stranger_inmail_sales", "de", "Benedikt Karg", "Key Account | Tonwerk Führungsanlagen", "Nürnberg",
  ("inm", "Dolmetschkoffer im Mietkauf", "Guten Tag, unsere Personenführungsanlagen gibt es jetzt im Mietkauf für Freiberufler: 20 Empfänger plus Koffer für 89 € im Monat. "
          "Hätten Sie nächste Woche 15 Minuten für ein Telefonat?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Álvaro Castellví", "Traductor jurado inglés-español | Formador", "Valencia",
  ("inv", "Hola Alex, comparto gratis mi plantilla de presupuesto y condiciones generales para traductores jurados, revisada por una abogada. "
          "Si te sirve, acepta y te la paso por aquí."),
  ("msg", "Aquí la tienes: docs.example/plantilla-jurados. Adáptala a la normativa belga, claro. Cualquier duda me dices."),
  ("msg", "¿Qué tal, Alex? Oye, el mes que viene abro mi curso «Traducción jurada rentable» (390 €). Como ya conoces mis plantillas, te hago un 20 % de descuento. ¿Te apunto?", (15, 40)))
P("good_turns_ugly", "de", "Ingrid Solberg", "Conference Interpreter | NO A, EN B, DE C", "Oslo",
  ("inv", "Hi Alex, we shared the English booth at the Oslo energy conference last spring. I put together the terminology from that week "
          "(offshore wind, grid, hydrogen) - want it?"),
  ("msg", "Here's the glossary, enjoy! I added a few terms from the follow-up event too."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} the other day. Would you mind endorsing me for Conference Interpreting and Norwegian? "
          "I'm trying to get more visibility with agencies."), nl="en")
P("good_turns_ugly", "it", "Valentina Ruggeri", "Interprete e logopedista | voce professionale", "Trento",
  ("inv", "Ciao Alex! Organizziamo un webinar gratuito su interpretazione da remoto e affaticamento vocale con una logopedista, giovedì 14 alle 18. "
          "Vuoi che ti mandi il link?"),
  ("msg", "Ecco il link per giovedì, e ti allego anche le slide dell'incontro precedente. A presto!"),
  ("msg", "Ciao Alex, felice che il webinar ti sia piaciuto! Ora parte il percorso completo «Voce professionale per interpreti», 8 incontri a 420 €. "
          "Posti limitati, ti tengo un posto?", (10, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Marcus Thorne", "Business Development | LinguaLeads", "Bristol",
  ("inm", "More direct clients in 2025?", "Hi Alex, we generate warm leads from law firms and pharma companies for freelance translators. €250 a month, "
          "cancel anytime. Worth a 10-minute call?"),
  ("inv", "Hi Alex, loved your post about interpreting at asylum hearings, really thoughtful stuff. Would be great to connect."))
P("reinvite_known_bad", "fr", "Élise Warnotte", "Chargée de clientèle | Traduction Express Belgique", "Wavre",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, on s'est croisés au salon Expolangues l'an dernier, ravie de garder le contact !"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Frank Mertens", "Inhaber | Übersetzungsagentur Mertens", "Düsseldorf",
  ("inv", "Hallo Alex, wir suchen Übersetzer für Italienisch und Spanisch. Vernetzen?"),
  ("inm", "Keine Antwort?", "Anscheinend ist es unter Ihrer Würde, auf eine Anfrage zu reagieren. Merken Sie sich: Auftraggeber vergessen nicht, "
          "wer sie so behandelt hat."),
  ("inv", "Guten Tag Alex, neues Projekt, neue Chance. Ich würde mich gern mit Ihnen vernetzen."))
P("reinvite_known_ugly", "en", "Kofi Asante", "Pricing coach for interpreters", "Accra",
  ("inm", "Free webinar: day rates after Covid", "Hi Alex, I'm running a free 45-minute webinar for conference interpreters on setting day rates "
          "in the hybrid era. Can I save you a spot?"),
  ("inm", "Your spot + something for attendees", "Thanks for registering! As an attendee you can join the Interpreter Pricing Lab, my 6-week programme, "
          "for €590 instead of €790. Enrolment closes Friday.", (5, 10)),
  ("inv", "Hi Alex, hope all is well on your side! Let's connect here too."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Grégory Lenoir", "Fondateur | TradOptim – facturation pour traducteurs", "Bruxelles",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Puisqu'on s'est croisés à la soirée de la Chambre, je me permets : TradOptim gère devis, factures et relances "
          "pour traducteurs, avec export pour votre comptable. 30 jours gratuits puis 12 € par mois. Je vous crée un accès ?"))
P("user_invited_pitch_once", "es", "Nerea Goikoetxea", "Directora de Ventas | Lingüística Dinámica", "Bilbao",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te cuento que además de agencia vendemos licencias de nuestra memoria de traducción en la nube a precio de socio, "
          "180 € al año. ¿Te interesaría probarla?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Ludovica Bassi", "Docente di dizione e public speaking", "Firenze",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Lavoro con tanti interpreti sulla voce in cabina: il mio corso online di dizione e respirazione costa 290 €, "
          "ti mando il programma?"),
  ("msg", "Ciao Alex, ho aperto l'edizione di ottobre con il 15 % di sconto per chi si iscrive entro domenica. Ti riservo un posto?"))
P("user_invited_pitch_twice", "de", "Tobias Lindner", "Account Manager | KabinenLink", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Vernetzung nach dem Verbandsabend! Kurz zu KabinenLink: Sie können Ihre Kunden über unsere RSI-Plattform laufen lassen, "
          "9 % Provision pro Einsatz. Soll ich Ihnen einen Demo-Termin einstellen?"),
  ("msg", "Hallo Alex, ich hake nochmal nach: Ab nächstem Monat steigt die Provision auf 12 %. Wer jetzt unterschreibt, behält die 9 %."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Harriet Doyle", "Senior Translator | EN/FR/ES | Geneva", "Geneva",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! As promised at the conference, here's the link to our terminology notes from the climate finance negotiations (EN/FR/ES). "
          "And if you're ever in Geneva, the freelance crowd has lunch every first Tuesday. Come along."))
P("user_invited_value", "fr", "Olivier Maréchal", "Interprète & formateur | Master en interprétation, UMONS", "Mons",
  ("acc",),
  ("msg", "Merci pour la mise en relation ! Comme promis : nous cherchons des interprètes en exercice pour le jury des examens de fin de master en juin, "
          "demi-journée rémunérée 250 €. Si ça vous dit, je vous inscris sur la liste."))
P("user_invited_value", "it", "Chiara Montanari", "Traduttrice editoriale | EN/DE > IT", "Bologna",
  ("acc",),
  ("msg", "Grazie per avermi aggiunta! Come dicevamo, ti passo il contatto della redattrice di una casa editrice milanese che cerca traduttori dal tedesco "
          "per una collana di saggistica: le ho già parlato di te, aspetta una tua mail."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Ignacio Bermúdez", "Intérprete jurado de inglés y francés", "Sevilla", ("acc",))
P("acceptance_only", "de", "Sabine Kröger", "Terminologin | EU-Institutionen", "Luxemburg", ("acc",))
P("lone_endorsement", "it", "Federica Rinaldi", "Studentessa LM Interpretariato | Forlì", "Forlì", ("end",))
P("lone_endorsement", "en", "Owen Price", "Project Manager | localisation", "Cardiff", ("end",))



# =============================================================== more Spanish and Italian voices
P("good_invitation", "es", "Marina Echeverría", "Directora de Exportación | Bodegas Valdeherrán", "Logroño",
  ("inv", "Hola Alex, somos una bodega familiar de La Rioja y queremos traducir la web y las fichas de cata al francés, alemán e italiano (unas 9.000 palabras). "
          "Una clienta belga nos habló de ti. ¿Podrías pasarnos presupuesto y plazos?"),
  ("rem",))
P("default_invitation", "es", "Daniela Ruiz Ocampo", "Traductora | Inglés > Español", "Medellín", ("inv", DEFAULT))
P("connection_brings_value", "es", "Xavier Puigdomènech", "Intérprete de conferencias | ES A, CA A, EN C, FR C", "Barcelona",
  ("msg", "Ei Alex! Te paso la carpeta compartida con los glosarios que hicimos para las reuniones de la presidencia española: agricultura, pesca y energía, "
          "en ES/EN/FR. Están un poco desordenados pero dan el pego."),
  ("msg", "Por cierto, el 7 de marzo hacemos en Barcelona una sesión de práctica de simultánea entre colegas, sin coste, con discursos reales. Si te pilla cerca, vente.", (10, 30)))
P("endorse_me_back", "it", "Alessio Bernardi", "Neolaureato in Traduzione specializzata | EN FR > IT", "Trieste",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho confermato {skill} e Traduzione tecnica 🙂 Mi faresti la cortesia di ricambiare su Localizzazione e Sottotitolaggio? "
          "Sto cercando i primi clienti e il profilo è ancora vuotissimo."))

# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Katrin Vollmer", "k.vollmer@dolmetschen-berlin.example", "Kabine 12./13. Mai – Brüssel",
     "Hallo Alex,\n\nich habe Ihnen auch auf LinkedIn geschrieben, aber per Mail geht es schneller: Sind Sie am 12. und 13. Mai frei? "
     "Der Kunde bräuchte bis Freitag eine Zusage.\n\nViele Grüße\nKatrin", "de"),
    ("Chambre belge des traducteurs", "info@cbti-bkvt.example", "Alerte arnaques : fausses agences et « frais de test »",
     "Chers membres,\n\nplusieurs collègues ont reçu sur LinkedIn des offres de « missions » conditionnées au paiement d'un test ou de frais de dossier. "
     "Une agence sérieuse ne vous demandera jamais de payer pour travailler.\n\nLe secrétariat", "fr"),
    ("Dewulf & Lambert", "secretariat@dewulf-lambert.example", "Pièces à traduire – dossier 2025/118",
     "Madame, Monsieur,\n\nsuite au message de Maître Dewulf sur LinkedIn, vous trouverez en pièce jointe la liste des pièces à traduire. "
     "Merci de nous indiquer votre délai.\n\nLe secrétariat", "fr"),
    ("Pablo Menéndez", "pablo.menendez@example.net", "Fwd: I want to connect",
     "Alex, mira esto: la misma «agencia» que te escribió a ti me pide 65 € para un test. Ni caso, ¿no?\n\n"
     "---------- Forwarded message ---------\nFrom: Bertrand Mahieu via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Bonjour, nous avons un gros dossier de traduction juridique...", "es"),
    ("Translating Europe Forum", "events@tef-forum.example", "Your badge for the Translating Europe Forum",
     "Dear Alex,\n\nyour registration is confirmed. Bring this badge to the entrance. Tag us on LinkedIn with #TEF2025!", "en"),
    ("Lexora CAT", "news@lexora-cat.example", "What's new in Lexora 9",
     "Hi there,\n\nLexora 9 is here: QA profiles, better segmentation, and one-click TM merge. Follow us on LinkedIn for tips.\n\nUnsubscribe: https://lexora-cat.example/u", "en"),
    ("Chiara Montanari", "chiara.montanari@example.net", "Contatto casa editrice",
     "Ciao Alex,\n\nti ho scritto anche su LinkedIn: la redattrice si chiama Paola, ti inoltro la sua mail qui sotto. In bocca al lupo!\n\nChiara", "it"),
    ("Universidad de La Laguna", "master.interpretacion@ull.example", "Jornada de puertas abiertas del Máster",
     "Estimados/as colegas:\n\nos invitamos a la jornada de puertas abiertas del Máster en Interpretación de Conferencias. Seguidnos en LinkedIn para más novedades.", "es"),
    ("BDÜ Landesverband", "lv@bdue-nrw.example", "Fortbildung: Dolmetschen bei Gericht",
     "Liebe Kolleginnen und Kollegen,\n\ndie Fortbildung findet am 8. März in Köln statt. Fotos der letzten Veranstaltung finden Sie auf unserer LinkedIn-Seite.", "de"),
    ("Compta Freelance", "hello@compta-freelance.example", "Votre déclaration TVA du trimestre",
     "Bonjour Alex,\n\nnous avons préparé votre déclaration TVA. Petit rappel : vos factures émises via LinkedIn ProFinder doivent aussi être jointes.", "fr"),
    ("Anne-Sophie Renard", "as.renard@interpretes-geneve.example", "Dossier CEE jeudi",
     "Alex,\n\nvoilà le dossier et mon glossaire (je t'ai aussi laissé un mot sur LinkedIn). Le contact sur place s'appelle Marc. Merci encore !\n\nAS", "fr"),
]


# ------------------------------------------------------------------------- checks on the notes
for _p in PEOPLE:
    for _step in _p[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_p[2], len(_step[1]))


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot eighty-seventh development corpus (dev87). Generated by scripts/make_corpus_dev87.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance translator and conference interpreter in Brussels: agencies with real work against test-fee scams, direct clients, "
          "CAT-tool and course sellers, peer translators and interpreters, associations, event organisers, students. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev87", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
