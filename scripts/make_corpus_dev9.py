#!/usr/bin/env python3
"""Write mailbot's ninth, independent development corpus: tests/corpus/dev9/*.eml + expected.toml.

The angle: the hard borderline, written honestly.

- Good notes that look commercial on the surface: a peer who works at a vendor and asks
  a real peer question, a founder who runs a free meetup with no sponsor, recruiters
  (agency, in-house, a hiring manager) with a concrete role, an author who gives a
  chapter away, a company that shows only in the signature, an introduction that names
  a product in passing.
- Bad notes that look friendly: a pitch framed as a question ("how are you handling X
  today?"), as a compliment, as a "quick favour", as market research, as "feedback on
  our beta", a survey with a gift card, a podcast guest spot that is paid, a "free
  audit", a free webinar that is a product demo.
- Ugly: bait and switch with long gaps and a soft switch ("unrelated, but…"), hostility
  that is sarcastic, guilt-tripping or threatens to "remember this", endorse-me-back
  asked indirectly ("you know how endorsements work 😉"), people who start good and turn
  ugly months later.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

The story runner picks each person's layout era at random (a third 2016). dev9 wants
more 2016 layout, so people may name their era (era="2016" or "cur") and the runner's
era coin is forced for them; everything else is the shared runner, unchanged.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev9.py              # writes tests/corpus/dev9
    python scripts/make_corpus_dev9.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260911

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE  # noqa: E402

PEOPLE: list[tuple] = []
ERA: dict[str, str] = {}
_add = cs.adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None, era: str | None = None) -> None:
    """corpus_stories.adder() plus an optional layout era ("2016" or "cur") for the person."""
    for s in steps:
        if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
            # LinkedIn caps an invitation note at 300 characters; keep the notes real.
            assert len(s[1]) <= 300, (name, len(s[1]))
    if era:
        ERA[name] = era
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
# Good notes that look commercial on the surface.
P("good_invitation", "en", "Priya Nair", "Solutions Engineer at a planning software vendor | ex-Controller", "Reading",
  ("inv", "Hi Alex, I do work for a software vendor, but this is a personal question: how did you get sales to own their own forecast "
          "after you moved to rolling forecasts? I was a controller for 8 years and never cracked it. Happy to share what failed for us."),
  ("rem",), era="2016")
P("good_invitation", "de", "Jonas Krämer", "Gründer & CEO bei Belegfix | organisiert den FinOps-Stammtisch Hamburg", "Hamburg",
  ("inv", "Hallo Alex, ich organisiere nebenbei den FinOps-Stammtisch Hamburg: einmal im Monat, Kneipe, jeder zahlt sein Bier, keine Sponsoren "
          "und keine Anbietervorträge (auch nicht von meiner Firma). Nächstes Treffen am 12.10. Hätte Sie gern dabei!"))
P("good_invitation", "fr", "Sophie Lemaire", "Consultante recrutement Finance & Comptabilité | Cabinet Alcéa", "Lille",
  ("inv", "Bonjour Alex, je recrute pour un groupe agroalimentaire lillois un Responsable contrôle de gestion (CDI, 75-85 k€, 2 j de télétravail, "
          "équipe de 4). Votre parcours industriel colle bien. Intéressé ? Sinon pas de souci, je ne relancerai pas."),
  ("rem",), era="2016")
P("good_invitation", "es", "Rafael Ortiz Cano", "Director financiero | Autor de «Tesorería sin miedo»", "Valencia",
  ("inv", "Hola Alex, acabo de publicar un libro sobre tesorería para pymes. El capítulo de previsión a 13 semanas lo regalo en PDF, "
          "sin pedir email ni nada. Vi tu comentario sobre el tema en el grupo de AECA y creo que te puede servir. Te lo paso si conectamos."),
  ("rem",))
P("good_invitation", "it", "Chiara Lombardi", "Business Analyst presso TeamSystem", "Padova",
  ("inv", "Ciao Alex, sto preparando l'esame CMA parte 2 e ho visto che l'hai superato l'anno scorso. Mi diresti su quali argomenti hai "
          "insistito di più? Anche due righe mi aiutano tanto. Grazie! — Chiara | Business Analyst @ TeamSystem"), era="2016")
P("good_invitation", "en", "Hannah Oduya", "Head of Group Reporting | Calder Foods", "Manchester",
  ("inv", "Hi Alex, Marcus Reid (we were at KPMG together) said I should talk to you. We moved our consolidation from Excel to OneStream last "
          "year and he says you're about to do the same. Glad to share what we'd do differently. No agenda."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "it", "Davide Rinaldi", "Consulente | Finanza agevolata e bandi", "Brescia", ("inv", DEFAULT), ("rem",), era="2016")
P("default_invitation", "fr", "Julien Marchand", "Responsable commercial | Solutions de paiement", "Nantes", ("inv", NONOTE), ("rem",))
P("default_invitation", "es", "Lucía Navarro", "Estudiante de ADE | Universidad de Sevilla", "Sevilla", ("inv", DEFAULT), era="2016")


# =============================================================== sales_invitation
# Pitches in friendly clothes.
P("sales_invitation", "de", "Kyle Brennan", "Account Executive DACH | Spendly – spend management for mid-market", "Berlin",
  ("inv", "Hi Alex, curious: how are you handling employee expense approvals today? Most controllers I talk to are still chasing receipts "
          "by email. Would love to compare notes and show you what we see working at similar companies."), nl="en", era="2016")
P("sales_invitation", "de", "Sabine Vogt", "Partnerin | Vogt & Kollegen Steuerberatung", "Düsseldorf",
  ("inv", "Hallo Alex, Ihr Beitrag zur Grundsteuerreform war der klarste, den ich bisher gelesen habe. Chapeau! Genau solche Unternehmen "
          "begleiten wir bei der Umstellung. Darf ich Ihnen in 20 Minuten zeigen, wie wir das für einen Ihrer Wettbewerber gelöst haben?"),
  ("rem",))
P("sales_invitation", "fr", "Mehdi Benali", "Fondateur | AuditFlash, audit des frais bancaires", "Marseille",
  ("inv", "Bonjour Alex, un petit service à vous demander : on offre en ce moment un audit gratuit des frais bancaires aux PME (15 % "
          "d'économies en moyenne, rémunération au succès ensuite). Je vous envoie le questionnaire de 5 minutes ?"),
  ("rem",), era="2016")
P("sales_invitation", "es", "Marina Costa Ruiz", "Head of Growth | Cobralia, cobros automatizados", "Barcelona",
  ("inv", "Hola Alex, estoy haciendo un pequeño estudio de mercado sobre cómo gestionan los cobros los equipos financieros en España. "
          "¿15 minutos esta semana? Al final te enseño cómo lo resolvemos en Cobralia, por si te encaja."))
P("sales_invitation", "it", "Paolo Galli", "Co-founder | Quadra (beta privata)", "Torino",
  ("inv", "Ciao Alex, stiamo aprendo la beta di Quadra, riconciliazione bancaria automatica, a 20 CFO selezionati. Mi piacerebbe un tuo "
          "feedback: 30 minuti in cui te la mostro e mi dici cosa non va. Chi entra in beta ha il primo anno a metà prezzo."))


# =============================================================== bait_and_switch_invitation
# Long gaps, soft switches.
P("bait_and_switch_invitation", "en", "Graham Whitlock", "Chartered Financial Planner | Treasurer, Midlands Finance Leaders Circle", "Birmingham",
  ("inv", "Hi Alex, I help run the Midlands Finance Leaders Circle, a small group of FDs and controllers who meet for breakfast once a "
          "quarter to swap notes. No speakers, no sponsors. Would be good to have you in the network."),
  ("msg", "Alex, hope Q3 treated you well. Breakfast is on 14 November at the usual place if you fancy it. Unrelated, but since a few "
          "members have asked lately: I also look after pensions and personal investments for finance directors. If a second pair of "
          "eyes on yours would ever be useful, just say the word. No pressure at all.", (75, 120)), era="2016")
P("bait_and_switch_invitation", "de", "Frank Overbeck", "Vorstand | Controller-Netzwerk Ruhr e.V.", "Essen",
  ("inv", "Hallo Alex, wir sind ein kleiner Kreis von Controllern im Ruhrgebiet: Austausch auf Augenhöhe, zweimal im Jahr ein Treffen, "
          "ausdrücklich keine Verkaufsveranstaltung. Lust, sich zu vernetzen?"),
  ("msg", "Hallo Alex, schön, dass Sie dabei sind! Eine Sache noch, ganz unverbindlich: Hauptberuflich bin ich Versicherungsmakler und habe "
          "für Führungskräfte im Finanzbereich ein wirklich gutes BU-Konzept. Wenn Sie mögen, schicke ich Ihnen einen Vergleich zu Ihrer "
          "jetzigen Absicherung.", (40, 90)),
  ("msg", "Kurze Erinnerung wegen des BU-Vergleichs: Donnerstag 15 Uhr hätte ich noch einen Termin frei, dauert keine halbe Stunde.", (8, 15)))
P("bait_and_switch_invitation", "fr", "Isabelle Garnier", "Animatrice de la communauté « Femmes & Finance »", "Bordeaux",
  ("inv", "Bonjour Alex, j'anime une communauté de directeurs et directrices financiers qui partagent leurs retours d'expérience. "
          "Gratuit, bienveillant, une rencontre par trimestre. Ravie de vous y accueillir !"),
  ("msg", "Bonjour Alex, j'espère que vous allez bien. Je ne sais pas si je vous l'avais dit : je suis aussi conseillère en gestion de "
          "patrimoine. Plusieurs membres m'ont demandé un bilan de leur situation ; si cela vous tente, je vous l'offre, on en parle autour "
          "d'un café ?", (90, 150)), era="2016")
P("bait_and_switch_invitation", "es", "Jorge Salvatierra", "Controller | Moderador del grupo «Controllers de habla hispana»", "Zaragoza",
  ("inv", "Hola Alex, una pregunta de colega: ¿cómo conseguís cerrar el mes en menos de 5 días? Nosotros tardamos 9 y no veo por dónde "
          "recortar. Cualquier pista se agradece."),
  ("msg", "Gracias por la respuesta, Alex, lo de las conciliaciones diarias me ha abierto los ojos. Te debo una.", (5, 12)),
  ("msg", "Alex, retomo lo del cierre: desde hace unos meses colaboro con una consultora que implanta exactamente eso, cierre en 4 días, "
          "y me llevo una comisión si sale algo, no te lo voy a esconder. ¿Te cuadra una llamada con ellos el jueves? Yo os presento.", (60, 100)))
P("bait_and_switch_invitation", "it", "Roberto Fabbri", "Mentor per giovani CFO | Fondatore di CFO Lab", "Rimini",
  ("inv", "Ciao Alex, ho preparato una checklist gratuita per la chiusura di bilancio, 40 punti che uso da vent'anni. La regalo a chi si "
          "collega, senza strani moduli da compilare. Te la mando volentieri."),
  ("msg", "Ecco la checklist, Alex! Fammi sapere se ti è utile o se manca qualcosa.", (2, 6)),
  ("msg", "Ciao Alex, ti scrivo perché a gennaio parte la nuova edizione del mio percorso di mentoring per CFO: 6 incontri, 1.200 €, posti "
          "limitati. Ho pensato a te visto che la checklist ti era piaciuta. Ti tengo un posto?", (120, 200)), era="2016")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Nadia Fleming", "Host, The Numbers People podcast", "Bristol",
  ("inm", "Guest invite: The Numbers People", "Hi Alex, I host a small podcast for finance leaders (about 6k listeners a month). I loved your post "
          "on zero-based budgeting and would like to have you on as a guest. 40 minutes, recorded remotely, whenever suits you. Up for it?"),
  ("inm", "Podcast: next steps", "Great to hear you're interested, Alex! Quick note on logistics: guest episodes are part of our featured "
          "package, a one-time production contribution of $750 that includes three clips for your own LinkedIn. I'll send over the invoice "
          "and the booking link today.", (3, 8)))
P("bait_and_switch_inmail", "de", "Ulrich Sander", "Studienleiter | Benchmark Finanzfunktion 2017", "Stuttgart",
  ("inm", "Benchmark-Studie Finanzfunktion", "Guten Tag Alex, wir führen eine unabhängige Benchmark-Studie zur Effizienz von Finanzabteilungen "
          "im Mittelstand durch. Alle Teilnehmer erhalten den Ergebnisbericht kostenlos. Hätten Sie 10 Minuten für den Fragebogen?"),
  ("inm", "Ihr Benchmark-Ergebnis", "Guten Tag Alex, vielen Dank für Ihre Teilnahme! Ihr Ergebnis zeigt deutliches Potenzial in der "
          "Kreditorenbuchhaltung. Unsere Beratung hat genau dafür ein Festpreisprojekt entwickelt. Darf ich Ihnen das Angebot in einem "
          "30-minütigen Termin vorstellen?", (10, 20)), era="2016")
P("bait_and_switch_inmail", "it", "Serena Marchetti", "Community manager | Direttori finanziari del Nord-Est", "Treviso",
  ("inm", "Invito al gruppo", "Ciao Alex, stiamo mettendo in piedi un gruppo WhatsApp di direttori finanziari del Nord-Est per scambiarci "
          "contatti di fornitori affidabili e consigli. Nessun costo, nessuna pubblicità. Ti aggiungo?"),
  ("inm", "Una cosa in più", "Ciao Alex, benvenuto nel gruppo! Già che ci sono: come consulente assicurativa seguo diversi colleghi per la "
          "polizza D&O personale, che molti CFO non sanno di non avere. Se vuoi ti preparo un preventivo senza impegno.", (15, 30)),
  ("inm", "Preventivo D&O", "Ciao Alex, ti avevo scritto del preventivo D&O: ho ancora due slot questa settimana per una chiamata.", (7, 12)))


# =============================================================== endorse_me_back
# Asked indirectly.
P("endorse_me_back", "en", "Darren Pike", "FP&A Consultant | Business Development", "Leeds",
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} the other day, well deserved. You know how endorsements work 😉 Trying to build up my "
          "profile for Financial Modelling, if you get a sec."))
P("endorse_me_back", "es", "Carlos Medina", "Analista financiero senior", "Málaga",
  ("end",), ("end", (15, 40)),
  ("msg", "Hola Alex, ya te he validado un par de aptitudes, entre ellas {skill}. No es por nada, pero devolver el favor estaría bien, "
          "jeje. Sobre todo «Análisis financiero», que es la que más me miran los reclutadores."), era="2016")
P("endorse_me_back", "fr", "Thomas Roussel", "Contrôleur de gestion | en recherche de poste", "Toulouse",
  ("end",),
  ("msg", "Salut Alex ! Je t'ai recommandé pour {skill}, c'était mérité. Si jamais tu as deux secondes, un petit retour d'ascenseur sur "
          "« Contrôle de gestion » me rendrait bien service pour ma recherche de poste 🙂"))
P("endorse_me_back", "it", "Alessia Conti", "Credit Manager | Gruppo industriale", "Modena",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato la competenza {skill} 👍 Tra colleghi ci si dà una mano, no? Se ti va di ricambiare su "
          "«Budgeting» mi fai un piacere."), era="2016")
P("endorse_me_back", "de", "Markus Feld", "Senior Controller | Automotive", "Ingolstadt",
  ("end",), ("end", (3, 10)),
  ("msg", "Hallo Alex, hab Sie neulich für {skill} bestätigt, ganz ehrlich gemeint. Eine Hand wäscht die andere, wie man so schön sagt 😉"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Trevor Banks", "Independent Consultant | Growth & Turnaround", "Croydon",
  ("inv", "Alex, I'd like to add you to my professional network."),
  ("rem",),
  ("inm", "Your invitation", "Wow. Must be nice to be so important that clicking 'accept' is beneath you. I'll be sure to remember the "
          "name. Good luck, Alex."), era="2016")
P("hostility_after_decline", "de", "Claudia Behrens", "Bilanzbuchhalterin | auf der Suche nach neuen Aufgaben", "Münster",
  ("inv", "Hallo Alex, wir haben beide in Münster studiert, über eine Vernetzung würde ich mich freuen."),
  ("inm", "Schade", "Hallo Alex, ich bin seit acht Monaten ohne Stelle und habe Sie nur um eine Vernetzung gebeten. Dass Sie nicht einmal "
          "das übrig haben, sagt eigentlich alles. Vielleicht sitzen Sie ja auch mal auf der anderen Seite, dann denken Sie hoffentlich daran."))
P("hostility_after_decline", "fr", "Laurent Dufresne", "Directeur associé | Conseil en organisation", "Lyon",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Sans réponse", "Trois semaines sans réponse à une simple invitation. Je m'en souviendrai le jour où vous chercherez un poste, "
          "le milieu de la finance lyonnaise est petit, vous savez."), era="2016")
P("hostility_after_decline", "es", "Esteban Ruiz", "Ejecutivo de cuentas | Factoring y confirming", "Madrid",
  ("inv", "Hola Alex, me encantaría conectar contigo y contarte cómo ayudamos a las empresas a cobrar antes con nuestro factoring."),
  ("rem",),
  ("inm", "¿En serio?", "Vaya, veo que estás demasiado ocupado para contestar. Tranquilo, ya sé que los directores financieros sois una "
          "especie superior. Un saludo, y suerte."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Giorgio Ferri", "Consulente | Ottimizzazione contratti di leasing", "Verona",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex. Ti propongo un check-up gratuito dei contratti di leasing della tua azienda: troviamo quasi "
          "sempre un 10% di risparmio. Quando possiamo sentirci?"),
  ("msg", "Ho visto che hai letto il messaggio e non hai risposto. Complimenti per l'educazione. Tranquillo, non ti disturbo più... "
          "ma me ne ricorderò.", (7, 14)))
P("hostility_connection", "en", "Leon Carter", "Director | Interim Finance Staffing", "London",
  ("msg", "Alex, saw you're hiring in finance. We place interim accountants within 48 hours, fee only on success. Want me to send over "
          "three CVs this afternoon?"),
  ("msg", "Hi Alex, following up on the CVs. Two of them are only available until Friday.", (4, 8)),
  ("msg", "Third message, no reply. I guess common courtesy went out with the fax machine. Noted, Alex.", (6, 12)), era="2016")
P("hostility_connection", "es", "Beatriz Lozano", "Asesora comercial | Renting de flotas", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Te escribo porque estamos ayudando a empresas como la tuya a reducir el coste de su flota un 20% "
          "con renting. ¿Te envío una propuesta?"),
  ("msg", "Alex, entiendo que no te interese, pero un simple «no, gracias» no cuesta nada. Yo también tengo objetivos que cumplir y una "
          "familia que mantener. Un poco de empatía, por favor.", (10, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Owen Garside", "Founder | Finance Voices podcast & media", "London",
  ("msg", "Hi Alex, we're recording season 3 of Finance Voices and I'd love you as a guest. Featured guests cover a production contribution "
          "of £600, which includes the edit, a promo video and a carousel for your profile. Shall I pencil you in for October?"),
  ("msg", "Alex, only a few slots left for season 3! The £600 package now also includes a transcript for your blog. Let me know.", (6, 12)),
  nl="en")
P("connection_only_pitches", "de", "Nicole Hartmann", "Senior Sales Manager | Reconix Kontenabstimmung", "München",
  ("msg", "Hallo Alex, am Donnerstag veranstalten wir ein kostenloses Webinar „Kontenabstimmung in 10 Minuten“, in dem wir live zeigen, "
          "wie Reconix Ihre Abstimmung automatisiert. Im Anschluss gibt es individuelle Beratungstermine. Soll ich Sie eintragen?"),
  ("msg", "Hallo Alex, falls Donnerstag nicht gepasst hat: Ich kann Ihnen Reconix auch gern in 20 Minuten persönlich zeigen. Wann passt es Ihnen?"),
  ("msg", "Hallo Alex, noch eine Idee: Für eine kurze Umfrage zur Kontenabstimmung (5 Minuten) bekommen Sie einen 50-€-Gutschein, und auf "
          "Wunsch zeige ich Ihnen danach, wie Reconix bei den typischen Engpässen hilft."), era="2016")
P("connection_only_pitches", "fr", "Antoine Mercier", "Directeur commercial | Affacturage pour PME", "Rennes",
  ("msg", "Bonjour Alex, question rapide : comment gérez-vous aujourd'hui les retards de paiement de vos clients ? Beaucoup de DAF que je "
          "rencontre y passent un temps fou. On a peut-être une solution, un échange de 15 minutes ?"),
  ("msg", "Alex, je me permets de revenir vers vous : nous pouvons financer vos factures sous 24 h, sans engagement de volume. Je vous "
          "envoie une simulation ?", (7, 15)))


# =============================================================== single_pitch
P("single_pitch", "it", "Federica Sala", "Sales Manager | Software di budgeting", "Bergamo",
  ("msg", "Ciao Alex, complimenti per la promozione! Un traguardo meritatissimo. Ora che il team lo guidi tu, ti andrebbe di vedere come il "
          "nostro software di budgeting può alleggerirvi la chiusura? Ti lascio il link per prenotare una demo quando vuoi."))
P("single_pitch", "es", "Pablo Herrera", "Research & Marketing | TesoTech", "Bilbao",
  ("msg", "Hola Alex, estamos haciendo una encuesta a directores financieros sobre herramientas de tesorería. Son 7 minutos y te enviamos "
          "una tarjeta regalo de 50 €. Al terminar, uno de nuestros consultores te llamará para comentar tus resultados y ver si TesoTech "
          "encaja. ¿Te paso el enlace?"), era="2016")
P("single_pitch", "en", "Rachel Kim", "Enterprise AE | InvoiceIQ", "Dublin",
  ("msg", "Hi Alex, quick favour? Could you point me to whoever owns AP automation at your company? We've just helped two of your "
          "competitors halve their invoice processing time and I think there's a real fit. Thanks a million!"))


P("single_pitch", "fr", "Benoît Arnaud", "Producteur | Podcast « Les Coulisses de la Finance »", "Paris",
  ("msg", "Bonjour Alex, je produis un podcast sur les métiers de la finance et j'aimerais beaucoup vous recevoir ! Pour votre information, "
          "les épisodes « invité » sont sponsorisés par l'invité (890 € HT), ce qui nous permet de rester indépendants. Intéressé ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Katrin Wolf", "Product Managerin bei Diamant Software | ICV-Mitglied", "Bielefeld",
  ("end",),
  ("msg", "Hallo Alex, wie beim Arbeitskreis besprochen: Hier ist unsere Excel-Vorlage für die 13-Wochen-Liquiditätsplanung. Die ist nicht "
          "von meiner Firma, sondern aus meiner Zeit als Controllerin, gern weitergeben. Bei Fragen einfach melden."),
  ("msg", "Übrigens: Der ICV-Arbeitskreis am 3. März ist offen für Gäste, kostenlos, es gibt 4 CPE-Stunden. Bringen Sie gern jemanden aus "
          "Ihrem Team mit.", (20, 40)))
P("connection_brings_value", "en", "Ben Adeyemi", "Financial Controller | ACCA member", "Nottingham",
  ("msg", "Alex, thought of you when I saw this: ACCA is running a free CPD evening on IFRS 16 next Tuesday, counts for 2 units. The link's in "
          "the events section of the Midlands ACCA page."),
  ("msg", "Also, the controller role at my old firm is open again and they asked me for names. Want me to pass yours on? No pressure "
          "either way, I just think you'd be good at it.", (30, 60)), era="2016")
P("connection_brings_value", "fr", "Élodie Perrin", "DAF adjointe | Groupe Saveol", "Angers",
  ("msg", "Bonjour Alex, comme promis au petit-déjeuner DFCG, voici notre retour d'expérience sur le passage à la facture électronique "
          "(les slides de notre comité de pilotage, anonymisées). Si ça peut vous éviter nos erreurs ! Belle journée, Élodie — DAF adjointe, "
          "Groupe Saveol"))


P("connection_brings_value", "es", "Diego Fuentes", "Responsable de tesorería | Solaria Energía", "Madrid",
  ("end",),
  ("msg", "Hola Alex, te paso el enlace a la sesión gratuita del Club de Tesoreros sobre pooling de caja (jueves 18:00, online). Yo "
          "presento nuestro caso, con números reales. No vendemos nada, ¡somos una eléctrica!", (10, 30)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Stefan Lorenz", "Senior Consultant Finance | Personalberatung Lorenz & Kamp", "Stuttgart",
  ("inm", "Leitung Controlling (m/w/d) – Maschinenbau, Raum Stuttgart",
   "Guten Tag Alex, für einen inhabergeführten Maschinenbauer (ca. 900 Mitarbeitende) suche ich eine Leitung Controlling mit Führung von "
   "5 Personen. Gehaltsrahmen 95–110 T€ plus Dienstwagen, 2 Tage mobil. Ihr Profil passt sehr gut. Darf ich Ihnen die Stellenbeschreibung "
   "schicken? Falls es gerade nicht passt, freue ich mich auch über ein kurzes Nein."), era="2016")
P("stranger_inmail_recruiter", "es", "Ana Beltrán", "Talent Acquisition Partner en Grupo Alvea", "Zaragoza",
  ("inm", "Controller financiero – Zaragoza (puesto interno)",
   "Hola Alex, soy de selección interna de Grupo Alvea (no somos agencia). Buscamos un/a controller financiero para la planta de Zaragoza: "
   "reporte al CFO, consolidación de 3 filiales, 55–65 k€ y dos días de teletrabajo. ¿Te apetece una llamada de 20 minutos para contarte más?"))
P("stranger_inmail_recruiter", "it", "Luca Moretti", "CFO presso Vetreria Padana", "Mantova",
  ("inm", "Cerco un FP&A manager per il mio team",
   "Ciao Alex, sono il CFO di Vetreria Padana e sto cercando personalmente un FP&A manager, senza agenzie di mezzo. Team di 3 persone, "
   "sede a Mantova, RAL 60-70k. Ho letto i tuoi post sui forecast rolling e mi piacerebbe fare due chiacchiere, anche solo per capire "
   "se ti incuriosisce."))


P("stranger_inmail_recruiter", "en", "Megan Walsh", "Principal Consultant | Walsh Finance Search", "Manchester",
  ("inm", "Interim Financial Controller, 9 months, Manchester",
   "Hi Alex, I'm recruiting for a 9-month interim Financial Controller at a housing association in Manchester (maternity cover, "
   "£450-500/day, 3 days on site). They need someone who has run a year-end audit, which your profile says you have. Any interest? "
   "If not, no hard feelings, and I won't keep chasing."),
  ("inm", "Re: Interim Financial Controller", "Thanks for the quick reply, Alex. Here's the spec as promised, plus the name of the CFO "
          "you'd report to so you can look her up. Let me know if you want me to put you forward.", (2, 5)))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Hale", "Partner | FinEdge Advisory", "London",
  ("inm", "A free close-process health check for your team",
   "Hi Alex, we're offering a complimentary month-end close health check to ten mid-size companies this quarter. One call, and you get a "
   "scored report; if there's a fit we'll scope an improvement project together. Shall I hold a slot for you?"), era="2016")
P("stranger_inmail_sales", "it", "Marco Tosi", "Head of Partnerships | TesoPlus", "Roma",
  ("inm", "Webinar gratuito: la tesoreria del futuro",
   "Ciao Alex, giovedì alle 11 teniamo un webinar gratuito sulla tesoreria digitale. In 40 minuti vedrai dal vivo come la piattaforma "
   "TesoPlus automatizza previsioni e pagamenti; a fine sessione un nostro consulente ti contatta per attivare la prova. Ti iscrivo?"),
  ("inm", "Registrazione del webinar", "Ciao Alex, ti sei perso il webinar? Ti mando la registrazione e, se vuoi, fissiamo una demo "
          "personalizzata per il tuo team.", (5, 10)))
P("stranger_inmail_sales", "fr", "Camille Roche", "Chargée d'études | Finexa Solutions", "Paris",
  ("inm", "Étude : la fonction finance en 2017",
   "Bonjour Alex, nous menons une étude sur la digitalisation des directions financières. Accepteriez-vous un entretien de 20 minutes ? "
   "En retour, nous vous présenterons les résultats ainsi que notre solution de pilotage, qui répond à la plupart des points soulevés."),
  era="2016")


# =============================================================== good_turns_ugly
# Good for months, then the turn.
P("good_turns_ugly", "en", "Fiona McAllister", "Finance Director | ICAS volunteer", "Glasgow",
  ("inv", "Hi Alex, I'm organising the ICAS Glasgow CPD evening on lease accounting: free, 2 CPD hours, sandwiches included. "
          "Would you like an invite? Happy to connect either way."),
  ("msg", "Here's the registration link for the CPD evening, hope to see you there! The slides will be shared afterwards too.", (8, 20)),
  ("msg", "Hi Alex, long time! I've gone independent and now offer outsourced finance director services to growing businesses. Would "
          "you be open to a call about how I could support your board reporting? My day rate is very competitive.", (150, 240)))
P("good_turns_ugly", "de", "Tobias Reuter", "Controller | SAP S/4HANA Projekte", "Mannheim",
  ("inv", "Hallo Alex, kurze Frage unter Kollegen: Wie haben Sie bei der S/4-Umstellung die Altdaten in der Ergebnisrechnung gelöst? "
          "Wir stehen gerade genau davor."),
  ("msg", "Vielen Dank für die ausführliche Antwort! Im Gegenzug hier unsere Checkliste für die Datenmigration, vielleicht hilft sie "
          "Ihnen beim nächsten Werk.", (4, 10)),
  ("end", (60, 120)),
  ("msg", "Hallo Alex, lange nichts gehört! Ich habe Sie übrigens für {skill} bestätigt. Falls Sie mal eine Minute haben: ein kleines "
          "Gegen-Endorsement für „SAP S/4HANA“ wäre nett, ich bewerbe mich gerade. Sie wissen ja, wie das läuft.", (2, 6)), era="2016")
P("good_turns_ugly", "es", "Marta Iglesias", "Directora financiera | Vocal de la Asociación de Tesoreros", "Sevilla",
  ("inv", "Hola Alex, organizo una jornada gratuita de la Asociación de Tesoreros en Sevilla el 20 de mayo sobre gestión del riesgo de "
          "tipo de cambio. ¿Te apetece venir? Conectamos y te paso el programa."),
  ("msg", "¡Aquí tienes el programa, Alex! Si no puedes venir, grabaremos las ponencias y te las mando.", (3, 9)),
  ("msg", "Hola Alex, espero que todo vaya bien. Te cuento que he empezado a colaborar con una aseguradora y tenemos un seguro de vida "
          "para directivos con condiciones muy buenas. ¿Hablamos 10 minutos cuando puedas?", (120, 200)))
P("good_turns_ugly", "it", "Valentina Greco", "CFA | Coordinatrice gruppo di studio CFA Milano", "Milano",
  ("inv", "Ciao Alex, coordino un gruppo di studio gratuito per il CFA livello II, ci vediamo il giovedì sera. Ho visto che ti interessa: "
          "ti va di unirti?"),
  ("msg", "Ciao Alex, ecco il calendario del gruppo e il drive con gli appunti. Benvenuto!", (4, 10)),
  ("msg", "Ciao Alex, da settembre lancio un corso di preparazione al CFA livello III, 890 €. Per chi viene dal gruppo c'è il 10% di sconto. "
          "Ti prenoto un posto?", (100, 160)),
  ("msg", "Va bene, ho capito: le cose gratis ti vanno bene, il resto no. Bel modo di fare rete, complimenti.", (6, 12)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Nicolas Faure", "Associé | Cabinet d'optimisation fiscale", "Bordeaux",
  ("inv", "Bonjour Alex, notre cabinet accompagne les DAF dans l'optimisation de leur fiscalité. Je serais ravi de vous présenter notre offre."),
  ("inv", "Bonjour Alex, je fais partie du club des DAF de Bordeaux et j'aimerais simplement échanger avec vous entre pairs.", (150, 240)),
  era="2016")
P("reinvite_known_bad", "en", "Ryan Cole", "Head of Sales | Boardly", "Edinburgh",
  ("inm", "Quick question about your board packs", "Hi Alex, how are you handling board reporting today? Most finance teams we talk to "
          "lose three days a month on decks. Boardly cuts that to an afternoon. Worth a 15 minute look?"),
  ("inv", "Hi Alex, loved your comment on the CFO Leadership post last week, would be great to connect.", (100, 200)))
P("reinvite_known_bad", "de", "Jana Kühn", "Key Account Managerin | Lohnbuchhaltung as a Service", "Leipzig",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, ich organisiere ein kostenloses Controller-Frühstück in Leipzig und würde Sie gern einladen.", (90, 200)),
  ("rem",))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Iván Castro", "Consultor independiente | Gestión de riesgos", "Bilbao",
  ("inv", "Hola Alex, ¿conectamos?"),
  ("inm", "Sin respuesta", "Veo que no aceptas. Tú te lo pierdes, pero que sepas que de buena educación es contestar. Ya nos cruzaremos."),
  ("inv", "Hola Alex, empecemos de cero: organizo un desayuno gratuito para financieros en Bilbao el mes que viene, ¿te apuntas?", (120, 200)))
P("reinvite_known_ugly", "it", "Simone Bruno", "Formatore IFRS | Consulente", "Firenze",
  ("inm", "Gruppo di studio IFRS 16", "Ciao Alex, sto formando un piccolo gruppo di studio online sull'IFRS 16, gratuito, un'ora ogni due "
          "settimane. Ti andrebbe di partecipare?"),
  ("inm", "Proposta per la tua azienda", "Ciao Alex, visto l'interesse per il gruppo, ti propongo la mia consulenza per l'applicazione "
          "dell'IFRS 16 in azienda: pacchetto da 5 giornate, prezzo riservato ai partecipanti. Ne parliamo?", (10, 25)),
  ("inv", "Ciao Alex, mi farebbe piacere averti nella mia rete.", (90, 150)), era="2016")
P("reinvite_known_ugly", "en", "Gareth Price", "Founder | Price Growth Partners", "Cardiff",
  ("inm", "Manners", "Alex, I sent you a thoughtful note two weeks ago and got nothing back. I'm sure you're very busy being important. "
          "Someone in your position should know better."),
  ("inv", "Hi Alex, water under the bridge? I'd still like to connect, I think we have a lot in common.", (90, 180)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Florian Maier", "Business Development | Reisekosten-Software", "Nürnberg",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Kurze Frage aus Neugier: Wie handhaben Sie aktuell die Reisekostenabrechnung? Wir sehen oft, dass "
          "Controlling-Teams dabei Tage verlieren. Hätten Sie Lust auf einen kurzen Austausch, in dem ich Ihnen zeige, wie wir das lösen?"))
P("user_invited_pitch_once", "fr", "Aurélie Blanc", "Customer Success | Reportiq", "Strasbourg",
  ("acc",),
  ("msg", "Merci d'avoir accepté, Alex ! Petite faveur : pourriez-vous répondre à notre questionnaire sur les outils de reporting ? "
          "5 minutes, avec une carte cadeau de 30 € à la clé. Notre équipe vous recontactera ensuite pour vous présenter la plateforme."))
P("user_invited_pitch_once", "en", "Simon Hurst", "Co-founder | LedgerLens", "Cambridge",
  ("acc",),
  ("msg", "Thanks for connecting Alex. We're launching the beta of LedgerLens next month and looking for controllers to give feedback. "
          "I'd walk you through it in a 30 min session, and early adopters get 40% off the first year if they like it."), era="2016")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Matteo Carli", "Account Executive | Piattaforma di spesa aziendale", "Bologna",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Ho letto il tuo articolo sulle note spese, davvero brillante. Proprio per questo credo che la "
          "nostra piattaforma ti piacerebbe: 20 minuti di demo la prossima settimana?"),
  ("msg", "Ciao Alex, torno alla carica: questo mese chi attiva la piattaforma ha tre mesi gratis. Ti mando il link per la demo?", (6, 14)),
  era="2016")
P("user_invited_pitch_twice", "es", "Sergio Domínguez", "Director de eventos | CFO Summit Madrid", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Me encantaría contar contigo como ponente en el CFO Summit Madrid. El paquete de ponente es de "
          "1.200 € e incluye entrada VIP, vídeo de tu ponencia y presencia en la web. ¿Te reservo hueco?"),
  ("msg", "Hola Alex, quedan dos huecos de ponente para el Summit. Si te animas esta semana te hago un 15% de descuento.", (7, 14)))
P("user_invited_pitch_twice", "en", "Laura Jennings", "Relationship Manager | Corporate FX", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Curious, how are you managing FX exposure on your US revenue today? Happy to run a free "
          "analysis of what you paid in spreads last year."),
  ("msg", "Hi Alex, following up: our hedging desk could save you a meaningful amount on spreads. 15 minutes this week?", (5, 10)),
  ("msg", "Alex, last one from me on this, promise: the free spread analysis offer stands until month end.", (8, 15)))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Pierre Vasseur", "Consultant avant-vente | éditeur de logiciels financiers", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Je travaille chez un éditeur, mais rassurez-vous, rien à vendre : voici le modèle Excel de "
          "suivi du BFR dont je parlais à la conférence. Utilisez-le librement, il ne dépend d'aucun outil."))
P("user_invited_value", "es", "Cristina Vidal", "Controller | Mentora en AECA", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por la invitación! Te paso el contacto de la persona que lleva el programa de mentoring de AECA; es gratuito y "
          "encaja con lo que comentabas sobre tu equipo junior."), era="2016")
P("user_invited_value", "de", "Oliver Schenk", "Senior Manager | Finance Transformation, Beratungshaus", "Frankfurt am Main",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie versprochen: Unser Arbeitskreis „Digitalisierung im Rechnungswesen“ trifft sich am 8. Juni "
          "online, kostenlos. Ich arbeite zwar bei einem Beratungshaus, aber der Kreis ist herstellerneutral und werbefrei. Sie sind "
          "herzlich willkommen."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Elisa Fontana", "Responsabile amministrativa | PMI tessile", "Prato", ("acc",))
P("acceptance_only", "en", "Martin Doyle", "Group Accountant", "Belfast", ("acc",), era="2016")
P("lone_endorsement", "fr", "Hugo Lefebvre", "Analyste financier", "Nantes", ("end",), era="2016")
P("lone_endorsement", "es", "Nuria Campos", "Técnica de contabilidad", "Granada", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Marcus Reid", "marcus.reid@example.co.uk", "Intro: Hannah Oduya",
     "Hi Alex,\n\nI've told Hannah Oduya to find you on LinkedIn. She did the OneStream move at Calder last year and is refreshingly honest "
     "about what went wrong. Worth an hour before you sign anything.\n\nMarcus", "en"),
    ("FinOps Stammtisch Hamburg", "no-reply@meetup.example", "Neues Treffen: FinOps-Stammtisch im Oktober",
     "Hallo Alex,\n\nder nächste Stammtisch ist am 12.10. ab 19 Uhr. Keine Anmeldung nötig. Fotos vom letzten Mal gibt es auf unserer "
     "LinkedIn-Seite.", "de"),
    ("Finance Voices", "billing@financevoices.example", "Invoice FV-2231: featured guest package",
     "Dear Alex,\n\nplease find attached invoice FV-2231 for the featured guest package (£600) as discussed on LinkedIn. Payment is due "
     "within 14 days.\n\nFinance Voices Media", "en"),
    ("DFCG Pays de la Loire", "contact@dfcg-pdl.example.org", "Petit-déjeuner DFCG : la facture électronique",
     "Bonjour,\n\nle prochain petit-déjeuner aura lieu le 9 octobre à Angers. Entrée libre pour les adhérents. Retrouvez les supports "
     "sur notre page LinkedIn.", "fr"),
    ("Colegio de Economistas", "formacion@economistas.example.es", "Jornada gratuita: cierre contable ágil",
     "Estimado/a colegiado/a:\n\nle invitamos a la jornada gratuita del 4 de noviembre. Computa 3 horas de formación continua. "
     "Síguenos en LinkedIn para conocer próximas actividades.", "es"),
    ("Giulia Pace", "giulia.pace@azienda.example.it", "Giorgio Ferri",
     "Ciao Alex,\n\nma quel Giorgio Ferri dei leasing ha scritto anche a te su LinkedIn? A me ha mandato un messaggio piuttosto "
     "sgradevole dopo che non gli ho risposto. Io l'ho rimosso.\n\nGiulia", "it"),
    ("Kalender", "calendar-noreply@example.de", "Einladung: Controller-Frühstück Leipzig",
     "Sie wurden zu „Controller-Frühstück Leipzig“ eingeladen (Einladung über LinkedIn). Annehmen, ablehnen oder vorläufig "
     "zusagen.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot ninth development corpus (dev9). Generated by scripts/make_corpus_dev9.py (seed {SEED}); do not edit by hand.",
          "# The hard borderline, written honestly: good notes that look commercial, pitches that look friendly, soft switches, "
          "indirect endorse-back, sarcastic and guilt-tripping hostility. Same format as tests/corpus/dev."]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev9")
    args = ap.parse_args()
    c = cs.EraStories(SEED, PEOPLE, FOREIGN, ERA)
    c.make_people()
    # dev9's own spread of spoof methods, instead of the first n of make_corpus's list (all look-alike domains).
    mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                        "display:outlook.com", "buried", "nodkim", "lookalike:linkedin.com.secure-notify.example", "wrongpass"]
    c.make_spoofs(10)
    c.make_other(10)
    c.make_foreign()
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("eras (people):", dict(sorted(Counter(p.era for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
