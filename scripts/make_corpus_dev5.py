#!/usr/bin/env python3
"""Write mailbot's fifth, independent development corpus: tests/corpus/dev5/*.eml + expected.toml.

The MIME and layout machinery is imported from scripts/make_corpus.py through the shared
story runner scripts/corpus_stories.py. Every word people write here is new, written from
the taxonomy alone, without reading mailbot's signals or judge or earlier phrase banks.
The angle of this corpus is the *median* LinkedIn user: ordinary, slightly bland notes,
template notes with the name filled in, pitches that describe an offer without asking for
anything, value notes that mention a company in passing, short cold hostility, endorse-back
requests that only hint, and baits (peer group, study, free guide, event) whose switch is a
plain product pitch.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev5.py              # writes tests/corpus/dev5
    python scripts/make_corpus_dev5.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus as mc  # noqa: E402,F401  (layout machinery and LinkedIn's own wording only)

SEED = 20260405

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []


P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Hannah Whitfield", "Finance Business Partner at Arden Foods", "Birmingham",
  ("inv", "Hi Alex, hope you're well. We're starting a small FP&A peer group in the Midlands, just practitioners, "
          "meeting once a quarter over coffee to compare notes on forecasting. No cost, no vendors. Thought you might like to join."),
  ("rem",))
P("good_invitation", "de", "Stefan Kröger", "Leiter Rechnungswesen | Stadtwerke Kassel", "Kassel",
  ("inv", "Hallo Alex, wir haben uns letzte Woche beim IFRS-Stammtisch kurz unterhalten. Wie versprochen schicke ich Ihnen "
          "gern unsere Checkliste zur Leasingbilanzierung, die wir intern nutzen. Würde mich über die Vernetzung freuen."))
P("good_invitation", "fr", "Claire Dumoulin", "Responsable formation | Ordre des experts-comptables", "Nantes",
  ("inv", "Bonjour Alex, j'organise un webinaire gratuit sur la facture électronique le 14 mai, qui compte pour la formation "
          "continue obligatoire. Je me permets de vous inviter, et de vous ajouter à mon réseau au passage. Bonne journée, Claire"),
  ("rem",))
P("good_invitation", "es", "Lucía Ferrer", "Controller en Grupo Almenar", "Zaragoza",
  ("inv", "Hola Alex, vi tu comentario sobre el cierre mensual en cinco días. Nosotros estamos intentando bajar de diez y no "
          "lo conseguimos, ¿te importaría que te hiciera un par de preguntas? Un saludo"))
P("good_invitation", "it", "Marco Bellini", "Head of Talent Acquisition presso Ferraresi Meccanica", "Brescia",
  ("inv", "Ciao Alex, stiamo cercando un Financial Controller per la nostra sede di Brescia (assunzione diretta, non tramite agenzia). "
          "Il tuo profilo mi sembra in linea, se ti va ti mando la descrizione del ruolo."))
P("good_invitation", "en", "Owen Gallagher", "Senior Accountant, Brightwater Housing", "Dublin",
  ("inv", "Hi Alex, Fiona Byrne suggested I get in touch - she said you'd be the right person to talk to about moving our "
          "consolidation off spreadsheets, and that you wouldn't mind. Happy to buy the coffee!"))
P("good_invitation", "de", "Miriam Aydin", "Doktorandin | Lehrstuhl für Controlling, Universität Bamberg", "Bamberg",
  ("inv", "Hello Alex, I'm a PhD student in Bamberg running a short study (15 min) on how mid-sized firms use driver-based "
          "planning. Participants get the full benchmark report for free. Would you consider taking part?"),
  nl="en")

# ============================================================ default_invitation
P("default_invitation", "en", "Craig Whitmore", "Business Development | Helping businesses grow", "Manchester",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Tobias Engel", "Vertrieb Außendienst", "Köln",
  ("inv", DEFAULT))
P("default_invitation", "fr", "Julien Marchal", "Consultant indépendant", "Lille",
  ("inv", NONOTE), ("rem",))
P("default_invitation", "es", "Sergio Campos", "Emprendedor | Inversor", "Sevilla",
  ("inv", DEFAULT))
P("default_invitation", "it", "Alessia Greco", "Account Manager", "Bari",
  ("inv", NONOTE))

# ============================================================== sales_invitation
P("sales_invitation", "en", "Rebecca Hollis", "Partner Manager at Ledgerly | AP automation", "London",
  ("inv", "Hi Alex, hope you're well. I work with finance teams on automating accounts payable and thought it would be good to connect."))
P("sales_invitation", "de", "Jan Petersen", "Senior Account Executive | Cloud-ERP für den Mittelstand", "Hamburg",
  ("inv", "Hallo Alex, ich begleite Finanzabteilungen im Mittelstand beim Umstieg auf ein Cloud-ERP. Viele unserer Kunden "
          "hatten vorher ähnliche Strukturen wie Sie. Freue mich auf den Austausch!"))
P("sales_invitation", "fr", "Nathalie Roussel", "Conseillère en gestion de patrimoine", "Bordeaux",
  ("inv", "Bonjour Alex, j'accompagne des cadres dirigeants dans l'optimisation de leur patrimoine et de leur fiscalité. "
          "Ravie d'échanger avec vous."))
P("sales_invitation", "es", "Diego Navarro", "Consultor de selección | Talento Finanzas Partners", "Madrid",
  ("inv", "Hola Alex, en Talento Finanzas ayudamos a departamentos financieros a cubrir sus vacantes en menos de 30 días, "
          "con garantía de reposición. Encantado de conectar."))
P("sales_invitation", "it", "Giulia Conti", "Consulente assicurativa | Protezione aziende e manager", "Padova",
  ("inv", "Buongiorno Alex, mi occupo di polizze D&O e tutela legale per manager e CFO. Mi farebbe piacere averla nella mia rete."))
P("sales_invitation", "en", "Tom Baxter", "Founder @ Pipeline Partners | B2B appointment setting", "Leeds",
  ("inv", "Hi Alex, I came across your profile and would love to connect. We help finance software firms book 15-20 qualified "
          "meetings a month, all done for you. Cheers, Tom"))
P("sales_invitation", "de", "Sabine Hartl", "Business Coach | Führung & Resilienz", "Salzburg",
  ("inv", "Liebe Alex, Führungskräfte in Finance stehen heute unter enormem Druck. In meinem 12-Wochen-Coaching lernen Sie, "
          "wieder Klarheit zu gewinnen. Ich freue mich auf die Vernetzung!"))

# =================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gareth Lowe", "Community Lead, CFO Circle UK", "Bristol",
  ("inv", "Hi Alex, I run a small peer group for finance leaders in the South West, we meet monthly online to swap ideas. "
          "Would be great to have you in it. Let's connect!"),
  ("msg", "Thanks for connecting Alex. Quick one - alongside the group I'm a partner at Lowe Wealth, and we help finance "
          "directors structure their pensions and share options. Worth a 20-minute chat next week?"),
  ("msg", "Hi Alex, just bumping this up. I have a couple of slots on Thursday for that pension review if useful."))
P("bait_and_switch_invitation", "en", "Katrin Vogel", "Research Associate | Finance Transformation Studie 2025", "Frankfurt",
  ("inv", "Hallo Alex, wir führen gerade eine kurze Studie zur Digitalisierung im Controlling durch. Als Dankeschön erhalten "
          "alle Teilnehmenden die Ergebnisse. Hätten Sie Interesse?"),
  ("msg", "Danke für die Vernetzung! Übrigens: Unsere Software PlanWerk automatisiert genau die Planungsprozesse, um die es in "
          "der Studie geht. Ich würde sie Ihnen gerne in einer 30-minütigen Demo zeigen. Wann passt es Ihnen?"),
  nl="de")
P("bait_and_switch_invitation", "fr", "Antoine Lefebvre", "Fondateur | Guide pratique du DAF", "Paris",
  ("inv", "Bonjour Alex, j'ai rédigé un guide gratuit sur la clôture rapide des comptes, je le partage avec des DAF de mon réseau. "
          "Je vous l'envoie volontiers si on se connecte."),
  ("msg", "Merci pour la connexion Alex. Voici le guide comme promis. Et si vous voulez aller plus loin, notre cabinet propose un "
          "accompagnement clé en main pour réduire votre clôture à 5 jours, à partir de 4 900 € HT."),
  ("msg", "Bonjour Alex, avez-vous pu regarder notre proposition ? Je peux vous envoyer un devis cette semaine."))
P("bait_and_switch_invitation", "es", "Pablo Ortega", "Organizador de Finance Meetup Valencia", "Valencia",
  ("inv", "Hola Alex, organizamos un encuentro gratuito de directores financieros en Valencia el próximo mes. "
          "Me encantaría invitarte, ¿conectamos?"),
  ("msg", "Gracias por aceptar, Alex. Por cierto, además del meetup trabajo en SegurPyme, seguros de ciberriesgo para empresas. "
          "Muchas empresas como la tuya no están cubiertas. ¿Te preparo una propuesta sin compromiso?"))
P("bait_and_switch_invitation", "it", "Federica Russo", "Membro del Network Donne in Finanza", "Milano",
  ("inv", "Ciao Alex, ho visto che lavori nel controllo di gestione, come me. Mi farebbe piacere collegarci tra colleghi del settore "
          "e scambiarci qualche idea."),
  ("msg", "Grazie del collegamento! Ti scrivo perché da quest'anno collaboro con una società di consulenza patrimoniale: aiutiamo "
          "i professionisti della finanza a investire in modo più efficiente. Ti andrebbe una call conoscitiva?"),
  ("msg", "Ciao Alex, ti riscrivo per la call. Questo mese offriamo un check-up del portafoglio gratuito."))
P("bait_and_switch_invitation", "en", "Priyanka Shah", "Finance Manager | CIMA", "Leicester",
  ("inv", "Hi Alex, quick question from a fellow management accountant: how did you handle the switch to IFRS 16 for your "
          "property leases? We're mid-way through and struggling. Would love to connect."),
  ("msg", "Thanks Alex. By the way, I've recently joined LeaseBase as a partner, our tool handles IFRS 16 calculations "
          "end to end. Happy to set you up with a trial and a short walkthrough."))

# ====================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Daniel Price", "Host, The Numbers Podcast", "Cardiff",
  ("inm", "Guest spot on The Numbers Podcast?", "Hi Alex, I host a small podcast for finance professionals and your posts caught "
          "my eye. Would you be up for a 30-minute conversation as a guest? No prep needed."),
  ("inm", "Re: The Numbers Podcast", "Great to hear back! Guest episodes come with our promotion package (£750), which covers "
          "editing, artwork and a campaign to our 8,000 listeners. Shall I send the invoice details?"))
P("bait_and_switch_inmail", "de", "Markus Brandt", "Herausgeber | Finanzleiter-Report", "München",
  ("inm", "Kostenloser Benchmark für Ihr Controlling", "Guten Tag Alex, wir haben einen Benchmark zu Finanzkennzahlen im Mittelstand "
          "erstellt und stellen ihn ausgewählten Finanzleitern kostenlos zur Verfügung. Soll ich ihn Ihnen schicken?"),
  ("inm", "Ihr Benchmark + nächster Schritt", "Hallo Alex, anbei der Link zum Benchmark. Wenn Sie Ihre eigenen Zahlen damit vergleichen "
          "möchten, bietet unsere Beratung eine individuelle Analyse für 2.400 € an. Ich rufe Sie gern an."),
  ("inm", "Kurze Nachfrage", "Hallo Alex, haben Sie sich die Analyse überlegt? Das Angebot gilt noch bis Monatsende."))
P("bait_and_switch_inmail", "fr", "Élodie Garnier", "Chargée d'études | Observatoire des fonctions financières", "Lyon",
  ("inm", "Enquête DAF 2025 (5 min)", "Bonjour Alex, nous menons une enquête auprès des directeurs financiers sur leurs priorités "
          "2025. Accepteriez-vous d'y répondre ? Les résultats vous seront envoyés."),
  ("inm", "Suite à l'enquête", "Merci Alex pour vos réponses ! Au vu de vos priorités, notre solution de gestion de trésorerie "
          "pourrait vraiment vous aider. Je vous propose une démonstration de 20 minutes, mardi ou jeudi ?"))
P("bait_and_switch_inmail", "es", "Raúl Jiménez", "Mentor de directivos | Programa Liderazgo Financiero", "Bilbao",
  ("inm", "¿Te interesa ser mentor?", "Hola Alex, estamos montando un programa de mentoría para jóvenes controllers y buscamos "
          "perfiles como el tuyo. ¿Tendrías un rato para hablarlo?"),
  ("inm", "Programa de mentoría - detalles", "Hola Alex, te paso los detalles: para participar como mentor, la certificación "
          "oficial cuesta 1.200 € e incluye el curso de coaching ejecutivo. ¿Te reservo plaza en la próxima edición?"))

# ============================================================= endorse_me_back
P("endorse_me_back", "en", "Laura Mitchell", "Management Accountant at Corby Logistics", "Northampton",
  ("end",),
  ("msg", "Hi Alex, I've endorsed you for a few skills, would be great to get some endorsements too if you have a minute :)"))
P("endorse_me_back", "de", "Oliver Schütz", "Controller | SAP CO", "Stuttgart",
  ("end",), ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Falls Sie Zeit haben, würde ich mich über eine Bestätigung "
          "meiner Kenntnisse ebenfalls freuen. Danke!"))
P("endorse_me_back", "fr", "Sophie Leroy", "Contrôleuse de gestion", "Toulouse",
  ("end",),
  ("msg", "Coucou Alex, petit coup de pouce pour {skill} de ma part ;) Si tu pouvais faire pareil sur mon profil, ce serait top, "
          "je suis en pleine recherche de poste."))
P("endorse_me_back", "es", "Javier Molina", "Analista financiero senior", "Málaga",
  ("end",),
  ("msg", "Hola Alex, te he validado algunas aptitudes. Mi perfil anda un poco flojo en ese apartado, así que si te animas a "
          "validarme alguna, genial. ¡Un abrazo!"))
P("endorse_me_back", "it", "Chiara Lombardi", "Responsabile amministrativa", "Verona",
  ("end",), ("end",),
  ("msg", "Ciao Alex, ti ho lasciato qualche conferma sulle competenze. Se ti capita, una conferma anche per me sarebbe gradita!"))

# ===================================================== hostility_after_decline
P("hostility_after_decline", "en", "Neil Cartwright", "Sales Director | Payroll outsourcing", "Sheffield",
  ("inv", "Hi Alex, we look after payroll for 300+ UK businesses. Would be good to connect and see if we can help."),
  ("inm", "Your invitation", "Noted, thanks for nothing. Shame some people can't even be bothered to reply."))
P("hostility_after_decline", "de", "Ralf Wendt", "Geschäftsführer | Wendt Consulting", "Düsseldorf",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Kontaktanfrage", "Schade. Ich dachte, auf LinkedIn geht es um Netzwerken. Offenbar nicht bei jedem. Arrogantes Verhalten."))
P("hostility_after_decline", "fr", "Thierry Mallet", "Consultant en transformation digitale", "Marseille",
  ("inv", "Bonjour Alex, je serais ravi d'échanger avec vous sur vos projets de transformation finance."),
  ("inm", "Demande de connexion", "Bon. Pas de réponse. C'est dommage et franchement pas très professionnel."))
P("hostility_after_decline", "es", "Alberto Vidal", "Asesor financiero independiente", "Murcia",
  ("inv", "Hola Alex, me gustaría añadirte a mi red de contactos profesionales."),
  ("inm", "Sin respuesta", "Vale. Ya veo que no contestas. Muy poco educado por tu parte, la verdad."))
P("hostility_after_decline", "it", "Roberto Galli", "Broker immobiliare | Investimenti a reddito", "Roma",
  ("inv", "Buongiorno Alex, mi piacerebbe presentarle alcune opportunità di investimento immobiliare a reddito."), ("rem",),
  ("inm", "Richiesta di collegamento", "Va bene. Non rispondere è maleducato, ma evidentemente lei è troppo importante. Buona fortuna."))

# ======================================================== hostility_connection
P("hostility_connection", "en", "Scott Harrington", "Director, Harrington Interim Finance", "Glasgow",
  ("msg", "Hi Alex, we place interim financial controllers at short notice, usually within a week. Anything coming up on your side?"),
  ("msg", "Fair enough, you clearly don't read your messages. I'll save my time for people with manners."))
P("hostility_connection", "de", "Bernd Hoffmann", "Vertriebsleiter | Dokumentenmanagement", "Leipzig",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Wir digitalisieren den Rechnungseingang für Finanzabteilungen. Darf ich Ihnen "
          "kurz zeigen, wie das bei Ihnen aussehen könnte?"),
  ("msg", "Sie haben mich doch eingeladen und dann keine Antwort? Unmöglich. So baut man kein Netzwerk auf."))
P("hostility_connection", "it", "Paolo Ferri", "Consulente finanza agevolata", "Torino",
  ("msg", "Ciao Alex, seguiamo aziende nell'ottenimento di contributi a fondo perduto e crediti d'imposta. Vuoi che verifichiamo "
          "gratuitamente a cosa avete diritto?"),
  ("msg", "Ok, ho capito. Poteva anche dirmelo invece di ignorarmi. Che maleducazione."))

# ===================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Amy Sutton", "Account Executive, Spendwise", "London",
  ("msg", "Hi Alex, hope all's well! At Spendwise we give finance teams real-time visibility over card spend, with receipts "
          "matched automatically. Lots of teams your size are moving over this year."),
  ("msg", "Hi Alex, just checking in on the above. We've got a Q2 offer with the first three months free."),
  ("msg", "Hi Alex, last note from me! If spend management is ever on your roadmap, here's my calendar link."),
  nl="en")
P("connection_only_pitches", "fr", "Mathieu Perrin", "Ingénieur d'affaires | Logiciel de consolidation", "Paris",
  ("msg", "Bonjour Alex, j'espère que vous allez bien. Nous aidons les groupes de taille intermédiaire à consolider leurs comptes "
          "en quelques jours. Un échange de 20 minutes vous intéresserait-il ?"),
  ("msg", "Bonjour Alex, je reviens vers vous concernant notre solution de consolidation. Je peux vous faire parvenir une "
          "proposition tarifaire."))
P("connection_only_pitches", "es", "Marta Ruiz", "Asesora fiscal | Ruiz & Asociados", "Barcelona",
  ("msg", "Hola Alex, ¿qué tal? Te escribo porque en el despacho estamos ayudando a muchas empresas con la nueva normativa de "
          "facturación electrónica. Te dejo mi contacto por si lo necesitas."),
  ("msg", "Hola Alex, este trimestre ofrecemos la revisión fiscal completa con un 20% de descuento. ¿Te interesa?"))
P("connection_only_pitches", "it", "Luca Marchetti", "Business Developer | Noleggio a lungo termine", "Bologna",
  ("msg", "Ciao Alex, tutto bene? Ti scrivo perché gestiamo flotte aziendali a noleggio a lungo termine, con canoni fissi e zero "
          "pensieri. Se rinnovate il parco auto, fammi sapere."),
  ("msg", "Ciao Alex, ti giro il listino aggiornato delle nostre offerte per le aziende."),
  ("msg", "Ciao Alex, ultime due auto disponibili con consegna a giugno. Ti chiamo domani?"))

# ================================================================ single_pitch
P("single_pitch", "en", "Ben Fowler", "Partner, Fowler & Reid R&D Tax", "Nottingham",
  ("msg", "Hi Alex, long time no speak! Just a heads-up that we've helped several manufacturers claim back R&D tax credits this "
          "year, often six figures. If that's relevant for you, I'd be glad to take a look."))
P("single_pitch", "de", "Nina Berger", "Key Account Managerin | Firmenevents & Incentives", "Berlin",
  ("msg", "Hallo Alex, lange nichts gehört! Falls Sie dieses Jahr eine Weihnachtsfeier oder ein Offsite planen: wir haben noch "
          "freie Termine in unserer Eventlocation am Spreeufer. Ich schicke Ihnen gern unser Angebot."))
P("single_pitch", "fr", "Camille Blanc", "Traductrice financière | Cabinet Blanc Traductions", "Strasbourg",
  ("msg", "Bonjour Alex, je me permets de vous signaler que nous traduisons rapports annuels et documents financiers en anglais "
          "et en allemand, avec relecture par des experts-comptables. N'hésitez pas si besoin."))
P("single_pitch", "es", "Andrés Castillo", "Consultor CSRD y sostenibilidad", "Madrid",
  ("msg", "Hola Alex, espero que vaya todo bien. Con la CSRD muchas empresas van con prisas; nosotros preparamos el informe de "
          "sostenibilidad completo en ocho semanas. Si te encaja, hablamos."))

# ===================================================== connection_brings_value
P("connection_brings_value", "en", "Rachel Turner", "Head of Finance at Meadowbank Care", "York",
  ("msg", "Hi Alex, hope you're well. We're running our quarterly finance roundtable at Meadowbank next month, topic is cash "
          "forecasting. It's free and there are a few seats left if you or your team fancy coming along."))
P("connection_brings_value", "de", "Andreas Keller", "CFO | Keller Maschinenbau", "Ulm",
  ("end",),
  ("msg", "Hallo Alex, kurze Info: Die IHK Ulm bietet im Juni einen kostenlosen Workshop zur E-Rechnung an, zählt als "
          "Weiterbildung. Ich gehe mit zwei Kollegen hin, vielleicht ist das auch etwas für Sie. Beste Grüße"))
P("connection_brings_value", "fr", "Isabelle Fournier", "DAF | Groupe Horizon Santé", "Rennes",
  ("msg", "Bonjour Alex, suite à notre échange au congrès, je vous mets en relation avec Paul Girard, notre trésorier, qui a "
          "mené exactement le projet de cash pooling dont vous parliez. Il est d'accord pour en discuter avec vous."))
P("connection_brings_value", "es", "Elena Sanz", "Directora financiera en Hortícola del Sur", "Almería",
  ("msg", "Hola Alex, te paso la plantilla de presupuesto base cero que usamos aquí, por si te sirve para el ejercicio que "
          "comentabas. Sin compromiso, ya me contarás qué tal."))
P("connection_brings_value", "it", "Davide Moretti", "Controller presso Lattesole", "Parma",
  ("end",),
  ("msg", "Ciao Alex, il gruppo di lavoro ANDAF sul reporting ESG cerca ancora un paio di persone. Ci vediamo una volta al mese, "
          "gratis, e ne esce un documento condiviso. Ti andrebbe?"))

# =================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Sarah Donnelly", "Talent Partner at Northgate Energy", "Edinburgh",
  ("inm", "Group Financial Controller - Northgate Energy", "Hi Alex, I'm hiring a Group Financial Controller for Northgate "
          "Energy in Edinburgh, permanent, hybrid, reporting to the CFO. Salary up to £95k plus bonus. Your background in "
          "consolidation looks like a strong fit. Open to a chat?"),
  nl="en")
P("stranger_inmail_recruiter", "de", "Lena Hofmann", "Recruiterin bei Brandt Logistik", "Bremen",
  ("inm", "Leitung Controlling (m/w/d) in Bremen", "Hallo Alex, wir suchen eine Leitung Controlling für unsere Zentrale in "
          "Bremen. Unbefristet, 30 Tage Urlaub, zwei Tage Homeoffice. Hätten Sie Interesse an einem unverbindlichen Gespräch?"))
P("stranger_inmail_recruiter", "fr", "Karim Benali", "Chargé de recrutement | Cabinet Alto RH", "Lyon",
  ("inm", "Poste de DAF - PME industrielle", "Bonjour Alex, je recrute pour un client, PME industrielle lyonnaise (80 M€ de CA), "
          "son futur DAF. CDI, rattaché au PDG. Votre parcours m'a semblé correspondre. Êtes-vous ouvert à en parler ?"))
P("stranger_inmail_recruiter", "es", "Carmen Delgado", "HR Business Partner en Frutas Levante", "Valencia",
  ("inm", "Oferta: Jefe/a de Control de Gestión", "hola alex, buscamos jefe de control de gestión para valencia. contrato "
          "indefinido, buen ambiente. si te interesa te paso la oferta completa. gracias"))
P("stranger_inmail_recruiter", "it", "Simone Riva", "Talent Acquisition Specialist", "Milano",
  ("inm", "Opportunità: Finance Manager", "Ciao Alex, sto cercando un Finance Manager per una multinazionale del settore "
          "farmaceutico a Milano. Contratto a tempo indeterminato, RAL fino a 70k. Ti andrebbe di sentirci?"))

# ===================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jake Morrison", "SDR at Closeflow", "Manchester",
  ("inm", "Month-end close", "Hi Alex, most finance teams we talk to lose 3-4 days a month on reconciliations. Closeflow "
          "cuts that in half. Do you have 15 minutes next week for a quick demo?"),
  ("inm", "Re: Month-end close", "Hi Alex, following up on my note. Would Tuesday at 10 work?"))
P("stranger_inmail_sales", "de", "Daniela Wolf", "Inkasso-Spezialistin | Forderungsmanagement", "Nürnberg",
  ("inm", "Offene Forderungen?", "Hallo Alex, offene Rechnungen kosten Liquidität. Wir übernehmen das Forderungsmanagement "
          "für Sie, erfolgsabhängig und ohne Fixkosten."))
P("stranger_inmail_sales", "fr", "Hugo Mercier", "Business Developer | Cadeaux d'affaires", "Paris",
  ("inm", "Vos cadeaux clients de fin d'année", "Bonjour Alex, à l'approche des fêtes, nous proposons des coffrets gourmands "
          "personnalisés pour vos clients et équipes. Catalogue disponible sur demande."),
  ("inm", "Relance - cadeaux de fin d'année", "Bonjour Alex, dernières commandes possibles avant le 30 novembre. Souhaitez-vous un devis ?"))
P("stranger_inmail_sales", "it", "Valentina Costa", "Consulente Travel Management", "Roma",
  ("inm", "Trasferte aziendali", "Buongiorno Alex, aiutiamo le aziende a ridurre fino al 25% i costi delle trasferte con la "
          "nostra piattaforma di travel management. Posso inviarle una presentazione?"))

# ============================================================ good_turns_ugly
P("good_turns_ugly", "en", "Mark Ellison", "Finance Director | ICAEW member", "Reading",
  ("inv", "Hi Alex, I'm organising a free CPD evening on audit readiness for finance directors in the Thames Valley. "
          "Would be good to connect and send you the details."),
  ("msg", "Hi Alex, here's the link to register for the CPD evening, it counts for 2 hours. Hope to see you there!"),
  ("msg", "Hi Alex, glad you could make it. On another note, I've started advising on behalf of Ellison Capital - we help "
          "finance directors with tax-efficient investments. Fancy a coffee to go through it?"))
P("good_turns_ugly", "de", "Petra Lang", "Controllerin | Arbeitskreis Controlling Rhein-Main", "Wiesbaden",
  ("inv", "Hallo Alex, ich koordiniere den Arbeitskreis Controlling Rhein-Main. Wir treffen uns alle zwei Monate, kostenlos, "
          "reiner Erfahrungsaustausch. Haben Sie Lust, mal vorbeizukommen?"),
  ("msg", "Hallo Alex, anbei das Protokoll vom letzten Treffen und der Termin für das nächste. Schön, dass Sie dabei sind!"),
  ("msg", "Hallo Alex, ich habe Sie übrigens für {skill} bestätigt. Wäre super, wenn Sie mich auch für ein paar Kenntnisse "
          "bestätigen könnten, ich bewerbe mich gerade intern."))
P("good_turns_ugly", "es", "Irene Vázquez", "Profesora asociada | Universidad de Sevilla", "Sevilla",
  ("inv", "Hola Alex, doy clases de contabilidad de gestión en la Universidad de Sevilla y me gustaría invitarte a dar una charla "
          "a mis alumnos de máster. Sería genial contar con tu experiencia."),
  ("msg", "Muchas gracias por la charla, Alex, a los alumnos les encantó. Te paso el material de la sesión."),
  ("msg", "Hola Alex, aparte de la universidad tengo una consultora de formación in company. Te paso nuestro catálogo de cursos "
          "para equipos financieros, con precios especiales este trimestre."),
  ("msg", "Hola Alex, ¿pudiste ver el catálogo? Te puedo preparar un presupuesto a medida."))
P("good_turns_ugly", "it", "Francesca Neri", "CFO | Gruppo Alimentare Neri", "Modena",
  ("inv", "Ciao Alex, ho letto il tuo post sulla pianificazione rolling. Ti va di collegarci? Mi piacerebbe scambiare due idee tra CFO."),
  ("msg", "Ciao Alex, come promesso ti giro il nostro modello di rolling forecast, spero ti sia utile."),
  ("msg", "Ciao Alex, ti segnalo che mio fratello ha aperto una società di software per il controllo di gestione. Ti organizzo "
          "una demo con lui?"))

# ========================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Chris Dalton", "Partner Manager at Ledgerfox", "Bristol",
  ("inm", "Quick question", "Hi Alex, we help finance teams automate expense reporting end to end. Could I show you a 15-minute demo?"),
  ("inv", "Hi Alex, I'm putting together a small roundtable for finance leaders in Bristol, free to attend. Would love to connect."))
P("reinvite_known_bad", "fr", "Pauline Girard", "Conseillère patrimoniale", "Nice",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, je partage régulièrement des analyses économiques avec des DAF. Ravie de vous compter dans mon réseau."))
P("reinvite_known_bad", "it", "Matteo Sala", "Sales Manager | Software gestionale", "Firenze",
  ("inv", "Buongiorno Alex, aiutiamo le PMI a gestire budget e consuntivi con il nostro gestionale in cloud. Sarebbe un piacere collegarci."),
  ("inv", "Ciao Alex, siamo colleghi del settore, mi farebbe piacere restare in contatto e scambiarci idee."))

# ========================================================= reinvite_known_ugly
P("reinvite_known_ugly", "en", "Wayne Fletcher", "Sales Director | Energy brokerage", "Derby",
  ("inv", "Hi Alex, we help companies cut their energy bills by 20%. Let's connect."),
  ("inm", "Connection", "Fine. Your loss. Don't come crying when your energy bill doubles."),
  ("inv", "Hi Alex, hope you're well. I'd like to add you to my network, we're both in the Midlands finance community."))
P("reinvite_known_ugly", "de", "Ulrich Baumann", "Initiator | Netzwerk Finanzvorstände", "Hannover",
  ("inm", "Einladung in unser Netzwerk", "Guten Tag Alex, wir bauen ein kleines Netzwerk für Finanzvorstände auf, kostenlos, "
          "zum Austausch unter Gleichgesinnten. Darf ich Ihnen mehr erzählen?"),
  ("inm", "Netzwerk Finanzvorstände", "Danke für Ihr Interesse! Ergänzend bieten wir Mitgliedern unsere Vermögensverwaltung "
          "mit Sonderkonditionen an. Wann können wir telefonieren?"),
  ("inv", "Hallo Alex, würde mich freuen, wenn wir uns vernetzen."))
P("reinvite_known_ugly", "es", "Fernando Gil", "Director comercial | Software de nóminas", "Madrid",
  ("inv", "Hola Alex, ayudamos a empresas a externalizar sus nóminas sin complicaciones. ¿Conectamos?"),
  ("inm", "Tu respuesta", "Entendido. Gracias por nada."),
  ("inv", "Hola Alex, me encantaría invitarte a un desayuno gratuito de directores financieros en Madrid."))

# ==================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Lisa Coleman", "Senior Consultant, Meridian Advisory", "London",
  ("acc",),
  ("msg", "Thanks for the invite Alex! Great to be connected. In case it's useful, we run finance transformation projects "
          "for mid-market firms, from process mapping to system selection. Happy to share a couple of case studies."))
P("user_invited_pitch_once", "de", "Thomas Richter", "Partner | Richter Steuerberatung", "Dresden",
  ("acc",),
  ("msg", "Hallo Alex, vielen Dank für die Einladung. Falls Sie für Ihre Holding noch eine Steuerberatung suchen: wir betreuen "
          "mehrere Unternehmensgruppen in Sachsen und hätten Kapazität."))
P("user_invited_pitch_once", "fr", "Céline Morel", "Directrice commerciale | Data room virtuelle", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Si vous préparez une levée de fonds ou une cession, notre data room sécurisée est "
          "utilisée par de nombreux DAF. Je peux vous ouvrir un accès d'essai."))
P("user_invited_pitch_once", "it", "Stefano Bruno", "Consulente | Welfare aziendale", "Genova",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento. Ti lascio due righe: ci occupiamo di piani di welfare aziendale che riducono "
          "il costo del lavoro. Se ti interessa approfondire ci sono."))

# =================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Ryan Cooper", "Account Director, TreasuryHub", "London",
  ("acc",),
  ("msg", "Thanks for connecting Alex! TreasuryHub connects all your bank accounts into one cash view, live. Teams your size "
          "usually save a day a week on cash reporting."),
  ("msg", "Hi Alex, we've just launched FX hedging in TreasuryHub too. Would you like a walkthrough?"),
  nl="en")
P("user_invited_pitch_twice", "de", "Julia Krause", "Beraterin | Betriebliche Altersvorsorge", "Münster",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Vernetzen! Ich berate Unternehmen zur betrieblichen Altersvorsorge. Gerade für Führungskräfte "
          "gibt es interessante Modelle."),
  ("msg", "Hallo Alex, ich hätte nächste Woche Termine frei für ein kurzes Beratungsgespräch. Passt Ihnen Dienstag?"))
P("user_invited_pitch_twice", "es", "Manuel Herrera", "Socio | Herrera Auditores", "Valladolid",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Te cuento que en Herrera Auditores hacemos auditorías de cuentas para empresas "
          "medianas, con honorarios muy competitivos."),
  ("msg", "Hola Alex, ¿ya tenéis auditor para este ejercicio? Te puedo enviar una propuesta de honorarios esta semana."))
P("user_invited_pitch_twice", "it", "Giorgio Fontana", "Agente | Energia per le imprese", "Bergamo",
  ("acc",),
  ("msg", "Ciao Alex, grazie del contatto! Lavoro con un fornitore di energia per le imprese, con prezzi bloccati per 24 mesi."),
  ("msg", "Ciao Alex, mi mandi una bolletta recente? Ti preparo un confronto gratuito con la nostra offerta."))

# ======================================================== user_invited_value
P("user_invited_value", "en", "Emma Clarke", "Financial Controller at Rowan Hotels", "Bath",
  ("acc",),
  ("msg", "Thanks for the invite Alex! As promised at the conference, here's the link to the variance analysis template we "
          "built in Power BI. Shout if anything's unclear."))
P("user_invited_value", "fr", "Vincent Dubois", "Trésorier groupe | Association des trésoriers", "Paris",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation. Notre association organise une matinée gratuite sur les paiements "
          "instantanés le mois prochain, je vous ai mis sur la liste des invités."))
P("user_invited_value", "es", "Rocío Martín", "Responsable de contabilidad | Hoteles Sol y Mar", "Palma",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te paso el contacto de nuestra consultora de SII que te comenté; nos ayudó mucho. "
          "Yo no tengo nada que ver con ellos, solo que funcionaron bien."))

# =========================================================== acceptance_only
P("acceptance_only", "de", "Kerstin Weber", "Head of Accounting | Weber Textil", "Augsburg",
  ("acc",))
P("acceptance_only", "it", "Anna Ricci", "Revisore legale", "Napoli",
  ("acc",))

# ========================================================== lone_endorsement
P("lone_endorsement", "en", "Peter Hughes", "Finance Manager at Castlebridge", "Newcastle",
  ("end",))
P("lone_endorsement", "fr", "Marie Lambert", "Comptable", "Grenoble",
  ("end",))


# ====================================================================== not LinkedIn
# (display name, address, subject, body, language)
FOREIGN: list[tuple] = [
    ("Fiona Byrne", "fiona.byrne@example.com", "Owen from Brightwater",
     "Hi Alex,\n\nI gave Owen Gallagher your name, hope that's OK. He'll probably reach out on LinkedIn about their consolidation project.\n\nFiona", "en"),
    ("Personalabteilung", "hr@example.de", "Erinnerung: Zielvereinbarungsgespräche",
     "Liebe Kolleginnen und Kollegen,\n\nbitte denken Sie an die Zielvereinbarungsgespräche bis Ende des Monats. Die Vorlage finden Sie im Intranet.", "de"),
    ("Congrès DAF Ouest", "inscriptions@example.fr", "Votre badge pour le congrès",
     "Bonjour Alex,\n\nvotre badge est prêt. Pensez à mettre à jour votre profil LinkedIn pour le networking sur place.", "fr"),
    ("Tienda Online", "pedidos@example.es", "Tu pedido ha sido enviado",
     "Hola Alex,\n\ntu pedido está en camino. Síguenos en LinkedIn, Instagram y X para no perderte ninguna oferta.", "es"),
    ("Davide Moretti", "davide.moretti@example.it", "Gruppo di lavoro ESG - calendario",
     "Ciao Alex,\n\nti giro il calendario degli incontri del gruppo di lavoro. Il primo è il 12, online.\n\nDavide", "it"),
    ("Team Planner", "noreply@example.com", "Your weekly summary",
     "Your team completed 14 tasks this week. Connect your LinkedIn profile to show your role on your team page.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifth development corpus (dev5). Generated by scripts/make_corpus_dev5.py (seed {SEED}); do not edit by hand.",
          "# The median LinkedIn user: bland, templated and hinting notes, written without reading mailbot's signals or judge. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev5", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
