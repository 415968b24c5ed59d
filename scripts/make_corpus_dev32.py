#!/usr/bin/env python3
"""Write mailbot's thirty-second, independent development corpus: tests/corpus/dev32/*.eml + expected.toml.

The angle: hard structure. Alex is the group finance controller of a manufacturer with
subsidiaries in Germany, France, Spain and Italy, so the inbox mixes languages. Every scenario
of the taxonomy shows up in awkward shapes:

- long InMails and messages (150-300 words) whose real ask sits in the middle of a paragraph
  or in a P.S., after a lot of small talk;
- very terse notes (3-10 words) next to them;
- code-switching inside one note (English mixed with German, French, Spanish or Italian);
- notes that quote LinkedIn's own default text and add one line of their own;
- messages that forward or paste someone else's text (an organiser's blurb, a colleague's
  pitch, a vendor's mail pasted as a warning, a job description);
- signatures with long legal disclaimers, phone numbers, booking links and web addresses.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The pitches and phishing lines that spoofs carry, the job-alert
titles and the headlines of spoof-only names are swapped in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev32.py              # writes tests/corpus/dev32
    python scripts/make_corpus_dev32.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260832

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ world tables (this process only)
mc.JOBS[:] = [("Group Financial Controller", "Harrow Engineering"), ("Leiter Konzernrechnungswesen (m/w/d)", "Kessler Antriebstechnik"),
              ("Responsable consolidation", "Groupe Vernier"), ("Controller de planta", "Industrias Albufera"),
              ("Head of Finance Transformation", "Brenta Meccanica")]
mc.COMPANIES["good"] = ["Harrow Engineering", "Kessler Antriebstechnik", "Groupe Vernier", "Industrias Albufera", "Brenta Meccanica", "Northfield Plastics"]
mc.COMPANIES["sales"] = ["Ledgerloop", "Cierra360", "Finovia", "BudgetBee", "Castlebrook Wealth", "ClosePilot", "Spendwise"]
mc.HEADLINES["good"] = ["Plant Controller at {co}", "Head of Group Reporting | {co}", "Finance Director, {co}", "Treasury Lead at {co}",
                        "Consolidation Manager | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Helping finance teams close in 3 days | {co}", "Partner at {co}", "Growth Lead @ {co}",
                         "Senior Wealth Partner, {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your supplier portal access expires today. Re-validate your company banking details here to avoid payment delays.",
           "{first}, I shared the Q3 consolidation pack with you as a protected file. Sign in to open it before the board call."],
    "de": ["Hallo {first}, Ihr Zugang zum Lieferantenportal läuft heute ab. Bitte bestätigen Sie hier Ihre Bankverbindung.",
           "Hallo {first}, ich habe Ihnen den Konzernabschluss als geschützte Datei freigegeben. Zum Öffnen bitte anmelden."],
    "fr": ["Bonjour {first}, votre accès au portail fournisseurs expire aujourd'hui. Merci de confirmer vos coordonnées bancaires ici.",
           "Bonjour {first}, je vous ai partagé le dossier de clôture en fichier protégé. Connectez-vous pour l'ouvrir."],
    "es": ["Hola {first}, tu acceso al portal de proveedores caduca hoy. Confirma aquí los datos bancarios de la empresa.",
           "Hola {first}, te he compartido el paquete de cierre como archivo protegido. Inicia sesión para abrirlo."],
    "it": ["Ciao {first}, il tuo accesso al portale fornitori scade oggi. Conferma qui le coordinate bancarie dell'azienda.",
           "Buongiorno {first}, le ho condiviso il fascicolo di chiusura come file protetto. Acceda per aprirlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
    mc.PHISH_NOTES[_l] = [_n[1].replace("{first}", mc.FIRST)]

_FIRST_SPOOFS = ["lookalike:linkedln.com", "dkimfail", "display:outlook.com", "untrusted:mx.google.com", "lookalike:xn--lnkedin-rfb.com",
                 "buried", "noauth", "wrongpass", "lookalike:linkedin.com.evil.example", "nodkim"]
mc.SPOOF_METHODS[:] = _FIRST_SPOOFS + [m for m in mc.SPOOF_METHODS if m not in _FIRST_SPOOFS]

EN_DEF, DE_DEF, FR_DEF, ES_DEF, IT_DEF = (mc.L[_l]["defaults"][_i] for _l, _i in (("en", 0), ("de", 1), ("fr", 0), ("es", 0), ("it", 1)))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Hamish Calder", "Technical Accounting Lead | Brennan Foods", "Glasgow",
  ("inv", "Got the IFRS 16 lease template you asked about."),
  ("rem",))
P("good_invitation", "de", "Sabine Aurich", "Leiterin Controlling | Kessler Antriebstechnik", "Stuttgart",
  ("inv", "Hallo Alex, am 14. Mai machen wir in Stuttgart einen kostenlosen Roundtable zu IFRS 18 – small group, no vendors, "
          "nur Controller, die zeigen, wie sie sich vorbereiten. Würde mich freuen, wenn du dabei bist. CPE-Nachweis gibt's auch."))
P("good_invitation", "fr", "Margaux Thévenin", "Auditrice senior | Commissariat aux comptes", "Lyon",
  ("inv", FR_DEF + " Et comme promis au petit-déjeuner DFCG : je vous envoie la check-list IFRS 18 qu'on a montée, gratuite, dès qu'on est connectés."),
  ("rem",))
P("good_invitation", "es", "Pilar Ortuño", "Coordinadora grupo de controllers | AECA Comunidad Valenciana", "Valencia",
  ("inv", "Hola Alex: coordino el grupo de trabajo de controllers de AECA en Valencia. Nos reunimos gratis cada trimestre para comparar "
          "cierres y presupuestos; la próxima es el 9 de octubre. ¿Te apunto?\nPilar Ortuño · +34 611 482 903 · aeca-cv.example/grupos"))
P("good_invitation", "it", "Roberta Zanin", "Financial Controller | Brenta Meccanica", "Padova",
  ("inv", "Ciao Alex, giro il messaggio dell'organizzatrice: «Webinar gratuito OIC 34 sui ricavi, 3 crediti formativi, 22 marzo ore 17». "
          "Ho pensato a te dopo il tuo post sulla revenue recognition: collegati e ti mando il link."),
  ("rem",))

P("good_invitation", "en", "Nadia Kowalczyk", "Hyperinflation Reporting Specialist | Baltic Shared Services", "Gdańsk",
  ("inv", EN_DEF + " PS – I asked the IAS 29 question at the Turkey session; I've written up the answers the panel gave, happy to send them over."))


# =============================================================== default_invitation
P("default_invitation", "en", "Gareth Pryce", "Senior Associate | Business Services", "Cardiff", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Holger Janssen", "Selbstständig | Beratung", "Bremen", ("inv", NONOTE))
P("default_invitation", "es", "Íñigo Larrañaga", "Consultor independiente", "Zaragoza",
  ("inv", ES_DEF + " ¡Un saludo desde Zaragoza!"))
P("default_invitation", "it", "Mirko Pavan", "Imprenditore", "Treviso", ("inv", "Ciao, aggiungimi pure 🙂"))
P("default_invitation", "fr", "Thierry Vasseur", "Directeur associé", "Lille",
  ("inv", FR_DEF + "\nCordialement,\nThierry Vasseur\nDirecteur associé – TV Partners\n+33 3 20 41 77 09"), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tanner Boyd", "Account Executive | Ledgerloop", "Austin",
  ("inv", "Alex – 10 min demo of our AP bot?"))
P("sales_invitation", "de", "Yvonne Stach", "Vertrieb Mittelstand | Spendwise", "Leipzig",
  ("inv", DE_DEF + " Kurz zum Hintergrund: Wir digitalisieren Reisekosten- und Belegprozesse für den Mittelstand – darf ich Ihnen das in 20 Minuten zeigen?"),
  ("rem",))
P("sales_invitation", "fr", "Julien Ferrand", "Business Developer | Finovia", "Paris",
  ("inv", "Bonjour Alex, je suis chez Finovia, we help finance teams like yours automate intercompany reconciliation. "
          "Un call de 20 min la semaine prochaine pour vous montrer ? Best, Julien"))
P("sales_invitation", "it", "Enrico Salvi", "Partner | Salvi Tax Recovery", "Milano",
  ("inv", "Buongiorno Alex, recuperiamo l'IVA estera delle filiali, compenso solo a successo (15%). Possiamo sentirci?\n"
          "Dott. Enrico Salvi – Partner\nTel. 02 8734 1190 | enrico.salvi@salvi-tax.example"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Duncan Ferrier", "Convenor, Midlands Group Controllers Forum", "Birmingham",
  ("inv", "Hi Alex, I run a small peer group for group controllers in the Midlands – monthly calls, Chatham House rules, no selling. "
          "Thought you'd be a great addition."),
  ("msg", "Alex, thanks for accepting and sorry for the slow follow-up, quarter-end ate me alive like everyone else.\n\n"
          "A bit of background on the group since you're new. We're eleven controllers at the moment, mostly manufacturing and "
          "distribution, two from the NHS side. The calls are the first Tuesday of the month at 8am, 45 minutes, camera optional. "
          "Last month was on intercompany recharges and whether anyone has actually got transfer pricing documentation that the "
          "auditors don't rewrite. Next one is FX hedging for people who don't have a treasury team.\n\n"
          "Now the honest bit: the forum is run out of my day job at Castlebrook Wealth, and the way we keep it free is that I offer "
          "members a proper review of their pension, share options and bonus planning. Most finance people are shockingly bad at their "
          "own money. Could we grab 30 minutes next week so I can walk you through what we'd do for someone in your position? "
          "I've got Wednesday 2pm or Thursday 11am.\n\n"
          "Either way, the calendar invite for the Tuesday call is on its way.\n\nDuncan\n"
          "Duncan Ferrier | Senior Wealth Partner | Castlebrook Wealth\nM: +44 7700 914 233 | castlebrook-wealth.example\n"
          "Castlebrook Wealth is authorised and regulated by the Financial Conduct Authority. The value of investments can go down as "
          "well as up and you may get back less than you invested.", (6, 18)))
P("bait_and_switch_invitation", "de", "Kai Brandstätter", "Community Lead | Controller Circle DACH", "München",
  ("inv", "Hi Alex, wir bauen gerade eine Community für Controller in der DACH-Region auf – peer exchange, best practices, keine Werbung. "
          "Would be great to have you on board!"),
  ("msg", "Danke fürs Annehmen! Quick update aus der Community: unser Partner Finaro gibt Mitgliedern jetzt 20 % auf die "
          "Konsolidierungssoftware, Listenpreis ab 1.900 € im Monat. Soll ich dir einen Demo-Termin einstellen? LG Kai", (3, 9)),
  ("msg", "Und, Demo diese Woche? Slots sind knapp.", (4, 10)))
P("bait_and_switch_invitation", "fr", "Gilles Marchadier", "Animateur | Cercle des DAF de l'Ouest", "Nantes",
  ("inv", FR_DEF + " Et je vous invite au Cercle des DAF de l'Ouest : un dîner par trimestre, gratuit, entre pairs."),
  ("msg", "Bonsoir Alex,\n\nravi de vous compter parmi nous. Pour vous situer : le Cercle réunit une vingtaine de directeurs financiers "
          "et contrôleurs de groupe entre Nantes, Angers et Rennes. Le prochain dîner aura lieu le 17 à la Cigale, thème « le BFR quand "
          "les fournisseurs asiatiques exigent des acomptes ». Chacun vient avec un cas concret, on ne fait pas de slides, et ce qui se dit "
          "au dîner reste au dîner.\n\nJe vous ajoute à la liste de diffusion dès demain, et si vous avez un sujet qui vous tient à cœur "
          "pour le printemps, dites-le-moi, on construit le programme ensemble. Il n'y a ni cotisation ni sponsor, chacun paie son "
          "repas.\n\nÀ très vite,\nGilles\n\n"
          "P.S. En dehors du Cercle, j'accompagne les cadres dirigeants sur leur épargne retraite et la défiscalisation (PER, "
          "assurance-vie luxembourgeoise). Un premier rendez-vous de 45 minutes pour faire le point sur votre situation, ça vous dirait ? "
          "Je peux venir à votre bureau.", (5, 15)))
P("bait_and_switch_invitation", "es", "Ramiro Echevarría", "Controller | Finanzas industriales", "Bilbao",
  ("inv", "Hola Alex, una duda de controller a controller: ¿cómo estáis haciendo el cierre de las filiales con S/4HANA? Nosotros vamos fatal."),
  ("msg", "Gracias por aceptar. Te confieso que te escribía por otra cosa: en Cierra360 hemos desarrollado un acelerador de cierre "
          "para grupos con filiales en SAP, y bajamos el cierre de 9 a 4 días. ¿Te viene bien una demo el martes a las 10?", (2, 7)))
P("bait_and_switch_invitation", "it", "Fabio Trentin", "Autore | Guida al budget a base zero", "Verona",
  ("inv", "Ciao Alex, ho scritto una guida gratuita sul budget a base zero per aziende manifatturiere. Se ci colleghiamo te la mando volentieri."),
  ("msg", "Eccola, come promesso: guida-zbb.example/pdf\n\nIncollo qui sotto anche la presentazione che il mio socio mi ha chiesto di girarti:\n\n"
          "«Zerobase Advisory accompagna i CFO di gruppi industriali nella riprogettazione del budget. Pacchetto di avvio: 6 settimane, "
          "12.000 € + IVA, risparmi medi del 7% sui costi indiretti.»\n\nSe ti interessa fissiamo una call con lui, anche questa settimana.", (2, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Natalie Okonjo", "Doctoral Researcher, Finance Operations | Aston University", "Birmingham",
  ("inm", "Research on month-end close in mid-sized manufacturers",
   "Dear Alex,\n\nI hope you don't mind a message out of the blue. I'm in the second year of a doctorate on how mid-sized manufacturers "
   "organise their month-end close, and in particular what happens when a group has subsidiaries on different ERPs and in different "
   "languages. Your profile jumped out because you seem to be living exactly that problem.\n\n"
   "The study is fairly light for participants: a 20-minute online questionnaire now, and an optional 30-minute interview in the spring. "
   "Everything is anonymised, it has ethics approval from the university, and every participant gets the benchmarking report at the "
   "end, with your own numbers placed against the sample median for close duration, number of manual journals and late adjustments.\n\n"
   "If you're willing, reply here and I'll send you the link. If you know other controllers who might take part, I'd be grateful for "
   "a name or two as well.\n\nMany thanks for considering it,\nNatalie Okonjo\nDoctoral Researcher, Aston Business School"),
  ("inm", "Re: Research on month-end close in mid-sized manufacturers",
   "Hi Alex, thank you so much for completing the questionnaire, your answers were among the most detailed I've had.\n\n"
   "The report will follow in June. P.S. Alongside the doctorate I work part-time for ClosePilot, and from your answers your team "
   "would save at least three days a month with our close-management module. Could I set up a 30-minute demo with our account lead?",
   (8, 20)))
P("bait_and_switch_inmail", "de", "Bernd Uhlig", "Senior Consultant SAP Finance", "Dresden",
  ("inm", "Frage", "Kurze Frage unter Kollegen: Nutzt ihr noch BPC?"),
  ("inm", "Re: Frage", "Danke für die Antwort! Genau deshalb melde ich mich: Wir migrieren BPC-Kunden in sechs Wochen auf unsere "
          "Planungslösung, Festpreis. Wann passt Ihnen ein Termin für eine Vorstellung?", (3, 9)))
P("bait_and_switch_inmail", "it", "Silvia Campagnolo", "Event Manager | CFO Talks Italia", "Milano",
  ("inm", "Free webinar sul capitale circolante", "Ciao Alex, sto organizzando un free webinar on working capital for CFOs, con speaker "
          "da due gruppi industriali quotati. Posso mandarti l'invito?"),
  ("inm", "Dopo il webinar", "Grazie per esserti iscritto! Piccola precisazione: il webinar è offerto da CashFlow Lab, and after the "
          "session we offer a two-week working capital assessment at 4.500 € + IVA. Ti blocco una call di 20 minuti per parlarne?", (6, 14)))
P("bait_and_switch_inmail", "fr", "Hervé Lacombe", "Associé | Lacombe & Roux Conseil", "Rennes",
  ("inm", "Livre blanc : la fonction finance dans l'industrie",
   "Bonjour Monsieur Morgan, je prépare un livre blanc sur l'évolution de la fonction finance dans l'industrie de l'Ouest. "
   "Accepteriez-vous un entretien de 20 minutes ? Vous serez cité si vous le souhaitez, et je vous enverrai le document final."),
  ("inm", "Suite à notre entretien",
   "Bonjour Alex,\n\nencore merci pour l'entretien de mardi, très riche, notamment sur la consolidation des filiales italiennes. Votre remarque sur les calendriers de clôture décalés entre "
   "Nantes et Brescia figurera dans le chapitre 3, sans vous nommer comme convenu.\n\n"
   "Comme je vous l'indiquais en fin d'échange, notre cabinet propose un diagnostic de la fonction finance (organisation, outils, "
   "délais de clôture) : 9 800 € HT, restitution en comité de direction. Je vous joins la proposition, et je peux vous rappeler "
   "jeudi pour en discuter.\n\nBien cordialement,\n\nHervé Lacombe\nAssocié – Lacombe & Roux Conseil\n12 rue de Nemours, 35000 Rennes\n"
   "Tél. : +33 2 99 31 48 60 – Mobile : +33 6 12 74 09 55\nwww.lacombe-roux.example\n\n"
   "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, "
   "merci d'en avertir l'expéditeur et de le détruire. Toute diffusion non autorisée est interdite.", (10, 25)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Callum Rennie", "Treasury Analyst | Open to new opportunities", "Aberdeen",
  ("end",), ("end",),
  ("msg", "Alex! Long time. I saw the news about the new plant in Zaragoza, that must have been a monster of a capex approval. "
          "Hope the Spanish team are treating you well and the paella budget is healthy.\n\n"
          "Things here are a bit up in the air. The oil services business I was at got carved out in September and the treasury team "
          "went from five to two, so I'm one of the ones looking. Honestly it's been fine, I've had time to finish the ACT certificate "
          "and I'm taking a short course on cash forecasting with Python, which I'd recommend to anyone who still does their 13-week "
          "forecast in a spreadsheet with fourteen tabs (not naming names).\n\n"
          "If you ever hear of a treasury or FP&A role in Scotland or remote, I'd love a shout. No pressure at all.\n\n"
          "Anyway, hope the family's well and that you're getting some time off at Christmas.\n\nCheers,\nCallum\n\n"
          "P.S. I endorsed you for {skill} a couple of weeks ago. If you could return the favour for Treasury Management and Cash "
          "Forecasting, it would really help my profile while recruiters are looking at it."))
P("endorse_me_back", "de", "Jana Wöhrle", "Bilanzbuchhalterin (IHK)", "Karlsruhe",
  ("end",),
  ("msg", "Hab dich bestätigt – revanchierst du dich? 😉"))
P("endorse_me_back", "fr", "Anaïs Carpentier", "Consolidation Analyst | Groupe Vernier", "Grenoble",
  ("end",),
  ("msg", "Salut Alex ! Je t'ai endorsé pour {skill} – well deserved. Would you mind doing the same pour moi sur Consolidation et IFRS ? "
          "Ça m'aiderait beaucoup pour ma candidature en cours. Merci !!"))
P("endorse_me_back", "es", "Óscar Bermúdez", "Responsable de Tesorería | Grupo Levante", "Valencia",
  ("end",), ("end",),
  ("msg", "Hola Alex, te he validado {skill}. Si puedes, valídame «Tesorería» y «Gestión de riesgos», que estoy actualizando el perfil.\n\n"
          "Un saludo,\nÓscar Bermúdez Vidal\nResponsable de Tesorería | Grupo Levante\nT. +34 963 554 201 | M. +34 622 118 470\n"
          "grupolevante.example\n\nEste mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. "
          "Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD, sus datos "
          "serán tratados por Grupo Levante S.A. con la finalidad de gestionar la relación profesional."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Malcolm Thursby", "Benchmarking Lead | Finance Insights Network", "Reading",
  ("inv", "Alex, I'm gathering finance leaders for a vendor-neutral benchmarking study on DSO in manufacturing. Would value your input."),
  ("rem",),
  ("inm", "The DSO study",
   "Alex,\n\nI sent you a connection request a few weeks back about the DSO benchmarking study, and then a reminder. I appreciate that "
   "everyone is busy, particularly at this time of year, and I know controllers get bombarded with requests on this platform.\n\n"
   "The study itself is coming along well. We have 64 companies in the sample so far, mostly UK and Benelux manufacturers, and the "
   "early numbers are interesting: the median DSO has crept up by six days since 2022, and the companies that brought collections "
   "back in-house are doing noticeably better than the ones that outsourced.\n\n"
   "I have to say, though, that ignoring a polite, personal request from someone who took the trouble to write to you is poor form. "
   "It's the kind of thing that tells me a lot about how you'd treat your own team and your suppliers, and frankly I'd expected better "
   "from someone in your role. A simple 'no thanks' costs nothing.\n\n"
   "Anyway, the study will be published in the spring. I won't be sending you a copy.\n\nMalcolm Thursby"))
P("hostility_after_decline", "de", "Rüdiger Kallweit", "Vertriebsleiter | Kallweit Leasing", "Hannover",
  ("inv", DEFAULT),
  ("inm", "Na gut", "Ignoriert. Auch eine Antwort. Arrogant."))
P("hostility_after_decline", "fr", "Sandrine Pelletier", "Consultante en organisation financière", "Bordeaux",
  ("inv", "Bonjour Alex, nous avons un ami commun, Benoît Lachaud. J'aimerais échanger avec vous sur le contrôle de gestion industriel."),
  ("rem",),
  ("inm", "Sans nouvelles", "Bon. Deux relances, zéro réponse. Honestly, this is the kind of attitude that gives finance people a bad name. "
          "Vous auriez au moins pu cliquer sur « ignorer » au lieu de me laisser poireauter. Je dirai à Benoît ce que je pense de ses amis. Good luck."))
P("hostility_after_decline", "it", "Corrado Mazzoleni", "Direttore commerciale | Factor Nord", "Bergamo",
  ("inv", "Buongiorno, offriamo factoring pro soluto alle PMI manifatturiere con tempi di approvazione in 48 ore. Le interessa un confronto?"),
  ("inm", "Mancata risposta",
   "Gentile dott. Morgan,\n\nprendo atto che non ha ritenuto di rispondere né di accettare il collegamento. Trovo il suo comportamento "
   "poco educato e poco professionale, soprattutto per chi ricopre un ruolo di responsabilità in un gruppo di quelle dimensioni. "
   "Mi auguro che con i fornitori sia più cortese.\n\nCordiali saluti\n\nCorrado Mazzoleni\nDirettore commerciale – Factor Nord S.p.A.\n"
   "Via Camozzi 41, 24121 Bergamo | Tel. 035 422 9180\n\n"
   "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio "
   "le fosse pervenuto per errore, la preghiamo di eliminarlo e di darcene comunicazione. Factor Nord S.p.A. – iscritta all'Albo "
   "degli Intermediari Finanziari ex art. 106 TUB.", (8, 20)))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Brandon Hale", "VP Sales EMEA | Spendwise", "London",
  ("msg", "Hey Alex, hope Q3 wrapped up OK for you guys. I was looking at the Example Industries careers page last night (not stalking, "
          "promise) and noticed you're hiring two AP clerks for the Italian sites. Before you add headcount, it might be worth seeing what "
          "Spendwise does with invoice capture in Italian and Spanish out of the box; customers your size usually avoid at least one hire. "
          "Happy to do a 15 minute walkthrough whenever suits."),
  ("msg", "Any thoughts, Alex?", (5, 12)),
  ("msg", "Three messages and not even a 'no'. Guess you're too important to talk to vendors. Good luck explaining that headcount "
          "to your CFO.", (6, 14)))
P("hostility_connection", "es", "Marcos Villalba", "Director comercial | Albufera Logística", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te cuento rápido: en Albufera Logística we handle warehousing and last-mile for industrial "
          "parts en toda la península, y con tu nueva planta en Zaragoza creo que encajamos. ¿Te mando tarifas y vemos una llamada?"),
  ("msg", "Mira Alex, fuiste TÚ quien me agregó. Te escribo con educación, te ofrezco algo útil y ni me contestas. Qué poca seriedad, "
          "de verdad. No hace falta agregar a gente para luego ignorarla.", (9, 20)))
P("hostility_connection", "de", "Carsten Ebeling", "Geschäftsführer | Ebeling Zeitarbeit", "Dortmund",
  ("msg", "Moin Alex, wir stellen kurzfristig Buchhaltungskräfte für Abschlussspitzen, auch für zwei, drei Wochen. Faire Stundensätze, "
          "ab 48 € netto. Soll ich Ihnen ein Angebot für den Jahresabschluss schicken?"),
  ("msg", "Respekt. Gelesen, nicht geantwortet. So behandelt man also Geschäftspartner in Ihrer Etage. Ich merk's mir.", (7, 18)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Peregrine Shaw", "Private Client Director | Albury & Finch Wealth", "London",
  ("msg", "Dear Alex,\n\nI do hope you are well and that the year-end is treating you kindly. I was at a dinner for senior finance "
          "professionals in the City last week and the conversation turned, as it so often does, to how little time people in roles "
          "like yours have for their own affairs. You look after everybody else's numbers and nobody looks after yours.\n\n"
          "That, in short, is what we do at Albury & Finch. We work with a small number of finance directors and controllers on pension "
          "consolidation, the lifetime allowance changes, share scheme exits and inheritance planning, and we are entirely fee-based, "
          "so there is no product push. I would very much welcome a conversation, perhaps a coffee near your office or a short call, to "
          "see whether there is anything we could usefully look at for you.\n\nWith kind regards,\n\nPeregrine Shaw\nPrivate Client Director\n"
          "Albury & Finch Wealth Management LLP | 14 Cornhill, London EC3V 3ND\nT: +44 20 7946 0813 | albury-finch.example\n\n"
          "Albury & Finch Wealth Management LLP is authorised and regulated by the Financial Conduct Authority. The value of investments "
          "and the income from them can fall as well as rise. This message is confidential and intended solely for the addressee."),
  ("msg", "Dear Alex, a gentle follow-up on my note. We have a short seminar for clients on the new pension rules on the 21st, with "
          "a private consultation afterwards for anyone who wishes. May I reserve you a place and a 30-minute slot?\n\nPeregrine Shaw | "
          "Albury & Finch Wealth | T: +44 20 7946 0813", (10, 25)))
P("connection_only_pitches", "de", "Timo Rautenberg", "Key Account Manager | Planwerk Software", "Köln",
  ("msg", "Hallo Alex, mein Kollege Jonas bat mich, das an dich weiterzuleiten:\n\n»Sehr geehrte Damen und Herren, mit Planwerk 7 "
          "erstellen Controlling-Teams ihre Mehrjahresplanung in der Hälfte der Zeit – direkt aus SAP, ohne Excel-Export. Gern zeigen wir "
          "Ihnen in einer 30-minütigen Online-Präsentation, wie das bei Unternehmen Ihrer Größe aussieht.«\n\nMeld dich gern, dann "
          "stell ich den Kontakt her!"),
  ("msg", "Kurze Erinnerung wegen des Termins mit Jonas – passt nächste Woche Dienstag?", (6, 15)))
P("connection_only_pitches", "fr", "Loïc Daguerre", "Account Manager | Ledgerloop France", "Paris",
  ("msg", "Alex, dispo pour une démo jeudi ?"),
  ("msg", "Toujours partant pour la démo ? Je vous laisse mon agenda : calendly.example/loic-daguerre/30min", (4, 10)),
  ("msg", "Bonjour Alex, dernière relance : jusqu'à fin mars, Ledgerloop offre les frais de mise en place (4 000 €) aux groupes "
          "qui signent pour trois filiales ou plus. Vous en avez quatre, je crois. On cale 20 minutes ?", (7, 15)))
P("connection_only_pitches", "it", "Davide Sartori", "Co-founder | BudgetBee", "Torino",
  ("msg", "Ciao Alex! We just launched la nuova versione di BudgetBee con forecasting AI, multi-valuta e consolidato. Ti va una demo "
          "veloce, anche solo 15 minuti?"),
  ("msg", "Alex, last call per lo sconto early adopter del 30%: scade venerdì. Ti mando il preventivo per le quattro società?", (5, 14)))


# =============================================================== single_pitch
P("single_pitch", "en", "Fiona Gallacher", "Director | Gallacher Interim Finance", "Edinburgh",
  ("msg", "Hi Alex,\n\nit's been ages since the ICAS conference in Glasgow, I still think about that panel where the chair fell asleep "
          "during the IFRS 17 slide. I've been following your posts about the Spanish plant and the move to a single ERP, sounds like "
          "a proper adventure, and I loved the one about the 47 versions of the budget file.\n\n"
          "News from my side: I left the Big Four last spring and set up on my own. We now have a bench of about thirty interim "
          "controllers and project accountants, most of them ex-Big Four, who can start within two weeks, and ERP migrations are exactly "
          "where we're busiest. If you need cover for the cut-over or someone to babysit the data migration, I'd love to put a couple "
          "of CVs in front of you; day rates start at £650.\n\n"
          "Otherwise, hope you're getting some sleep, and let me know if you're ever in Edinburgh, the coffee's on me.\n\nFiona"))
P("single_pitch", "fr", "Céleste Morvan", "Associée | Morvan Paie & RH", "Angers",
  ("msg", "Salut Alex, félicitations pour ta nomination, c'est amplement mérité ! J'espère que l'équipe de Nantes se débrouille "
          "sans toi.\n\nP.S. Si vous cherchez un prestataire pour externaliser la paie des filiales françaises, on a une offre groupe "
          "à 9 € par bulletin. Je te fais une proposition ?"))
P("single_pitch", "de", "Niklas Osterloh", "Sales Manager | Treasurio", "Frankfurt am Main",
  ("msg", "Hi Alex, kurze Info: Treasurio hat jetzt auch ein Modul für Cash Pooling. Interested in a quick call?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Imran Siddiqui", "Finance Director | Northfield Plastics", "Sheffield",
  ("msg", "Alex, hope you're well. A few bits of news from the north.\n\nWe finally went live on the new consolidation tool in "
          "October, only four months late, which by our standards is a triumph. The intercompany matching is genuinely better, the "
          "reporting layer less so, and I've got a long list of things I'd do differently that I'm happy to share if you're heading "
          "the same way with your subsidiaries.\n\nThe other thing, and the real reason I'm writing: our ICAEW district society is "
          "running a free half-day on IFRS 18 in Sheffield on 20 November. It counts for four CPD hours, lunch included, and I'm "
          "chairing the afternoon panel. I'd love you to be one of the three panellists, given everything you've said about "
          "presentation of operating profit for a multi-site group. Twenty minutes of your experience, then questions, no prep "
          "beyond a couple of slides if you want them.\n\nIf you can't make it, come anyway and sit in the audience, the morning "
          "speaker is the technical partner who wrote half the exposure draft response.\n\nBest,\nImran"))
P("connection_brings_value", "de", "Ulrike Sandner", "Controllerin | Arbeitskreisleiterin ICV Süd", "Augsburg",
  ("msg", "Hallo Alex, leite dir das weiter, kam heute über unseren Arbeitskreis:\n\n»Einladung zum kostenfreien Praxisworkshop "
          "'Forecasting mit Treiberbäumen' am 6. März in Augsburg, 9–13 Uhr, max. 20 Teilnehmende, Teilnahmebestätigung für die "
          "Fortbildungspflicht wird ausgestellt.«\n\nIch geh hin – kommst du mit? Dann melde ich uns zusammen an."))
P("connection_brings_value", "fr", "Amandine Royer", "Contrôleuse de gestion | Groupe Vernier", "Grenoble",
  ("end",),
  ("msg", "Voilà les slides de jeudi, bonne lecture ! vernier-drive.example/ifrs18-atelier", (3, 12)))
P("connection_brings_value", "en", "Tom Ashdown", "Head of Group Reporting | Harrow Engineering", "Coventry",
  ("msg", "Heads up – did you get this one too? Pasting it so you can see:\n\n\"Hi Tom, I'm inviting a handful of senior finance leaders "
          "into an exclusive CFO Peer Circle. Members get quarterly roundtables and, as a welcome gift, a complimentary review of their "
          "personal wealth strategy with our partners.\"\n\nIt's a funnel for a wealth manager, three people in our controllers' group "
          "got it. I'd give it a miss. On a happier note, the controllers' Slack I mentioned is here, free, no vendors allowed: "
          "controllers-slack.example/join"))

P("connection_brings_value", "it", "Gabriele Fasolo", "Plant Controller | Brenta Meccanica", "Vicenza",
  ("msg", "Ciao Alex, quick one: il file di riconciliazione intercompany che usiamo a Vicenza funziona anche con le vostre filiali spagnole, "
          "I tested it last night. Te lo carico sul Teams del gruppo, tutto gratis ovviamente. Dimmi se ti serve una mano a configurarlo."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Blundell", "Partner, Finance Practice | Halden Search", "London",
  ("inm", "Group Financial Controller – listed engineering group",
   "Hi Alex,\n\nI'm retained by a FTSE 250 engineering group to find their next Group Financial Controller. They have 22 subsidiaries "
   "across Europe and North America, are moving from three ERPs to one over the next two years, and need someone who has done a "
   "multi-country close under pressure and can lead a team of 14. Reporting to the CFO, based in the Midlands with two days from home.\n\n"
   "Package is £135-150k base, 30% bonus and an LTIP. The hiring manager is a former audit partner and, in my experience, a very good "
   "person to work for.\n\nYour background in multi-language subsidiaries is exactly what they asked for. If you're open to a "
   "confidential conversation, reply here or call me on +44 20 3868 1142 / +44 7841 220 967.\n\nBest regards,\nHarriet Blundell\n"
   "Partner, Finance Practice | Halden Search Ltd | haldensearch.example\n\n"
   "Halden Search Ltd acts as an employment agency in relation to permanent positions. We process your personal data on the basis of "
   "legitimate interest; our privacy notice is at haldensearch.example/privacy. If you would prefer not to hear from us again, just "
   "reply 'no thanks'."))
P("stranger_inmail_recruiter", "de", "Dr. Matthias Lindner", "Executive Search CFO/Finance | Lindner & Vogel", "München",
  ("inm", "Head of Controlling (m/w/d) – Automotive-Zulieferer",
   "Hallo Alex, ich besetze gerade eine Rolle als Head of Controlling bei einem Automotive-Zulieferer nahe Ingolstadt – the team is "
   "international, working language English, 110–130k plus Bonus und Dienstwagen. Hätten Sie Interesse an einem kurzen, "
   "vertraulichen Telefonat?"))
P("stranger_inmail_recruiter", "es", "Rocío Alarcón", "Headhunter Finanzas | Alarcón Talent", "Valencia",
  ("inm", "CFO filial – Valencia", "¿Abierto a cambio? CFO filial, Valencia, 95k."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Josh Whitaker", "Enterprise Account Executive | ClosePilot", "Manchester",
  ("inm", "Loved your post on the 47 budget versions",
   "Hi Alex,\n\nyour post about the 47 versions of the budget file made my morning. Our head of product printed it and stuck it on "
   "the wall next to the coffee machine, with a note that said 'never again'. It also started a long debate in our office about "
   "whether version control is a technology problem or a people problem (I'm on the people side, for the record).\n\n"
   "I've spent the last few years talking to controllers in manufacturing, and the pattern is always the same: the close itself "
   "isn't hard, it's the hundreds of small handovers between sites that kill you. That's the thing we built ClosePilot to fix, a "
   "single checklist and reconciliation workspace that every subsidiary works in, in its own language, with the group team seeing "
   "everything live. I'd love to show you a 20-minute walkthrough built around your own structure, four subsidiaries if I read "
   "your profile right, so you can judge for yourself.\n\nEither way, keep the posts coming, they're the only finance content my "
   "team actually reads.\n\nJosh"))
P("stranger_inmail_sales", "it", "Elena Bortolotti", "Sales Director | LeanClose Italia", "Bologna",
  ("inm", "Un caso che potrebbe interessarle", "«Grazie a LeanClose abbiamo ridotto la chiusura mensile da 12 a 5 giorni» – CFO di un "
          "gruppo alimentare emiliano. Posso mostrarle come ci sono riusciti?"),
  ("inm", "Re: Un caso che potrebbe interessarle", "Ha avuto modo di leggere? Demo giovedì alle 11?", (4, 12)))
P("stranger_inmail_sales", "fr", "Bastien Rolland", "Directeur régional | Creditia Assurance-crédit", "Nantes",
  ("inm", "Filiales espagnoles et italiennes",
   "Bonjour Monsieur Morgan,\n\nje me permets de vous écrire car nous suivons plusieurs groupes industriels de la région qui, comme "
   "le vôtre, vendent beaucoup en Espagne et en Italie. Les délais de paiement y ont encore augmenté cette année.\n\nBien à vous,\n"
   "Bastien Rolland\n\nP.S. Nous proposons une assurance-crédit qui couvre jusqu'à 90 % des impayés sur ces deux pays ; je peux vous "
   "faire une cotation sous 48 heures si vous m'envoyez votre balance âgée."))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Owain Pritchard", "Host, Leeds Controllers' Breakfast | Director, Northfell Advisory", "Leeds",
  ("inv", "Alex – I host the free Controllers' Breakfast in Leeds. Next one's on lease accounting for multi-site groups. Come along?"),
  ("msg", "Great to see you on Thursday! As promised, the slides and the IFRS 16 calculator we talked about: northfell.example/breakfast-ifrs16", (10, 20)),
  ("msg", "Hi Alex,\n\nhope the lease data collection went better than you feared. The calculator has now been downloaded by about "
          "forty people from the breakfast list, and two of them found errors in my discount-rate tab, so there's a corrected version "
          "at the same link. Thanks again for your point about the Spanish property leases; I used it in the write-up (anonymised), and "
          "it got more comments than anything I wrote myself.\n\n"
          "The next breakfast is 12 March, on intercompany reconciliations, and a couple of people asked whether you'd share your "
          "experience with the four-subsidiary matching process. Ten minutes, informal, no slides required.\n\n"
          "Owain\n\nP.S. From next quarter Northfell is offering lease-accounting as an outsourced service: we take the contract register, "
          "run the calculations monthly and hand your team the journals. Given what you told me about the Spanish subsidiary, shall I "
          "send over a proposal and pricing?", (20, 40)))
P("good_turns_ugly", "de", "Lea Hinterberger", "Masterstudentin Controlling | Universität Mannheim", "Mannheim",
  ("inv", "Hallo Alex, ich schreibe meine Masterarbeit über Rolling Forecasts im Mittelstand – dürfte ich Ihnen fünf kurze Fragen schicken? "
          "Die Ergebnisse teile ich gern."),
  ("msg", "Vielen Dank für Ihre ausführlichen Antworten! Anbei wie versprochen die Zusammenfassung der Ergebnisse (23 Unternehmen): "
          "uni-mannheim.example/rf-umfrage. Ihr Hinweis zu den Treibern je Werk hat mir sehr geholfen.", (15, 35)),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Könnten Sie mich im Gegenzug für Controlling und Excel bestätigen? "
          "Ich bin gerade in der Bewerbungsphase 🙈 Danke!", (1, 4)))
P("good_turns_ugly", "fr", "Jérémie Castagne", "Senior Manager ESG Reporting | Castagne & Associés", "Lyon",
  ("inv", "Hello Alex, je monte un groupe de travail sur le reporting CSRD dans l'industrie – free, on partage nos templates. Ça vous dit ?"),
  ("msg", "Voici le template ESRS E1 qu'on a finalisé avec le groupe, feel free to reuse it chez vous : castagne.example/esrs-e1.xlsx", (8, 18)),
  ("msg", "Petite nouveauté : our firm now offers a CSRD readiness audit, 15 jours-homme, tarif préférentiel pour les membres du groupe "
          "de travail. Je vous envoie la proposition commerciale ?", (14, 30)))
P("good_turns_ugly", "es", "Guillermo Sarasola", "Director de proyectos SAP | Sarasola Consulting", "Madrid",
  ("inv", "Hola Alex, te escribo de parte de Lucía Ramos (fuisteis compañeros en Deloitte). Me dijo que hablara contigo sobre la migración "
          "a S/4HANA de vuestras filiales. ¿Conectamos?"),
  ("msg", "¡Gracias por aceptar! Te paso el checklist de migración que usamos en Grupo Levante, sin compromiso, por si os sirve: "
          "sarasola.example/checklist-s4", (3, 10)),
  ("msg", "Alex, te reenvío lo que me pasa mi equipo comercial:\n\n«Paquete de migración S/4HANA para filiales: 4 sociedades, 14 semanas, "
          "60.000 € cerrado, incluye formación.»\n\n¿Lo vemos en una llamada esta semana?", (12, 25)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Declan Morrow", "Regional Director | Spendwise", "Dublin",
  ("inm", "Your AP team",
   "Hi Alex,\n\nI'll keep this short-ish. I work with controllers at mid-sized manufacturers, and the same story comes up again and again: "
   "invoices arriving in four languages, approvals lost in inboxes, and a month-end where half the team is chasing purchase orders "
   "instead of analysing anything. It's nobody's fault, it's just what happens when a group grows by acquisition and "
   "every new site keeps its own habits for a few years.\n\n"
   "We've helped about sixty groups like yours cut invoice processing cost by more than half, with capture that reads Spanish and "
   "Italian invoices as happily as English ones. Would you be open to a 20-minute call next week so I can show you what that looked "
   "like for a company with a similar footprint?\n\nThanks for reading this far,\nDeclan\nDeclan Morrow | Regional Director, Spendwise "
   "| +353 1 554 9820 | spendwise.example/demo"),
  ("inv", "Alex, we met briefly at the FD Forum in Manchester – would be good to stay in touch."))
P("reinvite_known_bad", "fr", "Agathe Lenoir", "Conseil en finance d'entreprise", "Nantes",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je lance un club de lecture gratuit pour DAF et contrôleurs : un livre par trimestre, une visio d'une heure. "
          "Premier titre : « Beyond Budgeting ». Ça vous tente ?"))
P("reinvite_known_bad", "it", "Nicola Ferrazzi", "Consulente software gestionale", "Brescia",
  ("inv", "Demo gratuita del nostro gestionale? 😊"),
  ("inv", "Ciao Alex, nuovo anno, new opportunities! Mi farebbe piacere averti nella mia rete."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Sven Kröger", "Berater Controlling-Software", "Hamburg",
  ("inv", "Hallo Alex, wir haben eine Lösung für Ihre Konzernplanung, die Sie sich ansehen sollten. Kurzer Call?"),
  ("inm", "?", "Keine Antwort ist auch eine Antwort. Von Leuten in Ihrer Position erwarte ich eigentlich mehr Anstand, aber bitte."),
  ("inv", "Hallo Alex, Schwamm drüber – lass uns vernetzen. Ich teile regelmäßig Praxisbeispiele zur Konzernplanung."))
P("reinvite_known_ugly", "en", "Priyanka Raman", "Founder | FinOps Collective", "London",
  ("inm", "Quick question for a fellow controller",
   "Hi Alex, quick one from a fellow finance person: how are you handling IFRS 18's management-defined performance measures in "
   "your board pack? Genuinely curious, we're all working it out."),
  ("inm", "Re: Quick question for a fellow controller",
   "Thanks so much for the thoughtful reply! Funny enough, this is exactly what FinOps Collective helps with: we build MPM "
   "reconciliation packs for boards, fixed fee from £8,500. Would you like a proposal?", (4, 10)),
  ("inv", "Hi Alex, I host a monthly IFRS 18 clinic for controllers, free to join. Would love to have you in the group."))
P("reinvite_known_ugly", "es", "Adrián Cabello", "Asesor financiero | Patrimonio & Futuro", "Sevilla",
  ("inv", ES_DEF + " Por cierto, ayudo a directivos a optimizar su jubilación."),
  ("rem",),
  ("inm", "¿En serio?", "Oye Alex, ni un 'no gracias'. Seriously, es de muy mala educación. Así os va a los financieros, muy creídos."),
  ("inv", "Segundo intento 🙂"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Gemma Rowntree", "Partner | Rowntree Tax LLP", "York",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invitation, lovely to meet you at the ACCA dinner, and sorry again for knocking the wine onto your "
          "programme.\n\nI've been thinking about what you said over dessert about the Italian and Spanish subsidiaries and the "
          "transfer pricing documentation. It's such a common headache, and the local-file requirements have both tightened this year, "
          "Spain in particular. We've just finished a similar project for an engineering group with sites in Bilbao and Brescia, and "
          "it went from three sets of advisers to one master file plus two local files, done in about eight weeks. I'd be happy to put "
          "together a fixed-fee quote for doing the same for you, and if it helps I can come to your office to walk your team through it.\n\n"
          "Anyway, it was a fun evening, and I hope the train home was quieter than our table.\n\nGemma",
          (1, 5)))
P("user_invited_pitch_once", "it", "Stefano Cimolai", "Business Developer | ContaFacile Cloud", "Udine",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Bella la chiacchierata alla fiera di Pordenone, spero che il rientro sia andato bene.\n\n"
          "P.S. Se volete togliervi il pensiero della fatturazione elettronica per la filiale italiana, ContaFacile lo fa a 39 € al mese. "
          "Ti mando una prova?", (1, 6)))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Florentine Weigand", "Partnerin | Weigand Steuerberatung", "Nürnberg",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie am Rande der Messe besprochen: Wir übernehmen die Tax-Compliance für deutsche "
          "Tochtergesellschaften internationaler Gruppen, Pauschalhonorar ab 1.200 € im Monat. Darf ich Ihnen ein Angebot machen?\n\n"
          "Mit freundlichen Grüßen\nFlorentine Weigand\nSteuerberaterin | Partnerin\nWeigand Steuerberatung PartG mbB · Königstraße 18 · "
          "90402 Nürnberg\nTel. +49 911 2345 670 · weigand-stb.example\n\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte "
          "Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten "
          "Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.", (1, 4)),
  ("msg", "Kurze Nachfrage zum Angebot – passt ein Termin nächste Woche?", (8, 20)))
P("user_invited_pitch_twice", "fr", "Romain Desjardins", "Head of Sales France | Finovia", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! As discussed at the DFCG event, je vous propose une démo de Finovia pour le rapprochement "
          "intercos – 30 min, your team included. Mardi ou jeudi ?", (1, 3)),
  ("msg", "Bonjour Alex, je vous colle le retour d'un client, ça parle mieux que moi :\n\n« Avec Finovia, nos écarts intercos à la "
          "clôture sont passés de 140 à 12 lignes. » – DAF d'un groupe de composants auto\n\nOn cale la démo ?", (9, 21)))
P("user_invited_pitch_twice", "en", "Lewis Garside", "Founder | Garside FP&A Studio", "Bristol",
  ("acc",),
  ("msg", "Thanks for connecting, Alex, and for the kind words about my talk at the FP&A meetup.\n\nP.S. We build driver-based forecast "
          "models for manufacturing groups, fixed price from £12k. If the Zaragoza plant has thrown your forecast out, happy to scope it.",
   (1, 4)),
  ("msg", "Bumping this in case it got buried. Grab a slot: cal.example/lewis-garside", (7, 16)))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Elena Quirós", "Profesora de Contabilidad | Universidad de Valencia", "Valencia",
  ("acc",),
  ("msg", "Hola Alex:\n\nmuchas gracias por la invitación y por la charla del otro día en la Cámara; fue un placer conocer a alguien que "
          "explica la consolidación sin que la sala se duerma.\n\nTe cuento un poco el contexto. Desde la universidad organizamos cada "
          "primavera unas jornadas abiertas sobre información financiera para profesionales y estudiantes de máster. Son gratuitas, "
          "duran una mañana y el año pasado vinieron unas ciento veinte personas, casi la mitad de empresas de la zona. Este año el hilo "
          "conductor es la NIIF 18 y cómo afecta a los grupos industriales con filiales en varios países. Nos gustaría mucho que fueras "
          "uno de los ponentes de la mesa redonda del 24 de abril: veinte minutos sobre tu experiencia con las filiales y luego "
          "preguntas. Cubrimos el desplazamiento y, por supuesto, la comida con el resto de ponentes.\n\nSi te encaja, te mando el "
          "programa provisional y hablamos por teléfono cuando te venga bien.\n\nUn abrazo,\nElena", (1, 5)))
P("user_invited_value", "en", "Rebecca Hollins", "Audit Committee Secretary | Harrow Engineering", "Coventry",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As promised, here's what our audit committee chair circulated last week, I think it's a "
          "useful checklist for your board pack:\n\n\"Before approving the IFRS 18 transition disclosures, members should ask: 1) which "
          "subtotals are management-defined, 2) how they reconcile, 3) whether segment reporting changes.\"\n\nHope it helps.", (1, 6)))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Marta Bellandi", "CFO | Brenta Meccanica", "Padova", ("acc",))
P("acceptance_only", "en", "Stuart Kinnear", "Audit Partner | Kinnear Walsh", "Glasgow", ("acc",))
P("lone_endorsement", "de", "Benedikt Scholl", "Werkscontroller | Kessler Antriebstechnik", "Esslingen", ("end",))
P("lone_endorsement", "fr", "Hugo Lambert", "Contrôleur financier junior", "Lyon", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Sabine Aurich", "s.aurich@kessler-antrieb.example", "IFRS 18 Roundtable 14.5. – Einladung",
     "Hallo Alex,\n\nfalls meine LinkedIn-Anfrage untergegangen ist: hier die Einladung zum Roundtable am 14. Mai, Anmeldung formlos per Antwort.\n\n"
     "Viele Grüße\nSabine\n\n--\nSabine Aurich | Leiterin Controlling | Kessler Antriebstechnik GmbH\nTel. +49 711 889 2301\n"
     "Sitz der Gesellschaft: Stuttgart, Amtsgericht Stuttgart HRB 123456. Diese E-Mail ist vertraulich.", "de"),
    ("Tom Ashdown", "tom.ashdown@harrow-eng.example", "FW: CFO Peer Circle",
     "Alex, forwarding the original of the 'peer circle' invite I pasted on LinkedIn, in case IT wants to block the sender.\n\n"
     "---------- Forwarded message ----------\nFrom: CFO Peer Circle <invite@cfo-peer-circle.example>\nSubject: An exclusive invitation\n\n"
     "Hi Tom, I'm inviting a handful of senior finance leaders...", "en"),
    ("Group IT Security", "security@example.net", "Warnung / Warning: fake LinkedIn messages about supplier portals",
     "Liebe Kolleginnen und Kollegen, dear colleagues,\n\nwe are seeing messages that look like LinkedIn and ask you to confirm bank details "
     "for a 'supplier portal'. Bitte niemals Bankdaten über solche Links bestätigen. Report them to security@example.net.", "en"),
    ("Secrétariat DFCG Nantes", "nantes@dfcg-regions.example", "Petit-déjeuner IFRS 18 : supports",
     "Bonjour,\n\nles supports du petit-déjeuner sont en ligne. Retrouvez aussi les photos de la matinée sur notre page LinkedIn.\n\n"
     "L'équipe DFCG Nantes", "fr"),
    ("Lucía Ramos", "lucia.ramos@example.net", "Te he presentado a Guillermo",
     "Hola Alex,\n\nle he dicho a Guillermo Sarasola que te escriba por LinkedIn sobre la migración. Ojo, que ahora tiene consultora "
     "propia; tú decides.\n\nBesos,\nLucía", "es"),
    ("Ufficio Personale Padova", "hr.padova@example.net", "Aggiornamento profili LinkedIn del team",
     "Ciao a tutti,\n\ndopo la riorganizzazione vi chiediamo di aggiornare il ruolo sul profilo LinkedIn entro fine mese. "
     "For English speakers: please update your LinkedIn job title by the end of the month.\n\nGrazie, HR", "it"),
    ("Halden Search", "harriet.blundell@haldensearch.example", "Following up on my LinkedIn message",
     "Hi Alex,\n\nI sent you a note on LinkedIn about a Group Financial Controller search; emailing in case it is easier to reply here.\n\n"
     "Best regards,\nHarriet Blundell\nT +44 20 3868 1142\n\nHalden Search Ltd, registered in England and Wales no. 0918273.", "en"),
    ("Controllers Slack", "no-reply@controllers-slack.example", "Welcome to the controllers' Slack",
     "Welcome, Alex! Tom Ashdown invited you after sharing the link on LinkedIn. Say hello in #introductions.", "en"),
    ("Ebeling Zeitarbeit", "info@ebeling-zeitarbeit.example", "Ihr Jahresabschluss – Personal auf Abruf",
     "Sehr geehrte Damen und Herren,\n\nwie bereits über LinkedIn angekündigt: Buchhaltungskräfte ab 48 € netto die Stunde. "
     "Rufen Sie uns an: 0231 556 7700.\n\nAbmelden: Antwort mit STOP", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirty-second development corpus (dev32). Generated by scripts/make_corpus_dev32.py (seed {SEED}); do not edit by hand.",
          "# Hard structure: long messages with the ask buried mid-text or in a P.S., terse notes, code-switching within a note, "
          "LinkedIn's default text plus one line, forwarded or pasted text, signatures with disclaimers. Same format as tests/corpus/dev."]

for _st in PEOPLE:
    for _step in _st[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_st[2], len(_step[1]))


if __name__ == "__main__":
    main(__doc__, "dev32", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
