#!/usr/bin/env python3
"""Write mailbot's dev147 corpus: tests/corpus/dev147/*.eml + expected.toml.

The angle: Alex directs Scuola Oltrarno, a school of Italian language and culture for
foreigners in Florence (group courses, university semester programmes, CILS exams, a
teacher-training course whose hours count as recognised in-service training). Who writes
to Alex on LinkedIn: study-abroad agents who send students (the school's buyers) and who
sometimes take a refused commission very badly, host families and the people who place
students with them, booking-platform, school-software, payment, insurance and marketing
vendors, trainers of teachers of Italian as a foreign language (free seminars with
recognised hours, paid courses), teachers applying for summer posts, partner schools and
universities abroad, consulates and cultural institutes. Italian first, then English,
German, Spanish (Spain, Colombia, Mexico, Argentina) and French (France, Québec).

Every scenario of the taxonomy is there, weighted to that world. The layout machinery comes
from scripts/make_corpus.py through scripts/corpus_stories.py; skills, the recipient's
headline, job-alert and news subjects, names, headlines and cities of spoof-only senders and
PYMK suggestions, and the lures that spoofs carry are swapped for this world in this process
only. The notes were written from shared/taxonomy.md alone, without reading mailbot's judging
code or its data, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev147.py              # writes tests/corpus/dev147
    python scripts/make_corpus_dev147.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260147

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the language school's world (this process only)
SKILLS = {
    "it": ["Insegnamento dell'italiano L2", "Gestione scolastica", "Didattica delle lingue", "Formazione docenti", "Turismo educativo"],
    "en": ["Teaching Italian as a Foreign Language", "Language School Management", "Study Abroad", "Teacher Training", "Educational Travel"],
    "de": ["Italienischunterricht", "Schulleitung", "Sprachreisen", "Lehrerfortbildung", "Interkulturelle Kommunikation"],
    "fr": ["Enseignement de l'italien langue étrangère", "Direction d'établissement", "Séjours linguistiques", "Formation des enseignants"],
    "es": ["Enseñanza de italiano para extranjeros", "Dirección de centros educativos", "Estancias lingüísticas", "Formación de profesorado"],
}
RHEADLINE = {
    "it": "Direttore presso Scuola Oltrarno – lingua e cultura italiana per stranieri, Firenze",
    "en": "Director at Scuola Oltrarno – Italian language & culture school, Florence",
    "de": "Schulleiter bei Scuola Oltrarno – Italienisch-Sprachschule in Florenz",
    "fr": "Directeur chez Scuola Oltrarno – école de langue italienne, Florence",
    "es": "Director en Scuola Oltrarno – escuela de italiano en Florencia",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.LANGS = ["it", "en", "de", "es", "fr"]
mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "untrusted:mx.example.org", "lookalike:xn--lnkedin-rfb.com",
                    "nodkim", "buried", "display:outlook.com", "wrongpass", "lookalike:linkedin.com.secure-notify.example", "noauth",
                    "untrusted:mx.google.com"]

mc.CITY["it"] = ["Firenze", "Prato", "Siena", "Pisa", "Bologna", "Roma", "Lucca"]
mc.CITY["en"] = ["London", "Boston", "Chicago", "Dublin", "Sydney", "Toronto"]
mc.CITY["de"] = ["München", "Köln", "Zürich", "Wien", "Hamburg", "Freiburg"]
mc.CITY["es"] = ["Madrid", "Salamanca", "Bogotá", "Ciudad de México", "Buenos Aires", "Valencia"]
mc.CITY["fr"] = ["Lyon", "Paris", "Montréal", "Genève", "Bruxelles", "Nice"]
mc.NAMES["it"] = (["Duccio", "Ilaria", "Filippo", "Costanza", "Neri", "Benedetta", "Lapo", "Margherita", "Vieri", "Gemma"],
                  ["Bartolini", "Cecconi", "Mazzanti", "Pieraccini", "Baldini", "Giachetti", "Nocentini", "Innocenti", "Bellandi", "Torrini"])
mc.NAMES["en"] = (["Kayla", "Brandon", "Courtney", "Dustin", "Shannon", "Garrett", "Ashleigh", "Travis"],
                  ["Mercer", "Ridley", "Vance", "Holcomb", "Pruitt", "Langford", "Gatewood", "Easton"])
mc.NAMES["de"] = (["Sandra", "Ralf", "Melanie", "Holger", "Yvonne", "Torsten", "Silke", "Uwe"],
                  ["Kessler", "Brandt", "Seifert", "Wendler", "Pohl", "Riedel", "Franke", "Adler"])
mc.NAMES["es"] = (["Nerea", "Gonzalo", "Ainhoa", "Rodrigo", "Yolanda", "Mauricio", "Paloma", "Fabián"],
                  ["Echeverri", "Villalba", "Cuesta", "Arango", "Bermúdez", "Salcedo", "Navas", "Olmos"])
mc.NAMES["fr"] = (["Sandrine", "Yannick", "Laetitia", "Cédric", "Marion", "Damien", "Gwenaëlle", "Fabien"],
                  ["Leroux", "Carpentier", "Bouchard", "Tremblay", "Vasseur", "Lagarde", "Pelletier", "Guérin"])
mc.COMPANIES["good"] = ["Università per Stranieri di Siena", "Holbrook University Florence Center", "Istituto Italiano di Cultura di Monaco",
                        "Academia Babel Salamanca", "Alliance française de Pise", "Kansai Institute of Foreign Studies", "Gymnasium am Rosenhang",
                        "Centre de services scolaire des Rives"]
mc.COMPANIES["sales"] = ["LinguaBook", "ScuolaCloud", "PagaFacile", "StudyMatch", "ReviewBoost", "EnrolPro", "CorsiItalia.it", "EduCover Assicurazioni"]
mc.HEADLINES["good"] = ["Docente di italiano L2 | {co}", "Study Abroad Coordinator at {co}", "Direttrice didattica | {co}", "Lehrerin für Italienisch | {co}",
                        "Coordinadora académica en {co}", "Responsable des cours | {co}", "Program Director, Florence | {co}"]
mc.HEADLINES["sales"] = ["Partnerships Manager at {co}", "Account Executive | {co}", "Sales Director Europe | {co}", "Business Developer presso {co}",
                         "Growth @ {co} | Student recruitment", "Key Account Manager Sprachschulen | {co}"]
mc.JOBS[:] = [("Direttore/Direttrice didattico/a – scuola di lingue", "Istituto Linguistico Mediceo"),
              ("Director of Studies – Italian Programmes", "Kingswell Education Group"),
              ("Academic Coordinator, Study Abroad Florence", "Holbrook University Florence Center"),
              ("Schulleitung Sprachschule (m/w/d)", "Sprachinstitut am Dom"),
              ("Responsable pédagogique – italien", "Institut Dante Lyon")]
for _l, _t in {"it": ["Nuovi studenti per la vostra scuola", "Domanda veloce", "Iscrizioni online", "Per Scuola Oltrarno", "Stagione estiva"],
               "en": ["More students for Scuola Oltrarno", "Quick question", "Your enrolment process", "Summer season", "Partnership idea"],
               "de": ["Mehr Schüler für Ihre Schule", "Kurze Frage", "Ihre Anmeldungen", "Sommersaison", "Kooperation"],
               "es": ["Más alumnos para su escuela", "Pregunta rápida", "Inscripciones", "Temporada de verano", "Propuesta"],
               "fr": ["Plus d'élèves pour votre école", "Petite question", "Vos inscriptions", "Saison d'été", "Proposition"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _t
retitle_other({
    "it": {"job": ("{n} nuove offerte per «direttore scuola di lingue»", "Il tuo avviso di lavoro per direttore scuola di lingue a {city}"),
           "news": "Turismo scolastico: Firenze ritrova gli studenti americani",
           "group": "Conversazioni principali in Scuole di italiano per stranieri",
           "newsletter": "Appunti di classe: come si insegna il congiuntivo a chi ha fretta"},
    "en": {"job": ("{n} new jobs for \"language school director\"", "Your job alert for language school director in {city}"),
           "news": "Study abroad numbers are back. Are schools ready?",
           "group": "Top conversations in Language Travel Professionals",
           "newsletter": "The Agent Desk: what schools get wrong about commission"},
    "de": {"job": ("{n} neue Jobs für „Leitung Sprachschule“", "Ihr Jobalarm für Leitung Sprachschule in {city}"),
           "news": "Sprachreisen boomen wieder – aber wer unterrichtet?",
           "group": "Top-Unterhaltungen in Sprachreisen & Bildungsreisen",
           "newsletter": "Klassenfahrt Italien: was Lehrkräfte wirklich brauchen"},
    "es": {"job": ("{n} empleos nuevos de «director de escuela de idiomas»", "Tu alerta de empleo de director de escuela de idiomas en {city}"),
           "news": "Vuelven los cursos de verano en el extranjero: ¿quién los paga?",
           "group": "Conversaciones destacadas en Agentes educativos y escuelas de idiomas",
           "newsletter": "Diario de una profesora de ELE: grupos mixtos sin perder a nadie"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur d'école de langues »", "Votre alerte emploi pour directeur d'école de langues à {city}"),
           "news": "Séjours linguistiques : les familles d'accueil se font rares",
           "group": "Meilleures discussions dans Écoles de langues et séjours à l'étranger",
           "newsletter": "Le cahier du prof d'italien : faire parler une classe timide"},
})

# what spoofs in someone's name carry: lures dressed as language-school business
SPOOF_PITCH = {
    "it": ["Buongiorno {first}, le ho inviato la conferma di prenotazione per il gruppo di 14 studenti. Acceda al portale per scaricarla e confermare.",
           "Gentile {first}, il rinnovo dell'accreditamento della scuola scade oggi. Completi il pagamento tramite il link sicuro."],
    "en": ["Hi {first}, the agent agreement for the summer groups is ready to sign. Log in to the secure document room to review it.",
           "Hello {first}, a student's deposit of EUR 2,340 is on hold. Please verify your school account to release the payment."],
    "de": ["Hallo {first}, ich habe Ihnen die Gruppenliste für Juli freigegeben. Bitte melden Sie sich an, um sie zu öffnen.",
           "Guten Tag {first}, die Provisionsabrechnung des Quartals liegt bereit. Bestätigen Sie Ihre Bankdaten im Partnerportal."],
    "es": ["Hola {first}, te he compartido la lista de alumnos del grupo de agosto. Inicia sesión para verla antes del viernes.",
           "Estimado {first}, su pago de comisión está retenido. Verifique sus datos bancarios en el enlace seguro."],
    "fr": ["Bonjour {first}, je vous ai partagé la liste des élèves du séjour de juillet. Connectez-vous pour la consulter.",
           "Bonjour {first}, la facture de l'agence est en attente de validation. Merci de confirmer vos coordonnées ici."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# layout era forced for people whose notes speak of recent things (AI, Instagram, post-pandemic)
ERAS: dict[str, str] = {}


# =============================================================== good_invitation
P("good_invitation", "it", "Serena Landucci", "Docente di italiano L2 | DITALS II livello", "Prato",
  ("inv", "Buongiorno, ho visto sul vostro sito che cercate docenti per i corsi estivi. Ho la DITALS di II livello e sei anni con adulti "
          "dall'A1 al C1, anche online. Posso mandarle il CV? Sarei libera da metà giugno a fine agosto."),
  ("rem",))
P("good_invitation", "en", "Megan Ostrowski", "Study Abroad Advisor | Office of Global Programs, Whitford College", "Columbus, Ohio",
  ("inv", "Hi Alex! I advise Whitford students going to Italy and we're comparing Florence schools for a spring-semester Italian component "
          "(12-18 students). Could I ask you a few things about your housing and how your transcripts carry credit? Thanks so much"))
P("good_invitation", "de", "Katrin Bauernfeind", "Lehrerin für Italienisch und Latein | Gymnasium am Rosenhang", "Rosenheim",
  ("inv", "Guten Tag Herr Morgan, ich plane mit meiner 11. Klasse eine Sprachwoche in Florenz im April, 22 Schülerinnen und Schüler. "
          "Eine Kollegin hat mir Ihre Schule ans Herz gelegt. Dürfte ich Ihnen ein paar Fragen zu Kursen und Gastfamilien stellen?"),
  ("rem",))
P("good_invitation", "fr", "Aurélien Vidal", "Attaché de coopération éducative | Institut français Firenze", "Firenze",
  ("inv", "Bonjour Monsieur Morgan, le 14 mars l'Institut réunit les écoles de langues de Florence pour une matinée d'échanges gratuite : "
          "DELF et CILS, accueil des Erasmus, logement. Nous serions ravis de vous compter parmi nous."))
P("good_invitation", "es", "Lucía Echeverría", "Coordinadora Erasmus+ | IES Miguel Servet, Zaragoza", "Zaragoza",
  ("inv", "Hola Alex: tenemos aprobado un proyecto Erasmus+ KA1 y buscamos escuela en Florencia para que cuatro profesoras hagan curso "
          "de italiano y job shadowing en mayo. Lo cubre la beca. ¿Te interesaría? Te cuento los detalles por aquí."),
  ("rem",))
P("good_invitation", "it", "Donatella Ricasoli", "Formatrice | Centro DITALS, Università per Stranieri di Siena", "Siena",
  ("inv", "Gentile direttore, a novembre teniamo un seminario online gratuito sulla valutazione della produzione orale, riconosciuto "
          "come 4 ore di formazione per docenti di italiano L2. Ho pensato al suo staff: se accetta le giro il programma."))
P("good_invitation", "it", "Tomasz Wierzbicki", "Director | Lingua Viva Kraków", "Kraków",
  ("inv", "Alex, fellow school director here (Krakow). We're going for EAQUALS accreditation and I saw you got through it recently. "
          "Any chance you'd tell me how long the inspection prep really took? Happy to help back with anything Poland-related."),
  nl="en")


# =============================================================== default_invitation
P("default_invitation", "it", "Marco Pellegrini", "Titolare | Affittacamere Il Giglio", "Firenze", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Brad Kessler", "Owner | Kessler Educational Tours", "Denver", ("inv", NONOTE))
P("default_invitation", "es", "Rocío Saavedra", "Agente educativa | Estudiar en Europa", "Medellín", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jared Whitlock", "Partnerships @ LinguaBook | Booking platform for language schools", "Austin",
  ("inv", "Hi Alex! LinguaBook lists 900+ language schools and sends them students from 60 countries. You only pay 18% on confirmed "
          "bookings. I can set up your Florence page this week - got 10 min for a quick call?"))
P("sales_invitation", "it", "Federica Monti", "Account manager | ScuolaCloud – gestionale per scuole di lingue", "Bologna",
  ("inv", "Buongiorno Alex, ScuolaCloud tiene insieme iscrizioni, orari dei docenti, fatturazione elettronica e alloggi. Diverse scuole "
          "fiorentine lo usano già. Le andrebbe una demo di 20 minuti giovedì mattina?"),
  ("rem",))
P("sales_invitation", "de", "Dennis Rautenberg", "Ausstellerbetreuung | Messe Sprachen & Reisen", "Köln",
  ("inv", "Hallo Herr Morgan, für die Sprachreisen-Messe im Oktober sind noch zwei Standflächen frei, ab 1.890 € inkl. Strom und WLAN. "
          "Die Italien-Ecke ist fast voll. Darf ich Ihnen die Unterlagen zuschicken?"))
P("sales_invitation", "fr", "Chloé Baptistin", "Consultante SEO & Google Ads | écoles de langues", "Nice",
  ("inv", "Bonjour Alex, sur « cours d'italien Florence » votre école n'apparaît qu'en page 3. J'accompagne les écoles de langues sur le "
          "référencement et les campagnes Google Ads. Premier audit offert, ça vous dit ?"))
P("sales_invitation", "es", "Iván Colmenero", "Director comercial | SegurEstudia – seguros para estudiantes internacionales", "Madrid",
  ("inv", "Buenas Alex, trabajamos con escuelas de idiomas en Italia y España: seguro médico y de cancelación para sus alumnos desde 1,20 € "
          "al día, y la escuela se lleva un 10 %. ¿Le preparo una propuesta?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Natalie Dufresne", "Founder | Study Abroad Leaders Circle", "London",
  ("inv", "Hi Alex, I run a small peer circle for language-school directors across Europe: a monthly call, shared benchmarks on prices and "
          "agent commissions, no vendors in the room. We'd love a Florence voice in it. Up for it?"),
  ("msg", "So glad you're in! Before the first call, the practical bit: membership is €290 per quarter, and it includes our agent-matching "
          "service, where we introduce you to vetted agents for a one-off setup fee of €1,500. Shall I send you the payment link?", (2, 6)),
  ("msg", "Hi Alex, just making sure the membership details reached you - the spring cohort closes on Friday and I'd hate for you to miss it."))
P("bait_and_switch_invitation", "it", "Riccardo Santini", "Formatore docenti | Didattica digitale per l'italiano L2", "Roma",
  ("inv", "Ciao Alex, sto raccogliendo esperienze per un webinar gratuito sull'intelligenza artificiale nelle lezioni di italiano per "
          "stranieri. Mi racconteresti come la usate (o non la usate) in Oltrarno? Dieci minuti, niente di più."),
  ("msg", "Grazie del collegamento! Ti anticipo una cosa: dal webinar è nato il percorso completo \"Docente L2 digitale\", 480 € a docente, "
          "20% di sconto se iscrivi tutto lo staff entro fine mese. Ti mando il modulo per la scuola?"))
ERAS["Riccardo Santini"] = "cur"
P("bait_and_switch_invitation", "de", "Jonas Vierling", "Agenturleiter | Vierling Sprachreisen & Auslandsjahr", "Freiburg",
  ("inv", "Hallo Alex, wir schicken jedes Jahr gut 150 Schüler nach Italien und suchen für Florenz eine neue Partnerschule. "
          "Hätten Sie Lust, sich mal auszutauschen?"),
  ("msg", "Danke für die Vernetzung! Damit wir Sie in unseren Katalog 2025 aufnehmen, fällt eine einmalige Listungsgebühr von 950 € an, "
          "dazu 25 % Provision auf jede Buchung. Eine Mindestzahl an Schülern können wir natürlich nicht zusagen. Soll ich Ihnen den Vertrag schicken?"),
  ("msg", "Kurze Erinnerung wegen der Listung: Redaktionsschluss für den Katalog ist der 15. Danach geht es erst wieder nächstes Jahr."))
ERAS["Jonas Vierling"] = "cur"
P("bait_and_switch_invitation", "es", "Marisol Quintero", "Community manager | Red Europea de Escuelas de Idiomas", "Valencia",
  ("inv", "¡Hola Alex! Estamos armando una comunidad gratuita de escuelas de idiomas para compartir familias anfitrionas de confianza "
          "y buenas prácticas con agentes. ¿Te sumas?"),
  ("msg", "¡Bienvenido a la red! Te cuento: para salir en el directorio que consultan los agentes latinoamericanos está el plan Premium, "
          "79 €/mes. Si lo activas esta semana, el primer mes te sale a mitad de precio. ¿Te lo dejo activado?"))
P("bait_and_switch_invitation", "fr", "Olivier Ferrand", "Auteur | Guide des séjours linguistiques en Italie", "Lyon",
  ("inv", "Bonjour Alex, je prépare un guide gratuit pour les familles françaises qui envoient leurs ados en séjour linguistique en Italie. "
          "Puis-je citer votre école parmi les adresses conseillées à Florence ?"),
  ("msg", "Merci ! Pour figurer dans le guide avec photo, fiche complète et lien vers votre site, la participation est de 450 € HT. "
          "Les écoles conseillées sont celles qui participent, évidemment. Je vous envoie le bon de commande ?", (8, 20)),
  ("msg", "Bonjour Alex, je boucle la maquette lundi. Sans retour de votre part je retire l'école du guide, dommage."))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dr. Harvey Lindgren", "Research Fellow | Study Abroad Outcomes Project", "Edinburgh",
  ("inm", "Short survey of Florence language schools", "Dear Alex, I'm running an independent study on how language schools measure "
          "what students actually learn. Would you answer eight short questions? Every participating school gets the full anonymised report."),
  ("inm", "Your results and a next step", "Thank you for taking part! Your answers put Scuola Oltrarno below the median on re-enrolment. "
          "Our partner platform OutcomeIQ was built for exactly that; licences start at €2,400 a year. Could we book a 30-minute demo next week?", (6, 18)))
P("bait_and_switch_inmail", "it", "Paola Ciampi", "Presidente | Associazione Famiglie Ospitanti Toscana", "Firenze",
  ("inm", "Famiglie ospitanti in Oltrarno", "Gentile direttore, rappresento un'associazione di famiglie fiorentine che ospitano studenti "
          "stranieri, tutte visitate e verificate da noi. Vorremmo conoscere le scuole del quartiere e presentarle le famiglie. Possiamo sentirci?"),
  ("inm", "Convenzione 2025", "Grazie per la disponibilità al telefono. Come anticipato, la convenzione prevede una quota annuale di 1.200 € "
          "a carico della scuola e 40 € di gestione per ogni studente collocato. Le allego il contratto: me lo rimanda firmato entro venerdì?"))
ERAS["Paola Ciampi"] = "cur"
P("bait_and_switch_inmail", "de", "Sabine Oertel", "Freie Journalistin | Reisen & Kultur", "Hamburg",
  ("inm", "Anfrage: Sprachkurse in der Toskana", "Guten Tag Herr Morgan, ich schreibe für ein Reisemagazin über Sprachkurse in der Toskana "
          "und würde Ihnen gern ein paar Fragen stellen, gern auch schriftlich. Hätten Sie diese Woche Zeit?"),
  ("inm", "Nach unserem Gespräch", "Vielen Dank für Ihre ausführlichen Antworten! Wir könnten Ihre Schule deutlich größer bringen: "
          "als Advertorial auf einer Doppelseite mit Fotos und Link, 1.350 € zzgl. MwSt. Soll ich Ihnen die Mediadaten schicken?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Valentina Bruschi", "Insegnante di italiano L2 freelance | online e in presenza", "Livorno",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill} 😊 ti andrebbe di confermarmi \"Didattica dell'italiano\" e \"Lezioni online\"? "
          "Sto sistemando il profilo per candidarmi con le scuole all'estero. Grazie mille!!"))
P("endorse_me_back", "en", "Declan Furlong", "Education Agent | Irish students to Europe", "Cork",
  ("end",),
  ("msg", "Alex, endorsed you there for {skill}. Would you mind giving me one back for Student Recruitment? "
          "Schools check agents' profiles these days and every bit helps. Cheers"))
P("endorse_me_back", "es", "Guadalupe Arreola", "Profesora de ELE e italiano | Guadalajara", "Guadalajara",
  ("end",), ("end",),
  ("msg", "Holaaa Alex, ya te validé {skill} y otra más. ¿Me devuelves el favor con \"Enseñanza de idiomas\"? Estoy postulando "
          "a una escuela en Roma y quiero que el perfil se vea sólido 🙏"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Rahul Mehrotra", "Founder & CEO | GlobalEd Pathways – Study in Europe", "New Delhi",
  ("inv", "Respected Sir, we are overseas education consultants with 40 branches across India. We wish to tie up with your esteemed "
          "school for our students. Kindly accept and share your agent commission structure."),
  ("rem",),
  ("inm", "Very disappointed", "Dear Sir, I have sent the invitation two times and also emails but no response till date. This is not "
          "the way to treat partners. Many schools in Florence are happy to work with us. We will inform our counsellors that your school "
          "is not reliable. Very unprofessional behaviour."),
  nl="en")
P("hostility_after_decline", "it", "Loredana Vizzini", "Titolare | Casa Vizzini – camere per studenti", "Firenze",
  ("inv", "Buongiorno, affitto camere per studenti a due passi da Santo Spirito. Mi piacerebbe collaborare con la vostra scuola."),
  ("inm", "Grazie tante", "Vedo che non si degna nemmeno di rispondere. Eppure i suoi studenti vengono da me lo stesso a chiedere una "
          "stanza, perché le vostre famiglie costano troppo. Un po' di educazione non guasterebbe, direttore."))
P("hostility_after_decline", "de", "Volker Strathmann", "Inhaber | Strathmann Bildungsreisen", "Bielefeld",
  ("inv", "Herr Morgan, wir organisieren Bildungsreisen für Senioren und würden gern über Gruppenkonditionen sprechen. MfG V. Strathmann"),
  ("rem",),
  ("inm", "Ihre Antwort", "Herr Morgan, zweimal angefragt, keine Reaktion. Ich bin dreißig Jahre in der Branche und habe so eine Arroganz "
          "selten erlebt. Unsere Gruppen gehen dann eben nach Siena, und im Verband werde ich das auch erzählen."))
P("hostility_after_decline", "es", "Esteban Sarmiento", "Agente educativo | Idiomas Sin Fronteras", "Bogotá",
  ("inv", NONOTE),
  ("inm", "Sin respuesta", "Señor Morgan, le escribí por aquí y por correo. Entiendo que no le interese trabajar con agencias "
          "latinoamericanas, pero por lo menos podría contestar. Qué falta de respeto. Ya sé qué escuela NO recomendarles a mis chicos."))
P("hostility_after_decline", "fr", "Mélanie Grosjean", "Professeure agrégée d'italien | Académie de Lyon", "Lyon",
  ("inv", "Bonjour, je souhaiterais rejoindre votre équipe pour l'été : agrégée d'italien, dix ans d'enseignement, habituée aux adultes."),
  ("inm", "Sans réponse", "Monsieur, pas même un accusé de réception. Pour une école qui se vante d'accueillir « comme en famille », "
          "c'est assez ironique. J'espère que vous traitez mieux vos élèves que les candidats."))


# =============================================================== hostility_connection (agents after a refused commission)
P("hostility_connection", "en", "Amir Haddad", "Managing Director | Gulf Language Travel", "Dubai",
  ("msg", "Hi Alex, good to see you at the workshop in Berlin. As discussed, I can send you 30 students from Riyadh in July. "
          "Our condition is 35% commission on tuition and accommodation, paid on arrival."),
  ("msg", "You refuse 35% but you give 25% to the Germans? I know how this market works, Alex. Small schools like yours should be grateful "
          "when somebody brings a group. You will regret this. Don't bother contacting me again.", (4, 9)))
P("hostility_connection", "it", "Fabrizio Cantagalli", "Agente per scuole di lingua | Est Europa e Balcani", "Trieste",
  ("msg", "Alex ciao, per il gruppo di settembre da Leopoli chiedo il 30 invece del 20. Sai anche tu che senza di me quei ragazzi vanno a Siena."),
  ("msg", "Va bene, hai deciso tu. Però ricordati che in questo mestiere la memoria è lunga. Con questa tirchieria la scuola la chiudi "
          "in due anni, auguri."))
P("hostility_connection", "de", "Birgit Hollmann", "Sprachreisen-Agentin | Hollmann Sprachreisen", "Stuttgart",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Vernetzung nach der Messe! Wie besprochen: Für die Sommergruppen brauche ich 30 % Provision, "
          "sonst rechnet sich das für mich nicht."),
  ("msg", "Schade, dass Sie auf 20 % bestehen. Ehrlich gesagt finde ich das kleinkariert und unprofessionell: auf der Messe große Worte, "
          "und dann knausern. Ihre Schule werde ich meinen Familien nicht mehr empfehlen."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Cristiano Paoletti", "Sales | PagaFacile – pagamenti internazionali per scuole", "Milano",
  ("msg", "Ciao Alex, quanto vi costano i bonifici degli studenti brasiliani e coreani? Con PagaFacile incassate in 40 valute con lo 0,9% "
          "di commissione. Ti faccio vedere come funziona?"),
  ("msg", "Alex, ti giro un caso concreto: una scuola di Bologna risparmia 11.000 € l'anno da quando è passata a noi. Dieci minuti mercoledì?"),
  ("msg", "Ultimo messaggio, promesso: fino al 31 niente canone di attivazione. Se cambi idea sai dove trovarmi."))
P("connection_only_pitches", "en", "Kimberly Tran", "Growth Lead | StudyMatch – AI student recruitment", "Sydney",
  ("msg", "Hey Alex! StudyMatch uses AI to match students in Vietnam, Brazil and Colombia with schools like yours. No upfront fee, "
          "just 20% per enrolment. Want a quick demo?"),
  ("msg", "Hi Alex, following up - we're onboarding five more Italian schools this quarter. Could I grab 15 minutes on your calendar?"))
ERAS["Kimberly Tran"] = "cur"
P("connection_only_pitches", "fr", "Hervé Castagné", "Commercial | Écrans interactifs & mobilier pour l'enseignement", "Toulouse",
  ("msg", "Bonjour Alex, nous équipons les écoles de langues en écrans interactifs 75 pouces. Offre rentrée : -15 % jusqu'au 30/09. "
          "Je vous envoie un devis ?"),
  ("msg", "Bonjour, je me permets de relancer pour le devis. Nous avons aussi une formule location à 89 € par mois et par salle, maintenance incluse."))


# =============================================================== single_pitch
P("single_pitch", "de", "Tanja Wolters", "Key Account | Gruppenreiseversicherung für Schulen", "Düsseldorf",
  ("msg", "Hallo Alex, kurze Info: Unsere Gruppenpolice für Sprachschüler deckt Krankheit, Haftpflicht und Storno ab, ab 2,10 € pro Tag "
          "und Schüler. Soll ich Ihnen ein Angebot für den Sommer machen?"))
P("single_pitch", "es", "Joaquín Lastra", "Fotógrafo y videógrafo | Contenido para escuelas", "Sevilla",
  ("msg", "Hola Alex! Vi el Instagram de la escuela, lindas fotos pero se nota el móvil. Hago vídeos promocionales para escuelas de idiomas: "
          "un día de rodaje en Florencia, 1.800 € todo incluido. ¿Te paso el portfolio?"))
ERAS["Joaquín Lastra"] = "cur"


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Chiara Nesti", "Coordinatrice famiglie ospitanti | Firenze Oltrarno", "Firenze",
  ("msg", "Alex, ti aggiorno su Yuki: dalla signora Baldi si è ambientata bene, ma chiede se può passare al turno del pomeriggio perché "
          "la mattina fa volontariato agli Uffizi. Se riesci a spostarla, la famiglia è d'accordo ad anticipare la cena."),
  ("msg", "Ti mando anche l'elenco aggiornato delle famiglie libere ad agosto: sono 14, più due nuove in San Frediano che ho visitato io la settimana scorsa."))
P("connection_brings_value", "en", "Prof. Sarah Kettering", "Program Director, Florence Semester | Holbrook University", "Boston",
  ("msg", "Hi Alex, a heads-up before our office writes formally: the fall semester is approved again, 24 students arriving 2 September, "
          "same arrangement as last year for the Italian component. Roster to follow in June. Our faculty would love to sit in on one of "
          "your teachers' classes again, it was the highlight of their visit."))
P("connection_brings_value", "de", "Dr. Ulrike Sandmann", "Leiterin Sprachabteilung | Istituto Italiano di Cultura Monaco", "München",
  ("end",),
  ("msg", "Lieber Alex, am 12. Mai veranstalten wir einen kostenlosen Fortbildungstag für Italienischlehrkräfte in Bayern, vom Kultusministerium "
          "als Lehrerfortbildung anerkannt. Hätten Sie Lust, einen Workshop zu Landeskunde-Projekten zu leiten? Die Reisekosten übernehmen wir."))
P("connection_brings_value", "es", "Ana Belén Corral", "Directora | Academia Babel, Salamanca", "Salamanca",
  ("msg", "Alex, ¿qué tal el verano? Te paso el modelo de contrato que usamos con las agencias, con la cláusula de cancelación que nos salvó "
          "en 2020. Úsalo si te sirve. Y si algún año os apetece intercambiar profes en julio, lo hablamos."))
ERAS["Ana Belén Corral"] = "cur"
P("connection_brings_value", "fr", "Marc-Antoine Lévesque", "Conseiller pédagogique | Centre de services scolaire des Rives", "Québec",
  ("msg", "Bonjour Alex, je vous confirme que notre groupe de 16 enseignants viendra bien en octobre pour la formation en didactique. "
          "Le Ministère reconnaît les 30 heures en formation continue, alors il nous faudrait une attestation par personne. "
          "Je vous envoie la liste des noms la semaine prochaine. Au plaisir!"),
  ("msg", "Petite précision : deux collègues ont des allergies alimentaires, je les ai notées dans le fichier pour les familles d'accueil."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Combe", "Talent Partner | Kingswell Education Group", "London",
  ("inm", "Academic Director – Rome campus", "Hi Alex, I'm hiring an Academic Director for our new Rome campus (Italian and English "
          "programmes, about 40 teachers). Running a school like Scuola Oltrarno is exactly the background our board asked for. "
          "Package €85-95k plus relocation support. Open to a confidential chat?"))
P("stranger_inmail_recruiter", "it", "Lorenzo Bigazzi", "HR Manager | Fondazione Lingua Italiana nel Mondo", "Lucca",
  ("inm", "Responsabile del nuovo centro certificazioni", "Buongiorno Alex, la Fondazione apre a Lucca un centro d'esame per le "
          "certificazioni di italiano e cerca una persona che lo diriga: contratto a tempo indeterminato, part-time possibile. "
          "Il suo nome ce l'ha fatto una collega di Siena. Avrebbe mezz'ora per parlarne?"))
P("stranger_inmail_recruiter", "de", "Miriam Achterberg", "Fachbereichsleitung Sprachen | Münchner Volkshochschule", "München",
  ("inm", "Dozent/in für Lehrerfortbildung Italienisch", "Hallo Herr Morgan, für unser neues Fortbildungsprogramm suchen wir eine "
          "Honorardozentin oder einen Honorardozenten, der zweimal im Jahr ein Wochenendseminar für Italienischlehrkräfte gibt, "
          "auch online. Honorar nach Tarif. Wäre das grundsätzlich etwas für Sie?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "it", "Ettore Gambacorta", "Business developer | StampaSubito – gadget personalizzati", "Empoli",
  ("inm", "Gadget per i vostri studenti", "Salve, realizziamo borracce, shopper e quaderni con il logo della scuola, da 50 pezzi in su. "
          "Per le scuole di lingua facciamo il 12% di sconto sul primo ordine. Le mando il catalogo?"))
P("stranger_inmail_sales", "en", "Brianna Holt", "Account Executive | ReviewBoost", "Chicago",
  ("inm", "More 5-star reviews for Scuola Oltrarno", "Hi Alex! Schools using ReviewBoost get 3x more Google reviews in 60 days, "
          "automatically, after every course. Plans from $99/month. Worth a 15-minute look?"),
  ("inm", "Re: reviews", "Hey Alex, circling back. I put together a quick comparison of your reviews vs. three other Florence schools. "
          "Happy to walk you through it on a call this week."))
P("stranger_inmail_sales", "fr", "Sébastien Roux", "Chargé d'affaires | Évalangue – tests de niveau en ligne", "Paris",
  ("inm", "Tests de placement", "Bonjour Monsieur Morgan, notre test de placement adaptatif classe vos nouveaux élèves du A1 au C2 en 25 minutes. "
          "Licence école à partir de 1 200 € par an. Puis-je vous proposer une démonstration ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Ryan Castellano", "Pre-departure Orientation Lead | US students in Italy", "Philadelphia",
  ("inv", "Hi Alex, I run pre-departure orientations for US students headed to Italy. I'd like to put your free Italian taster evening "
          "in our Florence handout - okay to connect so I get the dates right?"),
  ("msg", "Thanks! Here's the draft handout with your Thursday taster evening listed. Tell me if the times are wrong and I'll fix them before it goes out."),
  ("msg", "Alex, quick one. I've just launched an enrollment consultancy for language schools: for €1,200 a month I run your US outreach and "
          "agent pipeline. Want me to send over a proposal?", (15, 40)))
P("good_turns_ugly", "it", "Elena Marchionni", "Formatrice docenti L2 | Autrice di materiali didattici", "Arezzo",
  ("inv", "Ciao Alex, preparo schede sul lessico della cucina toscana per A2-B1 e le regalo alle scuole. Te le mando? "
          "Se le usi in classe poi mi dici come vanno."),
  ("msg", "Eccole: 18 pagine in pdf più le soluzioni. Sono tue, usale e fotocopiale quanto vuoi."),
  ("end",),
  ("msg", "Ti ho appena confermato {skill}! Mi faresti lo stesso per \"Formazione docenti\" e \"Materiali didattici\"? "
          "Tra poco lancio un corso e mi servirebbe tantissimo."))
P("good_turns_ugly", "de", "Philipp Kranzberger", "Gründer | VisaDesk", "Wien",
  ("inv", "Hallo Alex, ich habe eine Checkliste zu den italienischen Studienvisa für Sprachschüler aus Drittstaaten zusammengestellt, "
          "auf aktuellem Stand. Gratis für alle Sprachschulen. Soll ich sie Ihnen schicken?"),
  ("msg", "Wie versprochen die Checkliste als PDF. Falls Ihnen etwas fehlt, sagen Sie Bescheid, ich ergänze es."),
  ("msg", "Hallo Alex, kurze Frage: Mit VisaDesk erstellen Sie Einladungsschreiben und Visa-Unterlagen auf Knopfdruck. 149 € im Monat, "
          "30 Tage kostenlos. Darf ich Ihnen einen Testzugang einrichten?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Cody Brannigan", "Partnerships | BookMyCourse.io", "San Diego",
  ("inm", "List Scuola Oltrarno for free?", "Hi Alex, BookMyCourse sends 40k students a year to language schools. Listing is free and we "
          "take 20% of each booking. I can have you live in ten minutes - want me to set it up?"),
  ("inv", "Hi Alex, great to see Scuola Oltrarno growing! Would love to connect and stay in touch."))
P("reinvite_known_bad", "it", "Simona Feroci", "Titolare | Alloggi Studenti Firenze", "Firenze",
  ("inv", DEFAULT),
  ("inv", "Buongiorno Alex, ci siamo visti al ricevimento del Consolato americano per il 4 luglio. Mi farebbe piacere restare in contatto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Horacio Benítez", "Agente | Intercambios Cono Sur", "Buenos Aires",
  ("inv", "Hola Alex, mando grupos de estudiantes argentinos a Europa y quiero sumar Florencia. ¿Conectamos?"),
  ("inm", "No lo puedo creer", "Alex, te escribí y nada. Después me entero de que firmaste con otra agencia de Buenos Aires. "
          "Sos un maleducado, así no se trabaja. Después no te quejes si tenés el aula vacía.", (20, 50)),
  ("inv", "Hola Alex, pasó tiempo. Capaz podemos empezar de cero, ¿no? Saludos"))
P("reinvite_known_ugly", "en", "Trevor Maitland", "Teacher & Marketer | Language schools", "Manchester",
  ("inm", "Quick question about Florence", "Hi Alex, I'm an EFL teacher moving to Florence next year and trying to understand the local "
          "school scene. Could I ask you a couple of questions about how schools there hire?"),
  ("inm", "Thanks + one thing", "Thanks for replying, really helpful! Full disclosure: I also run a small marketing studio for language schools. "
          "Our Instagram and TikTok package is €650 a month and I think you'd see results fast. Shall we jump on a call?"),
  ("inv", "Hi Alex, hope the season's going well. Let's connect!"))
ERAS["Trevor Maitland"] = "cur"


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "it", "Stefano Rigacci", "Account Manager | CorsiItalia.it – il portale dei corsi di lingua", "Pisa",
  ("acc",),
  ("msg", "Ciao Alex, grazie della richiesta! Già che ci siamo: su CorsiItalia.it le scuole fiorentine con il pacchetto Visibilità "
          "(99 € al mese) ricevono in media 25 richieste al mese. Te lo attivo in prova per un mese?"))
P("user_invited_pitch_once", "fr", "Camille Obertin", "Responsable commerciale | Séjours Sereins – assurances éducation", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Puisque vous accueillez beaucoup de lycéens français, je vous présente notre assurance "
          "rapatriement et annulation pour les écoles partenaires. Je peux vous appeler mardi pour en parler ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Jason Whitmore", "VP Sales | EnrolPro – CRM for language schools", "Toronto",
  ("acc",),
  ("msg", "Thanks for the connect, Alex. Since you asked about CRMs at the fair: EnrolPro handles leads, agents, invoices and housing in "
          "one place. I'd love to show you a 20-minute demo."),
  ("msg", "Hi Alex, sharing our pricing as promised: €180/month for up to 600 students, with free migration if you sign before December. "
          "When can we get the demo in?"))
P("user_invited_pitch_twice", "de", "Sven Eckhardt", "Geschäftsführer | Toskana Transfer Service", "Pisa",
  ("acc",),
  ("msg", "Grüß Sie, Herr Morgan, danke für die Einladung! Wir machen Flughafentransfers Pisa und Florenz für Sprachschüler, ab 28 € pro Person. "
          "Darf ich Ihnen ein Angebot schicken?"),
  ("msg", "Herr Morgan, anbei unser Angebot für die Sommersaison. Bei Buchung bis Ende März gibt es 10 % Frühbucherrabatt."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Mercedes Albarracín", "Coordinadora de cursos | Istituto Italiano di Cultura de Madrid", "Madrid",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como te dije en la feria, cada año nos preguntan alumnos por cursos intensivos en Florencia. "
          "Si me mandas el folleto en español lo dejamos en la biblioteca y lo metemos en el boletín de primavera. Sin coste, por supuesto."))
P("user_invited_value", "it", "Kenji Morimoto", "Study Abroad Coordinator | Kansai Institute of Foreign Studies", "Osaka",
  ("acc",),
  ("msg", "Thank you for connecting, Alex. Our Italian department would like to send 8 students for a four-week summer course. Could you "
          "send me the dates and the CILS exam calendar? I will also share the homestay questionnaire our students filled in, "
          "so the families know about diets."),
  nl="en")
P("user_invited_value", "fr", "Juliette Brossard", "Responsable des certifications | Alliance française de Pise", "Pisa",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis, voici le calendrier des sessions DELF/DALF de l'année à Pise. Et si cela intéresse "
          "vos professeurs, je viens volontiers leur présenter gratuitement la nouvelle grille d'évaluation de l'oral, un après-midi au choix."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Irene Giuntini", "Guida turistica abilitata | Firenze e Fiesole", "Firenze", ("acc",))
P("acceptance_only", "de", "Jan-Hendrik Voss", "Lehrer für Italienisch und Geschichte | Goethe-Gymnasium Hamburg", "Hamburg", ("acc",))
P("lone_endorsement", "it", "Caterina Lapini", "Ex docente della scuola | Insegnante di storia dell'arte", "Fiesole", ("end",))
P("lone_endorsement", "en", "Emily Rutherford", "Former student | MA History of Art, Courtauld", "London", ("end",))


# =============================================================== more voices
P("good_invitation", "es", "Camila Restrepo", "Asesora de intercambios | Colegio Los Nogales", "Bogotá",
  ("inv", "Buenas tardes señor Morgan, soy la asesora de intercambios de un colegio en Bogotá. Tenemos 9 estudiantes de grado 11 que quieren "
          "hacer un mes de italiano en julio. ¿Me podría contar si reciben menores de edad y con qué acompañamiento?"))
P("good_invitation", "en", "Aoife Brennan", "EFL and Italian teacher | CELTA, DITALS I", "Galway",
  ("inv", "hi Alex, I taught at a school in Bologna for 3 yrs and I'm moving to Florence in Sept. saw you're hiring for the autumn intensives - "
          "would love to send my CV and a sample lesson plan if that's ok"),
  ("rem",))
P("connection_brings_value", "it", "Niccolò Baldacci", "Direttore | Scuola di italiano Il Ponte, Siena", "Siena",
  ("msg", "Alex, ti scrivo da collega: l'agenzia di Cracovia che ci ha mandato il gruppo di marzo non ha ancora pagato le ultime due fatture "
          "e ho saputo che ha contattato anche voi. Io chiederei l'acconto prima dell'arrivo. Se vuoi ti passo le mail, così vedi come si muovono."))
P("single_pitch", "it", "Lisa Bettarini", "Social media manager | Comunicazione per scuole e B&B", "Prato",
  ("msg", "Ciao Alex! Ho guardato la pagina Facebook della scuola, è ferma da marzo 😬 Gestisco i social di tre scuole di lingua a Firenze, "
          "pacchetto base 350 € al mese con 12 post e 4 reel. Se vuoi ti faccio un piano editoriale di prova."))
ERAS["Lisa Bettarini"] = "cur"
P("bait_and_switch_invitation", "it", "Matteo Guarducci", "Presidente | Rete Scuole d'Italiano in Toscana", "Pisa",
  ("inv", "Ciao Alex, stiamo mettendo in rete le scuole d'italiano toscane per fare fronte comune con le agenzie sulle commissioni. "
          "Nessun costo, solo un gruppo di lavoro. Ci stai?"),
  ("msg", "Benvenuto! Per partire con il piede giusto: la rete si appoggia al nostro studio di consulenza per i contratti con le agenzie. "
          "Per le scuole aderenti il pacchetto revisione contratti è a 1.800 € l'anno invece di 2.500. Ti mando il preventivo?"))
P("user_invited_value", "en", "Rebecca Stanfield", "Cultural Affairs Specialist | U.S. Consulate General Florence", "Firenze",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. As mentioned at the reception: we're holding a free briefing for schools on the new student-visa "
          "rules on 3 October at the Consulate. I've added your name to the list, bring a colleague if you like."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Segreteria Scuola Oltrarno", "segreteria@scuolaoltrarno.example.it", "Agenti: richieste arrivate anche su LinkedIn",
     "Ciao Alex,\n\nti segnalo che tre agenzie ci hanno scritto sia per mail sia su LinkedIn chiedendo le commissioni per il 2025. "
     "Le ho messe nel foglio condiviso, dimmi tu a chi rispondere.\n\nSilvia", "it"),
    ("Megan Ostrowski", "m.ostrowski@whitford.example.edu", "Following up on my LinkedIn request",
     "Hi Alex,\n\nI also sent you a LinkedIn invite but wasn't sure you check it. Our committee meets on the 20th to pick the Florence school "
     "for spring - could you send me your semester brochure before then?\n\nThanks,\nMegan", "en"),
    ("Sprachreisen-Verband", "info@sprachreisen-verband.example.de", "Rundbrief: Provisionen und Mindeststandards",
     "Sehr geehrte Mitglieder,\n\nim Anhang unser Rundbrief zu Provisionsvereinbarungen mit Partnerschulen. Folgen Sie uns auch auf LinkedIn "
     "für die Termine der Herbsttagung.", "de"),
    ("Instituto Cervantes Florencia", "cultura@cervantes-firenze.example.it", "Ciclo de cine: abril",
     "Estimados amigos:\n\nos esperamos en el ciclo de cine español de abril. Toda la programación, también en nuestra página de LinkedIn.", "es"),
    ("Chiara Nesti", "chiara.nesti@famiglieoltrarno.example.it", "Famiglie agosto",
     "Alex, ti ho mandato l'elenco anche su LinkedIn ma te lo rimetto qui in allegato, così lo giri alla segreteria. Chiara", "it"),
    ("LinguaBook", "news@linguabook.example", "Your school could be on page one",
     "Hi Alex,\n\nschools on LinguaBook get 3x more enquiries. Jared from our team tried to reach you on LinkedIn - book a call with him here.", "en"),
    ("Campus France", "newsletter@campusfrance.example.fr", "Lettre d'information : mobilité internationale",
     "Bonjour,\n\ndécouvrez les nouveaux programmes de mobilité pour enseignants. Retrouvez-nous sur LinkedIn et Instagram.", "fr"),
    ("Silvia Corsi", "silvia.corsi@scuolaoltrarno.example.it", "Fwd: Invitation to connect on LinkedIn",
     "Alex, questo mi ha scritto su LinkedIn chiedendo di te, lo conosci?\n\n---------- Forwarded message ----------\n"
     "From: Rahul Mehrotra via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Respected Sir, we are overseas education consultants with 40 branches across India...\n\nSilvia", "it"),
    ("Supporto IT Oltrarno", "it@scuolaoltrarno.example.it", "Attenzione: finte mail LinkedIn con prenotazioni di gruppi",
     "Ciao a tutti,\n\ngirano mail che sembrano di LinkedIn con finte conferme di prenotazione o liste di studenti. "
     "Non aprite i link e inoltratele a me.\n\nMarco", "it"),
    ("Kingswell Education Group", "careers@kingswell.example", "Your application portal",
     "Dear Alex,\n\nfollowing Harriet's message on LinkedIn, here is the link to our confidential candidate portal. "
     "No action is needed if you are not interested.", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)

HEADER = [f"# mailbot development corpus dev147. Generated by scripts/make_corpus_dev147.py (seed {SEED}); do not edit by hand.",
          "# Alex as director of a school of Italian for foreigners in Florence: study-abroad agents, host families, booking-platform and "
          "school-software vendors, teacher training with recognised hours, teachers applying, partner schools, consulates and cultural "
          "institutes, agents rude after a refused commission; Italian, English, German, Spanish, French. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev147", SEED, PEOPLE, FOREIGN, spoofs=12, other=12, header=HEADER, eras=ERAS)
