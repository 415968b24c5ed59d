#!/usr/bin/env python3
"""Write mailbot's fourth, independent development corpus: tests/corpus/dev4/*.eml + expected.toml.

The MIME and layout machinery (headers, the 2016 and current layouts, encodings,
LinkedIn's own wording per language, spoof authentication, other LinkedIn mail) is
imported from scripts/make_corpus.py. Everything people write here is new. It was
written from the taxonomy alone, without reading the phrase banks or personas of
make_corpus.py / make_corpus_dev2.py / make_corpus_dev3.py, nor mailbot's signals or
judge, nor any .eml under tests/.

The emphasis is on what real inboxes look like: long messages (greeting, small talk,
the point somewhere in the middle, a sign-off with title and phone), very short ones
("Hi", "Any news?", "👋"), regional registers (British, American and Indian English,
Swiss German, Québécois French, Latin American Spanish, informal Italian), polite
corporate pitches without sales words, value that sounds commercial but is not,
hostility that is polite on the surface, disguised endorse-back requests, and
bait-and-switch after weeks with a friendly switch.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev4.py              # writes tests/corpus/dev4
    python scripts/make_corpus_dev4.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_corpus as mc  # noqa: E402  (layout machinery and LinkedIn's own wording only)

SEED = 20260402

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

LONG = (21, 60)   # a bait left to rest for weeks before the switch

PEOPLE: list[tuple] = []


P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Fiona Ashworth", "Head of Research, Institute of Management Accountants (UK chapter)", "Leeds",
  ("inv", "Morning Alex, hope you're keeping well and that Leeds hasn't drowned you yet this week. I read your piece on rolling forecasts with real interest. "
          "Our faculty has just published the 2025 Finance Function Benchmark (140 firms, mostly mid-sized manufacturers like Example Industries). "
          "It's free to anyone in the profession, members or not, and I'd be glad to send you a copy. No strings attached, it's funded by the institute. "
          "Kind regards, Fiona Ashworth, Head of Research, +44 113 496 0372"),
  ("rem",))
P("good_invitation", "en", "Venkatesh Iyer", "Assistant Manager - Finance at Sundaram Auto Components", "Chennai",
  ("inv", "Dear Alex, Greetings of the day! I am working as Assistant Manager - Finance in an auto components company in Chennai. "
          "I have gone through your post on lease accounting and found it very useful. "
          "I have one doubt regarding the treatment of short-term leases when the contract gets extended beyond 12 months, whether to remeasure from the date of modification or from inception. "
          "Our auditors and we are having different views. If you could spare two minutes I will be highly grateful. "
          "Regards, Venkatesh"))
P("good_invitation", "de", "Reto Brunner", "Alumni Relations, Executive School Universität St. Gallen", "St. Gallen",
  ("inv", "Grüezi Herr Morgan. Ich bin im Alumni-Büro der Executive School zuständig für die Finanz-Jahrgänge. "
          "Am 14. November findet in Zürich wieder der Alumni-Apéro statt, mit einem kurzen Input zu Treasury in unsicheren Zeiten. "
          "Die Teilnahme ist für Absolventinnen und Absolventen kostenlos, eine Anmeldung genügt. Es würde mich freuen, Sie dort zu sehen. "
          "Freundliche Grüsse, Reto Brunner, Tel. +41 71 224 00 00"))
P("good_invitation", "de", "Sabine Lorenz", "Referentin Rechnungslegung, Deutsche Prüfstelle für Rechnungslegung", "Berlin",
  ("inv", "Guten Tag Herr Morgan, wir haben einen Konsultationsentwurf zur Berichterstattung über Lieferkettenfinanzierung veröffentlicht. "
          "Stellungnahmen aus der Praxis, gerade von Controllern aus dem Mittelstand, fehlen uns bisher fast völlig. "
          "Ich würde Ihnen gern den Entwurf und die Fragen schicken; die Frist läuft bis Ende Januar. Mit freundlichen Grüßen, Sabine Lorenz"),
  ("rem",))
P("good_invitation", "fr", "Mélanie Gagnon", "Trésorière bénévole, Fondation Les Petits Déjeuners du Québec", "Montréal",
  ("inv", "Bonjour Alex! J'espère que tu as survécu à la tempête de verglas, icitte c'était pas drôle. "
          "Je t'écris parce que notre conseil d'administration cherche quelqu'un pour prendre la relève comme trésorier l'an prochain. "
          "C'est bénévole, environ quatre rencontres par année, pis tu serais entouré de monde super le fun. "
          "Ton nom est sorti deux fois quand on a demandé autour de nous. Ça te tente-tu d'en jaser? Mélanie, 514 555-0148"))
P("good_invitation", "fr", "Thibault Morel", "Directeur Contrôle de Gestion chez Verallis", "Lyon",
  ("inv", "Hey Alex, it's been ages since the Lyon days! I'm now heading controlling at Verallis and we've just opened a Head of Group Reporting role. "
          "I immediately thought of you. I'm not a recruiter, I'd simply refer you internally if you're open to it, and there's a referral bonus for me, so full transparency. "
          "Let's reconnect either way. Thibault"), nl="en")
P("good_invitation", "es", "Rodrigo Salinas", "Coordinador de Educación Continua, Colegio de Contadores Públicos de Jalisco", "Guadalajara",
  ("inv", "Estimado Alex, ¿cómo le va? Le escribe Rodrigo del Colegio de Contadores. "
          "El próximo jueves 6 damos un webinar gratuito sobre la NIIF 18 y la nueva presentación del estado de resultados, con dos socios de auditoría. "
          "Otorga 3 horas de educación profesional continua y no tiene costo para nadie del gremio, sea o no colegiado. "
          "Con gusto le comparto la liga. Saludos cordiales."),
  ("rem",))
P("good_invitation", "it", "Gianluca Loiacono", "Controller presso Frantoi Riuniti Pugliesi", "Bari",
  ("inv", "Ciao Alex! Ti scrivo da Bari, sono controller in un'azienda olearia. Con quattro colleghi di altre aziende ci troviamo online il giovedì sera per studiare insieme il nuovo principio OIC sui ricavi. "
          "Niente di formale, niente quote, solo gente del mestiere che si aiuta. Se ti va di unirti sei il benvenuto, dai!"))
P("good_invitation", "it", "Chiara Benvenuti", "Senior Auditor presso Studio Revisori Associati", "Bologna",
  ("inv", "Ci siamo conosciuti al convegno di Bologna, ti avevo promesso le slide sul consolidato: te le giro appena accetti 🙂"))

# =============================================================== default_invitation
P("default_invitation", "en", "Kyle Brennan", "Regional Sales Director at Norvane Logistics", "Denver", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Jürg Stalder", "Leiter Verkauf Innendienst bei Stalder Transporte AG", "Bern", ("inv", DEFAULT))
P("default_invitation", "fr", "Aurélie Pichon", "Chargée de recrutement chez Talentys", "Nantes", ("inv", NONOTE), ("rem",))
P("default_invitation", "es", "Valentina Roldán", "Ejecutiva de cuentas en Grupo Andino Servicios", "Bogotá", ("inv", DEFAULT))
P("default_invitation", "it", "Salvatore Esposito", "Agente di commercio", "Napoli", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Aditya Kulkarni", "Business Development Manager | SaaS | Growth", "Pune", ("inv", NONOTE))

# =============================================================== sales_invitation
P("sales_invitation", "en", "Brandon Whitfield", "Managing Partner at Brightpath Advisory", "Chicago",
  ("inv", "Hi Alex, I came across Example Industries last week and was genuinely impressed by your expansion into Ohio. "
          "At Brightpath we'd be delighted to support your journey as the finance team scales. "
          "Would love to connect and find 20 minutes to explore how we can add value. Best, Brandon"))
P("sales_invitation", "de", "Carsten Vogt", "Partner, Vogt & Lenz Unternehmensberatung", "Düsseldorf",
  ("inv", "Sehr geehrter Herr Morgan, mit Interesse verfolge ich die Entwicklung von Example Industries. "
          "Unser Team würde sich freuen, gemeinsam mit Ihnen Synergien im Bereich Finanzprozesse auszuloten. "
          "Gerne stelle ich Ihnen in einem kurzen Austausch vor, wie wir vergleichbare Häuser begleitet haben. Beste Grüße, Carsten Vogt"))
P("sales_invitation", "fr", "Grégoire Fabre", "Associé, Altavia Conseil | Transformation Finance", "Paris",
  ("inv", "Bonjour Alex, j'ai lu avec plaisir votre publication sur la clôture en J+3, bravo pour ce chantier. "
          "Chez Altavia, nous accompagnons les directions financières dans ce type de transformation depuis quinze ans. "
          "Seriez-vous disponible vingt minutes la semaine prochaine pour un échange ? Bien à vous, Grégoire Fabre, 06 12 34 56 78"))
P("sales_invitation", "es", "Ximena Paredes", "Gerente Comercial en Contadia Outsourcing", "Ciudad de México",
  ("inv", "¡Hola Alex! Qué gusto saludarte. Vi que en Example Industries están creciendo un montón y nos encantaría acompañarlos en su camino. "
          "¿Te late si agendamos una llamadita de 15 minutos esta semana? Quedo atenta, ¡saludos!"))
P("sales_invitation", "it", "Matteo Colombo", "Business Partner presso Nexa Finance Solutions", "Milano",
  ("inv", "Buongiorno Alex, seguo con interesse il percorso di Example Industries. Saremmo lieti di capire insieme come creare valore per il vostro team amministrativo. "
          "Le andrebbe una breve call conoscitiva? Cordiali saluti, Matteo"))
P("sales_invitation", "en", "Rakesh Agarwal", "Director - Global Delivery, FinServe Offshore Pvt. Ltd.", "Noida",
  ("inv", "Dear Sir, Greetings from Noida! We are a leading provider of offshore accounting, bookkeeping and month-end support to mid-size manufacturers. "
          "We can reduce your cost by 40-60% with ISO certified process. Kindly share your convenient time for a quick call. Thanks and Regards, Rakesh"))
P("sales_invitation", "de", "Oliver Brandt", "Director Client Relations, Hanseatic Partners", "Hamburg",
  ("inv", "Dear Alex, let us know how we can add value to Example Industries. Our team would welcome the opportunity to explore synergies with your finance leadership. "
          "Looking forward to connecting. Oliver"), nl="en")

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Gareth Pryce", "Founder, North West Finance Leaders Breakfast", "Manchester",
  ("inv", "Hi Alex, I host a small quarterly breakfast for finance leaders in the North West. Twelve people, a bacon butty and an honest conversation about the close. "
          "Nothing to sell, just peers comparing notes. Fancy joining us?"),
  ("msg", "Hi Alex, hope the close went well! Quick one: we've just launched Ledgerline, a treasury dashboard that plugs straight into Sage and Xero. "
          "I'd love to give you a 15-minute walkthrough, and there's an early-adopter rate until the end of the month. Cheers, Gareth", LONG),
  ("msg", "Any news?", (9, 20)))
P("bait_and_switch_invitation", "de", "Holger Steinbach", "Controller | SAP S/4HANA", "Stuttgart",
  ("inv", "Hallo Herr Morgan, kurze Frage unter Controllern: Sie hatten über Ihre S/4-Migration geschrieben. Haben Sie die Ergebnisrechnung kontenbasiert oder kalkulatorisch umgestellt? "
          "Wir stehen genau davor und ich würde mich über Ihre Erfahrung sehr freuen."),
  ("msg", "Hallo Herr Morgan, nochmals herzlichen Dank für Ihre ausführliche Antwort im Sommer, das hat uns wirklich geholfen. "
          "Ich hoffe, bei Ihnen ist nach dem Go-live etwas Ruhe eingekehrt und der Herbst in Stuttgart war so schön wie hier. "
          "Ich bin inzwischen auf die Beraterseite gewechselt und unterstütze mit der Allfinanz Kontor Führungskräfte bei der betrieblichen Altersvorsorge und der Absicherung der Familie. "
          "Gerade für Leitende Angestellte gibt es 2025 einige steuerliche Hebel, die kaum jemand nutzt. "
          "Hätten Sie nächste Woche 30 Minuten für ein unverbindliches Gespräch? "
          "Viele Grüße aus Stuttgart, Holger Steinbach, Finanz- und Vorsorgeberater, Tel. 0711 123 45 67", LONG))
P("bait_and_switch_invitation", "fr", "Camille Delorme", "Animatrice de la communauté DAF Île-de-France", "Paris",
  ("inv", "Bonjour Alex, j'anime une communauté d'entraide de DAF et contrôleurs en Île-de-France (un groupe WhatsApp et un dîner par trimestre). "
          "On échange sur les outils, les recrutements, les galères de clôture. Ça vous dirait de nous rejoindre ?"),
  ("msg", "Bonjour Alex, ravie de vous compter parmi nous ! Le dîner de mars était top, dommage que vous n'ayez pas pu venir. "
          "En parallèle de la communauté, je suis conseillère en gestion de patrimoine, et beaucoup de membres m'ont demandé comment optimiser leur fiscalité personnelle avec un PER. "
          "Je vous propose un bilan patrimonial offert, une heure, en visio. Quel créneau vous arrangerait ? Camille", (25, 40)),
  ("msg", "Je me permets de vous relancer pour le bilan, les créneaux de fin d'année partent vite. Belle journée, Camille"))
P("bait_and_switch_invitation", "es", "Martín Iturbe", "Consultor en cierre contable | Autor de la guía 'Cierre en 5 días'", "Buenos Aires",
  ("inv", "Hola Alex, ¿qué tal? Armé una guía gratuita con las 40 tareas del cierre mensual y cómo acortarlo a 5 días. Te la comparto sin compromiso, seguro le sacás jugo."),
  ("msg", "¡Hola Alex! ¿Pudiste chusmear la guía? Espero que te haya servido para el cierre de septiembre. "
          "Te cuento que con el equipo lanzamos CierreYa, una plataforma que automatiza justamente esas 40 tareas. "
          "Este mes tenemos cupos para una implementación piloto con descuento. ¿Coordinamos una demo el martes o el miércoles? Abrazo, Martín", LONG))
P("bait_and_switch_invitation", "de", "Ludovica Ferraris", "Fondatrice del Circolo CFO Torino", "Torino",
  ("inv", "Ciao Alex, organizzo un piccolo circolo di CFO e controller a Torino: ci vediamo una sera al mese, un aperitivo e un tema. Niente sponsor, niente vendite. Ti andrebbe di venire?"),
  ("msg", "Ciao Alex! Spero che la chiusura del semestre sia andata liscia. Ti scrivo per una cosa veloce: "
          "da quest'anno collaboro con una primaria compagnia per le polizze D&O e tutela legale dei dirigenti, e molti del circolo le hanno già attivate. "
          "Ti va un caffè la settimana prossima così ti faccio un preventivo su misura? Un abbraccio, Ludo", LONG), nl="it")
P("bait_and_switch_invitation", "en", "Tyler Haskins", "VP Finance | Scaling teams | Ex-Big Four", "Austin",
  ("inv", "Hey Alex, saw Example Industries is hiring two FP&A analysts. I've built three finance teams from scratch and I'm happy to share my hiring playbook and interview scorecards, no charge. Just pay it forward someday."),
  ("msg", "Hey Alex, hope the new hires are settling in and the playbook came in handy! "
          "I've since joined Summit Ridge Partners as a principal. We'd be delighted to support your journey from here: our team would welcome the opportunity to explore synergies with Example Industries across FP&A and systems. "
          "Could I put 30 minutes in your calendar with our managing partner, Dana? Thanks, Tyler Haskins, Principal, (512) 555-0193", LONG),
  ("msg", "Circling back on this one, Alex. Happy to work around your schedule.", (10, 25)))
P("bait_and_switch_invitation", "de", "Beat Zürcher", "Präsident Netzwerk Finanzchefs Ostschweiz", "Winterthur",
  ("inv", "Grüezi Herr Morgan, wir sind ein Verein von rund 60 Finanzchefs aus der Ostschweiz und treffen uns viermal im Jahr zu einem Fachabend. "
          "Ich würde Sie gerne als Gast einladen, selbstverständlich unverbindlich."),
  ("msg", "Grüezi Herr Morgan, merci vielmal fürs Vernetzen. Ich hoffe, Sie sind gut in den Herbst gestartet. "
          "Neben dem Verein führe ich eine Treuhandgesellschaft, und wir übernehmen aktuell neue Mandate für Buchführung, MWST und Lohn. "
          "Falls Sie bei Example Industries Entlastung brauchen, offeriere ich Ihnen gerne ein unverbindliches Angebot. Freundliche Grüsse, Beat Zürcher, 052 212 00 00", LONG))
P("bait_and_switch_invitation", "fr", "Jean-Philippe Tremblay", "Contrôleur financier | Cofondateur du Cercle des contrôleurs de Montréal", "Montréal",
  ("inv", "Salut Alex! On part un petit groupe d'entraide de contrôleurs à Montréal, un 5 à 7 par mois pour jaser fermeture, Excel pis ressources humaines. "
          "Pas de vendeurs, promis. Ça te tente?"),
  ("msg", "Salut Alex! J'espère que ta fin d'année financière s'est bien passée pis que t'as pu prendre quelques jours au chalet. "
          "Petite question en passant: on vient de lancer notre firme de consultation en implantation ERP, pis on offre aux membres du Cercle un diagnostic à prix d'ami. "
          "Je pourrais te montrer ça en 30 minutes sur Teams. T'as-tu une disponibilité la semaine prochaine? JP", LONG),
  ("msg", "Allo! Je reviens à la charge pour le diagnostic, il me reste deux places à ce prix-là d'ici la fin du mois.", (7, 21)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Imogen Castell", "Contributing Editor, Finance Leaders Quarterly", "London",
  ("inm", "Quick comment for a piece on the finance function?", "Hello Alex, I'm writing a feature on how mid-sized manufacturers run their month-end close, and a colleague suggested you. "
          "Would you be willing to give me two or three sentences on what changed most in your team over the last year? I'd quote you by name and title, and of course send you the piece before it goes out. "
          "Many thanks, Imogen"),
  ("inm", "Your feature: next steps", "Hi Alex, thank you so much for your thoughtful answers, the editor loved them. "
          "Good news: we'd like to make you one of six featured finance leaders in the spring issue. The feature package includes a full-page profile, a professional photo shoot and distribution to 18,000 readers, for a contribution of £2,400 plus VAT. "
          "Shall I send over the booking form? Warm wishes, Imogen Castell, Contributing Editor, +44 20 7946 0815", (14, 30)))
P("bait_and_switch_inmail", "de", "Lukas Hofmeister", "Research Lead | Studie 'Controlling 2026'", "München",
  ("inm", "Umfrage: Controlling 2026 (5 Minuten, Ergebnisbericht gratis)", "Sehr geehrter Herr Morgan, für unsere Studie 'Controlling 2026' befragen wir Controllerinnen und Controller im Mittelstand zu Planung, Forecast und Automatisierung. "
          "Die Umfrage dauert fünf Minuten, alle Teilnehmenden erhalten den vollständigen Ergebnisbericht kostenlos. Hier der Link: https://umfrage.example.org/c26. Vielen Dank!"),
  ("inm", "Ihre Studienergebnisse + ein Vorschlag", "Sehr geehrter Herr Morgan, herzlichen Dank für Ihre Teilnahme, der Bericht kommt Ende des Monats. "
          "Beim Auswerten ist uns aufgefallen, dass Ihre Forecast-Zyklen deutlich länger sind als der Schnitt. Genau dafür haben wir PlanWerk entwickelt. "
          "Darf ich Ihnen die Lösung in einer 20-minütigen Online-Session zeigen? Für Studienteilnehmer gibt es drei Monate kostenfrei. Beste Grüße, Lukas Hofmeister", LONG))
P("bait_and_switch_inmail", "fr", "Sébastien Rouvier", "Contrôleur de gestion industriel", "Grenoble",
  ("inm", "Question entre contrôleurs", "Bonjour Alex, je suis contrôleur dans l'industrie comme vous. Comment gérez-vous la valorisation des en-cours quand les gammes ne sont pas à jour ? "
          "Je tourne en rond depuis des semaines, un avis extérieur m'aiderait beaucoup."),
  ("inm", "Suite à notre échange", "Bonjour Alex, merci encore pour votre réponse, très claire. J'en profite pour vous dire que je travaille désormais pour Valoris, un éditeur de logiciel de calcul des coûts de revient. "
          "Justement, le module en-cours règle exactement le problème dont on parlait. Je vous propose une démo de 30 minutes, vous me dites ? Sébastien", LONG))
P("bait_and_switch_inmail", "es", "Fernanda Quiroga", "Directora de Comunidad, Foro de CFOs Cono Sur", "Santiago de Chile",
  ("inm", "Invitación: mesa redonda de CFOs (sin costo)", "Estimado Alex, junto con un grupo de directores financieros organizamos una mesa redonda virtual el 12 de junio sobre financiamiento de capital de trabajo. "
          "Es sin costo y a puertas cerradas, máximo 15 personas. Nos encantaría contar con su mirada. Un saludo cordial, Fernanda"),
  ("inm", "Seguimiento de la mesa redonda", "Estimado Alex, muchas gracias por sumarse a la mesa redonda, fue un lujo. "
          "Quería comentarle que el foro es una iniciativa de Capitalia Factoring, y varios participantes ya están trabajando con nosotros para liberar caja con factoraje de sus cuentas por cobrar. "
          "¿Le parece si le preparo una propuesta sin compromiso? Quedo a su disposición. Fernanda Quiroga, +56 2 2345 6789", (20, 35)),
  ("inm", "Re: Seguimiento", "¿Pudo revisarlo?", (8, 15)))
P("bait_and_switch_inmail", "it", "Federico Bassani", "Controller | SAP FI-CO", "Verona",
  ("inm", "Una domanda sulla tua esperienza con SAP", "Ciao Alex, scusa l'intrusione. Ho visto che in Example Industries usate SAP FI-CO come noi. "
          "Come avete gestito il passaggio al nuovo piano dei conti? Qualsiasi dritta è oro, grazie mille!"),
  ("inm", "Grazie + una cosa", "Ciao Alex, grazie ancora per i consigli, preziosissimi. Ti confesso una cosa: lavoro per un partner SAP e stiamo proponendo un pacchetto di assessment per la migrazione a S/4HANA a prezzo bloccato. "
          "Ti andrebbe di sentirci 20 minuti per capire se fa al caso vostro? Federico", LONG))

# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Danny Okafor", "Finance Business Partner at Castlegate Retail", "Birmingham",
  ("end",),
  ("msg", "Just endorsed you for {skill} — you know how it works 😉"))
P("endorse_me_back", "de", "Gudrun Maier", "Leiterin Rechnungswesen bei Maier Haustechnik GmbH", "Regensburg",
  ("end",), ("end",),
  ("msg", "Hallo Herr Morgan, ich hoffe, es geht Ihnen gut und Sie hatten einen schönen Sommer. Bei uns in Regensburg war es fast zu heiß zum Arbeiten. "
          "Ich habe Ihnen vor ein paar Tagen zwei Kenntnisse bestätigt, weil ich Ihre Beiträge zu {skill} wirklich schätze. "
          "Wenn Sie mögen, revanchieren Sie sich gern mit einer Bestätigung für Konzernabschluss oder DATEV, das würde meinem Profil gerade sehr helfen. "
          "Herzliche Grüße, Gudrun Maier"))
P("endorse_me_back", "fr", "Yannick Berthier", "Responsable comptable chez Batiroc", "Rennes",
  ("end",),
  ("msg", "Coucou Alex ! Je t'ai recommandé pour {skill}. Compétences contre compétences ? 😄"))
P("endorse_me_back", "en", "Camila Restrepo", "Analista Financiera Senior en Grupo Cafetero del Valle", "Medellín",
  ("end",),
  ("msg", "¡Hola Alex! ¿Cómo vas? Listo, ya te recomendé en {skill}, te lo merecés 🙌. Cuando tengas un ratico, ¿me devuelves el favor con Excel avanzado y Modelación financiera? ¡Mil gracias!"), nl="es")
P("endorse_me_back", "it", "Rosaria Cannavò", "Responsabile amministrativa presso Agrumi dell'Etna", "Catania",
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato per {skill}, che te lo meriti tutto. Se ti va ricambia, dai, che sto aggiornando il profilo 😊"))
P("endorse_me_back", "en", "Sneha Pillai", "Chartered Accountant | Financial Modelling | Ind AS", "Kochi",
  ("end",), ("end",),
  ("msg", "Hi Alex, I have endorsed you for {skill} and two more skills. Request you to kindly endorse me for Financial Modelling and Ind AS also, as I am applying for new roles. Thanks in advance!"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Nigel Hargreaves", "Director, Hargreaves Interim Finance", "Sheffield",
  ("inv", "Alex, I place interim finance directors with manufacturers across Yorkshire. Worth a chat?"),
  ("rem",),
  ("inm", "Re: my invitation", "Alex, with all due respect, I would have thought someone in your position would have the courtesy to reply to a fellow professional. "
          "It takes ten seconds. Noted. I'll let our mutual friends know how you treat people. Regards, Nigel"))
P("hostility_after_decline", "en", "Chad Mercer", "Growth Consultant | Helping CFOs sleep at night", "Phoenix",
  ("inv", "Hi Alex, CFOs I work with cut their audit prep time in half. Open to a quick call?"),
  ("inm", "Guess not", "Hey Alex, I see you've ignored my invite twice now. I'm sure you're very busy being important. Must be nice. Good luck out there."))
P("hostility_after_decline", "de", "Rüdiger Kamps", "Geschäftsführer Kamps Finanzsysteme", "Essen",
  ("inv", DEFAULT),
  ("inm", "Ihre Ablehnung", "Sehr geehrter Herr Morgan, bei allem Respekt: Eine Kontaktanfrage kommentarlos abzulehnen, ist kein guter Stil. "
          "So behandelt man keine Kollegen aus der Branche. Ich hatte von jemandem in Ihrer Position ehrlich gesagt mehr erwartet. Mit freundlichen Grüßen, R. Kamps"))
P("hostility_after_decline", "fr", "Hélène Vasseur", "Consultante RH indépendante", "Lille",
  ("inv", "Bonjour Alex, j'aimerais beaucoup échanger avec vous sur vos enjeux RH en finance."),
  ("inm", "??", "??"),
  ("inm", "Sans réponse", "Bonjour Alex, sans vouloir vous offenser, je trouve assez révélateur qu'un responsable ne prenne même pas la peine de répondre. "
          "Je vous souhaite sincèrement de ne jamais être de l'autre côté de la barrière. Cordialement, Hélène Vasseur", (4, 12)))
P("hostility_after_decline", "es", "Gustavo Peralta", "Asesor financiero independiente", "Lima",
  ("inv", "Hola Alex, me encantaría sumarte a mi red de contactos profesionales."),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, con todo respeto, qué falta de educación la suya. Uno le escribe con buena fe y usted ni se digna a contestar. "
          "Ya sé de qué tipo de profesional se trata. Que le vaya bien."))
P("hostility_after_decline", "it", "Massimo Ghezzi", "Consulente aziendale", "Brescia",
  ("inv", "Buongiorno Alex, mi farebbe piacere entrare in contatto."),
  ("inm", "Ok, ricevuto", "Con tutto il rispetto, Alex, un semplice 'no grazie' non costa niente. Evidentemente per qualcuno l'educazione è un optional. "
          "Ne prendo nota, il mondo è piccolo. Saluti."))

# =============================================================== hostility_connection
P("hostility_connection", "it", "Warren Delaney", "Founder, ClearPath Payables", "Boston",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! ClearPath automates AP approvals for mid-market manufacturers, usually cuts invoice cycle time by 60%. Worth 15 minutes next week?"),
  ("msg", "Wow. Not even a 'no thanks'. Classy, Alex. I'll remember that when Example Industries comes up in conversation.", (10, 20)), nl="en")
P("hostility_connection", "de", "Urs Gasser", "Verkaufsleiter, Gasser Bürosysteme AG", "Luzern",
  ("msg", "Grüezi Herr Morgan, wir haben neu ein Dokumentenmanagement für die Kreditorenbuchhaltung im Angebot, Schweizer Hosting, Einführung in zwei Wochen. Darf ich Ihnen eine Offerte zustellen?"),
  ("msg", "Grüezi Herr Morgan, ich erlaube mir, nochmals nachzufragen wegen der Offerte. Wir hätten im Oktober noch Kapazität für die Einführung."),
  ("msg", "Herr Morgan, dass Sie es nicht einmal für nötig halten, kurz abzusagen, sagt eigentlich alles. Ich wünsche Ihnen trotzdem alles Gute, Sie werden es brauchen.", (7, 14)))
P("hostility_connection", "es", "Esteban Villalobos", "Director Comercial en SegurPlus Corredores", "Monterrey",
  ("acc",),
  ("msg", "¡Qué onda Alex! Gracias por aceptar. Te platico rapidito: manejamos seguros de gastos médicos mayores para ejecutivos, con muy buenas tarifas corporativas. ¿Te mando una cotización?"),
  ("msg", "Mira Alex, con todo respeto, si no te interesa basta con decirlo. Dejarme en visto es bastante poco profesional. Ojalá nunca te toque estar del otro lado.", (6, 15)))
P("hostility_connection", "it", "Daniele Furlan", "Consulente finanza agevolata", "Padova",
  ("msg", "Ciao Alex, ti segnalo che è uscito un nuovo bando per il credito d'imposta 4.0: noi seguiamo tutta la pratica a success fee. Ti interessa una valutazione?"),
  ("msg", "Beh, complimenti per l'educazione. Ti ho scritto due volte per aiutarti a prendere dei soldi e nemmeno rispondi. Contento tu.", (10, 25)))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Harish Menon", "Head - Business Development, LedgerWorks Global Services", "Bengaluru",
  ("msg", "Dear Alex, Hope this message finds you well. We at LedgerWorks are helping US and UK manufacturers with end to end Record to Report services at very competitive cost. "
          "Our team of 300+ qualified accountants works in your time zone. Kindly let me know a suitable time for a 20 min discussion. Warm Regards, Harish Menon, +91 80 4567 8900"),
  ("msg", "Dear Alex, just following up on my previous message. We have recently onboarded two clients in your industry and can share case studies. Please do revert at your convenience."),
  ("msg", "Any news?", (8, 16)))
P("connection_only_pitches", "de", "Katrin Wolff", "Senior Account Executive, Finarion Software", "Frankfurt am Main",
  ("msg", "Hallo Herr Morgan, ich hoffe, Sie hatten einen guten Start in die Woche. Wir unterstützen Finanzabteilungen im Mittelstand dabei, Planung und Reporting auf eine Plattform zu bringen. "
          "Ich würde mich freuen, Ihnen in einem kurzen Termin zu zeigen, wie das bei Example Industries aussehen könnte. Beste Grüße, Katrin Wolff"),
  ("msg", "Hallo Herr Morgan, kleine Erinnerung an meine letzte Nachricht: Im November haben wir noch zwei Slots für unsere Einführungspakete zum Vorjahrespreis frei. "
          "Passt Ihnen Donnerstag 10 Uhr für 20 Minuten?"))
P("connection_only_pitches", "fr", "Arnaud Lefebvre", "Directeur commercial, Recouvra | Recouvrement B2B", "Bordeaux",
  ("msg", "Bonjour Alex, j'espère que vous allez bien et que la rentrée n'a pas été trop rude. J'ai vu passer votre publication sur le BFR, très juste. "
          "Nos clients industriels récupèrent en moyenne 18 % de créances en plus dès le premier trimestre grâce à notre approche amiable. "
          "Auriez-vous 15 minutes pour en parler ? Bien cordialement, Arnaud Lefebvre, Directeur commercial, 05 56 00 00 00"),
  ("msg", "Bonjour Alex, je me permets de revenir vers vous concernant le recouvrement. Nous lançons une offre sans frais fixes, uniquement au résultat. Un créneau jeudi ?"))
P("connection_only_pitches", "es", "Andrés Cárdenas", "Gerente de Alianzas en Nubefact ERP", "Quito",
  ("msg", "Hola Alex, ¿qué más? Te escribo porque en Nubefact estamos ayudando a empresas como Example Industries a migrar su contabilidad a la nube sin dolor. ¿Tendrías 20 minutos para una demo?"),
  ("msg", "Alex, ¡buenas! Solo para contarte que este mes la implementación va con 30% de descuento. ¿Agendamos?"),
  ("msg", "👋", (6, 14)))
P("connection_only_pitches", "it", "Simona Rinaldi", "Key Account Manager presso Welfare Più", "Roma",
  ("msg", "Ciao Alex, come va? Ti scrivo perché aiutiamo le aziende a costruire piani di welfare aziendale che fanno risparmiare sul cuneo fiscale. Ti andrebbe una call conoscitiva?"),
  ("msg", "Ciao Alex, ti riscrivo al volo: a dicembre scade la finestra per i premi di risultato convertibili in welfare. Ti preparo una simulazione per Example Industries?"))

# =============================================================== single_pitch
P("single_pitch", "en", "Megan Lockhart", "Partnerships Lead at Tallyfin", "Seattle",
  ("msg", "Hi Alex! Hope you had a great Thanksgiving. I've been following Example Industries for a while and love what your team is building. "
          "We'd be delighted to support your journey as you head into budget season: Tallyfin helps finance teams like yours close faster with fewer spreadsheets. "
          "Let me know how we can add value, happy to set something up at a time that works for you. Best, Megan Lockhart, Partnerships Lead, (206) 555-0147"))
P("single_pitch", "de", "Florian Weidinger", "Key Account Manager bei Kontora Reisemanagement", "Wien",
  ("msg", "Servus Herr Morgan, ich hoffe, Sie hatten einen erholsamen Urlaub. Kurz zu meinem Anliegen: Wir organisieren Geschäftsreisen für mittelständische Unternehmen und bündeln alle Belege in einer Monatsrechnung. "
            "Das spart der Buchhaltung erfahrungsgemäß viel Arbeit. Gerne würde ich Ihnen unser Modell in einem kurzen Telefonat erläutern. Beste Grüße aus Wien, Florian Weidinger, +43 1 234 56 78"))
P("single_pitch", "fr", "Océane Marchal", "Chargée d'affaires chez Lumio Énergie Entreprises", "Toulouse",
  ("msg", "Bonjour Alex, notre équipe serait ravie d'étudier avec vous les synergies possibles entre Lumio et Example Industries sur vos contrats d'énergie pour 2026. Je reste à votre disposition pour un échange. Océane"))
P("single_pitch", "es", "Joaquín Benítez", "Socio en Benítez & Ruiz Abogados", "Sevilla",
  ("msg", "Hola Alex, ¿cómo estás? Desde el despacho ofrecemos una iguala mensual de asesoría mercantil y laboral para pymes industriales, con un precio cerrado. Si te encaja, te paso la propuesta. Un abrazo"))
P("single_pitch", "it", "Alessio Marchetti", "Sales Manager presso Arredo Ufficio Design", "Firenze",
  ("msg", "Ciao Alex, ho visto che vi siete trasferiti nella nuova sede, complimenti! Ci occupiamo di arredi per uffici e spazi direzionali. Passo volentieri a farvi vedere qualche soluzione, senza impegno."))

# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Priyanka Desai", "Technical Manager, Financial Reporting Faculty", "London",
  ("end",),
  ("msg", "Hi Alex, hope you're well and that the new office in Reading is treating you kindly. I enjoyed your comment on the IFRS 18 thread last week, you put it better than our own briefing did. "
          "The reason I'm writing: the faculty has just released its free IFRS 18 implementation toolkit, with worked examples for manufacturers and a mapping template for the new subtotals. "
          "It's open to everyone, no membership needed; I've put the link below. If your team tries it, I'd genuinely welcome your feedback for the second edition. "
          "All the best, Priyanka Desai, Technical Manager, 020 7946 0221. https://faculty.example.org/ifrs18-toolkit"))
P("connection_brings_value", "en", "Tom Gallagher", "Finance Director at Oakmere Brewing Co.", "Cork",
  ("msg", "Hi"),
  ("msg", "Sorry, fat fingers on the train! What I meant to say: we're hiring a Group Financial Controller and I told the CEO you'd be my first call if you ever fancied Ireland. "
          "I'm not fishing, I just remember how you ran the consolidation at Harland back in the day. No agency involved, I'd pass your CV straight to her. Tom", (0, 1)))
P("connection_brings_value", "en", "Annette Kühne", "Vorstand (ehrenamtlich), Tafel Leipzig e.V.", "Leipzig",
  ("msg", "Hallo Alex, wir kennen uns noch aus dem Controlling-Arbeitskreis, ich hoffe, es geht dir gut. "
          "Unser Verein sucht zur Mitgliederversammlung im März eine neue Kassenprüferin oder einen neuen Kassenprüfer. Das ist ein Ehrenamt, zweimal im Jahr ein Nachmittag Belege prüfen, dafür gibt es Kaffee und sehr dankbare Menschen. "
          "Ich dachte sofort an dich. Magst du es dir überlegen? Liebe Grüße, Annette"), nl="de")
P("connection_brings_value", "fr", "Isabelle Garnier", "Chargée de mission, Autorité des normes comptables", "Paris",
  ("msg", "Bonjour Alex, je me permets de vous écrire suite à votre intervention au club des contrôleurs. "
          "L'ANC lance une consultation publique sur la simplification des annexes pour les ETI, et nous manquons cruellement de retours de praticiens. "
          "Le questionnaire prend une demi-heure et toutes les réponses seront publiées de façon anonyme dans la synthèse. Votre expérience serait précieuse. Bien à vous, Isabelle Garnier"))
P("connection_brings_value", "es", "Lucía Ferrán", "Responsable de Antiguos Alumnos, Escuela de Negocios de Navarra", "Pamplona",
  ("msg", "Hola Alex, ¡cuánto tiempo! Te escribo desde la oficina de antiguos alumnos. El 20 de noviembre celebramos el reencuentro de la promoción de 2012 en Madrid, con una charla de una exalumna que hoy es CFO del IBEX. "
          "La entrada es gratuita para antiguos alumnos y puedes traer acompañante. ¿Te apunto? Un abrazo, Lucía"),
  ("msg", "¡Genial, apuntado! Te mando la ubicación la semana que viene."))
P("connection_brings_value", "it", "Paolo Zanetti", "Commissione formazione ODCEC Milano", "Milano",
  ("msg", "Ciao Alex! Ti giro l'info perché so che ti interessa: il 3 ottobre facciamo un seminario gratuito sul bilancio di sostenibilità per PMI, valido 4 crediti formativi. "
          "Aperto anche ai non iscritti all'Ordine, basta registrarsi. Ci vediamo lì?"))
P("connection_brings_value", "fr", "Marc-André Bouchard", "CPA, Mentor bénévole chez Relève Finance Québec", "Québec",
  ("msg", "Salut Alex, comment ça va de ton bord? Ici on a eu de la neige en masse. "
          "Je t'écris parce que Relève Finance cherche des mentors pour des jeunes CPA cette année: une heure par mois, bénévole, pis c'est vraiment valorisant. "
          "En retour, t'as accès aux formations de l'organisme gratuitement, ça compte dans tes heures de perfectionnement. Fais-moi signe si ça te parle! Marc-André"))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Hannah Whitlock", "Senior Talent Partner at Greystone Foods", "Bristol",
  ("inm", "Head of FP&A, Greystone Foods (in-house)", "Hi Alex, I hope you don't mind the direct message. I'm the in-house talent partner at Greystone Foods and we're looking for a Head of FP&A to join our CFO's leadership team in Bristol. "
          "Your background in manufacturing controlling caught my eye. The role is hybrid, three days on site, and the package is £95–110k plus bonus. "
          "If you're open to hearing more, I'd love to share the job description. Best wishes, Hannah Whitlock, Senior Talent Partner, 0117 496 0555"))
P("stranger_inmail_recruiter", "de", "Miriam Stucki", "HR Business Partner bei Alpina Pharma AG", "Basel",
  ("inm", "Leiter/in Konzerncontrolling (100%), Basel", "Grüezi Herr Morgan, für unser Konzerncontrolling in Basel suchen wir eine Leitung mit Erfahrung in IFRS und SAP. "
          "Ihr Profil passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch? Freundliche Grüsse, Miriam Stucki"))
P("stranger_inmail_recruiter", "fr", "Nadia Bensalem", "Talent Acquisition, Groupe Savoye Industries", "Annecy",
  ("inm", "Poste de Contrôleur de gestion groupe – Annecy", "Bonjour Alex, je recrute pour notre siège à Annecy un contrôleur de gestion groupe (CDI, 65-75 k€). Votre parcours correspond parfaitement. Seriez-vous ouvert à un premier échange ?"))
P("stranger_inmail_recruiter", "es", "Mariana Aguirre", "Gerente de Talento en Bodegas del Pacífico", "Lima",
  ("inm", "Vacante: Controller Regional (Perú y Chile)", "Hola Alex, ¿qué tal? Estamos buscando un Controller Regional para nuestras operaciones en Perú y Chile, con reporte directo a la CFO. "
          "Su experiencia en consolidación nos pareció muy interesante. ¿Le gustaría que conversemos? Con gusto le envío la descripción del puesto. Saludos, Mariana"), nl="es")
P("stranger_inmail_recruiter", "it", "Elena Sartori", "HR Manager presso Meccanica Sartori S.p.A.", "Vicenza",
  ("inm", "Posizione: Responsabile Controllo di Gestione", "Buongiorno Alex, stiamo cercando un Responsabile Controllo di Gestione per il nostro stabilimento di Vicenza. "
          "Ho trovato il suo profilo molto in linea. Sarebbe disponibile per una chiacchierata conoscitiva? Cordialmente, Elena Sartori"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Jordan Pike", "Strategic Alliances, Vantage Spend", "New York",
  ("inm", "Example Industries + Vantage Spend", "Hi Alex, I hope this finds you well. Our team would welcome the opportunity to explore synergies between Vantage Spend and Example Industries. "
          "We've partnered with several manufacturers in the Midwest on their procurement journey. Would you be open to a brief introductory conversation? Kind regards, Jordan"),
  ("inm", "Re: Example Industries + Vantage Spend", "Hi Alex, bumping this to the top of your inbox. Happy to keep it to 15 minutes.", (7, 14)), nl="en")
P("stranger_inmail_sales", "de", "Dominik Reiter", "Vertriebsleiter DACH, Datenraum Plus", "Köln",
  ("inm", "Due Diligence ohne Stress", "Guten Tag Herr Morgan, wenn bei Example Industries eine Finanzierungsrunde oder ein Zukauf ansteht, lohnt sich ein sicherer virtueller Datenraum. "
          "Gern zeige ich Ihnen unsere Lösung in 15 Minuten. Beste Grüße, Dominik Reiter"))
P("stranger_inmail_sales", "fr", "Laure Chevalier", "Responsable grands comptes, Cadeaux & Co Entreprises", "Marseille",
  ("inm", "Vos cadeaux clients de fin d'année", "Bonjour Alex, les fêtes approchent ! Nous préparons des coffrets gourmands personnalisés pour les clients et collaborateurs des ETI. "
          "Je vous envoie notre catalogue et une proposition tarifaire ? Belle journée, Laure"),
  ("inm", "Relance : coffrets de fin d'année", "Bonjour Alex, dernière relance avant la clôture des commandes le 30 novembre. Laure", (10, 20)))
P("stranger_inmail_sales", "es", "Tomás Echeverría", "Head of Sales LATAM en PagoClaro", "Bogotá",
  ("inm", "Pagos internacionales más baratos", "Hola Alex, ¿cómo le va? En PagoClaro ayudamos a empresas industriales a pagar proveedores en el exterior con tipo de cambio preferencial. "
          "¿Le interesaría una llamada corta para ver cuánto podrían ahorrar? Saludos, Tomás"))
P("stranger_inmail_sales", "it", "Veronica Lanza", "Consulente senior presso Premia Awards", "Milano",
  ("inm", "Candidatura al premio CFO dell'anno", "Gentile Alex, la sua azienda è stata segnalata per il premio 'Eccellenze della Finanza 2026'. "
          "Per confermare la candidatura è prevista una quota di partecipazione di 1.900 euro, che include la cena di gala. Posso inviarle il modulo? Cordiali saluti, Veronica Lanza"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Rachel Kaminski", "Program Director, Midwest Controllers Forum", "Cleveland",
  ("inv", "Hi Alex, I run the Midwest Controllers Forum. Our fall session on lease accounting is free and qualifies for 3 CPE credits. Would love to have you join us!"),
  ("msg", "Hi Alex, great to have you at the session! As promised, here are the slides and the CPE certificate link: https://mcf.example.org/fall-cpe. See you in spring."),
  ("msg", "Hi Alex! Hope the Q3 close went well. Quick one: I've just joined Crestline Wealth as a private client advisor, and I'm helping a few controllers from the forum rethink their 401(k) rollovers and stock options. "
          "Would you have 30 minutes for a complimentary review? Best, Rachel Kaminski, CFP, (216) 555-0162", LONG))
P("good_turns_ugly", "de", "Tobias Ebner", "Controller bei Ebner Landmaschinen GmbH", "Passau",
  ("inv", "Servus Herr Morgan, ich habe eine Excel-Vorlage für die rollierende Liquiditätsplanung gebaut und gebe sie gern an Kolleginnen und Kollegen weiter, einfach so."),
  ("msg", "Hallo Herr Morgan, anbei wie versprochen der Link zur Vorlage. Viel Spaß damit und gern Feedback! https://files.example.org/liqui-13w.xlsx"),
  ("end",),
  ("msg", "Servus Herr Morgan, ich hab Sie gerade für {skill} bestätigt. Eine Hand wäscht die andere, oder? 😉 Für Liquiditätsplanung würde ich mich sehr freuen."))
P("good_turns_ugly", "fr", "Pauline Roux", "Contrôleuse de gestion | Animatrice d'un groupe de travail IFRS 16", "Strasbourg",
  ("inv", "Bonjour Alex, je monte un groupe de travail entre contrôleurs pour partager nos retraitements IFRS 16. Gratuit, entre pairs, un échange par mois. Ça vous intéresse ?"),
  ("msg", "Bonjour Alex, voici le compte rendu de notre première séance et le fichier de retraitement partagé. Merci pour vos remarques très utiles !"),
  ("msg", "Bonjour Alex, j'espère que vous avez passé de bonnes fêtes. Petite nouvelle : je lance mon activité de conseil en IFRS 16 et je propose des missions de paramétrage à la journée. "
          "Vu nos échanges, je pense pouvoir vous faire gagner beaucoup de temps. On en parle ? Pauline", LONG))
P("good_turns_ugly", "es", "Diego Ramírez", "Contador Público | Mentor de jóvenes contadores", "Ciudad de México",
  ("inv", "Hola Alex, ¿qué onda? Organizo un grupo de mentoría gratuito para contadores jóvenes y me encantaría que participaras como invitado en una sesión. Sin ningún costo, es pura buena onda."),
  ("msg", "¡Alex, muchas gracias por la sesión! Los chavos quedaron fascinados. Te comparto la grabación por si la quieres."),
  ("msg", "Hola Alex, ¿cómo estás? Oye, te cuento que ahora estoy con Fiscalia Consultores y tenemos un esquema para reducir la carga fiscal de directivos. ¿Te lo platico en una llamada de 20 minutos?", LONG))
P("good_turns_ugly", "it", "Marco Vitale", "Docente a contratto di Controllo di Gestione", "Pisa",
  ("inv", "Ciao Alex, insegno controllo di gestione all'università. Ti andrebbe di fare una testimonianza di un'ora ai miei studenti della magistrale? Non c'è compenso, ma ti offro un pranzo in mensa 😄"),
  ("msg", "Alex, grazie di cuore per la lezione di ieri, gli studenti ne parlano ancora!"),
  ("end",),
  ("msg", "Ciao Alex, ti ho appena confermato per {skill}. Se hai un minuto, mi faresti lo stesso favore? Sto preparando la domanda per un concorso e le competenze confermate contano. Grazie mille!"))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Stuart Fairbanks", "Account Director, Clearwave Expense", "Glasgow",
  ("inm", "Expense claims sorted in a week", "Hi Alex, Clearwave takes expense claims off your plate entirely: receipts in, journals out. I can set up a trial for Example Industries this week. Fancy a look? Stuart"),
  ("inv", "Hi Alex, we met at the CIMA dinner in Glasgow, lovely to chat about the football. Would be great to stay in touch!"))
P("reinvite_known_bad", "de", "Markus Pohl", "Vertriebsingenieur bei Pohl Industrieautomation", "Chemnitz",
  ("inv", DEFAULT),
  ("inv", "Hallo Herr Morgan, wir hatten uns auf der Hannover Messe kurz am Stand unterhalten. Würde mich freuen, in Kontakt zu bleiben!"))
P("reinvite_known_bad", "fr", "Sandrine Aubert", "Courtière en assurances collectives", "Nice",
  ("inv", "Bonjour Alex, je propose aux ETI des contrats de prévoyance et mutuelle collectifs 15 % moins chers. Un rendez-vous ?"),
  ("inv", "Bonjour Alex, je découvre votre profil et j'adore votre parcours. Au plaisir d'échanger !"))
P("reinvite_known_bad", "it", "Lorenzo Bellini", "Consulente commerciale presso Noleggio Flotte Italia", "Bergamo",
  ("inm", "Auto aziendali a canone fisso", "Buongiorno Alex, con il noleggio a lungo termine le auto aziendali diventano un canone fisso, deducibile. Le preparo un preventivo per la vostra flotta?"),
  ("inv", "Ciao Alex, mi piacerebbe aggiungerti alla mia rete, seguo sempre i tuoi post!"))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Craig Duncan", "Director, Duncan Interim Solutions", "Edinburgh",
  ("inv", "Alex, I place interim controllers across Scotland. Always worth knowing a good recruiter."),
  ("inm", "Manners", "Alex, ignoring a professional invitation is a poor look. I'd have expected better from a finance controller. Noted for future reference."),
  ("inv", "Hi Alex, fresh start? I've got a lovely role in Aberdeen I think you'd want to hear about."))
P("reinvite_known_ugly", "de", "Nadine Keller", "Community Managerin, CFO Circle DACH", "Zürich",
  ("inm", "Einladung in den CFO Circle (kostenlos)", "Grüezi Herr Morgan, der CFO Circle ist eine geschlossene Austauschgruppe für Finanzverantwortliche. Die Mitgliedschaft ist kostenlos. Darf ich Sie aufnehmen?"),
  ("inm", "Ihr Zugang + exklusives Angebot", "Grüezi Herr Morgan, schön, dass Sie dabei sind! Als Mitglied erhalten Sie jetzt unser Premium-Paket mit Benchmarking-Reports und Einzelcoaching für CHF 3'900 pro Jahr. Soll ich es freischalten?", LONG),
  ("inv", "Grüezi Herr Morgan, gerne würde ich mich mit Ihnen vernetzen."))
P("reinvite_known_ugly", "fr", "Bastien Leroy", "Fondateur, Club Finance & Croissance", "Lyon",
  ("inm", "Un guide offert pour les contrôleurs", "Bonjour Alex, j'ai rédigé un guide gratuit sur les 10 indicateurs que tout contrôleur devrait suivre. Je vous l'envoie ?"),
  ("inm", "Suite au guide", "Bonjour Alex, j'espère que le guide vous a plu. Pour aller plus loin, je propose un accompagnement de 3 mois pour les contrôleurs qui veulent devenir DAF, 2 400 € HT. On en parle ?", LONG),
  ("inv", "Bonjour Alex, ravi de pouvoir échanger avec vous ici !"))
P("reinvite_known_ugly", "it", "Vincenzo Greco", "Consulente patrimoniale", "Palermo",
  ("inv", "Ciao Alex, mi piacerebbe conoscerti e raccontarti come gestisco i patrimoni dei dirigenti."),
  ("inm", "Vabbè", "Alex, capisco che tu sia impegnato, ma ignorare le persone non è bello. Complimenti per lo stile. Ci si rivede."),
  ("inv", "Ciao Alex, ci riprovo! Nessun rancore, collegati dai 🙂"))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Hollie Baxter", "Founder, Baxter & Co. Bookkeeping", "Brighton",
  ("acc",),
  ("msg", "Thanks!"),
  ("msg", "Alex, lovely to connect! Since you asked what I do: we take bookkeeping and VAT returns off the hands of small finance teams, fixed fee per month. If Example Industries ever needs an extra pair of hands, I'd love to quote.", (1, 5)))
P("user_invited_pitch_once", "de", "Jan Petersen", "Geschäftsführer, Nordlicht Zeitarbeit Finanz", "Kiel",
  ("acc",),
  ("msg", "Moin Herr Morgan, danke für die Einladung! Falls Sie in der Abschlusszeit Unterstützung brauchen: Wir stellen kurzfristig erfahrene Buchhalterinnen und Bilanzbuchhalter auf Zeit. Ich schicke Ihnen gern unsere Konditionen."))
P("user_invited_pitch_once", "es", "Renata Solís", "Directora Comercial en Tesorería Ágil", "Santiago de Chile",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por la invitación, un gusto. Aprovecho para contarte que en Tesorería Ágil ofrecemos conciliación bancaria automática para empresas medianas. Si te interesa, te agendo una demo cuando quieras."))
P("user_invited_pitch_once", "it", "Stefano Orlandi", "Partner presso Orlandi Advisory", "Modena",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Visto che ci siamo, ti dico che seguiamo operazioni di M&A per PMI del settore meccanico. Se mai valutaste un'acquisizione, sarei felice di proporvi un mandato."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Nicolas Perrin", "Directeur associé, Finéo Conseil", "Nantes",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour l'invitation ! Au passage, Finéo accompagne les PME industrielles sur le crédit d'impôt recherche, uniquement au succès. Voulez-vous que je regarde votre éligibilité ?"),
  ("msg", "Bonjour Alex, je reviens vers vous : nous avons encore de la disponibilité pour des dossiers CIR avant la date limite de mai. Un appel de 15 minutes cette semaine ?"))
P("user_invited_pitch_twice", "it", "Giorgia Fontana", "Business Developer presso Cloudit", "Torino",
  ("acc",),
  ("msg", "Ciao Alex! Grazie dell'invito 😊 Ti lascio due righe su di noi: Cloudit porta la contabilità delle PMI in cloud, con conservazione sostitutiva inclusa. Ti andrebbe una demo?"),
  ("msg", "Ciao Alex, ti riscrivo perché a gennaio partiamo con una promo sulla migrazione. Ti blocco uno slot?"))
P("user_invited_pitch_twice", "en", "Derek Sullivan", "Senior Partner, Keystone Executive Coaching", "Philadelphia",
  ("acc",),
  ("msg", "Alex, thanks for reaching out to connect! I coach finance leaders stepping into CFO roles; most of my clients are controllers at your stage. Would you be open to a complimentary discovery session?"),
  ("msg", "Hi Alex, following up on my earlier note. I have two openings in my spring cohort and thought of you. Let me know how I can add value on your path to CFO.", (12, 30)))
P("user_invited_pitch_twice", "de", "Sebastian Hartl", "Partner, Hartl Steuerberatung", "Graz",
  ("acc",),
  ("msg", "Grüß Gott Herr Morgan, danke für die Vernetzung! Wir betreuen Tochtergesellschaften deutscher Industrieunternehmen in Österreich bei Steuern und Lohnverrechnung. Darf ich Ihnen ein Angebot legen?"),
  ("msg", "Grüß Gott Herr Morgan, kurze Nachfrage zu meinem Angebot. Gerne auch ein Termin bei Ihnen vor Ort, ich bin nächste Woche in Bayern."))

# =============================================================== user_invited_value
P("user_invited_value", "es", "Pilar Montenegro", "Directora Financiera en Conservas Atlánticas", "Vigo",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por la invitación. Como me preguntaste por el cierre trimestral, te paso nuestra plantilla de checklist y el calendario que usamos; úsala libremente y adáptala a tu equipo. Un saludo desde Vigo."))
P("user_invited_value", "fr", "Étienne Lambert", "Contrôleur financier chez Chocolaterie des Vosges", "Épinal",
  ("acc",),
  ("msg", "Merci !"),
  ("msg", "Bonjour Alex, suite à notre discussion, je vous transmets le contact de notre commissaire aux comptes qui connaît très bien les questions de prix de transfert. Il est prévenu, vous pouvez l'appeler de ma part.", (2, 8)))
P("user_invited_value", "de", "Claudia Reinhardt", "CFO bei Reinhardt Präzisionsteile", "Pforzheim",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Zum Thema Treasury-Richtlinie, das wir besprochen hatten: Ich schicke dir unsere Richtlinie als Muster, gern mit Anmerkungen zurück. Herzliche Grüße, Claudia"))
P("user_invited_value", "it", "Francesca Moretti", "Group Controller presso Ceramiche Moretti", "Sassuolo",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Ti mando il link all'evento gratuito dei controller dell'Emilia a novembre, dove porto il caso del nostro budget a base zero. Sarebbe bello vederti!"))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Oliver Thornton", "Plant Controller at Ridgeway Castings", "Derby", ("acc",))
P("acceptance_only", "fr", "Manon Girard", "Analyste financière chez Aéroval", "Toulouse", ("acc",))
P("acceptance_only", "es", "Sofía Cabrera", "Controller en Frigoríficos del Sur", "Montevideo", ("acc",))
P("lone_endorsement", "de", "Heike Brandes", "Bilanzbuchhalterin", "Bremen", ("end",))
P("lone_endorsement", "it", "Andrea Mancini", "Revisore legale", "Ancona", ("end",))
P("lone_endorsement", "fr", "Julien Dumas", "Trésorier groupe chez Mecanix", "Clermont-Ferrand", ("end",))

# =============================================================== more Spanish stories
P("good_invitation", "es", "Nuria Casals", "Directora de Control de Gestión en Laboratorios Montseny", "Barcelona",
  ("inv", "Hola Alex, ¡cuánto tiempo desde Deloitte! Espero que todo vaya genial por Example Industries. "
          "Te escribo porque en Montseny buscamos un Head of Reporting y tu perfil encaja como un guante. No soy headhunter ni cobro nada, simplemente le pasaría tu CV directamente a nuestro CFO si te apetece. "
          "Y si no, nos tomamos un café cuando pases por Barcelona. Un abrazo, Nuria"),
  ("rem",))
P("bait_and_switch_invitation", "es", "Sebastián Montoya", "Líder de la Red de Controllers de Colombia", "Bogotá",
  ("inv", "Hola Alex, ¿cómo estás? Estamos armando una red de controllers de Latinoamérica para compartir buenas prácticas, plantillas y ofertas laborales. Es gratis y sin ánimo de lucro. ¿Te sumas?"),
  ("msg", "¡Qué más, Alex! Bienvenido a la red, ya somos más de 200. Espero que el cierre de año te haya ido bien y que hayas podido descansar en diciembre. "
          "Te cuento algo rapidito: con unos socios montamos una firma de BPO contable en Medellín, con equipos bilingües que trabajan en tu horario. "
          "Para miembros de la red tenemos tarifas especiales. ¿Te parece si hablamos 20 minutos esta semana? Sebastián Montoya, Director Comercial, +57 601 555 0199", LONG),
  ("msg", "Hola Alex, ¿pudiste ver mi mensaje? Sigo con las tarifas especiales hasta fin de mes."))
P("endorse_me_back", "es", "Álvaro Pizarro", "Responsable de Administración en Hierros del Norte", "Bilbao",
  ("end",), ("end",),
  ("msg", "¡Buenas Alex! Ya te he validado un par de aptitudes, que te las has ganado. ¿Aptitudes por aptitudes? 😉"))
P("hostility_after_decline", "es", "Ignacio Larraín", "Gerente General en Inversiones Larraín", "Santiago de Chile",
  ("inv", DEFAULT),
  ("inm", "Una reflexión", "Estimado Alex: me llama la atención que alguien de su trayectoria no tenga un minuto para aceptar una simple solicitud. "
          "No se preocupe, le deseo mucho éxito, seguro está demasiado ocupado siendo importante. Atentamente, Ignacio Larraín"))
P("user_invited_pitch_twice", "es", "Paola Quintero", "Key Account Manager en Cobranzas Express", "Caracas",
  ("acc",),
  ("msg", "¡Hola Alex! Mil gracias por la invitación, un placer conectar contigo. Te cuento que en Cobranzas Express recuperamos cartera vencida para empresas industriales, solo cobramos si recuperamos. ¿Te gustaría conocer la propuesta?"),
  ("msg", "Alex, ¡buen día! Solo para saber si pudiste revisar lo de la cartera. Este trimestre tenemos una tarifa de lanzamiento muy especial, ¿te la envío?"))
P("reinvite_known_ugly", "es", "Rafael Ortega", "Fundador de Comunidad Finanzas 360", "Valencia",
  ("inm", "Te regalo nuestro informe de salarios de finanzas 2025", "Hola Alex, hemos publicado el informe de salarios del sector financiero 2025, con datos de 1.200 profesionales. Te lo regalo, ¿te lo mando?"),
  ("inm", "¿Qué te pareció el informe?", "Hola Alex, espero que el informe te haya sido útil. Por cierto, somos también consultora de selección: si necesitas cubrir una vacante en tu equipo, cobramos el 18% del salario bruto anual y garantizamos tres meses. ¿Hablamos?", LONG),
  ("inv", "Hola Alex, ¡conectemos!"))

# =============================================================== spoofs (notes written for this corpus)
SPOOF_BANKS = {
    "en": {"sales": ["Hi Alex, your vendor payment file failed validation. Please re-upload the remittance list via the secure portal below before 5pm today.",
                     "Alex, I've shared the revised Q4 budget with you on our document portal. You'll need to sign in with your work account to view it."],
           "pitch": ["Hi Alex, we'd be delighted to support Example Industries with our invoice financing line. Approval in 24 hours, just confirm your details on the link."]},
    "de": {"sales": ["Hallo Herr Morgan, die überarbeitete Rechnung liegt zur Freigabe bereit. Bitte melden Sie sich über den folgenden Link an."],
           "pitch": ["Guten Tag Herr Morgan, Ihr Unternehmen wurde für eine geförderte Prozessanalyse ausgewählt. Bestätigen Sie jetzt Ihre Teilnahme über den Link."]},
    "fr": {"sales": ["Bonjour Alex, je vous ai partagé un document confidentiel concernant la clôture. Connectez-vous pour le consulter."],
           "pitch": ["Bonjour Alex, votre entreprise est éligible à un remboursement de TVA accéléré. Confirmez vos coordonnées bancaires sur notre portail."]},
    "es": {"sales": ["Hola Alex, te compartí la factura pendiente en nuestro portal seguro. Inicia sesión para descargarla."],
           "pitch": ["Hola Alex, tu empresa fue preseleccionada para una línea de crédito sin garantías. Confirma tus datos hoy en el enlace."]},
    "it": {"sales": ["Ciao Alex, ti ho condiviso il file del bilancio revisionato. Accedi con le tue credenziali aziendali per visualizzarlo."],
           "pitch": ["Gentile Alex, la sua azienda ha diritto a un contributo a fondo perduto. Confermi i dati aziendali entro 48 ore tramite il link."]},
}
SPOOF_PHISH = {
    "en": ["Your account will be restricted in 24 hours. Verify your identity now to keep access."],
    "de": ["Ihr Konto wird in 24 Stunden eingeschränkt. Bestätigen Sie jetzt Ihre Identität."],
    "fr": ["Votre compte sera restreint sous 24 heures. Vérifiez votre identité dès maintenant."],
    "es": ["Tu cuenta será restringida en 24 horas. Verifica tu identidad ahora."],
    "it": ["Il tuo account sarà limitato entro 24 ore. Verifica subito la tua identità."],
}
SPOOF_SUBJECTS = {"en": ["Remittance file rejected", "Document shared with you"], "de": ["Rechnung wartet auf Freigabe", "Förderprogramm Prozessanalyse"],
                  "fr": ["Document confidentiel partagé", "Remboursement de TVA"], "es": ["Factura pendiente", "Crédito preaprobado"],
                  "it": ["Bilancio revisionato condiviso", "Contributo a fondo perduto"]}
NAMES = {"en": (["Callum", "Maisie", "Ravi", "Tessa", "Brody", "Ananya"], ["Whitcombe", "Abernethy", "Sethi", "Coulter", "Maddox", "Rowntree"]),
         "de": (["Lennart", "Frieda", "Till", "Henrike", "Mats", "Ursina"], ["Ostermann", "Pfister", "Gebauer", "Kündig", "Hollweg", "Sprenger"]),
         "fr": (["Gaël", "Solène", "Maxence", "Apolline", "Loïc", "Clémence"], ["Vautrin", "Pelletier", "Bazin", "Cormier", "Lemaire", "Texier"]),
         "es": (["Iñigo", "Ximena", "Bruno", "Renata", "Emiliano", "Abril"], ["Zubiri", "Olmedo", "Garza", "Villanueva", "Prieto", "Arancibia"]),
         "it": (["Tommaso", "Ginevra", "Edoardo", "Beatrice", "Nicolò", "Arianna"], ["Caputo", "Ferrante", "Bonomi", "Pellegrini", "Donati", "Santoro"])}
CITY = {"en": ["Leicester", "Cardiff", "Pittsburgh", "Hyderabad"], "de": ["Kassel", "Freiburg", "Innsbruck", "Zug"], "fr": ["Angers", "Reims", "Québec", "Limoges"],
        "es": ["Zaragoza", "Rosario", "Puebla", "Cali"], "it": ["Trento", "Lecce", "Parma", "Udine"]}
COMPANIES = {"good": ["Ashgrove Mills", "Kleinhaus Armaturen", "Papeterie du Jura", "Harinas del Ebro", "Vetreria Lagunare"],
             "sales": ["Quickfund Capital", "DocuPortal Pro", "Subsidia Direct", "TaxBack Express", "Creditia Rapid"]}
HEADLINES = {"good": ["Group Accountant at {co}", "Head of Controlling at {co}", "Finance Business Partner at {co}"],
             "sales": ["Client Success at {co}", "Account Manager at {co}", "Funding Specialist at {co}"]}
mc.BANKS = SPOOF_BANKS
mc.PHISH_NOTES = SPOOF_PHISH
mc.INMAIL_SUBJECTS = {lang: {"sales": subs} for lang, subs in SPOOF_SUBJECTS.items()}
mc.NAMES, mc.CITY, mc.COMPANIES, mc.HEADLINES = NAMES, CITY, COMPANIES, HEADLINES

# =============================================================== not LinkedIn
FOREIGN = [
    ("Priya Natarajan", "priya.natarajan@example-industries.example", "Re: FY budget pack – LinkedIn slide?",
     "Hi Alex,\n\nThanks for the draft. Marketing asked whether we should add a LinkedIn recruiting slide to the budget pack; I said it's a rounding error, but your call.\n\nCheers,\nPriya", "en"),
    ("XING", "noreply@mail.xing.example", "Sie haben 3 neue Kontaktanfragen",
     "Hallo Alex Morgan,\n\nSie haben 3 neue Kontaktanfragen auf XING. Jetzt ansehen und Ihr Netzwerk erweitern.\n\nIhr XING-Team", "de"),
    ("Club des Contrôleurs de Gestion", "contact@club-cdg.example", "Invitation : petit-déjeuner du 14 mars",
     "Bonjour Alex,\n\nLe prochain petit-déjeuner du club aura lieu le 14 mars à 8h. Au programme : le forecast glissant. Inscription gratuite pour les membres.\n\nÀ bientôt,\nLe bureau", "fr"),
    ("Recursos Humanos", "rrhh@example-industries.example", "Actualiza tu perfil de LinkedIn con el nuevo logo",
     "Hola a todos:\n\nHemos cambiado el logo corporativo. Os pedimos que actualicéis la empresa en vuestro perfil de LinkedIn antes del viernes.\n\nGracias,\nRRHH", "es"),
    ("Amministrazione Condominio", "amministrazione@condominio-verdi.example", "Convocazione assemblea",
     "Gentile Alex Morgan,\n\nsi comunica che l'assemblea condominiale è convocata per giovedì 21 alle ore 18. In allegato l'ordine del giorno.\n\nCordiali saluti", "it"),
    ("Calendly", "notifications@calendly.example", "New event: 30 min with Jordan (via LinkedIn)",
     "Hi Alex,\n\nA new event has been scheduled: 30 min intro call. Invitee found you via LinkedIn.\n\nCalendly", "en"),
]

HEADER = [f"# mailbot fourth development corpus (dev4). Generated by scripts/make_corpus_dev4.py (seed {SEED}); do not edit by hand.",
             "# Per-person stories stressing long and very short notes, regional registers, polite pitches and polite hostility; written without reading mailbot's signals or judge or earlier phrase banks. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev4", SEED, PEOPLE, FOREIGN, spoofs=10, other=8, header=HEADER)
