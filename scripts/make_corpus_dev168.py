#!/usr/bin/env python3
"""Write mailbot's dev168 corpus: tests/corpus/dev168/*.eml + expected.toml.

The angle: an ordinary two months (September and October 2022) of the user Alex, a marketing
lecturer at a university in Barcelona. Students and alumni asking for letters and advice,
textbook publishers' reps, edtech and survey-tool sellers, conference calls for papers and
predatory journals, guest-lecture invitations, peers sharing syllabi and cases, an angry
student after a grade. Catalan, Spanish, English, some French and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job alerts, headlines of spoof-only names, spoof pitches,
story start dates (autumn 2022) and the gaps between story steps are swapped in this process
only. Catalan writers carry LinkedIn's Spanish wording (the recipient reads LinkedIn in
Spanish). Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev168.py              # writes tests/corpus/dev168
    python scripts/make_corpus_dev168.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20221168

import make_corpus as mc  # noqa: E402
import corpus_stories as cs  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a Barcelona lecturer's world (this process only)
SKILLS = {
    "en": ["Digital Marketing", "Consumer Behavior", "Marketing Research", "Brand Management", "Teaching", "Content Strategy"],
    "de": ["Digitales Marketing", "Konsumentenverhalten", "Marktforschung", "Markenführung", "Lehre"],
    "fr": ["Marketing digital", "Comportement du consommateur", "Études de marché", "Gestion de marque", "Enseignement"],
    "es": ["Marketing digital", "Comportamiento del consumidor", "Investigación de mercados", "Gestión de marca", "Docencia universitaria"],
    "it": ["Marketing digitale", "Comportamento del consumatore", "Ricerche di mercato", "Brand management", "Didattica"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Profesor/a Lector/a de Marketing", "Universitat Pompeu Fabra"), ("Associate Professor of Marketing", "ESADE"),
              ("Lecturer in Digital Marketing", "University of Bath"), ("Professeur assistant en marketing", "Toulouse Business School"),
              ("Docente di Marketing (RTD-A)", "Università di Bologna")]
mc.COMPANIES["good"] = ["Universitat de Barcelona", "UPF", "EADA", "Universidad de Valencia", "Bocconi", "La Vanguardia", "AEMARK"]
mc.COMPANIES["sales"] = ["Pearson Educación", "Qualtrix Survey Pro", "ClassPulse", "Ediciones Pirámide", "EduSlides AI", "PanelBox"]
mc.HEADLINES["good"] = ["Profesora de Marketing en {co}", "PhD candidate, Marketing | {co}", "Lecturer in Consumer Behaviour at {co}",
                        "Coordinador del Grado en Marketing | {co}", "Periodista | {co}"]
mc.HEADLINES["sales"] = ["Higher Education Account Manager | {co}", "Key Account Universidades | {co}", "Founder at {co}",
                         "Partnerships | {co}", "Sales Executive EMEA | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your student evaluation results are ready. Log in with your university account to view them.",
           "Dear {first}, the conference committee shared your acceptance letter. Sign in to download it and pay the registration."],
    "de": ["Hallo {first}, Ihre Lehrevaluation ist verfügbar. Bitte melden Sie sich an.",
           "Hallo {first}, ich habe Ihnen ein Dokument freigegeben. Hier anmelden, um es zu sehen."],
    "fr": ["Bonjour {first}, votre article a été accepté. Connectez-vous pour régler les frais d'inscription.",
           "Bonjour {first}, un document vous a été partagé. Connectez-vous pour le consulter."],
    "es": ["Hola {first}, tus resultados de la encuesta docente ya están disponibles. Inicia sesión para verlos.",
           "Estimado/a {first}, su ponencia ha sido aceptada. Acceda para confirmar y abonar la inscripción."],
    "it": ["Ciao {first}, ti ho condiviso un documento. Accedi per visualizzarlo.",
           "Gentile {first}, il suo articolo è stato accettato. Acceda per pagare la quota di pubblicazione."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

# two months of autumn 2022; steps follow each other within weeks
LO, HI = datetime(2022, 9, 1, 7, tzinfo=timezone.utc), datetime(2022, 10, 20, 20, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return LO + timedelta(seconds=self.r.randint(0, int((HI - LO).total_seconds())))


mc.Gen.start_date = _start_date
cs.GAPS.update({"rem": (4, 9), "end": (1, 8), "msg": (2, 9), "inm": (3, 8), "inv": (18, 30)})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Laia Puigdomènech", "Estudiant de 4t de Marketing | UPF", "Barcelona",
  ("inv", "Hola Alex! Soc la Laia, del grup de tarda d'Estratègia de Marca. Vull fer el TFG sobre marques de cooperatives catalanes i m'agradaria saber si me'l podries tutoritzar. T'envio l'esborrany de proposta?"),
  ("rem",))
P("good_invitation", "en", "Dr. Fiona McAllister", "Senior Lecturer in Marketing, University of Strathclyde", "Glasgow",
  ("inv", "Alex, I'm running our MSc consumer behaviour module for the first time and saw your syllabus shared on the AEMARK list. Would you swap reading lists with me? Happy to send over my seminar packs in return."))
P("good_invitation", "es", "Jordi Casals i Ribas", "Director de Màrqueting | Cooperativa Agrícola de Falset", "Falset",
  ("inv", "Bon dia Alex, vam coincidir a la jornada de la Cambra. Busquem dos estudiants per fer pràctiques remunerades de comunicació a la cooperativa aquesta tardor. Podries fer-ne difusió entre els teus alumnes?"))
P("good_invitation", "fr", "Camille Desrosiers", "Responsable pédagogique | IAE Montpellier", "Montpellier",
  ("inv", "Bonjour Alex, nous cherchons un intervenant pour une conférence invitée sur le marketing des marques régionales dans notre master en novembre. Déplacement et hébergement pris en charge. Cela vous tenterait ?"),
  ("rem",))
P("good_invitation", "es", "Marcos Villalobos", "Alumni 2019 | Brand Manager en Damm", "Barcelona",
  ("inv", "Profe! Marcos, de la promo del 2019 (el del trabajo sobre cervezas artesanas 😄). Este año organizo en Damm una visita a la fábrica para estudiantes y me encantaría que vinieras con tu grupo. Gratis, claro. ¿Lo hablamos?"))
P("good_invitation", "it", "Giorgia Lanfranchi", "Dottoranda in Marketing | Università Cattolica", "Milano",
  ("inv", "Buongiorno Alex, sto preparando un questionario sul greenwashing percepito e ho letto il suo paper sulle etichette ecologiche. Avrei una domanda sulla scala che ha usato per la fiducia: posso scriverle?"))
P("good_invitation", "en", "Tom Okafor", "Producer | The Marketing Lab podcast", "London",
  ("inv", "Hi Alex, we run a small unpaid podcast on marketing teaching and research. An episode on how you use live brand briefs with undergrads would be great. 30 min, recorded remotely, whenever suits."))

# =============================================================== default_invitation
P("default_invitation", "es", "Óscar Ribera", "Estudiante | ADE", "Terrassa", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin Tran", "Growth Marketer", "Amsterdam", ("inv", NONOTE))
P("default_invitation", "es", "Núria Ferrer", "Consultora | Formació empresarial", "Girona", ("inv", DEFAULT))
P("default_invitation", "it", "Davide Rocca", "Sales | EdTech", "Roma", ("inv", NONOTE), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "en", "Chad Merriweather", "Higher Ed Partnerships | Qualtrix Survey Pro", "Dublin",
  ("inv", "Hey Alex, noticed your team runs a lot of student surveys. Our academic licence gives unlimited responses + AI open-text coding. Can I grab 15 mins to show you the dashboard?"))
P("sales_invitation", "es", "Rocío Benavente", "Delegada comercial universidades | Ediciones Pirámide", "Madrid",
  ("inv", "Buenos días Alex, te escribo por la nueva edición de nuestro manual de Dirección Comercial, con banco de preguntas y casos. Me encantaría pasarme por la facultad y presentártelo para la bibliografía del próximo curso."),
  ("rem",))
P("sales_invitation", "es", "Pau Segarra", "CEO & cofundador | ClassPulse", "Barcelona",
  ("inv", "Ei Alex! Hem creat ClassPulse, una app per fer enquestes en directe a classe i mesurar l'atenció dels alumnes. Tenim llicències per departaments. Et faria una demo de 20 minuts?"))
P("sales_invitation", "fr", "Julien Mercadier", "Business Developer | EduSlides AI", "Paris",
  ("inv", "Bonjour Alex, notre outil génère vos supports de cours et quiz à partir de vos PDF en 2 minutes. Plusieurs écoles de commerce l'utilisent déjà. Je vous montre ça en visio cette semaine ?"))
P("sales_invitation", "en", "Priyanka Desai", "Lead Gen Specialist | ScholarBoost", "Pune",
  ("inv", "Hello Alex, we help lecturers get more citations through targeted promotion of their papers to 40,000 researchers. Packages from $299. Shall I share our price list?"))

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dr. Samuel Adeyemi", "Editor-in-Chief | Global Journal of Marketing Frontiers", "Lagos",
  ("inv", "Dear Respected Dr. Alex, we are building an international community of marketing scholars to exchange research ideas. Your esteemed presence will be an asset. Kindly accept."),
  ("msg", "Dear Dr. Alex, thank you for joining. We invite you to submit your manuscript to our next volume. Peer review within 5 days. Publication fee only USD 650 after acceptance. Kindly revert with your paper."),
  ("msg", "Respected Sir/Madam, last call for the October volume. Special 25% waiver on the fee for our network members. Awaiting your submission."))
P("bait_and_switch_invitation", "es", "Montserrat Vidal", "Fundadora | Xarxa Dones Docents de Màrqueting", "Sabadell",
  ("inv", "Hola Alex, estic muntant un grup de professores i professors de màrqueting de Catalunya per compartir materials i fer un cafè un cop al mes. Sense compromís. T'hi apuntes?"),
  ("msg", "Gràcies per acceptar! Per cert, a part del grup faig mentoria de marca personal per a docents: 4 sessions per 480 €. Ara tinc un descompte del 20% per als membres. Vols que et reservi plaça?"))
P("bait_and_switch_invitation", "en", "Ryan Whitaker", "Learning Designer | Formerly Nielsen", "Manchester",
  ("inv", "Hi Alex, I've put together a free bank of 30 case studies on retail analytics for marketing courses. Happy to send it over, no strings."),
  ("msg", "Here's the link to the free cases as promised."),
  ("msg", "Hope the cases were handy! We're now offering the full premium library with instructor videos and grading rubrics: £2,900 per department per year. Could you put me in touch with your head of department?"))
P("bait_and_switch_invitation", "it", "Federico Saltarelli", "Presidente | Società Italiana Marketing Esperienziale", "Firenze",
  ("inv", "Ciao Alex, stiamo creando una rete di docenti europei di marketing esperienziale per scambiarci casi e ospitare seminari reciproci. Ti va di farne parte?"),
  ("msg", "Benvenuto nella rete! Per entrare ufficialmente serve l'iscrizione annuale come socio sostenitore (350 €), che include il badge e la presenza nel nostro annuario. Ti mando l'IBAN?"))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Prof. Harold Jenkins", "Programme Chair | International Conference on Marketing & Society (ICMS)", "Singapore",
  ("inm", "Invitation: session chair at ICMS 2022", "Dear Dr. Alex, based on your publications, the committee invites you to chair a session on digital consumer behaviour at ICMS 2022 (hybrid). We would be delighted to have you."),
  ("inm", "ICMS 2022 – chair registration", "Dear Dr. Alex, thank you for accepting. Session chairs register at the reduced rate of USD 420. Proceedings publication is an extra USD 180. Please complete payment within 7 days to secure your role."))
P("bait_and_switch_inmail", "es", "Carolina Etxeberria", "Investigadora | Observatorio del Consumo Digital", "Bilbao",
  ("inm", "Una duda sobre tu escala", "Hola Alex, estoy replicando tu estudio de 2020 sobre compra impulsiva en Instagram y me surge una duda con los ítems de la escala. ¿Me echas una mano?"),
  ("inm", "Gracias + una propuesta", "¡Mil gracias por responder! Aprovecho: en la consultora donde colaboro hacemos estudios de mercado para marcas y buscamos profesores que nos recomienden a empresas. Pagamos un 10% de comisión por cliente. ¿Quedamos para una llamada?"))
P("bait_and_switch_inmail", "fr", "Arnaud Peyrol", "Coordinateur | Réseau francophone des enseignants en marketing", "Bruxelles",
  ("inm", "Réseau d'enseignants", "Bonjour Alex, nous réunissons des enseignants en marketing francophones et hispanophones pour un échange de syllabus gratuit. Seriez-vous partant ?"),
  ("inm", "Suite", "Ravi de votre réponse ! Pour recevoir la banque de syllabus, il suffit de souscrire à notre plateforme de contenus pédagogiques : 39 € par mois, premier mois offert. Je vous envoie le lien ?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Sergi Batlle", "Community Manager freelance | Professor associat", "Reus",
  ("end",),
  ("msg", "Bona Alex! T'he validat {skill}. Em faries el favor de validar-me Xarxes socials i Community management? Estic buscant més classes com a associat i ajuda molt. Gràcies!!"))
P("endorse_me_back", "en", "Bradley Kim", "Marketing Consultant | Adjunct Lecturer", "Toronto",
  ("end",), ("end",),
  ("msg", "Alex, endorsed you for {skill} - you clearly know your stuff. Mind returning the favour on SEO and Marketing Strategy? Would mean a lot."))
P("endorse_me_back", "it", "Martina Esposito", "Social Media Specialist", "Napoli",
  ("end",),
  ("msg", "Ciao Alex! Ti ho confermato {skill} 😊 Se ti va, potresti confermarmi Social Media Marketing e Copywriting? Mi sto candidando per un master e fa curriculum. Grazie!"))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Adrià Codina", "Estudiant de Màrqueting | UPF", "Barcelona",
  ("inv", "Hola Alex, sóc a la teva classe d'Investigació de Mercats. Voldria parlar de la nota del treball final."),
  ("inm", "La nota", "Doncs ja veig que ni acceptes ni contestes. Un 4,2 amb aquella rúbrica és una vergonya i ho saps. Molt fàcil amagar-se darrere del campus virtual. Ja parlaré amb la coordinació, però quedes retratat com a professor."))
P("hostility_after_decline", "en", "Gary Pembroke", "Sales Director EMEA | PanelBox", "Reading",
  ("inv", "Alex, quick one: do you buy online panel sample for student research projects?"),
  ("rem",),
  ("inm", "Really?", "Two invites, a reminder and nothing. Honestly, it's people like you who make academia look arrogant. A simple 'no thanks' costs nothing. Poor form."))
P("hostility_after_decline", "es", "Luciana Paredes", "Máster en Marketing Digital (2021)", "Valencia",
  ("inv", "Hola Alex, fui alumna tuya del máster, ¿conectamos?"),
  ("inm", "en fin", "Ya veo que no me aceptas. Qué poco te costaba. En clase tanto 'networking es clave' y luego esto. Muy coherente todo."))
P("hostility_after_decline", "fr", "Laurent Bessière", "Consultant en stratégie digitale | Auteur", "Toulouse",
  ("inv", DEFAULT),
  ("inm", "Sans nouvelles", "Monsieur, j'observe que vous ignorez ma demande de mise en relation. Permettez-moi de vous dire que ce manque de courtoisie est navrant pour un enseignant censé former des professionnels."))

# =============================================================== hostility_connection
P("hostility_connection", "es", "Iván Robledo", "Key Account Universidades | Pearson Educación", "Madrid",
  ("msg", "Hola Alex, ¿has podido mirar el nuevo Kotler con plataforma MyLab? Te puedo dejar muestras para todo el departamento si lo adoptáis para el segundo cuatrimestre."),
  ("msg", "Alex, sigo sin respuesta. Es la tercera vez que te escribo. Francamente, un mínimo de educación no estaría de más; no sé qué os enseñan en la universidad, pero así no se trata a la gente."))
P("hostility_connection", "en", "Jessica Lowell", "Former MSc student | Brand Associate", "Barcelona",
  ("msg", "Hi Alex, I saw my final grade for the brand strategy project. Could we talk about the feedback? I honestly thought it was better than a 6."),
  ("msg", "You know what, forget it. You clearly didn't even read it properly. Worst module of the whole master and I'll say so in the survey. Unbelievable."))

# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Nadia Hollis", "Account Executive, Education | Qualtrix Survey Pro", "Dublin",
  ("msg", "Hi Alex! Term's starting and many marketing faculties are upgrading their survey licences. Shall I set you up with a 30-day trial of our Academic Plus tier?"),
  ("msg", "Following up, Alex: we've a 15% discount for departments that sign before 31 October. Free for a quick call Thursday?"))
P("connection_only_pitches", "es", "Elena Sarrià", "Consultora de formación | Programes in-company", "Barcelona",
  ("msg", "Hola Alex, oferim cursos de màrqueting digital per a PIMEs i busquem docents que ens derivin empreses. Et puc explicar com funciona en una videotrucada?"),
  ("msg", "Alex, et passo el nostre catàleg de tardor. Si ens presentes alguna empresa, hi ha comissió. Parlem aquesta setmana?"),
  ("msg", "Hola de nou! Tenim places al curs de Google Ads per a empreses el novembre. T'envio pressupost per a la teva facultat?"))
P("connection_only_pitches", "it", "Stefano Mancuso", "Partner | EduSlides AI Italia", "Torino",
  ("msg", "Ciao Alex, con EduSlides AI crei slide e quiz per le tue lezioni in pochi minuti. Vuoi una prova gratuita per il semestre?"),
  ("msg", "Alex, ti ricordo l'offerta per i dipartimenti: 20 licenze a prezzo scontato. Ci sentiamo per una demo veloce?"))

# =============================================================== single_pitch
P("single_pitch", "es", "Beatriz Aranda", "Gestora de cuentas | Ediciones Pirámide", "Sevilla",
  ("msg", "Hola Alex, ya está disponible el nuevo manual de Marketing Estratégico con materiales para el profesor. ¿Quieres que te envíe un ejemplar de evaluación y lo comentamos?"))
P("single_pitch", "en", "Oliver Brandt", "Founder | Slidewise Academy", "Berlin",
  ("msg", "Alex, we produce short video explainers for lecturers' courses. Flat fee €1,500 per module. Happy to send examples if that's of interest?"))
P("single_pitch", "fr", "Amandine Roux", "Chargée de partenariats | ClassPulse France", "Lyon",
  ("msg", "Bonjour Alex, ClassPulse arrive en France et nous cherchons des établissements pilotes. Je peux vous présenter l'offre en 20 minutes ?"))

# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Mireia Soler", "Professora agregada de Màrqueting | Universitat de Girona", "Girona",
  ("msg", "Alex! T'he penjat al Drive el programa de Màrqueting Digital d'aquest curs, amb la rúbrica nova del projecte de marca. Agafa el que et serveixi. I si tens l'activitat de neuromàrqueting, me la passes?"),
  ("msg", "Ah, i la convocatòria del congrés AEMARK tanca el 15. Presentem junts l'estudi de les cooperatives?"))
P("connection_brings_value", "en", "Daniel Hughes", "Senior Lecturer in Marketing | Lancaster University", "Lancaster",
  ("msg", "Alex, we have a free online seminar series on teaching with AI tools this term - first session 6 October. Would you like to join, or even share how you run the live-brief projects? Link inside."))
P("connection_brings_value", "es", "Paula Gaspar", "Redactora de Economía | La Vanguardia", "Barcelona",
  ("msg", "Hola Alex, estoy preparando un reportaje sobre el 'Black Friday' y cómo las marcas adelantan las campañas. ¿Tendrías 15 minutos esta semana para una entrevista? Te cito como profesora o profesor de la universidad, como prefieras."))
P("connection_brings_value", "it", "Riccardo Pellegrini", "Professore associato di Marketing | Università di Bologna", "Bologna",
  ("end",),
  ("msg", "Ciao Alex, ti giro il caso Barilla che usiamo in aula con la teaching note, completamente libero. E se a primavera vuoi venire a fare un seminario ai nostri magistrali, l'Erasmus docenti copre tutto."))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Hannah Crowley", "Faculty Recruitment | IE University", "Madrid",
  ("inm", "Visiting professor - Marketing Analytics", "Hi Alex, IE is hiring a visiting professor for Marketing Analytics for the spring term (two sections, in English, Madrid campus). Your profile came up via a colleague. Would you be open to a conversation?"))
P("stranger_inmail_recruiter", "es", "Xavier Montaner", "Talent Acquisition | Grup Catalana Occident", "Sant Cugat",
  ("inm", "Rol de Head of Consumer Insights", "Hola Alex, busquem una persona per liderar l'equip de Consumer Insights (6 persones). Pensem que el teu perfil acadèmic i aplicat encaixa molt. Tindries 20 minuts per parlar-ne de manera confidencial?"))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Megan Rhodes", "Account Executive | PanelBox", "Reading",
  ("inm", "Online panel sample for your research", "Hi Alex, PanelBox provides quality online respondents in 40 countries for academic studies, from €2.10 per complete. Can I send a quote for your next project?"))
P("stranger_inmail_sales", "es", "Gonzalo Iturbe", "Director de Relaciones Institucionales | Revista Internacional de Ciencias Empresariales", "Lima",
  ("inm", "Convocatoria de artículos – publicación rápida", "Estimado Dr. Alex: le invitamos a publicar en nuestra revista indexada en múltiples bases. Dictamen en 10 días, tasa de publicación de 380 USD."),
  ("inm", "Recordatorio: cierre del número", "Estimado investigador, le recordamos que el número de diciembre cierra este viernes. Aún puede beneficiarse de la tarifa reducida."))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Carles Bonet", "Professor associat | Consultor de branding", "Barcelona",
  ("inv", "Alex, fa temps que seguim les teves publicacions sobre marques territorials. Et puc compartir el material del taller que vaig fer a Esade sobre identitat de marca? És teu si el vols per a classe."),
  ("msg", "Aquí tens les diapositives i els exercicis del taller. Qualsevol dubte, em dius."),
  ("msg", "Alex, una cosa: la nostra agència ofereix auditories de marca per a universitats (des de 6.000 €). Em podries presentar a la responsable de comunicació de la teva universitat? Et faria arribar una comissió."))
P("good_turns_ugly", "en", "Emily Fairbanks", "Marketing PhD | UX Researcher", "Edinburgh",
  ("inv", "Hi Alex, I'm finishing a PhD on online reviews and would love to share my coded dataset of 50k hotel reviews with you - I know you work on eWOM."),
  ("msg", "Dataset and codebook attached here via link. Enjoy!"),
  ("end",),
  ("msg", "Really glad it helped! Quick favour - I've just endorsed you for {skill}, could you endorse me for Consumer Research and Qualitative Methods? I'm applying for lecturer jobs."))
P("good_turns_ugly", "it", "Lucia Brambilla", "Organizzatrice | Marketing Educators Meetup Milano", "Milano",
  ("inv", "Ciao Alex, organizziamo un meetup gratuito online tra docenti di marketing per condividere esercitazioni pratiche. Il prossimo è a ottobre, ti andrebbe di partecipare?"),
  ("msg", "Ecco il link dell'incontro di ottobre! Grazie per esserti unito."),
  ("msg", "Alex, dal prossimo anno il meetup diventa un'academy: abbonamento docenti 29 €/mese. Tu hai un codice sconto. E se lo proponi ai colleghi del tuo dipartimento hai il mese gratis. Ti interessa?"))

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Derek Faulkner", "Partner Manager | Qualtrix Survey Pro", "Dublin",
  ("inv", "Hi Alex, we partner with business schools on survey licensing. Open to a quick chat about your department's needs?"),
  ("inv", "Hi Alex, great to see your talk at EMAC was so well received. Would be nice to connect!"))
P("reinvite_known_bad", "es", "Raquel Moya", "Asesora comercial | Editorial Universitaria", "Zaragoza",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, vi tu post sobre el nuevo plan de estudios. ¡Enhorabuena! Me gustaría tenerte en mi red."))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Enric Puyol", "Estudiant | Grau en Màrqueting", "Badalona",
  ("inv", "Hola, volia comentar la revisió de l'examen."),
  ("inm", "Revisió", "Em sembla increïble que no responguis. Em vas suspendre per dues dècimes i ni tan sols dones la cara. Ets un professor lamentable."),
  ("inv", "Hola Alex, perdona pel missatge d'abans. Podem connectar?"))
P("reinvite_known_ugly", "en", "Prof. Vikram Rao", "Chief Editor | International Journal of Business Excellence Studies", "Chennai",
  ("inm", "Editorial board invitation", "Dear Dr. Alex, you are cordially invited to join our editorial board as Associate Editor in view of your outstanding contribution to marketing research."),
  ("inm", "Editorial board – membership", "Dear Dr. Alex, thank you for your acceptance. Editorial board members pay a one-time membership fee of USD 250 and commit to submitting one paper per year with APC. Kindly remit."),
  ("inv", "Dear Dr. Alex, requesting you to kindly be part of my network."))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Alberto Cuesta", "Director comercial | Pearson Educación", "Madrid",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que estás con el plan nuevo de Marketing, te propongo una sesión con nuestro equipo para presentaros la versión digital del manual con licencias para alumnos. ¿Qué día te va bien?"))
P("user_invited_pitch_once", "en", "Sophie Carrington", "Head of Academic Partnerships | Canvasly", "London",
  ("acc",),
  ("msg", "Thanks for connecting after the EMAC session, Alex! Since you mentioned your Moodle frustrations, Canvasly could be a fit - happy to show you a demo whenever."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Toni Garriga", "Fundador | PanelCat – Panells d'enquestes", "Barcelona",
  ("acc",),
  ("msg", "Gràcies per connectar, Alex! A PanelCat tenim panell de consumidors catalans per a estudis acadèmics. Et passo tarifes?"),
  ("msg", "Alex, t'envio la proposta per als TFG del grau: 1.200 € per 1.000 respostes. Ho mirem en una trucada?"))

# =============================================================== user_invited_value
P("user_invited_value", "es", "Dra. Begoña Larrañaga", "Catedrática de Comercialización | Universidad de Deusto", "Bilbao",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te adjunto el enlace a la guía docente de Comportamiento del Consumidor y la batería de casos vascos que usamos. Y si te animas, en febrero hacemos unas jornadas de innovación docente abiertas y gratuitas; estaría encantada de tenerte como ponente."))
P("user_invited_value", "fr", "Mathilde Garnier", "Maître de conférences en marketing | Université de Bordeaux", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis à Lille, voici notre questionnaire validé sur l'attachement à la marque, en français et en espagnol. Libre d'usage, il suffit de nous citer."))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Ferran Roig", "Degà | Facultat d'Economia i Empresa", "Barcelona", ("acc",))
P("acceptance_only", "en", "Grace Liu", "Assistant Professor of Marketing | HKUST", "Hong Kong", ("acc",))
P("lone_endorsement", "es", "Irene Castells", "Estudiant d'Erasmus | Màrqueting", "Barcelona", ("end",))
P("lone_endorsement", "it", "Paolo Russo", "Ex studente Erasmus | Junior Brand Manager", "Bari", ("end",))

# =============================================================== more voices of the angle
P("good_invitation", "es", "Arnau Vilaseca", "Professor lector de Comunicació | Universitat Rovira i Virgili", "Tarragona",
  ("inv", "Hola Alex, l'any passat vaig preparar una assignatura de Màrqueting d'Influència i tinc el pla docent i 8 pràctiques ja provades. Si t'és útil te les passo, i m'encantaria veure com enfoques tu la part d'analítica."))
P("sales_invitation", "en", "Lydia Summers", "Conference Manager | Global Business Research Summit", "Kuala Lumpur",
  ("inv", "Dear Alex, present your research at our Barcelona summit in December! Early-bird presenter fee €495 includes Scopus-indexed proceedings. Limited slots - shall I reserve one for you?"))
P("connection_brings_value", "es", "Andrea Llobet", "Alumni 2017 | Head of CRM at Desigual", "Barcelona",
  ("msg", "Hola Alex! A Desigual fem una sessió oberta sobre CRM i fidelització el 20 d'octubre per a estudiants de màrqueting. Si vols, reservem 15 places per al teu grup i jo mateixa puc venir a fer una xerrada a classe abans. Sense cap cost."))
P("single_pitch", "es", "Marc Trias", "Comercial | Impremta Digital Trias", "L'Hospitalet",
  ("msg", "Bon dia Alex, imprimim pòsters per a congressos acadèmics a bon preu i en 24 hores. Si presentes alguna cosa a l'AEMARK, et faig pressupost?"))
P("stranger_inmail_recruiter", "fr", "Sandrine Olivier", "Chargée de recrutement enseignants | NEOMA Business School", "Reims",
  ("inm", "Poste de professeur associé en marketing digital", "Bonjour Alex, NEOMA ouvre un poste de professeur associé en marketing digital (CDI, enseignement en anglais et en français). Votre profil de recherche correspond bien. Seriez-vous ouvert à un échange ?"))
P("acceptance_only", "es", "Teresa Aguiló", "Coordinadora Erasmus | Facultat d'Empresa", "Palma", ("acc",))
P("good_invitation", "en", "Aisha Rahman", "MSc Marketing graduate 2022 | Applying for PhD", "Barcelona",
  ("inv", "Dear Alex, I was in your Consumer Behaviour class last spring (group 3, the oat-milk project). I'm applying to PhD programmes in the Netherlands and would be grateful if you could write me a reference. I can send my CV and statement."),
  ("rem",))
P("hostility_connection", "it", "Gianluca Ferri", "Agente di commercio | Editoria universitaria", "Verona",
  ("msg", "Ciao Alex, ti propongo il nostro nuovo manuale di Marketing Management in spagnolo e catalano, con slide pronte. Posso mandarti la copia saggio e fissare una presentazione?"),
  ("msg", "Alex, ti ho riscritto la settimana scorsa, hai visto?"),
  ("msg", "Vabbè, evidentemente per te i rappresentanti sono invisibili. Bel modo di trattare chi lavora. Complimenti per la cortesia, davvero."))
P("connection_only_pitches", "en", "Rachel Dunmore", "Senior Sales Representative | Cengage Higher Ed", "Oxford",
  ("msg", "Hi Alex, our new Principles of Marketing edition ships with an adaptive homework platform. Can I book 20 minutes to walk you through instructor access?"),
  ("msg", "Alex, just checking in - bundle pricing for students ends next week. Would Tuesday or Wednesday work for a call?"),
  ("msg", "Last nudge from me: I can also offer a free pilot for one seminar group if you adopt for spring. Let me know!"))
P("bait_and_switch_invitation", "fr", "Benoît Lachaume", "Animateur | Club des enseignants en e-commerce", "Nantes",
  ("inv", "Bonjour Alex, je lance un club d'échange entre enseignants en e-commerce d'Europe du Sud : études de cas, visios mensuelles, entraide. Vous seriez le bienvenu !"),
  ("msg", "Merci d'avoir rejoint le club ! Première visio le 12."),
  ("msg", "Alex, en parallèle du club, mon agence propose aux écoles un audit de leurs formations e-commerce (2 500 € HT). Pourriez-vous me mettre en relation avec votre doyen ?"))
P("user_invited_pitch_twice", "en", "Marco Delgado", "Co-founder | ThesisMate – AI thesis supervision", "Lisbon",
  ("acc",),
  ("msg", "Hey Alex, thanks for connecting after the education fair! ThesisMate gives supervisors AI feedback on student drafts. Want a departmental trial at €6/student?"),
  ("msg", "Hi Alex, circling back: we're onboarding three Spanish universities this term. Could I get 15 min with you and your TFG coordinator?"))
P("connection_brings_value", "en", "Helen Kowalski", "Associate Professor of Marketing | Copenhagen Business School", "Copenhagen",
  ("msg", "Alex, our department has funding for a guest lecture in the spring on Mediterranean brands. Travel and two nights covered. Would you be up for it? I can also share our new case on LEGO's sustainability messaging."),
  ("msg", "Great - I've put the case and teaching note in the folder. Talk soon!"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Secretaria de Departament", "secretaria.dept@univ-bcn.example.cat", "Actes de qualificació – termini",
     "Benvolgut/da Alex,\n\nrecorda que les actes del primer període es tanquen divendres. Si algun estudiant et contacta per LinkedIn per la nota, deriva'l a la revisió oficial.", "es"),
    ("Global Journal of Marketing Frontiers", "editor@gjmf-journal.example", "Call for Papers – Vol. 9 (fast publication)",
     "Dear Esteemed Researcher,\n\nWe found your profile on LinkedIn and Google Scholar. Submit your paper for publication within 7 days. APC applies.", "en"),
    ("Mireia Soler", "mireia.soler@udg.example.cat", "Programa Màrqueting Digital",
     "Alex,\n\net vaig escriure també per LinkedIn, però per si de cas: el programa és al Drive compartit. Parlem dijous?\n\nMireia", "es"),
    ("AEMARK Congreso", "congreso@aemark.example.es", "Recordatorio: envío de comunicaciones",
     "Estimado/a socio/a,\n\nel plazo para enviar comunicaciones termina el 15 de octubre. Comparte la convocatoria en LinkedIn con tus colegas.", "es"),
    ("Servei de Comunicació", "comunicacio@univ-bcn.example.cat", "Sol·licitud de La Vanguardia",
     "Hola Alex,\n\nPaula Gaspar (La Vanguardia) ens diu que t'ha escrit per LinkedIn. Si vols, coordinem l'entrevista des del servei.", "es"),
    ("EMAC Office", "office@emac.example.org", "EMAC 2023 – Call for reviewers",
     "Dear Alex,\n\nWe are recruiting reviewers for the 2023 conference. Feel free to share on LinkedIn.", "en"),
    ("Emily Fairbanks", "emily.fairbanks@ed.example.ac.uk", "hotel reviews dataset",
     "Hi Alex,\n\nsending the dataset link here too in case LinkedIn messages get buried.\n\nEmily", "en"),
    ("Segreteria Erasmus", "erasmus@unibo.example.it", "Mobilità docenti 2023",
     "Gentile docente,\n\nin allegato il bando di mobilità docenti. Il prof. Pellegrini ha segnalato il suo nome anche via LinkedIn.", "it"),
]


# ------------------------------------------------------------------------- builder
ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev168 corpus. Generated by scripts/make_corpus_dev168.py (seed {SEED}); do not edit by hand.",
          "# Two months of autumn 2022 of a marketing lecturer at a Barcelona university: students and alumni, textbook publishers, "
          "edtech and survey sellers, predatory journals and conferences, guest lectures, peers sharing syllabi, an angry student; "
          "Catalan, Spanish, English, some French and Italian. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev168", SEED, PEOPLE, FOREIGN, spoofs=7, other=15, header=HEADER, eras=ERAS)
