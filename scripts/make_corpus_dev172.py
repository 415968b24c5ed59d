#!/usr/bin/env python3
"""Write mailbot's dev172 corpus: tests/corpus/dev172/*.eml + expected.toml.

The angle: two ordinary months (January to early March 2024, the run-up to Semana Santa and
the Feria) of the user Alex as HR director of a hotel group in Seville. Temp and staffing
agencies (ETTs) selling cover for the season, hospitality HR-software and rostering vendors,
applicants from receptionists and housekeepers to chefs, peers at other hotels sharing
templates and practice, training sellers (FUNDAE-subsidised courses, language schools),
fake job-board invoices, a temp agency that turns rude after its contract was turned down.
Writers use Andalusian and Latin American Spanish (Mexican, Colombian, River Plate, Chilean),
English, Portuguese, French and Italian; LinkedIn's own wording is mostly Spanish, some
English, a little French and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, recipient headline, headlines of
spoof-only names and the spoofs' pitches are swapped for this world in this process only.
Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev172.py              # writes tests/corpus/dev172
    python scripts/make_corpus_dev172.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20240108

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, retitle_other, writer_adder  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2024, 1, 8, 7, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2024, 3, 8, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 11), "inm": (3, 10), "inv": (20, 28)})


def _window(steps) -> tuple[datetime, datetime]:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a hotel group in Seville (this process only)
RHEADLINE = {
    "es": "Director de Personas | Grupo Hotelero Azahar (Sevilla)",
    "en": "HR Director | Azahar Hotel Group, Seville",
    "fr": "DRH | Groupe hôtelier Azahar, Séville",
    "it": "Direttore Risorse Umane | Gruppo alberghiero Azahar, Siviglia",
    "de": "Personalleiter | Azahar Hotelgruppe, Sevilla",
}
SKILLS = {
    "es": ["Gestión de personas", "Selección de personal", "Relaciones laborales", "Hostelería", "Formación", "Negociación colectiva"],
    "en": ["Human Resources", "Talent Acquisition", "Hospitality Management", "Employee Relations", "Workforce Planning"],
    "fr": ["Ressources humaines", "Recrutement", "Hôtellerie", "Relations sociales"],
    "it": ["Risorse umane", "Selezione del personale", "Ospitalità", "Relazioni sindacali"],
    "de": ["Personalwesen", "Recruiting", "Hotellerie", "Arbeitsrecht"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["es", "en", "es", "fr", "it"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "nodkim",
                       "display:outlook.com", "untrusted:mx.example.org", "wrongpass"]
mc.JOBS[:] = [("Director/a de Recursos Humanos", "Cadena hotelera – Costa del Sol"), ("Group HR Director", "Atlantic Resorts"),
              ("Responsable de Personas y Cultura", "Hoteles Guadalquivir"), ("HR Business Partner Hospitality", "Lumen Hotels Lisboa"),
              ("Head of People – Hotels Iberia", "Norvia Hospitality")]
mc.COMPANIES["good"] = ["Hoteles Bahía", "Universidad de Sevilla", "Escuela de Hostelería de Sevilla", "SAE", "Hotel Alfonso Triana",
                        "Lumen Hotels", "AEHS"]
mc.COMPANIES["sales"] = ["Plenitud ETT", "ShiftPilot", "TalentoHotel Suite", "FormaHost FUNDAE", "StaffLink", "NóminaPlus"]
mc.HEADLINES["good"] = ["Directora de RRHH en {co}", "Jefe de recepción | {co}", "People Manager at {co}", "Técnica de empleo, {co}",
                        "Sous-chef en {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Comercial hostelería en {co}", "Business Development at {co}",
                         "Director comercial | {co}"]
SPOOF_PITCH = {
    "es": ["Estimado/a {first}, su anuncio de empleo ha sido suspendido por falta de pago. Inicie sesión para regularizar la factura.",
           "Hola {first}, te he compartido los CV de los candidatos a cocina. Inicia sesión para descargarlos."],
    "en": ["Dear {first}, your job posting has been paused because of an unpaid invoice. Log in to settle it and keep it live.",
           "Hi {first}, I shared the shortlist of front-office candidates with you. Sign in to view the file."],
    "fr": ["Bonjour {first}, votre annonce d'emploi est suspendue. Connectez-vous pour régler la facture en attente.",
           "Bonjour {first}, je vous ai partagé les CV des saisonniers. Connectez-vous pour les consulter."],
    "it": ["Gentile {first}, il suo annuncio di lavoro è sospeso per una fattura non pagata. Acceda per regolarizzare.",
           "Ciao {first}, ti ho condiviso i CV dei candidati per la cucina. Accedi per scaricarli."],
    "de": ["Hallo {first}, Ihre Stellenanzeige wurde pausiert. Bitte melden Sie sich an, um die offene Rechnung zu begleichen.",
           "Hallo {first}, ich habe Ihnen die Bewerbungsunterlagen freigegeben. Bitte hier anmelden."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "es": dict(job=("{n} empleos nuevos de «director de recursos humanos hotel»", "Responsable de Personas – {n} empleos nuevos"),
               news="Hostelería: récord de afiliados antes de Semana Santa", group="Conversaciones destacadas en RRHH Hostelería España",
               newsletter="Cuaderno de RRHH: el nuevo convenio de hostelería, punto por punto"),
    "en": dict(job=("{n} new jobs for \"HR director hospitality\"", "Group HR Director – {n} new jobs"),
               news="Why hotels still can't find housekeepers", group="Top conversations in Hospitality HR Europe",
               newsletter="The Frontline Brief: rotas, tips and turnover"),
    "fr": dict(job=("{n} nouvelles offres pour « DRH hôtellerie »", "DRH groupe – {n} nouvelles offres"),
               news="Saisonniers : l'hôtellerie recrute plus tôt cette année", group="Meilleures discussions dans RH Hôtellerie Restauration",
               newsletter="La lettre RH de l'hôtellerie : logement des saisonniers"),
    "it": dict(job=("{n} nuove offerte per «HR manager hotel»", "Direttore del personale – {n} nuove offerte"),
               news="Stagionali introvabili: cosa fanno gli alberghi", group="Conversazioni principali in HR Hospitality Italia",
               newsletter="HR in albergo: turni, mance e welfare"),
    "de": dict(job=("{n} neue Jobs für „Personalleiter Hotel“", "HR Director Hotellerie – {n} neue Jobs"),
               news="Fachkräftemangel im Gastgewerbe", group="Top-Unterhaltungen in HR Hotellerie",
               newsletter="HR im Hotel: Dienstpläne und Bindung"),
})

PEOPLE: list[tuple] = []
WRITERS: dict[str, str] = {}
P = writer_adder(PEOPLE, WRITERS)


# =============================================================== good_invitation
P("good_invitation", "es", "Rocío Barrera Gil", "Recepcionista | Inglés C1 · Alemán B2", "Sevilla",
  ("inv", "Buenas tardes Alex, soy Rocío. Llevo cuatro temporadas en recepción en hoteles de Matalascañas y he visto que abrís proceso para el hotel "
          "de la Alameda. ¿Tiene sentido mandarte el CV directamente o mejor por la web? Gracias y un saludo"),
  ("rem",))
P("good_invitation", "es", "Julián Echeverri", "Chef de partie · Partida de calientes", "Madrid",
  ("inv", "Hola Alex, mucho gusto. Soy cocinero colombiano, cinco años en partida de calientes en Madrid y con papeles en regla. Vi que el grupo busca "
          "sous-chef para la apertura de Triana. ¿Sería posible hacerle llegar mi hoja de vida? Quedo muy atento."))
P("good_invitation", "en", "Fiona McCaffrey", "Director of People | Lakeland & Erne Hotels", "Enniskillen",
  ("inv", "Alex, someone at the HOSPA conference said you halved housekeeping turnover by reworking split shifts. We're fighting the same fire here "
          "in Fermanagh. Could I pick your brain for 20 mins? Glad to send you our onboarding pack in return."))
P("good_invitation", "es", "Inmaculada Pérez Sosa", "Directora de RRHH | Hoteles Costa de la Luz", "Cádiz",
  ("inv", "Alex, el jueves 15 de febrero hacemos en Jerez un desayuno entre responsables de personas de hoteles andaluces. Sin patrocinadores, cada uno "
          "se paga su café. Tema: el convenio nuevo. ¿Te vienes? Seríamos unos doce."),
  ("rem",))
P("good_invitation", "es", "Mariana Carvalho", "Governanta geral | Hotelaria de luxo", "Lisboa",
  ("inv", "Olá Alex! Sou governanta geral num cinco estrelas em Lisboa e a minha família muda-se para Sevilha em abril. Vi que o vosso grupo tem vagas "
          "de governanta. Posso enviar-lhe o meu CV? Falo espanhol razoavelmente. Obrigada!"),
  nl="pt")
P("good_invitation", "es", "Claire Dubosc", "Responsable des stages | Licence pro Hôtellerie, Université Savoie Mont Blanc", "Chambéry",
  ("inv", "Bonjour Alex, je coordonne les stages de notre licence pro hôtellerie. Plusieurs étudiants veulent faire leurs 16 semaines en Andalousie : "
          "pourriez-vous en accueillir 2 ou 3 au printemps ? La convention est gratuite pour l'hôtel."),
  ("rem",), nl="fr")


# =============================================================== default_invitation
P("default_invitation", "es", "Manolo Cárdenas", "Camarero extra | Eventos y banquetes", "Sevilla", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Keith Dunmore", "Sales | Hospitality Tech", "Manchester", ("inv", NONOTE))
P("default_invitation", "es", "Yésica Lozano", "Técnico de selección | Empresa de trabajo temporal", "Málaga", ("inv", DEFAULT))
P("default_invitation", "it", "Davide Pellegrino", "F&B Manager | Hotel 4*", "Roma", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Borja Saavedra", "Director comercial | Plenitud ETT – Hostelería y eventos", "Sevilla",
  ("inv", "Hola Alex, buenas. En Plenitud ponemos camareros, camareras de pisos y ayudantes de cocina en 24 h en toda Andalucía occidental. De cara a "
          "Semana Santa y Feria os cerramos tarifa por hora ya. ¿Te llamo esta semana y lo vemos?"),
  ("rem",))
P("sales_invitation", "en", "Tessa Okonkwo", "Account Executive EMEA | ShiftPilot – rostering for hotels", "London",
  ("inv", "Hi Alex, hotel groups your size usually leak 6-8% of payroll on overtime nobody signed off. ShiftPilot ties rotas to occupancy and stops it. "
          "Got 20 mins next week for a quick walkthrough?"))
P("sales_invitation", "es", "Ximena Garza", "Gerente de Cuentas | TalentoHotel Suite – nómina y control horario", "Ciudad de México",
  ("inv", "Hola Alex, qué tal. Le platico rápido: nuestro software de nómina y registro de jornada ya lo usan 140 hoteles en México y España. "
          "¿Le acomoda una demo de 30 minutos el martes o el jueves?"))
P("sales_invitation", "es", "Nacho Villalobos", "Formación bonificada FUNDAE | Hostelería", "Córdoba",
  ("inv", "Alex, ¿estáis gastando el crédito de FUNDAE de este año? Hacemos manipulador de alimentos, inglés para recepción y APPCC bonificados al 100%. "
          "Dime cuántos trabajadores sois y te paso propuesta."))
P("sales_invitation", "it", "Francesca Lodi", "Business Developer | Hospitality Academy Milano", "Milano",
  ("inv", "Buongiorno Alex, organizziamo percorsi per capi ricevimento e governanti, anche in spagnolo, con certificazione finale. Possiamo sentirci "
          "per capire le vostre esigenze e mandarle un preventivo?"),
  ("rem",))
P("sales_invitation", "es", "Rui Tavares", "Diretor Comercial | StaffLink – recrutamento internacional", "Porto",
  ("inv", "Bom dia Alex, recrutamos cozinheiros e empregados de mesa portugueses e brasileiros para hotéis em Espanha, com alojamento tratado por nós. "
          "Fee de 15% por colocação. Podemos marcar uma chamada?"),
  nl="pt")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Arturo Benjumea", "Fundador | Club de Directores de Personas de Andalucía", "Sevilla",
  ("inv", "Alex, estamos juntando a directores de RRHH de hostelería de Andalucía para vernos una vez al trimestre y contarnos lo que funciona. "
          "Nadie vende nada a nadie, palabra. ¿Te sumas?"),
  ("msg", "Gracias por entrar, Alex. Una cosa: aparte del club, en mi consultora hacemos auditorías de clima laboral para hoteles, desde 4.800 € por centro. "
          "Si quieres te preparo propuesta para vuestros seis hoteles. ¿Lo hablamos el lunes?", (4, 12)),
  ("msg", "Alex, ¿pudiste mirar lo de la auditoría? Tengo hueco en marzo y luego ya nada hasta después del verano."))
P("bait_and_switch_invitation", "en", "Gavin Royle", "Community Lead | Hospitality People Leaders Circle", "Dublin",
  ("inv", "Hey Alex - we run a free peer circle for HR heads in hotels across Europe. Monthly call, a Slack, zero vendors. Would love someone from Spain in it."),
  ("msg", "Welcome aboard! Quick one: the circle is backed by my company, RetainIQ, and members get 30% off our engagement-survey platform. "
          "Can I grab 30 minutes this week to show you how it works for multi-site hotel groups?"))
P("bait_and_switch_invitation", "es", "Martina Iturralde", "Consultora | Bienestar laboral en hotelería", "Buenos Aires",
  ("inv", "Hola Alex! Armé una guía gratuita sobre burnout en equipos de cocina y de pisos, con datos de 30 hoteles. Si querés te la paso, sin compromiso. ¿Conectamos?"),
  ("msg", "¡Qué bueno que conectamos! La guía es solo el comienzo: el programa completo de bienestar para tus hoteles sale 2.900 USD por trimestre. "
          "¿Tenés 20 minutos esta semana así te lo muestro?"),
  ("msg", "Alex, te escribo de nuevo porque este mes hay 15% de descuento para grupos hoteleros. ¿Te reservo lugar?"))
P("bait_and_switch_invitation", "es", "Laurent Chassagne", "DRH | Hôtels Riviera Côte d'Azur", "Nice",
  ("inv", "Bonjour Alex, une question entre DRH de l'hôtellerie : comment gérez-vous les saisonniers qui reviennent d'une année sur l'autre ? "
          "Nous voulons monter un vivier et votre retour m'aiderait beaucoup."),
  ("msg", "Merci pour votre réponse, très complète. Par ailleurs je développe une activité de conseil en marque employeur : je pourrais adapter notre "
          "méthode à votre groupe, forfait 6 500 € HT. Un créneau la semaine prochaine ?"),
  nl="fr")
P("bait_and_switch_invitation", "es", "Charo Mendoza", "Presidenta | Asociación de Directivas de la Hostelería Andaluza", "Málaga",
  ("inv", "Hola Alex, te invito a nuestra comunidad de directivas (y aliados) de la hotelería andaluza: mentorías, encuentros y ofertas compartidas. "
          "Nos encantaría contar contigo."),
  ("msg", "Alex, gracias por unirte. Te cuento que las empresas colaboradoras aportan 1.500 € al año, lo que os da logo en nuestros eventos y acceso a la "
          "bolsa de candidatas. ¿Te mando el formulario de adhesión para el grupo?", (3, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Priya Raman", "Research Lead | Hospitality Workforce Study 2024", "Singapore",
  ("inm", "10-minute interview on hotel staffing?", "Hi Alex, we're running an independent study on staffing shortages in southern European hotels. "
          "It's a 10-minute interview and everyone who takes part gets the full report free. Would you be up for it?"),
  ("inm", "Your copy of the report + one idea", "Thanks so much for taking part! The report is attached. As it happens our parent company, Talvora, runs "
          "AI screening for frontline hiring and from your answers I reckon you'd save ~40 hours a month. Can I put 30 minutes in your diary?"))
P("bait_and_switch_inmail", "es", "Gonzalo Requena", "Periodista | Turismo y empresa", "Madrid",
  ("inm", "Reportaje sobre retención de talento en hoteles", "Buenos días Alex, preparo un reportaje sobre cómo retienen talento los grupos hoteleros "
          "andaluces. ¿Podrías contestarme cinco preguntas por escrito? Te las mando hoy mismo si te parece."),
  ("inm", "Reportaje – edición impresa", "Gracias por las respuestas, han quedado estupendas. Para que salga en la edición impresa con foto y logo del grupo, "
          "la tarifa de contenido patrocinado es de 1.200 € + IVA. ¿Te envío la proforma?", (4, 10)))
P("bait_and_switch_inmail", "es", "Stefano Melis", "HR Manager | Resort in Sardegna", "Cagliari",
  ("inm", "Domanda da collega", "Ciao Alex, mi occupo del personale in un resort in Sardegna e vedo che anche voi gestite tanti stagionali. "
          "Posso chiederti come organizzate gli alloggi per lo staff? Noi quest'anno siamo in crisi."),
  ("inm", "Alloggi staff – una proposta", "Grazie mille della risposta! Ti confesso che da quest'anno collaboro con una società che gestisce residence per "
          "personale stagionale, anche a Siviglia: da 380 € a posto letto al mese. Ti preparo un preventivo per la stagione?"),
  nl="it")


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Paco Ruiz Montero", "Jefe de recepción | Hotel boutique en Santa Cruz", "Sevilla",
  ("end",), ("end",),
  ("msg", "Alex, ¿qué pasa? Te he validao lo de {skill}, que te lo mereces. Una cosilla: ¿me validas tú Atención al cliente y Opera PMS? "
          "Es que estoy moviendo el currículum. ¡Gracias, jefe!"))
P("endorse_me_back", "en", "Deborah Quist", "Hospitality Recruiter | Freelance", "Amsterdam",
  ("end",),
  ("msg", "Hi Alex! Endorsed you for {skill} earlier this week :) Would you mind returning the favour for Talent Acquisition and Onboarding? "
          "Every little bit helps with the algorithm!"))
P("endorse_me_back", "es", "Thiago Moreira", "Sous-chef | Cozinha mediterrânea", "Faro",
  ("end",), ("end",),
  ("msg", "Oi Alex, tudo bem? Deixei umas validações de competências no seu perfil ({skill}). Se puder validar as minhas de Gestão de cozinha e HACCP "
          "agradeço muito, estou à procura de casa nova!"),
  nl="pt")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Fernando Alcántara", "Director | Alcántara Formación", "Huelva",
  ("inv", "Alex, tenemos cursos de atención al cliente para recepciones que os vendrían de lujo. ¿Me aceptas y te cuento?"),
  ("rem",),
  ("inm", "Sin respuesta", "Veo que no te dignas ni a contestar. Luego os quejáis de que no hay personal formado. Con esa actitud de directivo estirado "
          "no me extraña la rotación que tenéis. Suerte."))
P("hostility_after_decline", "en", "Craig Lambeth", "Founder | HotelHire Pro", "Leeds",
  ("inv", DEFAULT),
  ("inm", "Seriously?", "Alex, I sent you a simple connection request and you couldn't be bothered to click a button. For someone who works in 'people' "
          "that's pretty rich. Very unprofessional."))
P("hostility_after_decline", "es", "Rodrigo Salinas", "Cocinero | En búsqueda de nuevas oportunidades", "Guadalajara",
  ("inv", "Buen día Alex, soy cocinero con 8 años de experiencia en cocina mexicana y mediterránea. Me interesa mucho trabajar en sus hoteles, "
          "¿me podría aceptar para enviarle mi CV?"),
  ("inm", "ok", "Ni para decir que no, qué poca. Para ser de recursos 'humanos' le falta lo humano. Ya no me interesa su empresa, sígale así."))
P("hostility_after_decline", "it", "Marco Ferrante", "Formatore | Revenue management alberghiero", "Napoli",
  ("inv", "Buongiorno Alex, mi occupo di formazione per revenue manager, le andrebbe di collegarci?"),
  ("rem",),
  ("inm", "Complimenti per la cortesia", "Tre settimane e nemmeno un 'no grazie'. Mi aspettavo di più da chi dirige le risorse umane di un gruppo. "
          "Evidentemente la buona educazione nei vostri hotel non si insegna."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Salvador Ternero", "Gerente | Servitemp Andalucía ETT", "Sevilla",
  ("msg", "Alex, te paso por aquí la propuesta de cesión de personal para el verano que vimos en la reunión: 17,40 €/hora camarera de pisos, "
          "mínimo 30 personas desde el 1 de abril. Dime algo antes del viernes, que tengo que reservar gente."),
  ("msg", "Entonces qué, ¿firmamos o no? Que el viernes ya pasó.", (3, 6)),
  ("msg", "Me dicen en vuestra central que habéis firmado con otra ETT. Después de tres reuniones y una propuesta hecha a medida. Qué poca seriedad, de verdad. "
          "Ya vendréis llorando en agosto cuando os falte gente, y ni me llames."))
P("hostility_connection", "en", "Nathan Greaves", "Sales Director | RosterHub", "Bristol",
  ("acc",),
  ("msg", "Thanks for connecting after the webinar, Alex. As discussed, RosterHub would cover all six hotels for €2.10 per employee per month. "
          "Shall I set up a pricing call with your finance lead?"),
  ("msg", "Fine, you've gone with the cheaper option. Just remember I warned you when your rotas blow up in July. Frankly, stringing us along for two months "
          "and then a two-line email is shabby behaviour."))
P("hostility_connection", "es", "Lorena Cabello", "Headhunter | Hostelería de lujo", "Marbella",
  ("msg", "Alex, te escribo porque llevamos la búsqueda de directores de hotel y jefes de cocina para varios 5* de la Costa del Sol. Nuestros honorarios son "
          "el 22% del bruto anual, con garantía de seis meses. ¿Te interesa que trabajemos juntos en vuestras aperturas?"),
  ("msg", "Me parece una falta de respeto tenerme un mes esperando para decirme que no. Pensaba que en tu puesto se valoraba el tiempo de los demás. "
          "Tomo nota de con quién no trabajar."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Tomás Gallardo", "Prevención de riesgos laborales | Especialista en hostelería", "Jerez de la Frontera",
  ("msg", "Buenas Alex, ¿cómo lleváis la PRL en los hoteles? Hacemos la evaluación de riesgos psicosociales de camareras de pisos con precio cerrado por centro. "
          "¿Te paso info?"),
  ("msg", "Alex, te reenvío la oferta: 650 € por hotel, y si contratáis los seis os regalo la formación en emergencias. Válido hasta final de mes."))
P("connection_only_pitches", "en", "Lauren Pritchard", "Partnerships Manager | HospitalityJobs Board Europe", "London",
  ("msg", "Hi Alex, spring hiring is around the corner! Featured listings on HospitalityJobs are 20% off until Friday - perfect for your Semana Santa push."),
  ("msg", "Following up: we can also bundle 10 listings with CV-database access for €1,490. Want me to send the order form over?"),
  ("msg", "Last call on the bundle price, Alex - it goes back up on the 1st."))
P("connection_only_pitches", "es", "Felipe Undurraga", "Coach ejecutivo | Liderazgo para mandos intermedios en hotelería", "Santiago de Chile",
  ("msg", "Hola Alex, ¿cómo estái? Te cuento que abrimos un programa de coaching para jefes de departamento de hotel: 8 sesiones online, 3.200 € por grupo. "
          "Nos ha ido súper bien en Chile y ahora llegamos a España."),
  ("msg", "Alex, nos quedan dos cupos para la cohorte de marzo. ¿Agendamos una llamada cortita esta semana?"))


# =============================================================== single_pitch
P("single_pitch", "es", "Reyes Villalba", "Uniformes laborales | Hostelería y sanidad", "Dos Hermanas",
  ("msg", "Alex, hola. Somos fabricantes de uniformes para hoteles aquí en Dos Hermanas. Si estáis renovando para la temporada te hago presupuesto sin compromiso, "
          "con bordado del logo incluido."))
P("single_pitch", "es", "Amélie Roux", "Chargée d'affaires Espagne | SoftRH Hôtellerie", "Lyon",
  ("msg", "Bonjour Alex, je me permets de vous écrire : notre SIRH gère plannings, paie et entretiens annuels pour 300 hôtels en France et en Espagne. "
          "Seriez-vous disponible pour une démonstration de 30 minutes ?"),
  nl="fr")
P("single_pitch", "en", "Owen Tracey", "Partner | Iberia Relocation Services", "Madrid",
  ("msg", "Alex, we help hotel groups relocate international chefs and managers to Spain - NIE, flat, school places, the lot. Flat fee of €1,800 per move. "
          "Worth a quick call before your hiring season?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Macarena Osuna", "Directora de Personas | Grupo Hotelero Bahía", "Málaga",
  ("msg", "Alex, te paso la plantilla que usamos para evaluar el periodo de prueba de los extras, ya adaptada al convenio nuevo. Úsala como quieras, "
          "y si la mejoras me la devuelves 😉"))
P("connection_brings_value", "es", "Diego Aranda", "Inspector de Trabajo en excedencia | Profesor asociado, Universidad de Sevilla", "Sevilla",
  ("end",),
  ("msg", "Alex, el 22 de febrero doy una charla gratuita en la Cámara de Comercio sobre registro de jornada y las últimas sanciones en hostelería. "
          "Si quieres te guardo dos plazas, para ti y para alguien de tu equipo."))
P("connection_brings_value", "es", "Chiara Fantoni", "HR Manager | Gruppo alberghiero fiorentino", "Firenze",
  ("msg", "Ciao Alex, come promesso a Berlino ti mando il nostro piano di welfare per gli stagionali (alloggi, mensa, trasporti) con i costi reali. "
          "Se ti serve una mano per adattarlo alla Spagna, chiamami pure."),
  ("msg", "Ah, dimenticavo: a maggio facciamo un incontro online gratuito tra HR di hotel europei sulla fidelizzazione. Ti mando il link?"),
  nl="it")
P("connection_brings_value", "en", "Hamish Doyle", "Executive Chef & culinary instructor", "Edinburgh",
  ("msg", "Alex, one of my best commis is moving to Seville with his partner in March. Fluent Spanish, very reliable, great on pastry. "
          "Want me to introduce you? No agency, no fee, I just think he'd suit your kitchens."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Harriet Colley", "Partner, Hospitality Practice | Nordhaven Executive Search", "London",
  ("inm", "Group HR Director – resort portfolio, Canary Islands", "Dear Alex, I'm retained by a family-owned resort group in the Canaries (11 hotels, "
          "about 2,400 staff) to find their first Group HR Director. Your multi-site experience in Andalusia is very close to the brief. "
          "Package and details in confidence - would you be open to a call?"))
P("stranger_inmail_recruiter", "es", "Álvaro Medina", "Talent Acquisition Lead | Alborán Hotels & Resorts", "Palma",
  ("inm", "Posición: Director/a Corporativo de Personas", "Hola Alex, estamos buscando Director/a Corporativo de Personas para nuestra sede de Palma, "
          "reportando al CEO, con 18 hoteles en Baleares y Andalucía. Tu perfil encaja muy bien. ¿Te apetecería que lo habláramos con calma?"))
P("stranger_inmail_recruiter", "es", "Isabelle Marchand", "Consultante senior | Cabinet de recrutement hôtellerie de luxe", "Paris",
  ("inm", "DRH groupe – hôtellerie de luxe, Côte d'Azur", "Bonjour Alex, je recrute pour un groupe de palaces de la Côte d'Azur un(e) DRH groupe "
          "hispanophone, pour accompagner leur ouverture à Marbella. Poste basé à Nice, avec déplacements en Espagne. Seriez-vous ouvert à en discuter ?"),
  nl="fr")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Eva Domínguez", "Departamento de facturación | EmpleoHostelero.net", "Valencia",
  ("inm", "Factura pendiente – anuncio de empleo", "Estimado cliente: le recordamos que su anuncio 'Camarero/a de pisos – Sevilla' publicado en nuestro portal "
          "tiene pendiente la factura nº 2024/0187 por 389 € + IVA. Para evitar recargos, realice la transferencia en 72 horas."),
  ("inm", "Segundo aviso – factura 2024/0187", "Segundo aviso. De no recibir el pago en 48 horas, trasladaremos el expediente a nuestro departamento "
          "jurídico. Puede abonarlo con tarjeta en el enlace adjunto."))
P("stranger_inmail_sales", "it", "Paola Gentile", "Key Account | WelfarePiù – buoni pasto e welfare aziendale", "Bologna",
  ("inm", "Welfare per i vostri stagionali", "Buongiorno Alex, offriamo piattaforme di welfare aziendale e buoni pasto anche in Spagna, con vantaggi fiscali "
          "per l'azienda. Possiamo fissare una call per presentarle l'offerta?"))
P("stranger_inmail_sales", "es", "Hernán Vidal", "Director comercial | Limpiezas Integrales Guadalquivir", "Sevilla",
  ("inm", "Externalización del departamento de pisos", "Buenos días Alex. Gestionamos el departamento de pisos de varios hoteles de Sevilla con personal propio, "
          "por habitación limpiada. Os ahorraríais la gestión de bajas y vacaciones. ¿Podemos vernos y le presento números?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Elena Moya Rincón", "Directora de RRHH | Hoteles del Estrecho", "Algeciras",
  ("inv", "Alex, soy Elena, de RRHH en Hoteles del Estrecho. Estoy con el plan de igualdad y me dicen que el vuestro es de los mejores del sector. "
          "¿Te puedo hacer un par de preguntas? Te devuelvo el favor con lo que necesites."),
  ("msg", "Mil gracias por la llamada. Te mando el diagnóstico que hicimos nosotros, por si te sirve para comparar brecha salarial por categorías."),
  ("msg", "Alex, te cuento: he dejado Hoteles del Estrecho y me he establecido como consultora de planes de igualdad. Como ya sabes cómo trabajo, te ofrezco "
          "la actualización del vuestro por 5.500 €. ¿Lo hablamos esta semana?"))
P("good_turns_ugly", "en", "Tom Hallworth", "Learning & Development Consultant | Hospitality", "Brighton",
  ("inv", "Alex, I put together a free toolkit for getting new F&B starters through their first 30 days: checklists, shadowing plans, the lot. "
          "Happy to send it your way if it's useful."),
  ("msg", "As promised, here's the toolkit link. Would love to hear what your supervisors make of it."),
  ("end",),
  ("msg", "Hey Alex, just endorsed you for {skill}! Could you endorse me back for Training Delivery and Coaching? Would mean a lot while I build up "
          "my freelance profile."))
P("good_turns_ugly", "es", "Beatriz Nogueira", "Diretora de Pessoas | Grupo hoteleiro no Algarve", "Albufeira",
  ("inv", "Olá Alex, somos vizinhos de setor do outro lado da fronteira 🙂 Gostava de trocar ideias sobre contratação de sazonais, nós no Algarve "
          "temos exatamente os mesmos problemas."),
  ("msg", "Obrigada pela conversa de ontem! Envio-lhe o nosso manual de acolhimento para sazonais, pode usar à vontade."),
  ("msg", "Alex, uma novidade: agora represento a plataforma PeopleWave em Espanha. Posso mostrar-lhe uma demo? Para grupos como o vosso temos "
          "3 meses grátis e depois 4 € por colaborador."),
  nl="pt")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Sergio Parrado", "Comercial | Nóminas Express – gestoría laboral online", "Sevilla",
  ("inm", "Externalice sus nóminas", "Hola Alex, llevamos las nóminas de hoteles por 6 € por trabajador y mes, con altas y bajas en el día. "
          "¿Le preparo un presupuesto para su grupo?"),
  ("inv", "Hola Alex, vi tu intervención en el foro de hostelería de la Cámara y me encantó lo que contaste de los fijos discontinuos. ¡Conectamos?"))
P("reinvite_known_bad", "en", "Kelly Brandt", "Business Development | StaffNow Europe", "Rotterdam",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we crossed paths briefly at FITUR in Madrid. Would be great to stay in touch!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Ramón Caballero", "Asesor laboral | Caballero & Asociados", "Sevilla",
  ("inv", "Alex, llevamos el laboral de varios hoteles de Sevilla. Te lo hacemos más barato que tu gestoría actual, seguro. ¿Hablamos?"),
  ("inm", "Vaya", "Ni una respuesta en dos semanas. Con la cantidad de inspecciones que os caen, yo que tú sería un poco más humilde. Allá tú."),
  ("inv", "Hola Alex, empecemos de cero, ¿conectamos? Seguro que podemos ayudarnos.", (14, 22)))
P("reinvite_known_ugly", "en", "Darren Colquhoun", "Host | The Frontline HR Podcast", "Glasgow",
  ("inm", "Guest on The Frontline HR Podcast?", "Hi Alex, I host a podcast on hiring and keeping hotel staff and would love you as a guest - "
          "30 minutes, recorded remotely, whenever suits you."),
  ("inm", "Podcast – booking your slot", "Brilliant, thanks for saying yes! Guest episodes carry a production and promotion fee of €750, which covers "
          "editing and a LinkedIn campaign around your episode. Shall I send the invoice?", (4, 8)),
  ("inv", "Alex, loved our exchange - let's connect here too!", (12, 20)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Lucía Navarro Vega", "Directora comercial | Idiomas in company para hoteles", "Sevilla",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Como te comenté en el evento de la Cámara, damos inglés y alemán in company para recepción y sala. "
          "¿Te paso presupuesto para los seis hoteles?"))
P("user_invited_pitch_once", "en", "Ben Achterberg", "Head of Sales Iberia | StaffCloud", "Barcelona",
  ("acc",),
  ("msg", "Cheers for the invite, Alex! Since you mentioned onboarding at the panel: StaffCloud gets new hires paperwork-ready before day one. "
          "Could I book 25 minutes to show you?"))
P("user_invited_pitch_once", "es", "Natalia Restrepo", "Gerente | Selección por competencias y assessment", "Madrid",
  ("acc",),
  ("msg", "Alex, muchas gracias por la invitación. Con mucho gusto le cuento que hacemos assessment centers para mandos intermedios de hotel, "
          "con informe individual por candidato. ¿Le parece si agendamos una reunión y le presento la metodología?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Jaime Oliva", "Socio | Oliva Abogados Laboralistas", "Sevilla",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Te comento: con el lío de los fijos discontinuos, ofrecemos igualas a grupos hoteleros desde 900 € al mes, "
          "con consultas ilimitadas. ¿Te lo presento un día?"),
  ("msg", "Alex, te dejo por aquí la propuesta de iguala en PDF. Si la firmáis antes de Semana Santa, el primer mes va sin coste."))
P("user_invited_pitch_twice", "en", "Hannah Roebuck", "Customer Success Lead | Chatterline – the frontline staff app", "Manchester",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Since your teams are mostly on phones not desks, Chatterline could replace those WhatsApp groups. "
          "Fancy a demo?"),
  ("msg", "Hi again Alex, we've got a spring offer on: first 3 hotels free for 60 days. Want me to set it up?"))
P("user_invited_pitch_twice", "it", "Luca Bianchini", "Area Manager Spagna | Welfare Hub", "Madrid",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Come accennato a FITUR, la nostra piattaforma di benefit per dipendenti funziona anche in Spagna. "
          "Posso mandarti il listino?"),
  ("msg", "Alex, ti riscrivo perché a marzo chiudiamo le nuove adesioni con lo sconto lancio. Una call di 20 minuti questa settimana?"))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Pilar Lobato", "Jefa de servicio | Servicio Andaluz de Empleo", "Sevilla",
  ("acc",),
  ("msg", "Gracias por aceptar, Alex. Te confirmo lo que hablamos: el 29 de febrero hacemos en Fibes una jornada de empleo de hostelería, gratuita para "
          "empresas. Puedes poner mesa y entrevistar allí mismo. Te dejo el enlace de inscripción."))
P("user_invited_value", "en", "Grace Whitfield", "Head of Talent | Thistle & Slate boutique hotels", "Edinburgh",
  ("acc",),
  ("msg", "Good to be connected, Alex. As promised, here's the salary benchmark we built with eight other hotel groups (front office, F&B, housekeeping). "
          "It's anonymised - share it with your team if it helps."))
P("user_invited_value", "fr", "Jérôme Pasquier", "Proviseur adjoint | Lycée hôtelier de Toulouse", "Toulouse",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Comme convenu, je vous envoie la liste de nos élèves de BTS qui cherchent un stage Erasmus+ en cuisine et en "
          "réception d'avril à juin. Tout est financé par le programme, aucun frais pour vous."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Antonio Gavira", "Director de hotel | Sevilla", "Sevilla", ("acc",))
P("acceptance_only", "en", "Maya Fernández", "Revenue Manager | Urban hotels", "Lisbon", ("acc",))
P("lone_endorsement", "es", "Carmen Ojeda", "Camarera de pisos", "Sevilla", ("end",))
P("lone_endorsement", "it", "Alessia Conte", "Stagista Front Office | Scuola alberghiera", "Torino", ("end",))


# =============================================================== a few more voices
P("good_invitation", "es", "Yolanda Fuentes", "Orientadora | Escuela de Hostelería de Sevilla", "Sevilla",
  ("inv", "Hola Alex, soy la orientadora de la Escuela de Hostelería. Tenemos 14 alumnos de FP dual de cocina y sala que empiezan prácticas en abril y "
          "buscamos hoteles que los acojan. Para vosotros no tiene coste. ¿Podemos hablarlo?"),
  ("rem",))
P("good_invitation", "es", "Kevin Márquez Ortega", "Recepcionista nocturno · Night auditor", "Chiclana de la Frontera",
  ("inv", "Buenas noches (literal, que estoy de turno 😅). Soy night auditor en Sancti Petri y me gustaría dar el salto a Sevilla capital. "
          "¿Sabes si vais a necesitar gente de noche para la Feria? Gracias de antemano."))
P("user_invited_value", "es", "Rafael Montes", "Jefe de cocina ejecutivo | Hotel en el Arenal", "Sevilla",
  ("acc",),
  ("msg", "Buenas Alex, ya estamos conectaos. Lo que te dije en la reunión de la asociación: tengo dos cocineros buenísimos que no puedo "
          "quedarme en temporada baja, Sergio y Lidia. Si te cuadran para Triana te paso sus teléfonos, que se lo merecen."))
P("single_pitch", "es", "Fátima Benítez", "Psicóloga | Programas de ayuda al empleado (PAE)", "Granada",
  ("msg", "Hola Alex, ¿te has planteado un programa de ayuda al empleado para tus equipos? Ofrecemos atención psicológica 24 h a la plantilla "
          "por 2,50 € por trabajador al mes. Te mando el dossier si te interesa."))
P("stranger_inmail_recruiter", "es", "Lucas Ferreyra", "Senior Recruiter | Andes Hospitality Group", "Mendoza",
  ("inm", "Búsqueda: Gerente Regional de Personas", "Hola Alex, ¿cómo andás? Estamos buscando un Gerente Regional de Personas para abrir nuestra "
          "operación en España (4 hoteles en 2025, base en Sevilla o Madrid). Vi tu recorrido y creo que sos un gran candidato. ¿Te copa charlarlo?"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rocío Barrera", "rocio.barrera.gil@correo.example.es", "CV – recepcionista",
     "Hola Alex:\n\nte adjunto el CV por si no te llega por LinkedIn. Tengo disponibilidad desde marzo.\n\nUn saludo,\nRocío", "es"),
    ("EmpleoHostelero.net – Facturación", "facturacion@empleohostelero-net.example", "Factura 2024/0187 – vencida",
     "Estimado cliente:\n\nsu anuncio se difundió también en LinkedIn y redes sociales. Adjuntamos la factura vencida. Pague en 72 h para evitar recargos.", "es"),
    ("Nóminas Azahar", "nominas@azahar-hoteles.example.es", "Cierre de nóminas de enero",
     "Alex,\n\nel cierre es el día 26. Ojo: dos candidatos de cocina que entraron por LinkedIn aún no han traído el alta en la Seguridad Social.", "es"),
    ("Dirección Hotel Alameda", "direccion.alameda@azahar-hoteles.example.es", "Refuerzos Semana Santa",
     "Alex, necesitamos 8 extras de sala. Un chef colombiano me escribió por LinkedIn, te reenvío su contacto.\n\nJavier", "es"),
    ("Servicio Andaluz de Empleo", "jornadas.empleo@sae.example.es", "Inscripción jornada de empleo en hostelería",
     "Su empresa ha quedado inscrita en la jornada del 29 de febrero. Puede difundir su participación en LinkedIn con la etiqueta de la jornada.", "es"),
    ("Lycée hôtelier de Toulouse", "stages@lycee-hotelier.example.fr", "Stagiaires Erasmus+ – liste",
     "Bonjour Alex,\n\ncomme indiqué sur LinkedIn, voici la liste des élèves intéressés avec leurs CV.\n\nJérôme Pasquier", "fr"),
    ("ShiftPilot", "hello@shiftpilot.example.com", "Your free rota health-check is ready",
     "Hi Alex,\n\nyour rota health-check is ready. Connect with us on LinkedIn for weekly tips on overtime.", "en"),
    ("Mariana Carvalho", "mariana.carvalho@correio.example.pt", "Candidatura – governanta geral",
     "Olá Alex,\n\nenvio o meu CV em anexo, como lhe disse no LinkedIn. Obrigada pela atenção.\n\nMariana", "pt"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot development corpus dev172. Generated by scripts/make_corpus_dev172.py (seed {SEED}); do not edit by hand.",
          "# Alex as HR director of a hotel group in Seville, January to early March 2024: temp agencies, HR-software vendors, applicants, "
          "peer HR directors, training sellers, fake job-board invoices. Same format as tests/corpus/dev."]


class Stories172(cs.EraStories):
    """Stories inside the two months: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
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
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev172")
    args = ap.parse_args()
    check_notes()
    c = Stories172(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(8)
    c.make_other(10)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
