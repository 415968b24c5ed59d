#!/usr/bin/env python3
"""Write mailbot's third, independent development corpus: tests/corpus/dev3/*.eml + expected.toml.

The MIME and layout machinery (headers, the 2016 and current layouts, encodings,
LinkedIn's own wording per language, spoof authentication, other LinkedIn mail) is
imported from scripts/make_corpus.py. Everything people write here is new and was
written without reading the phrase banks of make_corpus.py / make_corpus_dev2.py, nor
mailbot's signals or judge. Unlike the earlier corpora, each person is written as one
specific persona (an insurance broker in Valencia, a Berlin SaaS SDR, a retired CFO, a
Dutchman writing imperfect German, ...) with their own story, rather than drawn from a
shuffled phrase bank.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev3.py              # writes tests/corpus/dev3
    python scripts/make_corpus_dev3.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus as mc  # noqa: E402  (layout machinery and LinkedIn's own wording only)

SEED = 20260311

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []


P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Priya Raman", "Programme Lead, Northern Finance Forum", "Leeds",
  ("inv", "Hi Alex, I'm putting together the practitioner track for the Northern Finance Forum in Leeds (12 March). "
          "There's a panel on rolling forecasts I think you'd enjoy, and practitioners come free, lunch included. "
          "Would be lovely to have you in the room, or on the panel if you fancy it!"),
  ("rem",))
P("good_invitation", "de", "Jana Vollmer", "Masterstudentin BWL (Controlling) | Werkstudentin", "Mannheim",
  ("inv", "Hallo Alex, ich schreibe meine Masterarbeit zu Rolling Forecasts im Mittelstand und bin über Ihren Beitrag dazu gestolpert. "
          "Dürfte ich Ihnen fünf kurze Fragen schicken? Die fertige Auswertung bekommen Sie selbstverständlich. Viele Grüße, Jana"))
P("good_invitation", "fr", "Hugues Ternant", "Expert-comptable | co-animateur du club DAF Rhône-Alpes", "Lyon",
  ("inv", "Bonjour Alex, je co-anime avec l'Ordre un petit-déjeuner mensuel entre DAF et contrôleurs à Lyon. Huit personnes maxi, "
          "aucun prestataire autour de la table, on parle clôture et IFRS 16. Le prochain est le 14, je vous garde une place si le cœur vous en dit."))
P("good_invitation", "es", "Marta Quiroga", "Profesora asociada de Finanzas | Coordinadora del Máster en Dirección Financiera", "Valladolid",
  ("inv", "Hola Alex! Coordino el máster de dirección financiera en la UVa y me encantaría que dieras una clase invitada sobre cierre mensual. "
          "Una hora, puede ser en remoto. Sin compromiso ninguno 🙂"),
  ("rem",))
P("good_invitation", "it", "Lorenzo Bassani", "Volontario ANDAF – Sezione Emilia-Romagna | Controller", "Bologna",
  ("inv", "Ciao Alex, sono uno dei volontari ANDAF Emilia. Il 22 facciamo un workshop gratuito su controllo di gestione ed ESG, "
          "riconosciuto per i crediti formativi. Se ti va di venire ti mando il link per iscriverti"))
P("good_invitation", "de", "Sander Bosman", "Controller bij Veldhoven Logistiek B.V.", "Venlo",
  ("inv", "Hallo Alex, ich bin Controller bei ein Logistikfirma in Venlo und habe gesehen das Sie auch mit die S/4 Migration beschäftigt sind. "
          "Wir haben eine kleine Gruppe von Controllern, wir tauschen uns jeden Monat aus über Erfahrungen, keine Verkaufer, nur Praktiker. "
          "Haben Sie Lust mitzumachen? Gruß, Sander"))
P("good_invitation", "fr", "Clémence Aubrac", "Contrôleuse de gestion groupe – Agroalimentaire", "Rennes",
  ("inv", "Alex, on s'est croisés à l'atelier BFR du congrès DFCG. Je vous envoie le support comme promis ?"))
P("good_invitation", "es", "Owen Castellano", "VP Finance, Iberia hub", "Madrid",
  ("inv", "Hi Alex, I'm hiring a Head of FP&A for our Madrid hub (in-house, no agency involved). Your group reporting background looks spot on. "
          "Happy to share the job description and the salary band if you're open to it."), nl="en")
P("good_invitation", "it", "Federica Pinna", "Senior Analyst Budget & Forecast", "Cagliari",
  ("inv", "Ciao Alex!! ex collega del progetto budget 2019 👋 ti ricordi le notti sul modello di allocazione? mi farebbe piacere ritrovarti qui"),
  ("rem",))
P("good_invitation", "en", "Callum Reid", "Finance Director | runs the UK Mid-Cap Close Benchmark", "Glasgow",
  ("inv", "quick one - I run a free quarterly benchmark of month-end close days across ~40 UK mid-caps. everyone who submits gets the full anonymised report. want in?"))

# ============================================================ default_invitation
P("default_invitation", "de", "Kerstin Hallmann", "Key Account Managerin | Office-Lösungen", "Dortmund", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Romain Berthelot", "Business Developer", "Nantes", ("inv", NONOTE))
P("default_invitation", "es", "Iker Arrieta", "Consultor SAP FI", "San Sebastián", ("inv", DEFAULT))
P("default_invitation", "it", "Giada Ferraris", "Account Executive", "Torino", ("inv", NONOTE), ("rem",))
P("default_invitation", "en", "Dwayne Mercer", "Growth | Partnerships | Web3", "Austin, Texas", ("inv", DEFAULT))

# ============================================================== sales_invitation
P("sales_invitation", "es", "Rocío Benlloch", "Corredora de seguros | D&O, ciberriesgo y flotas", "Valencia",
  ("inv", "Hola Alex, soy corredora de seguros en Valencia y trabajo con directores financieros revisando sus pólizas de D&O y ciberriesgo. "
          "Normalmente encuentro un 20% de ahorro. ¿Te viene bien una llamada de 15 min el jueves?"))
P("sales_invitation", "de", "Jonas Wirth", "SDR @ Closeflow | Helping finance teams close faster 🚀", "Berlin",
  ("inv", "Hey Alex 👋 kurze Frage: wie lange dauert bei euch gerade der Monatsabschluss? Wir haben bei Closeflow Teams von 9 auf 4 Tage gebracht. "
          "Lust auf nen 20-Min-Demo-Call nächste Woche?"))
P("sales_invitation", "fr", "Baptiste Lemarié", "Consultant CIR / CII / JEI", "Toulouse",
  ("inv", "Bonjour Alex, votre entreprise a-t-elle bien sécurisé son Crédit d'Impôt Recherche 2024 ? Nous accompagnons les DAF sur le CIR et le CII, "
          "rémunération au succès, sans avance de frais. Je serais ravi d'en discuter avec vous."),
  ("rem",))
P("sales_invitation", "it", "Gianmarco Sestini", "Wealth Planner | Pianificazione patrimoniale per manager e imprenditori", "Firenze",
  ("inv", "Gentile Alex, mi occupo di pianificazione patrimoniale e previdenziale per dirigenti. Le andrebbe un caffè per capire insieme se la sua "
          "situazione è davvero ottimizzata? Il primo incontro è senza impegno."))
P("sales_invitation", "en", "Tasha Whitfield", "LinkedIn ghostwriter for CFOs | 40M+ impressions", "Brighton",
  ("inv", "Alex, your posts are good. They just aren't getting the reach they deserve. I ghost-write for 14 CFOs and average 6x impressions inside 90 days. Worth a chat?"))
P("sales_invitation", "de", "Detlef Kornmüller", "Fuhrparkberater | Firmenwagen-Leasing & E-Mobilität", "Kassel",
  ("inv", "Guten Tag, als Spezialist für Firmenwagen-Leasing und E-Flotten unterstütze ich Finanzabteilungen dabei, die Kosten pro Fahrzeug spürbar zu senken. "
          "Darf ich Ihnen ein unverbindliches Angebot erstellen?"))
P("sales_invitation", "es", "Nerea Solís", "Asesora de vacaciones premium | Costa del Sol", "Marbella",
  ("inv", "Alex, ¿te imaginas tener vacaciones garantizadas cada año en la Costa del Sol pagando menos que en un hotel? "
          "Tengo una propuesta exclusiva para directivos, te cuento??"))
P("sales_invitation", "it", "Ilaria Manzoni", "Project Manager | Traduzioni finanziarie e legali certificate", "Milano",
  ("inv", "Buongiorno Alex, chi vi traduce bilancio e nota integrativa in inglese? Siamo un'agenzia specializzata in traduzioni finanziarie asseverate, "
          "consegna in 72 ore. Posso mandarle un preventivo?"),
  ("rem",))
P("sales_invitation", "fr", "Solène Darrieux", "Responsable commerciale – Château de Mérilhac, lieu de réception", "Fontainebleau",
  ("inv", "Bonjour Alex ! Vous préparez un séminaire ou la soirée de fin d'année ? Notre château à 40 minutes de Paris reçoit jusqu'à 200 personnes. "
          "Je vous envoie la brochure et la grille tarifaire entreprises ?"))
P("sales_invitation", "en", "Brent Kowalczyk", "Enterprise AE, DealVault virtual data rooms", "Chicago",
  ("inv", "Hi Alex, we're running a 2-minute survey of finance leaders on due diligence pain points. Happy to show you how our data room halves "
          "prep time while we're at it. Open to a quick call?"))

# ==================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Kaylee Brandt", "Growth Marketing | Community builder | Data storytelling nerd", "Denver",
  ("inv", "Hey Alex! Building a small community of finance folks who actually care about data storytelling. No fluff, just a monthly thread "
          "and the odd AMA. Would love you in it 🙌"),
  ("msg", "Thanks for connecting Alex!! Quick one: we just launched a dashboard-as-a-service for FP&A teams and I'd love to get you on a "
          "15-min walkthrough. What does your Thursday look like?", (2, 12)),
  ("msg", "Bumping this in case it got buried 🙂 founding customers get 40% off year one. Want me to send my Calendly?", (7, 20)))
P("bait_and_switch_invitation", "de", "Matthias Oberdorfer", "Unabhängiger Finanzberater | Vorsorge für Führungskräfte", "Wiesbaden",
  ("inv", "Hallo Alex, ich baue einen kleinen Kreis von Finanzleitern aus dem Rhein-Main-Gebiet auf: einmal im Quartal Abendessen und offener "
          "Erfahrungsaustausch. Würde mich freuen, Sie dabeizuhaben."),
  ("msg", "Danke fürs Vernetzen! Bevor wir uns beim Abendessen sehen, kurz zu mir: Ich bin unabhängiger Finanzberater und habe mich auf die "
          "Altersvorsorge von Führungskräften spezialisiert. Hätten Sie nächste Woche 30 Minuten? Gerade bei der bAV verschenken viele bares Geld.", (3, 15)))
P("bait_and_switch_invitation", "fr", "Éric Vandamme", "Directeur associé – Externalisation paie & notes de frais", "Lille",
  ("inv", "Bonjour Alex, entre directeurs financiers on a tout intérêt à échanger, non ? Au plaisir de vous compter dans mon réseau."),
  ("msg", "Merci pour la connexion Alex. Je me permets : nous aidons les DAF à externaliser la paie et la gestion des notes de frais, avec 30 % "
          "d'économies en moyenne. Seriez-vous disponible 20 minutes la semaine prochaine ?", (1, 10)),
  ("msg", "Bonjour Alex, je reviens vers vous suite à mon précédent message. Un créneau mardi ou jeudi vous conviendrait-il ?", (10, 30)))
P("bait_and_switch_invitation", "es", "Álvaro Sanchís", "Fleet & Renting Manager | Movilidad corporativa", "Castellón",
  ("inv", "Hola Alex, una duda de colega a colega: ¿cómo estáis tratando el IFRS 16 en los contratos de renting de flota? Te leo y te cuento cómo lo hacemos nosotros."),
  ("msg", "¡Gracias por aceptar! Por cierto, justo en eso te puedo echar una mano: gestionamos flotas y renting para empresas y ahora tenemos una "
          "oferta en eléctricos con cuota cerrada a 48 meses. ¿Te paso una propuesta sin compromiso?", (2, 9)))
P("bait_and_switch_invitation", "it", "Chiara Albertazzi", "Partner | Software di consolidamento per gruppi", "Padova",
  ("inv", "Ciao Alex, ho preparato una checklist gratuita di 12 punti per la chiusura trimestrale e la sto condividendo con un gruppo ristretto di controller. "
          "Se ti colleghi te la giro volentieri."),
  ("msg", "Eccola 👉 la trovi nel link qui sotto. E già che ci siamo: la checklist nasce dal nostro software di consolidamento, che questo mese proponiamo "
          "con 3 mesi gratuiti. Ti organizzo una demo di mezz'ora?", (1, 6)),
  ("msg", "Ciao Alex, ti riscrivo perché la promo scade venerdì. Dimmi tu un orario comodo per la demo", (6, 14)))
P("bait_and_switch_invitation", "en", "Rupert Ainsley", "Partner, Ainsley & Moor Executive Coaching", "Manchester",
  ("inv", "Hi Alex, a few of us from Manchester finance teams are running the 10k for Macmillan in May. Fancy joining the team? "
          "No pressure at all, more runners = more fun (and more cake after)."),
  ("msg", "Great to be connected! Before the run: I'm actually a partner at a boutique executive coaching practice and we're opening three spots "
          "for finance leaders this quarter. Would you be open to a discovery call? First session's complimentary.", (4, 20)))
P("bait_and_switch_invitation", "de", "Svenja Teichmann", "Host & Producerin | Podcast „Zahlen mit Herz“", "Hamburg",
  ("inv", "Hi Alex, ich produziere den Podcast „Zahlen mit Herz“ und suche für Staffel 3 Gäste aus dem Controlling. Hätten Sie Lust, mal dabei zu sein?"),
  ("msg", "Super, dass wir jetzt vernetzt sind! Kurz zum Ablauf: Die Gastfolge ist Teil unseres Partnerpakets (ab 1.490 € netto), dafür gibt es "
          "professionellen Schnitt, Promo auf allen Kanälen und ein Video-Snippet für Ihr Profil. Soll ich Ihnen das Angebot schicken?", (2, 10)))
P("bait_and_switch_invitation", "fr", "Delphine Marchetti", "Déléguée générale – Trophées de la Finance d'Entreprise", "Paris",
  ("inv", "Alex, votre parcours a retenu l'attention de notre jury : nous aimerions vous proposer parmi les nominés des Trophées de la Finance "
          "d'Entreprise 2025. Acceptez mon invitation et je vous explique tout."),
  ("msg", "Merci ! Pour finaliser votre nomination, le dossier comprend le pack visibilité (une table pour la cérémonie et une interview dans "
          "notre magazine) à 2 900 € HT. Je vous envoie le bon de commande ?", (1, 7)),
  ("msg", "Je me permets de relancer : les nominations ferment le 30. Souhaitez-vous que je bloque votre table ?", (8, 20)))
P("bait_and_switch_invitation", "es", "Yolanda Ibáñez", "Emprendedora | Libertad financiera | Mentora de mentalidad 💫", "Murcia",
  ("inv", "Hola Alex, vi tu perfil y me encantó tu trayectoria. Estoy conectando con profesionales con mentalidad de crecimiento, ¡creo que "
          "tenemos mucho en común! 😊"),
  ("msg", "Alex!! Gracias por conectar 🙌 Te cuento algo que me cambió la vida: hace un año empecé un proyecto paralelo que hoy me da más "
          "ingresos pasivos que mi sueldo. Busco 3 personas con tu perfil para enseñarles el sistema. ¿Hablamos 10 min por Zoom?", (1, 5)))

# ======================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "it", "Paolo Rinaldi", "Head of Research | Osservatorio CFO Italia", "Milano",
  ("inm", "Indagine sui CFO italiani 2025", "Buongiorno Alex, stiamo conducendo una breve indagine (5 domande) sulle priorità dei direttori finanziari "
          "per il 2025. Chi partecipa riceve il report completo in anteprima. Posso inviarle le domande?"),
  ("inm", "Re: Indagine sui CFO italiani 2025", "Grazie ancora per l'interesse. Dalle prime risposte la tesoreria è il tema più sentito: "
          "proprio per questo le propongo una demo della nostra piattaforma API di tesoreria, che si collega alle sue banche in due settimane. "
          "Quando le farebbe comodo?", (3, 12)))
P("bait_and_switch_inmail", "en", "Gavin Holt", "Finance Transformation | ConsoliData", "Bristol",
  ("inm", "Quick favour?", "Hi Alex, sorry to message out of the blue. Fellow controller here and I'm stuck: how do you handle intercompany "
          "eliminations when the subsidiaries close on different days? Would really value your take."),
  ("inm", "Following up", "Thanks again for reading my last note. Full disclosure, I've moved into a role at ConsoliData and the tool we built "
          "fixes exactly that intercompany timing problem. Could I show you in 20 minutes?", (4, 15)),
  ("inm", "Last try", "Alex, I'll keep it short: free pilot for 5 companies this month. Shall I hold one for you?", (7, 20)))
P("bait_and_switch_inmail", "de", "Ruprecht Lenz", "Managing Partner | Beyond-Budgeting-Beratung", "Freiburg",
  ("inm", "Buchtipp für Sie", "Hallo Alex, ich habe gerade „Beyond Budgeting“ noch einmal gelesen und musste an Ihren Post zum Jahresbudget denken. "
          "Falls Sie es nicht kennen: absolute Empfehlung! Tausche mich gern dazu aus."),
  ("inm", "Beyond Budgeting in der Praxis", "Hallo Alex, noch einmal ich. Wir setzen genau diese Ideen als Beratung um: in 12 Wochen vom starren "
          "Jahresbudget zum Rolling Forecast, Festpreis 38.000 €. Hätten Sie Interesse an einem Kennenlerntermin?", (5, 20)))
P("bait_and_switch_inmail", "fr", "Anne-Sophie Rolland", "Associée – Cabinet de conseil ESG & CSRD", "Bordeaux",
  ("inm", "Groupe de travail CSRD entre DAF", "Bonjour Alex, nous montons un groupe de travail entre DAF sur la CSRD : partage de pratiques, "
          "pas de vente. Vous seriez partant ?"),
  ("inm", "CSRD – suite", "Bonjour Alex, suite à mon premier message : notre cabinet accompagne justement les entreprises dans leur reporting "
          "CSRD de A à Z. Je vous propose un diagnostic (facturé mais déduit de la mission). On cale un créneau ?", (4, 14)),
  ("inm", "Diagnostic CSRD", "Alex, dernier rappel : il nous reste deux diagnostics disponibles avant la fin du trimestre.", (7, 21)))
P("bait_and_switch_inmail", "es", "Begoña Larrañaga", "Fundadora | Plataforma de formación financiera MentorFin", "Bilbao",
  ("inm", "Programa de mentoring voluntario", "Hola Alex, coordino un programa de mentoring voluntario para analistas financieros que empiezan. "
          "¿Te interesaría ser mentor? Son dos horas al mes."),
  ("inm", "Una cosa más", "Hola de nuevo Alex. Antes de cerrar el grupo de mentores: la plataforma del programa es nuestra y también la ofrecemos "
          "a empresas para la formación interna de sus equipos financieros, con licencia anual. ¿Le echamos un vistazo juntos en una videollamada?", (3, 10)))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Nadia Okafor", "Procurement Lead | Indirect spend", "Birmingham",
  ("end",), ("msg", "Hey Alex, just endorsed you for a few skills. Would you mind returning the favour? Mine are mostly procurement and negotiation 🙏", (0, 2)))
P("endorse_me_back", "de", "Heiko Brandl", "Leiter Rechnungswesen", "Regensburg",
  ("end",), ("end", (0, 2)),
  ("msg", "Hallo Alex, wie man so schön sagt: Wer gibt, dem wird gegeben 😉 Ich habe Sie für {skill} bestätigt. Mein Profil könnte auch ein paar "
          "Bestätigungen vertragen, falls Sie eine Minute haben.", (0, 4)))
P("endorse_me_back", "fr", "Gilles Ferrand", "Directeur administratif et financier (en transition)", "Grenoble",
  ("end",),
  ("msg", "Bonjour Alex, je me suis permis de valider vos compétences en {skill}. Je vous serais reconnaissant de bien vouloir en faire de même "
          "pour les miennes : cela m'aiderait dans ma recherche de poste actuelle. Bien cordialement, Gilles", (0, 3)))
P("endorse_me_back", "es", "Paco Villaseñor", "Tesorero | Gestión de liquidez", "Sevilla",
  ("end",),
  ("msg", "Hoy por ti, mañana por mí 😄 te he validado {skill}. ¿Me devuelves el detalle con Tesorería y Negociación bancaria?", (0, 3)))
P("endorse_me_back", "it", "Valentina Greco", "HR Business Partner", "Napoli",
  ("end",), ("end", (0, 1)),
  ("msg", "Ciao Alex! ti ho lasciato un paio di conferme sulle competenze. La mia sezione competenze è un po' deserta 😅 se ci passi, "
          "qualche conferma sarebbe graditissima", (1, 5)))
P("endorse_me_back", "en", "Graham Pettigrew", "Non-Executive Director candidate | former Group Treasurer", "Edinburgh",
  ("end",),
  ("msg", "Alex, endorsed you for {skill} (well deserved). I'm tidying up my profile for a board search, so any endorsements for Risk Management "
          "or Audit Committee would be hugely appreciated. Happy to keep returning the favour!", (0, 4)))
P("endorse_me_back", "de", "Wouter Jansen", "Financial Controller | Benelux & DACH", "Düsseldorf",
  ("end",),
  ("msg", "Hoi Alex, ich habe Sie empfohlen für {skill}, hoffe das ist okay. Vielleicht können Sie auch ein paar von meine Fähigkeiten "
          "bestätigen? Das wäre sehr nett. Bedankt!", (0, 3)))

# ====================================================== hostility_after_decline
P("hostility_after_decline", "en", "Clive Ashdown", "Cyber Insurance Specialist | Protecting UK mid-market", "Reading",
  ("inv", "Alex, one ransomware incident can wipe out a year's profit. I help finance leaders get the right cyber cover at the right price. Shall we talk?"),
  ("inm", "Not impressed", "Alex, I sent a perfectly polite request three weeks ago and you couldn't even be bothered to click ignore. "
          "Says a lot about how you run your department. I'll remember this when your name comes up.", (14, 30)))
P("hostility_after_decline", "de", "Reinhold Stattmann", "Geschäftsführer | Stattmann Unternehmensberatung", "Bielefeld",
  ("inv", NONOTE), ("rem",),
  ("inm", "Ihre fehlende Reaktion", "Guten Tag Alex Morgan, ich finde es bemerkenswert, dass man in Ihrer Position eine einfache Kontaktanfrage "
          "wochenlang unbeantwortet lässt. Professionalität sieht anders aus. Mit freundlichen Grüßen, R. Stattmann", (7, 25)))
P("hostility_after_decline", "fr", "Fabrice Lestrade", "Contrôleur de gestion | Industrie", "Clermont-Ferrand",
  ("inv", "Bonjour Alex, je suis contrôleur de gestion dans l'industrie et j'aimerais échanger sur vos pratiques de reporting. Au plaisir !"),
  ("rem",),
  ("inm", "Sans réponse", "Alex, j'ai bien compris que vous étiez très occupé(e)… trop occupé(e) pour répondre à quelqu'un qui voulait simplement "
          "échanger entre collègues. Bravo. C'est ce genre d'attitude qui donne une si mauvaise image de notre métier.", (10, 30)))
P("hostility_after_decline", "es", "Sergio Maldonado", "Director Comercial | Software de gastos", "Zaragoza",
  ("inv", "Alex, ¿sigues aprobando notas de gasto a mano? Te enseño cómo automatizarlo en 10 minutos."),
  ("inm", "En serio?", "Vaya, veo que ignoras mis invitaciones pero tiempo para publicar sí tienes. Muy bonito. Ya dejaré una reseña en Glassdoor "
          "sobre tu empresa contando cómo tratáis a la gente.", (8, 25)))
P("hostility_after_decline", "it", "Rosaria Esposito", "Consulente", "Salerno",
  ("inv", DEFAULT),
  ("inm", "Peccato", "Alex, ci sono rimasta male. Ti ho chiesto il collegamento con tutta la gentilezza del mondo e tu niente. Non costava nulla "
          "accettare... pazienza, evidentemente per qualcuno siamo tutti troppo piccoli.", (10, 35)))
P("hostility_after_decline", "en", "Tyler Brooks", "Founder | Finance peer circles | ex-Big4", "Phoenix, Arizona",
  ("inv", "Alex - starting a private peer circle for controllers, 8 people, monthly. Think you'd be a great fit."), ("rem",),
  ("inm", "wow", "wow. congrats on being too important to accept a connection request. hope the view from up there is nice 🙃", (7, 20)))

# ========================================================= hostility_connection
P("hostility_connection", "de", "Anett Gräfe", "Inhaberin | Lohnbüro Gräfe – Entgeltabrechnung für den Mittelstand", "Leipzig",
  ("acc",),
  ("msg", "Danke fürs Annehmen bzw. fürs Einladen! Kurz zur Info: Wir sind ein Lohnbüro aus Leipzig und übernehmen die komplette "
          "Entgeltabrechnung ab 20 Mitarbeitern. Darf ich Ihnen ein Angebot schicken?", (1, 8)),
  ("msg", "Sie haben MICH eingeladen, nicht umgekehrt. Und dann nicht mal eine Antwort? Ziemlich schlechter Stil, ehrlich gesagt.", (6, 20)))
P("hostility_connection", "fr", "Laurent Picquet", "Directeur commercial – Cadeaux d'affaires personnalisés", "Reims",
  ("msg", "Alex, nous créons des coffrets cadeaux personnalisés pour vos clients et collaborateurs : -15 % sur toute commande passée avant le "
          "15 novembre. Je vous envoie le catalogue ?"),
  ("msg", "Pas de réponse… je vois. Vous savez, la politesse ne coûte rien. Je retiens.", (8, 20)))
P("hostility_connection", "es", "Lucía Arambarri", "Key Account | Gestión de viajes corporativos", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Trabajo en una consultora de viajes corporativos y de media ahorramos un 18% a los departamentos "
          "financieros. ¿Tienes 15 minutos esta semana?", (1, 10)),
  ("msg", "He visto que has leído mis mensajes. Un simple «no, gracias» habría bastado. Me parece una falta de educación enorme, la verdad.", (5, 15)))
P("hostility_connection", "it", "Massimo Cattaneo", "Broker assicurativo | Rischi cyber e D&O", "Bergamo",
  ("msg", "Ciao Alex, dopo gli ultimi attacchi ransomware molte aziende stanno rivedendo la polizza cyber. Posso prepararle una quotazione gratuita in 48 ore?"),
  ("msg", "Gentile Alex, prendo atto del suo silenzio. Mi permetto solo di osservare che ignorare chi le scrive con garbo non è un gran biglietto "
          "da visita per un dirigente. Buon lavoro.", (10, 25)))
P("hostility_connection", "en", "Jordan Pike", "AE @ Ledgerly | AI for Accounts Payable", "London",
  ("acc",),
  ("msg", "Thanks for the connect Alex! We help finance teams automate AP with AI. Mind if I send over a 2-min Loom?", (1, 6)),
  ("msg", "Funny how you send me an invite and then go quiet the second I mention what I do. Bit two-faced, no? Won't bother you again.", (5, 14)))

# ====================================================== connection_only_pitches
P("connection_only_pitches", "es", "Shannon Doyle", "Client Director | Corporate travel management", "Dublin",
  ("msg", "Hi Alex, how are you handling travel spend now the team's back on the road? We run corporate travel for 300+ mid-sized firms and "
          "I'm happy to benchmark your costs, free of charge."),
  ("msg", "Hi again, just checking whether you had a chance to look at my note about travel spend? I can have a proposal with you by Friday.", (10, 30)), nl="en")
P("connection_only_pitches", "de", "Florian Schächtele", "Head of Sales DACH | Treasury-API & Cash Management", "München",
  ("msg", "Hallo Alex, wir haben eine neue Treasury-API gelauncht, die alle Bankkonten in Echtzeit in Ihr ERP holt. Sollen wir mal 30 Minuten sprechen?"),
  ("msg", "Hallo Alex, kleiner Reminder zu meiner letzten Nachricht. Gerade für Controlling-Teams mit mehreren Hausbanken lohnt sich das enorm. "
          "Passt Ihnen Dienstag oder Mittwoch?", (8, 25)),
  ("msg", "Letzter Versuch 🙂 Gibt es bei Ihnen jemanden, der für Cash Management zuständig ist? Dann spreche ich gern direkt mit der Person.", (10, 40)))
P("connection_only_pitches", "fr", "Mathilde Courtois", "Senior Manager – Reporting extra-financier & CSRD", "Paris",
  ("msg", "Bonjour Alex, la CSRD arrive à grands pas pour votre entreprise. Notre cabinet propose un accompagnement clé en main pour le premier "
          "reporting ESG. Un rendez-vous de 30 minutes cette semaine ?"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous : il nous reste deux créneaux de démarrage en janvier. Voulez-vous que je vous en réserve un ?", (12, 35)))
P("connection_only_pitches", "es", "Jaume Ferrer", "Cofundador | Previsión de tesorería con IA", "Barcelona",
  ("msg", "Hola Alex, ¡qué buen post el de ayer sobre tesorería! 👏\n\nP.D.: por si te sirve, tenemos una herramienta de previsión de caja con IA, "
          "te la enseño en 15 min cuando quieras."),
  ("msg", "Alex, ¿pudiste ver lo de la herramienta? Este mes la demo incluye un análisis gratuito de vuestra caja. ¿Te va bien el martes?", (8, 30)))
P("connection_only_pitches", "it", "Elisa Zanetti", "Event Manager | Agriturismo Le Colline – eventi aziendali", "Brescia",
  ("msg", "Ciao Alex, state cercando una location per eventi aziendali? Il nostro agriturismo in Franciacorta ha sale fino a 150 persone e "
          "pacchetti team building. Ti mando la brochure?"),
  ("msg", "Ciao Alex, ti riscrivo per le cene di Natale: restano poche date libere a dicembre! Fammi sapere se vuoi un preventivo", (20, 50)),
  ("msg", "Buongiorno! È uscito il listino 2026, con il 10% di sconto per chi prenota entro gennaio. Te lo giro?", (20, 50)))
P("connection_only_pitches", "de", "Ben Carraway", "Head of Growth | Forecastly", "Berlin",
  ("msg", "Alex, quick poll: what's your biggest headache this quarter? a) headcount planning b) cash c) audit. (asking because our FP&A tool fixes all three 😉)"),
  ("msg", "Results are in: 61% said cash! Which is exactly why we built our 13-week cash forecast module. 15 mins to show you?", (7, 21)), nl="en")

# ================================================================= single_pitch
P("single_pitch", "fr", "Arnaud de Saint-Roch", "Managing Director – M&A Mid-Cap | Banque d'affaires", "Paris",
  ("msg", "Alex, nous accompagnons actuellement plusieurs fonds qui recherchent des cibles dans votre secteur. Si une cession, une ouverture de "
          "capital ou une levée est à l'ordre du jour, je serais heureux d'en parler en toute confidentialité."))
P("single_pitch", "es", "Maribel Cuesta", "Gestoría Cuesta | Nóminas y laboral", "Albacete",
  ("msg", "ALEX!!! OFERTA EXCLUSIVA PARA DIRECTORES FINANCIEROS: EXTERNALIZA TUS NÓMINAS DESDE 4,90€/EMPLEADO. ESCRÍBEME Y TE LO EXPLICO"))
P("single_pitch", "it", "Stefano Lodi", "Executive Coach ICF PCC | Per CFO e direttori finanziari", "Verona",
  ("msg", "Alex, posso farti una domanda diretta? Quanto ti costa, ogni mese, non delegare? Aiuto i CFO a recuperare 10 ore a settimana con "
          "un percorso di coaching di 8 sessioni. Se vuoi ne parliamo."))
P("single_pitch", "en", "Malcolm Fairbairn", "Retired CFO | Interim & fractional finance leadership", "Harrogate",
  ("msg", "Alex, after 30-odd years as a CFO I now do interim and fractional work. If you ever need cover for a close, an audit or a parental "
          "leave, I'm your man. Day rates on request."))
P("single_pitch", "de", "Lena Brockmöller", "Vertrieb | Werbeartikel & Kundengeschenke mit Logo", "Bremen",
  ("msg", "Moin Alex! Weihnachten kommt schneller als gedacht 🎄 Wir machen individuelle Kundengeschenke mit Ihrem Logo, ab 50 Stück, "
          "Lieferung bis 15.12. garantiert. Katalog gefällig?"))
P("single_pitch", "es", "Tomás Herrera", "Agente de seguros | Ciberriesgos para pymes", "Málaga",
  ("msg", "Buenas Alex, una pregunta: ¿tu empresa tiene seguro de ciberriesgos? Te lo digo porque esta semana dos clientes míos han sufrido "
          "ataques. Si quieres te hago un estudio gratuito de tu póliza."))

# ===================================================== connection_brings_value
P("connection_brings_value", "en", "Harriet Colville", "Head of Technical Accounting", "London",
  ("msg", "Alex, saw your post asking about lease accounting for short-term vehicle contracts. We went through exactly this with our auditors "
          "last year. Happy to share the (redacted) memo we wrote, just say the word."),
  ("msg", "Here you go, it's in the thread now. Page 3 is the bit the auditors actually cared about. Shout if anything's unclear!", (1, 6)))
P("connection_brings_value", "de", "Ulrike Sandmann", "Sprecherin Arbeitskreis Konzernrechnungswesen Südwest", "Karlsruhe",
  ("end",),
  ("msg", "Hallo Alex, im Arbeitskreis Konzernrechnungswesen sind zwei Plätze frei geworden. Wir treffen uns alle sechs Wochen reihum bei den "
          "Mitgliedsfirmen, Kosten gibt es keine. Wenn Sie mögen, stelle ich Sie beim nächsten Treffen vor.", (5, 30)))
P("connection_brings_value", "fr", "Yannick Morvan", "Responsable consolidation | Bénévole DFCG Bretagne", "Brest",
  ("msg", "Alex, petite info : la DFCG organise le 3 juin une conférence gratuite sur la facturation électronique, qui compte pour la formation "
          "continue. J'ai deux invitations, une est pour vous si ça vous tente."),
  ("msg", "C'est fait, je vous ai inscrit(e) ! Rendez-vous à 8h30, accueil café 🙂", (1, 4)))
P("connection_brings_value", "es", "Inmaculada Robles", "Directora Financiera | Grupo Hortofrutícola del Sur", "Almería",
  ("msg", "Alex, una cosa: en mi empresa buscamos una persona para dirigir control de gestión y me acordé de ti. Es una posición interna, "
          "nada de agencias, y puedo pasarle tu CV directamente a nuestra CEO. ¿Te interesa?"),
  ("msg", "Te dejo la descripción del puesto en el hilo. Si te encaja, mándame el CV esta semana y se lo paso el lunes a primera hora.", (1, 5)))
P("connection_brings_value", "it", "Arturo Bellandi", "CFO in pensione | Mentore", "Lucca",
  ("msg", "Caro Alex, ora che sono in pensione ho del tempo libero: se ti è utile un confronto sul passaggio al ruolo di CFO, mi offro volentieri "
          "come mentore, un caffè al mese. Nessun secondo fine, mi diverte e basta."),
  ("msg", "Ti lascio anche il titolo di quel libro di cui parlavamo, \"Il CFO come partner strategico\". Il capitolo 4 è oro.", (10, 40)))
P("connection_brings_value", "en", "Devika Sharma", "Angel investor | ex-CFO, two exits", "Cambridge",
  ("msg", "Alex, you mentioned you're advising that medtech start-up on their Series A. A friend of mine is a partner at a healthcare fund "
          "and they're actively looking. Want me to make the intro? No fee, no strings."))
P("connection_brings_value", "de", "Carsten Lübbers", "Director Finance Excellence | Organisator Close-Benchmark DACH", "Hannover",
  ("end",),
  ("msg", "Hi Alex, die Ergebnisse unserer Umfrage zu Abschlusszeiten sind da (42 Teilnehmer). Wie versprochen schicke ich Ihnen den "
          "vollständigen Bericht – Ihr Unternehmen liegt übrigens im besten Quartil 👍", (3, 20)),
  ("msg", "Nachtrag: Am 12. stellen wir die Ergebnisse in einem kostenlosen Webinar vor. Sie sind herzlich eingeladen, gern auch mit Ihrem Team.", (3, 10)))

# =================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Sabine Guérin", "Talent Acquisition Manager – Groupe industriel", "Lyon",
  ("inm", "Responsable Contrôle de Gestion – Lyon (CDI)", "Bonjour Alex, je suis en charge du recrutement chez un groupe industriel lyonnais "
          "(poste interne, CDI). Nous recherchons un(e) Responsable Contrôle de Gestion pour encadrer une équipe de 5. Rémunération 75-85 k€ + variable. "
          "Seriez-vous ouvert(e) à un premier échange ?"))
P("stranger_inmail_recruiter", "it", "Giorgio Montanari", "Partner | Executive Search Finance", "Treviso",
  ("inm", "Opportunità riservata: CFO – PMI manifatturiera", "Buongiorno Alex, seguo in esclusiva la ricerca di un CFO per un'azienda manifatturiera "
          "di 250 dipendenti in Veneto, in vista di un passaggio generazionale. Il suo profilo mi sembra molto in linea. Possiamo sentirci in via riservata?"))
P("stranger_inmail_recruiter", "en", "Fiona Gallagher", "CFO | Hiring a Group Financial Controller", "Bristol",
  ("inm", "Group Financial Controller (hybrid, Bristol)", "Hi Alex, I'm the CFO at a 600-person B2B business and the hiring manager for this one: "
          "Group FC reporting to me, IFRS consolidation across 3 entities, team of 4. No agencies involved. Fancy a chat?"),
  ("inm", "Re: Group Financial Controller", "Hi Alex, just a nudge on the Group FC role. Interviews start on the 18th, but happy to do an informal "
          "coffee first if that's easier.", (15, 30)))
P("stranger_inmail_recruiter", "de", "Bettina Kraus", "Senior Consultant Interim Management | Finance & Controlling", "Stuttgart",
  ("inm", "Interim-Mandat Konzerncontrolling (6 Monate)", "Hallo Alex, für ein Interim-Mandat im Konzerncontrolling eines Automobilzulieferers "
          "in Stuttgart (Start 1.3., sechs Monate, teilweise remote) suche ich eine erfahrene Persönlichkeit. Tagessatz nach Absprache. "
          "Wäre das grundsätzlich interessant für Sie?"))
P("stranger_inmail_recruiter", "es", "Ane Goikoetxea", "Responsable de Selección | Cooperativa industrial", "Bilbao",
  ("inm", "Vacante: Controller Financiero Senior", "Hola Alex, te escribo porque buscamos un Controller Financiero Senior para nuestra sede en "
          "Bilbao. Es un puesto interno en una cooperativa industrial, con dos días de teletrabajo. ¿Te puedo contar más?"))

# ======================================================= stranger_inmail_sales
P("stranger_inmail_sales", "it", "Davide Colombo", "Fleet Consultant | Noleggio a lungo termine", "Monza",
  ("inm", "Ottimizzazione costi auto aziendali", "Buongiorno Alex, gestiamo il noleggio a lungo termine per flotte aziendali. Con il nuovo regime "
          "dei fringe benefit possiamo farvi risparmiare parecchio. Le mando una simulazione?"))
P("stranger_inmail_sales", "en", "Darren Vale", "Private wealth | Property income for senior professionals", "Dubai",
  ("inm", "An opportunity you won't see advertised", "Alex, I'll be brief. I help senior professionals build passive income through a vetted "
          "property programme in Dubai, 9% guaranteed yield. Most of my clients are CFOs. Can I send you the deck?"),
  ("inm", "Re: An opportunity", "Just following up, Alex: allocations for Q1 close soon. Worth 10 minutes?", (6, 18)))
P("stranger_inmail_sales", "de", "Pascal Eichhorn", "Account Executive | Reisekosten-App", "Köln",
  ("inm", "Kurze Umfrage (3 Fragen)", "Hallo Alex, drei kurze Fragen: 1) Wie viele Reisekostenabrechnungen prüft Ihr Team im Monat? 2) Wie lange "
          "dauert eine? 3) Würden Sie das gern um 80 % reduzieren? Wenn ja, zeige ich Ihnen unsere Lösung in einer kurzen Demo."))
P("stranger_inmail_sales", "fr", "Virginie Lacombe", "Chargée d'affaires – Agence de traduction financière", "Strasbourg",
  ("inm", "Vos traductions financières", "Bonjour Alex, notre agence traduit les rapports annuels de plusieurs groupes du SBF 120. Puis-je vous "
          "adresser nos tarifs ainsi qu'un test gratuit d'une page ?"),
  ("inm", "Relance – test gratuit", "Bonjour Alex, je me permets de vous relancer concernant notre proposition de test gratuit. Belle journée !", (7, 20)))
P("stranger_inmail_sales", "es", "Rubén Cañizares", "Regional Sales Manager | Software de consolidación", "Madrid",
  ("inm", "Cena privada para CFOs – día 20", "Hola Alex, te invito a una cena privada para directores financieros en Madrid el día 20. "
          "La organiza nuestra empresa de software de consolidación y antes del postre haremos una breve presentación del producto. ¿Te reservo plaza?"))
P("stranger_inmail_sales", "it", "Jessica Ruggiero", "Wellness Coach | Lavoro da casa | Libertà 🌸", "Latina",
  ("inm", "Un progetto che potrebbe interessarti", "Ciao Alex!!! 😍 scusa il disturbo, cerco persone ambiziose per un progetto nel settore "
          "benessere, si lavora da casa col telefono e i guadagni sono veri. Ti va se ti mando un video di 5 minuti?"))

# ============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Eleanor Pryce", "Head of Finance, Hearthstone Housing Trust", "Cardiff",
  ("inv", "Hi Alex, I'm head of finance at a housing charity and we're starting a peer-learning group for finance leads, third sector and beyond. "
          "First session is on grant accounting. Would love you to join us."),
  ("msg", "Thanks for joining! The slides from session 1 are in the shared folder. The bit on restricted funds is worth a look.", (5, 20)),
  ("msg", "Alex, separate thing: I've started LinkedIn ghost-writing on the side for finance leaders (it funds my marathon habit 😅). "
          "£450 a month for 8 posts. Interested?", (20, 60)))
P("good_turns_ugly", "de", "Till Baumgarten", "Controller | Organisator Controller-Stammtisch Köln", "Köln",
  ("inv", "Hallo Alex, ich organisiere den Controller-Stammtisch in Köln: einmal im Monat Kölsch und Fachsimpeln, kostenlos. Nächstes Treffen "
          "am 7. – wären Sie dabei?"),
  ("msg", "Schön, dass es geklappt hat! Anbei wie versprochen die Folien vom Vortrag über Working-Capital-KPIs.", (3, 15)),
  ("end", (15, 50)),
  ("msg", "Übrigens, ich habe Sie gerade für {skill} bestätigt. Wenn Sie sich revanchieren und bei mir auch ein, zwei Häkchen setzen könnten, "
          "wäre das klasse.", (0, 2)))
P("good_turns_ugly", "fr", "Noémie Chastel", "Consultante SAP FI-CO indépendante | Animatrice du groupe S/4 Contrôleurs", "Montpellier",
  ("inv", "Bonjour Alex, j'anime un groupe d'entraide entre contrôleurs de gestion qui migrent vers S/4HANA : on partage nos galères et nos "
          "templates. Ça vous intéresse ?"),
  ("msg", "Voici le template de mapping du plan de comptes dont on parlait, libre à vous de l'adapter.", (4, 20)),
  ("msg", "Alex, entre nous : je viens de lancer mon cabinet de conseil SAP. Pour vos équipes, je peux proposer un audit de migration à tarif "
          "préférentiel (5 jours, 6 500 € HT). Partant ?", (20, 70)))
P("good_turns_ugly", "es", "Carmen Toledano", "Banca Privada | Organizadora Carrera Solidaria Finanzas 5K", "Madrid",
  ("inv", "Hola Alex, estoy organizando una carrera solidaria 5K entre empresas del sector financiero a favor de una fundación de cooperación. "
          "¿Te animas a montar un equipo?"),
  ("msg", "¡Genial que te apuntes! Te paso el enlace de inscripción de equipos, es gratis para los corredores.", (3, 12)),
  ("msg", "Por cierto Alex, ahora que estamos en contacto: aparte de la carrera, soy asesora en banca privada. ¿Te apetece que quedemos para "
          "revisar tu cartera y tu plan de pensiones?", (15, 50)))
P("good_turns_ugly", "it", "Beatrice Fontana", "Docente a contratto – Controllo di Gestione, Politecnico", "Milano",
  ("inv", "Ciao Alex, insegno Controllo di Gestione al Politecnico e vorrei invitarti come ospite a una lezione per raccontare ai ragazzi un caso reale. Ti andrebbe?"),
  ("msg", "Grazie mille per la disponibilità! Ti mando il programma del corso e le date possibili, scegli tu quella che preferisci.", (2, 10)),
  ("end", (10, 40)),
  ("msg", "Ciao Alex, ti ho confermato per {skill} 🙂 Se ricambi con qualche conferma su Didattica e Corporate Finance mi fai un favore "
          "enorme, sto preparando la domanda per l'abilitazione.", (0, 3)))

# ============================================================ reinvite_known_bad
P("reinvite_known_bad", "fr", "Thibault Garnier", "Conseiller en gestion de patrimoine | Défiscalisation", "Nice",
  ("inm", "Optimisation fiscale 2025", "Alex, saviez-vous que vous pouvez réduire votre impôt jusqu'à 18 000 € grâce au Girardin industriel ? "
          "Je vous explique en 10 minutes."),
  ("inv", "Bonjour Alex, je serais ravi d'échanger avec vous sur les enjeux des DAF en 2025. Au plaisir !"))
P("reinvite_known_bad", "es", "Óscar Peñalver", "Business Development | Servicios financieros", "Sevilla",
  ("inv", NONOTE),
  ("inv", "Hola Alex, organizo un desayuno de trabajo gratuito para controllers en Sevilla el mes que viene. ¿Te apuntas?"))
P("reinvite_known_bad", "it", "Mirko Santangelo", "Credit Manager | Recupero crediti B2B a success fee", "Bari",
  ("inv", "Buongiorno Alex, siamo una società di recupero crediti B2B e lavoriamo solo a success fee. Quanti insoluti avete oggi a bilancio? Ne parliamo?"),
  ("rem",),
  ("inv", "Ciao Alex, riprovo a collegarmi: mi piacerebbe confrontarmi con te, da collega a collega."))
P("reinvite_known_bad", "en", "Neil Hargreaves", "Director, R&D Tax Credits | Innovate Claims", "Nottingham",
  ("inv", "Alex, we help finance teams claim back R&D tax credits they didn't know they had. Average claim is £84k. Worth a look?"),
  ("inv", "Hi Alex, I host a free benchmarking club for UK finance directors: quarterly calls, anonymised data, no selling. Would be good to have you."))

# =========================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Volker Dittmar", "Sales Director | Virtuelle Datenräume für Transaktionen", "Frankfurt am Main",
  ("inv", "Hallo Alex, wir sind Ihr Partner für virtuelle Datenräume bei M&A, Finanzierungen und Audits. Darf ich Ihnen eine kurze Demo zeigen?"),
  ("inm", "Keine Antwort ist auch eine Antwort", "Na ja, Alex. Man sieht sich immer zweimal im Leben. Ich hoffe, Sie erinnern sich dann an Ihre Arroganz.", (10, 30)),
  ("inv", "Hallo Alex, lange her! Ich baue gerade einen Austauschkreis für CFOs im Rhein-Main-Gebiet auf. Wollen Sie dabei sein?"))
P("reinvite_known_ugly", "en", "Skye Morrison", "Contributing Editor, CFO Weekly | Head of Content, Forecastr", "London",
  ("inm", "Would love your view", "Hi Alex, I'm writing a piece for CFO Weekly on how finance teams are using AI in forecasting. Could I quote you? "
          "Three questions max."),
  ("inm", "Quick follow up", "Thanks Alex! While I have you: the piece is sponsored by our forecasting platform and we're giving featured CFOs "
          "a free trial. Shall I set up a call?", (3, 10)),
  ("inv", "Alex, great to cross paths again. I'm now hosting a CFO roundtable in London, no vendors in the room. Would love to connect."))
P("reinvite_known_ugly", "fr", "Marc-Antoine Royer", "Contrôleur de gestion", "Orléans",
  ("inv", DEFAULT),
  ("inm", "Franchement…", "Je ne comprends pas les gens qui refusent une simple connexion. On est sur un réseau professionnel, pas dans un "
          "club privé. Quelle arrogance.", (10, 30)),
  ("inv", "Bonjour Alex, nouvelle tentative 🙂 je viens de rejoindre un groupe industriel comme contrôleur, on échange entre pairs ?"))
P("reinvite_known_ugly", "it", "Cristina Valsecchi", "Business Development | Piattaforma di Business Intelligence", "Como",
  ("inm", "Tavola rotonda CFO – Milano", "Buongiorno Alex, la invito a una tavola rotonda a porte chiuse tra CFO a Milano il 15. Nessun costo di partecipazione."),
  ("inm", "Tavola rotonda: ultimi dettagli", "Gentile Alex, per confermare la sua partecipazione le ricordo che la tavola rotonda è riservata "
          "ai clienti della nostra piattaforma di business intelligence: posso attivarle una prova di 30 giorni e iscriverla. Procedo?", (3, 12)),
  ("inv", "Ciao Alex, ti va di collegarci? Seguo sempre i tuoi post su controllo e budget."))

# ======================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Marcus Ogden", "Head of Partnerships | Cyber insurance for the mid-market", "Leeds",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Always nice to be asked 😊 By the way, since you're in finance: do you have a good handle on your "
          "company's cyber cover? We've just launched a product for mid-market firms, happy to run a quick quote.", (1, 10)))
P("user_invited_pitch_once", "de", "Hauke Petersen", "Inhaber | Übersetzungsbüro Petersen – Finanz & Recht", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Einladung! Falls Sie mal Übersetzungen für Geschäftsberichte brauchen (DE/EN/FR): Wir sind ein kleines Büro in Hamburg, "
          "schnell und vereidigt. Sprechen Sie mich einfach an.", (1, 15)))
P("user_invited_pitch_once", "fr", "Aurélien Faure", "Account Manager – Data rooms & conformité", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Petite question : votre société a-t-elle déjà un outil de data room pour les audits et les due "
          "diligences ? Je peux vous faire une démo de 20 min, c'est bluffant.", (2, 12)))
P("user_invited_pitch_once", "es", "Guillermo Baena", "Gestor de patrimonios | Banca privada", "Córdoba",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que estamos, te dejo mi web por si algún día necesitas un gestor de patrimonio de confianza. Sin presión 😉", (1, 20)))
P("user_invited_pitch_once", "it", "Roberta Gallo", "Consulente noleggio auto aziendali", "Parma",
  ("acc",),
  ("msg", "Grazie del collegamento! Ne approfitto: noleggiamo auto aziendali con formula tutto incluso, anche elettriche. Se le interessa "
          "le preparo un'offerta su misura.", (1, 10)))

# ======================================================= user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Sabine Ohlendorf", "Niederlassungsleiterin | Personaldienstleistung Finance & Accounting", "Essen",
  ("acc",),
  ("msg", "Vielen Dank für die Vernetzung, Alex! Wir vermitteln Fachkräfte für Buchhaltung und Controlling: Wenn es im Abschluss mal eng wird, "
          "stellen wir innerhalb von 48 Stunden Unterstützung. Darf ich Ihnen unsere Konditionen schicken?", (1, 10)),
  ("msg", "Hallo Alex, ich melde mich noch einmal: Aktuell haben wir zwei sehr gute Bilanzbuchhalter verfügbar. Soll ich Ihnen die Profile senden?", (10, 40)))
P("user_invited_pitch_twice", "fr", "Agathe Moulin", "Coach certifiée ICF | Prise de parole des dirigeants financiers", "Annecy",
  ("acc",),
  ("msg", "Merci de m'avoir ajoutée ! Je suis coach et j'accompagne les dirigeants financiers sur leur prise de parole en comité de direction. "
          "Un premier échange offert, ça vous dit ?", (1, 8)),
  ("msg", "Bonjour Alex, je lance une nouvelle promo : 6 séances à -20 % jusqu'à fin mars. Je vous réserve une place ?", (15, 45)))
P("user_invited_pitch_twice", "es", "Raúl Escobedo", "Sales Manager | Nómina en la nube", "Alicante",
  ("acc",),
  ("msg", "Gracias por agregarme Alex! te cuento rápido: tenemos un software de nóminas cloud-based, full integration con tu ERP. ¿Agendamos una demo?", (1, 7)),
  ("msg", "Alex, te escribo otra vez porque esta semana regalamos la implantación a las 5 primeras empresas que firmen. ¿Te interesa?", (7, 30)))
P("user_invited_pitch_twice", "it", "Fabrizio Peretti", "Consulente agevolazioni | Credito d'imposta R&S e Transizione 5.0", "Vicenza",
  ("acc",),
  ("msg", "Grazie per avermi aggiunto! Mi occupo di credito d'imposta R&S e Transizione 5.0: molte aziende lasciano sul tavolo decine di "
          "migliaia di euro. Le andrebbe una verifica gratuita?", (1, 10)),
  ("msg", "Gentile Alex, torno a scriverle perché la scadenza per le certificazioni si avvicina. Fissiamo una call di 20 minuti?", (10, 35)))
P("user_invited_pitch_twice", "en", "Zach Lindqvist", "Founder @ LeaseLedger | IFRS 16 made painless", "Boston",
  ("acc",),
  ("msg", "Cheers for the add! Genuinely curious what you make of the lease standard two years in 😀 (also, we build IFRS 16 software, lmk if you want a peek)", (1, 6)),
  ("msg", "Hey Alex, circling back: we're running a webinar next week (honestly it's a live demo of the tool). Want me to send the link and a pricing sheet?", (7, 25)))

# ============================================================= user_invited_value
P("user_invited_value", "it", "Marina Coppola", "Responsabile Consolidato | Consigliera ANDAF Campania", "Napoli",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Visto che ci occupiamo entrambi di consolidato: il 12 facciamo in ANDAF un webinar gratuito sul "
          "nuovo principio OIC, ti giro il link per iscriverti.", (2, 15)))
P("user_invited_value", "en", "Oliver Tranter", "Financial Controller", "Sheffield",
  ("acc",),
  ("msg", "Thanks for reaching out Alex! Re your question on the close calendar: I've dropped our 5-day close template in the thread, feel free "
          "to steal it. Happy to walk you through it on a call.", (1, 10)))
P("user_invited_value", "fr", "Séverine Laborde", "Directrice administrative et financière", "Pau",
  ("acc",),
  ("msg", "Merci Alex pour l'invitation. Comme promis au salon, voici le contact de notre responsable comptable qui a piloté le passage à la "
          "facturation électronique : elle est d'accord pour en parler avec vous.", (2, 20)))

# ==================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Friederike Haas", "Leiterin Treasury", "Mainz", ("acc",))
P("acceptance_only", "es", "Joaquín Morales", "Auditor senior", "Granada", ("acc",))
P("lone_endorsement", "fr", "Pauline Besnard", "Auditrice interne", "Angers", ("end",))
P("lone_endorsement", "it", "Emanuele Serra", "Controller di stabilimento", "Sassari", ("end",))

# ------------------------------------------- spoofs, other LinkedIn mail: new words
# Notes that spoofs put in someone's name (a pitch, or a phish).
SPOOF_BANKS = {
    "en": {"sales": ["Alex, I've shared the Q3 supplier invoice with you on our secure portal. Please sign in with your LinkedIn details to view it before Friday.",
                     "Hi Alex, we're offering finance leaders a free audit of their merchant fees. Click through and pick a slot, takes 2 minutes."],
           "pitch": ["Alex, congratulations, you've been shortlisted for the Finance Leader 100 list. Confirm your place via the link below within 24 hours."]},
    "de": {"sales": ["Hallo Alex, im Anhang finden Sie die angepasste Rechnung. Bitte bestätigen Sie über den Link Ihre LinkedIn-Anmeldung, um das Dokument zu öffnen.",
                     "Guten Tag, unser neues Factoring-Angebot für den Mittelstand: Liquidität in 24 Stunden. Jetzt Konditionen abrufen!"],
           "pitch": ["Alex, Ihr Profil wurde für die Auszeichnung „CFO des Jahres“ ausgewählt. Bitte bestätigen Sie Ihre Teilnahme über den folgenden Link."]},
    "fr": {"sales": ["Bonjour Alex, un document confidentiel vous a été partagé. Connectez-vous avec vos identifiants LinkedIn pour le consulter.",
                     "Alex, profitez de notre offre spéciale affacturage : trésorerie disponible sous 48 h, sans engagement. Cliquez ici."],
           "pitch": ["Félicitations Alex, vous faites partie des 50 DAF sélectionnés pour notre classement annuel. Validez votre profil ici."]},
    "es": {"sales": ["Hola Alex, te he enviado el contrato revisado por nuestra plataforma segura. Inicia sesión con tu cuenta de LinkedIn para descargarlo.",
                     "Alex, ¡última oportunidad! Invierte en nuestro fondo de energía solar con un 12% de rentabilidad garantizada."],
           "pitch": ["Alex, has sido nominado al premio Directivo Financiero del Año. Confirma tu candidatura en el enlace antes de mañana."]},
    "it": {"sales": ["Ciao Alex, ti ho condiviso la fattura aggiornata sul nostro portale sicuro. Accedi con le credenziali LinkedIn per visualizzarla.",
                     "Gentile Alex, finanziamenti agevolati per PMI approvati in 72 ore. Scopra subito se la sua azienda è idonea."],
           "pitch": ["Alex, sei stato selezionato per la classifica dei migliori 100 CFO italiani. Conferma la tua posizione dal link qui sotto."]},
}
SPOOF_PHISH = {
    "en": ["Your connection request could not be delivered. Re-verify your account to keep your network active.",
           "Alex, I tried to send you the file but it keeps bouncing. Can you open it here and let me know?"],
    "de": ["Ihre Kontaktanfrage konnte nicht zugestellt werden. Bitte verifizieren Sie Ihr Konto erneut."],
    "fr": ["Votre compte sera suspendu dans 24 h faute de vérification. Confirmez vos informations dès maintenant."],
    "es": ["Alex, no consigo enviarte el archivo por aquí, ¿puedes abrirlo en este enlace y me dices algo?"],
    "it": ["Il tuo account verrà limitato entro 24 ore. Verifica ora i tuoi dati per evitare la sospensione."],
}
SPOOF_SUBJECTS = {"en": ["Invoice ready for your review", "Shortlisted: Finance Leader 100"], "de": ["Rechnung zur Freigabe", "Auszeichnung CFO des Jahres"],
                  "fr": ["Document partagé avec vous", "Classement des DAF"], "es": ["Contrato revisado", "Premio Directivo Financiero del Año"],
                  "it": ["Fattura aggiornata", "Classifica CFO"]}
NAMES = {"en": (["Toby", "Imogen", "Rhys", "Hollie", "Declan", "Megan"], ["Barraclough", "Fenwick", "Ormerod", "Crabtree", "Lusk", "Tennant"]),
         "de": (["Ole", "Mareike", "Bastian", "Imke", "Jörg", "Frauke"], ["Riedesel", "Kuhnert", "Wölfle", "Tiedemann", "Scharnhorst", "Büttner"]),
         "fr": (["Gaëtan", "Maëlys", "Quentin", "Ophélie", "Loïc", "Manon"], ["Peyrefitte", "Lecoq", "Daumas", "Rivière", "Brossard", "Guérard"]),
         "es": (["Rodrigo", "Ainara", "Gonzalo", "Itziar", "Fermín", "Rocío"], ["Zubiri", "Carvajal", "Ortuño", "Melgar", "Ventura", "Llorente"]),
         "it": (["Ettore", "Noemi", "Raffaele", "Ginevra", "Tommaso", "Ludovica"], ["Quaranta", "Benvenuti", "Ferrandi", "Oliveri", "Pace", "Tosi"])}
CITY = {"en": ["York", "Norwich", "Belfast", "Swansea"], "de": ["Münster", "Augsburg", "Rostock", "Linz"], "fr": ["Dijon", "Metz", "Tours", "Caen"],
        "es": ["Oviedo", "Vigo", "Pamplona", "Cáceres"], "it": ["Trento", "Udine", "Perugia", "Pisa"]}
COMPANIES = {"good": ["Halvergate Foods", "Brunnhofer Werke", "Verrerie du Morvan", "Aceites Sierra Mágina", "Cartiera Valtellina"],
             "sales": ["LeadNova", "FinPitch Solutions", "Quotaly", "Pipeline Partners"]}
HEADLINES = {"good": ["Head of Group Reporting at {co}", "Finance Manager at {co}", "Treasury Analyst at {co}"],
             "sales": ["Business Development at {co}", "Account Executive at {co}", "Growth Partner at {co}"]}
mc.BANKS = SPOOF_BANKS
mc.PHISH_NOTES = SPOOF_PHISH
mc.INMAIL_SUBJECTS = {lang: {"sales": subs} for lang, subs in SPOOF_SUBJECTS.items()}
mc.NAMES, mc.CITY, mc.COMPANIES, mc.HEADLINES = NAMES, CITY, COMPANIES, HEADLINES
mc.SPOOF_METHODS = ["lookalike:linkedin-mail.co", "display:outlook.com", "dkimfail", "untrusted:mx.example.org", "noauth", "buried",
                    "lookalike:linkedin.com.secure-notify.example", "wrongpass"]

# Mail that is not from LinkedIn (new items): never touched.
FOREIGN = [
    ("Rachel Moss", "rachel.moss@example.net", "That LinkedIn poll about close days",
     "Hi Alex,\n\ndid you see the LinkedIn poll on close days? Half our peers claim 3 days. I don't believe a word of it. Lunch Thursday?\n\nRachel", "en"),
    ("Bundesverband Controlling e.V.", "newsletter@bv-controlling.example", "Newsletter März: Neues aus den Arbeitskreisen (jetzt auch auf LinkedIn)",
     "Liebe Mitglieder,\n\nunsere Arbeitskreise berichten ab sofort auch auf LinkedIn. Die Termine für das Frühjahr finden Sie im Mitgliederbereich.", "de"),
    ("Julien Masson", "julien.masson@example.net", "Tr: Connaissez-vous cette personne ? (LinkedIn)",
     "Alex, un certain « conseiller patrimonial » m'a écrit sur LinkedIn en disant que tu lui avais donné mon nom. C'est vrai ?\n\nJulien", "fr"),
    ("Recursos Humanos", "rrhh@example-empresa.example", "Actualiza tu perfil de LinkedIn con el nuevo logo",
     "Hola a todos,\n\nos recordamos que el nuevo logo ya está disponible. Por favor, actualizad la empresa en vuestro perfil de LinkedIn antes del viernes.", "es"),
    ("Agenda Eventi", "calendario@example.org", "Promemoria: Aperitivo controller – giovedì ore 19",
     "Promemoria: giovedì alle 19 aperitivo tra controller a Torino. Le foto della scorsa volta sono sul gruppo LinkedIn.", "it"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot third development corpus (dev3). Generated by scripts/make_corpus_dev3.py (seed {SEED}); do not edit by hand.",
             "# Per-person notes written as specific personas, without reading mailbot's signals or judge or earlier phrase banks. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev3", SEED, PEOPLE, FOREIGN, spoofs=8, other=6, header=HEADER)
