#!/usr/bin/env python3
"""Write mailbot's nineteenth, independent development corpus: tests/corpus/dev19/*.eml + expected.toml.

The angle: the mobile, short-message inbox. Almost every note and message is short (3 to
25 words) and typed on a phone: fragments, no greeting or only "Hi"/"Hola"/"Ciao",
abbreviations ("u", "thx", "pls", "x", "q", "tbh"), emoji, voice-to-text slips ("demo
next weak?", "sea you there"), a link pasted with one word, four-word questions ("demo
next week?", "¿te interesa?", "Interesse an einem Call?"), terse hostility ("wow. rude.",
"sympa de répondre 🙄", "vabbè, che maleducato"), terse endorse-back asks ("endorsed u,
return pls?"), terse value ("free CPE webinar Thu, want the link?", "¿te paso el contacto
del auditor?", "Stelle als CFO bei uns, Interesse?") and the same scenarios as every
corpus: bait and switch, re-invites, connections who only pitch, user-invited people who
pitch once or twice, recruiters, strangers' InMails.

The user, Alex, is a finance leader, as in the default machinery. LinkedIn's wording is
en/de/fr/es/it in roughly equal shares; a few people type in another of these languages
than their LinkedIn wording (nl=).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev19.py              # writes tests/corpus/dev19
    python scripts/make_corpus_dev19.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260719

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Priya Nair", "Audit Manager | IIA chapter volunteer", "Leicester",
  ("inv", "free CPE webinar Thu on SOX walkthroughs, want the link?"),
  ("rem",))
P("good_invitation", "de", "Jonas Reiter", "Leiter Konzernrechnungswesen", "Nürnberg",
  ("inv", "Hi Alex, IFRS-Stammtisch in Nbg am 12., kostenlos, komm gern vorbei 🍻"))
P("good_invitation", "fr", "Camille Rousseau", "DAF adjointe | DFCG Grand Ouest", "Rennes",
  ("inv", "Bonjour, petit-déj DFCG gratuit mardi à Rennes sur la clôture, ça vous dit ?"),
  ("rem",))
P("good_invitation", "es", "Marta Iglesias", "Controller | Grupo industrial", "Bilbao",
  ("inv", "Hola Alex, vi q cambiáis de auditor. ¿te paso el contacto del nuestro? muy buenos"))
P("good_invitation", "it", "Davide Rinaldi", "CFO | ANDAF Veneto", "Treviso",
  ("inv", "Ciao Alex, domanda da collega: come gestite il rolling budget? noi in crisi 😅 due righe?"))


# =============================================================== default_invitation
P("default_invitation", "de", "Marvin Kühn", "Sales Executive", "Hannover", ("inv", NONOTE), ("rem",))
P("default_invitation", "fr", "Lucas Gauthier", "Chargé d'affaires", "Toulouse", ("inv", DEFAULT))
P("default_invitation", "es", "Rubén Castillo", "Emprendedor | Inversor", "Málaga", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Matteo Greco", "Consulente", "Napoli", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Kayla Brooks", "SDR | CloseWise AI", "Denver",
  ("inv", "hey Alex, AI tool that cuts month end close in half. demo next weak?"))
P("sales_invitation", "de", "Florian Hartmann", "Vermögensberater | Ruhestandsplanung", "Köln",
  ("inv", "Hallo Alex, Altersvorsorge für Führungskräfte 📈 Interesse an einem Call?"))
P("sales_invitation", "fr", "Océane Leroy", "Business Developer | Affacturage", "Marseille",
  ("inv", "Bonjour, affacturage pour PME en 48h. je vous envoie une offre ? 🙂"))
P("sales_invitation", "es", "Sergio Navarro", "Socio | Outsourcing contable", "Madrid",
  ("inv", "Hola! externalizamos contabilidad y nóminas, ahorro del 30%. ¿te interesa?"),
  ("rem",))
P("sales_invitation", "it", "Alessia Conti", "Broker assicurativo", "Firenze",
  ("inv", "Ciao Alex polizza D&O x dirigenti, preventivo gratis in 5 min?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Connor Walsh", "Founder, CFO Roundtable North East", "Newcastle",
  ("inv", "Hi Alex, small peer group of finance heads, meets monthly, no vendors. want in?"),
  ("msg", "thx for connecting! btw we also run outsourced AP for mid-size cos. 15 min call this wk?"),
  ("msg", "bump 👆 call?", (3, 7)))
P("bait_and_switch_invitation", "de", "Nina Schubert", "Finance Community DACH | Beraterin", "Berlin",
  ("inv", "Hi Alex, Austauschrunde für CFOs im Mittelstand, gratis, 1x im Monat. Lust?"),
  ("msg", "Danke! Übrigens, unsere Software für Liquiditätsplanung: Demo am Di oder Do?"))
P("bait_and_switch_invitation", "fr", "Hugo Marchand", "Cercle des DAF | Gestion de patrimoine", "Lille",
  ("inv", "Bonjour Alex, entre DAF on se connecte ? 🤝"),
  ("msg", "Merci ! Je suis aussi conseiller en gestion de patrimoine, un bilan gratuit ça vous tente ?"),
  ("msg", "alors ce bilan ? 15 min suffisent", (4, 10)))
P("bait_and_switch_invitation", "es", "Lucía Pardo", "Comunidad Finanzas Madrid", "Madrid",
  ("inv", "Hola! te regalo nuestra plantilla de previsión de tesorería, ¿conectamos?"),
  ("msg", "¡gracias! ¿viste la plantilla? nuestro software lo hace solo 😉 ¿demo el jueves?"))
P("bait_and_switch_invitation", "it", "Paolo Ferri", "Network CFO Lombardia", "Milano",
  ("inv", "Ciao Alex, gruppo whatsapp tra CFO lombardi, solo confronto. ti aggiungo?"),
  ("msg", "grazie! intanto ti dico che facciamo recupero crediti per aziende, ti mando il listino?"),
  ("msg", "ci sei? listino? 🙏", (3, 8)))
P("bait_and_switch_invitation", "de", "Amber Stone", "Mentor | Women in Finance", "Glasgow",
  ("inv", "hi! happy to help if u ever need a sounding board on FP&A hiring. connect?"),
  ("msg", "lovely to connect 😊 fyi I coach execs now, 6 sessions £1.2k. want a free intro call?"),
  nl="en")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Derek Moss", "Research Lead | Finance AI Survey", "Seattle",
  ("inm", "2 min survey?", "Hi Alex, 2 min survey on AI in finance teams, free report after. in?"),
  ("inm", "ur report + 1 thing", "report attached 📎 our AI recon tool fixes most of what it found. demo Tue?"))
P("bait_and_switch_inmail", "fr", "Élodie Marin", "Coach de DAF", "Bordeaux",
  ("inm", "ressource gratuite", "Bonjour Alex, checklist gratuite « clôture en 5 jours », je vous l'envoie ?"),
  ("inm", "suite", "Contente qu'elle serve ! mon coaching 8 semaines (2 400 €) va plus loin. appel découverte ?"),
  ("inm", "?", "alors, cet appel ? 😊", (3, 6)))
P("bait_and_switch_inmail", "it", "Roberto Sala", "Premio CFO dell'Anno", "Roma",
  ("inm", "candidatura premio", "Buongiorno Alex, sei stato segnalato per il premio CFO dell'anno. ok a inserirti?"),
  ("inm", "conferma", "Ottimo! quota di iscrizione 1.500 € + IVA, cena di gala inclusa. ti mando la fattura?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Tyler Quinn", "Account Manager | open to work", "Bristol",
  ("end",),
  ("msg", "endorsed u, return pls? 🙏"))
P("endorse_me_back", "de", "Sandra Weiß", "Buchhalterin", "Dortmund",
  ("end",), ("end",),
  ("msg", "hab dich für {skill} bestätigt, machst du's zurück? danke!"))
P("endorse_me_back", "es", "Iker Etxeberria", "Analista financiero", "Donostia",
  ("end",),
  ("msg", "Te validé {skill} 👍 ¿me devuelves el favor con Excel?"))
P("endorse_me_back", "it", "Simona Ricci", "Controller", "Bologna",
  ("end",),
  ("msg", "ti ho segnalato, ricambi? 🙏"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Grant Fowler", "Founder | Growth Partner", "Phoenix",
  ("inv", "Hi Alex lets connect"),
  ("inm", "really?", "wow. rude."))
P("hostility_after_decline", "de", "Uwe Schröder", "Unternehmensberater", "Essen",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Ihre Absage", "Nicht mal ne Antwort. Sehr professionell, Herr Finanzchef 👏"))
P("hostility_after_decline", "fr", "Bastien Lemoine", "Consultant indépendant", "Nice",
  ("inv", "Bonjour Alex, on se connecte ?"),
  ("inm", "merci", "sympa de répondre 🙄"))
P("hostility_after_decline", "es", "Raúl Domínguez", "Asesor empresarial", "Valencia",
  ("inv", "Hola Alex, me encantaría conectar"), ("rem",),
  ("inm", "...", "qué poca educación. ni un no gracias"))
P("hostility_after_decline", "it", "Enzo Marino", "Imprenditore", "Bari",
  ("inv", "Ciao Alex possiamo collegarci?"),
  ("inm", "boh", "vabbè, che maleducato"))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Shane Porter", "Sales Lead | PayFlow", "Dallas",
  ("acc",),
  ("msg", "thx for the add. payroll software demo this wk?"),
  ("msg", "ok thanks for nothing. unprofessional tbh"))
P("hostility_connection", "fr", "Thierry Blanc", "Commercial | Recouvrement de créances", "Nantes",
  ("msg", "Bonjour Alex, recouvrement de créances, on en parle 2 min au tel ?"),
  ("msg", "pas de réponse ?? quel manque de respect. typique des financiers"))
P("hostility_connection", "es", "Nuria Gil", "Consultora ERP", "Barcelona",
  ("acc",),
  ("msg", "Hola! ¿demo de nuestro ERP la semana q viene?"),
  ("msg", "vale, ya veo. qué falta de respeto ignorar así 👎"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Brett Collins", "Private Wealth Advisor", "Leeds",
  ("msg", "Hi Alex, pension review for execs, free 15 min? 📅"),
  ("msg", "any time this wk for that review?"),
  ("msg", "last try 👉 calendly.com/brett-collins/15min"))
P("connection_only_pitches", "fr", "Mathieu Perrin", "Cabinet de recrutement finance", "Paris",
  ("msg", "Besoin d'un contrôleur ? 3 profils dispo, je vous envoie les CV ?"),
  ("msg", "toujours pas ? 2 nouveaux profils + 15% de remise ce mois"))
P("connection_only_pitches", "it", "Luca Bassi", "Account | Gestionale cloud", "Modena",
  ("msg", "ciao! demo gestionale cloud 20 min?"),
  ("msg", "ciao Alex sconto 20% fino a venerdì, ti interessa?"))
P("connection_only_pitches", "de", "Kai Wagner", "Leasing-Berater", "Stuttgart",
  ("msg", "Hi Alex, Flottenleasing für euch? Angebot in 24h"),
  ("msg", "kurze Erinnerung 👉 bit.ly/flotte-kw"),
  ("msg", "Noch Interesse? sonst meld ich mich im Q3"))


# =============================================================== single_pitch
P("single_pitch", "en", "Holly Evans", "Partner | Corporate Travel", "Cardiff",
  ("msg", "Hi, who handles corporate travel at yours? we usually save ~18%"))
P("single_pitch", "es", "Diego Ramos", "Comercial | Renting de vehículos", "Sevilla",
  ("msg", "Hola, ¿renting de coches para la empresa? te paso presupuesto sin compromiso"))
P("single_pitch", "it", "Giorgia Fontana", "Consulente | Finanza agevolata", "Torino",
  ("msg", "ciao, bandi 2026 per PMI, ti faccio un check gratis e poi vediamo? 💶"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Aisha Rahman", "Group Financial Controller", "London",
  ("msg", "saw this IFRS 18 summary, thought of u 👉 linkedin.com/pulse/ifrs-18-in-10-minutes"),
  ("msg", "ICAEW free webinar Tue, 2 CPE hrs. want the link?"))
P("connection_brings_value", "de", "Stefan Koch", "CFO | Familienunternehmen", "Mannheim",
  ("end",),
  ("msg", "Hi Alex, unser 13-Wochen-Cash-Template, falls hilfreich 👍 drive.google.com/file/d/13wk"))
P("connection_brings_value", "fr", "Julie Fontaine", "Contrôleuse de gestion", "Lyon",
  ("msg", "coucou Alex, formation gratuite DFCG sur la CSRD jeudi, je t'inscris ?"))
P("connection_brings_value", "it", "Francesco Gallo", "Direttore finanziario", "Verona",
  ("msg", "ciao! ti presento Marta, revisora top, vi metto in copia? 👍"),
  ("msg", "fatto, vi ho messo in contatto x mail"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Claudia Berger", "Head of Talent | Maschinenbau", "München",
  ("inm", "CFO-Stelle", "Hallo Alex, Stelle als CFO bei uns (Maschinenbau, 400 MA), Interesse?"))
P("stranger_inmail_recruiter", "fr", "Antoine Caron", "Talent Acquisition | Groupe industriel", "Lyon",
  ("inm", "Poste DAF", "Bonjour Alex, poste de DAF à Lyon, CDI, équipe de 12. on en parle ?"))
P("stranger_inmail_recruiter", "en", "Megan Foster", "In-house Recruiter | Fintech", "London",
  ("inm", "VP Finance role", "Hi Alex, VP Finance role, Series C fintech, hybrid London. open to a chat?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Pablo Herrera", "SDR | Gastos con IA", "Madrid",
  ("inm", "¿demo?", "Hola Alex, app de gastos con IA. ¿demo de 15 min?"),
  ("inm", "re: demo", "¿lo viste? 😊 te dejo mi agenda: calendly.com/pablo-h"))
P("stranger_inmail_sales", "fr", "Romain Faure", "AE | SpendIQ", "Paris",
  ("inm", "petite q", "Alex, plateforme de gestion des dépenses, -10% garanti. démo la semaine pro ?"))
P("stranger_inmail_sales", "it", "Valentina Russo", "Sales | Cybersecurity", "Milano",
  ("inm", "sicurezza dati finance", "Ciao Alex, audit cyber per l'area finanza, ti mando un'offerta?"),
  ("inm", "offerta", "ti giro l'offerta? valida fino a fine mese"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Rachel Dunn", "Finance Director | Finance Leaders Breakfast MCR", "Manchester",
  ("inv", "hi! free finance leaders breakfast in MCR next Fri, come along? sea you there hopefully"),
  ("msg", "great to meet u! slides from today 👉 bit.ly/flb-slides"),
  ("msg", "btw I now partner w/ an FP&A software co. demo?"))
P("good_turns_ugly", "de", "Markus Baumann", "Controller", "Kiel",
  ("inv", "Hi Alex, Frage unter Kollegen: wie macht ihr den Rolling Forecast? 2 Zeilen reichen"),
  ("msg", "danke dir! hier unser Template zurück 🙂"),
  ("end",),
  ("msg", "hab dich für {skill} bestätigt, bestätigst du mich auch für Controlling? 🙏"))
P("good_turns_ugly", "es", "Carla Vidal", "CFO | Finance Talks BCN", "Barcelona",
  ("inv", "Hola! meetup gratis de CFOs en BCN el jueves, ¿vienes?"),
  ("msg", "¡gracias por venir! aquí las slides 👉 bit.ly/ftbcn"),
  ("msg", "oye, ahora colaboro con una gestora de fondos. ¿café y te cuento?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Logan Pierce", "VP Sales | LedgerBot", "Boston",
  ("inm", "demo?", "Hi Alex, AI variance commentary tool. demo next week?"),
  ("inv", "hi Alex, building a CFO peer group, no sales. join?"))
P("reinvite_known_bad", "fr", "Julien Masson", "Cabinet de recrutement", "Strasbourg",
  ("inv", DEFAULT),
  ("inv", "Bonjour, super post sur la clôture 👏 on se connecte ?"))
P("reinvite_known_bad", "it", "Sara Longo", "Investimenti immobiliari", "Cagliari",
  ("inv", "Ciao! rendimento 8% garantito su immobili, ti mando il dossier?"),
  ("inv", "Ciao Alex, ti seguo da un po', colleghiamoci 🙂"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Ralf Zimmer", "Business Coach", "Frankfurt am Main",
  ("inv", "Hi Alex, vernetzen?"),
  ("inm", "hm", "keine Reaktion. arrogant."),
  ("inv", "Hallo Alex, neuer Versuch 🙂 gratis Leitfaden für CFOs, vernetzen?"))
P("reinvite_known_ugly", "es", "Elena Cruz", "Red de directivas financieras", "Madrid",
  ("inm", "red gratuita", "Hola Alex, red gratis de directivos financieros, ¿te sumo?"),
  ("inm", "otra cosa", "x cierto, soy corredora de seguros. ¿revisamos tu seguro de vida?"),
  ("inv", "Hola Alex, ¿conectamos por aquí?"))
P("reinvite_known_ugly", "en", "Trent Holloway", "Keynote Speaker | Leadership", "Toronto",
  ("inm", "ignored?", "3 msgs, 0 replies. not a good look for a 'leader'."),
  ("inv", "hey lets start over. free e-book on leadership, connect?"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Sophie Renaud", "Associée | Cybersécurité", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invit ! audit cyber pour la DAF, 30 min pour vous présenter ?"))
P("user_invited_pitch_once", "de", "Tim Vogt", "Key Account | Reisekosten-Software", "Hamburg",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Reisekosten-Tool, Demo nächste Woche?"))
P("user_invited_pitch_once", "es", "Andrea Molina", "Comercial | Formación in-company", "Granada",
  ("acc",),
  ("msg", "¡gracias x conectar! cursos de Power BI para tu equipo, ¿te paso precios?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Nicola Testa", "Sales | Software paghe", "Bergamo",
  ("acc",),
  ("msg", "grazie del collegamento! demo software paghe?"),
  ("msg", "ciao Alex riprovo, demo 15 min? 🙏"))
P("user_invited_pitch_twice", "en", "Gavin Shaw", "Director | Interim Finance Staffing", "Birmingham",
  ("acc",),
  ("msg", "thx for the invite! need interim controllers? bench of 40"),
  ("msg", "circling back - 2 great ppl free this month. call?"))
P("user_invited_pitch_twice", "fr", "Manon Dubois", "Sales | Data room virtuelle", "Paris",
  ("acc",),
  ("msg", "Merci ! data room virtuelle dès 490€/mois, test gratuit ?"),
  ("msg", "petite relance : une démo cette semaine ?"))
P("user_invited_pitch_twice", "es", "Jana Roth", "Vertrieb | Zeiterfassung", "Potsdam",
  ("acc",),
  ("msg", "thx fürs annehmen! Zeiterfassung fürs Finance-Team, kurze Demo?"),
  ("msg", "hey, nochmal wegen der Demo 🙂 passt Fr?"),
  nl="de")


# =============================================================== user_invited_value
P("user_invited_value", "de", "Anna Schreiber", "Leiterin Konsolidierung", "Düsseldorf",
  ("acc",),
  ("msg", "Danke für die Einladung! hier unsere IC-Abstimmungs-Checkliste, falls nützlich 📎"))
P("user_invited_value", "es", "Laura Medina", "Directora financiera | AECA", "Madrid",
  ("acc",),
  ("msg", "¡gracias! webinar gratis de AECA sobre NIIF 18 el martes, ¿te paso el link?"))
P("user_invited_value", "it", "Martina Costa", "Revisore | Big Four", "Milano",
  ("acc",),
  ("msg", "grazie dell'invito! sul tuo dubbio IFRS 16 ti giro il nostro file di calcolo 📎"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Owen Hughes", "Financial Controller", "Cardiff", ("acc",))
P("acceptance_only", "fr", "Claire Lambert", "DAF | ETI familiale", "Nantes", ("acc",))
P("lone_endorsement", "de", "Jan Fischer", "Financial Analyst", "Köln", ("end",))
P("lone_endorsement", "it", "Federico Marchetti", "Controller | Gruppo alimentare", "Parma", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Tom Becker", "tom.becker@example.com", "ur linkedin post",
     "saw ur linkedin post on the close, nice one 👍 lunch thu?\n\nSent from my iPhone", "en"),
    ("Sabine (Assistenz)", "assistenz@firma.example.de", "LinkedIn-Profil",
     "Hi Alex, bitte noch das neue Foto auf LinkedIn hochladen, HR fragt. Danke!\n\nVon meinem iPhone gesendet", "de"),
    ("DFCG Bretagne", "contact@dfcg-bretagne.example.org", "Petit-déj clôture mardi",
     "Bonjour,\n\nRappel : petit-déjeuner mardi 8h30. Les photos seront publiées sur LinkedIn.", "fr"),
    ("Marta Iglesias", "marta.iglesias@grupo.example.es", "contacto auditor",
     "Hola Alex! te escribí x LinkedIn, te paso aquí también el contacto del auditor: Jon Arrieta.\n\nEnviado desde mi móvil", "es"),
    ("Calendario", "calendar@azienda.example.it", "Invito: LinkedIn Live ANDAF, gio 17:00",
     "Sei stato invitato a: LinkedIn Live ANDAF, giovedì ore 17:00. Rispondi: Sì / No / Forse", "it"),
    ("Carrier Alerts", "alerts@telco.example.com", "Your data usage",
     "You have used 90% of your roaming data. Top apps: LinkedIn, WhatsApp, Mail.", "en"),
    ("XING", "mailrobot@mail.xing.example", "Neue Nachricht auf XING",
     "Hallo Alex,\n\nSie haben eine neue Nachricht. Tipp: Verknüpfen Sie auch Ihr LinkedIn-Profil.", "de"),
    ("Equipo IT", "it@empresa.example.es", "Aviso: mensajes falsos de LinkedIn",
     "Hola,\n\nestamos viendo correos falsos que imitan invitaciones de LinkedIn. No pinchéis en los enlaces.\n\nIT", "es"),
    ("Hugo (frère)", "hugo.lambert@example.fr", "lol",
     "t'as vu, ton vieux chef t'a ajouté sur LinkedIn 😂\n\nEnvoyé de mon iPhone", "fr"),
    ("Giulia", "giulia.b@example.it", "referenza",
     "ciao Alex, posso metterti come referenza? ti scrivo anche su LinkedIn 🙏", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot nineteenth development corpus (dev19). Generated by scripts/make_corpus_dev19.py (seed {SEED}); do not edit by hand.",
          "# The mobile, short-message inbox: 3-25 word notes typed on a phone, fragments, abbreviations, emoji, voice-to-text slips,",
          "# one-word links, four-word questions, terse hostility, terse endorse-back asks, terse value. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev19", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
