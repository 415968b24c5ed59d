#!/usr/bin/env python3
"""Write mailbot's forty-seventh, independent development corpus: tests/corpus/dev47/*.eml + expected.toml.

The angle: the user Alex is an HR business partner at a Spanish retail and food-distribution
group with offices in Barcelona and Madrid. Their LinkedIn world: HR-tech vendors (payroll,
time tracking, ATS, onboarding, learning platforms, wellbeing and gym apps, HR analytics),
training providers selling courses next to people who share free sessions, free HR association
days against paid congresses and VIP passes, candidates and job seekers (a thoughtful question
about a vacancy, then hostility when nobody answers), HR peers in Spain, Italy, France and
Germany asking each other about pay registers, equality plans, digital disconnection and
collective agreements, headhunters with a real role for Alex against agencies that sell fees,
labour lawyers and graduados sociales who pass on news, and vendors who lose their temper when
ignored. Mostly Spanish, often with Catalan turns of phrase (bon dia, fins aviat, per cert,
plegar, maca), one message entirely in Catalan; some English, Italian, French and German.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert titles,
the headlines of spoof-only names and PYMK suggestions, the other LinkedIn mail's topics and the
pitches that spoofs carry are swapped for HR ones in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading mailbot's
signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev47.py              # writes tests/corpus/dev47
    python scripts/make_corpus_dev47.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261147

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ HR world (this process only)
SKILLS = {
    "en": ["Human Resources", "Employee Relations", "HR Business Partnering", "Talent Management", "Compensation & Benefits", "Recruiting"],
    "de": ["Personalwesen", "Arbeitsrecht", "HR Business Partner", "Talentmanagement", "Vergütung"],
    "fr": ["Ressources humaines", "Relations sociales", "Gestion des talents", "Rémunération et avantages", "Recrutement"],
    "es": ["Recursos humanos", "Relaciones laborales", "Selección de personal", "Gestión del talento", "Compensación y beneficios",
           "Derecho laboral"],
    "it": ["Risorse umane", "Relazioni industriali", "Gestione dei talenti", "Selezione del personale", "Compensation & Benefits"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "HR Business Partner at Grupo Vallmitjana", "de": "HR Business Partner bei Grupo Vallmitjana",
             "fr": "HR Business Partner chez Grupo Vallmitjana", "es": "HR Business Partner en Grupo Vallmitjana",
             "it": "HR Business Partner presso Grupo Vallmitjana"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
# spoof-only names and other LinkedIn mail lean to Spanish wording
mc.LANGS[:] = ["es", "en", "es", "fr", "it"]
mc.NAMES["es"] = (mc.NAMES["es"][0] + ["Jordi", "Montse", "Oriol", "Laia", "Pau", "Meritxell", "Xavier", "Roser", "Quim", "Anna"],
                  mc.NAMES["es"][1] + ["Puig", "Vidal", "Soler", "Ferrer", "Roca", "Bosch", "Casals", "Mas", "Serra", "Pujol"])
mc.CITY["es"] = ["Barcelona", "Madrid", "Sabadell", "L'Hospitalet de Llobregat", "Sant Cugat del Vallès", "Alcobendas", "Getafe"]
mc.JOBS[:] = [("HR Business Partner Senior", "Distribuciones Garraf"), ("Responsable de Relaciones Laborales", "Supermercats Empordà"),
              ("People Partner Iberia", "Northwind Retail"), ("Head of People & Culture", "Cafès Montseny"),
              ("Director/a de Personas", "Grupo Hostelero Levante")]
mc.COMPANIES["good"] = ["Distribuciones Garraf", "Supermercats Empordà", "Northwind Retail", "Cafès Montseny", "Talleres Goierri",
                        "Laboratorios Ripoll", "Dolciaria Benedetti"]
mc.COMPANIES["sales"] = ["Nominix", "TalentLoop", "FicharYa", "Bienestar360", "CursoPlus", "OnboardMe", "Retribe Analytics", "EventosRH Pro"]
mc.HEADLINES["good"] = ["HR Business Partner en {co}", "Responsable de Personas | {co}", "People Partner at {co}", "Directora de RRHH en {co}",
                        "Técnico de Relaciones Laborales | {co}", "Talent Acquisition Lead | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager en {co}", "Ayudo a equipos de RRHH a ahorrar tiempo | {co}",
                         "Founder & CEO | {co}", "Key Account Manager en {co}"]
SALES_SUBJECTS = {
    "en": ["Quick idea for your HR team", "Payroll headaches?", "15 minutes?", "Your store hiring", "Partnership"],
    "es": ["Una idea para tu equipo de RRHH", "¿Nóminas a tiempo?", "¿15 minutos?", "Vuestras vacantes de tienda", "Colaboración"],
    "it": ["Un'idea per il suo team HR", "15 minuti?", "Collaborazione"],
    "fr": ["Une idée pour votre équipe RH", "15 minutes ?", "Partenariat"],
    "de": ["Eine Idee für Ihr HR-Team", "15 Minuten?", "Zusammenarbeit"],
}
for _l, _s in SALES_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the signed employment contract and the payslip correction with you. Sign in to download both documents.",
           "Hello {first}, your company has a pending background-check request for a new hire. Confirm it here before Friday."],
    "de": ["Hallo {first}, ich habe Ihnen den unterschriebenen Arbeitsvertrag freigegeben. Bitte melden Sie sich an, um ihn herunterzuladen.",
           "Guten Tag {first}, für Ihre neue Mitarbeiterin liegt eine offene Gehaltsabrechnung vor. Bitte bis Freitag bestätigen."],
    "fr": ["Bonjour {first}, je vous ai partagé le contrat signé et le bulletin de paie corrigé. Connectez-vous pour les télécharger.",
           "Bonjour {first}, une demande d'attestation employeur attend votre validation. Confirmez avant vendredi."],
    "es": ["Hola {first}, te he compartido el contrato firmado y la nómina corregida de marzo. Inicia sesión para descargarlos.",
           "Hola {first}, tienes pendiente validar el certificado de empresa de una baja. Confírmalo aquí antes del viernes o se enviará al SEPE sin revisar."],
    "it": ["Ciao {first}, ti ho condiviso il contratto firmato e il cedolino corretto. Accedi per scaricarli.",
           "Gentile {first}, c'è una richiesta di verifica del personale in attesa. La confermi entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «HR business partner»", "Tu alerta de empleo de HR business partner en {city}", "Ver empleo"),
    news=("¿Llega la jornada de 37,5 horas a tu convenio?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Profesionales de RRHH de Catalunya", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Diario de una HRBP: el absentismo no se arregla con un Excel", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["en"].update(
    job=("{n} new jobs for \"people partner\"", "Your job alert for people partner in {city}", "View job"),
    news=("Is the EU pay transparency directive ready for frontline retail?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in HR Business Partners Europe", "Here are the top conversations in your group this week"),
    newsletter=("The HRBP Brief: what managers actually read", "New edition of a newsletter you subscribed to"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « HR business partner »", "Votre alerte emploi pour HR business partner à {city}", "Voir l'offre"),
    news=("La transparence salariale va-t-elle changer les négociations ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans DRH & HRBP francophones", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("Carnet RH : l'entretien annuel est-il mort ?", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «HR business partner»", "Il tuo avviso di lavoro per HR business partner a {city}", "Visualizza offerta"),
    news=("Lo smart working resiste nel retail?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in HR Manager Italia", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Il quaderno dell'HRBP: parlare con i capi reparto", "Nuova edizione di una newsletter a cui sei iscritto"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Núria Puigdomènech", "Coordinadora de jornadas | Associació Catalana de Professionals de Persones", "Barcelona",
  ("inv", "Bon dia Alex! El 14 de noviembre hacemos en el Ateneu la jornada anual de HRBPs: registro retributivo y absentismo, "
          "gratis para socios y no socios. Nos falta alguien de retail en la mesa de la tarde, ¿te animas? Fins aviat!"),
  ("rem",))
P("good_invitation", "es", "Íñigo Zubiaurre", "HR Business Partner en Talleres Goierri", "Bilbao",
  ("inv", "Hola Alex, leí tu comentario sobre la valoración de puestos. Estamos con el registro retributivo y el comité no se fía de la "
          "metodología. ¿Os funcionó algún sistema de puntos? Cualquier pista me vendría de lujo, y si te sirve te paso lo nuestro."))
P("good_invitation", "en", "Hannah Okafor", "HR Director EMEA | SHRM-SCP | volunteer, HR certification study group Madrid", "Madrid",
  ("inv", "Hi Alex, I run a small study group in Madrid for the SHRM-CP/SCP exams. Online, Tuesday evenings, free, and sessions count "
          "as PDCs if you're already certified. Two people from your Madrid office joined last cycle. Want me to add you for January?"),
  ("rem",))
P("good_invitation", "es", "Lucía Ferrer Bosch", "Técnica de selección | Volumen y retail | Buscando nuevo reto", "Sabadell",
  ("inv", "Hola Alex, he visto que buscáis técnica de selección para la plataforma de Sant Boi. Llevo 4 años con volumen de almacén y "
          "tienda a turnos. Ya me inscribí en la oferta, solo quería presentarme por si te ayuda a filtrar. Gracias por leerme :)"),
  ("rem",))
P("good_invitation", "es", "Chiara Benedetti", "HR Manager presso Dolciaria Benedetti", "Milano",
  ("inv", "Ciao Alex, ci siamo conosciuti al tavolo sul lavoro ibrido a Milano. Come ti dicevo, sto scrivendo la policy di smart working "
          "per le nostre sedi in Spagna e Italia: ti va di scambiarci le bozze? Ti mando volentieri la nostra, anche se è ancora grezza."),
  nl="it")
P("good_invitation", "es", "Hélène Lacombe", "Juriste en droit social | Ateliers transfrontaliers Occitanie–Catalogne", "Perpignan",
  ("inv", "Bonjour Alex, j'anime un atelier en ligne gratuit sur le détachement de salariés entre la France et l'Espagne (A1, SIPSI, "
          "convention collective applicable). Deux avocats, aucune offre commerciale. Vos équipes de Madrid pourraient y trouver leur compte."),
  nl="fr")
P("good_invitation", "es", "Carles Rovira", "Socio | Rovira & Camps Executive Search", "Barcelona",
  ("inv", "Alex, bona tarda. Llevo la búsqueda de HR Director para una cadena de supermercados con sede en el Vallès, unas 2.300 personas. "
          "Tu trayectoria como HRBP en distribución encaja muy bien. Si te apetece, lo hablamos con total discreción."))
P("good_invitation", "en", "Katharina Wendt", "HR Business Partner bei Lindqvist Logistik", "Hamburg",
  ("inv", "Hallo Alex, wir eröffnen im Frühjahr ein kleines Büro in Madrid und ich kämpfe mit dem Convenio colectivo. Darf ich Ihnen zwei, "
          "drei Fragen zu Eingruppierung und Urlaub stellen? Umgekehrt helfe ich gern bei allem, was Deutschland betrifft."),
  nl="de")
P("good_invitation", "es", "Laura Escrivá", "Marketing de eventos | Nomiplus Software", "Madrid",
  ("inv", "Hola Alex, el 6 de marzo hacemos en nuestra oficina de Madrid un desayuno con una inspectora de trabajo sobre el nuevo registro "
          "horario. Gratis, 30 plazas y sin presentación de producto, prometido. ¿Te guardo sitio?"))


# =============================================================== default_invitation
P("default_invitation", "es", "Rubén Salcedo", "Consultor | Soluciones de nómina y RRHH", "Madrid", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin Doyle", "Talent Acquisition Partner | Tech | Hiring in Dublin & Barcelona", "Dublin", ("inv", NONOTE))
P("default_invitation", "es", "Montse Ribas", "Estudiante del Máster en Dirección de Personas", "Girona", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Borja Anduaga", "Account Executive en Nominix | Nómina y control horario para retail", "Madrid",
  ("inv", "Hola Alex! Vi que Vallmitjana abre tiendas en Madrid. Con Nominix cerráis la nómina de 1.500 personas en dos días y el registro "
          "de jornada sale solo del fichaje. ¿Te cuadra una demo de 20 min la semana que viene?"),
  ("rem",))
P("sales_invitation", "en", "Tyler Brennan", "Enterprise AE | TalentLoop ATS", "London",
  ("inv", "Hey Alex - noticed you're hiring store managers all over Catalonia. TalentLoop cuts time-to-hire by 38% with AI screening and "
          "WhatsApp interview booking. Open to a quick call so I can show you what other grocery chains run on it?"))
P("sales_invitation", "es", "Paula Cendoya", "Partnerships | Alma, bienestar emocional para empresas", "Donostia",
  ("inv", "Hola Alex, ¿sabías que casi un tercio de las bajas en retail son por salud mental? Alma da psicólogo online 24/7 a toda la "
          "plantilla por 3 € por persona y mes. Me encantaría enseñarte cómo lo usan otras cadenas 🙂"))
P("sales_invitation", "es", "Davide Longhi", "Sales Manager presso FormaPiù Academy", "Torino",
  ("inv", "Buongiorno Alex, organizziamo percorsi di leadership per capi reparto, in aula a Barcellona o online, finanziabili con FUNDAE. "
          "Posso inviarle un preventivo su misura per i vostri 40 responsabili di negozio?"),
  nl="it")
P("sales_invitation", "es", "Gemma Solà", "Event Manager | Congreso Talento y Personas", "Madrid",
  ("inv", "Hola Alex, el 22 de mayo celebramos en IFEMA el Congreso Talento y Personas: 40 ponentes y 1.200 directivos de RRHH. "
          "Aún puedo reservarte una entrada VIP con un 25% de descuento hasta el viernes. ¿Te la guardo?"),
  ("rem",))
P("sales_invitation", "es", "Thibault Mercier", "Business Developer | OnboardMe", "Lyon",
  ("inv", "Bonjour Alex, nos clients de la distribution réduisent de 20 % le turnover des 90 premiers jours grâce à notre parcours "
          "d'onboarding digital. Auriez-vous 15 minutes pour une démo la semaine prochaine ?"),
  nl="fr")
P("sales_invitation", "es", "Irene Lasheras", "Customer Success | Aprendia LMS", "Zaragoza",
  ("inv", "Hola Alex! El jueves hacemos un webinar gratuito: «Cómo montar tu academia interna en 30 días con Aprendia». Enseñamos la "
          "plataforma en directo y los asistentes tienen precio especial de licencia. ¿Te apunto?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Jordi Casals", "Fundador · Cercle HRBP Barcelona", "Barcelona",
  ("inv", "Hola Alex, estoy montando un grupo pequeño de HRBPs de Barcelona para compartir casos reales: una cena al mes, sin consultoras "
          "ni vendedores, solo gente de la casa. Me han hablado muy bien de ti. ¿Te sumas?"),
  ("msg", "Gràcies per acceptar, Alex! Antes de la primera cena te cuento a qué me dedico: desde Kairós Talent hacemos evaluaciones 360 y "
          "planes de sucesión para mandos intermedios. Para empresas del Cercle tenemos un paquete a 4.900 €. ¿Cuándo te va bien que te lo presente?"),
  ("msg", "Alex, ¿pudiste mirar lo del 360? Las plazas del paquete con precio Cercle se acaban este mes y me sabría mal que te quedaras fuera."))
P("bait_and_switch_invitation", "en", "Megan Ashworth", "Host, People Leaders Roundtable EMEA", "London",
  ("inv", "Hi Alex, we run a monthly virtual roundtable for HRBPs across EMEA, about 25 people, Chatham House rules. This month: "
          "handling collective redundancies in Spain vs the UK. Would love your perspective in the room."),
  ("msg", "Thanks for connecting! Quick one before the next session: I'm also a partner at Halden Benefits, and we help Spanish employers "
          "roll out flexible benefit plans (meal cards, nursery vouchers, health cover) with zero admin on your side. Could we grab 20 minutes "
          "so I can walk you through it?"))
P("bait_and_switch_invitation", "es", "Pilar Ordóñez", "Personas y Cultura | Retail", "Valencia",
  ("inv", "Buenas Alex, una duda de colega: ¿cómo lleváis la desconexión digital con los encargados que tiran de WhatsApp a todas horas? "
          "Nosotros no damos con la tecla y me iría genial saber cómo lo hacéis."),
  ("msg", "¡Gracias por aceptar! Te confieso que la pregunta iba con segundas 😅 Trabajo con Desconecta, una app que corta la mensajería de "
          "empresa fuera de horario y deja registro por si viene Inspección. ¿Te la enseño en una videollamada de 15 minutos?"))
P("bait_and_switch_invitation", "es", "Xavier Martorell", "Director | Observatorio de Compensación y Beneficios", "Madrid",
  ("inv", "Hola Alex, cada año publicamos un informe gratuito de salarios en distribución y gran consumo. Si conectamos te lo hago llegar "
          "en cuanto salga, sin formularios ni nada."),
  ("msg", "Alex, aquí tienes el resumen del informe. Por cierto, el dato de tu categoría lo puedes cruzar con tu plantilla en nuestra "
          "herramienta Retribe: licencia anual desde 7.800 €, con auditoría de brecha salarial incluida. ¿Te preparo una propuesta?", (10, 30)),
  ("msg", "Hola de nuevo. Te escribo porque el 1 de junio subimos tarifas de Retribe; si firmas antes te mantengo el precio de lanzamiento. "
          "¿Lo vemos el martes?"))
P("bait_and_switch_invitation", "es", "Francesca Moretti", "Community Lead | HR Leaders Italia–España", "Milano",
  ("inv", "Ciao Alex, stiamo creando una community di HR tra Milano e Barcellona per scambiarci pratiche sulla parità retributiva. Nessun "
          "costo, solo un gruppo e un incontro ogni tanto. Ti va di entrare?"),
  ("msg", "Grazie Alex, benvenut* 🙌 Per entrare nella community a pieno titolo c'è la membership annuale da 650 €, che include il nostro "
          "percorso di certificazione sulla parità retributiva. Ti giro il link per il pagamento?"),
  nl="it")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Sergi Valls", "Estudiante del Máster en RRHH | UPF", "Barcelona",
  ("inm", "Encuesta TFM sobre bienestar en tienda", "Hola Alex, soy estudiante del máster de RRHH y mi TFM va sobre bienestar emocional en "
          "plantillas de tienda. ¿Me ayudarías con una encuesta de 5 minutos? Prometo enviarte las conclusiones cuando las tenga."),
  ("inm", "Gracias por la encuesta", "Alex, mil gracias por responder. Te cuento que además del máster trabajo en Serenia, una plataforma de "
          "bienestar emocional para empresas. Con tus respuestas podríamos prepararte una propuesta a medida para Vallmitjana. "
          "¿Te va bien una llamada el jueves?", (6, 15)))
P("bait_and_switch_inmail", "en", "Aisha Reyes", "Content Lead | Working Time Compliance Hub", "Dublin",
  ("inm", "Free guide: the Spanish working-time register", "Hi Alex, we've put together a free 30-page guide on the Spanish registro de "
          "jornada for multinationals, with the case law since 2019 and a checklist for inspections. No strings attached. Would you like a copy?"),
  ("inm", "Following up", "Glad the guide landed well! Since you're tracking hours across 60+ stores, ClockWise could automate the whole thing. "
          "Pricing starts at €2.90 per employee per month. Shall I set up a demo for your team?"),
  ("inm", "One more thing", "Hi Alex, I know it's a busy time. We have a Q4 offer: first three months free if you sign by the 20th. "
          "Happy to send the contract over.", (4, 12)))
P("bait_and_switch_inmail", "en", "Jan-Philipp Vogt", "Research Director | Fachkräftestudie Südeuropa", "Köln",
  ("inm", "Einladung: HR-Expertenpanel", "Guten Tag, für eine Studie zum Fachkräftemangel in Südeuropa stellen wir ein Panel von "
          "HR-Verantwortlichen zusammen. Ein 30-minütiges Interview, Ihre Antworten bleiben anonym, und Sie bekommen den fertigen Bericht."),
  ("inm", "Nächster Schritt", "Vielen Dank für das Gespräch! Der Bericht kommt wie versprochen im Herbst. Unabhängig davon: Unsere "
          "Personalberatung besetzt Schlüsselpositionen im Einzelhandel, Honorar 22 % des Jahresgehalts. Darf ich Ihnen ein Angebot für Ihre "
          "offenen Filialleitungen schicken?"),
  nl="de")


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Adrián Cuesta", "Técnico de RRHH | En búsqueda activa", "Madrid",
  ("end",),
  ("msg", "Hola Alex! Te he validado {skill}, que te lo mereces 😉 ¿Me harías el favor de validarme Selección de personal y Nóminas? "
          "Estoy buscando curro y dicen que los reclutadores lo miran. Mil gracias!"))
P("endorse_me_back", "en", "Ryan Donnelly", "HR Generalist | Workday | Dublin", "Dublin",
  ("end",), ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill} and a couple of others last week. Would you mind returning the favour for HRIS and Workday? "
          "Trying to bump my profile before our promotion round. Cheers!"))
P("endorse_me_back", "es", "Roser Vilaseca", "Consultora de formación y desarrollo", "Terrassa",
  ("end",),
  ("msg", "Alex, maca! Ya te he recomendado en {skill}. Si tienes un minutito, ¿me validas Formación y Desarrollo? Así sumamos las dos 😊"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Óscar Pedraza", "CEO | Seleccion360", "Madrid",
  ("inv", "Hola Alex, soy el CEO de Seleccion360. Automatizamos el cribado de CVs para cadenas con mucha rotación. ¿Te enseño la plataforma "
          "en media hora?"),
  ("rem",),
  ("inm", "Sin respuesta", "Alex, tres semanas sin contestar a una invitación. En RRHH habláis mucho de experiencia de candidato y luego no "
          "sois capaces ni de decir «no, gracias». Muy coherente todo."))
P("hostility_after_decline", "es", "Héctor Lozano", "Reponedor | Buscando empleo", "Getafe",
  ("inv", "Hola, me presenté a la vacante de reponedor de Getafe hace un mes y nadie me ha dicho nada. ¿Sabes cómo va el proceso? Gracias."),
  ("inm", "Vacante Getafe", "Está claro que para vosotros los candidatos somos números. Ni un correo, ni una llamada, y encima me ignoras "
          "aquí. Ojalá algún día estés al otro lado y te traten igual. Vergüenza de departamento de personas."))
P("hostility_after_decline", "en", "Darren Pemberton", "Executive Coach for HR Leaders | Get your seat at the table", "Manchester",
  ("inv", "Hi Alex, I help HR leaders finally get taken seriously by the board. My 12-week programme has a few spots left - happy to share "
          "how it works."),
  ("rem",),
  ("inm", "Really?", "I've sent you an invitation and a follow-up. It takes two seconds to click accept or decline. Frankly this kind of "
          "arrogance is exactly why HR has no credibility with the business."))
P("hostility_after_decline", "es", "Gianluca Fontana", "Consulente di formazione manageriale", "Bologna",
  ("inv", "Buongiorno Alex, propongo corsi di comunicazione assertiva per capi reparto, con attestato. Se le interessa le mando il "
          "catalogo e i prezzi per gruppi."),
  ("inm", "Complimenti", "Gentile Alex, vedo che ha ignorato la mia richiesta. Complimenti per la cortesia: per chi si occupa di persone, "
          "un bel biglietto da visita. Non mi stupisce che in Spagna le aziende abbiano questi problemi di clima."),
  nl="it")
P("hostility_after_decline", "es", "Begoña Larrea", "Reclutadora freelance | Perfiles técnicos e industriales", "Bilbao",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Invitación", "¿Tan ocupado/a estás que no puedes aceptar una invitación? Llevo quince años en selección y nunca me habían hecho "
          "un feo así. Tomo nota de cómo se las gastan en Vallmitjana."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Marc Fàbregas", "Gestoría laboral | Externalización de nóminas y seguros sociales", "Lleida",
  ("msg", "Hola Alex, ¿seguís con la nómina en casa? En Gestoría Fàbregas externalizamos nóminas, seguros sociales y contratos, y os "
          "quitamos de encima los líos del SILTRA. ¿Te preparo un presupuesto sin compromiso?"),
  ("msg", "Alex, te recuerdo lo del presupuesto. Este mes el estudio de costes lo hacemos gratis."),
  ("msg", "Vale, ya veo que ni contestas. Te ofrezco ahorraros dinero y me dejas en visto dos veces. Luego os quejáis de que nadie quiere "
          "trabajar con vosotros. Que vaya bien, eh."))
P("hostility_connection", "en", "Bethany Hughes", "Founder | Resilience at Work", "Bristol",
  ("acc",),
  ("msg", "Great to connect after the Madrid summit, Alex! As I mentioned, our resilience workshops for store managers are €3,500 per "
          "half-day session, and we can run them in Spanish. Shall I send over a proposal?"),
  ("msg", "Honestly, Alex, you were the one who asked to connect. Then you ghost me when I follow up? That's just rude, and not what I "
          "expected from someone who talks about respect on stage. I'll remember it."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Álvaro Mendizábal", "Director comercial | Seguros colectivos de salud", "Madrid",
  ("msg", "Alex, buenas. Este año los seguros de salud colectivos han subido un 9 %. Te puedo sacar una póliza para la plantilla un 15 % por "
          "debajo de lo que pagáis ahora con las mismas coberturas. ¿Te paso una comparativa?"),
  ("msg", "Hola de nuevo, que no se me pase: cierro las tarifas de este año el día 30. ¿Te reservo la cotización?"),
  ("msg", "Alex, último aviso de mi parte: con 1.200 asegurados os ahorraríais unos 80.000 € al año. Te llamo el lunes y lo vemos en 10 minutos."))
P("connection_only_pitches", "en", "Connor Galloway", "Managing Director | Brandwise Employer Branding", "London",
  ("msg", "Alex, your Glassdoor rating slipped to 3.4 this quarter. We build employer brand campaigns for retailers, packages from €6k. "
          "Want me to send a couple of case studies?"),
  ("msg", "Circling back on this, Alex. Two slots left for Q1 campaigns - worth a 15-min call?"))
P("connection_only_pitches", "es", "Aurélie Fontaine", "Directrice associée | Cabinet de recrutement bilingue", "Paris",
  ("msg", "Bonjour Alex, notre cabinet accompagne les entreprises espagnoles dans le recrutement de profils francophones pour leurs services "
          "clients. Honoraires de 18 % du brut annuel. Je vous envoie notre plaquette ?"),
  ("msg", "Je me permets de revenir vers vous : nous avons en ce moment 12 candidats bilingues disponibles immédiatement à Barcelone. Un "
          "appel cette semaine ?"),
  ("msg", "Dernière relance, promis ! Offre spéciale ce mois-ci : garantie de remplacement portée à six mois."),
  nl="fr")


# =============================================================== single_pitch
P("single_pitch", "es", "Elena Garrido", "Key Account Manager | Activa+ bienestar corporativo", "Madrid",
  ("msg", "¡Alex! Cuánto tiempo desde aquellos cierres de campaña en los que plegábamos a las tantas 😂 Te cuento que ahora estoy en Activa+, la plataforma de "
          "gimnasios y bienestar para empresas. Muchas cadenas lo dan como beneficio para retener a la gente de tienda. ¿Te apetece que te lo "
          "enseñe un día con un café?"))
P("single_pitch", "en", "Brian Thornton", "Founder | PeopleLens HR analytics", "London",
  ("msg", "Hi Alex, we've just launched PeopleLens, a dashboard that plugs into your HRIS and predicts attrition store by store. Founding "
          "customers get 40% off the first year. Any interest in a short demo?"))
P("single_pitch", "es", "Sabine Krüger", "Sprachtrainerin | Deutsch für Fachkräfte", "München",
  ("msg", "Hallo Alex, kurze Info: Wir bieten ab sofort Intensivkurse Deutsch für Mitarbeitende an, die nach Deutschland entsandt werden, "
          "auch für Ihre Logistikteams. Soll ich Ihnen ein Angebot schicken?"),
  nl="de")


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Meritxell Soler", "HRBP | Indústria farmacèutica", "Sant Cugat del Vallès",
  ("msg", "Ei Alex! Et passo el model de protocol d'assetjament que vam aprovar amb el comitè després de mil reunions. Està anonimitzat, "
          "fes-ne el que vulguis. Si us va bé, un dia us explico com vam fer la formació als comandaments."),
  ("msg", "Per cierto, el jueves 12 la Cambra organiza una sesión gratuita sobre la ley de familias y los nuevos permisos. Yo voy después de "
          "plegar, ¿nos vemos allí y hacemos un café?"))
P("connection_brings_value", "en", "Olivia Whitfield", "VP People, Southern Europe", "Madrid",
  ("end",),
  ("msg", "Hi Alex, one of my best team leads in Madrid is moving to Barcelona for family reasons and is looking for an HRBP role. Would you "
          "be open to a coffee with her? I'd vouch for her without hesitation. Happy to send her CV, no pressure at all."))
P("connection_brings_value", "es", "Marco Rinaldi", "HR Director presso Rinaldi Trasporti | Socio AIDP", "Verona",
  ("msg", "Ciao Alex, ti giro la registrazione del webinar gratuito dell'AIDP sulla direttiva europea sulla trasparenza retributiva: "
          "l'avvocata fa un confronto Italia–Spagna che ti tornerà utile per il progetto di cui mi parlavi. È pubblica, niente iscrizioni."),
  nl="it")
P("connection_brings_value", "es", "Javier Olmos", "Graduado social | Asesor laboral", "Madrid",
  ("msg", "Alex, te aviso por si no lo has visto: el BOE de hoy publica las tablas salariales del convenio de grandes almacenes con efectos "
          "desde enero. Os tocará regularizar atrasos en la nómina de marzo. Un abrazo."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Carmen Ibarra", "Senior Consultant | HR Executive Search", "Madrid",
  ("inm", "HR Business Partner Senior – Madrid", "Hola Alex, llevo una búsqueda confidencial de HR Business Partner Senior para una "
          "multinacional de gran consumo en Madrid, con reporte a la Directora de Personas Iberia. Banda de 75-85k + bonus + coche. "
          "¿Te interesaría que lo comentáramos?"))
P("stranger_inmail_recruiter", "en", "Grace Lindqvist", "Talent Partner, People team | Northwind Retail", "Barcelona",
  ("inm", "People Partner role in our Barcelona hub", "Hi Alex, I'm the talent partner for our People team. We're hiring a People Partner "
          "for our Barcelona tech hub (450 people, hybrid, reporting to our CPO). Your multi-site retail background would be a real asset. "
          "Fancy a chat this week?"))
P("stranger_inmail_recruiter", "fr", "Camille Aubert", "Chasseuse de têtes RH & Finance", "Lyon",
  ("inm", "HRBP Europe du Sud – Barcelone", "Bonjour Alex, je recrute un HRBP Europe du Sud pour un groupe industriel français, basé à "
          "Barcelone avec des déplacements réguliers à Lyon. CDI, package attractif, équipe de trois personnes. Seriez-vous "
          "ouvert(e) à un échange confidentiel ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Rocío Navarro", "Directora | TalentoExpress ETT", "Sevilla",
  ("inm", "Vuestras vacantes de tienda", "Hola Alex, he visto que tenéis 14 vacantes de dependiente/a abiertas en Madrid. En TalentoExpress "
          "cubrimos perfiles de retail en 72 horas, con un fee del 12 % solo si contratáis. ¿Hablamos?"),
  ("inm", "Campaña de Navidad", "Alex, vuelvo a la carga: esta semana tenemos 30 candidatos validados para la campaña de Navidad. "
          "¿Te mando perfiles y tarifas?"))
P("stranger_inmail_sales", "en", "Zoe Harrington", "Head of Sales | Calmry", "London",
  ("inm", "Burnout on the shop floor", "Hi Alex, 1 in 3 frontline workers report burnout. Calmry gives your teams guided meditation, sleep "
          "coaching and 24/7 chat support for €2 per employee. Could I book 15 minutes to show you?"))
P("stranger_inmail_sales", "it", "Federica Santoro", "Delegate Sales | HR Innovation Summit", "Milano",
  ("inm", "HR Innovation Summit Milano", "Buongiorno Alex, il 3 ottobre a Milano si terrà l'HR Innovation Summit. Ho ancora due pass "
          "Executive a 1.490 € invece di 1.990 €, cena di gala inclusa. Posso riservargliene uno?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Laia Torrents", "Coach ejecutiva | Ex-HRBP | Mentoría para nuevas mandos", "Barcelona",
  ("inv", "Hola Alex! Fui HRBP en banca y ahora acompaño a mujeres en su primera jefatura. Hacemos círculos de mentoría gratuitos una vez "
          "al mes en Barcelona; si alguien de tu equipo quiere venir, encantada."),
  ("msg", "Alex, te paso el calendario de círculos del trimestre y la ficha de inscripción. Tu técnica de Sant Boi ya se apuntó, ¡qué crack!"),
  ("msg", "Ya que los círculos están funcionando tan bien, te propongo el programa completo de liderazgo para 12 mandos: 6 meses, "
          "14.400 € + IVA, bonificable por FUNDAE. ¿Lo presentamos juntas a dirección?"))
P("good_turns_ugly", "en", "James Fletcher", "Organiser, HR Tech Barcelona meetup", "Barcelona",
  ("inv", "Hi Alex, I organise the HR Tech Barcelona meetup - free, monthly, at a coworking in Poblenou. Next one is AI in recruitment with "
          "a labour lawyer. Would be great to have you there."),
  ("msg", "Here's the recording and slides from last night, plus the lawyer's checklist on AI hiring tools under the EU AI Act. Thanks "
          "for the great question on works councils!"),
  ("msg", "Alex, quick one: I'm also co-founder of HireMind, the AI screening tool from the demo corner. We'd give Vallmitjana a three-month "
          "pilot for €4k. When can we talk?"))
P("good_turns_ugly", "es", "Andrés Belmonte", "Mediador laboral | Relaciones laborales", "Madrid",
  ("inv", "Alex, coincidimos en el curso de mediación laboral del Colegio. Tengo los apuntes del módulo 3, el que te perdiste: "
          "¿conectamos y te los paso?"),
  ("msg", "Aquí los tienes, Alex. Te añado también el caso práctico resuelto del examen."),
  ("end",),
  ("msg", "Oye, te he validado {skill}. ¿Me devuelves el favor con Mediación y Negociación colectiva? Me viene genial para entrar en la bolsa "
          "de mediadores."))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Beatriz Quintana", "SDR | Talentia ATS", "Madrid",
  ("inm", "¿15 minutos?", "Hola Alex, ¿cuántas horas pierde tu equipo revisando CVs de dependientes? Con Talentia las reduces a la mitad. "
          "¿Agendamos 15 minutos esta semana?"),
  ("inv", "Hola Alex, sigo tus publicaciones sobre onboarding en tienda y son de lo mejor que leo por aquí. Me encantaría tenerte en mi red."))
P("reinvite_known_bad", "en", "Chris Bell", "Recruitment Consultant | Hospitality & Retail", "London",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met briefly at the CIPD Festival of Work - great talk on rota fairness. Would be lovely to stay in touch."))
P("reinvite_known_bad", "es", "Sergi Roca", "Comercial | Nubinom, nómina en la nube", "Girona",
  ("inv", "Alex, bon dia! ¿Seguís haciendo la nómina con el programa de siempre? Con Nubinom la migración es gratis y en un mes lo tienes "
          "funcionando. ¿Te llamo y te cuento?"),
  ("inv", "Hola Alex, organizo con la patronal de Girona una jornada gratuita sobre absentismo. Me encantaría que vinieras."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Ignacio Pradera", "Socio director | Headhunting de mandos intermedios", "Valencia",
  ("inv", "Hola Alex, cubrimos jefes de tienda y encargados de almacén en 3 semanas, fee del 20 %. ¿Te cuento cómo trabajamos?"),
  ("inm", "Sin respuesta", "Mira, Alex, te he escrito con educación y ni me contestas. Con esa actitud no me extraña que tengáis tanta "
          "rotación de encargados. Tú sabrás."),
  ("inv", "Hola Alex, empecemos de cero: me gustaría conectar y compartir ideas sobre retención de mandos en retail."))
P("reinvite_known_ugly", "en", "Imogen Ellison", "Community Manager | Frontline HR Collective", "Manchester",
  ("inm", "Your perspective?", "Hi Alex, I'm putting together a short piece on how retail HR teams handle rota fairness. Could I ask you "
          "three quick questions over email? Happy to credit you or keep it anonymous."),
  ("inm", "As promised", "Thanks for your answers, Alex, really insightful. Since rota fairness is clearly on your mind, our scheduling tool "
          "ShiftMate solves exactly that. Can I get you on a demo next week?"),
  ("inv", "Hi Alex, fellow frontline HR person here, would love to connect!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Gabriel Santacana", "Speaker | Feedback y cultura de equipos", "Barcelona",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Me alegra que te gustara la ponencia. Por si os interesa: el taller de feedback radical lo impartimos "
          "in company en 2 sesiones de 4 horas por 3.200 €. ¿Te paso el dossier?"))
P("user_invited_pitch_once", "es", "Tommaso Conti", "Payroll Services Manager presso Paghe Conti", "Roma",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Ti segnalo che gestiamo anche le buste paga di dipendenti in Spagna, direttamente da "
          "Roma. Se ti serve un preventivo, sono qui."),
  nl="it")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Ferran Llopis", "Partner | Clima y compromiso", "Valencia",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Como te comenté en el congreso, nuestra encuesta de clima con plan de acción cuesta 6 € por "
          "empleado y la podemos lanzar en tres semanas. ¿Te mando propuesta?"),
  ("msg", "Alex, ¿cómo lo ves? Si lo cerramos este trimestre te incluyo el informe por tienda sin coste."))
P("user_invited_pitch_twice", "en", "Michael Sato", "Director, Global Mobility & Relocation | MoveWell", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! If you ever relocate staff between Madrid and Barcelona or abroad, MoveWell handles housing, schools "
          "and paperwork end to end. Packages from €1,900 per move. Shall I send our rate card?"),
  ("msg", "Hi Alex, just following up on the rate card - we're running a 10% discount for new corporate accounts this month."))
P("user_invited_pitch_twice", "es", "Amélie Perrin", "Consultante QVCT | Cabinet Équilibre", "Toulouse",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Nous proposons des diagnostics de qualité de vie au travail pour les sites de plus de 200 "
          "salariés, à partir de 4 500 €. Je peux vous envoyer une proposition ?"),
  ("msg", "Bonjour Alex, je reviens vers vous au sujet du diagnostic QVCT. Un créneau de 20 minutes jeudi ?"),
  nl="fr")


# =============================================================== user_invited_value
P("user_invited_value", "es", "Cristina Albareda", "Abogada laboralista | Socia en Albareda Advocats", "Barcelona",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Como te prometí en el desayuno, te paso el resumen que preparamos sobre la reducción de jornada a "
          "37,5 horas y cómo puede afectar a los convenios de comercio. Es de libre uso, compártelo con quien quieras."))
P("user_invited_value", "en", "Priya Sinclair", "HR Lead Benelux & Iberia | Veltra", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for the invite! As promised, here's our parental leave policy for Spain and the Netherlands, plus the FAQ we give "
          "managers. Steal whatever helps - and shout if you want to compare notes on the pay transparency directive."))
P("user_invited_value", "en", "Matthias Böhm", "Head of People Analytics | Einzelhandel", "Berlin",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Wie in Berlin besprochen, hier der Link zu unserer Studie zur Fluktuation im Einzelhandel, frei "
          "zugänglich. Wenn Sie mögen, stelle ich Ihnen gern unsere Kollegin vor, die das Projekt in Spanien geleitet hat."),
  nl="de")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Pau Roig", "Director de Operaciones Zona Norte | Distribuciones Garraf", "Mataró", ("acc",))
P("acceptance_only", "en", "Rachel Brooks", "Head of Reward | Northwind Retail", "London", ("acc",))
P("lone_endorsement", "es", "Oriol Bosch", "Encargado de tienda | Sant Boi de Llobregat", "Sant Boi de Llobregat", ("end",))
P("lone_endorsement", "es", "Valentina Mariani", "Recruiter presso Gruppo Zenit", "Milano", ("end",), nl="it")


# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Comunicación Interna Vallmitjana", "comunicacion@vallmitjana.example.es", "Nuevo logo: actualizad vuestras firmas",
     "Hola a todos,\n\nel lunes estrena el nuevo logo. Recordad cambiar la firma de correo y, si queréis, la foto de portada de LinkedIn "
     "(tenéis las plantillas en la intranet).\n\nGràcies!", "es"),
    ("Borja Anduaga", "borja.anduaga@nominix.example.com", "Demo Nominix para Vallmitjana",
     "Hola Alex,\n\nte escribí por LinkedIn hace unos días, por si no lo viste: ¿te cuadra una demo de 20 minutos el martes o el miércoles?\n\n"
     "Un saludo,\nBorja", "es"),
    ("Portal de Empleo Vallmitjana", "no-reply@empleo.vallmitjana.example.es", "Nueva candidatura: Técnico/a de Selección (Sant Boi)",
     "Has recibido una nueva candidatura para Técnico/a de Selección (Sant Boi).\n\nOrigen: LinkedIn Jobs\nCandidata: L. Ferrer Bosch\n\n"
     "Revisa el perfil en el portal.", "es"),
    ("Associació Catalana de Professionals de Persones", "info@acpp.example.cat", "Jornada anual HRBP: programa i inscripcions",
     "Bon dia,\n\nja teniu el programa de la jornada anual. L'entrada és gratuïta però cal inscripció. Compartiu-la a LinkedIn amb "
     "#JornadaHRBP!\n\nFins aviat!", "es"),
    ("Dolors Pons", "dolors.pons@vallmitjana.example.es", "Fwd: Invitación de LinkedIn de un candidato",
     "Alex,\n\nte reenvío esto: un chico de la tienda de Getafe me ha escrito por LinkedIn preguntando por su candidatura de reponedor. "
     "¿Lo miras tú o se lo paso a Madrid?\n\nDolors", "es"),
    ("Calendario", "calendar@vallmitjana.example.es", "Invitación: Comité de Igualdad – seguimiento registro retributivo",
     "Jueves, 10:00–11:30, Sala Montseny.\n\nOrden del día: revisión de la valoración de puestos; comparativa con el Observatorio "
     "(no compartir el informe en LinkedIn ni fuera de la empresa).", "es"),
    ("Congreso Talento y Personas", "entradas@congresotalento.example.es", "Últimas entradas VIP con descuento",
     "Hola Alex,\n\nsolo quedan 40 entradas VIP. Síguenos en LinkedIn para no perderte el programa.\n\nEquipo CTP", "es"),
    ("Katharina Wendt", "k.wendt@lindqvist-logistik.example.de", "Convenio colectivo – kurze Fragen",
     "Hallo Alex,\n\nich habe Ihnen auch über LinkedIn geschrieben. Falls es per Mail einfacher ist: drei kurze Fragen zur Eingruppierung "
     "im Convenio, Liste im Anhang.\n\nViele Grüße\nKatharina", "de"),
    ("AIDP Lombardia", "segreteria@aidp-lombardia.example.it", "Webinar trasparenza retributiva: registrazione disponibile",
     "Gentili soci,\n\nla registrazione del webinar è online. Potete condividerla liberamente anche su LinkedIn.\n\nLa segreteria", "it"),
    ("InfoEmpleo Pro", "avisos@infoempleopro.example.com", "Tu oferta también está publicada en LinkedIn",
     "Hola Alex,\n\ntu oferta «Dependiente/a Madrid Centro» se ha publicado también en LinkedIn y en 4 portales más. Candidaturas: 213.", "es"),
    ("Northwind Retail Talent", "talent@northwind-retail.example.com", "Your application: People Partner",
     "Hi Alex,\n\nthanks for your interest in the People Partner role. Grace from our team reached out on LinkedIn; could you share your "
     "availability for a first call?\n\nBest,\nNorthwind Talent Team", "en"),
    ("Hélène Lacombe", "h.lacombe@droit-social.example.fr", "Atelier détachement France–Espagne : lien Zoom",
     "Bonjour Alex,\n\nsuite à ma demande de connexion sur LinkedIn, voici le lien de l'atelier de jeudi. Gratuit, bien sûr.\n\nBien à vous,\nHélène", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot forty-seventh development corpus (dev47). Generated by scripts/make_corpus_dev47.py (seed {SEED}); do not edit by hand.",
          "# Alex as an HR business partner at a Spanish retail group in Barcelona and Madrid: HR-tech vendors, training providers, free HR "
          "association days and paid congresses, candidates, HR peers, headhunters, hostility from ignored vendors and candidates. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev47", SEED, PEOPLE, FOREIGN, spoofs=12, other=14, header=HEADER)
