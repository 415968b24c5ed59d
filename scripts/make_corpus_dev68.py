#!/usr/bin/env python3
"""Write mailbot's sixty-eighth, independent development corpus: tests/corpus/dev68/*.eml + expected.toml.

The angle: notes as people really type them on their phones in 2024-2026. Voice-dictated
notes with misheard words and no punctuation (sometimes with "Komma" or "question mark"
written out), autocorrect slips, one-line notes, notes that switch language halfway, notes
that are a link and three words, emoji, text-speak and abbreviations (u, ur, thx, tbh, bjr,
stp, pls, mfg, xfa, tb). Spread over English, German, French, Spanish and Italian and over
every role: peer controllers, vendors, recruiters, hostile people, endorse-back askers. The
user is the default Alex Morgan, finance controller at Example Industries. Every scenario of
the taxonomy is covered, and everyone is in the current layout (2024-2026).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines of
spoof-only names and PYMK suggestions, the pitches and phishing lines that spoofs carry and
the order of spoof methods are swapped in this process only (make_corpus.py itself is not
changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev68.py              # writes tests/corpus/dev68
    python scripts/make_corpus_dev68.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260868

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ world tables (this process only)
SKILLS = {
    "en": ["Financial Reporting", "Budgeting", "Forecasting", "Month-End Close", "SAP", "Excel"],
    "de": ["Controlling", "Budgetierung", "Reporting", "SAP CO", "Kostenrechnung", "Forecasting"],
    "fr": ["Contrôle de gestion", "Reporting financier", "Budget", "Clôture mensuelle", "SAP"],
    "es": ["Control de gestión", "Presupuestos", "Reporting financiero", "Cierre contable", "SAP"],
    "it": ["Controllo di gestione", "Budgeting", "Reporting finanziario", "Chiusura mensile", "SAP"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Finance Controller", "Dunmore Foods"), ("Senior Controller (m/w/d)", "Kessler Antriebstechnik"),
              ("Responsable contrôle de gestion", "Armor Logistique"), ("Controller financiero", "Grupo Alcántara"),
              ("Head of FP&A", "Brembana Tubi")]
mc.COMPANIES["good"] = ["Dunmore Foods", "Kessler Antriebstechnik", "Armor Logistique", "Grupo Alcántara", "Brembana Tubi", "Halvorsen Retail"]
mc.COMPANIES["sales"] = ["LedgerBot", "Kontora", "Spendlyx", "WelfareBox", "Clearfund Factoring", "Payrollio", "DocuSnap", "TaxBack R&D"]
mc.HEADLINES["good"] = ["Finance Controller at {co}", "Head of FP&A | {co}", "Group Accountant at {co}", "CFO at {co}", "Controller | {co}"]
mc.HEADLINES["sales"] = ["Account Executive @ {co}", "Founder | {co} 🚀", "Sales Manager at {co}", "Helping finance teams save time | {co}",
                         "BDR at {co}", "Partner Manager – {co}"]
SPOOF_PITCH = {
    "en": ["hi {first} pls check the invoice i sent u, payment overdue since fri. open here before it gets locked",
           "{first} - shared the Q4 budget file w/ u, sign in to view 👇"],
    "de": ["Hallo {first}, hab dir die Rechnung geschickt, ist seit Freitag überfällig. Bitte hier öffnen, Link läuft heute ab",
           "Hi {first}, Budgetdatei Q4 für dich freigegeben, bitte anmelden zum Ansehen 👇"],
    "fr": ["Bonjour {first}, facture en retard depuis vendredi, merci de l'ouvrir ici avant blocage du lien",
           "{first}, je t'ai partagé le fichier budget T4, connecte-toi pour le voir 👇"],
    "es": ["Hola {first}, la factura lleva vencida desde el viernes, ábrela aquí antes de que caduque el enlace",
           "{first}, te compartí el excel del presupuesto Q4, inicia sesión para verlo 👇"],
    "it": ["Ciao {first}, fattura scaduta da venerdì, aprila qui prima che il link venga bloccato",
           "{first}, ti ho condiviso il file del budget Q4, accedi per vederlo 👇"],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
PHISH = {
    "en": ["hey, sent u the doc on LinkedIn Drive, cant attach here. log in to open", "Urgent: pls confirm ur details for the payment today thx"],
    "de": ["Hi, hab dir das Dokument über LinkedIn Drive geschickt, bitte einloggen", "Dringend: bitte heute noch Ihre Daten für die Zahlung bestätigen"],
    "fr": ["Salut, doc envoyé via LinkedIn Drive, connecte-toi pour l'ouvrir", "Urgent : merci de confirmer vos coordonnées pour le paiement aujourd'hui"],
    "es": ["Hola, te mandé el documento por LinkedIn Drive, entra para abrirlo", "Urgente: confirma tus datos para el pago de hoy porfa"],
    "it": ["Ciao, ti ho mandato il documento su LinkedIn Drive, accedi per aprirlo", "Urgente: conferma i tuoi dati per il pagamento di oggi grazie"],
}
for _l, _n in PHISH.items():
    mc.PHISH_NOTES[_l] = list(_n)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.google.com",
                       "nodkim", "buried", "display:outlook.com", "wrongpass", "lookalike:linkedin.com.secure-notify.example"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Kwame Asante", "Group Financial Controller | Dunmore Foods", "Leeds",
  ("inv", "hi alex saw ur comment on the ifrs 18 thread. were midway thru the same p&l remap at dunmore and stuck on the mgmt defined measures bit. "
          "could i ask u 2 quick qs? no pitch, just a fellow controller drowning a bit 😅"),
  ("rem",))
P("good_invitation", "de", "Sabine Wöhrle", "Leiterin Controlling | Maschinenbau", "Ulm",
  ("inv", "Hallo Alex ich hab deinen Beitrag zum Forecast mit Treiber Modellen gelesen Komma wir machen am Donnerstag einen kostenlosen "
          "Erfahrungsaustausch vom Controller Stammtisch Ulm online Komma hättest du Lust 10 Minuten zu erzählen wie ihr das macht Fragezeichen"))
P("good_invitation", "fr", "Yannick Le Goff", "Talent Acquisition | Armor Logistique", "Rennes",
  ("inv", "Bonjour Alex, je recrute un(e) responsable contrôle de gestion pour notre site de Rennes, CDI, télétravail 2j/sem, équipe de 4. "
          "Votre profil colle vraiment. Dispo 10 min pour en parler ? (écrit du tél, désolé pour les fautes)"),
  ("rem",))
P("good_invitation", "es", "Ainhoa Etxeberria", "Controller | Grupo Alcántara", "Bilbao",
  ("inv", "Alex! jornada gratis sobre cierre contable con IA en Bilbao el 12/3, cuenta como 4h de formación homologada 👉 "
          "https://www.eventbrite.es/e/cierre-ia-bilbao-882104 ven si puedes!!"))
P("good_invitation", "it", "Davide Pellegrini", "Controller @ Brembana Tubi", "Bergamo",
  ("inv", "Ciao Alex, ci siamo visti al workshop SAP a Monaco, you were the one asking about intercompany elimination in group reporting. "
          "I finally found a workaround, happy to share my config notes if useful 👍"))
# =============================================================== default_invitation
P("default_invitation", "de", "Uwe Pfannkuch", "Vertrieb | Industriebedarf", "Kassel", ("inv", NONOTE))
P("default_invitation", "it", "Rosaria Iannone", "Consulente | Formazione aziendale", "Salerno", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Ludovic Sarrazin", "Business Developer", "Toulouse", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ryan Okoro", "Founder @ LedgerBot | AP on autopilot", "London",
  ("inv", "alex - 15 min this wk? saw ur hiring AP clerks, we automate that whole job. calendly.com/ryan-ledgerbot/15min"))
P("sales_invitation", "de", "Jannik Brose", "Account Executive | Kontora Reisekosten-App", "Hannover",
  ("inv", "Hallo Herr Morgan ich melde mich von der Firma Kontora wir machen Reisekosten Abrechnung per App und sparen Controlling Abteilungen "
          "im Schnitt 20 % Zeit ich würde ihnen das gerne in einer kurzen Demo zeigen wann passt es ihnen am besten"),
  ("rem",))
P("sales_invitation", "es", "Noelia Barrios", "Asesora financiera independiente | Patrimonio y fiscalidad", "Valencia",
  ("inv", "Hola Alex! Soy asesora financiera independiente, ayudo a directivos a ordenar su patrimonio y pagar menso a Hacienda 😉 "
          "Te apetece un café virtual de 20 min para ver tu caso?"))
P("sales_invitation", "fr", "Karine Vasseur", "Recouvrement B2B | Clearfund", "Lille",
  ("inv", "Bjr Alex, on aide les DAF à récupérer leurs impayés + vite (sans abîmer la relation client). Un call de 15 min cette semaine ? Bonne journée"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dean Ashcroft", "Founder | Midlands Finance Collective", "Birmingham",
  ("inv", "hey alex im putting together a small whatsapp group for finance controllers in the midlands. no vendors, just swapping war stories "
          "+ templates. want in? 🙌"),
  ("msg", "great to have u! quick one - alongside the collective i run a fractional fp&a consultancy, loads of members use us for their budget cycle. "
          "could we jump on a call thurs to see if theres a fit?", (2, 9)),
  ("msg", "hey just bumping this 👆 got 2 slots left for q1 onboarding", (6, 14)))
P("bait_and_switch_invitation", "de", "Holger Brandstätter", "Netzwerker | CFO-Runde Rhein-Main", "Wiesbaden",
  ("inv", "Hallo Alex wir sind eine kleine Runde von Finanzleitern aus dem Rhein Main Gebiet und treffen uns einmal im Quartal ganz ohne Verkauf "
          "einfach Austausch hättest du Lust dazu zu kommen"),
  ("msg", "Hi Alex, schön dass es geklappt hat! Kurz zu mir: hauptberuflich bin ich unabhängiger Versicherungsmakler und schaue mir bei Führungskräften "
          "BU und D&O an. Sollen wir da mal 30 min telefonieren? Vor dem nächsten Treffen wäre ideal", (3, 12)))
P("bait_and_switch_invitation", "fr", "Mathilde Royer", "Fondatrice | TrésoFlow", "Nantes",
  ("inv", "Salut Alex, je partage gratuitement notre modèle Excel de plan de trésorerie à 13 semaines 👉 je te l'envoie dès que tu acceptes"),
  ("msg", "Voilà 👉 https://tresoflow.fr/modele-13s (il faut juste créer un compte). D'ailleurs TrésoFlow fait tout ça en automatique, "
          "je te montre en 20 min ? essai 14j puis 290€/mois", (1, 5)))
P("bait_and_switch_invitation", "es", "Iratxe Ugalde", "Control de gestión | Industria", "Vitoria-Gasteiz",
  ("inv", "Hola Alex, yo también llevo control de gestión en una industrial, te puedo hacer una pregunta sobre cómo imputáis los costes indirectos? gracias!!"),
  ("msg", "Mil gracias por aceptar 🙏 Te cuento, en realidad ahora colaboro con una consultora de costes (CostiaLab) y buscamos empresas piloto para la "
          "herramienta, te la enseño en una videollamada esta semana?", (2, 8)),
  ("msg", "Alex? 😊 te dejo mi agenda por si es más fácil: https://calendly.com/iratxe-costialab", (5, 12)))
P("bait_and_switch_invitation", "it", "Fabio Ghezzi", "Networking | Controller Italiani Milano", "Milano",
  ("inv", "Ciao Alex sono Fabio del gruppo controller italiani a Milano organizziamo un aperitivo di networking gratuito giovedì prossimo "
          "in zona Porta Nuova saresti il benvenuto"),
  ("msg", "ciao Alex grazie della connessione!! ti scrivo anche perché di lavoro mi occupo di pianificazione patrimoniale per manager, "
          "ti andrebbe una consulenza conoscitiva gratuita? zero impegno eh", (4, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Carly Brennan", "Finance | ex-Retail Controller", "Bristol",
  ("inm", "quick q from a fellow controller", "Hi Alex sorry for the cold msg, fellow controller here (retail). how long does ur month end close take? "
          "trying to benchmark ours, 8 days feels awful lol"),
  ("inm", "Re: quick q from a fellow controller", "thanks for replying!! honestly ur numbers are great. fwiw i moved to the vendor side last yr - "
          "CloseWise gets teams down to 3 days. worth a 20 min look? i can do tue or wed", (3, 10)))
P("bait_and_switch_inmail", "de", "Korbinian Stadler", "Community | Controller Roundtable München", "München",
  ("inm", "Roundtable KI im Reporting", "Servus Alex, wir machen im März einen Roundtable für Controller in München, kostenfrei, ca. 12 Leute, Thema KI im Reporting. "
          "Magst kommen?"),
  ("inm", "Roundtable – Vorgespräch", "Hi Alex, freut mich! Kleine Info vorab: Der Roundtable ist von unserem Partner ReportMind organisiert, deshalb gibt es "
          "mit allen Gästen ein 30-min Vorgespräch, in dem wir die Lösung kurz zeigen. Wann passt dir diese Woche?", (2, 7)))
P("bait_and_switch_inmail", "es", "Marina Cuesta", "Mentora de controllers | Autora", "Sevilla",
  ("inm", "guía gratis 📘", "Hola Alex, estoy regalando mi guía de 40 páginas para cerrar el mes en 5 días, sin registro ni nada, dime y te la paso"),
  ("inm", "tu guía + algo más", "Aquí la tienes! Por cierto, si quieres implantarlo de verdad, mi mentoría 1:1 para controllers son 8 sesiones por 1.200€. "
          "Hablamos el jueves? Quedan 2 plazas", (2, 8)))
P("bait_and_switch_inmail", "it", "Sofia Balestrieri", "Laureanda in Economia | Università di Pavia", "Pavia",
  ("inm", "tesi controllo di gestione", "Ciao Alex! sto scrivendo la tesi sul controllo di gestione nelle PMI, posso farti 3 domandine? 5 minuti max 🙏"),
  ("inm", "grazie!!", "Grazie mille per le risposte, utilissime!! ps lavoro anche part time per una software house di gestionali, ti posso "
          "organizzare una demo col mio responsabile? ci faresti un favore enorme 😊", (4, 12)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Megan Doherty", "Assistant Accountant | Open to work", "Belfast",
  ("end",),
  ("msg", "endorsed u for {skill} 👍 mind returning the fav? need a few more on my profile before i start applying. ty!!"))
P("endorse_me_back", "fr", "Océane Pichon", "Contrôleuse de gestion junior | En recherche", "Bordeaux",
  ("end",), ("end",),
  ("msg", "Coucou Alex! Je t'ai validé {skill} et deux autres compétences 😊 Tu pourrais me valider « Contrôle de gestion » et « Excel » stp ? "
          "Je suis en pleine recherche d'emploi et ça aide vraiment. Merci !!"))
P("endorse_me_back", "de", "Ingo Seifert", "Controller | Automotive", "Wolfsburg",
  ("end",),
  ("msg", "Hallo Alex ich hab dich gerade für {skill} bestätigt Punkt wärst du so lieb und bestätigst mich auch für Projekt Controlling "
          "und Power BI Punkt danke dir und schönes Wochenende"))
P("endorse_me_back", "es", "Kevin Arroyo", "Analista financiero | Buscando nuevo reto", "Madrid",
  ("end",), ("end",),
  ("msg", "ey Alex te he validado en {skill} jeje, me devuelves el favor con Excel avanzado y Power BI? es pa una candidatura 😬🙏"))
P("endorse_me_back", "it", "Manuela Zanetti", "Impiegata amministrativa | Contabilità", "Padova",
  ("end",),
  ("msg", "Ciao Alex! ti ho messo la conferma su {skill} 😊 se ti va ricambi con Contabilità generale? sto aggiornando il profilo x cambiare lavoro, grazie mille!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brad Kowalczyk", "Spend Management | Spendlyx", "Chicago",
  ("inv", "hi alex lets connect, i work w/ finance teams on spend mgmt 💳"),
  ("rem",),
  ("inm", "seriously?", "3 weeks and no accept. cool. guess ur too important to click a button. very unprofessional tbh"))
P("hostility_after_decline", "de", "Dagmar Lüttgen", "Beraterin | Prozessoptimierung Finanzen", "Bielefeld",
  ("inv", DEFAULT),
  ("inm", "Nicht mal ignorieren…", "Hallo Alex, ich finde es schon ziemlich arrogant, eine Anfrage einfach wochenlang liegen zu lassen. "
          "So geht man in unserer Branche nicht miteinander um. Gruß D. Lüttgen"))
P("hostility_after_decline", "fr", "Pascal Mounier", "Directeur financier de transition", "Clermont-Ferrand",
  ("inv", "Bonjour Alex, on travaille dans le même secteur, j'aimerais échanger avec vous sur vos pratiques de reporting."),
  ("rem",),
  ("inm", "sans réponse", "bonjour Alex je vois que vous avez ignoré mon invitation c'est quand même très impoli de votre part on vous demandait "
          "pas grand chose juste un clic bonne continuation quand même"))
P("hostility_after_decline", "it", "Gennaro Capasso", "Recupero crediti per aziende | Titolare", "Napoli",
  ("inv", "Ciao Alex, mi occupo di recupero crediti x aziende, colleghiamoci!"),
  ("inm", "👎", "ok capito, troppo importante per rispondere. Che maleducazione. poi vi lamentate che nessuno vi da una mano"))
P("hostility_after_decline", "es", "Adrián Corral", "Emprendedor | Marketing digital", "Málaga",
  ("inv", NONOTE),
  ("inm", "???", "Hola, te invité hace semanas y nada. Vaya modales eh. Se nota que se te ha subido el cargo a la cabeza."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Shane Gallagher", "Payroll Solutions | Payrollio", "Dublin",
  ("msg", "hey alex we do outsourced payroll for 50-500 staff cos, could save u a real headache. 10 min call?"),
  ("msg", "hello?"),
  ("msg", "wow. u accept my request and then ghost me. rude af. good luck with ur payroll mess 🙄"))
P("hostility_connection", "de", "Patricia Nowak", "Firmenwagen-Leasing | Key Account", "Dortmund",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen 🙂 Wir machen Leasing für Firmenwagenflotten, wär das bei euch ein Thema? Kann dir gern ein Angebot schicken"),
  ("msg", "Hallo?? Du hast MICH angefragt und dann kommt gar nichts. Echt schwach, Alex. So ein Verhalten ist einfach unprofessionell."))
P("hostility_connection", "es", "Rodrigo Villalba", "Software de tesorería para pymes | Ventas", "Zaragoza",
  ("msg", "Alex, tenemos software de tesorería para pymes, te interesa una demo de 20 min?"),
  ("msg", "Leído y sin respuesta, como siempre. Qué falta de respeto, de verdad. Luego os quejáis de que los proveedores insistimos."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Cristina Lo Russo", "Welfare aziendale | WelfareBox", "Bari",
  ("msg", "Ciao Alex! Hai già pensato al welfare aziendale per il 2025? 🎁 Facciamo piattaforme welfare chiavi in mano, ti chiamo 5 min?"),
  ("msg", "Ti giro la brochure 👉 https://welfarebox.it/brochure-2025 fammi sapere! 🙂"),
  ("msg", "Alex ultima chiamata x il listino 2025, da febbraio aumentano i prezzi"))
P("connection_only_pitches", "en", "Gareth Pryce", "Commercial Insurance Broker", "Cardiff",
  ("msg", "Hi Alex just following up on my connection request I wanted to tell you about our cyber insurance for mid-sized manufacturers "
          "the rates are really competitive right now can I send you a quote"),
  ("msg", "Hi Alex just circling back on the quote let me know a good time to call thanks Gareth"))
P("connection_only_pitches", "fr", "Bastien Colin", "Notes de frais 100% mobiles | DocuSnap", "Grenoble",
  ("msg", "Bonjour Alex 👋 On digitalise les notes de frais (appli + OCR + export compta). Un essai gratuit 30j pour votre équipe ?"),
  ("msg", "Re bonjour, petite relance 🙂 on a -20% jusqu'à la fin du mois si vous signez avant."))
P("connection_only_pitches", "de", "Thies Carstensen", "Energieeinkauf für Industrie | Vertrieb", "Kiel",
  ("msg", "Moin Alex, kurze Frage: wer kümmert sich bei euch um den Energieeinkauf? Wir haben grad richtig gute Strom-Fixpreise für Industriekunden."),
  ("msg", "Moin nochmal, das Angebot gilt noch bis Freitag. Soll ichs dir schicken?"),
  ("msg", "Alex, letzte Chance für den Fixpreis 2026 ⚡ danach wirds teurer"))


# =============================================================== single_pitch
P("single_pitch", "es", "Tamara Ledesma", "Formadora Power BI | Cursos online", "Granada",
  ("msg", "Buenas Alex!! Lanzo mi curso online de Power BI para financieros, 30% dto para mi red hasta el domingo 👉 https://hotmart.com/powerbi-fin"))
P("single_pitch", "en", "Lewis Harcourt", "Director | Harcourt Finance Recruitment", "Leeds",
  ("msg", "alex - saw ur hiring an fp&a analyst. we're a specialist finance agency, 15% fee, can have 3 cvs on ur desk by fri if u want"))
P("single_pitch", "it", "Ettore Valsecchi", "Noleggio a lungo termine | Flotte aziendali", "Lecco",
  ("msg", "ciao Alex ti scrivo perché abbiamo un nuovo servizio di noleggio a lungo termine per le flotte aziendali con condizioni molto "
          "vantaggiose se vuoi ti preparo un preventivo senza impegno fammi sapere"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Nils Achterberg", "Controller | Kessler Antriebstechnik", "Frankfurt am Main",
  ("msg", "Hi Alex, nur kurz: der Arbeitskreis hat die Folien vom Treffen hochgeladen, inkl. dem Rolling-Forecast-Tempel das du wolltest (Template* blöde Autokorrektur) 👉 "
          "https://drive.google.com/drive/folders/1aXkR7ak-forecast gratis für alle, einfach kopieren 😉"))
P("connection_brings_value", "en", "Priya Raman", "Head of FP&A | Halvorsen Retail", "London",
  ("end",),
  ("msg", "congrats on the new role!! btw we have 2 spare tickets for the CFO Summit next thurs, company paid, want one? no strings, "
          "just thought of u when my boss dropped out"))
P("connection_brings_value", "fr", "Julien Abadie", "Contrôleur de gestion groupe | Industrie", "Lyon",
  ("msg", "Alex, dispo le 12 pour un déj ? j'ai les retours du groupe de travail DFCG sur la CSRD à te partager, ça va t'intéresser pour ton reporting"),
  ("msg", "ps: je t'ai mis la synthèse en PJ sur le drive du groupe, libre à toi de la diffuser à ton équipe"))
P("connection_brings_value", "it", "Serena Castellani", "CFO | Brembana Tubi", "Bergamo",
  ("msg", "ciao Alex!! ti giro il contatto di Marta, la controller di cui ti parlavo, è fortissima su transfer printing (pricing* 🙈). le ho già detto che "
          "le scrivi, vi presento per mail domani 📲 così vi sentite direttamente"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Jess Whitmore", "Finance Director | Castlegate Manufacturing", "Manchester",
  ("inm", "Head of Finance – my team", "Hi Alex, hope its ok to reach out. I'm hiring a Head of Finance for our group (manufacturing, £95-105k + bonus, "
          "hybrid 3 days). You'd report to me directly. Open to a quick chat? Sent from my phone so excuse brevity. Jess"))
P("stranger_inmail_recruiter", "de", "Carina Roth", "Personalreferentin | Stadtwerke Fulda", "Fulda",
  ("inm", "Stelle Leitung Controlling", "Hallo Herr Morgan ich bin Personalreferentin bei den Stadtwerken Fulda wir suchen eine Leitung Controlling "
          "in Vollzeit unbefristet ich habe ihr Profil gesehen und würde mich über ein kurzes Telefonat freuen viele Grüße Carina Roth"))
P("stranger_inmail_recruiter", "es", "Verónica Tapia", "Talent Partner | Grupo Alcántara", "Ciudad de México",
  ("inm", "Controller LATAM 🇲🇽", "Hola Alex, busco Controller regional para nuestra filial de CDMX, remote from Spain is totally fine btw. Hablamos 15'?"))
P("stranger_inmail_recruiter", "fr", "Hervé Castagné", "DRH | Groupe agroalimentaire", "Lyon",
  ("inm", "Poste DAF adjoint", "Bonjour Alex, je suis DRH d'un groupe agroalimentaire près de Lyon, on ouvre un poste de DAF adjoint (85-95k€). "
          "Ça vous dirait d'en discuter ? Envoyé de mon iPhone"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Loredana Pace", "Partner Microsoft Dynamics 365 | Sales", "Roma",
  ("inm", "Proposta", "Buongiorno Alex, siamo partner Microsoft per Dynamics 365 e aiutiamo i controller a chiudere il mese in metà tempo. "
          "Possiamo sentirci 20 min?"),
  ("inm", "Re: Proposta", "Alex le riscrivo per quella call, giovedì alle 11 le va?"))
P("stranger_inmail_sales", "en", "Tyler Voss", "Co-founder | ReconAI", "San Francisco",
  ("inm", "hey alex", "hey alex 👋 we built an AI agent that reconciles bank statements while u sleep 😴 want early access? $499/mo founding price"))
# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Rhys Pemberton", "FP&A Lead | Freelance", "Sheffield",
  ("inv", "alex - we met at the ACCA thing in leeds, i promised u my variance analysis template. accept and ill send it over 👍"),
  ("msg", "here u go: https://docs.google.com/spreadsheets/d/1QxVar-tmpl/copy shout if the macros break", (1, 4)),
  ("msg", "hey! hope the template helped. heads up, ive gone freelance and im offering ur team a discounted 3 month fp&a retainer, 2.5k a month. wanna chat?", (20, 45)))
P("good_turns_ugly", "es", "Lucía Montiel", "Controller | Preparando el CMA", "Alicante",
  ("inv", "Hola Alex! organizo un grupo de estudio gratis para el examen CMA, nos vemos por zoom los martes. Te apuntas?"),
  ("msg", "Aquí el link del zoom del martes 👉 https://zoom.us/j/88120455731 y el drive con los apuntes de la parte 1!", (1, 6)),
  ("end",),
  ("msg", "Alex te he validado {skill} 😊 me validarías tú Contabilidad de costes? lo necesito para una entrevista 🙏 gracias!!", (1, 7)))
P("good_turns_ugly", "de", "Mirko Hesselbach", "Steuerberater | Abschlüsse für KMU", "Mainz",
  ("inv", "Hallo Alex, ich teile gratis meine Checkliste für den Jahresabschluss nach HGB, 3 Seiten, kein Haken. Soll ich sie dir schicken?"),
  ("msg", "Hier die Checkliste als PDF: https://hesselbach-stb.de/checkliste-ja.pdf Viel Erfolg beim Abschluss!", (1, 5)),
  ("msg", "Hallo Alex, freut mich dass sie hilft! Übrigens bieten wir die Abschlusserstellung auch als Outsourcing an, Festpreis ab 4.900 €. "
          "Sollen wir mal telefonieren?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Kyle Ambrose", "Sales | Anaplan partner", "Reading",
  ("inm", "FP&A demo?", "Hi Alex, we implement Anaplan for mid-market manufacturers in 12 weeks. Could I book 20 min to show u a demo?"),
  ("inv", "hey 👋 lets connect"))
P("reinvite_known_bad", "fr", "Sandrine Ollivier", "Conseil en organisation financière", "Paris",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, on s'est croisés au salon DAF à Paris, ravie de rester en contact !"))
P("reinvite_known_bad", "it", "Marcello Fumagalli", "Gestionali cloud per PMI | Vendite", "Monza",
  ("inv", "Ciao Alex, vendiamo gestionali in cloud per PMI, 15 min per una demo?"),
  ("inv", "Alex! buon anno 🎉 riproviamo a collegarci?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Sven Kröger", "Karriereberater für Controller", "Hamburg",
  ("inv", "Hallo Alex, ich berate Controller zu Karriere und Gehalt, lass uns vernetzen"),
  ("inm", "Na toll", "Nicht mal eine Absage. Dann halt nicht, aber so behandelt man Leute nicht. Arrogant.", (10, 25)),
  ("inv", "Hi Alex, neuer Versuch 😊 bin jetzt bei einer anderen Firma"))
P("reinvite_known_ugly", "es", "Nacho Bermúdez", "Comunidad Controllers Hispanos | Fundador", "Madrid",
  ("inm", "Comunidad de controllers", "Hola Alex, te invito a nuestra comunidad gratuita de controllers hispanohablantes en Slack, 800 miembros, cero spam"),
  ("inm", "Bienvenido!", "Genial! Para activar tu acceso premium a la comunidad (plantillas + webinars) son 29€/mes, te paso el enlace de pago? 😊", (2, 6)),
  ("inv", "Hola Alex! conectamos por aquí también? 🙌"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Anaïs Guérin", "Intégratrice consolidation | Cabinet conseil", "Lyon",
  ("acc",),
  ("msg", "Merci d'avoir accepté Alex 🙂 petite question, vous avez un outil de conso ? on est intégrateur, je peux vous montrer ce qu'on a fait chez vos voisins"))
P("user_invited_pitch_once", "de", "Melanie Brandl", "SAP-Schulungen | Trainerin", "Nürnberg",
  ("acc",),
  ("msg", "Danke für die Einladung Alex! Falls ihr noch Schulungen für SAP S/4 braucht – im Herbst sind noch Plätze frei, 1.890 € p.P. Meld dich einfach 👍"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Gonzalo Prieto", "Auditoría de proveedores | Recuperación de pagos", "Barcelona",
  ("acc",),
  ("msg", "Gracias por conectar Alex! Te cuento rápido: auditamos pagos a proveedores y recuperamos duplicados, cobramos solo a éxito. Te interesa?"),
  ("msg", "Alex, retomo esto, tienes 10 min el jueves? 🙂"))
P("user_invited_pitch_twice", "it", "Paolo Bonfanti", "Firma digitale per aziende | Account", "Brescia",
  ("acc",),
  ("msg", "ciao Alex grazie per avermi aggiunto volevo presentarti la nostra soluzione di firma digitale per i contratti fornitori possiamo fissare "
          "una demo la prossima settimana"),
  ("msg", "Alex ti allego il listino aggiornato, -15% se firmiamo entro il mese 👉 https://signaflow.it/listino"))
# =============================================================== user_invited_value
P("user_invited_value", "de", "Katrin Ebersold", "Controllerin | Power BI Enthusiastin", "Stuttgart",
  ("acc",),
  ("msg", "Danke fürs Vernetzen! Wie am Stammtisch versprochen: hier unser Power-BI-Template für die Deckungsbeitragsrechnung, frei zu nutzen 👉 "
          "https://github.com/kebersold/db-template sorry, readme is in English, our team is international 😄"))
P("user_invited_value", "fr", "Clément Faivre", "Contrôleur financier | Industrie pharma", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invit ! as promised at the conference, here are the slides from the panel + my notes on the audit committee Q&A 👍 bonne journée"))
P("user_invited_value", "it", "Roberta Sanna", "Commercialista | Revisore legale", "Cagliari",
  ("acc",),
  ("msg", "Grazie Alex! ti segnalo che il 20 c'è un webinar gratuito dell'ordine sui nuovi principi OIC, vale 3 crediti formativi. link: "
          "https://formazione.odcec.example/webinar-oic"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Beatriz Olano", "Directora financiera | Logística", "Bilbao", ("acc",))
P("lone_endorsement", "fr", "Nadège Perret", "Comptable | PME", "Dijon", ("end",))
P("lone_endorsement", "it", "Mattia Grasso", "Analista finanziario", "Torino", ("end",))


# =============================================================== more phone voices
# voice-dictated, misheard words: "a cruel" for "accrual", "for cast" for "forecast"
P("good_invitation", "en", "Aoife Brennan", "Financial Controller | Medtech", "Galway",
  ("inv", "Hi Alex I saw your post about a cruel reversals in the month and close we have the exact same problem in our for cast could I pick your brain "
          "for 10 minutes I'm happy to share our fix for the FX side in return"))
P("sales_invitation", "it", "Nicoletta Ferrante", "Consulente crediti d'imposta | Finanza agevolata", "Verona",
  ("inv", "Buongiorno Alex, recuperiamo il credito d'imposta 4.0 a percentuale sul recuperato. Zero rischio x voi. Ti mando la presentazione? 📎"))
P("bait_and_switch_invitation", "en", "Imran Siddiqui", "Host | Finance Leaders Podcast", "Leicester",
  ("inv", "Hi Alex, I host a small podcast for finance leaders, would love to have u on as a guest to talk about ur close process. free, 30 mins, no prep"),
  ("msg", "Thanks for connecting! Before we record, guests usually take our sponsor package so the episode gets promoted: £750 for the bundle. "
          "Shall I send the invoice so we can book a date?", (3, 10)))
P("connection_brings_value", "es", "Pau Ribas", "Controller | Sector alimentario", "Girona",
  ("msg", "Alex, el martes hay webinar gratis de la asociación sobre el SII y facturación electrónica, te paso el link x si tu equipo se apunta: "
          "https://asociacion-controllers.example/webinar-verifactu"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Kwame Asante", "kwame.asante@dunmorefoods.example", "ifrs 18 qs",
     "hi alex,\n\nsent u a linkedin request too but easier by email. is it ok if i call u thurs about the mgmt defined measures?\n\nk\n\nSent from my iPhone", "en"),
    ("Yannick Le Goff", "y.legoff@armor-logistique.example", "Poste responsable contrôle de gestion - fiche de poste",
     "Bonjour Alex,\n\nsuite à mon message sur LinkedIn, voici la fiche de poste en PJ. N'hésitez pas si vous avez des questions.\n\nYannick\nEnvoyé de mon iPhone", "fr"),
    ("Controller Stammtisch Ulm", "orga@controller-stammtisch.example", "Einladung Online-Austausch Donnerstag",
     "Hallo zusammen,\n\nhier der Teams-Link für Donnerstag. Wer noch nicht in der LinkedIn-Gruppe ist: einfach Sabine anschreiben.\n\nViele Grüße", "de"),
    ("Eventbrite", "noreply@eventbrite.example", "Tu entrada: Cierre contable con IA – Bilbao",
     "Hola Alex, ya tienes tu entrada para el 12 de marzo. Comparte el evento en LinkedIn con tus compañeros.", "es"),
    ("Davide Pellegrini", "d.pellegrini@brembanatubi.example", "note config intercompany",
     "Ciao Alex,\n\nti mando le note che ti avevo promesso su LinkedIn, in inglese perché le ho scritte per il team di Monaco.\n\nDavide\n\nInviato da iPhone", "it"),
    ("Hannah Price", "hannah.price@example.net", "Fwd: lol look at this linkedin msg",
     "did u get one of these too?? some guy got angry that i didnt accept his linkedin invite within a week 😂\n\nsee u at standup", "en"),
    ("Sparkasse", "service@sparkasse-mail.example", "Warnung: gefälschte LinkedIn-Nachrichten mit Rechnungen",
     "Sehr geehrter Kunde, derzeit kursieren gefälschte LinkedIn-Nachrichten mit angeblichen Rechnungen. Klicken Sie keine Links an.", "de"),
    ("Otter", "no-reply@otter.example", "Your transcript is ready: 'linkedin replies todo'",
     "Your recording 'linkedin replies todo' (1 min 12 s) has been transcribed. Open it in the app.", "en"),
    ("ANDAF", "segreteria@andaf.example", "Webinar gratuito: chiusure veloci – seguici su LinkedIn",
     "Gentile socio, il webinar di giovedì è gratuito e vale 2 crediti. Segui la pagina LinkedIn dell'associazione per le novità.", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({mc.strip_accents(p[2]).lower() for p in PEOPLE}) == len(PEOPLE)

ERAS = {p[2]: "cur" for p in PEOPLE}

HEADER = [f"# mailbot sixty-eighth development corpus (dev68). Generated by scripts/make_corpus_dev68.py (seed {SEED}); do not edit by hand.",
          "# Notes as people type them on phones in 2024-2026: voice dictation, autocorrect slips, one-liners, language switches, "
          "link-only notes, emoji and abbreviations, in five languages. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev68", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
