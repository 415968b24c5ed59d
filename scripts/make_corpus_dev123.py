#!/usr/bin/env python3
"""Write mailbot's dev123 evaluation corpus: tests/corpus/dev123/*.eml + expected.toml.

The angle: the user Alex Morgan is a consultant cardiologist in the heart-failure unit of a
university hospital in Madrid who also does clinical research with a hospital in Rome. Their
LinkedIn world: pharma reps and medical science liaisons, device and medtech reps (remote
monitoring, wearables, pocket echo, LVADs), CROs and site-management companies (some bringing
trials to the site, some selling services), medical congresses (free and CME-accredited, or
predatory and pay-to-speak), journals (real editors asking for reviews or commissioning pieces,
predatory ones with processing fees), medical-writing, editing and translation services, AI
scribe and ECG vendors, malpractice-insurance brokers and wealth managers for doctors, residents
and students asking for mentoring, peers sharing protocols, data and slides, recruiters for
industry and hospital posts, and a few rude ones. Formal Spanish (usted) and Italian (Lei),
some casual tú and tu between colleagues, English from British, Irish, Nigerian, Indian and
Nordic writers, and one French colleague.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, the recipient's headline, job-alert and other LinkedIn-mail
subjects, the names, companies and headlines of spoof-only people and PYMK suggestions, and the
notes that spoofs carry are swapped for hospital-medicine ones in this process only
(make_corpus.py itself is not changed). The notes were written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev123.py              # writes tests/corpus/dev123
    python scripts/make_corpus_dev123.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20270123

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ hospital-cardiology world (this process only)
SKILLS = {
    "es": ["Cardiología", "Insuficiencia cardiaca", "Ensayos clínicos", "Ecocardiografía", "Investigación clínica", "Medicina interna"],
    "it": ["Cardiologia", "Scompenso cardiaco", "Sperimentazioni cliniche", "Ecocardiografia", "Ricerca clinica"],
    "en": ["Cardiology", "Heart Failure", "Clinical Trials", "Echocardiography", "Clinical Research", "Good Clinical Practice (GCP)"],
    "fr": ["Cardiologie", "Insuffisance cardiaque", "Essais cliniques", "Échocardiographie"],
    "de": ["Kardiologie", "Herzinsuffizienz", "Klinische Studien", "Echokardiographie"],
}
RHEADLINE = {
    "es": "Cardiólogo, Unidad de Insuficiencia Cardiaca · Hospital Universitario Puerta de Castilla (Madrid) | Investigación clínica con el Policlinico San Clemente (Roma)",
    "it": "Cardiologo, Unità Scompenso Cardiaco · Hospital Universitario Puerta de Castilla (Madrid) | Ricercatore clinico, Policlinico San Clemente (Roma)",
    "en": "Consultant Cardiologist, Heart Failure Unit · Hospital Universitario Puerta de Castilla, Madrid | Clinical researcher, Policlinico San Clemente, Rome",
    "fr": "Cardiologue, unité d'insuffisance cardiaque · Hospital Universitario Puerta de Castilla (Madrid) | Recherche clinique, Rome",
    "de": "Kardiologe, Herzinsuffizienz-Einheit · Hospital Universitario Puerta de Castilla (Madrid) | Klinische Forschung, Rom",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

# Alex reads LinkedIn mostly in Spanish, often in Italian, sometimes in English
mc.LANGS[:] = ["es", "it", "en", "es", "it"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin.com.secure-notify.example", "untrusted:mx.example.org",
                       "nodkim", "lookalike:xn--linkedn-dza.com", "buried", "display:outlook.com", "wrongpass", "noauth"]

mc.NAMES["es"] = (["Ainhoa", "Borja", "Macarena", "Guillermo", "Esther", "Joaquín", "Yolanda", "Ismael", "Susana", "Fermín", "Montserrat", "Ramón"],
                  ["Aguirre", "Benavente", "Calvo", "Escudero", "Garrido", "Lozano", "Montero", "Pastor", "Soler", "Vidal", "Zamora"])
mc.NAMES["it"] = (["Simona", "Raffaele", "Ornella", "Emanuele", "Loredana", "Vincenzo", "Patrizia", "Salvatore", "Cristina", "Alberto", "Manuela"],
                  ["Amato", "Bellucci", "D'Angelo", "Ferraro", "Galli", "Longo", "Messina", "Pellegrini", "Russo", "Villa", "Testa"])
mc.NAMES["en"] = (["Claire", "Duncan", "Harriet", "Owen", "Siobhan", "Adrian", "Lydia", "Rory", "Nisha", "Patrick"],
                  ["Ashdown", "Bramley", "Cavendish", "Devlin", "Hale", "Kerrigan", "Marlow", "Prentice", "Whitcombe"])
mc.CITY["es"] = ["Madrid", "Alcalá de Henares", "Toledo", "Valencia", "Sevilla", "Salamanca", "Majadahonda"]
mc.CITY["it"] = ["Roma", "Napoli", "Firenze", "Bari", "Milano", "Latina", "Frascati"]
mc.CITY["en"] = ["London", "Dublin", "Edinburgh", "Boston", "Amsterdam", "Madrid"]
mc.COMPANIES["good"] = ["Hospital Universitario Puerta de Castilla", "Policlinico San Clemente", "Hospital Clínico de Valladolid", "AOU Federico Gatti",
                        "Fundación para la Investigación Biomédica del Tajo", "Heart Failure Practice (journal)", "Royal Tamar Hospital"]
mc.COMPANIES["sales"] = ["Redacta Médica", "Cardiotek", "ScribeFlow AI", "HeartLink Telemonitor", "MedPub Editing", "Corvana CRO", "RhythmIQ",
                         "Salud Digital Iberia"]
mc.HEADLINES["good"] = ["Cardióloga en {co}", "FEA Cardiología | {co}", "Dirigente medico, Cardiologia presso {co}", "Consultant Cardiologist at {co}",
                        "Enfermera de práctica avanzada | {co}", "Specializzanda in Cardiologia | {co}", "Research Nurse, Cardiology | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Cardiología | {co}", "Account Executive, Hospitals | {co}", "Business Development Manager at {co}",
                         "Delegado hospitalario | {co}", "Founder & CEO at {co}"]
mc.JOBS[:] = [("Medical Director Cardiovascular – Spain", "Vireo Therapeutics"), ("Medical Science Liaison Cardio-Renale", "Farmaceutica Tirrena"),
              ("Facultativo Especialista de Área – Cardiología (Unidad de IC)", "Hospital General Universitario de Alicante"),
              ("Dirigente Medico – Cardiologia", "ASL Roma 6"), ("Clinical Research Physician, Heart Failure", "Nordhavn Bio")]
SPOOF_NOTES = {
    "es": ["Estimado Dr. {first}, el CEIm ha emitido un dictamen desfavorable sobre su estudio. Acceda al portal para consultar el informe antes de 48 horas.",
           "Hola {first}, te he compartido el cuaderno de recogida de datos del ensayo. Inicia sesión con tu cuenta del hospital para abrirlo."],
    "it": ["Gentile Dott. {first}, la sua quota di iscrizione al congresso risulta non pagata. Acceda per regolarizzare entro oggi ed evitare la cancellazione dell'abstract.",
           "Ciao {first}, ti ho condiviso il protocollo firmato dello studio. Accedi con le credenziali aziendali per scaricarlo."],
    "en": ["Dear Dr {first}, a reviewer has flagged your manuscript for possible data duplication. Sign in to respond before the editorial deadline.",
           "Hi {first}, I shared the investigator payment statement for your site with you. Log in to confirm your bank details."],
    "fr": ["Bonjour Dr {first}, je vous ai transmis le protocole signé de l'étude. Connectez-vous avec vos identifiants de l'hôpital pour le télécharger."],
    "de": ["Hallo Dr. {first}, ich habe Ihnen die Prüfarzt-Abrechnung freigegeben. Bitte melden Sie sich an, um Ihre Bankdaten zu bestätigen."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Dictamen del CEIm", "Documento compartido", "Pago pendiente", "Urgente – su estudio"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Quota congresso", "Protocollo firmato", "Documento condiviso"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Manuscript flagged", "Investigator payment", "Shared document", "Action required"]
retitle_other({
    "es": dict(job=("{n} empleos nuevos de «cardiólogo»", "Tu alerta de empleo de cardiólogo en {city}"),
               news="¿Faltan cardiólogos en la sanidad pública?", group="Conversaciones destacadas en Insuficiencia Cardiaca – Profesionales",
               newsletter="Latido clínico: lo que nos dejó el último congreso de insuficiencia cardiaca"),
    "it": dict(job=("{n} nuove offerte per «cardiologo»", "Il tuo avviso di lavoro per cardiologo a {city}"),
               news="Medici in fuga dagli ospedali pubblici: cosa sta cambiando", group="Conversazioni principali in Cardiologi Italiani – Scompenso",
               newsletter="Il battito: i trial da ricordare di quest'anno"),
    "en": dict(job=("{n} new jobs for \"medical director cardiology\"", "Your job alert for medical director cardiology in {city}"),
               news="Are AI scribes winning over hospital doctors?", group="Top conversations in Heart Failure Professionals Network",
               newsletter="The Ventricle: what this year's heart failure trials really changed"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Lucía Arrabal Vega", "MIR 3.º de Cardiología | Hospital Universitario de Getafe", "Getafe",
  ("inv", "Estimado Dr. Morgan: soy residente de tercer año de Cardiología y quiero orientarme hacia insuficiencia cardiaca. ¿Tendría 20 minutos "
          "algún día para aconsejarme sobre una rotación externa en su unidad? Muchas gracias de antemano."),
  ("rem",))
P("good_invitation", "it", "Federico Sanna", "Cardiologo | UO Cardiologia, AOU di Sassari", "Sassari",
  ("inv", "Buongiorno collega, ho letto il vostro protocollo di titolazione rapida dopo la dimissione. A Sassari proviamo a replicarlo: "
          "potrei farle due domande sul follow-up telefonico infermieristico? In cambio le giro volentieri i nostri dati."))
P("good_invitation", "en", "Hannah Oyelaran", "Talent Partner, Medical Affairs | Vireo Therapeutics", "London",
  ("inv", "Hi Dr Morgan, I'm hiring a Medical Director for our heart failure programme (Madrid-based, hybrid, Phase III portfolio). "
          "Your trial work fits the brief closely. Happy to share the JD and salary band if you're open to a confidential chat."),
  ("rem",))
P("good_invitation", "es", "Inmaculada Torrijos", "Coordinadora de Formación Continuada | Colegio Oficial de Médicos", "Madrid",
  ("inv", "Buenos días, doctor. En el Colegio organizamos un curso gratuito de ecocardiografía para médicos de familia, acreditado con 2,4 créditos. "
          "Nos encantaría que impartiera la sesión de insuficiencia cardiaca en noviembre. ¿Le envío el programa?"))
P("good_invitation", "it", "Chiara Lo Presti", "Associate Editor | Rivista Italiana di Cardiologia Clinica", "Roma",
  ("inv", "Gentile Dott. Morgan, ci è arrivato un manoscritto su sacubitril/valsartan nell'anziano fragile e il suo nome è tra i revisori suggeriti. "
          "Posso mandarle l'abstract per capire se ha tempo di valutarlo? Grazie, Chiara Lo Presti"),
  ("rem",))
P("good_invitation", "en", "Tomasz Wieczorek", "Consultant Cardiologist, Cardio-Oncology | Warsaw", "Warsaw",
  ("inv", "Dear Alex, we are starting a European registry of cancer patients who develop HF on anthracyclines. Your unit would be a great site: "
          "no fees, your data stay yours, authorship by enrolment. May I send the protocol summary?"))
P("good_invitation", "es", "Asunción Peral", "Presidenta | Asociación de Pacientes con Insuficiencia Cardiaca de Madrid", "Madrid",
  ("inv", "Dr. Morgan, soy paciente de su hospital y presido una asociación de pacientes con IC. Cada mes hacemos una charla gratuita para "
          "pacientes y familias; ¿querría darnos una sobre qué hacer cuando se hinchan los tobillos? Le estaríamos muy agradecidos."))
P("good_invitation", "es", "Sofía Marquina", "Feasibility Manager | Iberian Clinical Research (CRO)", "Madrid",
  ("inv", "Dr. Morgan, seleccionamos centros en España para un fase III en IC con FE preservada (promotor farmacéutico, presupuesto por paciente "
          "a cargo del promotor). ¿Le puedo enviar la sinopsis y el cuestionario de factibilidad bajo confidencialidad?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Marcos Villalba Ruiz", "Delegado comercial | Área hospitalaria", "Madrid", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Daniela Pirozzi", "Informatrice scientifica del farmaco", "Napoli", ("inv", NONOTE), ("rem",))
P("default_invitation", "en", "Gareth Pryce", "Business Development | MedTech | Cardiac Rhythm", "Cardiff", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Rodrigo Anchuelo", "Director comercial | Redacta Médica – Medical Writing", "Madrid",
  ("inv", "Dr. Morgan, ¿le falta tiempo para publicar? Nuestro equipo de redactores médicos convierte sus datos en un manuscrito listo para enviar "
          "en 4 semanas. Tarifa cerrada desde 2.900 €. ¿Le cuento cómo trabajamos con otros jefes de sección?"))
P("sales_invitation", "it", "Valeria Cossu", "Key Account Manager Elettrofisiologia | Cardiotek Italia", "Roma",
  ("inv", "Buongiorno Dottore, seguo per Cardiotek i centri di elettrofisiologia del Lazio. Vorrei presentarle il nuovo sistema di monitoraggio "
          "remoto per CRT-D, con una breve dimostrazione in reparto quando le è più comodo."),
  ("rem",))
P("sales_invitation", "en", "Blake Hennessy", "Founder | ScribeFlow AI – ambient clinical documentation", "Dublin",
  ("inv", "Dr Morgan - consultants on ScribeFlow get back ~2h per clinic day. It listens to the consultation and drafts the note in Spanish or "
          "English. Free 14-day trial for your unit; could I grab 15 min next week to walk you through it?"))
P("sales_invitation", "es", "Patricia Salcedo", "Asesora financiera para médicos | Gestión patrimonial", "Madrid",
  ("inv", "Hola Dr. Morgan, trabajo solo con facultativos y sé lo difícil que es cuadrar guardias, privada e inversiones. Le propongo una revisión "
          "gratuita de su planificación fiscal y patrimonial, sin compromiso. ¿Cuándo le viene bien?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Álvaro Benjumea", "Cardiólogo | Fundador de IC-Red, comunidad de unidades de insuficiencia cardiaca", "Sevilla",
  ("inv", "Dr. Morgan, estamos montando un grupo de cardiólogos de unidades de IC para comentar casos complejos y compartir protocolos entre "
          "hospitales. Sin patrocinadores, solo entre colegas. ¿Se anima a unirse?"),
  ("msg", "Gracias por aceptar, Alex. Le cuento cómo se sostiene la red: trabajamos de la mano de HeartLink, una plataforma de telemonitorización que "
          "ya usan 14 unidades. Los miembros tienen precio especial, 38 € por paciente y mes. ¿Le organizo una demo con su supervisora de enfermería?", (4, 12)),
  ("msg", "Le escribo otra vez por lo de HeartLink: esta semana cerramos las condiciones de socio fundador. Si me pasa el contacto de gerencia, "
          "preparo yo la propuesta y usted no tiene que hacer nada más.", (8, 20)))
P("bait_and_switch_invitation", "it", "Giacomo Ferlito", "Medical writer | PhD in Farmacologia", "Catania",
  ("inv", "Buongiorno Dottor Morgan, ho letto il suo lavoro sui diuretici nello scompenso acuto. Avrei una domanda sui criteri di esclusione per "
          "la funzione renale: posso scriverle in privato?"),
  ("msg", "Grazie per il collegamento! Le scrivevo anche per presentarmi: con il mio studio offriamo supporto completo alla stesura dei manoscritti "
          "e alle risposte ai revisori, pacchetto articolo originale a 3.500 € + IVA. Se ha dati nel cassetto, ci sentiamo questa settimana?", (2, 7)))
P("bait_and_switch_invitation", "en", "Priya Raghunathan", "Founder | Physician Wellbeing Collective", "Birmingham",
  ("inv", "Hi Alex, I run a free peer-support circle for hospital consultants dealing with burnout - monthly online sessions, no agenda. "
          "A colleague from Madrid thought you'd value it. Would love to connect."),
  ("msg", "Lovely to connect! Ahead of our next circle I wanted to share our 12-week Resilient Consultant coaching programme. It's £1,850 and most "
          "hospitals reimburse it from the study budget. Shall I hold you a place in the January cohort?"),
  ("msg", "Hi Alex, just a nudge on January, 3 seats left. I can invoice your hospital directly if that's easier for you x", (6, 15)))
P("bait_and_switch_invitation", "es", "Nuria Escolano", "Secretaría científica | Jornadas Iberoamericanas de Cardiología Clínica", "Valencia",
  ("inv", "Dr. Morgan, me gustaría invitarle a formar parte del comité científico de las Jornadas Iberoamericanas de Cardiología Clínica. "
          "Su experiencia en insuficiencia cardiaca daría mucho valor al programa."),
  ("msg", "Encantada de contar con usted. Para los miembros del comité científico la inscripción tiene un precio reducido de 640 € (en lugar de "
          "890 €), e incluye la publicación de su resumen en el libro de actas. Le dejo el enlace de pago; la fecha límite es el viernes.", (3, 9)))
P("bait_and_switch_invitation", "it", "Marina Stagnaro", "Consulente assicurativa | Tutela dei professionisti sanitari", "Genova",
  ("inv", "Buongiorno Dottore, curo una newsletter gratuita sulle novità di giurisprudenza in responsabilità medica e Legge Gelli-Bianco. "
          "Se le interessa la aggiungo alla lista, nessun costo."),
  ("msg", "Grazie del collegamento! Ne approfitto: in vista del rinnovo, la sua polizza per colpa grave copre anche l'attività di ricerca "
          "clinica? Posso prepararle un preventivo comparativo con tre compagnie entro lunedì.", (5, 14)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dr. Sameer Qadri", "Program Director | Global Summit on Cardiology & Heart Failure", "Dubai",
  ("inm", "Invitation: Keynote Speaker, Heart Failure Summit", "Dear Dr. Alex Morgan,\n\nOn behalf of the Organizing Committee it is our pleasure to invite "
          "you as Keynote Speaker at the 8th Global Summit on Cardiology & Heart Failure, Rome, 14-15 October. Your distinguished contributions make you "
          "an ideal speaker. Kindly confirm your interest at the earliest.\n\nWarm regards,\nDr. Sameer Qadri"),
  ("inm", "Re: Keynote Speaker - registration", "Dear Dr. Morgan, thank you for your positive reply. To confirm the keynote slot kindly complete the "
          "speaker registration of EUR 799 (accommodation not included). Payment before 30 June gets 10% discount. Payment link is below.", (4, 10)))
P("bait_and_switch_inmail", "es", "Ramiro Echeverría", "Investigador | Observatorio de Salud del Profesional Médico", "Buenos Aires",
  ("inm", "Encuesta sobre agotamiento en cardiólogos", "Estimado doctor, estamos haciendo un estudio sobre burnout en especialistas hospitalarios de "
          "España y Latinoamérica. Son 10 minutos de encuesta anónima y compartiremos los resultados con todos los que participen. ¿Nos daría una mano?"),
  ("inm", "Sus resultados y una propuesta", "Muchas gracias por participar, doctor. Según sus respuestas, usted está en el perfil de riesgo medio-alto. "
          "Por eso le ofrecemos nuestro programa de mentoring 1:1 para médicos: 6 sesiones por 720 €. Las plazas son pocas, ¿le reservo una?", (6, 18)))
P("bait_and_switch_inmail", "it", "Elena Varriale", "Project Manager | Piattaforma per studi osservazionali", "Milano",
  ("inm", "Studio osservazionale multicentrico – HFpEF", "Gentile Dottore,\nstiamo selezionando i centri per uno studio osservazionale sullo scompenso "
          "a frazione d'eiezione preservata e il suo reparto sarebbe un ottimo candidato. Le andrebbe di ricevere la sinossi?\n\nCordiali saluti\nElena Varriale"),
  ("inm", "Adesione dei centri – dettagli", "Grazie per l'interesse, Dottore. Per aderire ogni centro attiva la licenza della nostra piattaforma eCRF "
          "(1.900 € l'anno, più 400 € di formazione); dopo l'attivazione può cominciare a inserire i pazienti. Le mando il modulo d'ordine?", (5, 12)),
  ("inm", "Re: Adesione dei centri", "Dottore, le ricordo che le adesioni si chiudono a fine mese. Se preferisce, la fattura può essere intestata "
          "alla fondazione dell'ospedale.", (7, 15)))
P("bait_and_switch_inmail", "it", "Oliver Brandt", "Host | The Cardio Conversations Podcast", "Amsterdam",
  ("inm", "Guest invite - The Cardio Conversations", "Hi Alex, we'd love to have you on The Cardio Conversations to talk about your HFpEF work. "
          "Listeners are mostly cardiologists and HF nurses across Europe. About 40 minutes, recorded remotely whenever suits you. Interested?"),
  ("inm", "Next steps for your episode", "Thanks for saying yes! Quick note on logistics: guest episodes are part of our Featured Expert package (€1,200), "
          "which covers editing, a video cut and promotion to our 18k followers. Can you confirm so I can raise the invoice?", (3, 9)),
  nl="en")


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Sergio Ballesteros", "Enfermero de práctica avanzada en IC | Máster en Gestión Sanitaria", "Toledo",
  ("end",), ("end",),
  ("msg", "Hola Alex, te he validado {skill} y alguna más, que te lo mereces de sobra. ¿Me podrías validar tú Gestión sanitaria y Educación para "
          "la salud? Me presento a la supervisión de la unidad y me vendría genial."))
P("endorse_me_back", "it", "Roberto Castagna", "Informatore medico scientifico | Area cardiovascolare", "Roma",
  ("end",),
  ("msg", "Buongiorno Dottore, le ho confermato la competenza in {skill}. Se non le pesa, mi farebbe un grande favore a confermare le mie in "
          "«Relazioni con i clienti» e «Farmacologia»: in azienda guardano anche il profilo LinkedIn per le promozioni. Grazie mille!"))
P("endorse_me_back", "en", "Dr. Aisha Mensah", "Specialty Registrar, Cardiology | NHS", "Leeds",
  ("end",), ("end",),
  ("msg", "Hi Alex! Endorsed you for a couple of things, hope that's ok :) I'm applying for consultant posts this autumn - would you mind endorsing "
          "me for Echocardiography and Clinical Research? Totally understand if not."))
P("endorse_me_back", "es", "Paolo Ruggiero", "Cardiologo interventista | Centro Cuore, Bari", "Bari",
  ("end",),
  ("msg", "Ciao Alex, ti ho dato qualche conferma sulle competenze ({skill} in primis). Se ti va di ricambiare su «Cardiologia interventistica» te "
          "ne sarei grato, sto sistemando il profilo per un concorso."),
  nl="it")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Javier Cantalejo", "Delegado hospitalario | Área cardiometabólica", "Madrid",
  ("inv", "Buenos días Dr. Morgan, soy el nuevo delegado de Almenara Pharma en su hospital. Me gustaría presentarme y dejarle la información "
          "actualizada de nuestro anticoagulante."),
  ("rem",),
  ("inm", "Sin respuesta", "Dr. Morgan, llevo tres semanas intentando una visita de diez minutos. Entiendo que esté ocupado, pero ignorar "
          "sistemáticamente a la industria es una falta de respeto hacia quienes trabajamos para que sus pacientes tengan tratamientos. "
          "Esperaba otra cosa de un médico de su nivel.", (12, 30)))
P("hostility_after_decline", "it", "Nicolò Bertagna", "Studente di Medicina, 6° anno | Università di Padova", "Padova",
  ("inv", "Gentile Dottor Morgan, sono uno studente al sesto anno e vorrei fare la tesi sperimentale in cardiologia con un periodo Erasmus a "
          "Madrid. Posso chiederle un consiglio su come muovermi?"),
  ("inm", "Nessuna risposta", "Dottore, le ho scritto con tutto il rispetto un mese fa. Capisco che per voi strutturati gli studenti non contino "
          "niente, ma almeno un no si dà. Complimenti per l'umanità, davvero un bell'esempio per chi comincia.", (25, 40)))
P("hostility_after_decline", "en", "Dr. Vikram Sethuraman", "Chief Scientific Officer | International Academy of Cardiovascular Sciences", "Chennai",
  ("inv", "Dear Dr. Morgan, our Academy confers Honorary Fellowship on eminent cardiologists. Kindly connect to receive the details."),
  ("rem",),
  ("inm", "Regarding your silence", "Dr. Morgan, it is quite disappointing that a doctor of your standing cannot extend the basic courtesy of a reply. "
          "We offered you an honour which many professors accept gratefully. Such arrogance does not become the medical profession.", (10, 25)))
P("hostility_after_decline", "es", "Carolina Méndez Ugarte", "Coach de marca personal para médicos | Consulta privada", "Bilbao",
  ("inv", "Dr. Morgan, ayudo a especialistas a llenar su consulta privada gracias a LinkedIn e Instagram. ¿Le interesaría una sesión "
          "diagnóstica gratuita de 30 minutos?"),
  ("inm", "Sin acritud", "Veo que ha preferido no contestar. Allá usted, pero luego no se queje de que la privada no despega. Los médicos que se "
          "creen por encima del marketing son los primeros en quedarse sin pacientes. Un saludo.", (15, 35)))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Fernando Lezcano", "Corredor de seguros | Responsabilidad civil sanitaria", "Madrid",
  ("msg", "Hola Alex, te escribo porque muchos compañeros de tu hospital están revisando la póliza de RC tras la subida de primas. Te hago un estudio "
          "comparativo sin coste; solo necesito tu póliza actual."),
  ("msg", "Alex, veo que lees los mensajes y no contestas. Te ofrecía algo que te protege a ti y a tu familia, no te estaba vendiendo humo. "
          "Qué poca educación, de verdad.", (10, 25)))
P("hostility_connection", "it", "Stefano Iannuzzi", "Founder & CEO | CardioSense – ECG indossabile", "Torino",
  ("acc",),
  ("msg", "Grazie per aver accettato, Alex! Come ti accennavo a Roma, CardioSense è pronto per un pilota ospedaliero: 50 patch a 95 € l'una, "
          "refertazione automatica inclusa. Se mi passi il contatto dell'ufficio acquisti preparo l'offerta."),
  ("msg", "Alex, capisco il silenzio, ma da uno che mi aveva chiesto il collegamento a un congresso mi aspettavo un minimo di correttezza. "
          "Fare finta di niente è da maleducati. Ne prendo nota.", (12, 30)))
P("hostility_connection", "en", "Craig Whitlow", "Wealth Manager | Medical Professionals Abroad | Harcourt Private", "London",
  ("msg", "Hi Alex, as an expat consultant you may have UK pension pots that aren't working hard enough. I specialise in pension transfers for "
          "doctors living in Spain. Worth a 20-minute call?"),
  ("msg", "Alex, following up on the UK pension point. Happy to run the numbers for you free of charge, no obligation."),
  ("msg", "Fine, no reply again. I've helped dozens of doctors avoid losing six figures, but clearly you know better. Good luck with your retirement, "
          "you'll need it.", (7, 20)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Lorenza Buscemi", "Area Manager | Formazione ECM a distanza", "Palermo",
  ("msg", "Buongiorno Dottore, le segnalo il nostro nuovo corso FAD «Scompenso cardiaco: dalle linee guida alla pratica», 50 crediti ECM a 189 €. "
          "Per chi si iscrive entro il 15 c'è il 20 % di sconto."),
  ("msg", "Dottore, ultimi giorni per chiudere il triennio: con il pacchetto completo da 120 crediti (349 €) copre il fabbisogno in un'unica "
          "soluzione. Le mando il link per iscriversi?"))
P("connection_only_pitches", "es", "Gonzalo Pereda", "Account Manager | Salud Digital Iberia – historia clínica y telemedicina", "Madrid",
  ("msg", "Buenas tardes, Alex. Le adjunto el dosier de nuestro módulo de teleconsulta integrado con la historia clínica; ya lo usan tres "
          "hospitales públicos de Madrid. ¿Le viene bien una presentación de 30 minutos?"),
  ("msg", "¿Ha podido mirar el dosier? Tenemos hueco para hacer la demo en su propio servicio la semana del 14."),
  ("msg", "Alex, le escribo por última vez este trimestre: si lo lleva a la dirección médica antes de diciembre, le mantenemos el precio del año "
          "pasado."))
P("connection_only_pitches", "en", "Megan Albright", "Director, Site & Sponsor Solutions | Corvana CRO", "Boston",
  ("msg", "Hi Alex, saw your investigator-initiated iron study got funded - congrats! Corvana runs full-service IITs in Spain and Italy "
          "(monitoring, EDC, pharmacovigilance) for a fixed fee. Can I send over our capabilities deck?"),
  ("msg", "Hi Alex, circling back - we could have a budget proposal for the iron study ready within a week. Would a call with our Madrid team on "
          "Thursday work?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Blanca Iturriaga", "Product Specialist | Ecógrafos portátiles | Sonovia", "Bilbao",
  ("msg", "Hola Dr. Morgan, estaremos en el congreso de la SEC, stand 42, con el nuevo ecógrafo de bolsillo. Si quiere le reservo 15 minutos para "
          "probarlo y le explico la oferta para servicios de cardiología."))
P("single_pitch", "it", "Marco Tedeschi", "Consulente finanziario | Medici e dirigenti sanitari", "Roma",
  ("msg", "Ciao Alex, so che da poco collabori anche con il Policlinico: se ti serve una mano con la doppia fiscalità Italia-Spagna ti offro un "
          "primo incontro conoscitivo, seguo già diversi dirigenti medici nella tua situazione."))
P("single_pitch", "en", "Natalie Fenwick", "Senior Editor, Author Services | MedPub Editing", "Oxford",
  ("msg", "Hi Alex, congratulations on the acceptance in the Journal of Cardiac Failure! If you have more manuscripts in the pipeline, our "
          "native-speaker medical editors can polish them in 72 hours. 15% off your first order with code HF15."))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Rocío Mayoral", "Cardióloga | Unidad de IC, Hospital Clínico de Valladolid", "Valladolid",
  ("end",),
  ("msg", "Alex, te paso el protocolo de hierro intravenoso en hospital de día que usamos aquí, con la hoja de enfermería y el circuito desde "
          "urgencias. Úsalo y adáptalo como quieras; si lo mejoras, cuéntamelo."))
P("connection_brings_value", "it", "Ludovica Aprile", "Professore associato di Cardiologia | Policlinico San Clemente", "Roma",
  ("msg", "Caro Alex, a giugno facciamo al Policlinico un corso gratuito accreditato ECM (8 crediti) su eco e strain nello scompenso. Avevo pensato "
          "a te come docente per la sessione sull'HFpEF; se non riesci, manda pure i tuoi specializzandi, l'iscrizione è libera."))
P("connection_brings_value", "en", "Dr. Rhys Callaghan", "Consultant Cardiologist, Heart Failure & Devices | University Hospital of Wales", "Cardiff",
  ("msg", "Alex, here's the slide deck from my talk on diuretic resistance - use any of it for teaching. The sodium-guided protocol is in the "
          "appendix."),
  ("msg", "Also - the guidelines task force is after reviewers for the next HF position paper and I put your name forward. You should hear from "
          "the secretariat this month.", (5, 20)))
P("connection_brings_value", "es", "Claire Dubosc", "Chef de clinique, Cardiologie | CHU de Toulouse", "Toulouse",
  ("msg", "Bonjour Alex, comme promis à Madrid, voici notre tableau de suivi des patients sous vériciguat et le questionnaire de qualité de vie "
          "traduit en espagnol. Si vous voulez comparer nos cohortes, je suis partante pour un abstract commun au prochain congrès."),
  nl="fr")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Jonathan Achebe", "Partner, Life Sciences Practice | Halden Executive Search", "London",
  ("inm", "Medical Director, Cardiovascular - Madrid", "Dear Dr Morgan,\n\nI'm retained by a top-10 pharma company to find a Medical Director for "
          "their cardiovascular franchise in Spain. The role reports to the country Medical Head, leads a team of eight MSLs and pays a base of "
          "EUR 150-170k plus bonus and car. Your heart failure trial background is what they are after. Would you be open to a confidential "
          "conversation?\n\nKind regards,\nJonathan"))
P("stranger_inmail_recruiter", "it", "Alessia Pinna", "Talent Acquisition | Medical Affairs Italia", "Milano",
  ("inm", "Medical Science Liaison Cardio-renale – Roma", "Gentile Dottore, cerchiamo un MSL senior per l'area cardio-renale con base a Roma. "
          "Contratto a tempo indeterminato, RAL 75-85k più auto aziendale. Il suo profilo da ricercatore clinico è perfetto. Le andrebbe di sentirci, "
          "anche solo per capire se può interessarle?"))
P("stranger_inmail_recruiter", "es", "Beatriz Alcaraz", "Jefa de Servicio de Cardiología | Hospital General Universitario de Alicante", "Alicante",
  ("inm", "Plaza de FEA en la Unidad de IC", "Estimado Dr. Morgan: en mi servicio vamos a convocar una plaza de facultativo especialista para la Unidad "
          "de Insuficiencia Cardiaca, con un 30 % de tiempo protegido para investigación y apoyo de la fundación del hospital. Me han hablado muy "
          "bien de su trabajo. ¿Podríamos hablar por teléfono antes de que salga la convocatoria?\n\nUn cordial saludo,\nBeatriz Alcaraz"))
P("stranger_inmail_recruiter", "es", "Lars Henriksen", "Head of Clinical Development, Cardiometabolic | Nordhavn Bio", "Copenhagen",
  ("inm", "Clinical Lead, Phase III HFpEF", "Hi Alex, I lead clinical development for our cardiometabolic pipeline and I'm hiring a Clinical Lead for "
          "a Phase III HFpEF study (remote from Madrid, ~20% travel). Your investigator experience on two similar trials stood out. Could we take 30 "
          "minutes so I can tell you about it?"),
  nl="en")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Ignacio Prats", "Director de Desarrollo | MediTraduce – traducción médica", "Barcelona",
  ("inm", "Traducción de su próximo artículo", "Estimado Dr. Morgan, traducimos artículos científicos al inglés con revisión de médicos nativos y "
          "certificado para la revista. Tarifa especial para cardiólogos: 0,07 € por palabra. ¿Le envío un presupuesto sin compromiso?"))
P("stranger_inmail_sales", "it", "Lucio Marangoni", "Editorial Office | International Journal of Cardiovascular Research & Reviews", "Roma",
  ("inm", "Call for papers – Volume 9", "Egregio Dottore, la nostra rivista open access indicizzata invita contributi per il volume 9. Revisione in "
          "10 giorni, pubblicazione garantita in tre settimane. Quota di pubblicazione 690 €. Restiamo in attesa del suo manoscritto."),
  ("inm", "Sconto riservato", "Gentile Dottore, solo per questo mese la quota scende a 490 €. Accettiamo anche case report e lettere all'editore.", (10, 30)))
P("stranger_inmail_sales", "en", "Kristen Doyle", "Enterprise Sales, EMEA | RhythmIQ – AI ECG", "Boston",
  ("inm", "Low EF from a 12-lead?", "Hi Dr. Morgan, RhythmIQ flags low ejection fraction from a standard 12-lead ECG with 93% sensitivity. We're "
          "CE-marked and live in two Madrid hospitals already. Could we do a 20-minute demo for your team?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Teresa Galindo", "Coordinadora de ensayos clínicos | Site management", "Madrid",
  ("inv", "Hola Dr. Morgan, coordino ensayos en varios hospitales de Madrid y tengo una plantilla de consentimiento informado en lectura fácil "
          "que aprobó un CEIm. Si le sirve para sus estudios, se la paso encantada."),
  ("msg", "Aquí tiene la plantilla y la guía del CEIm sobre lectura fácil. Cualquier duda, me dice."),
  ("msg", "Dr. Morgan, le cuento que hemos montado nuestra propia SMO: ponemos coordinadores en su servicio y el hospital solo abona una gestión "
          "de 4.500 € por estudio. ¿Lo hablamos con su jefe de servicio?", (20, 45)))
P("good_turns_ugly", "it", "Damiano Rescigno", "Cardiologo | Dottorando in Scienze Cardiovascolari", "Napoli",
  ("inv", "Buonasera Dottor Morgan, sto analizzando un registro campano sull'HFpEF e ho visto che lei ha usato un modello simile. Le andrebbe "
          "di dare un'occhiata alla mia analisi? Le mando il dataset anonimizzato in cambio di un parere."),
  ("msg", "Ecco il link al dataset e allo script R. Se le è utile per il suo studio lo usi pure, basta citare il registro."),
  ("end",),
  ("msg", "Grazie ancora per i consigli sull'analisi! Le ho confermato {skill}: se può, mi confermerebbe «Statistica medica» e «Ricerca clinica»? "
          "Sto preparando la domanda per un assegno di ricerca."))
P("good_turns_ugly", "en", "Dr. Imran Kassam", "Cardiologist | Co-founder, HF Academy", "Manchester",
  ("inv", "Alex - I host a free monthly journal club for HF fellows across Europe (Zoom, 45 min). Would you lead one session on HFpEF phenotyping? "
          "Happy to send past recordings so you can see the format."),
  ("msg", "Thanks so much for agreeing! Here's the calendar link and the two papers the fellows picked."),
  ("msg", "Hi Alex, quick one: HF Academy is launching a paid certificate (£950) and we offer faculty 20% of every enrolment they refer. Could "
          "you share it with your fellows and your hospital's training office?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Eduardo Sanmartín", "Director | Publicaciones científicas a medida", "Madrid",
  ("inm", "Su tesis convertida en artículos", "Dr. Morgan, convertimos tesis y datos de ensayos en artículos publicables en revistas Q1-Q2, con una "
          "tasa de aceptación del 87 %. Planes desde 1.900 €. ¿Hablamos?"),
  ("inv", "Dr. Morgan, coincidimos en el congreso de la SEC en Valencia. Me gustaría mantener el contacto."))
P("reinvite_known_bad", "it", "Gabriella Mancuso", "Informatrice scientifica | Cardiologia", "Bari",
  ("inv", DEFAULT),
  ("inv", "Buongiorno Dottore, ci siamo visti al congresso di Firenze davanti al suo poster sulla congestione. Mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Simon Falkner", "Partner | MedLeads – patient acquisition for private clinics", "Bristol",
  ("inv", "Dr Morgan, private cardiology clinics in Madrid are under-booked. We fill diaries with self-pay patients and you only pay per booked "
          "appointment. 10 min this week?"),
  ("inv", "Hi Alex, enjoyed your post from the Rome meeting - the slide on congestion scores was great. Would be good to connect."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "it", "Rosario Lentini", "Presidente | Congresso Mediterraneo di Medicina Interna e Cardiologia", "Palermo",
  ("inm", "Invito come relatore", "Gentile Dottore, il comitato scientifico ha il piacere di invitarla come relatore alla sessione sullo scompenso del "
          "Congresso Mediterraneo. Sarebbe per noi un onore averla a Palermo."),
  ("inm", "Relatori – quota di partecipazione", "Gentile Dottore, grazie della disponibilità. Le ricordo che anche i relatori versano la quota di "
          "partecipazione, per lei ridotta a 520 €, che comprende la cena sociale e l'attestato. Attendiamo il bonifico entro dieci giorni.", (4, 12)),
  ("inv", "Gentile Dottore, le rinnovo la mia stima e le chiedo il collegamento per restare in contatto in vista della prossima edizione."))
P("reinvite_known_ugly", "es", "Óscar Llamazares", "Consultor | Consultas privadas rentables", "Zaragoza",
  ("inv", "Dr. Morgan, los cardiólogos que trabajan conmigo facturan un 40 % más en su consulta privada en seis meses. ¿Le enseño cómo en una "
          "llamada de 20 minutos?"),
  ("inm", "Una pena", "Dr. Morgan, ni un no por respuesta. Así les va a algunos médicos: mucha bata y poca educación. Usted sabrá.", (14, 30)),
  ("inv", "Dr. Morgan, empecemos de cero: me gustaría tenerle en mi red."))
P("reinvite_known_ugly", "en", "Dr. Benedict Okonjo", "Editor-in-Chief | Global Journal of Clinical Cardiology", "Lagos",
  ("inv", "Dear Dr Morgan, I will be glad to have you on the Editorial Board of our journal. It is a position of honour for eminent clinicians. Kindly accept."),
  ("rem",),
  ("inm", "Editorial Board", "Dr Morgan, we have sent you an invitation and a reminder and you did not respond. This is not professional and frankly "
          "it is rude to ignore colleagues from Africa. We expected better from a European scholar.", (10, 30)),
  ("inv", "Dear Dr Morgan, please accept my invitation to connect. Best regards."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Mercedes Arroyo", "Gerente de Cuentas | Asistencia ventricular y soporte circulatorio", "Madrid",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Ya que coincidimos en el simposio: el nuevo LVAD tiene precio de concurso para hospitales de referencia. "
          "Si me dice quién lleva compras en su centro, les hago llegar la oferta."))
P("user_invited_pitch_once", "it", "Matteo Ghirardelli", "Business Developer | Provider ECM e congressi medici", "Bologna",
  ("acc",),
  ("msg", "Grazie per il collegamento, Dottore! Organizziamo congressi chiavi in mano con accreditamento ECM incluso: se la vostra unità vuole un "
          "evento regionale sullo scompenso, a sponsor, sede e segreteria pensiamo noi. Le preparo un preventivo?"))
P("user_invited_pitch_once", "en", "Rachel Dunmore", "Country Manager Iberia | CardioRemote", "Madrid",
  ("acc",),
  ("msg", "Thanks for connecting after the ESC session, Alex. For a unit like yours, a 6-month CardioRemote pilot for 100 HF patients would come to €21k "
          "including the nurse dashboard. Can we find 30 minutes with your head of department?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Pilar Urquijo", "Directora | Centro Médico Serrano – alquiler de consultas", "Madrid",
  ("acc",),
  ("msg", "Hola Alex, gracias por aceptar. Te cuento lo que hablamos: tenemos consultas libres martes y jueves por la tarde en Serrano, a 45 € la "
          "hora con secretaría incluida."),
  ("msg", "Alex, se han quedado libres también los viernes. Si reservas un trimestre entero te dejo la hora a 39 €. ¿Te lo bloqueo?"))
P("user_invited_pitch_twice", "it", "Andrea Cavallin", "Medical writer freelance | Cardiologia e nefrologia", "Padova",
  ("acc",),
  ("msg", "Ciao Alex, grazie del contatto! Come ti dicevo al congresso, posso occuparmi io della stesura del manoscritto del vostro registro: "
          "tariffa a progetto, 2.800 € tutto incluso."),
  ("msg", "Ciao Alex, ti riscrivo per il manoscritto: a luglio ho uno slot libero, poi sono pieno fino a ottobre. Ti mando il contratto?"))
P("user_invited_pitch_twice", "en", "Tobias Wren", "Sales Director EMEA | EchoVault – cloud echo reporting", "Munich",
  ("acc",),
  ("msg", "Good to connect, Alex! EchoVault cuts echo reporting time by around 40% and runs in the browser. I'd love to set up a trial on two of your "
          "machines."),
  ("msg", "Hi Alex, our Q4 pricing ends on the 31st - three-year licence for the echo lab at €18k/year. Shall I send the quote to you or to "
          "procurement?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Amparo Quiles", "Farmacéutica hospitalaria | Atención farmacéutica cardiovascular", "Valencia",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te adjunto la tabla de ajuste de dosis de los fármacos de IC según filtrado glomerular que hicimos en "
          "farmacia; la revisamos cada seis meses. Si te sirve para la consulta de titulación, es tuya."))
P("user_invited_value", "it", "Giorgio Lanzetta", "Specializzando in Cardiologia, 4° anno | Policlinico San Clemente", "Roma",
  ("acc",),
  ("msg", "Grazie di aver accettato, Dottore! Come d'accordo dopo il seminario le mando la revisione sistematica sulle strategie di titolazione che "
          "ho finito. Se vuole entrare come autore senior ne sarei onorato; l'estrazione dei dati la faccio tutta io."))
P("user_invited_value", "en", "Dr. Helen Marsh", "Deputy Editor | Heart Failure Practice", "Oxford",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Following our chat in Lisbon: we'd like to commission a 2,500-word review on iron deficiency in HF for the "
          "spring issue. No charges to authors, normal peer review. Interested?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Luis Carrascosa", "Jefe de Servicio de Cardiología | Hospital Universitario Puerta de Castilla", "Madrid", ("acc",))
P("acceptance_only", "it", "Silvia Tramontano", "Direttore UOC Cardiologia | Policlinico San Clemente", "Roma", ("acc",))
P("lone_endorsement", "es", "Marta Oliveros", "Enfermera | Unidad de Insuficiencia Cardiaca", "Madrid", ("end",))
P("lone_endorsement", "en", "Kwame Asante", "Medical student | Elective in Cardiology, Madrid", "Madrid", ("end",))


# people whose notes would fit 2016 to 2017; everyone else is in the current layout
ERAS_2016 = {"Federico Sanna", "Inmaculada Torrijos", "Marcos Villalba Ruiz", "Gareth Pryce", "Giacomo Ferlito",
             "Dr. Vikram Sethuraman", "Fernando Lezcano", "Rocío Mayoral", "Alessia Pinna", "Lucio Marangoni",
             "Gabriella Mancuso", "Rosario Lentini", "Mercedes Arroyo", "Andrea Cavallin", "Amparo Quiles", "Luis Carrascosa", "Marta Oliveros"}
ERAS = {p[2]: ("2016" if p[2] in ERAS_2016 else "cur") for p in PEOPLE}
assert ERAS_2016 <= set(ERAS), ERAS_2016 - set(ERAS)
assert len(ERAS) == len(PEOPLE), "a name is used twice"
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Lucía Arrabal Vega", "lucia.arrabal@residentes-getafe.example", "Rotación externa en la Unidad de IC",
     "Estimado Dr. Morgan:\n\nle escribo también por correo por si no ve la solicitud que le mandé por LinkedIn. Me interesaría rotar dos meses en su "
     "unidad el año que viene. Adjunto mi CV.\n\nUn saludo cordial,\nLucía Arrabal", "es"),
    ("Secretaría del Servicio de Cardiología", "secretaria.cardio@hupc-madrid.example", "Sesión clínica del jueves y normas de redes sociales",
     "Buenos días:\n\nrecordamos que la sesión del jueves la presenta la Unidad de IC. La Dirección nos pide recordar que no se publiquen en LinkedIn "
     "ni en otras redes imágenes de pruebas de pacientes, aunque estén anonimizadas.\n\nGracias.", "es"),
    ("CEIm Puerta de Castilla", "ceim@hupc-madrid.example", "Enmienda relevante – estudio HIERRO-IC",
     "Estimado investigador principal:\n\nel comité ha revisado la enmienda. Recuerde que el reclutamiento de pacientes a través de redes sociales "
     "como LinkedIn no está contemplado en el protocolo aprobado.\n\nSecretaría técnica del CEIm", "es"),
    ("Javier Soto", "jsoto.cardio@correo-medico.example", "Fwd: I want to connect",
     "Alex, este delegado me ha mandado lo mismo a mí y a media planta. ¿Le conoces?\n\n---------- Forwarded message ---------\n"
     "From: Javier Cantalejo via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\nBuenos días Dr., soy el nuevo delegado...", "es"),
    ("Global Summit on Cardiology", "cfp@cardio-summit-global.example", "Final call: speaker slots (registration EUR 799)",
     "Dear Dr. Morgan,\n\nWe found your profile on LinkedIn and Google Scholar. Few speaker slots remain for our Rome summit. Kindly register "
     "before the deadline to keep your slot.", "en"),
    ("Segreteria Scompenso Lazio", "segreteria@scompenso-lazio.example", "Corso regionale: programma e crediti ECM",
     "Gentile Dottore,\n\nin allegato il programma definitivo del corso regionale sullo scompenso (8 crediti ECM). Se vuole, può condividere "
     "l'annuncio sul suo profilo LinkedIn.\n\nCordiali saluti", "it"),
    ("Ordine dei Medici di Roma", "formazione@omceo-roma.example", "FAD gratuita: comunicazione medica e social network",
     "Il nuovo corso FAD gratuito «Il medico e i social network: LinkedIn, deontologia e privacy» vale 6 crediti ECM. Iscrizioni dall'area riservata.", "it"),
    ("Editorial Office – Heart Failure Practice", "editorial@hfpractice.example", "Thank you for reviewing: certificate attached",
     "Dear Dr Morgan,\n\nthank you for your review of HFP-2025-0412. Your reviewer certificate is attached; you can also add the review to your "
     "ORCID or LinkedIn profile.\n\nThe Editorial Office", "en"),
    ("Servicio de Informática", "cau@hupc-madrid.example", "Aviso: suplantaciones de LinkedIn",
     "Estamos recibiendo correos que imitan invitaciones de LinkedIn y piden las credenciales del hospital. Nunca introduzca su usuario corporativo "
     "en enlaces recibidos por correo. Reenvíe los sospechosos a seguridad@hupc-madrid.example.", "es"),
    ("Redacta Médica", "info@redacta-medica.example", "Como le comenté por LinkedIn",
     "Dr. Morgan:\n\nle escribo por aquí por si no vio mi solicitud en LinkedIn. Le adjunto nuestras tarifas actualizadas de redacción médica.\n\n"
     "Rodrigo Anchuelo", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot development corpus dev123. Generated by scripts/make_corpus_dev123.py (seed {SEED}); do not edit by hand.",
          "# Alex as a consultant cardiologist and clinical researcher in Madrid and Rome: pharma and device reps, CROs and trial sites, "
          "congresses accredited and predatory, journals real and predatory, medical-writing services, residents asking for mentoring, "
          "peers sharing protocols, recruiters for industry roles; formal Spanish and Italian, English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev123", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
