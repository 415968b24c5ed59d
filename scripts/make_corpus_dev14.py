#!/usr/bin/env python3
"""Write mailbot's fourteenth, independent development corpus: tests/corpus/dev14/*.eml + expected.toml.

The angle: the recruiting world, seen from a finance leader's inbox. Alex (a finance
controller / head of FP&A) hears from recruiters of every kind, and the corpus teaches
the difference the taxonomy implies:

- good: a recruiter (in-house, agency, headhunter, executive search, interim-management
  provider) who brings Alex a concrete role or mission FOR ALEX: permanent, interim,
  freelance or fractional, with salary, day rate ("tarifa diaria", "tariffa giornaliera",
  "Tagessatz", "TJM"), location and reporting line; follow-ups about the same role; the
  job description; a peer who refers Alex; job seekers and graduates asking Alex for a
  job, a referral, an internship or advice;
- bad: staffing, interim and recruitment agencies selling their services to Alex as a
  hiring manager ("do you have open positions?"), fee talk, unsolicited candidate CVs,
  RPO / EOR / payroll, assessment tools, job boards selling ads, CV-writing and career
  coaching pitched to Alex;
- ugly: a "role" that turns into a pitch for the agency (bait and switch), recruiters and
  job seekers who turn hostile when ignored, endorsements followed by "endorse me back,
  it helps my job search".

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals or judge or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev14.py              # writes tests/corpus/dev14
    python scripts/make_corpus_dev14.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260614

from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Nuria Castell", "Executive Search | Práctica CFO y Finanzas | Castell & Ribas", "Barcelona",
  ("inv", "Hola Alex, llevo la búsqueda de Director/a Financiero/a para un grupo alimentario familiar en Lleida (600 M€ de facturación). "
          "Reporta al CEO, equipo de 14 personas, 110-125k fijo + 20% variable. Tu paso por control de gestión industrial encaja muy bien. ¿Hablamos?"),
  ("rem",))
P("good_invitation", "it", "Federica Lanzoni", "Talent Acquisition Partner | Gruppo farmaceutico", "Padova",
  ("inv", "Buongiorno Alex, sono la recruiter interna di un gruppo farmaceutico veneto. Cerchiamo un/una Responsabile Controllo di Gestione "
          "a Padova, riporto diretto al CFO, RAL 85-95k più bonus, ibrido 3 giorni in sede. Il tuo profilo mi sembra molto in linea: ti interessa saperne di più?"),
  ("rem",))
P("good_invitation", "de", "Henrik Vogt", "Partner | Interim Management Finance | Vogt & Sander", "München",
  ("inv", "Guten Tag Alex, für einen Automobilzulieferer im Raum Stuttgart suche ich einen Interim-CFO für einen Carve-out: "
          "6 Monate ab Juni, 4 Tage vor Ort, Tagessatz 1.300–1.500 €, Berichtslinie an die Geschäftsführung. Haben Sie Interesse? Dann schicke ich Ihnen gern Details."))
P("good_invitation", "fr", "Camille Rouvière", "Consultante Management de transition | Direction financière", "Lyon",
  ("inv", "Bonjour Alex, je cherche un(e) DAF de transition pour une ETI de Grenoble : mission de 4 mois, démarrage sous 3 semaines, "
          "TJM autour de 1 100 €, rattachement au Président. Votre expérience de clôture et de refinancement correspond bien. Seriez-vous ouvert à en discuter ?"),
  ("rem",))
P("good_invitation", "en", "Priya Raman", "Senior Finance Manager | ex-Deloitte", "London",
  ("inv", "Hi Alex - we met briefly at the FP&A roundtable in March. My former boss is now CFO at a Series C fintech and is looking for a Head of FP&A. "
          "I mentioned your name (hope that's ok!). If you're open to it I'll pass on your details, or you can ping her directly."),
  ("rem",))
P("good_invitation", "es", "Lucas Ferrer", "Graduado en ADE | Buscando prácticas en finanzas", "Valencia",
  ("inv", "Hola Alex, acabo de terminar ADE en la UV y estoy buscando prácticas en control de gestión. "
          "Sé que es mucho pedir, pero ¿sabes si vuestro equipo acoge becarios? Cualquier consejo me vendría genial. ¡Gracias!"))
P("good_invitation", "it", "Matteo Guidi", "Controller junior | in cerca di nuove opportunità", "Torino",
  ("inv", "ciao Alex, scusa l'intrusione. Lavoro da 3 anni nel controllo di gestione e vorrei passare all'FP&A. "
          "Se avessi 10 minuti mi piacerebbe chiederti come hai fatto tu il salto, e se nella tua azienda cercate qualcuno. grazie in ogni caso"))


# =============================================================== default_invitation
P("default_invitation", "it", "Simone Ricci", "Head Hunter | Finance & Accounting", "Milano", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Marina Soler", "Account Manager | Trabajo temporal y selección", "Zaragoza", ("inv", NONOTE))
P("default_invitation", "de", "Jan Petersen", "Recruiter | IT & Finance | Personaldienstleistung", "Hamburg", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Rocío Navarro", "Business Manager | Interim & Staffing Finanzas | TalentBridge", "Madrid",
  ("inv", "Hola Alex! En TalentBridge colocamos controllers y contables interinos en menos de 10 días, sin coste hasta la incorporación. "
          "¿Tenéis alguna vacante abierta en el área financiera ahora mismo? Me encantaría ayudaros."))
P("sales_invitation", "it", "Alessandro Conti", "Business Developer | RPO & Employer Branding", "Milano",
  ("inv", "Buongiorno Alex, gestiamo in outsourcing l'intero processo di recruiting (RPO) per aziende come la vostra, con un risparmio medio del 30% "
          "sui costi di selezione. Avete posizioni aperte in ambito finance? Volentieri le presento il nostro modello in una call."))
P("sales_invitation", "fr", "Sophie Marchetti", "Coach carrière | Cadres financiers | Bilan de compétences", "Nantes",
  ("inv", "Bonjour Alex, après quelques années à un poste de contrôleur, beaucoup de cadres finance se sentent plafonnés. "
          "J'accompagne les profils comme le vôtre vers un poste de DAF en 12 semaines (programme éligible CPF). Un premier échange offert ?"))
P("sales_invitation", "en", "Gavin Holt", "Commercial Director | FinanceCareers job board", "Manchester",
  ("inv", "Alex, hiring finance talent is tough right now. FinanceCareers reaches 180k qualified accountants; a featured ad is £395 "
          "or 5 for £1,500 this month. Shall I send the media pack?"))
P("sales_invitation", "de", "Sabine Krüger", "Key Account Managerin | Personalvermittlung Finance & Accounting", "Düsseldorf",
  ("inv", "Hallo Alex, wir vermitteln Fach- und Führungskräfte im Rechnungswesen und Controlling – Erfolgshonorar nur 20 % des Jahresgehalts, "
          "6 Monate Nachbesetzungsgarantie. Haben Sie aktuell Bedarf? Ich freue mich auf den Austausch!"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Iván Galindo", "Headhunter | Finance & Controlling | Galindo Talent", "Madrid",
  ("inv", "Hola Alex, tengo abierto un proceso de Head of Controlling en Madrid (multinacional industrial, 95-105k) que creo que puede encajar contigo. ¿Conectamos y te cuento?"),
  ("msg", "Gracias por aceptar, Alex. Te soy sincero: el proceso se ha quedado en pausa por parte del cliente. Pero aprovecho: ¿tenéis vacantes en tu equipo? "
          "Trabajamos solo a éxito (18% del bruto anual) y tenemos una base de más de 2.000 perfiles financieros."),
  ("msg", "Alex, ¿te envío nuestra propuesta de colaboración? Si firmamos exclusividad este trimestre te lo dejo en el 15%.", (5, 12)))
P("bait_and_switch_invitation", "it", "Davide Marchi", "Executive Recruiter | CFO & Finance Leadership", "Bologna",
  ("inv", "Buongiorno Alex, ho un mandato riservato per un Direttore Amministrazione, Finanza e Controllo in Emilia, RAL 140k + MBO. Ti interessa? Collegamoci così ti racconto."),
  ("msg", "Grazie per il collegamento! Purtroppo nel frattempo il cliente ha chiuso la posizione con un candidato interno. Visto il tuo ruolo, però: "
          "se state cercando persone in amministrazione posso presentarti subito 3 candidati già valutati. Fee al 15%, pagamento solo a inserimento."))
P("bait_and_switch_invitation", "de", "Florian Brandt", "Gründer | CFO Circle DACH | Interim Provider", "Berlin",
  ("inv", "Hallo Alex, wir sind ein kostenfreier Austauschkreis für Finanzverantwortliche – ein Abend im Quartal, keine Vorträge, nur Erfahrungsaustausch. Darf ich Sie einladen?"),
  ("msg", "Danke für die Vernetzung! Neben dem Circle vermitteln wir übrigens Interim-Controller und -Buchhalter, verfügbar innerhalb von 10 Tagen. Haben Sie aktuell Bedarf? "
          "Ich schicke Ihnen gern unsere Konditionen."),
  ("msg", "Kurze Nachfrage zu meiner letzten Nachricht – gerade zum Jahresabschluss sind unsere Interims sehr gefragt. Wollen wir 15 Minuten telefonieren?", (6, 14)))
P("bait_and_switch_invitation", "en", "Natalie Brooks", "Talent Partner | Finance & Accounting Search", "Leeds",
  ("inv", "Hi Alex, I'm working on a Financial Controller role in Leeds, £90-95k + 15% bonus, hybrid, reporting to the Group FD. You came straight to mind. Open to a chat?"),
  ("msg", "Great to connect, Alex! Honestly, I'd love to understand your own hiring plans for 2026 first, we placed 40+ finance people across Yorkshire last year. "
          "Could we grab 20 minutes so I can learn about your team's needs?"),
  ("msg", "Hi Alex, following up. If you give us the mandate on an exclusive basis we can drop our fee to 12%. Let me know when suits!", (4, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Beatriz Medina", "Senior Consultant | Selección de mandos intermedios", "Sevilla",
  ("inm", "Oportunidad: Controller Financiero en Sevilla",
   "Hola Alex, ¿qué tal? Estoy buscando un Controller Financiero para una empresa de energía renovable en Sevilla, 65-72k + variable, reportando al CFO. "
   "Creo que tu perfil encaja. ¿Te interesaría que lo comentemos?"),
  ("inm", "Re: Oportunidad: Controller Financiero en Sevilla",
   "Alex, te cuento: la posición ya se ha cubierto. Pero me gustaría saber si en tu empresa tenéis necesidades de selección; además de reclutamiento hacemos "
   "evaluaciones psicométricas y assessment centers. ¿Te paso una propuesta?"),
  ("inm", "Propuesta de colaboración", "Hola de nuevo, Alex. Te adjunto nuestras tarifas de selección (16% del salario bruto) y de assessment. ¿Agendamos 20 minutos?", (6, 14)))
P("bait_and_switch_inmail", "it", "Lorenzo Pellegrini", "Interim Management Partner | Finance", "Verona",
  ("inm", "Incarico interim: CFO per 9 mesi",
   "Ciao Alex, un'azienda meccanica vicino a Verona cerca un CFO ad interim per 9 mesi (riorganizzazione e rinegoziazione del debito). "
   "Tariffa giornaliera 900-1.000€, 3 giorni a settimana in sede. Ti interessa?"),
  ("inm", "Una proposta diversa",
   "Alex, il cliente alla fine ha scelto un altro profilo. Ma visto che guidi un team finance: forniamo temporary manager e controller in staff leasing "
   "in 2 settimane. Avete posizioni aperte o progetti in arrivo? Possiamo sentirci giovedì?"),
  ("inm", "Re: Una proposta diversa", "Ti riscrivo per sapere se hai visto la mia proposta. Ti allego le nostre condizioni, valide fino a fine mese.", (5, 12)))
P("bait_and_switch_inmail", "en", "Ryan Gallagher", "Recruitment Director | Accountancy & Finance", "Dublin",
  ("inm", "Fractional FP&A lead - 2 days/week",
   "Hi Alex, a PE-backed SaaS business in Dublin needs a fractional FP&A lead, 2 days a week for 6 months, €850/day, reporting to the CEO. "
   "Would that kind of arrangement interest you alongside your current role?"),
  ("inm", "Quick change of plan",
   "Alex, the client has decided to hire permanently instead, so the fractional gig is off. That said, we also run an Employer of Record and contractor payroll "
   "service, ideal if your company is hiring in Ireland without an entity. Can I send you pricing?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Giorgia Sala", "Analista finanziaria | Open to work", "Bergamo",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho segnalato per {skill} e un'altra competenza 😊 Sto cercando lavoro e so che i recruiter guardano le conferme sul profilo. "
          "Mi faresti lo stesso favore per Excel e Reporting? Grazie mille!!"))
P("endorse_me_back", "es", "Sergio Campos", "Controller | En búsqueda activa de empleo", "Málaga",
  ("end",), ("end",),
  ("msg", "Hola Alex, te he validado en {skill}. Estoy en búsqueda activa de empleo y las validaciones me ayudan mucho con los reclutadores. "
          "¿Me podrías validar tú en SAP y Consolidación? Te lo agradezco de corazón."))
P("endorse_me_back", "de", "Daniel Osei", "Finance Business Partner | Open to new opportunities", "Birmingham",
  ("end",), ("end",),
  ("msg", "Hey Alex, I've endorsed you for a couple of skills. I'm in the middle of a job search, would you mind returning the favour? Budgeting and Forecasting would be ideal. Cheers"), nl="en")
P("endorse_me_back", "fr", "Élodie Garnier", "Contrôleuse de gestion | En recherche active", "Toulouse",
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill}. Je suis en pleine recherche d'emploi : pourriez-vous me recommander en retour pour le contrôle de gestion ? "
          "Ça me donnerait un vrai coup de pouce. Merci d'avance !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Raúl Ortiz", "Analista financiero | Busco empleo", "Madrid",
  ("inv", "Hola Alex, soy analista financiero con 4 años de experiencia y estoy buscando trabajo. ¿Hay alguna vacante en tu equipo? Te puedo enviar mi CV."),
  ("rem",),
  ("inm", "Sin respuesta", "Veo que ni te molestas en contestar. Los que llegáis arriba os olvidáis muy rápido de dónde venís. Qué falta de respeto, de verdad."))
P("hostility_after_decline", "it", "Paolo Ferri", "Head Hunter | Finance Executive Search", "Milano",
  ("inv", "Buongiorno Alex, ho un ruolo da CFO per una PMI quotata a Milano, RAL 150k + LTI. Ti interessa? Collegamoci."),
  ("rem",),
  ("inm", "Posizione CFO",
   "Alex, ti ho scritto più volte per una posizione che avrebbe cambiato la tua carriera. Non rispondere nemmeno è davvero poco professionale. "
   "Nel nostro settore la reputazione conta: me ne ricorderò."))
P("hostility_after_decline", "de", "Kevin Schubert", "Junior Controller | auf Jobsuche", "Leipzig",
  ("inv", "Hallo Alex, ich suche gerade eine neue Stelle im Controlling. Würden Sie mich ggf. intern weiterempfehlen? Ich schicke gern meinen Lebenslauf."),
  ("rem",),
  ("inm", "Keine Antwort?",
   "Na toll. Zwei Wochen keine Reaktion. Von jemandem in Ihrer Position hätte ich mehr Anstand erwartet. Aber so ist das eben mit euch Führungskräften."))
P("hostility_after_decline", "en", "Tyler Brennan", "Recruiter | Finance & Accounting Contract", "Bristol",
  ("inv", "Hi Alex, we supply contract accountants and part-qualified staff across the South West, usually within 48 hours. Any open roles on your side?"),
  ("rem",),
  ("inm", "Manners",
   "Wow. Not even a 'no thanks'. I get that you're busy but it takes two seconds to decline properly. Pretty rude, Alex."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Alberto Reyes", "Director | Consultora de selección e interim", "Bilbao",
  ("msg", "Hola Alex, ¿qué tal va el cierre? Te escribo porque estamos ayudando a varias empresas del País Vasco con controllers interinos. ¿Tenéis vacantes o bajas que cubrir?"),
  ("msg", "Alex, te reenvío lo anterior. Tenemos dos perfiles senior disponibles ya mismo.", (5, 10)),
  ("msg", "Llevo tres mensajes y ni un 'no, gracias'. Si no te interesa, dilo, pero ignorar a la gente es de muy mala educación. Pensaba que eras más profesional.", (7, 15)))
P("hostility_connection", "it", "Valentina Greco", "Career Coach | Manager in transizione", "Firenze",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Lavoro con manager della finanza che vogliono crescere verso ruoli da CFO: percorso di 8 sessioni, primo colloquio gratuito. Ti va di fissarlo?"),
  ("msg", "Capisco che tu non abbia tempo di rispondere, ma forse è proprio questo il tuo problema di carriera. Chi non sa ascoltare non diventerà mai CFO. Buona fortuna.", (10, 20)))
P("hostility_connection", "fr", "Thomas Vidal", "Chargé d'affaires | Intérim cadres finance", "Marseille",
  ("msg", "Bonjour Alex, nous plaçons des comptables et contrôleurs intérimaires en 72 h dans toute la région PACA. Avez-vous des besoins en ce moment ?"),
  ("msg", "Alex, je relance : clôture annuelle, arrêts maladie, pics d'activité... nous avons des profils dispos dès lundi.", (6, 12)),
  ("msg", "Franchement, c'est lamentable de ne même pas répondre. On prend le temps de vous écrire, la moindre des choses serait un mot. Je vous retire de mes contacts.", (8, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Cristina Lozano", "Key Account | ETT y outsourcing de nóminas", "Valencia",
  ("msg", "Hola Alex! Te cuento que gestionamos nóminas y contratación de temporales para empresas de más de 200 empleados, y también ofrecemos EOR para contratar en Portugal o México sin sociedad. ¿Lo vemos en una llamada?"),
  ("msg", "Buenas Alex, ¿pudiste ver mi mensaje? Este mes hacemos el estudio de costes de nómina gratis.", (7, 14)),
  ("msg", "Alex, último intento 🙂 ¿Te dejo un presupuesto orientativo para externalizar las nóminas y los temporales del verano?", (10, 20)))
P("connection_only_pitches", "it", "Nicola Barbieri", "Business Manager | Ricerca e Selezione AFC", "Brescia",
  ("msg", "Ciao Alex, ti giro in allegato il profilo di una candidata molto valida: controller senior, 8 anni in multinazionale, disponibile da subito. "
          "Se vi interessa organizzo un colloquio; le nostre condizioni sono il 16% della RAL."),
  ("msg", "Ciao Alex, altro profilo interessante per il tuo team: analista FP&A, inglese fluente, RAL attuale 45k. Fammi sapere se vuoi il CV completo!", (8, 20)),
  ("msg", "Ciao Alex, ultimo candidato di questo mese: tesoriere junior. Avete posizioni aperte? Ti mando il CV?", (10, 25)))
P("connection_only_pitches", "de", "Anja Hartmann", "Sales | Online-Assessments & Eignungsdiagnostik", "Köln",
  ("msg", "Hallo Alex, wie treffen Sie aktuell Auswahlentscheidungen im Finanzteam? Mit unseren Online-Assessments sinkt die Fehlbesetzungsquote nachweislich um 40 %. Darf ich Ihnen eine Demo zeigen?"),
  ("msg", "Hallo Alex, kurzer Reminder: Bis Ende des Monats gibt es 3 Testlizenzen kostenlos. Ein Termin diese Woche?", (6, 15)))
P("connection_only_pitches", "it", "Oliver Grant", "Founder | Interim Finance Talent", "London",
  ("msg", "Alex, quick one. We place interim controllers and FP&A analysts within 10 days, fully vetted. Do you have open positions or cover you need for year-end?"),
  ("msg", "Hi Alex, bumping this. If you sign up as a preferred supplier this quarter, our margin on day rates drops to 18%. Worth a call?", (5, 12)), nl="en")


# =============================================================== single_pitch
P("single_pitch", "it", "Roberta Gallo", "Account Manager | Agenzia per il lavoro", "Napoli",
  ("msg", "Buongiorno Alex, siamo un'agenzia per il lavoro con filiali in tutto il Sud. Avete posizioni aperte in amministrazione o contabilità? Possiamo inviarvi candidati selezionati già da domani."))
P("single_pitch", "es", "Jorge Salinas", "Consultor | Reclutamiento IT y Finanzas", "Madrid",
  ("msg", "Hola Alex, te adjunto el CV de un controller con mucha experiencia en SAP S/4HANA, buscando cambio. Si os encaja, nuestros honorarios son del 20% y garantía de 3 meses. ¡Saludos!"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Elena Márquez", "Headhunter | Finance Practice | Márquez Search", "Madrid",
  ("msg", "Hola Alex, ¿cómo estás? Tengo encima de la mesa una posición de Director/a de Control de Gestión para un grupo de distribución en Madrid: "
          "reporta al CFO, 100-115k + 25% bonus, 2 días de teletrabajo. Me acordé de ti enseguida. ¿Hablamos esta semana?"),
  ("msg", "Te paso la descripción completa del puesto y el organigrama (por aquí mismo). La primera ronda con el CFO sería a mediados de mes. Sin presión, dime qué te parece.", (2, 6)),
  ("msg", "Alex, ¡genial la llamada! Te confirmo la entrevista con el CFO el jueves 14 a las 10:00 en sus oficinas de Alcobendas. Cualquier duda, aquí estoy.", (4, 9)))
P("connection_brings_value", "it", "Stefano Rinaldi", "Direttore Finanziario | Gruppo logistico", "Genova",
  ("msg", "Ciao Alex, il mio ex capo ora è CFO in un gruppo di Milano e cerca un Head of FP&A. Gli ho fatto il tuo nome perché mi sembri perfetto. "
          "Ti va che gli passi il tuo contatto? Nessun problema se non sei interessato."),
  ("msg", "Fatto, gli ho girato il tuo profilo. Si chiama Luca Bernardi, ti scriverà lui direttamente in settimana. In bocca al lupo!", (2, 5)))
P("connection_brings_value", "en", "Hannah Kowalski", "In-house Recruiter | Finance | Northwind Retail", "Manchester",
  ("end",),
  ("msg", "Hi Alex! I'm hiring a Head of Financial Planning here at Northwind (permanent, £110k + car + bonus, reporting to our CFO, Manchester 3 days a week). "
          "Your background in retail forecasting is exactly what we need. Fancy a chat?"),
  ("msg", "Morning Alex, just checking you saw this - the hiring manager would happily do an informal coffee first if that's easier than a formal interview.", (6, 12)))
P("connection_brings_value", "de", "Claudia Becker", "Partnerin | Executive Search | CFO-Practice", "Frankfurt am Main",
  ("msg", "Lieber Alex, ein börsennotierter Mittelständler sucht einen Fractional CFO: 2 Tage pro Woche für 12 Monate, Tagessatz 1.400 €, Berichtslinie an den Aufsichtsrat. "
          "Wäre das etwas für Sie, neben Ihrer jetzigen Rolle oder als nächster Schritt?"),
  ("msg", "Hallo Alex, anbei wie besprochen die Mandatsbeschreibung. Ich würde Sie gern bis Freitag beim Kunden vorstellen, wenn Sie einverstanden sind.", (3, 7)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Pilar Domínguez", "Talent Acquisition Lead | Grupo hotelero", "Palma",
  ("inm", "Responsable de FP&A - Palma",
   "Hola Alex, soy Pilar, del equipo de Talento de un grupo hotelero con sede en Palma. Buscamos Responsable de FP&A, 75-85k, reportando al CFO, "
   "con un equipo de 3. Creo que tu experiencia encaja muy bien. ¿Hablamos?"),
  ("inm", "Re: Responsable de FP&A - Palma",
   "Alex, te comparto la oferta completa: incorporación en enero, 23 días de vacaciones + estancias en nuestros hoteles, y posibilidad de 1 día de teletrabajo. "
   "Si prefieres, te llamo yo cuando te venga bien."))
P("stranger_inmail_recruiter", "es", "Tomás Aguirre", "Interim Management | Finanzas | Aguirre & Co.", "Barcelona",
  ("inm", "Misión interim 6 meses - Dirección Financiera",
   "Buenas tardes Alex. Un cliente del sector químico en Tarragona necesita un Director Financiero interino durante 6 meses (sustitución y cierre del ejercicio). "
   "Tarifa diaria: 750 €, 4 días presenciales. ¿Te encajaría en tus planes?"),
  ("inm", "Re: Misión interim 6 meses - Dirección Financiera",
   "Alex, te escribo de nuevo por si se te pasó: el cliente querría empezar el 1 de septiembre. Si no te encaja, ¿quizás conoces a alguien? Un saludo."))
P("stranger_inmail_recruiter", "it", "Martina Colombo", "Senior Recruiter | Finance & Controlling", "Milano",
  ("inm", "Controller freelance - 3 giorni/settimana",
   "Ciao Alex, cerco un controller freelance per una scale-up milanese: 3 giorni a settimana per 6 mesi, tariffa giornaliera 550-600€, in gran parte da remoto, "
   "riporto al CEO. Ti interessa?"),
  ("inm", "Re: Controller freelance - 3 giorni/settimana",
   "Ciao Alex, riprendo il messaggio della settimana scorsa: il cliente ha confermato il budget e vorrebbe partire a ottobre. Se non è il momento giusto per te, "
   "nessun problema, dimmelo pure così non ti disturbo più."))
P("stranger_inmail_recruiter", "it", "Filippo Mariani", "HR Business Partner | Talent Acquisition | Gruppo moda", "Firenze",
  ("inm", "Head of Controlling - Firenze",
   "Gentile Alex, per il nostro gruppo (abbigliamento, 4 marchi) stiamo cercando un Head of Controlling a Firenze, riporto al CFO, RAL 110-120k + bonus + auto. "
   "Saremmo felici di conoscerti."),
  ("inm", "Re: Head of Controlling - Firenze",
   "Ciao Alex, ti allego la job description completa come promesso. Se ti va, il CFO è disponibile per una prima chiacchierata anche in videocall."))
P("stranger_inmail_recruiter", "fr", "Aurélie Fabre", "Chargée de recrutement | Direction financière", "Paris",
  ("inm", "DAF à temps partagé - 2 jours/semaine",
   "Bonjour Alex, une PME de la tech (80 personnes) cherche un DAF à temps partagé, 2 jours par semaine, TJM de 900 €, mission d'au moins un an. "
   "Seriez-vous ouvert à en discuter ?"))
P("stranger_inmail_recruiter", "es", "Megan Fischer", "Recruiter (in-house) | Atlas Pharma", "Dublin",
  ("inm", "Head of FP&A - Atlas Pharma",
   "Hi Alex, I'm an in-house recruiter at Atlas Pharma. We're hiring a Head of FP&A for our Madrid hub, €120k + 20% bonus, hybrid, reporting to the VP Finance Europe. "
   "Would you be open to a 20-minute call?"), nl="en")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Ana Ruiz", "Sales | Portal de empleo para perfiles financieros", "Madrid",
  ("inm", "Publica tus ofertas de finanzas",
   "Hola Alex, ¿estás buscando talento financiero? Con nuestro pack Premium publicas 10 ofertas destacadas por 890 € y llegas a 60.000 candidatos. ¿Te envío la tarifa?"))
P("stranger_inmail_sales", "it", "Giacomo Moretti", "Sales Executive | Employer of Record & Payroll", "Milano",
  ("inm", "Assumere all'estero senza aprire una società",
   "Buongiorno Alex, con il nostro servizio di Employer of Record potete assumere in 150 paesi in 48 ore, con paghe e contributi gestiti da noi. Possiamo fissare una demo?"),
  ("inm", "Re: Assumere all'estero senza aprire una società", "Alex, ti scrivo di nuovo: fino a fine mese il primo dipendente è gratis per 3 mesi. Ti interessa?"))
P("stranger_inmail_sales", "en", "Chris Donovan", "Career Strategist | I help finance leaders land C-suite roles", "London",
  ("inm", "Your path to CFO",
   "Alex, most controllers wait 7+ years for the CFO seat. My clients do it in 18 months. My 1:1 programme covers positioning, CV, LinkedIn and salary negotiation. "
   "Book a free strategy call: calendly.com/chrisdonovan"))
P("stranger_inmail_sales", "de", "Nina Lorenz", "Partnerin | Karriereberatung & Outplacement", "Hamburg",
  ("inm", "Ihr Lebenslauf",
   "Hallo Alex, Ihr Profil ist stark, aber Ihr Lebenslauf verkauft Sie vermutlich unter Wert. Wir optimieren CV und LinkedIn-Profil für Finanzführungskräfte, Festpreis 690 €. Interesse?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Laura Benítez", "Headhunter | Mandos financieros", "Madrid",
  ("inv", "Hola Alex, estoy buscando un/a Controller Corporativo/a para una cotizada de infraestructuras, Madrid, 90k + bonus, reporta al CFO. ¿Te cuento?"),
  ("msg", "¡Gracias por conectar! Te paso la descripción del puesto. El proceso arranca en dos semanas; si te interesa, lo hablamos por teléfono."),
  ("msg", "Hola Alex, por cierto, ya que diriges un equipo: ¿tenéis vacantes en finanzas? Te hago condiciones especiales, 14% y garantía de 6 meses. "
          "¿Te mando el contrato marco?", (12, 25)))
P("good_turns_ugly", "it", "Riccardo Fabbri", "Executive Search | CFO Practice", "Milano",
  ("inv", "Buongiorno Alex, seguo la ricerca di un Group Controller per un gruppo alimentare a Parma, RAL 100k. Ti andrebbe di parlarne?"),
  ("msg", "Ciao Alex, ecco la job description. Il cliente vorrebbe chiudere la shortlist entro fine mese."),
  ("msg", "Alex, aggiornamento: la ricerca è in stand-by. Nel frattempo ti allego i CV di due controller che stiamo seguendo, magari fanno al caso vostro. "
          "Le nostre condizioni sono il 18% della RAL.", (15, 30)),
  ("msg", "Ciao Alex, hai avuto modo di guardare i CV? Avete posizioni aperte?", (5, 10)))
P("good_turns_ugly", "fr", "Antoine Mercier", "Contrôleur de gestion senior | DFCG Nord", "Lille",
  ("inv", "Bonjour Alex, notre DAF cherche un responsable FP&A et j'ai pensé à vous après votre intervention à la DFCG. Je peux vous mettre en relation si cela vous intéresse."),
  ("msg", "Comme promis : CDI à Lille, rattaché au DAF, autour de 85 k€. Je lui ai transmis votre nom, il attend votre appel."),
  ("end",),
  ("msg", "Bonjour Alex, je vous ai recommandé pour {skill}. De mon côté je suis aussi en recherche d'un nouveau poste : pourriez-vous me recommander en retour ? "
          "Ça aiderait beaucoup ma candidature.", (1, 5)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Elisa Marino", "Business Developer | Somministrazione e Staffing", "Torino",
  ("inm", "Personale in somministrazione",
   "Buongiorno Alex, siamo un'agenzia per il lavoro specializzata in profili amministrativi. Avete posizioni aperte? Vi inviamo candidati in 48 ore."),
  ("inv", "Ciao Alex, mi farebbe piacere averti nella mia rete, seguo sempre i tuoi post sul controllo di gestione."))
P("reinvite_known_bad", "es", "Diego Herrera", "Reclutador | ETT", "Sevilla",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, estoy llevando un proceso de Controller en Sevilla que podría interesarte. ¿Conectamos?"))
P("reinvite_known_bad", "de", "Melanie Vogel", "Vertrieb | Stellenbörse für Finanzberufe", "Berlin",
  ("inv", "Hallo Alex, suchen Sie Verstärkung im Controlling? Auf unserer Stellenbörse erreichen Sie 90.000 Finanzprofis – Anzeige ab 449 €."),
  ("rem",),
  ("inv", "Hallo Alex, ich würde mich freuen, wenn wir uns vernetzen – ich teile regelmäßig Gehaltsstudien für Controller."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Marcos Iglesias", "Contable | Busco empleo", "Granada",
  ("inm", "Busco trabajo", "Hola Alex, soy contable y llevo meses buscando trabajo. ¿Podrías tenerme en cuenta si sale algo en tu empresa? Gracias."),
  ("inm", "Re: Busco trabajo", "Ya veo que no contestas. Típico. Mucho postear sobre liderazgo y luego no tienes ni la decencia de responder a alguien que pide ayuda."),
  ("inv", "Hola Alex, disculpa el tono de mi último mensaje, fue una mala semana. ¿Conectamos?"))
P("reinvite_known_ugly", "it", "Gianluca Serra", "Recruiter | Finance Interim", "Cagliari",
  ("inm", "Ruolo interim - Responsabile amministrativo",
   "Ciao Alex, ho un incarico interim da Responsabile amministrativo per 6 mesi, tariffa giornaliera 600€. Possiamo sentirci?"),
  ("inm", "Re: Ruolo interim - Responsabile amministrativo",
   "Alex, l'incarico è saltato. Però ti propongo i nostri servizi: possiamo coprire ferie e maternità del tuo team con nostri interim a 380€/giorno. Avete necessità?"),
  ("inv", "Ciao Alex, colleghiamoci! Ho sempre ruoli interessanti nel finance."))
P("reinvite_known_ugly", "fr", "Nicolas Perrin", "Chasseur de têtes | Finance", "Paris",
  ("inv", "Bonjour Alex, j'aimerais vous présenter une opportunité de DAF, on se connecte ?"),
  ("inm", "Relance", "Mon invitation, ma relance, et toujours rien. C'est d'un mépris... Dans ce métier, les gens se souviennent de ce genre de comportement, croyez-moi."),
  ("inv", "Bonjour Alex, nouvelle tentative : j'ai plusieurs postes de direction financière à vous présenter."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Irene Castro", "Headhunter | Selección de directivos", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! ¿Estáis creciendo en el área financiera? Si tenéis vacantes, nos encantaría llevar el proceso; trabajamos a éxito."))
P("user_invited_pitch_once", "de", "Patrick Wolf", "Recruiting-Berater | Finance & Accounting", "Stuttgart",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Ich hätte da einen sehr guten Bilanzbuchhalter, der sofort verfügbar ist. Soll ich Ihnen das anonymisierte Profil schicken? Honorar 22 %."))
P("user_invited_pitch_once", "it", "Sara Esposito", "Consulente HR | Assessment e formazione", "Roma",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Ne approfitto: facciamo assessment delle competenze per team amministrativi, in 2 settimane avete la mappa completa. Ti mando la brochure?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Fabio Longo", "Branch Manager | Agenzia per il lavoro", "Bari",
  ("acc",),
  ("msg", "Ciao Alex, grazie del collegamento! Siamo un'agenzia per il lavoro: se avete bisogno di contabili o impiegati amministrativi in somministrazione, siamo qui. Avete posizioni aperte?"),
  ("msg", "Buongiorno Alex, ti ricontatto per la nostra offerta: per i nuovi clienti il primo mese di margine è scontato del 50%. Ci sentiamo?", (8, 18)))
P("user_invited_pitch_twice", "es", "Carla Méndez", "Consultora | RPO y Employer Branding", "Barcelona",
  ("acc",),
  ("msg", "¡Hola Alex! Gracias por conectar. Ayudamos a departamentos financieros a reducir el time-to-hire a la mitad con nuestro modelo RPO. ¿Tenéis procesos abiertos?"),
  ("msg", "Alex, ¿te viene bien una llamada de 15 minutos el jueves para contarte el modelo? Te dejo mi agenda.", (5, 11)))
P("user_invited_pitch_twice", "en", "Stuart Bell", "Director | Interim Finance Bench", "Edinburgh",
  ("acc",),
  ("msg", "Thanks for connecting Alex. We have 25 interim finance managers ready to start, day rates from £450. Any gaps in your team I could help fill?"),
  ("msg", "Hi Alex, two of our best interim controllers just became available. Shall I send their CVs over? Our terms are in the attached sheet.", (6, 14)))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Alessia Vitale", "Head Hunter | Amministrazione, Finanza e Controllo", "Milano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Ho proprio ora un mandato che potrebbe interessarti: CFO per una società di servizi a Bergamo, 130-140k + bonus, "
          "riporto all'AD. Ti mando la job description?"))
P("user_invited_value", "es", "Gonzalo Pardo", "Partner | Executive Search", "Madrid",
  ("acc",),
  ("msg", "Alex, gracias por contactar. Justo tengo una misión interim que podría encajarte: Director Financiero para una startup de logística, 5 meses, "
          "tarifa diaria de 800 €, remoto con viajes a Valencia. Te envío el detalle y lo hablamos."))
P("user_invited_value", "fr", "Hélène Barre", "Associée | Management de transition finance", "Paris",
  ("acc",),
  ("msg", "Merci pour votre invitation, Alex. Suite à notre échange : voici la fiche de mission dont je vous parlais (directeur financier de transition, 6 mois, "
          "TJM 1 200 €, Rouen). Dites-moi si vous souhaitez que je vous présente au client."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Rubén Molina", "Director de Personas | Grupo industrial", "Vitoria", ("acc",))
P("acceptance_only", "it", "Laura Testa", "CFO | Gruppo editoriale", "Milano", ("acc",))
P("lone_endorsement", "it", "Pietro Caruso", "Controller | Gruppo alimentare", "Parma", ("end",))
P("lone_endorsement", "es", "Noelia Vega", "Analista FP&A", "Madrid", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Nuria Castell", "nuria.castell@castellribas.example", "Director/a Financiero/a - descripción del puesto",
     "Hola Alex,\n\nComo te comenté por LinkedIn, te adjunto la descripción del puesto de Director/a Financiero/a en Lleida. "
     "Si te encaja, podríamos vernos la semana que viene.\n\nUn abrazo,\nNuria", "es"),
    ("TalentBridge", "info@talentbridge.example", "¿Necesitas un controller interino?",
     "Hola,\n\nColocamos perfiles financieros interinos en 10 días. Síguenos en LinkedIn para conocer nuestros casos de éxito. "
     "Para darte de baja, responde BAJA.", "es"),
    ("Ufficio Risorse Umane", "hr@example-industries.example", "Pubblicazione annuncio Analista FP&A su LinkedIn",
     "Ciao Alex,\n\nabbiamo pubblicato l'annuncio per l'Analista FP&A su LinkedIn e sul nostro sito. Ti inoltriamo le candidature entro venerdì.\n\nHR", "it"),
    ("Giorgio Bassi", "giorgio.bassi@example.it", "Ti ho trovato su LinkedIn",
     "Ciao Alex,\n\nho visto su LinkedIn che cercate un analista. Ti mando il mio CV in allegato, spero non sia un problema se ti scrivo qui.\n\nGiorgio", "it"),
    ("StepStone", "news@stepstone.example", "Neue Jobs für Sie: Leiter Controlling",
     "Hallo Alex,\n\n12 neue Jobs passen zu Ihrem Profil. Tipp: Verknüpfen Sie Ihr LinkedIn-Profil, um sich mit einem Klick zu bewerben.", "de"),
    ("Calendly", "notifications@calendly.example", "New event: Recruiting needs 2026 - Natalie Brooks",
     "A new event has been scheduled: Recruiting needs 2026 with Natalie Brooks (via LinkedIn). Cancel or reschedule from your dashboard.", "en"),
    ("Association DFCG", "contact@dfcg.example.org", "Atelier : négocier sa rémunération de DAF",
     "Bonjour,\n\nNotre prochain atelier, gratuit pour les adhérents, porte sur la négociation avec les chasseurs de têtes. Inscriptions via notre page LinkedIn.", "fr"),
    ("Dana Fischer", "dana.fischer@example.com", "FW: InMail from a recruiter",
     "Alex,\n\nForwarding a LinkedIn InMail I got from an interim agency: same 'role, then do you have vacancies?' trick they tried on you. Ignore them.\n\nDana", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fourteenth development corpus (dev14). Generated by scripts/make_corpus_dev14.py (seed {SEED}); do not edit by hand.",
          "# The recruiting world seen from a finance leader's inbox: roles for Alex vs. agencies selling to Alex; bait and switch, hostility. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev14", SEED, PEOPLE, FOREIGN, spoofs=9, other=9, header=HEADER)
