#!/usr/bin/env python3
"""Write mailbot's fifty-sixth, independent development corpus: tests/corpus/dev56/*.eml + expected.toml.

The angle: the user Alex is head of a private international school (Hillcrest International
School). Their LinkedIn world: parents (current and prospective) who offer careers talks or ask
questions, edtech and LMS vendors, teacher peers in other schools who share lesson plans and
moderation tips, CPD trainers and educational publishers, university admissions officers who
offer counsellor visits, teachers applying for posts, fundraising and enrolment-marketing
consultants, search firms placing school heads, and the hostility of vendors and applicants who
were ignored. All five LinkedIn languages; some writers use a language other than LinkedIn's.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the headlines of
spoof-only names and PYMK suggestions, and the pitches that spoofs carry are swapped for
school ones in this process only (make_corpus.py itself is not changed). Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording,
or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev56.py              # writes tests/corpus/dev56
    python scripts/make_corpus_dev56.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260856

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ school world (this process only)
SKILLS = {
    "en": ["School Leadership", "International Baccalaureate", "Curriculum Development", "Safeguarding", "Educational Leadership", "Teacher Training"],
    "de": ["Schulleitung", "Internationales Bakkalaureat", "Lehrplanentwicklung", "Kinderschutz", "Bildungsmanagement"],
    "fr": ["Direction d'établissement", "Baccalauréat International", "Ingénierie pédagogique", "Protection de l'enfance", "Leadership éducatif"],
    "es": ["Dirección escolar", "Bachillerato Internacional", "Diseño curricular", "Protección de la infancia", "Liderazgo educativo"],
    "it": ["Dirigenza scolastica", "Baccalaureato Internazionale", "Progettazione didattica", "Tutela dei minori", "Leadership educativa"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Head of Secondary", "Lakeview International School"), ("Principal", "British School of Lisbon"),
              ("Schulleiter/in (m/w/d)", "Internationale Schule am Rhein"), ("Directeur·rice pédagogique", "École Internationale de Genève Rive Droite"),
              ("Director of Admissions", "St Aidan's College")]
mc.COMPANIES["good"] = ["Lakeview International School", "University of Warwick", "IE University", "Internationale Schule am Rhein", "Council of International Schools",
                        "Sciences Po", "Università Bocconi", "Cambridge Assessment"]
mc.COMPANIES["sales"] = ["ClassNest LMS", "Edvolve", "SchoolSnap Photography", "Meridian Fundraising Partners", "TeachBridge Recruitment",
                         "Pearlstone Education", "EnrolBoost"]
mc.HEADLINES["good"] = ["Head of Humanities at {co}", "IB DP Coordinator | {co}", "Admissions Officer, International Students | {co}",
                        "Deputy Head (Pastoral) at {co}", "Head of Maths at {co}", "University Counsellor | {co}"]
mc.HEADLINES["sales"] = ["Account Executive, K-12 | {co}", "Partnerships Lead at {co}", "Founder & CEO at {co}",
                         "Helping private schools fill seats | {co}", "Education Consultant | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a parent shared the term fee invoice with you. Sign in to review and approve the payment before Friday.",
           "Dear {first}, your school's accreditation documents are waiting for signature. Log in to confirm your identity."],
    "de": ["Hallo {first}, ein Elternteil hat Ihnen eine Schulgeldrechnung freigegeben. Bitte melden Sie sich an, um sie zu prüfen.",
           "Sehr geehrte/r {first}, die Unterlagen zur Akkreditierung Ihrer Schule warten auf Ihre Unterschrift. Hier anmelden."],
    "fr": ["Bonjour {first}, un parent vous a partagé une facture de frais de scolarité. Connectez-vous pour la valider.",
           "Bonjour {first}, le dossier d'accréditation de votre établissement attend votre signature. Connectez-vous ici."],
    "es": ["Hola {first}, una familia te ha compartido el recibo de la matrícula. Inicia sesión para revisarlo.",
           "Estimado/a {first}, la documentación de acreditación de su colegio está pendiente de firma. Acceda para confirmar."],
    "it": ["Ciao {first}, un genitore ti ha condiviso la fattura della retta. Accedi per verificarla.",
           "Gentile {first}, i documenti di accreditamento della sua scuola attendono la firma. Acceda per confermare."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "en", "Rachel Okonkwo", "Head of Geography | Lakeview International School", "Lisbon",
  ("inv", "Hi Alex, I saw your Year 9 climate unit mentioned in the ECIS newsletter. We built a fieldwork unit on coastal erosion with rubrics and "
          "student exemplars - happy to send the whole folder over, free. Would love to swap notes on assessment."),
  ("rem",))
P("good_invitation", "de", "Jana Pfeiffer", "Admissions Officer, International Undergraduates | TU München", "München",
  ("inv", "Guten Tag, ich bin im Herbst auf Schulbesuchstour in Ihrer Region. Ich könnte Ihren Oberstufenschülern einen kostenlosen Vortrag "
          "zu Bewerbung, Studiengebühren und Stipendien halten. Passt das in Ihren Kalender?"))
P("good_invitation", "fr", "Camille Roussel", "Mère d'élève (CM2) | Ingénieure chez Airbus", "Toulouse",
  ("inv", "Bonjour, je suis la maman de Léa en CM2. Pour la semaine des métiers, je peux venir présenter mon travail d'ingénieure et "
          "apporter une maquette d'aile pour les élèves. Bénévolement bien sûr ! Dites-moi si cela vous intéresse."),
  ("rem",))
P("good_invitation", "es", "Tomás Echeverría", "Coordinador PAI | Colegio Internacional Montealto", "Madrid",
  ("inv", "Alex, buenas. Estamos montando un grupo de moderación entre coordinadores PAI de colegios de Madrid y alrededores: cada uno trae "
          "trabajos anonimizados y los calificamos juntos. Gratis, una tarde al trimestre. ¿Os sumáis?"))
P("good_invitation", "it", "Federica Lanzi", "Formatrice IB accreditata | Docente di Scienze", "Bologna",
  ("inv", "Buongiorno Alex, a marzo tengo un workshop gratuito per docenti sulle Internal Assessment di Chimica, con attestato di 6 ore di "
          "formazione. Ho pensato ai suoi colleghi di scienze: le giro il programma?"))
P("good_invitation", "it", "Daniel Ashworth", "Principal | The British School of Turin", "Turin",
  ("inv", "Alex, fellow head here. We're both going through CIS re-accreditation this year and I'd value 20 minutes comparing how you're "
          "handling the self-study - our steering group is stuck on the wellbeing standard. Happy to share ours in return."),
  ("rem",), nl="en")


# =============================================================== default_invitation
P("default_invitation", "en", "Gareth Pryce", "Education | Technology | Growth", "Cardiff", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Marco Pellegrino", "Consulente | Scuole paritarie", "Napoli", ("inv", NONOTE))
P("default_invitation", "fr", "Julien Moreau", "Enseignant de mathématiques", "Lyon", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Kayla Brooks", "K-12 Account Executive | ClassNest LMS", "Austin",
  ("inv", "Hi Alex! Schools your size usually juggle 3-4 platforms for homework, reports and parent comms. ClassNest replaces all of them. "
          "Open to a 20-min walkthrough next week? I can share what St Mary's Vienna saved."),
  ("rem",))
P("sales_invitation", "de", "Oliver Hartung", "Geschäftsführer | SchoolSnap Schulfotografie", "Hannover",
  ("inv", "Guten Tag, wir fotografieren an über 200 internationalen Schulen – Klassenfotos, Abschlussbälle, Website-Bilder. Gern schicke "
          "ich Ihnen unser Angebot fürs neue Schuljahr und komme für einen kurzen Termin vorbei."))
P("sales_invitation", "es", "Lorena Vidal", "Consultora de captación de fondos | Meridian Fundraising Partners", "Barcelona",
  ("inv", "Hola Alex, ayudamos a colegios privados a lanzar campañas de capital para nuevos edificios (media de 1,2 M€ recaudados). "
          "Trabajamos a honorario fijo. ¿Te cuento cómo en una videollamada de 30 minutos?"))
P("sales_invitation", "fr", "Yannick Desrosiers", "Directeur | TeachBridge Recrutement enseignants", "Montréal",
  ("inv", "Bonjour, nous plaçons des enseignants francophones certifiés dans les écoles internationales (frais = 18 % du salaire annuel). "
          "Vos postes de rentrée sont-ils pourvus ? Je peux vous envoyer 5 profils dès demain."),
  ("rem",))
P("sales_invitation", "it", "Stefano Rota", "Education Sales | Pearlstone Education", "Verona",
  ("inv", "Salve! Pearlstone ha appena lanciato la nuova collana di manuali per il programma Cambridge IGCSE con piattaforma digitale inclusa. "
          "Posso passare a lasciarle le copie saggio e presentarle i prezzi per istituto?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Brian Lockhart", "Founder | International Heads' Roundtable", "Dubai",
  ("inv", "Alex, I convene a small private roundtable of heads of international schools. Off the record, quarterly, no vendors in the room. "
          "Would be good to have your voice in it."),
  ("msg", "Great to have you connected! Quick heads-up: the roundtable is sponsored by our enrolment analytics platform, EnrolBoost. "
          "Members get the dashboard at 25% off - £6,800 for the year. Can I book you in for a demo this Thursday?", (4, 12)),
  ("msg", "Alex, just bumping this - the members' rate closes end of month. Shall I send the order form to your bursar?", (6, 14)))
P("bait_and_switch_invitation", "de", "Sabine Köhler", "Safeguarding-Trainerin | Kinderschutz an Schulen", "Köln",
  ("inv", "Hallo Alex, ich habe eine kostenlose Checkliste zur Umsetzung der neuen Kinderschutz-Standards erstellt. Gern schicke ich sie "
          "Ihnen für Ihr Kollegium – einfach vernetzen."),
  ("msg", "Schön, dass wir verbunden sind! Die Checkliste ist der erste Schritt. Ihr gesamtes Kollegium zertifiziere ich in einem Inhouse-Tag "
          "für 3.200 € zzgl. MwSt. Wann passt Ihnen ein Telefonat zur Terminfindung?"))
P("bait_and_switch_invitation", "fr", "Aurélie Vasseur", "Professeure de lettres | Créatrice de ressources", "Bordeaux",
  ("inv", "Bonjour Alex, je partage gratuitement mes séquences de français langue seconde (niveaux A2-B1) avec des collègues d'écoles "
          "internationales. Je vous ajoute et je vous envoie le lien du dossier ?"),
  ("msg", "Merci d'avoir accepté ! Petite précision : le dossier gratuit contient 3 séquences, le reste est sur ma plateforme Classe+ "
          "(licence établissement 1 450 €/an). Je vous fais un devis pour vos 6 enseignants de français ?", (3, 9)),
  ("msg", "Re-bonjour Alex, je n'ai pas eu de retour sur le devis. Je peux vous proposer 15 % si vous signez avant les vacances.", (8, 20)))
P("bait_and_switch_invitation", "es", "Ricardo Salinas", "Ex admisiones universitarias | Orientador educativo", "Ciudad de México",
  ("inv", "Hola Alex, trabajé 9 años en admisiones en universidades de EE. UU. Si tus orientadores tienen dudas sobre solicitudes "
          "de alumnos latinos, con gusto les echo una mano. Conectemos."),
  ("msg", "¡Gracias por conectar! Te cuento: mi agencia ofrece paquetes de asesoría para familias (desde 4.500 USD por alumno) y a los colegios "
          "les damos una comisión del 10 %. ¿Podrías presentarnos a las familias de 11.º grado en la reunión de padres?", (5, 15)))
P("bait_and_switch_invitation", "it", "Gianluca Ferri", "Dirigente scolastico (in pensione) | Mentor per presidi", "Firenze",
  ("inv", "Caro Alex, dopo 30 anni da preside offro un confronto tra pari a chi guida una scuola: una chiacchierata ogni tanto, "
          "senza impegno. Mi farebbe piacere conoscerla."),
  ("msg", "Grazie per il collegamento! Come le dicevo, mi piace accompagnare i colleghi. Il mio percorso di coaching per dirigenti prevede "
          "8 sessioni a 1.900 € totali, anche a carico della scuola. Vuole che le mandi la scheda?", (6, 18)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Heather Lindgren", "Researcher | Future of Schooling Project", "Stockholm",
  ("inm", "Quick survey for school heads", "Hi Alex, I'm collecting views from heads of international schools on how AI is changing homework policy. "
          "It's a 6-question survey and every participant gets the full findings report. Would you be willing to take part?"),
  ("inm", "Thanks + your results", "Thanks so much for filling it in! Your answers suggest your staff would benefit from our AI-readiness programme "
          "for teachers - £95 per teacher, minimum 30 seats. Could we get 20 minutes to go through a proposal?", (4, 10)))
P("bait_and_switch_inmail", "de", "Dr. Anton Weigl", "Bildungsforscher | Stiftung Schule im Wandel", "Wien",
  ("inm", "Einladung: Expertenrunde Ganztag", "Sehr geehrte/r Alex Morgan, wir laden Schulleitungen zu einer kostenlosen Online-Expertenrunde "
          "über Ganztagskonzepte an internationalen Schulen ein. Ihre Perspektive wäre sehr wertvoll."),
  ("inm", "Nach der Expertenrunde", "Vielen Dank für Ihre Teilnahme! Viele Schulen fragen danach nach Umsetzung. Unser Beratungspaket zur "
          "Ganztagsentwicklung kostet 9.800 € für ein Schuljahr. Darf ich Ihnen ein Angebot schicken?"))
P("bait_and_switch_inmail", "it", "Valeria Bassi", "Giornalista | Rivista Scuole Internazionali Oggi", "Milano",
  ("inm", "Intervista per il nostro numero di maggio", "Buongiorno, stiamo preparando uno speciale sui dirigenti delle scuole internazionali "
          "in Italia e vorremmo intervistarla. Bastano 20 minuti al telefono."),
  ("inm", "Re: Intervista", "Grazie per la disponibilità! Per la pubblicazione dell'intervista con foto e box della scuola è previsto un contributo "
          "redazionale di 1.200 € + IVA. In alternativa c'è la pagina intera a 2.000 €. Le mando il modulo d'ordine?", (3, 8)))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Craig Mulvaney", "Aspiring Deputy Head | English teacher", "Manchester",
  ("end",), ("end",),
  ("msg", "Hi Alex - endorsed you for {skill}, you clearly know your stuff. Any chance you could endorse me for Curriculum Leadership and "
          "Pastoral Care? Going for deputy roles and a head's endorsement would carry weight. Cheers!"))
P("endorse_me_back", "fr", "Nadège Fournier", "Formatrice | Pédagogie Montessori", "Nantes",
  ("end",),
  ("msg", "Bonjour Alex, je viens de vous recommander pour {skill}. En retour, pourriez-vous valider mes compétences Montessori et "
          "Formation d'adultes ? Je monte mon activité et chaque validation compte. Merci !"))
P("endorse_me_back", "es", "Iván Corrales", "Profesor de Educación Física | Entrenador", "Sevilla",
  ("end",), ("end",),
  ("msg", "ey Alex, te valide {skill} 💪 me devuelves el favor con Deporte escolar y Liderazgo? es para una plaza en Dubai, gracias crack"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Shane Whitaker", "Regional Director | Edvolve Learning Analytics", "Sydney",
  ("inv", "Alex, 2 min of your time: Edvolve predicts which students will drop a grade before it happens. Worth a look?"),
  ("rem",),
  ("inm", "Not even a no?", "Alex, I've reached out twice now. Simple courtesy costs nothing. I'd expect a school leader to model the manners "
          "they presumably teach their students. Clearly not. Good luck with your results this year."))
P("hostility_after_decline", "de", "Kevin Brandl", "Lehrer für Englisch und Sport", "Augsburg",
  ("inv", "Hallo, ich habe mich auf Ihre Stelle Englisch/Sport beworben und würde mich gern vernetzen."),
  ("inm", "Absage", "Sie haben mich nicht mal zum Gespräch eingeladen und ignorieren dann auch noch meine Anfrage. Arrogant ist das. "
          "Ich werde auf Kununu schreiben, wie Ihre Schule mit Bewerbern umgeht."))
P("hostility_after_decline", "fr", "Patrice Lemoine", "Père d'élève | Directeur commercial", "Genève",
  ("inv", "Monsieur Morgan, je souhaite échanger avec vous au sujet de la note de mon fils en histoire."),
  ("rem",),
  ("inm", "Votre silence", "Monsieur, vous ignorez ma demande alors que je paie 28 000 CHF de frais de scolarité par an. C'est un manque de "
          "respect inadmissible. Je m'attendais à mieux d'un chef d'établissement. J'en parlerai au conseil d'administration."))
P("hostility_after_decline", "es", "Marisa Quintero", "Consultora de marketing educativo | EnrolBoost", "Valencia",
  ("inv", DEFAULT),
  ("inm", "Sin respuesta", "Hola Alex, veo que no aceptas mi invitación. Qué poco profesional, la verdad. Luego os quejáis de que no llenáis "
          "plazas. Allá vosotros."))
P("hostility_after_decline", "it", "Luca Sartori", "Docente di Matematica | Candidato", "Torino",
  ("inv", "Buongiorno, le ho inviato la candidatura per la cattedra di matematica. Spero di poterne parlare."),
  ("rem",),
  ("inm", "Complimenti per la cortesia", "Buongiorno, tre settimane senza nemmeno accettare un collegamento. Bella lezione di educazione per una "
          "scuola che si vanta dei suoi valori. Non si preoccupi, ho trovato di meglio."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Darren Fitzgerald", "Senior Consultant | Meridian Fundraising Partners", "Dublin",
  ("msg", "Alex, your new sports hall is the perfect anchor for a capital campaign. We'd run feasibility, donor mapping and the gala. "
          "Fixed fee €38k. Can we get 30 mins with you and your bursar?"),
  ("msg", "Alex, surprised I haven't heard back. Frankly, schools that sit on their hands like this end up building nothing. "
          "You'll regret not taking this seriously. I've got better things to do than chase you."))
P("hostility_connection", "de", "Melanie Vogt", "Vertrieb Schulmöbel | LernRaum Design", "Nürnberg",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Für Ihren Neubau: unsere flexiblen Klassenzimmermöbel gibt es mit 12 % Rabatt für Schulen, "
          "die bis Juni bestellen. Darf ich einen Showroom-Termin vorschlagen?"),
  ("msg", "Sie laden mich selbst ein und antworten dann nicht? Das ist schlicht unhöflich. So geht man mit Geschäftspartnern nicht um."))
P("hostility_connection", "es", "Héctor Bravo", "Fundador | AulaDigital 360", "Bogotá",
  ("msg", "Alex! Nuestra app de comunicación con familias ya la usan 300 colegios. Te dejo la demo y precio especial para internacionales."),
  ("msg", "Oye, ¿todo bien? Te escribí hace dos semanas."),
  ("msg", "Mira Alex, si no te interesa lo dices y listo. Ignorar a la gente es de muy mala educación, y más viniendo de un director de colegio."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Natalie Greer", "Customer Success & Sales | ClassNest LMS", "Denver",
  ("msg", "Hi Alex, hope term's started well! ClassNest just launched AI report-card comments - teachers save 6 hours per cycle. Fancy a trial for your secondary?"),
  ("msg", "Hey Alex, following up with our pricing sheet for schools of 600-900 students. Happy to jump on a call Tuesday or Wednesday."),
  ("msg", "Last one from me: we have 3 onboarding slots before January. Want me to hold one for Hillcrest?"))
P("connection_only_pitches", "it", "Daniela Ruggiero", "Consulente assicurativa | Polizze per scuole paritarie", "Roma",
  ("msg", "Ciao Alex, le scuole internazionali spesso non hanno copertura per le gite all'estero. Ti preparo un preventivo senza impegno?"),
  ("msg", "Alex, ti ricordo la proposta: polizza infortuni + RC per 700 alunni a 11 € ad alunno. Ci sentiamo questa settimana?"))
P("connection_only_pitches", "fr", "Benoît Carré", "Responsable grands comptes | Cantines Sodelis", "Lille",
  ("msg", "Bonjour Alex, notre offre de restauration scolaire bio et locale est désormais disponible dans votre région. Un rendez-vous pour une dégustation ?"),
  ("msg", "Bonjour Alex, je reviens vers vous avec notre grille tarifaire (4,90 € le repas). Quand puis-je vous la présenter ?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Priyanka Desai", "Partnerships Lead | StudyPath Summer Schools", "London",
  ("msg", "Hi Alex, we run residential summer programmes at Oxford colleges. Schools that partner with us get a 12% referral fee per student. "
          "Could I send you the brochure to share with parents?"))
P("single_pitch", "de", "Thorsten Lang", "Geschäftsführer | EduTablet Leasing", "Dortmund",
  ("msg", "Hallo Alex, 1:1-Tablets für alle Schüler, aber ohne Investition? Wir leasen iPads inklusive MDM ab 9,90 € im Monat pro Gerät. "
          "Sollen wir einen Termin machen?"))
P("single_pitch", "es", "Aitana Ruiz", "Account Manager | Pearlstone Education", "Málaga",
  ("msg", "Hola Alex, ya está disponible la edición 2026 de nuestros libros de Language Acquisition para el PAI. ¿Te reservo una presentación "
          "para tu departamento de idiomas?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Fiona MacLeod", "Deputy Head Academic | Lakeview International School", "Lisbon",
  ("msg", "Alex - as promised at the conference, here's our staff handbook section on AI and assessment, plus the parent letter we sent. "
          "Steal whatever's useful, no need to credit us."),
  ("msg", "PS our Head of Science says your team can join our joint moderation day on 14 March if you like. Just bring two samples per subject."))
P("connection_brings_value", "de", "Matthias Ebner", "Zulassung internationale Studierende | Universität Wien", "Wien",
  ("end",),
  ("msg", "Hallo Alex, kurze Info für Ihre Studienberatung: Wir haben die Anforderungen für IB-Absolventen geändert, Mathe AA SL reicht jetzt "
          "für Wirtschaft. Ich habe Ihnen das Merkblatt angehängt und komme gern im Mai für eine Infostunde vorbei."))
P("connection_brings_value", "it", "Sara Colombo", "Mamma di due alunni | Psicologa dell'età evolutiva", "Milano",
  ("msg", "Ciao Alex, come genitore e psicologa volevo offrirmi per un incontro serale con le famiglie sull'ansia da esame. "
          "Lo faccio volentieri gratuitamente, dimmi tu una data."))
P("connection_brings_value", "fr", "Olivier Gauthier", "Responsable des admissions internationales | Sciences Po", "Paris",
  ("msg", "Bonjour Alex, nous organisons le 20 novembre une journée portes ouvertes réservée aux conseillers d'orientation des lycées "
          "internationaux, déjeuner compris. Vos conseillers sont les bienvenus, je vous envoie le lien d'inscription."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Gillian Hart", "Partner, Education Leadership Search | Carrow & Hart", "London",
  ("inm", "Head of School - confidential search, Singapore", "Dear Alex, I'm retained by the board of a 1,400-student IB continuum school in Singapore "
          "to find their next Head of School, starting August 2027. Package includes housing and tuition for dependants. Your track record "
          "at Hillcrest fits their brief closely. Would you be open to a confidential call?"))
P("stranger_inmail_recruiter", "fr", "Sylvie Marchand", "Présidente du conseil d'administration | Lycée International de Lausanne", "Lausanne",
  ("inm", "Direction générale – Lycée International de Lausanne", "Bonjour Monsieur Morgan, notre directeur part à la retraite en juillet "
          "et le conseil d'administration mène lui-même le recrutement. Votre parcours bilingue nous intéresse beaucoup. Seriez-vous disposé "
          "à un premier échange confidentiel ?"))
P("stranger_inmail_recruiter", "es", "Joaquín Herrera", "Director de Talento | Grupo Educativo Alborán", "Madrid",
  ("inm", "Dirección de colegio internacional en Marbella", "Hola Alex, buscamos director/a para nuestro nuevo campus internacional en "
          "Marbella (apertura septiembre, 450 plazas). Contrato indefinido, salario competitivo y vivienda el primer año. ¿Te interesaría hablarlo?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Tyler Benson", "Enterprise AE | SafeGate Visitor Management", "Chicago",
  ("inm", "Who's signing in at your front gate?", "Hi Alex, SafeGate checks every visitor against watchlists in 4 seconds and prints badges. "
          "Used by 900 schools. Open to a 15-minute demo?"),
  ("inm", "Re: Who's signing in at your front gate?", "Hi Alex, floating this back up. Happy to send a quote for a two-gate campus."))
P("stranger_inmail_sales", "it", "Roberta Galli", "Marketing scolastico | EnrolBoost Italia", "Bologna",
  ("inm", "Più iscrizioni per il prossimo anno", "Gentile Alex, con le nostre campagne su Instagram e Google portiamo alle scuole internazionali "
          "in media 40 richieste di visita in più al mese. Possiamo fissare una call per mostrarle i risultati?"))
P("stranger_inmail_sales", "de", "Björn Adler", "Key Account | Mensa-Catering Adler", "Frankfurt",
  ("inm", "Schulverpflegung ab August", "Guten Tag, wir liefern frisch gekochtes Mittagessen für Schulen ab 300 Portionen. Darf ich Ihnen "
          "ein Angebot erstellen?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Laura Pemberton", "Head of Maths | Author of 'Thinking Mathematically'", "Bristol",
  ("inv", "Hi Alex, I run a free Saturday problem-solving club for teachers online. Your maths team would be very welcome - I share all "
          "the task sheets openly."),
  ("msg", "Here are the task sheets from the last six sessions, and the recording of the one on proof. Enjoy!"),
  ("msg", "Hi Alex, exciting news: the club is moving to a subscription model (£40 per teacher per month) with a school licence at £3,000. "
          "As an early member I can lock in 20% off for Hillcrest. Shall I send the invoice?", (20, 40)))
P("good_turns_ugly", "es", "Beatriz Lozano", "Jefa de admisiones | Universidad Europea del Atlántico", "Santander",
  ("inv", "Hola Alex, soy responsable de admisiones internacionales. Ofrecemos charlas gratuitas para alumnos de último curso sobre "
          "estudiar en España. ¿Conectamos para organizar una?"),
  ("msg", "¡Gracias por la charla de ayer, los alumnos participaron muchísimo! Te dejo las diapositivas y la guía de becas."),
  ("end",),
  ("msg", "Alex, una cosita: te validé {skill}. ¿Me validarías Admisiones y Orientación universitaria? Me ayudaría en la evaluación anual. ¡Mil gracias!"))
P("good_turns_ugly", "de", "Ulrike Baumann", "Fachleiterin Deutsch als Fremdsprache | Autorin", "Zürich",
  ("inv", "Liebe/r Alex, ich teile meine DaF-Materialien (A1–B2) mit Kolleginnen an internationalen Schulen. Soll ich Ihnen den Ordner schicken?"),
  ("msg", "Hier der Link zum Ordner mit allen Einheiten und Hörtexten. Viel Freude damit!"),
  ("msg", "Hallo Alex, ich würde gern zwei Fortbildungstage für Ihr DaF-Team anbieten, Honorar 1.600 € pro Tag. "
          "Wann können wir telefonieren?", (15, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Connor Hayes", "Business Development | TeachBridge Recruitment", "Dubai",
  ("inm", "Teachers for September?", "Hi Alex, we have 40 UK-qualified teachers ready to relocate for September. Standard placement fee. "
          "Shall I send CVs for your vacancies?"),
  ("inv", "Hi Alex, great to see Hillcrest's IB results in the news. Would be lovely to connect."))
P("reinvite_known_bad", "fr", "Mathilde Perrin", "Consultante | Stratégie d'établissement", "Paris",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous avons des amis communs au sein du réseau AEFE. Ravie d'échanger un jour sur l'accueil des élèves allophones."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Paolo Mancuso", "Commerciale | Lavagne interattive ScuolaSmart", "Napoli",
  ("inv", "Buongiorno, abbiamo le LIM in promozione per le scuole paritarie. Posso mandarle il listino?"),
  ("inm", "Che maleducazione", "Buongiorno, non accetta e non risponde. Da un dirigente mi aspettavo più educazione. Non c'è da stupirsi "
          "che certe scuole private siano rimaste all'Ottocento."),
  ("inv", "Buongiorno Alex, ripartiamo da zero? Mi farebbe piacere essere in contatto."))
P("reinvite_known_ugly", "en", "Dr. Morris Quayle", "Chair | Global Council for School Excellence", "Abu Dhabi",
  ("inm", "Nomination: Outstanding School Leader 2026", "Dear Alex, I'm pleased to inform you that you have been nominated for our Outstanding "
          "School Leader award, judged by an independent panel. Please confirm you are happy to be shortlisted."),
  ("inm", "Shortlist confirmation", "Dear Alex, congratulations on reaching the shortlist! To complete the process, shortlisted leaders purchase "
          "the recognition package (trophy, gala table for two, press release) at USD 2,450. Kindly settle within 7 days.", (3, 9)),
  ("inv", "Dear Alex, it would be a privilege to welcome you into my professional network."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Owen Prescott", "Director of Sales | Edvolve", "Manchester",
  ("acc",),
  ("msg", "Thanks for the connect after the BETT panel, Alex! Since you asked about attendance analytics - Edvolve's school plan is £4.20 per "
          "student per year. Happy to do a proper demo for your SLT whenever suits."))
P("user_invited_pitch_once", "de", "Katrin Lorenz", "Verlagsberaterin | Cornelius Schulbuchverlag", "Berlin",
  ("acc",),
  ("msg", "Vielen Dank für die Kontaktanfrage! Zu unserem neuen Englischwerk für die Sekundarstufe kann ich Ihnen gern ein Angebot mit "
          "Schullizenz machen. Wann darf ich anrufen?"))
P("user_invited_pitch_once", "it", "Matteo Bellini", "Fondatore | CodeKids – corsi di coding", "Torino",
  ("acc",),
  ("msg", "Grazie per avermi aggiunto! Ti mando il listino dei nostri corsi pomeridiani di robotica per la primaria: 180 € a trimestre per bambino. "
          "Ti va di parlarne?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Sébastien Noël", "Fondateur | VisioSchool – portail familles", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis au salon, voici notre offre VisioSchool pour 800 élèves : 7 200 € par an. Une démo la semaine prochaine ?"),
  ("msg", "Bonjour Alex, je relance pour la démo VisioSchool. Nos tarifs augmentent au 1er janvier, je peux vous garantir l'ancien prix jusque-là."))
P("user_invited_pitch_twice", "es", "Carolina Méndez", "Directora comercial | Uniformes Escolares Orbe", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por aceptar mi contacto, Alex! Te paso nuestro catálogo de uniformes con bordado del escudo incluido. ¿Te hago presupuesto para 650 alumnos?"),
  ("msg", "Hola Alex, ¿pudiste ver el catálogo? Si cerramos antes de marzo entregamos para septiembre sin recargo."))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Hannah Sato", "University Counsellor | Lakeview International School", "Lisbon",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! Here's the UCAS reference template and the timeline we use for Year 12 - I've stripped out names. "
          "Happy to hop on a call with your new counsellor if it helps her first cycle."))
P("user_invited_value", "de", "Prof. Dr. Helga Brenner", "Lehrerbildung | Pädagogische Hochschule Zürich", "Zürich",
  ("acc",),
  ("msg", "Danke für Ihre Anfrage, Alex. Unser Praktikumsprogramm sucht internationale Schulen: Ihre Lehrkräfte würden kostenlos von "
          "Studierenden im Praxissemester unterstützt, wir übernehmen die Betreuung. Hätten Sie Interesse?"))
P("user_invited_value", "fr", "Émilie Carpentier", "Conseillère pédagogique | Académie de Grenoble", "Grenoble",
  ("acc",),
  ("msg", "Bonjour Alex, merci pour la mise en relation ! Comme convenu, je vous transmets notre banque de sujets d'oral du DNL histoire-géo, "
          "libre de droits. N'hésitez pas si vos enseignants ont des questions."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Inés Galarza", "Directora | Colegio Británico de Pamplona", "Pamplona", ("acc",))
P("acceptance_only", "de", "Florian Haas", "Leiter | Bischöfliches Internat St. Georg", "Salzburg", ("acc",))
P("lone_endorsement", "fr", "Lucas Bernard", "Ancien élève | Étudiant à l'EPFL", "Lausanne", ("end",))
P("lone_endorsement", "it", "Giorgia Villa", "Insegnante di Inglese | Liceo Linguistico", "Como", ("end",))


# =============================================================== more voices
P("good_invitation", "en", "Elena Navarro", "Madre de alumna | Bibliotecaria municipal", "Valencia",
  ("inv", "Hola Alex, soy la madre de Carla (6.º). Desde la biblioteca municipal podemos prestar al colegio lotes de 40 libros en inglés y "
          "español cada trimestre, sin coste. ¿Te paso el contacto de la coordinadora?"), nl="es")
P("hostility_after_decline", "fr", "Ruth Castellano", "Fundraising Consultant | Independent", "Edinburgh",
  ("inv", "Alex, most independent schools leave six figures of alumni giving on the table. I fix that. 15 minutes?"),
  ("inm", "Fair enough", "Alex, I see you've ignored my invitation. That's your prerogative, but it's telling. Schools wonder why their alumni "
          "don't give - maybe start by answering people. Rude."), nl="en")
P("connection_brings_value", "en", "Rodrigo Pizarro", "Profesor de Historia | Colegio Internacional San Patricio", "Santiago de Chile",
  ("end",),
  ("msg", "Alex, te comparto la unidad de Historia que armamos sobre la Guerra Fría con fuentes primarias traducidas al inglés, rúbricas "
          "y un juego de simulación. Úsala con tu equipo si les sirve."), nl="es")
P("bait_and_switch_inmail", "fr", "Karine Duval", "Fondatrice | Réseau des Chefs d'Établissement Francophones", "Bruxelles",
  ("inm", "Rejoindre notre réseau", "Bonjour Alex, notre réseau réunit des chefs d'établissement francophones pour partager des pratiques. "
          "L'adhésion est libre et je serais heureuse de vous compter parmi nous."),
  ("inm", "Bienvenue – étape suivante", "Merci pour votre réponse enthousiaste ! Pour finaliser votre inscription au réseau, la cotisation "
          "annuelle est de 690 € par établissement, et nous proposons en option l'audit de climat scolaire à 4 500 €. Je vous envoie la facture ?", (5, 14)))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rachel Okonkwo", "r.okonkwo@lakeview-school.example.pt", "Coastal erosion unit - files",
     "Hi Alex,\n\nI sent you a LinkedIn request too, but here's the shared folder directly in case that's easier. Rubrics are in the second tab.\n\nRachel", "en"),
    ("ManageBac Notifications", "no-reply@managebac.example", "Weekly summary: 14 overdue Internal Assessments",
     "Hi Alex,\n\n14 Internal Assessment drafts are overdue across DP2. Tip: share your school's IB results on LinkedIn to celebrate with your community.", "en"),
    ("Elternbeirat Hillcrest", "elternbeirat@hillcrest-school.example", "Protokoll Elternabend 12.03.",
     "Liebe/r Alex,\n\nanbei das Protokoll. Einige Eltern fragen, ob die Schule auf LinkedIn aktiver werden kann, um Praktikumsplätze zu finden.\n\nViele Grüße\nDer Elternbeirat", "de"),
    ("Conseil d'administration", "ca@hillcrest-school.example", "Ordre du jour – séance du 4 avril",
     "Bonjour Alex,\n\nVous trouverez l'ordre du jour ci-joint. Point 5 : plainte d'un parent concernant un message sur LinkedIn. Merci de préparer un bref rapport.", "fr"),
    ("Feria de Colegios Internacionales", "info@feriacolegios.example.es", "Reserva tu stand – Madrid, 18 de octubre",
     "Estimado/a Alex,\n\nle recordamos que las reservas de stand cierran el viernes. Síganos en LinkedIn para conocer a los expositores.", "es"),
    ("Segreteria Didattica", "segreteria@hillcrest-school.example", "Candidature cattedra di matematica",
     "Ciao Alex,\n\nsono arrivate 23 candidature per la cattedra di matematica. Alcuni candidati scrivono anche su LinkedIn: ti preparo l'elenco completo per la commissione.", "it"),
    ("ClassNest LMS", "hello@classnest.example", "Alex, your free trial is waiting",
     "Hi Alex,\n\nKayla from our team reached out on LinkedIn. Start your 30-day free trial today - no card required.\n\nThe ClassNest Team", "en"),
    ("Council of International Schools", "accreditation@cis.example", "Self-study visit dates confirmed",
     "Dear Alex,\n\nyour team visit is confirmed for 9-12 November. Daniel Ashworth (British School of Turin) has kindly offered to share his self-study; he mentioned he contacted you via LinkedIn.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot fifty-sixth development corpus (dev56). Generated by scripts/make_corpus_dev56.py (seed {SEED}); do not edit by hand.",
          "# Alex as head of a private international school: parents, edtech and LMS vendors, teacher peers, trainers and publishers, admissions officers, "
          "applicants, fundraising consultants, hostility from the ignored. Same format as tests/corpus/dev."]

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


if __name__ == "__main__":
    main(__doc__, "dev56", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
