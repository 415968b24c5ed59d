#!/usr/bin/env python3
"""Write mailbot's dev163 corpus: tests/corpus/dev163/*.eml + expected.toml.

The angle: September and October 2020 of the user Alex, a data scientist in Madrid who is
looking for a job. Their LinkedIn world: in-house recruiters and headhunters with real roles,
bootcamps, CV writers and career coaches who sell, fake job offers that end in a fee, peers and
ex-classmates passing on openings, meetup organisers, a recruiter who turns insulting after Alex
declines an offer; Spanish, English (some from Portuguese speakers), Italian and French.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, spoof pitches and the recipient headline
are swapped in this process only. Notes were written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev163.py              # writes tests/corpus/dev163
    python scripts/make_corpus_dev163.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20200163

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

WIN_LO = datetime(2020, 9, 1, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2020, 10, 31, 20, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (5, 12), "acc": (0, 0), "end": (1, 9), "msg": (2, 12), "inm": (3, 12), "inv": (22, 34)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a data scientist looking for work (this process only)
RHEADLINE = {
    "en": "Data Scientist | Python, SQL, ML | Open to work in Madrid",
    "es": "Data Scientist | Python, SQL, Machine Learning | Buscando nuevas oportunidades",
    "fr": "Data Scientist | Python, SQL, ML | À l'écoute du marché",
    "it": "Data Scientist | Python, SQL, ML | Disponibile per nuove opportunità",
    "de": "Data Scientist | Python, SQL, ML | Offen für neue Aufgaben",
}
SKILLS = {
    "en": ["Python", "Machine Learning", "SQL", "Data Analysis", "Statistics", "Pandas"],
    "es": ["Python", "Aprendizaje automático", "SQL", "Análisis de datos", "Estadística"],
    "fr": ["Python", "Apprentissage automatique", "SQL", "Analyse de données", "Statistiques"],
    "it": ["Python", "Apprendimento automatico", "SQL", "Analisi dei dati", "Statistica"],
    "de": ["Python", "Maschinelles Lernen", "SQL", "Datenanalyse", "Statistik"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Data Scientist", "Cabify"), ("Junior Data Scientist", "BBVA Next Technologies"), ("Científico de datos (Python)", "Idealista"),
              ("Machine Learning Engineer", "Glovo"), ("Data Analyst", "Mercadona Tech"), ("Senior Data Scientist – Pricing", "Iberia Express")]
mc.COMPANIES["good"] = ["Cabify", "Idealista", "Mercadona Tech", "Glovo", "Telefónica Tech", "Iberia Express", "Ecoalf", "Jobandtalent"]
mc.COMPANIES["sales"] = ["CVPro Express", "DataBoost Academy", "TalentUp Coaching", "CareerLift", "Empleo Premium", "HireMe Now"]
mc.HEADLINES["good"] = ["Data Scientist en {co}", "Tech Recruiter | {co}", "Head of Data at {co}", "Talent Acquisition – Data & AI | {co}",
                        "Machine Learning Engineer en {co}", "Analytics Manager at {co}"]
mc.HEADLINES["sales"] = ["CV Writer & Career Coach | {co}", "Admissions Advisor | {co}", "Founder at {co} – consigue trabajo en 90 días",
                         "Career Strategist | {co}", "Sales Manager at {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your application was shortlisted. Sign in to complete the paid skills assessment (EUR 49) within 24 hours.",
           "Hi {first}, a recruiter shared a job offer with you. Log in to download the contract."],
    "es": ["Hola {first}, tu candidatura ha sido preseleccionada. Inicia sesión para pagar la prueba técnica (39 €) antes de mañana.",
           "Hola {first}, un reclutador te ha enviado una oferta. Accede para descargar el contrato."],
    "fr": ["Bonjour {first}, votre candidature est retenue. Connectez-vous pour régler le test technique (49 €).",
           "Bonjour {first}, un recruteur vous a envoyé une offre. Connectez-vous pour la consulter."],
    "it": ["Ciao {first}, la tua candidatura è stata selezionata. Accedi per pagare il test tecnico (49 €).",
           "Ciao {first}, un recruiter ti ha inviato un'offerta. Accedi per scaricare il contratto."],
    "de": ["Hallo {first}, Ihre Bewerbung ist in der engeren Wahl. Bitte melden Sie sich an, um den kostenpflichtigen Test (49 €) zu buchen.",
           "Hallo {first}, ein Recruiter hat Ihnen ein Angebot geschickt. Melden Sie sich an, um den Vertrag zu laden."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.example.org",
                       "nodkim", "display:outlook.com", "buried", "lookalike:linkedin-mail.co", "wrongpass"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"data scientist\"", "Your job alert for data scientist in {city}"),
           "news": "Hiring freezes: which sectors are still recruiting data people?", "group": "Top conversations in Data Science Spain",
           "newsletter": "The Job Hunt Diaries: interviewing over Zoom"},
    "es": {"job": ("{n} empleos nuevos de «data scientist»", "Tu alerta de empleo de data scientist en {city}"),
           "news": "¿Quién sigue contratando perfiles de datos tras el verano?", "group": "Conversaciones destacadas en Data Science Madrid",
           "newsletter": "Diario de un buscador de empleo: entrevistas por videollamada"},
    "fr": {"job": ("{n} nouvelles offres pour « data scientist »", "Votre alerte emploi pour data scientist à {city}"),
           "news": "Gel des embauches : qui recrute encore des profils data ?", "group": "Meilleures discussions dans Data Science France",
           "newsletter": "Carnet de recherche d'emploi : les entretiens en visio"},
    "it": {"job": ("{n} nuove offerte per «data scientist»", "Il tuo avviso di lavoro per data scientist a {city}"),
           "news": "Chi assume ancora profili data dopo l'estate?", "group": "Conversazioni principali in Data Science Italia",
           "newsletter": "Diario di chi cerca lavoro: colloqui in videochiamata"},
    "de": {"job": ("{n} neue Jobs für „Data Scientist“", "Ihr Jobalarm für Data Scientist in {city}"),
           "news": "Einstellungsstopps: Wer sucht noch Datenleute?", "group": "Top-Unterhaltungen in Data Science DACH",
           "newsletter": "Jobsuche-Tagebuch: Vorstellungsgespräche per Video"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Lorena Quintana", "Talent Acquisition Data & AI | Cabify", "Madrid",
  ("inv", "Hola Alex, soy de Talent en Cabify. Abrimos plaza de Data Scientist en el equipo de pricing (indefinido, híbrido en Castellana). "
          "He visto tu TFM de series temporales y encaja muy bien. ¿Conectamos y te paso la descripción?"),
  ("rem",))
P("good_invitation", "en", "Rui Carvalho", "Senior Tech Recruiter | Farfetch", "Porto",
  ("inv", "Hello Alex, I am recruiting one Data Scientist for our Madrid hub, recommendation systems team. Salary range is good and full remote is possible until 2021. "
          "I would like very much to tell you more, if you are open."), nl="en")
P("good_invitation", "es", "Íñigo Barrenetxea", "Organizador PyData Madrid | Data Engineer", "Madrid",
  ("inv", "Buenas Alex! Llevo el meetup de PyData Madrid. El jueves 24 hacemos sesión online de feature engineering, gratis, y al final rueda de ofertas de empleo "
          "de las empresas que asisten. Te apunto?"))
P("good_invitation", "es", "Claudia Ferrán", "Ex-compañera Máster Data Science UCM | Analyst en Idealista", "Madrid",
  ("inv", "Alex!! Cuánto tiempo desde el máster. Oye, en Idealista buscan un junior para el equipo de modelos de precio y me han pedido referidos. "
          "Si te interesa te meto yo por dentro, que así te miran antes."))
P("good_invitation", "it", "Federico Lanza", "Head of Data | Satispay", "Milano",
  ("inv", "Ciao Alex, stiamo aprendo un piccolo team dati a Madrid e cerco la prima persona da assumere. Ho letto il tuo articolo su Medium sul churn, "
          "molto ben fatto. Ti va una chiacchierata informale di 20 minuti?"), nl="it")
P("good_invitation", "en", "Hannah Okonkwo", "Women in Data Madrid | Community lead", "Madrid",
  ("inv", "Hi Alex! We run a free mock-interview night for people job hunting in data, every first Tuesday on Zoom. Volunteer interviewers from Spotify, "
          "BBVA and Amazon. Would love to have you, no strings."))
P("good_invitation", "fr", "Mathilde Roux", "Data Scientist chez Criteo | Kaggle Expert", "Paris",
  ("inv", "Bonjour Alex, on a fini dans la même équipe au challenge Kaggle sur les prix immobiliers l'an dernier. Je monte un petit groupe d'étude gratuit "
          "pour préparer les entretiens techniques ML, deux soirs par mois. Ça te dit ?"), nl="fr")
P("good_invitation", "es", "Gonzalo Prieto", "Headhunter Tech & Data | Michael Page", "Madrid",
  ("inv", "Hola Alex, llevo un proceso de Científico de Datos para una aseguradora en Madrid, 38-45k, equipo de 6 personas, stack Python y Spark. "
          "Tu perfil me cuadra. ¿Aceptas y lo hablamos por aquí?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Víctor Almagro", "Estudiante | Bootcamp Data Analytics", "Getafe", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Priyanka Menon", "Recruitment Consultant", "Bangalore", ("inv", NONOTE))
P("default_invitation", "it", "Davide Marra", "Business Analyst", "Roma", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Patricia Huertas", "Career Coach | Te ayudo a conseguir el trabajo que mereces", "Madrid",
  ("inv", "Hola Alex! Veo que estás #OpenToWork. Con mi programa de 6 semanas mis clientes consiguen oferta en menos de 2 meses. "
          "Primera sesión con 50% de descuento esta semana. ¿Te cuento?"))
P("sales_invitation", "en", "Bruno Tavares", "Admissions | DataBoost Academy", "Lisbon",
  ("inv", "Hi Alex, our 12 week Data Science bootcamp have 94% placement rate. For October cohort we give 1500 EUR discount if you enroll before Friday. "
          "Can I send the brochure?"), nl="en")
P("sales_invitation", "es", "Jaime Cordero", "Redactor de CV profesional | CVPro Express", "Valencia",
  ("inv", "Alex, el 75% de los CV no pasan los filtros ATS. Te reescribo el tuyo y tu perfil de LinkedIn por 89 €, entrega en 48h. ¿Lo vemos?"),
  ("rem",))
P("sales_invitation", "fr", "Sandrine Morel", "Consultante bilan de compétences | CareerLift", "Lyon",
  ("inv", "Bonjour Alex, je propose des bilans de compétences 100 % à distance, finançables en partie. Un premier appel pour voir si ça vous correspond ?"), nl="fr")
P("sales_invitation", "es", "Marcos Vela", "Empleo Premium | Acceso a ofertas ocultas", "Sevilla",
  ("inv", "Tenemos 300 ofertas de datos que no salen publicadas. Acceso a nuestra bolsa privada por 29 €/mes, cancelas cuando quieras. ¿Te doy de alta?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Sergio Lamela", "Selección IT | HireMe Now", "Madrid",
  ("inv", "Hola Alex, estoy cubriendo una vacante de Data Scientist junior en una fintech de Madrid y creo que encajas. Conectamos y te cuento?"),
  ("msg", "Gracias por conectar! Antes de pasar tu perfil al cliente necesitamos que hagas nuestro pack de preparación (revisión de CV + simulacro de entrevista), "
          "son 149 €. Te paso el enlace de pago y en cuanto lo tengas te presento.", (3, 8)),
  ("msg", "Alex, el cliente cierra la lista esta semana. Si no haces el pack no te puedo presentar, lo siento. Aún estás a tiempo.", (3, 8)))
P("bait_and_switch_invitation", "en", "Thiago Moreira", "Founder | Latam & Iberia Data Professionals", "São Paulo",
  ("inv", "Hi Alex, I am building a community of data scientists from Spain and Latin America to share job offers and help each other. Free to join, let's connect!"),
  ("msg", "Great to have you Alex! Now, we launched our mentorship premium track: 1:1 with senior DS from Google and Uber, 3 months for 590 EUR. "
          "Only 10 seats, I reserved one for you, tell me until Sunday."), nl="en")
P("bait_and_switch_invitation", "es", "Elena Benavente", "Directora | Red de Mujeres en Datos", "Madrid",
  ("inv", "Hola Alex, desde la Red compartimos cada semana ofertas de empleo en datos y hacemos quedadas. Me encantaría sumarte."),
  ("msg", "Alex, te escribo porque además de la Red tengo una correduría. Ahora que estás en búsqueda, ¿has pensado en un seguro de ingresos? "
          "Te hago un estudio sin compromiso, 20 minutos por teléfono."))
P("bait_and_switch_invitation", "it", "Lucia Bernardi", "Talent Partner | Nexo Recruiting", "Torino",
  ("inv", "Ciao Alex, seguo una posizione da Data Scientist per un cliente a Madrid, full remote, ti andrebbe di collegarci così ti giro i dettagli?"),
  ("msg", "Ciao Alex, il cliente ha chiesto che i candidati abbiano la certificazione del nostro partner. Il corso online costa 220 € e poi ti presento subito. "
          "Vuoi che ti iscriva?"), nl="it")


# =============================================================== bait_and_switch_inmail (fake job offers)
P("bait_and_switch_inmail", "en", "Kevin Adeyemi", "HR Manager | Shell Global Careers", "London",
  ("inm", "Job Offer: Remote Data Scientist", "Dear Alex, after reviewing your profile our hiring board has selected you for a remote Data Scientist position, "
          "4,800 EUR per month. Please reply to receive the interview schedule."),
  ("inm", "Next step: equipment and onboarding", "Dear Alex, congratulations for passing the interview. Before contract you must purchase the work laptop "
          "and software license through our approved vendor (650 EUR, refunded with first salary). Kindly confirm today.", (3, 7)))
P("bait_and_switch_inmail", "es", "Ricardo Paredes", "Consultor de Talento | Grupo Inversor Atlántico", "Madrid",
  ("inm", "Entrevista – Analista de Datos", "Hola Alex, hemos visto tu perfil y queremos entrevistarte para un puesto de Analista de Datos en remoto, 2.400 € netos. "
          "¿Te viene bien el martes por videollamada?"),
  ("inm", "Formación obligatoria previa", "Alex, todo ha ido muy bien. Para la incorporación es obligatorio hacer nuestro curso de certificación interna (180 €). "
          "Te mando la cuenta para la transferencia y empiezas el lunes."))
P("bait_and_switch_inmail", "en", "Ana Paula Ribeiro", "Recruiting Lead | NovaTalent Europe", "Lisbon",
  ("inm", "Quick question about your job search", "Hi Alex, I saw you are open to work. We have two Data Scientist openings in Madrid clients. "
          "Are you still looking? I can send details."),
  ("inm", "Your profile review", "Hi Alex, to send your profile to these companies, first we do a profile audit and CV rewrite, it is 120 EUR. "
          "Many candidates get interview in 2 weeks after. Shall I send invoice?"), nl="en")
P("bait_and_switch_inmail", "fr", "Julien Perrault", "Chargé de recrutement | Datalis Conseil", "Bordeaux",
  ("inm", "Poste de data scientist à Madrid", "Bonjour Alex, nous recrutons un data scientist pour notre filiale madrilène. Seriez-vous disponible pour un premier entretien ?"),
  ("inm", "Suite de votre candidature", "Bonjour Alex, merci pour l'échange. Dernière étape : le test psychotechnique sur notre plateforme partenaire, 75 € "
          "à votre charge. Je vous envoie le lien de paiement ?"), nl="fr")


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Pablo Garrido", "Compañero del bootcamp | Data Analyst Jr.", "Madrid",
  ("end",),
  ("msg", "Eyy Alex, te he dado un par de aptitudes, {skill} incluida 😄 Me echas una mano validándome Tableau y SQL? Estoy en plena búsqueda y dicen que ayuda"))
P("endorse_me_back", "en", "Marina Santos", "Data Analyst | Open to opportunities", "Braga",
  ("end",), ("end",),
  ("msg", "Hello Alex! I endorsed you in {skill} and other things. If you can, please endorse me back in Power BI and Python, it helps a lot with recruiters. Thank you!!"), nl="en")
P("endorse_me_back", "it", "Simone Riva", "Junior Data Scientist | Milano", "Milano",
  ("end",),
  ("msg", "Ciao Alex, ti ho messo la conferma su {skill}. Se ti avanza un minuto, mi ricambi su Machine Learning e R? Grazie mille!"), nl="it")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Arturo Villalba", "Business Manager IT | Consultora de selección", "Madrid",
  ("inv", "Alex tengo 4 procesos de data abiertos ahora mismo. Conecta y hablamos."),
  ("rem",),
  ("inm", "Sin respuesta", "Veo que no aceptas. Tú verás, con la que está cayendo no estás para ir rechazando a quien te puede colocar. "
          "Luego no te quejes de que no te llaman."))
P("hostility_after_decline", "en", "Gary Whitlock", "Recruiter | Data & Analytics | EMEA", "Dublin",
  ("inv", DEFAULT),
  ("inm", "Wow", "Ignoring recruiters while you are literally 'open to work'? Bold strategy. Good luck with that attitude, you'll need it."))


# =============================================================== hostility_connection (the insulted recruiter)
P("hostility_connection", "es", "Beatriz Arrieta", "Senior Recruiter | Tech & Data | Hays", "Madrid",
  ("inv", "Hola Alex, llevo una posición de Data Scientist en una energética, 42k + variable, Madrid centro. Conectamos y te lo detallo?"),
  ("msg", "Como te comenté, te paso la descripción completa. El cliente quiere entrevistas la semana que viene, ¿te va el martes por la tarde?"),
  ("msg", "Alex, me acaba de decir el cliente que has rechazado la oferta después de tres entrevistas. Me parece una falta de respeto total, "
          "he quedado fatal. No cuentes conmigo para nada más. Muy poco profesional por tu parte.", (8, 14)))
P("hostility_connection", "en", "Marco Bellini", "Recruitment Director | Data & AI | Bellini Search", "Milano",
  ("acc",),
  ("msg", "Alex, glad we connected. The Milan e-commerce role I mentioned: 50k, relocation paid, team lead is ex-Zalando. Interview slots this week."),
  ("msg", "Honestly Alex, declining at offer stage after I pushed your profile so hard is just unprofessional. You wasted everyone's time. "
          "I won't be representing you again, and I will tell my colleagues."), nl="en")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Raquel Domingo", "Coach de empleo | LinkedIn Top Voice (ojalá)", "Madrid",
  ("msg", "Hola Alex! Como contacto mío te ofrezco mi taller 'Perfil LinkedIn que atrae recruiters', 3 horas por 49 €. Quedan 5 plazas."),
  ("msg", "Alex, último aviso: el taller del sábado está casi lleno. Si te apuntas hoy te regalo la plantilla de CV."))
P("connection_only_pitches", "en", "Rafael Nunes", "Growth | TalentUp Coaching", "Porto",
  ("msg", "Hi Alex, hope you are well. We help data professionals to negotiate salary and get 20% more. Our package is 300 EUR with money back guarantee. Interested?"),
  ("msg", "Hey Alex, following my last message, we have now a payment in 3 installments. Let me know and I book your first call."),
  ("msg", "Alex, last chance for the September price. From next week it goes to 390 EUR."), nl="en")
P("connection_only_pitches", "es", "Óscar Llorente", "Fundador | Academia DataPro", "Zaragoza",
  ("msg", "Buenas Alex, lanzamos el curso intensivo de Deep Learning con certificado, 450 €. A los contactos les hago 15%. ¿Te reservo plaza?"),
  ("msg", "Alex, te dejo el temario por si te animas. La matrícula cierra el 15."))


# =============================================================== single_pitch
P("single_pitch", "es", "Laura Cisneros", "Asesora financiera | Banca privada", "Madrid",
  ("msg", "Hola Alex, ahora que estás entre trabajos es buen momento para revisar tu plan de pensiones y la indemnización. Te invito a un café y lo vemos."))
P("single_pitch", "en", "Tom Harrington", "Sales | CodeDrill interview prep platform", "London",
  ("msg", "Alex, saw you're interviewing. CodeDrill has 400 ML interview questions with solutions, annual plan is £79. Here's a 20% code: ALEX20."))
P("single_pitch", "fr", "Nadia Belkacem", "Fondatrice | Portfolio Studio", "Paris",
  ("msg", "Salut Alex, je crée des portfolios web pour data scientists en recherche d'emploi, 250 € clé en main. Je peux t'envoyer des exemples ?"), nl="fr")


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Diego Manrique", "Ex-compañero Máster | ML Engineer en Glovo", "Barcelona",
  ("msg", "Alex, en Glovo abren dos posiciones de Data Scientist en Madrid (logística y fraude). Te he pasado como referido, te escribirá Lidia de Talent. "
          "Si quieres te preparo un poco la entrevista técnica, que es de SQL sobre todo."),
  ("msg", "Por cierto, te mando las preguntas que me hicieron a mí el año pasado, por si te sirven. Mucha suerte!!"))
P("connection_brings_value", "es", "Carmen Olivares", "Organizadora Madrid R Users Group", "Madrid",
  ("msg", "Hola Alex, el meetup del 8 de octubre busca ponentes para lightning talks de 5 min. Es gratis y suele venir gente de empresas que contratan. "
          "¿Te animas a contar tu proyecto de NLP?"))
P("connection_brings_value", "en", "Joana Ferreira", "Data Scientist at Jobandtalent", "Madrid",
  ("end",),
  ("msg", "Hey Alex! My team is hiring a mid-level DS, posting goes live tomorrow. I can forward your CV directly to our hiring manager, "
          "just send it to me. Also happy to do a mock case study with you if you want."), nl="en")
P("connection_brings_value", "it", "Andrea Colombo", "Data Scientist | ex compagno Erasmus UAM", "Bologna",
  ("msg", "Alex! Ho visto che cerchi lavoro. Un mio amico a Madrid, in Wallapop, mi ha detto che cercano qualcuno per il team di ricerca e ranking. "
          "Se vuoi vi metto in contatto, lui è super tranquillo."), nl="it")
P("connection_brings_value", "es", "Tomás Egea", "Profesor asociado | Universidad Carlos III", "Getafe",
  ("msg", "Alex, me ha escrito una antigua alumna que ahora dirige analítica en una cadena de supermercados y busca gente. Le he dado tu nombre. "
          "Se llama Rocío, te contactará esta semana."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Silvia Montero", "Talent Acquisition Partner | Telefónica Tech", "Madrid",
  ("inm", "Data Scientist – Telefónica Tech", "Hola Alex, buscamos Data Scientist para el área de IoT, contrato indefinido, banda salarial 40-48k y teletrabajo parcial. "
          "Me encantaría hablar contigo 15 minutos esta semana. Un saludo, Silvia"))
P("stranger_inmail_recruiter", "en", "Lucas Almeida", "Tech Recruiter | Revolut", "Lisbon",
  ("inm", "Data Scientist - Credit Risk - Madrid/remote", "Hi Alex, how are you? I am looking for a Data Scientist for credit risk models, "
          "we have office in Madrid but is flexible. Your experience with gradient boosting is very relevant. Can we have a call?"), nl="en")
P("stranger_inmail_recruiter", "es", "Rocío Marín", "Head of Analytics | Supermercados Dia", "Madrid",
  ("inm", "Te escribo de parte de Tomás Egea", "Hola Alex, Tomás me ha hablado muy bien de ti. Estoy montando el equipo de analítica avanzada y tengo "
          "una plaza de científico de datos. ¿Te apetece que tomemos un café y te cuento?"))
P("stranger_inmail_recruiter", "fr", "Camille Dufresne", "Talent Acquisition | BlaBlaCar", "Paris",
  ("inm", "Data Scientist – Madrid", "Bonjour Alex, nous ouvrons un poste de Data Scientist à Madrid dans l'équipe marketplace. Échange en anglais ou en espagnol, "
          "comme vous préférez. Disponible pour un appel ?"), nl="fr")
P("stranger_inmail_recruiter", "it", "Giorgio Sala", "Hiring Manager | Data Science @ Prima Assicurazioni", "Milano",
  ("inm", "Posizione nel mio team", "Ciao Alex, sono il responsabile data science di Prima, stiamo aprendo un hub a Madrid. Cerco un data scientist "
          "per pricing, assunzione diretta. Ti andrebbe una call?"), nl="it")
P("stranger_inmail_recruiter", "en", "Emily Foster", "Executive Recruiter | Data & AI | Harvey Nash", "Madrid",
  ("inm", "Lead role you might like", "Alex, one for you perhaps: Data Science Lead at a Madrid travel scale-up, 55-60k plus options. Client is open to "
          "someone stepping up. Worth a chat? Emily"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Esther Robles", "Asesora de admisiones | Escuela de Negocios Online", "Madrid",
  ("inm", "Beca del 40% para tu máster", "Hola Alex, te hemos seleccionado para una beca del 40% en nuestro Máster en Big Data. "
          "Precio final 3.900 €, plazas limitadas. ¿Te llamo hoy?"))
P("stranger_inmail_sales", "en", "Jake Morrison", "Partnerships | ResumeRocket", "Austin",
  ("inm", "Your resume", "Hi Alex, we ran your profile through our AI and it scores 54/100 for data roles. Our pro rewrite gets it to 90+. $129, 3 days."),
  ("inm", "Re: your resume", "Just bumping this, Alex. Black Friday price early for you: $99."))
P("stranger_inmail_sales", "en", "Carolina Pinto", "Sales | Remote Jobs Club", "Curitiba",
  ("inm", "Remote jobs in Europe", "Hello Alex, join Remote Jobs Club and receive 50 remote data jobs every week. Membership 19 USD per month. First week free."), nl="en")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Héctor Galán", "Senior Data Scientist | Mentor voluntario", "Madrid",
  ("inv", "Hola Alex, hago mentorías gratis a gente que busca su primer puesto en datos. Si te apetece revisamos tu portfolio de GitHub juntos."),
  ("msg", "Muy buen repo el de recomendadores. Tres cosas: pon un README con resultados, quita los notebooks sin limpiar y añade tests. Con eso mejora mucho."),
  ("msg", "Alex, te cuento que he lanzado mi programa 'De junior a contratado' en formato grupal: 8 semanas, 690 €. Como ya nos conocemos te hago 100 € de descuento."))
P("good_turns_ugly", "en", "Pedro Guimarães", "Data Engineer | Madrid", "Madrid",
  ("inv", "Hi Alex, we met at the Spark meetup last week, you asked about the Delta Lake talk. I have the slides and the repo, happy to share."),
  ("msg", "Here are the slides and the github link as promised. The demo notebook is in /examples."),
  ("end",),
  ("msg", "Hi Alex, I just endorsed you for {skill}! Could you endorse me for Spark and Scala? I am applying to some positions and it would really help."), nl="en")
P("good_turns_ugly", "fr", "Antoine Lefort", "Data Scientist | Organisateur Paris ML Study Group", "Paris",
  ("inv", "Salut Alex, tu avais posé une super question sur le forum fast.ai. On organise un groupe d'étude gratuit sur le cours 2020, on se voit en visio le mercredi."),
  ("msg", "Voilà le lien de la session de mercredi et le planning des chapitres. Ravi de t'avoir dans le groupe !"),
  ("msg", "Alex, je me lance en freelance : je propose un accompagnement candidature data (CV, portfolio, entretiens) à 400 €. Intéressé ?"), nl="fr")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Mónica Pardo", "Asesora | Bootcamp FullStack & Data", "Madrid",
  ("inm", "Bootcamp Data Science – octubre", "Hola Alex, tenemos plazas en el bootcamp de octubre, 6.500 € con financiación a 0%. ¿Te llamo y te explico?"),
  ("inv", "Hola Alex, me gustaría tenerte en mi red, compartimos muchos contactos del sector de datos."))
P("reinvite_known_bad", "en", "Daniel Crowe", "Recruitment | Contract Data roles", "Manchester",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, got a couple of DS contracts in Madrid, could be a fit. Connect?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Álvaro Nieto", "Captador de talento | Grupo Consultor Europeo", "Madrid",
  ("inm", "Oferta de empleo", "Hola Alex, tu perfil ha sido seleccionado para un puesto de analista de datos. Queremos hacerte una entrevista rápida."),
  ("inm", "Último paso", "Alex, para formalizar la contratación debes abonar 95 € de alta en nuestra plataforma de formación. Es reembolsable."),
  ("inv", "Hola Alex, aunque no cuadró lo anterior me encantaría estar conectados, seguro que surgen cosas."))
P("reinvite_known_ugly", "en", "Chris Baldwin", "Tech Recruiter | Contract & Perm", "Bristol",
  ("inv", "Alex, few DS roles on my desk. Connect."),
  ("inm", "No reply?", "Not even a 'no thanks'? People like you are why recruiters stop bothering. Enjoy being unemployed."),
  ("inv", "Hi Alex, fresh start? Have a new Madrid role that suits you."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Nacho Ferreiro", "Fundador | Ferreiro Analytics", "A Coruña",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Ya que buscas, te cuento que vendemos un curso de preparación de entrevistas de datos, 120 €. Si te interesa te paso el enlace."))
P("user_invited_pitch_once", "it", "Paola Gentile", "Career Coach | Milano", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Se ti serve una mano col colloquio in inglese faccio sessioni da 60 € l'una."), nl="it")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Felipe Duarte", "Founder | GetHired.pt", "Lisbon",
  ("acc",),
  ("msg", "Thanks for the invite Alex! We place data scientists in startups. For candidates we have a premium profile for 99 EUR to be shown first to companies."),
  ("msg", "Hi Alex, did you think about the premium profile? This month 2 of our premium candidates signed in Madrid."), nl="en")
P("user_invited_pitch_twice", "es", "Inés Cabrera", "Consultora | Marca personal para perfiles tech", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te propongo una auditoría de marca personal (LinkedIn + GitHub) por 150 €. ¿Te viene bien una llamada?"),
  ("msg", "Alex, ¿pudiste verlo? Esta semana tengo dos huecos libres para auditorías."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Lidia Serrano", "Talent Acquisition | Glovo", "Barcelona",
  ("acc",),
  ("msg", "Hola Alex, gracias por agregarme. Diego me pasó tu CV: te propongo primera entrevista con el equipo de fraude el jueves a las 11. ¿Te encaja?"))
P("user_invited_value", "en", "Mariana Costa", "Senior Data Scientist | Amazon", "Madrid",
  ("acc",),
  ("msg", "Hi Alex, happy to connect. About your question: yes, the loop has one ML design round and one coding round. I shared my notes in a Google Doc, link below. Good luck!"), nl="en")
P("user_invited_value", "fr", "Élise Garnier", "Data Scientist | Doctolib", "Paris",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Comme promis, voici le dépôt avec le pipeline de NLP médical dont on a parlé, sous licence MIT. Dis-moi si tu as des questions."), nl="fr")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Begoña Iriarte", "Data Manager | Iberia Express", "Madrid", ("acc",))
P("acceptance_only", "en", "Stefano Rocca", "ML Engineer | Amsterdam", "Amsterdam", ("acc",))
P("lone_endorsement", "es", "Rubén Sastre", "Compañero de trabajo | Analista BI", "Madrid", ("end",))
P("lone_endorsement", "it", "Chiara Valli", "Data Analyst | Torino", "Torino", ("end",))


# =============================================================== more voices
P("good_invitation", "es", "Patricio Olmos", "Hiring Manager | Data Science en Mercadona Tech", "Valencia",
  ("inv", "Hola Alex, soy el responsable del equipo de forecasting de Mercadona Tech. Contratamos dos data scientists, remoto desde Madrid. ¿Hablamos 20 min?"))
P("stranger_inmail_recruiter", "es", "Lucía Bermejo", "Reclutadora freelance | Perfiles de datos", "Bilbao",
  ("inm", "Oportunidad en Bilbao o remoto", "Hola Alex, me encargo de la selección para una startup de energía con sede en Bilbao. Buscan Data Scientist, pueden ser 100% remoto. "
          "No cobro nada al candidato, por supuesto. ¿Te interesa?"))
P("connection_brings_value", "es", "Jorge Pizarro", "Compañero de promoción | Data Engineer en BBVA", "Madrid",
  ("msg", "Oye Alex, en BBVA AI Factory hay una vacante de DS junior que no han colgado aún. Si me mandas el CV hoy lo meto antes del viernes."))
P("hostility_after_decline", "it", "Roberto Fumagalli", "Consulente di carriera", "Roma",
  ("inv", "Ciao Alex, ti aiuto a trovare lavoro in 30 giorni. Colleghiamoci!"),
  ("inm", "Peccato", "Vedo che non accetti. Con questo atteggiamento supponente non andrai lontano, te lo dico per esperienza."), nl="it")
P("stranger_inmail_recruiter", "en", "Beatriz Moura", "Talent Acquisition | OLX Group", "Lisbon",
  ("inm", "Data Scientist - Search ranking", "Hi Alex, I'm Beatriz from OLX Group. We are hiring Data Scientists for search and ranking, location Madrid or Lisbon. "
          "Would love to share more if you are available this week."), nl="en")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Lorena Quintana", "lorena.quintana@cabify.example", "Descripción del puesto – Data Scientist Pricing",
     "Hola Alex,\n\nte escribí por LinkedIn pero te paso también por aquí la descripción del puesto. Si te encaja, dime disponibilidad para la semana que viene.\n\nLorena", "es"),
    ("InfoJobs", "alertas@infojobs.example", "5 ofertas nuevas de Data Scientist en Madrid",
     "Hola Alex,\n\ntienes 5 ofertas nuevas. Consejo: importa tu perfil de LinkedIn para completar tu CV en un clic.", "es"),
    ("SEPE", "notificaciones@sepe.example", "Renovación de la demanda de empleo",
     "Le recordamos que debe renovar su demanda de empleo antes del 15 de octubre. Webinar gratuito: cómo usar LinkedIn en tu búsqueda.", "es"),
    ("Diego Manrique", "diego.manrique@gmail.example", "Preguntas entrevista Glovo",
     "Te lo mando también por correo por si no miras LinkedIn: las preguntas de SQL van en el adjunto.\n\nDiego", "es"),
    ("Meetup", "info@meetup.example", "PyData Madrid: Feature engineering online – jueves",
     "Tu plaza está confirmada. El enlace de Zoom llega una hora antes. Síguenos en LinkedIn para las ofertas que se compartan.", "es"),
    ("Google Calendar", "calendar-notification@google.example", "Invitación: Entrevista técnica Glovo @ jue 11:00",
     "Has sido invitado a: Entrevista técnica – equipo de fraude\nOrganizador: lidia.serrano@glovo.example", "es"),
    ("Welcome to the Jungle", "hello@wttj.example", "Nouvelles offres data à Madrid",
     "Bonjour Alex,\n\n3 nouvelles offres correspondent à votre recherche. Reliez votre profil LinkedIn pour postuler plus vite.", "fr"),
    ("Ana Ruiz", "ana.ruiz@mail.example", "Cuidado con un tal Kevin Adeyemi",
     "Alex, a mí también me escribió por LinkedIn el de la 'oferta de Shell' pidiendo pagar un portátil. Es estafa, no le mandes nada.\n\nAna", "es"),
    ("Kaggle", "noreply@kaggle.example", "New competition: Retail demand forecasting",
     "A new featured competition launched. Share your Kaggle profile on LinkedIn to show recruiters your rank.", "en"),
    ("Tech Job Hunt Weekly", "news@techjobhunt.example", "5 LinkedIn mistakes data scientists make",
     "This week: headline formulas that recruiters search, and why 'Open to work' frames are a double-edged sword.\n\nUnsubscribe: https://techjobhunt.example/u", "en"),
]

# a few people still reach Alex in the older layout
OLD_LAYOUT = {"Gonzalo Prieto", "Jaime Cordero", "Arturo Villalba", "Mónica Pardo", "Patricio Olmos", "Carmen Olivares"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}

HEADER = [f"# mailbot dev163 corpus. Generated by scripts/make_corpus_dev163.py (seed {SEED}); do not edit by hand.",
          "# September and October 2020 of a Madrid data scientist looking for a job: recruiters and headhunters with real roles, bootcamps, CV writers, "
          "fake job offers with fees, peers passing on openings, meetup organisers, an insulted recruiter; Spanish, English, Italian, French. "
          "Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li163(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2020), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories163(cs.EraStories):
    """Stories inside September and October 2020: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li163(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev163")
    args = ap.parse_args()
    check_notes()
    c = Stories163(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
    c.make_other(14)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
