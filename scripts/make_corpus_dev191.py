#!/usr/bin/env python3
"""Write mailbot's development corpus dev191: tests/corpus/dev191/*.eml + expected.toml.

The angle: an ordinary two months (March to early May 2017) of the user Alex as a GP (family
doctor) running a small private practice in Seville, mostly in the 2016 layout. Their LinkedIn
world: practice-software and medical-device sellers (ECG, spirometers, dermatoscopes, couches),
pharma reps and medical science liaisons, locum agencies that sell cover and others that bring
real sessions, nurses applying for the practice's vacancy, colleagues and specialists sharing
protocols and referral pathways, paid "medical congress" and "editorial board" invitations,
expat-doctor networks, and a patient who, once connected, turns rude after a refused sick note.
Spanish (much of it Andalusian and casual), English, French, some Italian and German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert and
news titles, the headlines of spoof-only names and PYMK suggestions, and the pitches that spoofs
carry are swapped for medical ones in this process only (make_corpus.py itself is not changed).
Every note was written from shared/taxonomy.md alone, without reading mailbot's signals, judge
or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev191.py              # writes tests/corpus/dev191
    python scripts/make_corpus_dev191.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20170301191

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ spring 2017 (this process only)
_LO, _HI = datetime(2017, 3, 1, 7, tzinfo=timezone.utc), datetime(2017, 4, 8, 7, tzinfo=timezone.utc)


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, int((_HI - _LO).total_seconds())))


mc.Gen.start_date = _start_date

# ------------------------------------------------------------------ the GP's world (this process only)
SKILLS = {
    "en": ["Family Medicine", "Primary Care", "General Practice", "Chronic Disease Management", "Travel Medicine", "Minor Surgery"],
    "de": ["Allgemeinmedizin", "Hausarztmedizin", "Reisemedizin", "Prävention", "Chronische Erkrankungen"],
    "fr": ["Médecine générale", "Soins primaires", "Médecine du voyage", "Prévention", "Maladies chroniques"],
    "es": ["Medicina familiar y comunitaria", "Atención primaria", "Medicina general", "Cirugía menor", "Ecografía clínica", "Urgencias"],
    "it": ["Medicina generale", "Cure primarie", "Medicina dei viaggi", "Prevenzione", "Ecografia clinica"],
}
RHEADLINE = {
    "en": "General Practitioner at Consulta Médica Morgan, Seville",
    "de": "Allgemeinmediziner bei Consulta Médica Morgan, Sevilla",
    "fr": "Médecin généraliste chez Consulta Médica Morgan, Séville",
    "es": "Médico de familia en Consulta Médica Morgan, Sevilla",
    "it": "Medico di medicina generale presso Consulta Médica Morgan, Siviglia",
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.JOBS[:] = [("Médico de familia – consulta privada", "Hospital Privado Aljarafe"), ("Sessional GP, English-speaking", "Gibraltar Primary Care Centre"),
              ("Médecin généraliste salarié (H/F)", "Centre de santé de Perpignan"), ("Médico de urgencias extrahospitalarias", "Grupo Sanitario Bética"),
              ("Locum GP – Costa del Sol", "Harbourside Medical Recruitment")]
mc.COMPANIES["good"] = ["Colegio de Médicos de Sevilla", "Hospital Virgen Macarena", "Distrito Sanitario Sevilla", "semFYC", "SEMERGEN",
                        "Universidad de Sevilla", "Hospital Quirón Sagrado Corazón"]
mc.COMPANIES["sales"] = ["ClinicSoft", "CardioTrack", "Laboratorios Farmavel", "MedLocum Staffing", "RendezMed", "NorthMed Supplies",
                         "Previsalud Seguros"]
mc.HEADLINES["good"] = ["Médico de familia en {co}", "Enfermera en {co}", "Residente de Medicina Familiar, {co}", "Jefa de servicio, {co}",
                        "GP trainer, {co}", "Médica adjunta en {co}"]
mc.HEADLINES["sales"] = ["Delegado comercial | {co}", "Key Account Manager Clínicas | {co}", "Business Development at {co}",
                         "Territory Manager Iberia | {co}", "Director comercial en {co}"]
SPOOF_PITCH = {
    "en": ["Dear {first}, a patient has filed a complaint about your practice. Sign in to read it and respond within 48 hours.",
           "Hi {first}, I've shared the lab results for your referred patient. Log in to view the secure document."],
    "de": ["Guten Tag {first}, gegen Ihre Praxis liegt eine Patientenbeschwerde vor. Bitte melden Sie sich an, um sie einzusehen.",
           "Hallo {first}, ich habe Ihnen die Laborbefunde freigegeben. Bitte hier anmelden, um das Dokument zu öffnen."],
    "fr": ["Bonjour {first}, un patient a déposé une réclamation concernant votre cabinet. Connectez-vous pour y répondre sous 48 h.",
           "Bonjour {first}, je vous ai partagé les résultats d'analyses de votre patient. Connectez-vous pour les consulter."],
    "es": ["Estimado/a {first}, un paciente ha presentado una reclamación contra su consulta. Acceda para verla y responder en 48 horas.",
           "Hola {first}, te he compartido las analíticas del paciente que me derivaste. Inicia sesión para ver el documento."],
    "it": ["Gentile {first}, un paziente ha presentato un reclamo sul suo ambulatorio. Acceda per leggerlo e rispondere entro 48 ore.",
           "Ciao {first}, ti ho condiviso gli esami del paziente che mi hai inviato. Accedi per vedere il documento."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

retitle_other({
    "en": {"job": ("Sessional GP, English-speaking at Gibraltar Primary Care Centre", "6 new jobs for \"general practitioner spain\""),
           "news": "Why Europe's GPs are leaving small practices", "group": "New in Expat Doctors in Spain: NIE for locums?",
           "newsletter": "Primary Care Weekly: March edition"},
    "de": {"job": ("Allgemeinmediziner (m/w) für deutschsprachige Patienten bei Clínica Costa Salud", "3 neue Jobs für „Allgemeinmedizin Spanien“"),
           "news": "Hausärztemangel: Was andere Länder anders machen", "group": "Neu in Deutsche Ärzte in Spanien: Approbation anerkennen lassen",
           "newsletter": "Praxisbrief – März"},
    "fr": {"job": ("Médecin généraliste salarié (H/F) chez Centre de santé de Perpignan", "4 nouvelles offres pour « médecin généraliste Espagne »"),
           "news": "Déserts médicaux : l'Espagne fait-elle mieux ?", "group": "Nouveau dans Médecins francophones en Espagne : l'homologation du diplôme",
           "newsletter": "La lettre du généraliste – mars"},
    "es": {"job": ("Médico de familia – consulta privada en Hospital Privado Aljarafe", "7 nuevos empleos para «médico de familia Sevilla»"),
           "news": "Receta electrónica privada: ¿cuándo llegará a Andalucía?", "group": "Novedades en Médicos de Familia de Andalucía: cambios en las bajas laborales",
           "newsletter": "Consulta al día – marzo"},
    "it": {"job": ("Medico di medicina generale presso Poliambulatorio Sant'Anna", "3 nuove offerte per «medico di base Spagna»"),
           "news": "Medici di famiglia: il modello spagnolo visto da Roma", "group": "Novità in Medici italiani all'estero: iscrizione all'albo",
           "newsletter": "MMG Notizie – marzo"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Rocío Valderrama", "Enfermera | Atención primaria y heridas crónicas", "Sevilla",
  ("inv", "Buenas tardes, Dr. Morgan. En el Colegio de Enfermería me han dicho que su consulta busca enfermera para las tardes a partir de mayo. "
          "Llevo seis años en el centro de salud de Triana y tengo el experto en heridas crónicas. ¿Le puedo mandar el currículum?"),
  ("rem",))
P("good_invitation", "es", "Fernando Ostos", "Médico de familia | CS Polígono Norte", "Sevilla",
  ("inv", "Alex, soy Fernando, el de las guardias del Rocío en el 2009. Un grupo montamos una sesión de lectura de guías, gratis, un martes al mes en el Colegio: "
          "este trimestre toca HTA y diabetes. ¿Te apuntas? Somos ocho y nos falta alguien de la privada."))
P("good_invitation", "es", "Helen Prescott", "GP Partner | Clinical lead, retired expats programme", "Bristol",
  ("inv", "Hello Alex, I coordinate handovers for UK patients who retire to Andalucía. We share a free template letter and a UK-Spain medicines "
          "equivalence table with local GPs. One of my patients has just registered with you in Mairena, so I thought I'd offer you the pack."),
  nl="en")
P("good_invitation", "fr", "Camille Rousset", "Interne en médecine générale | Université de Bordeaux", "Bordeaux",
  ("inv", "Bonjour Docteur, interne en 4e semestre, je cherche un stage d'observation de trois semaines en cabinet de médecine générale en Espagne "
          "cet été (Erasmus). Auriez-vous une place, ou un confrère à me conseiller ? Merci d'avance, Camille"),
  ("rem",))
P("good_invitation", "it", "Davide Lombardi", "Medico di medicina generale | SIMG Firenze", "Firenze",
  ("inv", "Ciao Alex, ho letto il tuo post sul forum semFYC sulla deprescrizione negli over 80. Sto scrivendo un protocollo simile per il mio ambulatorio: "
          "posso farti un paio di domande sulle benzodiazepine? In cambio ti giro volentieri il nostro."))
P("good_invitation", "de", "Dr. Katrin Vogt", "Fachärztin für Allgemeinmedizin | Forschungsnetz Hausarztpraxen", "Freiburg",
  ("inv", "Hallo Alex, für eine europäische Studie zu Antibiotika bei Atemwegsinfekten suchen wir noch eine Hausarztpraxis in Andalusien. "
          "Keine Kosten, Aufwandsentschädigung pro Patient, die Ergebnisse bekommen alle Praxen. Darf ich Ihnen das Studienblatt schicken?"))


# =============================================================== default_invitation
P("default_invitation", "es", "Manuel Carmona", "Delegado comercial | Sector sanitario", "Sevilla", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Inmaculada Rufino", "Administrativa | Gestoría Rufino", "Dos Hermanas", ("inv", DEFAULT))
P("default_invitation", "en", "Gary Whitfield", "Healthcare Consultant | Costa del Sol", "Marbella", ("inv", DEFAULT), ("rem",))
P("default_invitation", "fr", "Patrice Lagarde", "Visiteur médical", "Toulouse", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Jaime Barrionuevo", "Key Account Manager | ClinicSoft Gestión de Consultas", "Madrid",
  ("inv", "Hola Alex, ¿sigues con agenda de papel o con Excel? ClinicSoft te lleva citas, historia clínica y facturación a mutuas en un solo programa, "
          "con recordatorios por SMS. Te hago una demo de 20 minutos cuando te venga bien."))
P("sales_invitation", "en", "Ryan Coutts", "Sales Director EMEA | CardioTrack handheld ECG", "Dublin",
  ("inv", "Hi Alex, our 12-lead handheld ECG pairs with any tablet and gives you a read in 30 seconds. Private GPs in Spain bill it to the mutuas at around 40€ a test. "
          "Could I drop by the practice next week with a unit?"),
  ("rem",))
P("sales_invitation", "es", "Lorena Gavira", "Delegada de zona Sevilla Este | Laboratorios Farmavel", "Sevilla",
  ("inv", "Buenos días doctor, soy la nueva delegada de Farmavel para su zona. Me gustaría pasar por la consulta diez minutos para presentarle nuestra "
          "combinación de olmesartán/amlodipino y dejarle muestras. ¿Qué día le viene mejor?"))
P("sales_invitation", "en", "Tom Baxter", "Director | MedLocum Staffing Iberia", "Málaga",
  ("inv", "Alex, summer's coming and so are your holidays. We place English-speaking locum GPs in private practices across Andalucía from 480€/day all-in. "
          "Want our rate card? August is filling fast."))
P("sales_invitation", "es", "Sandrine Mallet", "Conseillère | Assurance RCP des professions de santé", "Montpellier",
  ("inv", "Bonjour Docteur, votre RC professionnelle couvre-t-elle vraiment l'exercice en Espagne ? Nous assurons plus de 2 000 médecins francophones à l'étranger. "
          "Je vous propose une comparaison de votre contrat, 15 min par téléphone."),
  ("rem",), nl="fr")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Gonzalo Piñero", "Fundador | Red de Médicos con Consulta Propia", "Córdoba",
  ("inv", "Hola Alex, estoy juntando a médicos con consulta propia en Andalucía para hablar de lo del día a día: inspecciones, mutuas, sustituciones. "
          "Grupo pequeño y sin nada que vender. ¿Te sumas?"),
  ("msg", "Gracias por entrar, Alex. Te cuento lo que no puse en la invitación: la red la patrocina MediGest y a los miembros les dejamos el software de gestión "
          "a 89 €/mes en vez de 149. ¿Te hago la demo esta semana y te doy de alta?", (3, 9)),
  ("msg", "¿Qué te pareció? El precio de miembro se acaba el día 30, después ya no te lo puedo mantener.", (5, 10)))
P("bait_and_switch_invitation", "en", "Dr. Priya Nair", "Dermatology educator | DermaScope Academy", "London",
  ("inv", "Hi Alex, I've put together a free dermoscopy pocket guide for GPs (a two-step algorithm, melanoma vs seb K). I'm sharing it with primary care "
          "colleagues around Europe - shall I send you a copy?"),
  ("msg", "So glad the guide was useful! The next step most GPs take is our DermaScope Pro bundle: a dermatoscope plus a 12-week online course, €1,290. "
          "A Spanish-language cohort starts in April - can I hold a place for you?", (4, 12)))
P("bait_and_switch_invitation", "es", "Marisa Tejero", "Comunidad de Seguridad del Paciente en Primaria", "Granada",
  ("inv", "Buenas Alex. Somos un grupo de médicos y enfermeras que comparte de forma anónima errores de medicación en primaria, para aprender de ellos. "
          "Me encantaría que participaras."),
  ("msg", "Alex, aprovecho que ya estamos conectadas: además de la comunidad trabajo con Previsalud Seguros. Con la de reclamaciones que hay, "
          "¿tienes bien cubierta la responsabilidad civil? Te preparo una póliza para la consulta sin compromiso, dime cuándo te llamo.", (6, 14)),
  ("msg", "Te dejo la comparativa con tu aseguradora actual. Si firmas antes de fin de mes, el primer trimestre te sale gratis.", (3, 8)))
P("bait_and_switch_invitation", "fr", "Julien Marchand", "Médecin généraliste | Formateur en hypnose médicale", "Lyon",
  ("inv", "Bonjour Alex, confrère généraliste à Lyon. Petite question pratique : en Espagne, comment gérez-vous les renouvellements d'ordonnance "
          "des patients chroniques étrangers ? Une de mes patientes s'installe à Séville le mois prochain."),
  ("msg", "Merci pour votre réponse, très claire ! Au passage : j'organise une formation en hypnose médicale pour généralistes, trois week-ends à Lyon, "
          "2 400 €. Je vous envoie la plaquette ? Pour un confrère, c'est -10 %.", (5, 15)))
P("bait_and_switch_invitation", "it", "Federica Sala", "Segreteria scientifica | Congresso Mediterraneo di Medicina Generale", "Napoli",
  ("inv", "Gentile dottore, stiamo componendo il comitato scientifico internazionale del Congresso Mediterraneo di Medicina Generale. "
          "Il suo profilo sarebbe perfetto e ci farebbe davvero piacere averla con noi."),
  ("msg", "Grazie per aver accettato! Ecco i dettagli: i membri del comitato scientifico partecipano con la quota agevolata di 950 € (invece di 1.400 €) "
          "e tengono una relazione di 15 minuti. Posso procedere con l'iscrizione?", (2, 6)),
  ("msg", "Dottore, le ricordo che la quota agevolata scade venerdì. Va bene anche un bonifico intestato all'ambulatorio.", (4, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Dr. Ahmed Farouk", "Organizing Committee | Global Summit on Family Medicine & Primary Care", "Dubai",
  ("inm", "Invitation as Session Chair - Barcelona 2017", "Dear Dr. Alex Morgan, the organizing committee is honoured to invite you as Session Chair at the "
          "Global Summit on Family Medicine & Primary Care, Barcelona, September 2017. Your contribution to primary care makes you an ideal choice. "
          "Kindly confirm your acceptance."),
  ("inm", "Session Chair confirmation - registration", "Dear Dr. Morgan, thank you for your positive response. Please note that session chairs register at the "
          "speaker rate of EUR 799 (accommodation not included). Kindly complete payment within 7 days to secure your role.", (3, 8)))
P("bait_and_switch_inmail", "es", "Raquel Benjumea", "Investigadora | Estudio sobre la consulta privada en España", "Madrid",
  ("inm", "Encuesta para médicos de consulta privada", "Hola Dr. Morgan, estamos haciendo un estudio sobre cómo se organizan las consultas privadas pequeñas "
          "(tiempos, papeleo, mutuas). Son diez minutos y el informe final se comparte con todos los participantes. ¿Nos echas una mano?"),
  ("inm", "Tus resultados (y una propuesta)", "Gracias por contestar la encuesta. Según tus respuestas pierdes unas seis horas a la semana en papeleo. "
          "Nuestra plataforma TeleCita lo automatiza por 119 €/mes. ¿Te viene bien una llamada el jueves para enseñártela?", (4, 12)))
P("bait_and_switch_inmail", "de", "Dr. Jörg Willmann", "Praxisberater | Deutsche Rentner in Spanien", "Stuttgart",
  ("inm", "Ihre Praxis in Sevilla", "Guten Tag Dr. Morgan, ich berate deutsche Rentner, die nach Andalusien ziehen, bei der Arztsuche. "
          "Dürfte ich Ihre Praxis in unsere kostenlose Empfehlungsliste aufnehmen?"),
  ("inm", "Ihre Aufnahme in die Liste", "Vielen Dank für Ihr Ja! Damit Ihre Praxis oben in der Liste erscheint, gibt es unser Premium-Profil für 65 € im Monat, "
          "inklusive Übersetzung Ihrer Website ins Deutsche. Soll ich Ihnen den Vertrag zuschicken?", (3, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Paco Lozano", "Fisioterapeuta | Clínica Lozano", "Sevilla",
  ("end",), ("end",),
  ("msg", "Alex, ¿qué pasa, quillo? Te he validado {skill} y lo de urgencias. A ver si me echas tú una mano con Fisioterapia deportiva y Punción seca, "
          "que estoy moviendo el perfil para la clínica nueva. ¡Un abrazo!"))
P("endorse_me_back", "en", "Linda Kowalczyk", "Practice Manager | Healthcare Administration", "Gibraltar",
  ("end",),
  ("msg", "Hi Alex, I've just endorsed your {skill} skills. If you have a sec, could you endorse me for Practice Management and Medical Billing? "
          "I'm applying for a new role and the recruiters do look at it. Thanks so much!"))
P("endorse_me_back", "fr", "Nadia Cherif", "Infirmière libérale | Éducation thérapeutique", "Perpignan",
  ("end",), ("end",),
  ("msg", "Coucou Alex ! Je t'ai validé {skill}. Si tu as deux minutes, tu pourrais me valider Éducation thérapeutique et Soins palliatifs ? "
          "Ça m'aiderait pour mon dossier d'HAD. Bises"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Antonio Gallardo", "Comercial | Climatización para clínicas", "Sevilla",
  ("inv", "Buenas doctor, le escribo porque en verano las consultas se ponen como un horno. Tenemos equipos silenciosos con filtro HEPA a buen precio. "
          "¿Le paso presupuesto?"),
  ("rem",),
  ("inm", "Sin respuesta", "Doctor, le he escrito tres veces y ni un 'no, gracias'. Ustedes los médicos se creen por encima de todo el mundo. "
          "Pues que se ase en agosto. Mala educación es lo que hay."))
P("hostility_after_decline", "en", "Colin Ferris", "Medical sales | 15 years in pharma", "Leeds",
  ("inv", DEFAULT),
  ("inm", "Really?", "Alex, I sent you a simple connection request and you ignored it. Had a look at your profile - a two-room practice in Seville, "
          "hardly Harley Street. A bit of humility wouldn't go amiss. Good luck with that attitude."))
P("hostility_after_decline", "fr", "Gérard Vasseur", "Retraité | Ancien chef de service de médecine interne", "Marseille",
  ("inv", "Cher confrère, je souhaiterais vous compter parmi mes relations. Bien à vous."),
  ("rem",),
  ("inm", "Courtoisie", "Monsieur, je vous ai adressé une invitation il y a plusieurs semaines, restée sans suite. De mon temps, un jeune confrère "
          "répondait à un aîné. Votre silence en dit long sur l'éducation que l'on reçoit aujourd'hui dans les facultés. Je ne vous salue pas."))
P("hostility_after_decline", "it", "Giorgio Bellomo", "Agente di commercio | Dispositivi medici", "Bari",
  ("inv", "Salve dottore, distribuisco in Spagna spirometri portatili italiani di ottima qualità. Possiamo parlarne?"),
  ("inm", "Mah", "Dottore, nemmeno una risposta. Complimenti per la cortesia, si vede che in Spagna la professionalità è un optional. "
          "Stia tranquillo, non la disturberò più."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Eduardo Maqueda", "Jefe de tráfico | Transportes Maqueda", "Sevilla",
  ("msg", "Buenas Alex, soy Eduardo, tu paciente de los martes 😄 Oye, necesito que me hagas un justificante de tres días por lo de la espalda, "
          "que el lunes no fui a trabajar. Si puedes me lo mandas por aquí y me paso a recogerlo."),
  ("msg", "O sea, que no me lo haces porque ese día no me viste. Muy bien. Cinco años pagándote consultas y me dejas tirado por un papel. "
          "Eres un sinvergüenza y un médico de pena, y lo voy a poner en Google y donde haga falta. Búscate otro paciente.", (1, 3)))
P("hostility_connection", "en", "Mark Devlin", "Regional Manager Spain | PracticeFlow Software", "Manchester",
  ("acc",),
  ("msg", "Alex, thanks for connecting at the expat health fair in Málaga! As I mentioned, PracticeFlow does bilingual patient records and online booking. "
          "30-day free trial - shall I set you up?"),
  ("msg", "Hi again Alex. I've chased you four times now. I'd have thought a doctor would understand basic manners. Clearly not. Don't bother replying.", (6, 14)))
P("hostility_connection", "es", "Yolanda Bermejo", "Delegada | Laboratorios Nortesur", "Huelva",
  ("msg", "Hola Alex, esta semana traemos las muestras del nuevo antihistamínico y una invitación a la cena de presentación en el Alfonso XIII. "
          "¿Te reservo sitio y paso por la consulta el jueves?"),
  ("msg", "Alex, te lo digo claro: llevo meses atendiéndote con muestras y ahora ni me contestas. Eso es tener muy poca vergüenza. "
          "Ya les contaré a tus compañeros cómo tratas a la gente.", (5, 12)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Óscar Rivas", "Director | Rivas Marketing Sanitario – webs para clínicas", "Sevilla",
  ("msg", "Hola Alex, he mirado tu web y creo que estás perdiendo pacientes: no sales en Google si buscas 'médico inglés Sevilla'. "
          "Te hago el posicionamiento local y la ficha en Doctoralia por 250 €/mes. ¿Te llamo?"),
  ("msg", "Alex, oferta de primavera: web nueva + tres meses de SEO por 990 €. Me quedan dos huecos.", (5, 12)),
  ("msg", "¿Lo vemos el lunes? Te paso ejemplos de clínicas de Nervión que ya trabajan con nosotros.", (4, 9)))
P("connection_only_pitches", "en", "Stuart Maddox", "Medical Equipment Specialist | NorthMed Supplies", "Glasgow",
  ("msg", "Hi Alex, we've got a clearance on examination couches and diagnostic wall sets this month, up to 35% off. Want a quote for your consulting room?"),
  ("msg", "Alex - last call on the clearance pricing. I can throw in an autoclave at cost if you order two items this week.", (6, 14)))
P("connection_only_pitches", "fr", "Aurélie Pons", "Consultante | Téléconsultation Santé Europe", "Bordeaux",
  ("msg", "Bonjour Alex, vous recevez beaucoup de patients français à Séville ? Notre plateforme de téléconsultation vous permet de les suivre à distance "
          "et d'être réglé en euros directement. Abonnement 79 €/mois. On cale une démo ?"),
  ("msg", "Alex, je me permets de revenir vers vous : le premier mois est offert aux médecins installés en Andalousie jusqu'au 15. Je vous envoie le lien d'inscription ?", (7, 15)))
P("connection_only_pitches", "es", "Jesús Arjona", "Asesor financiero | Banca privada", "Sevilla",
  ("msg", "Alex, los médicos con consulta propia tenéis una fiscalidad muy particular. Te propongo revisar tu plan de pensiones y ver cómo desgravar más "
          "como autónomo. ¿Un café esta semana?"),
  ("msg", "Buenas Alex, vuelvo con lo del plan de jubilación. Tengo un producto garantizado al 3 % que te encaja. ¿Cuándo hablamos?", (8, 16)))


# =============================================================== single_pitch
P("single_pitch", "es", "Cristina Moya", "Comercial | Renting de equipamiento médico", "Málaga",
  ("msg", "Hola Alex, ¿has pensado en renovar el ecógrafo sin descapitalizarte? Con nuestro renting pagas una cuota al mes y te lo cambiamos cada cuatro años. "
          "Si quieres te preparo números."))
P("single_pitch", "en", "Ben Okafor", "Founder | ScribeMD dictation for clinicians", "London",
  ("msg", "Hey Alex, quick one - ScribeMD turns your dictation into structured notes in English or Spanish, and a few GPs in Marbella are already using it. "
          "Fancy a 15-min demo this week?"))
P("single_pitch", "it", "Paola Rinaldi", "Business Developer | MedTour Italia", "Milano",
  ("msg", "Ciao Alex! Organizziamo pacchetti di turismo sanitario per chi vuole operarsi in Italia. Ti andrebbe di diventare il nostro medico di riferimento "
          "a Siviglia? Commissione del 10% su ogni paziente che ci mandi."))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Elena Caballero", "Médica de familia | Tutora de residentes", "Sevilla",
  ("msg", "Alex, te paso el protocolo de anticoagulación con los ACOD que hemos consensuado con hematología del Macarena. Está en PDF, úsalo como quieras "
          "y si ves algo raro me lo dices."),
  ("msg", "Otra cosa: el día 22 hay sesión clínica abierta en el centro de salud sobre insuficiencia cardiaca, gratis y acreditada. Vente si puedes.", (4, 10)))
P("connection_brings_value", "en", "Dr. Simon Achterberg", "Consultant Cardiologist | Hospital Quirón Marbella", "Marbella",
  ("msg", "Alex, as promised, here's our fast-track pathway for suspected heart failure in English-speaking patients: direct email, the NT-proBNP cut-offs we use, "
          "and what to send with the referral. Should save them a month of waiting."))
P("connection_brings_value", "fr", "Sophie Delorme", "Médecin généraliste | Maître de stage", "Toulouse",
  ("end",),
  ("msg", "Bonjour Alex, je vous transmets la fiche de liaison bilingue français-espagnol que nous utilisons pour les patients qui passent l'hiver en Andalousie. "
          "Libre d'utilisation, modifiez-la à votre guise."))
P("connection_brings_value", "es", "Lucía Navarrete", "Enfermera de práctica avanzada | Heridas crónicas", "Sevilla",
  ("msg", "¡Hola Alex! Te dejo el calendario vacunal del adulto de la Junta de 2017 resumido en una tabla de una página; lo hice para mi consulta y a lo mejor te sirve. "
          "Y si tienes algún paciente con una úlcera complicada, avísame y lo vemos juntos."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Rachel Dunmore", "Senior Recruiter | Harbourside Medical Recruitment", "Leeds",
  ("inm", "GP sessions in Gibraltar, May to September", "Hi Dr Morgan, I'm recruiting a Spanish- and English-speaking GP for sessional work at a primary care "
          "centre in Gibraltar, two days a week from May to September. £85/hour, travel covered. Your profile looks a strong fit - would you be open to a quick chat?"))
P("stranger_inmail_recruiter", "fr", "Thierry Lenoir", "Chargé de recrutement | Centre de santé municipal de Perpignan", "Perpignan",
  ("inm", "Poste de médecin généraliste – Perpignan", "Bonjour Docteur, la ville de Perpignan recrute un médecin généraliste salarié (CDI, 35 h, sans gardes) "
          "pour son centre de santé. Votre profil bilingue nous intéresse. Seriez-vous disponible pour un échange téléphonique cette semaine ?"))
P("stranger_inmail_recruiter", "es", "Marta Villalobos", "Talent Acquisition | Hospital Privado Aljarafe", "Sevilla",
  ("inm", "Coordinación de atención primaria", "Hola Alex, buscamos coordinador/a para nuestra nueva red de consultas de primaria en el Aljarafe: jornada de mañana, "
          "fijo más variable. ¿Te interesaría conocer el puesto? Sin compromiso."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Diego Montes", "Congresos Médicos Internacionales", "Madrid",
  ("inm", "Congreso Internacional de Medicina 2017 – plazas de ponente", "Dr. Morgan: queda abierta la inscripción como ponente en nuestro congreso de Cancún. "
          "Paquete de ponente con vuelo y hotel: 2.350 €. Su resumen se publica en el libro de actas. Plazas limitadas."),
  ("inm", "Últimas 4 plazas de ponente", "Doctor, quedan cuatro plazas de ponente. Si formaliza esta semana le incluimos la cena de gala.", (6, 14)))
P("stranger_inmail_sales", "es", "Hannah Greer", "Account Manager | VaxTrack Cold Chain", "Amsterdam",
  ("inm", "Vaccine fridge monitoring for your practice", "Hi Alex, one vaccine fridge failure can cost a small practice thousands in wasted stock. "
          "VaxTrack texts you the moment the temperature drifts, €19/month per fridge. Shall I post you a trial sensor?"),
  nl="en")
P("stranger_inmail_sales", "de", "Bernd Hoffmeister", "Geschäftsführer | DocPraxis Abrechnung", "Hamburg",
  ("inm", "Privatabrechnung für deutsche Patienten", "Guten Tag Dr. Morgan, Sie behandeln deutsche Urlauber und Rentner? Wir übernehmen die Abrechnung "
          "mit deutschen Privatversicherungen für 6 % vom Umsatz. Darf ich Sie nächste Woche anrufen?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Nuria Salcedo", "Medical Science Liaison | Laboratorios Andalmed", "Sevilla",
  ("inv", "Hola Alex, estoy preparando un resumen de una página de la nueva guía europea de dislipemias para médicos de primaria, gratis y sin marcas. "
          "¿Te lo mando cuando esté?"),
  ("msg", "Aquí lo tienes, en PDF. Incluye la tabla de objetivos de LDL según el riesgo.", (3, 8)),
  ("msg", "Alex, ahora sí te pido algo: nuestro delegado querría pasar por tu consulta para presentarte la estatina combinada que lanzamos. "
          "¿Le das quince minutos la semana que viene?", (5, 14)))
P("good_turns_ugly", "en", "Dr. James Whitlow", "GP | Expat Health Costa del Sol", "Marbella",
  ("inv", "Alex - fellow UK-trained GP down the coast. Thinking of a group for English-speaking GPs in Andalucía to swap referral contacts and cover each other's holidays. Interested?"),
  ("msg", "Group's up and running, you're in. I've also attached the list of English-speaking specialists in Seville I've been collecting.", (2, 7)),
  ("end", (3, 10)),
  ("msg", "Cheers for joining in, Alex. Small favour - I've endorsed you for {skill}, would you mind endorsing me back for Family Medicine and Travel Medicine? "
          "Building up the profile for the new clinic.", (1, 5)))
P("good_turns_ugly", "fr", "Claire Bonnaud", "Fondatrice | Collectif des médecins francophones d'Espagne", "Alicante",
  ("inv", "Bonjour Alex, j'anime un réseau bénévole de médecins francophones installés en Espagne : annuaire, entraide pour l'homologation, remplacements. "
          "C'est gratuit. Vous nous rejoignez ?"),
  ("msg", "Bienvenue ! Voici l'annuaire à jour et notre guide des démarches auprès du Colegio de Médicos.", (2, 6)),
  ("msg", "Alex, le collectif a noué un partenariat avec Medassur : complémentaire santé et prévoyance pour médecins expatriés. Je touche une petite commission, "
          "mais le tarif est vraiment bon. Je vous fais un devis ?", (8, 18)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Rafael Almonte", "Gerente | Almonte Uniformes Sanitarios", "Sevilla",
  ("inv", "Hola doctor, confeccionamos pijamas y batas bordados con el nombre de la consulta, pedido mínimo de diez unidades. ¿Le mando el catálogo?"),
  ("inv", "Buenas Alex, te vi en la charla del Colegio sobre el ictus y me pareció muy buena. Encantado de conectar.", (25, 40)))
P("reinvite_known_bad", "en", "Gemma Hart", "Business Development | PracticeGrowth Consulting", "Bristol",
  ("inm", "Grow your private practice", "Hi Dr Morgan, we help small private clinics double their self-pay patients in six months with paid social ads. "
          "Could we get 20 minutes in the diary?"),
  ("inv", "Hi Alex, would be great to connect - always nice to know doctors working abroad.", (20, 35)))
P("reinvite_known_bad", "it", "Marco Zanetti", "Informatore scientifico del farmaco", "Verona",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ti ho visto al congresso SEMERGEN, sarebbe bello restare in contatto!", (25, 40)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Manolo Cabello", "Autónomo | Reformas de locales", "Sevilla",
  ("inv", "Buenas doctor, le agrego, que soy el de la obra del local de al lado."),
  ("rem",),
  ("inm", "Ni contestar", "Doctor, le mandé la invitación hace un mes y nada. Será que los del barrio no somos lo bastante importantes para usted. "
          "Qué poca clase, de verdad.", (4, 10)),
  ("inv", "Doctor, ¿empezamos de cero? Le vuelvo a invitar, sin rencores.", (20, 30)))
P("reinvite_known_ugly", "en", "Dr. Kevin Osborne", "Editor-in-Chief | Journal of Primary Care Advances", "Houston",
  ("inm", "Invitation: Editorial Board, Journal of Primary Care Advances", "Dear Dr. Morgan, in view of your clinical experience we invite you to join the "
          "Editorial Board of the Journal of Primary Care Advances. It is an honorary position."),
  ("inm", "Editorial Board - next steps", "Dear Dr. Morgan, thank you for accepting. Editorial Board members are expected to publish one article per year "
          "at the discounted processing fee of USD 650. Kindly send your manuscript together with your payment details.", (3, 9)),
  ("inv", "Dear Dr. Morgan, I would like to add you to my professional network of primary care experts.", (20, 35)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Beatriz Solís", "Directora comercial | Mutua Sanitaria Giralda", "Sevilla",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Como tienes empleadas en la consulta, te cuento que tenemos un seguro de salud colectivo para pymes sanitarias "
          "desde 32 € por persona. ¿Te preparo una propuesta?"))
P("user_invited_pitch_once", "de", "Thomas Brückner", "Vertrieb Südeuropa | Medatec Diagnostik", "Nürnberg",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Kontaktanfrage nach der Messe in Madrid! Wie besprochen: Unser Point-of-Care-CRP-Gerät gibt es bis Ende April "
          "mit 20 % Messerabatt. Soll ich Ihnen ein Angebot schicken?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Olivia Brandt", "Territory Manager | Spirolab Digital", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, lovely meeting you at the semFYC stand! Our PC spirometer is €1,490 and we can spread it over six months. "
          "Want me to send a formal quote?"),
  ("msg", "Hi Alex, following up on the spirometer - we're including free calibration for the first year on orders placed this month. Shall I lock that in for you?", (5, 12)))
P("user_invited_pitch_twice", "es", "Javier Ortega", "Consultor | Protección de datos para clínicas", "Sevilla",
  ("acc",),
  ("msg", "Gracias por agregarme, Alex. Con el nuevo reglamento europeo de protección de datos las consultas van a tener que adaptarse sí o sí. "
          "Te hago la adaptación completa por 390 €. ¿Te interesa?"),
  ("msg", "Alex, ¿pudiste verlo? Están haciendo inspecciones en Sevilla y las multas dan miedo. Te lo dejo en 320 € si lo cerramos esta semana.", (6, 12)))
P("user_invited_pitch_twice", "fr", "Hélène Brossard", "Responsable grands comptes | RendezMed", "Paris",
  ("acc",),
  ("msg", "Merci pour la mise en relation, Alex ! Comme évoqué au salon, RendezMed arrive en Espagne : prise de rendez-vous en ligne et rappels SMS "
          "pour 99 €/mois. Je vous active l'essai ?"),
  ("msg", "Bonjour Alex, petite relance : le tarif de lancement à 69 €/mois s'arrête vendredi. On s'appelle dix minutes ?", (4, 10)))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Dra. Carmen Figueroa", "Endocrinóloga | Hospital Universitario Virgen Macarena", "Sevilla",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como hablamos en el curso, te mando el circuito de derivación rápida de pie diabético y mi correo directo para dudas. "
          "El 5 de abril damos un taller de insulinización para primaria, gratuito y acreditado; si quieres te apunto."))
P("user_invited_value", "en", "Dr. Fiona McLeod", "GP Trainer | NHS Lothian", "Edinburgh",
  ("acc",),
  ("msg", "Great to connect, Alex! Here's the consultation-skills video set I mentioned. It's free for any GP trainer and now has Spanish subtitles. "
          "Tell me if your trainees find it useful."))
P("user_invited_value", "it", "Roberto Esposito", "Farmacista | Farmacia Esposito, Triana", "Sevilla",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Come ti dicevo, ho fatto una tabella di equivalenze tra farmaci italiani e spagnoli per i pazienti italiani "
          "della zona. Te la giro in PDF, così ti risparmi qualche telefonata."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Pilar Contreras", "Directora | Centro de Salud San Pablo", "Sevilla", ("acc",))
P("acceptance_only", "en", "Dr. Andrew Keane", "GP | Irish College of General Practitioners", "Cork", ("acc",))
P("lone_endorsement", "es", "Rosario Marín", "Profesora de instituto", "Sevilla", ("end",))
P("lone_endorsement", "fr", "Émilie Roux", "Médecin généraliste remplaçante", "Nîmes", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rocío Valderrama", "rocio.valderrama@correo.example.es", "Currículum enfermería – tardes",
     "Buenas tardes, doctor:\n\nle mandé también una invitación por LinkedIn. Le adjunto el currículum por si le resulta más cómodo por aquí.\n\nUn saludo,\nRocío", "es"),
    ("Colegio Oficial de Médicos de Sevilla", "formacion@comsevilla.example.es", "Formación continuada: abril 2017",
     "Estimado/a colegiado/a:\n\nle informamos de los cursos acreditados de abril. Síganos en LinkedIn para no perderse las convocatorias.", "es"),
    ("Eduardo Maqueda", "edu.maqueda@correo.example.es", "justificante",
     "Doctor, ya te lo dije por LinkedIn. Si no me haces el justificante me quejo en el Colegio.\n\nEduardo", "es"),
    ("Mutua Giralda – Prestadores", "prestadores@mutuagiralda.example.es", "Liquidación de marzo",
     "Estimado doctor:\n\nadjuntamos la liquidación de actos médicos de marzo. Recuerde que también puede contactarnos a través de LinkedIn.", "es"),
    ("Dr. Helen Prescott", "h.prescott@surgery.example.nhs.uk", "Handover letter for Mr Thornton",
     "Dear Alex,\n\nfurther to my LinkedIn note, please find the summary for Mr Thornton, who is now registered with you.\n\nKind regards,\nHelen", "en"),
    ("Global Summit on Family Medicine", "info@gsfm-summit.example", "Final call: speaker slots, Barcelona 2017",
     "Dear Doctor,\n\nwe found your profile on LinkedIn. Secure your speaker slot today. Early-bird registration ends Friday.", "en"),
    ("Camille Rousset", "camille.rousset@etu.example.fr", "Stage d'observation – été 2017",
     "Bonjour Docteur,\n\nje me permets de vous écrire aussi par mail, suite à ma demande sur LinkedIn. Ci-joint ma lettre de motivation.\n\nCamille", "fr"),
    ("Doctoralia", "no-reply@doctoralia.example.es", "Tienes 3 nuevas opiniones",
     "Hola Alex,\n\ntres pacientes han dejado una opinión sobre tu consulta. Comparte tu perfil en LinkedIn y Facebook para recibir más.", "es"),
    ("Dr. Katrin Vogt", "vogt@praxisnetz.example.de", "Studienunterlagen ARI-Europe",
     "Liebe/r Alex,\n\nwie auf LinkedIn angekündigt, anbei das Studienblatt und die Einverständniserklärung auf Spanisch.\n\nViele Grüße\nKatrin Vogt", "de"),
]

# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _st in _s[6]:
        if _st[0] == "inv" and _st[1] != DEFAULT:
            assert len(_st[1]) <= 300, (_s[2], len(_st[1]))

_CURRENT = {"Ben Okafor", "Olivia Brandt", "Hannah Greer", "Mark Devlin", "Dr. Priya Nair", "Dr. James Whitlow"}
ERAS = {s[2]: ("cur" if s[2] in _CURRENT else "2016") for s in PEOPLE}
HEADER = [f"# mailbot development corpus dev191. Generated by scripts/make_corpus_dev191.py (seed {SEED}); do not edit by hand.",
          "# Alex as a GP running a small private practice in Seville, spring 2017, mostly the 2016 layout: device and software sellers, pharma reps, "
          "locum agencies, nurses applying, colleagues sharing protocols, paid congresses, a rude patient. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev191", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
