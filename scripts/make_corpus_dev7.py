#!/usr/bin/env python3
"""Write mailbot's seventh, independent development corpus: tests/corpus/dev7/*.eml + expected.toml.

The angle: what a LinkedIn power user actually receives in 2026. AI-written outreach
("I came across your impressive profile", "I hope this message finds you well"),
hyper-personalised first lines followed by a generic offer, automated sequences with
3-4 follow-ups ("just floating this to the top of your inbox"), LinkedIn-native event
and newsletter invitations from real peers, recruiters on templates, people asking for
referrals or advice, and calm-toned nasty replies to being ignored.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals or judge or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev7.py              # writes tests/corpus/dev7
    python scripts/make_corpus_dev7.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260407

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Siobhan Carey", "FP&A Lead | organiser, Dublin Finance Meetup", "Dublin",
  ("inv", "Hi Alex, I run a small LinkedIn Live series for FP&A people, next one is on driver-based forecasting (Thu 6pm, free, no recording sold anywhere). "
          "I've added you to the event page invite list, would be great to have your questions in the chat."),
  ("rem",))
P("good_invitation", "de", "Matthias Greiner", "Leiter Controlling | ICV-Arbeitskreis Rhein-Main", "Frankfurt am Main",
  ("inv", "Hallo Alex, unser ICV-Arbeitskreis trifft sich am 14. Mai in Frankfurt zum Thema KI im Reporting. Teilnahme kostenlos, "
          "es gibt 6 CPE-Punkte. Ich würde Sie gern auf die Einladungsliste setzen. Beste Grüße, Matthias Greiner"))
P("good_invitation", "fr", "Claire Dumoulin", "Contrôleuse de gestion | DFCG Île-de-France", "Paris",
  ("inv", "Bonjour Alex, je me permets une question de pair à pair : vous avez parlé de votre migration vers un outil de consolidation. "
          "Nous démarrons la même chose et je serais ravie d'échanger 20 minutes, et de partager notre grille de sélection en retour."))
P("good_invitation", "es", "Andrés Villalobos", "Senior Manager Talent Acquisition (in-house) at Iberdrola", "Madrid",
  ("inv", "Hola Alex, soy recruiter interno de Iberdrola. Tenemos abierta una posición de Head of FP&A en Madrid, con equipo de 6 personas y modelo híbrido. "
          "Tu experiencia en planificación encaja mucho. Si te interesa te paso la descripción, y si no, quizás conozcas a alguien."),
  ("rem",))
P("good_invitation", "it", "Giulia Ferraresi", "CFO | autrice della newsletter 'Numeri che parlano'", "Bologna",
  ("inv", "Ciao Alex, ho letto il tuo post sul cash forecasting a 13 settimane e l'ho citato nella mia newsletter su LinkedIn (gratuita, ~4.000 iscritti). "
          "Ti va di collegarci? Ti mando il link al numero, magari vuoi aggiungere un commento."))
P("good_invitation", "en", "Tomasz Wójcik", "Finance Transformation Manager | ex-Big4", "Kraków",
  ("inv", "Alex — ex-colleague of Dana Fischer here; she suggested I reach out because we're both rolling out the same ERP module this year. "
          "Happy to share our cut-over checklist (no strings), and would love to hear what went wrong for you.", ), nl="en")
P("good_invitation", "de", "Lea Hoffmann", "Werkstudentin Finance | Master Accounting & Taxation", "Köln",
  ("inv", "Hi Alex, ich bin Masterstudentin und bereite mich auf den Berufseinstieg im Controlling vor. Hätten Sie vielleicht 15 Minuten für eine kurze Frage "
          "zu Ihrem Werdegang? Ich weiß, dass Ihre Zeit knapp ist – auch eine kurze Antwort per Nachricht würde mir sehr helfen."))


# =============================================================== default_invitation
P("default_invitation", "en", "Brandon Tate", "Growth | Web3 | AI | Founder | Speaker | Investor", "Miami", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Kevin Marchal", "Business Developer", "Lille", ("inv", NONOTE))
P("default_invitation", "es", "Lucía Herrero", "Consultora SAP FI/CO", "Sevilla", ("inv", DEFAULT))
P("default_invitation", "it", "Riccardo Bellini", "Open to work | Amministrazione e Finanza", "Verona", ("inv", NONOTE), ("rem",))
P("default_invitation", "de", "Sven Albrecht", "Vertrieb DACH", "Hamburg", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Chloe Whitman", "AI Automation Partner | Helping CFOs save 20h/week", "Austin",
  ("inv", "Hi Alex, I came across your impressive profile and was truly inspired by your journey in finance leadership. "
          "We help finance teams like yours automate month-end close with AI agents. Open to a quick 15-min call next week?"))
P("sales_invitation", "de", "Dominik Reuter", "Vermögensberater | Ruhestandsplanung für Führungskräfte", "Stuttgart",
  ("inv", "Hallo Alex, ich hoffe, diese Nachricht erreicht Sie gut! Als Führungskraft im Finanzbereich wissen Sie, wie wichtig eine durchdachte "
          "Altersvorsorge ist. Ich biete ein kostenloses Erstgespräch zur Vermögensstrukturierung an – wann passt es Ihnen?"))
P("sales_invitation", "fr", "Inès Belkacem", "Growth Partner | Génération de leads B2B", "Bordeaux",
  ("inv", "Bonjour Alex, votre parcours chez un grand groupe m'a beaucoup impressionnée 🚀 Nous générons 30 à 50 rendez-vous qualifiés par mois "
          "pour des cabinets de conseil financier. Je vous propose une démo de 20 min ?"))
P("sales_invitation", "es", "Javier Montoro", "Fundador | Ghostwriting en LinkedIn para directivos", "Barcelona",
  ("inv", "Hola Alex, espero que este mensaje te encuentre bien. He visto que publicas poco en LinkedIn y creo que estás desaprovechando tu marca personal. "
          "Escribimos por ti 3 posts a la semana. ¿Te envío tarifas?"))
P("sales_invitation", "it", "Federica Mancuso", "Consulente Finanza Agevolata | Crediti d'imposta", "Milano",
  ("inv", "Buongiorno Alex, come professionista della finanza sicuramente conosce i crediti d'imposta Transizione 5.0. "
          "La nostra società recupera in media 80.000 € per cliente a success fee. Possiamo fissare una call conoscitiva?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Garrett Lindqvist", "Founder, CFO Circle Nordics | Fractional CFO", "Stockholm",
  ("inv", "Alex, as a fellow finance professional I'd love to connect. I host a private, invite-only circle of finance leaders, no vendors, just peers swapping notes."),
  ("msg", "Thanks for connecting Alex! Quick one: alongside the circle I run a fractional CFO practice, and most of our clients came from finance leaders like you "
          "who needed extra capacity. Worth a 20-minute call to see if we could support your team?"),
  ("msg", "Hi Alex, just floating this to the top of your inbox in case it got buried. Happy to send over a short deck instead of a call if that's easier.", (4, 8)))
P("bait_and_switch_invitation", "de", "Carsten Vogel", "Community Builder | Finance Leaders DACH", "München",
  ("inv", "Hallo Alex, ich baue gerade eine Community für Finanzverantwortliche im Mittelstand auf – kostenloser Austausch, monatliche Online-Runden. Hätten Sie Lust dabei zu sein?"),
  ("msg", "Danke fürs Vernetzen! Kurz zur Transparenz: Hinter der Community steht unsere Software für Liquiditätsplanung. Ich würde Ihnen gern in 30 Minuten eine Demo zeigen – "
          "passt Dienstag oder Donnerstag?"))
P("bait_and_switch_invitation", "fr", "Yannick Ferrand", "Auteur du guide « Clôture en 5 jours » | Conseil", "Nantes",
  ("inv", "Bonjour Alex, j'ai rédigé un guide gratuit sur la clôture mensuelle accélérée, je le partage volontiers avec les DAF de mon réseau. On se connecte ?"),
  ("msg", "Merci pour la connexion ! Voici le guide comme promis. Au passage, nous accompagnons les directions financières sur ce sujet : "
          "un diagnostic de votre clôture coûte 4 900 € HT, je peux vous envoyer une proposition cette semaine ?"),
  ("msg", "Bonjour Alex, mon dernier message s'est-il perdu ? Je me permets de revenir vers vous au sujet du diagnostic, nous avons encore deux créneaux en juin.", (5, 10)),
  ("msg", "Dernière relance de ma part : si ce n'est pas le bon moment, dites-le-moi simplement et je ne vous embêterai plus. Sinon, 15 minutes suffisent pour en parler.", (6, 12)))
P("bait_and_switch_invitation", "es", "Marina Castells", "Mentora | Mujeres en Finanzas | Asesora patrimonial", "Valencia",
  ("inv", "Hola Alex, coordino un programa de mentoring gratuito para profesionales de finanzas. Me encantaría contar contigo como mentor o simplemente conectar."),
  ("msg", "¡Gracias por aceptar! Te cuento: además del programa trabajo como asesora patrimonial independiente. Muchos directivos financieros no optimizan su propio patrimonio. "
          "¿Te apetece una revisión sin compromiso de tu cartera y tu plan de pensiones?"))
P("bait_and_switch_invitation", "it", "Stefano Guidi", "Peer network 'CFO Italia 2030' | Broker assicurativo", "Torino",
  ("inv", "Ciao Alex, sto raccogliendo qualche collega della finanza per un gruppo di confronto informale su chiusure e reporting. Ti va di entrare?"),
  ("msg", "Grazie del collegamento Alex! Colgo l'occasione: mi occupo anche di polizze D&O e key-man per dirigenti. Ti preparo un preventivo gratuito? Mi basta il fatturato dell'azienda."))
P("bait_and_switch_invitation", "en", "Nadia Osei", "Host, The Numbers Behind Growth podcast", "London",
  ("inv", "Hi Alex, I host a podcast for finance leaders and I'd love to feature your story about building an FP&A team from scratch. Would you be open to a chat?"),
  ("msg", "Great to connect! To confirm your guest slot we ask guests for a production contribution of £1,450, which covers editing, promotion and a LinkedIn ad campaign. Shall I send the invoice?"),
  ("msg", "Hey Alex, bumping this up — we only have two guest slots left for Q3. Let me know and I'll lock one in for you.", (3, 7)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Ryan Mercer", "Research Lead | Finance Benchmark 2026", "Chicago",
  ("inm", "Quick question for a finance leader", "Hi Alex, I hope this message finds you well. We're running a 5-minute benchmark survey on AI adoption in finance teams and would value your perspective. "
          "Every participant gets the full report free."),
  ("inm", "Your benchmark results + an idea", "Thanks again for your interest in the benchmark. Based on what teams like yours told us, our AI reconciliation platform cuts close time by 40%. "
          "Can I get 20 minutes on your calendar for a walkthrough?"),
  ("inm", "Did my last message get lost?", "Hi Alex, did my last message get lost? Just wanted to make sure you saw the offer for a walkthrough. Thursday 3pm work?", (3, 6)))
P("bait_and_switch_inmail", "de", "Anja Kessler", "Redakteurin | CFO-Insights Magazin", "Berlin",
  ("inm", "Anfrage: Zitat für unseren Artikel", "Guten Tag Alex, wir schreiben einen Beitrag über Forecasting in unsicheren Zeiten und suchen Stimmen aus der Praxis. Hätten Sie Lust, zwei Sätze beizusteuern?"),
  ("inm", "Ihr Auftritt im CFO-Insights Magazin", "Vielen Dank für Ihr Interesse! Für ein redaktionelles Porträt bieten wir Pakete ab 2.900 € an, inklusive Interview und Social-Media-Promotion. Darf ich Ihnen das Mediakit schicken?"))
P("bait_and_switch_inmail", "fr", "Sébastien Royer", "Coach certifié ICF | Leadership financier", "Lyon",
  ("inm", "Une ressource pour vous", "Bonjour Alex, j'ai préparé une checklist gratuite « 10 questions qu'un DAF devrait se poser en 2026 ». Je vous l'envoie volontiers, sans engagement."),
  ("inm", "Suite à la checklist", "J'espère que la checklist vous a été utile ! Beaucoup de DAF qui l'ont lue ont rejoint mon programme de coaching de 12 semaines (3 600 €). Un appel découverte cette semaine ?"),
  ("inm", "Je remonte mon message", "Bonjour Alex, je remonte simplement mon message en haut de votre boîte. Toujours partant pour un appel découverte ?", (4, 9)))
P("bait_and_switch_inmail", "it", "Lorenzo Pace", "Presidente, Premio Eccellenze Finanza", "Roma",
  ("inm", "Candidatura al Premio Eccellenze Finanza", "Gentile Alex, il comitato l'ha segnalata come possibile candidato al Premio Eccellenze Finanza 2026. Possiamo inserire il suo nome nella shortlist?"),
  ("inm", "Premio: conferma della candidatura", "Congratulazioni, la sua candidatura è stata accettata! Per completare l'iscrizione è prevista una quota di partecipazione di 1.800 € + IVA, comprensiva di cena di gala e targa."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Derek Hollis", "Sales Director | Open to new opportunities", "Manchester",
  ("end",), ("end",),
  ("msg", "Hey Alex, I've just endorsed you for a couple of skills. Would you mind returning the favour and endorsing me for Sales Leadership and Negotiation? "
          "I'm job hunting and it really helps with recruiters. Thanks!"))
P("endorse_me_back", "de", "Melanie Krause", "Senior Accountant | IFRS", "Düsseldorf",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie gerade für {skill} bestätigt 🙂 Wären Sie so nett und würden mich auch für ein, zwei Kenntnisse bestätigen? Mein Profil ist da noch recht leer."))
P("endorse_me_back", "es", "Óscar Quintana", "Controller Financiero", "Zaragoza",
  ("end",), ("end",),
  ("msg", "Hola Alex, te he validado {skill} y alguna más. Si puedes, valídame tú también Excel y Contabilidad, que estoy actualizando el perfil. ¡Un abrazo!"))
P("endorse_me_back", "it", "Chiara Lombardi", "Business Analyst | Power BI", "Padova",
  ("end",),
  ("msg", "Ciao Alex! Ti ho appena confermato la competenza {skill}. Mi faresti la cortesia di confermare anche a me Power BI e Data Analysis? Grazie mille!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Victor Ashdown", "Founder & CEO | Serial Entrepreneur", "Dubai",
  ("inv", "Hi Alex, I came across your profile and was genuinely impressed. Let's connect, I think there's real synergy here."),
  ("inm", "A quick observation", "Alex, I noticed you chose not to accept my invitation. I'll be honest, I find that a rather closed-minded way to run a network. "
          "Opportunities rarely come twice, and people remember who ignored them. Wishing you well regardless."))
P("hostility_after_decline", "de", "Holger Brandt", "Unternehmensberater | Restrukturierung", "Leipzig",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Ihre fehlende Rückmeldung", "Sehr geehrter Alex, ich nehme zur Kenntnis, dass Sie auf meine Anfrage nicht reagieren. Ein kurzes 'Nein danke' wäre eine Frage des Anstands gewesen. "
          "Ich hatte von jemandem in Ihrer Position etwas mehr Professionalität erwartet. Man sieht sich immer zweimal."))
P("hostility_after_decline", "fr", "Patrice Lemoine", "Consultant en stratégie financière", "Marseille",
  ("inv", "Bonjour Alex, je souhaiterais vous présenter notre offre de conseil en optimisation du BFR. Connectons-nous."),
  ("inm", "Sans réponse", "Bonjour Alex, trois semaines sans réponse. Je ne vous demandais pourtant qu'un clic. Je trouve regrettable que certains cadres oublient d'où ils viennent "
          "et traitent les autres avec autant de mépris. Bonne continuation."))
P("hostility_after_decline", "es", "Raúl Ibáñez", "CEO | Inversiones inmobiliarias", "Málaga",
  ("inv", NONOTE), ("rem",),
  ("inm", "Educación", "Alex, veo que sigues sin aceptar. Con todo el respeto: ignorar a la gente dice mucho de una persona. Yo no olvido estas cosas. Saludos."))
P("hostility_after_decline", "it", "Massimo Ferri", "Consulente M&A | Imprenditore", "Napoli",
  ("inv", "Ciao Alex, vorrei entrare nella tua rete, lavoro con molte PMI in cerca di acquirenti."),
  ("inm", "Un consiglio", "Gentile Alex, ho notato che non ha accettato il mio invito. Mi permetto un consiglio, con calma: la scortesia in rete si paga. "
          "Chi snobba gli altri su LinkedIn di solito non va lontano. Cordialmente."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Logan Pierce", "Partner, Apex Revenue Solutions", "Denver",
  ("msg", "Hi Alex, hope your quarter is wrapping up well! We help finance teams recover 2-4% of spend through vendor audits, on pure contingency. Worth a quick chat?"),
  ("msg", "Hi Alex, did my last message get lost? Still think there's a fit for the vendor audit — could you point me to the right person if it's not you?"),
  ("msg", "Alex, I've reached out three times now and you've read every message. Simply ignoring people is unprofessional, and frankly disrespectful. "
          "I'd expect better from someone with your title."))
P("hostility_connection", "de", "Ralf Schuster", "Key Account Manager | ERP-Lösungen", "Nürnberg",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Annehmen! Wir bieten eine ERP-Lösung speziell für den Mittelstand an. Hätten Sie nächste Woche 30 Minuten für eine Präsentation?"),
  ("msg", "Hallo Alex, ich sehe, dass Sie meine Nachricht gelesen haben. Eine kurze Absage wäre das Mindeste gewesen. Wer Kontakte annimmt und dann schweigt, "
          "sollte sein Verständnis von Networking überdenken."))
P("hostility_connection", "fr", "Grégoire Aubert", "Directeur commercial | SaaS RH", "Toulouse",
  ("msg", "Bonjour Alex, je me permets de vous contacter au sujet de notre solution de gestion des notes de frais. Une démo de 15 minutes ?"),
  ("msg", "Alex, je constate que vous n'avez pas daigné répondre. C'est dommage, et assez peu professionnel. Je me souviendrai de votre silence."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Ashley Monroe", "SDR @ CloseFlow AI", "San Francisco",
  ("msg", "Hi Alex, loved your recent post on reconciliations! Speaking of which, CloseFlow AI auto-matches 95% of bank lines. Open to a 15-min demo?"),
  ("msg", "Hi Alex, just floating this to the top of your inbox. Teams like yours typically save 3 days per close. Would next Tuesday work?", (3, 5)),
  ("msg", "Hi Alex, I don't want to be a bother, so this will be my last note. If automating reconciliations ever becomes a priority, here's my calendar link.", (5, 9)))
P("connection_only_pitches", "de", "Timo Lorenz", "Recruiting-Berater | Personalvermittlung Finance", "Hannover",
  ("msg", "Hallo Alex, wir vermitteln geprüfte Finance-Fachkräfte innerhalb von 14 Tagen. Haben Sie aktuell offene Stellen im Team? Gern schicke ich Profile."),
  ("msg", "Hallo Alex, kurze Nachfrage zu meiner letzten Nachricht: Wir hätten aktuell zwei sehr starke Bilanzbuchhalter verfügbar. Sollen wir telefonieren?"))
P("connection_only_pitches", "es", "Daniela Fuentes", "Account Executive | Software de tesorería", "Bilbao",
  ("msg", "Hola Alex, espero que estés muy bien. Como profesional de finanzas seguro que la visibilidad de tesorería es clave para ti. ¿Te enseño nuestra plataforma en 20 minutos?"),
  ("msg", "Hola Alex, ¿se perdió mi último mensaje? Me encantaría agendar la demo esta semana.", (3, 6)),
  ("msg", "Alex, te escribo por última vez: este mes tenemos un 25% de descuento en la licencia anual. ¿Hablamos?", (5, 10)))
P("connection_only_pitches", "it", "Alessio Rinaldi", "Consulente | Noleggio a lungo termine per aziende", "Brescia",
  ("msg", "Buongiorno Alex, spero tutto bene. Offriamo noleggio a lungo termine per flotte aziendali con canoni da 390 €/mese. Le interessa un preventivo?"),
  ("msg", "Buongiorno Alex, riprendo il mio messaggio precedente: abbiamo nuove offerte su auto elettriche per dirigenti. Posso chiamarla?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Harriet Cole", "Executive Coach | Ex-CFO", "Bristol",
  ("msg", "Hi Alex, hope all is well! I'm launching a 6-week leadership programme for finance directors stepping up to CFO. Early-bird price is £2,200, can I send you the brochure?"))
P("single_pitch", "de", "Fabian Roth", "Partner | Steuerberatung für Führungskräfte", "Freiburg",
  ("msg", "Hallo Alex, viele Führungskräfte zahlen zu viel Steuern auf ihre Boni. Wir bieten eine Steueroptimierung zum Festpreis an – darf ich Ihnen ein Angebot schicken?"))
P("single_pitch", "fr", "Amélie Caron", "Fondatrice | Cadeaux d'affaires personnalisés", "Rennes",
  ("msg", "Bonjour Alex ! Les fêtes approchent 🎁 Nous proposons des coffrets cadeaux personnalisés pour vos clients et équipes. Je vous envoie notre catalogue et un devis ?"))
P("single_pitch", "it", "Paolo Ricci", "Consulente finanziario | Private banking", "Firenze",
  ("msg", "Ciao Alex, spero tutto bene! Come collega del mondo finanza ti segnalo che sto offrendo una consulenza gratuita sul portafoglio personale, per capire se possiamo gestirlo noi. Ti fisso un appuntamento?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Priyanka Shah", "Head of FP&A | writes 'The Forecast' newsletter", "London",
  ("msg", "Hey Alex, I've just launched a LinkedIn newsletter on practical FP&A (no ads, no paid tier). Thought you'd like the first issue on rolling forecasts, link's on my profile. "
          "Would really value your feedback."),
  ("msg", "Also, I'm hosting a free LinkedIn Live with two CFOs next Wednesday on headcount planning. I've sent you the event invite, no need to reply."))
P("connection_brings_value", "de", "Jörg Weidner", "Head of Accounting | Arbeitskreis IFRS 18", "Essen",
  ("end",),
  ("msg", "Hallo Alex, wir haben in unserem Arbeitskreis eine Mapping-Vorlage für IFRS 18 erstellt. Ich habe sie Ihnen angehängt – frei verwendbar, Feedback gern."))
P("connection_brings_value", "fr", "Hélène Vasseur", "DAF | Présidente club finance ESSEC Alumni", "Paris",
  ("msg", "Bonjour Alex, nous organisons un petit-déjeuner gratuit entre anciens sur la CSRD le 22 mai. Je vous ai envoyé l'invitation à l'événement LinkedIn, ce serait un plaisir de vous y voir."))
P("connection_brings_value", "es", "Ignacio Ruiz", "Controller de gestión | Grupo industrial", "Valladolid",
  ("msg", "Hola Alex, una consulta entre colegas: vi que en tu empresa tenéis abierta una vacante de analista FP&A. Tengo un excompañero muy bueno que encaja. "
          "¿Te parece bien si te paso su CV para que lo reenvíes si lo ves oportuno? Sin compromiso, claro."),
  ("msg", "¡Gracias por la respuesta! Por cierto, te dejo la plantilla de cierre mensual que comentamos, por si os sirve.", (3, 10)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Megan Ford", "Senior Talent Partner at Spotify", "Stockholm",
  ("inm", "Director, FP&A – Spotify", "Hi Alex, I'm hiring a Director of FP&A for our Stockholm office (hybrid, relocation support). Your background in scaling planning processes stands out. "
          "Open to a confidential chat? Job description attached."))
P("stranger_inmail_recruiter", "de", "Kathrin Seidel", "Talent Acquisition Partner | Siemens Healthineers", "Erlangen",
  ("inm", "Position: Head of Group Controlling", "Hallo Alex, für unser Team in Erlangen suchen wir eine Leitung Konzerncontrolling. Ich finde Ihr Profil sehr passend. "
          "Hätten Sie Interesse an einem unverbindlichen Austausch? Die Stellenbeschreibung sende ich gern vorab."))
P("stranger_inmail_recruiter", "fr", "Julien Moreau", "Hiring Manager | Directeur financier, Decathlon", "Lille",
  ("inm", "Poste de Responsable Contrôle de Gestion", "Bonjour Alex, je recrute directement pour mon équipe un(e) responsable du contrôle de gestion. Poste en CDI à Lille, télétravail partiel. "
          "Votre expérience m'intéresse, seriez-vous ouvert(e) à un échange ?"))
P("stranger_inmail_recruiter", "it", "Valentina Greco", "HR Business Partner | Luxottica", "Milano",
  ("inm", "Opportunità: Finance Manager", "Buongiorno Alex, stiamo cercando un Finance Manager per la divisione retail a Milano. Il suo profilo corrisponde ai requisiti. "
          "Le andrebbe una breve chiamata conoscitiva?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jordan Blake", "Head of Partnerships | NovaSpend", "New York",
  ("inm", "Alex, loved your take on working capital", "Hi Alex, I saw you recently celebrated 5 years at your company, congrats! Speaking of growth, NovaSpend helps finance leaders cut SaaS spend by 30%. "
          "Worth a quick call?"),
  ("inm", "Re: Alex, loved your take on working capital", "Just floating this to the top of your inbox, Alex. Would a 15-minute demo on Thursday work?", (3, 6)),
  ("inm", "Should I close your file?", "Hi Alex, I haven't heard back, so I'll assume now isn't the right time. Should I close your file, or reach out next quarter?", (5, 9)))
P("stranger_inmail_sales", "de", "Nina Hartmann", "Partnerin | Inkasso & Forderungsmanagement", "Dortmund",
  ("inm", "Offene Forderungen?", "Guten Tag Alex, offene Forderungen belasten Ihre Liquidität. Wir übernehmen das Forderungsmanagement auf Erfolgsbasis. Darf ich Ihnen unsere Konditionen schicken?"))
P("stranger_inmail_sales", "es", "Sergio Navarro", "CEO | Outsourcing contable", "Madrid",
  ("inm", "Externalizar la contabilidad", "Hola Alex, espero que este mensaje te encuentre bien. Externalizamos la contabilidad de empresas como la tuya con un ahorro del 40%. ¿Agendamos una llamada?"),
  ("inm", "¿Se perdió mi mensaje?", "Hola Alex, ¿se perdió mi último mensaje? Me gustaría enviarte una propuesta personalizada.", (4, 8)))
P("stranger_inmail_sales", "fr", "Margaux Lefèvre", "Responsable grands comptes | Salles de séminaire", "Annecy",
  ("inm", "Votre séminaire 2026", "Bonjour Alex, en tant que DAF vous organisez sûrement le séminaire budgétaire de l'équipe. Notre domaine au bord du lac propose des forfaits tout compris. Je vous envoie un devis ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Oliver Grant", "Finance Director | Host, Finance Leaders Breakfast", "Edinburgh",
  ("inv", "Hi Alex, I host a free quarterly breakfast for finance leaders in Edinburgh. Next one is on audit readiness. Would love to invite you."),
  ("msg", "Great to connect! Here's the slide deck from our last breakfast on audit readiness, feel free to share it with your team."),
  ("msg", "Hi Alex, quick update: I've joined an audit software company as a partner. I'd love to give you a 30-minute demo, could we book something in?"))
P("good_turns_ugly", "de", "Sabine Wolf", "Controllerin | Mentorin", "Bremen",
  ("inv", "Hallo Alex, ich habe Ihre Frage zur Kostenstellenplanung im Forum gesehen und hätte ein Beispiel aus unserem Haus, das ich gern teile."),
  ("msg", "Wie versprochen, hier unser Planungsschema zur Kostenstellenrechnung. Viel Erfolg damit!"),
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt. Würden Sie mich im Gegenzug für Controlling und SAP bestätigen? Das wäre super."))
P("good_turns_ugly", "es", "Beatriz Soler", "Directora financiera | Organizadora Finance Talks Valencia", "Valencia",
  ("inv", "Hola Alex, organizo encuentros gratuitos de directores financieros en Valencia. El próximo es sobre IA en control de gestión. ¿Te apuntas?"),
  ("msg", "¡Gracias por venir al encuentro! Te comparto las notas y las diapositivas de los ponentes."),
  ("msg", "Hola Alex, te escribo por otro tema: ahora colaboro con una gestora de patrimonios y me gustaría presentarte nuestros fondos. ¿Tomamos un café esta semana?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Tyler Reeves", "VP Sales | DataLoop AI", "Boston",
  ("inm", "Alex, a quick idea for your close", "Hi Alex, I came across your impressive profile and noticed your team is growing. DataLoop automates variance commentary with AI. Open to a demo?"),
  ("inv", "Hi Alex, I'm building a peer group of finance leaders exploring AI, would love to have you in it. No sales, promise."))
P("reinvite_known_bad", "fr", "Damien Picard", "Business Developer | Cabinet de recrutement", "Lyon",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, j'ai vu votre dernier post sur la formation des jeunes contrôleurs, très juste. Ravi de rejoindre votre réseau."))
P("reinvite_known_bad", "it", "Gianluca Serra", "Broker | Immobili a reddito", "Cagliari",
  ("inv", "Ciao Alex, ho opportunità di investimento immobiliare con rendimento garantito dell'8%. Posso inviarti il dossier?"),
  ("inv", "Ciao Alex, mi piacerebbe semplicemente connettermi con te, seguo i tuoi post da tempo."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Craig Dunmore", "Chief Growth Officer | Keynote speaker", "Toronto",
  ("inm", "Following up", "Alex, I've sent you two messages and an invitation and heard nothing. Ignoring people isn't leadership, it's arrogance. I hope you reflect on that."),
  ("inv", "Hi Alex, let's start fresh. I'd love to connect and share a free guide on finance leadership I've just published."))
P("reinvite_known_ugly", "de", "Petra Lindner", "Netzwerk 'Finanzfrauen' | Versicherungsmaklerin", "Bonn",
  ("inm", "Einladung in unser Netzwerk", "Hallo Alex, wir sind ein kostenloses Netzwerk von Frauen und Männern in Finanzpositionen, mit monatlichem Online-Austausch. Hätten Sie Interesse?"),
  ("inm", "Kleine Ergänzung", "Übrigens: Ich bin auch Versicherungsmaklerin und könnte Ihre private Berufsunfähigkeitsversicherung prüfen. Kostenloses Angebot in 10 Minuten?"),
  ("inv", "Hallo Alex, ich würde mich freuen, wenn wir uns hier direkt vernetzen."))
P("reinvite_known_ugly", "es", "Álvaro Prieto", "Consultor | Transformación digital", "Murcia",
  ("inv", "Hola Alex, me gustaría conectar contigo."),
  ("inm", "Sin respuesta", "Alex, veo que no has aceptado mi invitación. Qué poca educación, sinceramente. Así no se hace networking."),
  ("inv", "Hola Alex, vuelvo a intentarlo, seguro que podemos colaborar en algo interesante.", (90, 150)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Samantha Price", "Partner | Corporate Travel Management", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Quick question: who handles business travel at your company? We typically save finance teams 18% on travel spend. Happy to share a case study."))
P("user_invited_pitch_once", "fr", "Arnaud Bertin", "Associé | Conseil en cybersécurité", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Au passage, nous réalisons des audits de cybersécurité pour les directions financières. Un rendez-vous de 30 min pour vous présenter notre offre ?"))
P("user_invited_pitch_once", "it", "Elena Costa", "Sales Manager | Software HR e payroll", "Bergamo",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Ne approfitto per presentarti il nostro software paghe, molto usato da aziende come la tua. Ti va una demo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Marcus Webb", "Founder | Fractional CFO & Interim Finance", "Birmingham",
  ("acc",),
  ("msg", "Thanks for the invite Alex! If you ever need interim cover for a controller or CFO role, we have a bench of 40 vetted interim finance leaders. Can I send a profile pack?"),
  ("msg", "Hi Alex, just circling back on the interim bench, we've had two great people free up this month. Shall we jump on a call?", (4, 9)))
P("user_invited_pitch_twice", "de", "Tobias Engel", "Sales Manager | Datenraum-Software", "Frankfurt am Main",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung! Planen Sie Transaktionen oder Audits? Unser virtueller Datenraum ist ab 490 € im Monat verfügbar. Soll ich Ihnen einen Testzugang einrichten?"),
  ("msg", "Hallo Alex, ist meine letzte Nachricht untergegangen? Gern zeige ich Ihnen den Datenraum in einer kurzen Demo."))
P("user_invited_pitch_twice", "es", "Carmen Ortega", "Directora comercial | Formación in-company", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Diseñamos formación in-company en Excel avanzado y Power BI para equipos financieros. ¿Te envío el catálogo y precios?"),
  ("msg", "Hola Alex, te reenvío mi propuesta por si se quedó enterrada. Este trimestre tenemos un 15% de descuento para grupos."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Rebecca Lin", "Group Financial Controller | ACCA mentor", "Singapore",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Since you asked about IFRS 16 lease tools in your post, here's the comparison sheet we built last year. Happy to jump on a call if it helps, no agenda."))
P("user_invited_value", "it", "Marco Bianchi", "Direttore Amministrativo | ANDAF", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Il 10 giugno ANDAF organizza un webinar gratuito sulla riforma fiscale, con crediti formativi. Ti inoltro il link di iscrizione."))
P("user_invited_value", "fr", "Nathalie Girard", "Responsable consolidation | Groupe coté", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Suite à votre question, voici la liste des points de contrôle que nous utilisons pour les éliminations intragroupe. Bonne clôture !"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Katja Neumann", "CFO | Familienunternehmen", "Augsburg", ("acc",))
P("acceptance_only", "es", "Pablo Serrano", "Auditor senior | Big Four", "Madrid", ("acc",))
P("lone_endorsement", "en", "Liam O'Brien", "Financial Analyst", "Cork", ("end",))
P("lone_endorsement", "it", "Francesca Moretti", "Controller | Gruppo industriale", "Vicenza", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Dana Fischer", "dana.fischer@example.com", "Tomasz from Kraków",
     "Hi Alex,\n\nI told Tomasz Wójcik to reach out on LinkedIn about the ERP cut-over. He's good, worth an hour.\n\nDana", "en"),
    ("XING", "mailrobot@mail.xing.example", "Neue Kontaktanfrage auf XING",
     "Hallo Alex,\n\nSie haben eine neue Kontaktanfrage auf XING. Wie auf LinkedIn gilt: nur bestätigen, wen Sie kennen.", "de"),
    ("Calendly", "notifications@calendly.example", "New event: 15-min intro with CloseFlow AI",
     "A new event has been scheduled via LinkedIn outreach: 15-min intro with CloseFlow AI. Cancel or reschedule from your dashboard.", "en"),
    ("DFCG", "evenements@dfcg.example.org", "Rencontre DFCG : IA et fonction finance",
     "Bonjour,\n\nLa rencontre du 3 juin aura lieu à Paris. Inscription gratuite pour les adhérents. Suivez-nous aussi sur LinkedIn.", "fr"),
    ("Ufficio HR", "hr@azienda.example.it", "Aggiornamento profilo LinkedIn aziendale",
     "Ciao Alex,\n\nti chiediamo di aggiornare il tuo profilo LinkedIn con il nuovo titolo entro venerdì. Grazie, HR", "it"),
    ("Marta Gil", "marta.gil@example.es", "Referencia",
     "Hola Alex,\n\n¿Te importa si te pongo como referencia en la candidatura? Te escribo también por LinkedIn.\n\nMarta", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventh development corpus (dev7). Generated by scripts/make_corpus_dev7.py (seed {SEED}); do not edit by hand.",
          "# 2026 power-user inbox: AI outreach, automated sequences, peer events/newsletters, template recruiters, calm hostility. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev7", SEED, PEOPLE, FOREIGN, spoofs=6, other=6, header=HEADER)
