#!/usr/bin/env python3
"""Write mailbot's dev136 evaluation corpus: tests/corpus/dev136/*.eml + expected.toml.

The angle: the user Alex owns two community pharmacies, one in Valencia and one in Alicante.
Their LinkedIn world: pharmaceutical wholesalers and laboratory reps (transfer orders, rappels,
opening orders), pharmacy-software, robot, e-commerce and kiosk vendors, dermocosmetics brands
that want shelf space, training accredited with continuing-education credits by the college of
pharmacists (good when it is free and comes with nothing to buy), pharmacists and pharmacy
technicians applying for a posted vacancy, peer owners who share shortage news, protocols and
spreadsheets, patients' associations asking for help with free screenings and leaflets, insurance,
tax and pharmacy-sale brokers, and a few reps who turn rude when ignored. Writers use Spanish
of Spain, Valencian Catalan (the user is then "Àlex"), some English from UK and Irish peers and
vendors, and one French brand manager. LinkedIn's own wording is mostly Spanish, some English.

The MIME and layout machinery comes from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, the user's headline, job-alert titles, names and headlines of
spoof-only people, PYMK suggestions and the lures spoofs carry are swapped for this world in
this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge, parser or wording, or the
notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev136.py              # writes tests/corpus/dev136
    python scripts/make_corpus_dev136.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260136

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ pharmacy world (this process only)
SKILLS = {
    "es": ["Atención farmacéutica", "Farmacia comunitaria", "Dermofarmacia", "Gestión de farmacias", "Formulación magistral", "Seguimiento farmacoterapéutico"],
    "en": ["Pharmaceutical Care", "Community Pharmacy", "Dermocosmetics", "Pharmacy Management", "Compounding", "Medication Review"],
    "fr": ["Soins pharmaceutiques", "Officine", "Dermocosmétique", "Gestion d'officine"],
    "it": ["Assistenza farmaceutica", "Farmacia territoriale", "Dermocosmesi", "Gestione della farmacia"],
    "de": ["Pharmazeutische Betreuung", "Offizin-Apotheke", "Dermokosmetik", "Apothekenmanagement"],
}
RHEADLINE = {
    "es": "Farmacéutico titular · Farmacias comunitarias en Valencia y Alicante",
    "en": "Community pharmacy owner · Valencia & Alicante",
    "fr": "Pharmacien titulaire · Valence et Alicante",
    "it": "Farmacista titolare · Valencia e Alicante",
    "de": "Apothekeninhaber · Valencia und Alicante",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.LANGS[:] = ["es", "en", "es", "es", "en"]
mc.CITY["es"] = ["Valencia", "Alicante", "Elche", "Gandia", "Castelló de la Plana", "Torrent", "Benidorm", "Alzira", "Sant Vicent del Raspeig"]
mc.CITY["en"] = ["London", "Dublin", "Manchester", "Gibraltar", "Cardiff", "Belfast"]
mc.NAMES["es"] = (["Vicent", "Amparo", "Josep", "Empar", "Xelo", "Pasqual", "Maria José", "Rafa", "Neus", "Ximo", "Remei", "Salva", "Lidia", "Quique", "Mireia", "Paco"],
                  ["Alapont", "Bernabeu", "Camarasa", "Esplugues", "Ferri", "Gisbert", "Llinares", "Martínez", "Navarro", "Ortells", "Puchades", "Ribes", "Sanchis", "Tortosa", "Vilaplana"])
mc.JOBS[:] = [("Farmacéutico/a adjunto/a", "Farmacia Central de Russafa"), ("Técnico/a en Farmacia – turno de tarde", "Farmacia Plaza de Luceros"),
              ("Director/a Técnico/a", "Distribuidora Farmacéutica Levantina"), ("Locum Pharmacist", "Harbour Pharmacy Gibraltar"),
              ("Key Account Manager Farmacia Comunitaria", "Laboratorios Solmar Dermo")]
mc.COMPANIES["good"] = ["Colegio de Farmacéuticos de Valencia", "Colegio de Farmacéuticos de Alicante", "Universitat de València", "Farmacia Tormo",
                        "Hospital General de Elche", "Asociación de Pacientes Cardiovasculares", "SEFAC Comunitat Valenciana"]
mc.COMPANIES["sales"] = ["Robotik Farma Ibérica", "Receptalia", "Laboratorios Solmar Dermo", "Distribuidora Farmacéutica Levantina", "ClickPharma",
                         "FarmaGest Pro", "Nutrilab Suplementos", "Iberia Pharmacy Brokers"]
mc.HEADLINES["good"] = ["Farmacéutica titular en {co}", "Farmacéutico adjunto | {co}", "Vocal de Oficina de Farmacia · {co}", "Técnico en Farmacia en {co}",
                        "Profesora de Farmacia Práctica | {co}", "Community pharmacist | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager Farmacia | {co}", "Delegado comercial en {co}", "Business Development Iberia at {co}",
                         "Ayudo a farmacias a vender más | {co}", "Sales Manager Pharmacy Channel | {co}"]
retitle_other({
    "es": {"job": ("{n} nuevos empleos de «farmacéutico adjunto»", "Tu alerta de empleo de farmacéutico adjunto en {city}"),
           "news": "Farmacias de barrio: ¿sobrevivirán a la venta online?",
           "group": "Conversaciones destacadas en Farmacia Comunitaria España",
           "newsletter": "Desde el mostrador: cómo sobrevivir a las faltas de suministro"},
    "en": {"job": ("{n} new jobs for \"community pharmacist\"", "Your job alert for community pharmacist in {city}"),
           "news": "Why does Europe keep running out of antibiotics?",
           "group": "Top conversations in Independent Pharmacy Owners Europe",
           "newsletter": "The Independent Pharmacist: margins, rotas and robots"},
})
SPOOF_LURES = {
    "es": ["Hola {first}, te he compartido el albarán de abono del almacén. Inicia sesión para descargarlo antes del cierre de mes.",
           "Estimado/a {first}: su pedido transfer está retenido por un error en los datos de facturación. Confirme su cuenta en el enlace.",
           "Hola {first}, el Colegio ha publicado tu certificado de créditos. Accede con tu usuario de LinkedIn para verlo."],
    "en": ["Hi {first}, I've shared the signed supply agreement with you. Please log in to review it before Friday.",
           "Dear {first}, your pharmacy listing has been flagged. Verify your account within 24 hours to keep it visible.",
           "Hi {first}, your CPD certificate is ready. Sign in to download it."],
    "fr": ["Bonjour {first}, je vous ai partagé le bon de commande signé. Connectez-vous pour le consulter.",
           "Bonjour {first}, votre compte partenaire est suspendu. Vérifiez vos informations via ce lien."],
    "it": ["Ciao {first}, ti ho condiviso il documento d'ordine firmato. Accedi per vederlo.",
           "Gentile {first}, il suo account è in verifica. Confermi i dati entro 24 ore."],
    "de": ["Hallo {first}, ich habe Ihnen den unterschriebenen Liefervertrag freigegeben. Bitte melden Sie sich an.",
           "Sehr geehrte/r {first}, Ihr Konto wird überprüft. Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden."],
}
for _l, _n in SPOOF_LURES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Albarán pendiente", "Pedido retenido", "Certificado de créditos disponible"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Supply agreement – action needed", "Your pharmacy listing", "CPD certificate ready"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes speak of things of the 2020s keep the current layout
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "es", "Vicent Soler Peiró", "Farmacèutic titular a Farmàcia Soler · Gandia", "Gandia",
  ("inv", "Bon dia Àlex, sóc titular a Gandia. Estem fent un grup entre farmàcies de la Safor i l'Horta per avisar-nos de les faltes "
          "(ara amoxicil·lina pediàtrica i algunes insulines) i de quin magatzem en té. Sense quotes ni marques darrere. T'hi apuntes?"),
  ("rem",))
P("good_invitation", "es", "Marta Llorens Gisbert", "Vocal de Formación | Colegio Oficial de Farmacéuticos de Alicante", "Alicante",
  ("inv", "Hola Alex: el 14 de noviembre hacemos en el Colegio una sesión práctica sobre dispensación de análogos de GLP-1 y cómo gestionar "
          "sus faltas. Acreditada con 1,2 créditos de formación continuada y gratuita para colegiados. Ojalá os vea a ti y a tu equipo de Alicante."))
P("good_invitation", "es", "Rebecca Hartley", "Community Pharmacist & PhD researcher | University of Bath", "Bath",
  ("inv", "Hi Alex, I'm comparing how Spanish and UK community pharmacies cope with medicine shortages for my PhD. Would you do a 30-min "
          "interview? Everyone who takes part gets the full report, and I'm happy to acknowledge your pharmacies by name (or not, your call)."),
  ("rem",), nl="en")
P("good_invitation", "es", "Nerea Boix Sanchis", "Técnico en Farmacia y Parafarmacia | SPD y dermo", "Alzira",
  ("inv", "Hola Alex, he visto tu publicación de que buscáis técnico para la farmacia de Valencia en horario de tarde. Llevo 4 años en mostrador, "
          "he preparado SPD para residencias y tengo el curso de dermo. ¿Te mando el CV por aquí o lo prefieres por email?"),
  ("rem",))
P("good_invitation", "es", "Amparo Ribes Moltó", "Presidenta · Associació de Diabètics de la Marina Alta", "Dénia",
  ("inv", "Hola Alex, desde la asociación preparamos para marzo una jornada gratuita de cribado de glucosa y revisión del pie diabético en Dénia y "
          "Xàbia. Buscamos farmacias que pongan el cartel y nos deriven pacientes. Ningún coste para vosotros. ¿Te cuento?"))
P("good_invitation", "en", "Tom Ashcroft", "Pharmacist (GPhC) | newly arrived in the Costa Blanca", "Torrevieja",
  ("inv", "Hi Alex, British pharmacist here, just moved to Torrevieja and slogging through the homologación of my degree. Someone at the Colegio "
          "said you once took on a UK-trained adjunto. Could I pick your brain about how that went? Coffee's on me."))
cur("Marta Llorens Gisbert")

# =============================================================== default_invitation
P("default_invitation", "es", "Sergio Mompó Ferri", "Delegado comercial en Laboratorios Vitanova", "Valencia", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin Doherty", "Sales Manager EMEA | PharmaShelf Solutions", "Dublin", ("inv", NONOTE))
P("default_invitation", "es", "Rosa Pastor Vidal", "Auxiliar de farmacia", "Paterna", ("inv", DEFAULT))
P("default_invitation", "es", "Iván Carbonell Sáez", "Consultor de retail farmacéutico | Category management", "Elche", ("inv", NONOTE), ("rem",))

# =============================================================== sales_invitation
P("sales_invitation", "es", "Raúl Gimeno Alcaraz", "Key Account Manager Farmacia | Robotik Farma Ibérica", "Paterna",
  ("inv", "Hola Alex, ¿cuántas horas al día pierde tu equipo buscando cajas en los cajones? Con nuestro robot de dispensación una farmacia como la "
          "tuya recupera un mostrador entero. El jueves enseño una instalación en Benimaclet, ¿te guardo sitio?"))
P("sales_invitation", "es", "Lorena Sáez Ivars", "Ejecutiva de cuentas | Receptalia – software de gestión para farmacias", "Madrid",
  ("inv", "Buenas Alex!! Estamos pasando a muchas farmacias valencianas de su programa de siempre a Receptalia: receta electrónica, verificación SEVeM "
          "y tienda online en un mismo panel. Te hago una demo de 20 min y te paso presupuesto sin compromiso?"),
  ("rem",))
P("sales_invitation", "es", "Camille Roux", "Export Manager Espagne & Portugal | Laboratoires Dermalys", "Lyon",
  ("inv", "Bonjour Alex, Dermalys arrive en Espagne avec sa gamme peaux atopiques, déjà présente dans 2 000 pharmacies en France. Nous cherchons "
          "30 officines partenaires à Valence et Alicante, avec des conditions d'ouverture très avantageuses. Je vous envoie notre offre ?"),
  nl="fr")
P("sales_invitation", "en", "Daniel Whitmore", "Partner | Iberia Pharmacy Brokers – buying & selling pharmacies", "Málaga",
  ("inv", "Hi Alex, we currently have several qualified buyers looking for pharmacies in Valencia and Alicante provinces. If you've ever wondered "
          "what yours is worth, I'd be glad to do a free, confidential valuation. Worth a quick call?"))
P("sales_invitation", "es", "Paco Ruiz Botella", "Delegado | Distribuidora Farmacéutica Levantina", "Elche",
  ("inv", "Alex buenas, te escribo de Levantina. Tenemos condiciones nuevas para farmacias que nos pasen el pedido diario: dos repartos, rappel "
          "del 3% y stock financiado a 90 días. Si te va bien me acerco a la de Alicante un día y lo hablamos."),
  ("rem",))
cur("Lorena Sáez Ivars")

# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Jordi Navarro Esteve", "Fundador | Xarxa de Farmàcies Independents", "Castelló de la Plana",
  ("inv", "Hola Àlex! Estem reunint titulars de farmàcies independents de tot el País Valencià per compartir com ens apanyem amb les faltes i les "
          "guàrdies. Quedades cada tres mesos, res a vendre. T'agradaria ser-hi?"),
  ("msg", "Gràcies per acceptar! T'explique com funciona: per ser membre de ple dret de la Xarxa cal adherir-se a la nostra central de compres "
          "(190 € al mes per farmàcia) i així tens els preus que negociem amb els laboratoris. T'envie el contracte d'adhesió i el mirem junts?", (3, 10)))
P("bait_and_switch_invitation", "es", "Lucía Ferrando Martí", "Formadora en consejo dermocosmético | Academia DermaLevante", "Valencia",
  ("inv", "Hola Alex, estoy organizando talleres gratuitos de consejo dermocosmético para equipos de farmacia en Valencia (piel atópica y "
          "fotoprotección). Dos horas en la propia farmacia, con material para el equipo. ¿Te interesaría para tu gente?"),
  ("msg", "¡Gracias por conectar! Para reservar el taller en vuestra farmacia solo os pedimos abrir cuenta con la marca: primer pedido de 900 € "
          "y un metro de lineal en zona caliente. ¿Te mando la hoja de pedido y cerramos fecha?"),
  ("msg", "Alex, ¿pudiste mirar lo del pedido de apertura? Este mes regalamos el expositor de mostrador si firmáis antes del 30.", (6, 15)))
P("bait_and_switch_invitation", "en", "Graham Pryce", "Host | Independent Pharmacy Owners Mastermind (UK & Spain)", "Marbella",
  ("inv", "Alex, I host a small invite-only mastermind for independent pharmacy owners in Spain and the UK. We swap numbers and talk honestly about "
          "margins, staffing and burnout. Nothing to pay to join the conversation. Would love to have you in."),
  ("msg", "Great to have you aboard, Alex. Next step: our 12-week Pharmacy Profit Accelerator kicks off on the 3rd. Members get it at €2,950 "
          "instead of €4,500, and I've held a seat for you. Shall I send the payment link?"))
P("bait_and_switch_invitation", "es", "Carmen Benavent Roig", "Farmacéutica comunitaria | Nutrición y microbiota", "Xàtiva",
  ("inv", "Hola Alex, soy farmacéutica en Xàtiva. ¿Te puedo hacer una consulta? He visto que en tu farmacia de Valencia preparáis SPD y estoy "
          "pensando en montarlo. Me ayudaría muchísimo saber cómo lo organizáis."),
  ("msg", "Gracias por aceptar!! Lo del SPD al final lo tengo encarrilado, pero te cuento otra cosa: colaboro con una marca de suplementos que "
          "funciona por red de distribuidores y estoy buscando farmacias socias. Se gana muy bien dedicándole poco. ¿Te llamo y te lo explico?"))
P("bait_and_switch_invitation", "es", "Álvaro Sempere Lloret", "Director | Observatorio de la Farmacia Comunitaria", "Madrid",
  ("inv", "Buenas tardes, Alex. Estamos terminando un informe gratuito sobre rentabilidad de la farmacia en la Comunitat Valenciana, con datos de "
          "300 oficinas. Si conectamos te lo hago llegar en cuanto salga."),
  ("msg", "Hola Alex, aquí tienes el resumen ejecutivo. El informe completo, con el benchmark de tu zona y tu cuenta de resultados comparada, forma "
          "parte de nuestro servicio de consultoría (desde 1.800 € + IVA). ¿Te reservo una llamada con uno de nuestros consultores esta semana?", (5, 20)),
  ("msg", "Alex, te escribo de nuevo porque cerramos la agenda de diagnósticos del trimestre. Si lo contratas para las dos farmacias, la segunda va al 50%.", (7, 20)))

# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Elena Cuesta Marín", "Investigadora de mercado | FarmaInsights", "Madrid",
  ("inm", "Estudio sobre farmacia comunitaria y venta online", "Hola Alex, estamos haciendo un estudio cualitativo con titulares de farmacia sobre "
          "cómo os está afectando la venta online de parafarmacia. Sería una entrevista de 20 minutos por videollamada y a cambio te enviamos las "
          "conclusiones. ¿Te animas?"),
  ("inm", "Re: Estudio sobre farmacia comunitaria y venta online", "Muchas gracias por tu interés, Alex. Antes de fijar la entrevista: a las farmacias "
          "participantes les ofrecemos nuestro módulo de tienda online con un 40% de descuento el primer año (349 €/mes). ¿Te preparo la propuesta y "
          "la vemos en la misma llamada?"))
P("bait_and_switch_inmail", "en", "Nathan Cole", "Founder | PharmaGrowth Network", "London",
  ("inm", "Invitation: Spanish pharmacy owners panel", "Hi Alex, we're putting together a panel of independent pharmacy owners in Spain to advise on a "
          "white paper about medicine shortages in Europe. Your name came up twice. No obligation, just a couple of calls. Interested?"),
  ("inm", "Panel - next steps", "Thanks Alex! Panel members get early access to ShortWatch, our shortage-tracking software, at €149/month per pharmacy "
          "(usually €249). Shall I send the onboarding link for both your sites?", (4, 12)))
P("bait_and_switch_inmail", "es", "Pere Cortell Mas", "Coordinador · Jornades de Farmàcia del Mediterrani", "Alacant",
  ("inm", "Ponència a les Jornades", "Bon dia Àlex, des de l'organització de les Jornades de Farmàcia del Mediterrani et volem convidar a fer una "
          "ponència sobre com es porten dues farmàcies alhora. Seria al maig, a Alacant. Ens faria molta il·lusió comptar amb tu."),
  ("inm", "Jornades – inscripció de ponents", "Gràcies per la resposta, Àlex! Per confirmar la ponència, els ponents formalitzen la inscripció com a "
          "patrocinador bronze (650 € + IVA), que inclou estand i el logo de la farmàcia al programa. T'envie la factura proforma?"))

# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Sandra Peris Alemany", "Técnico en Farmacia | buscando nuevo reto", "Torrent",
  ("end",),
  ("msg", "Hola Alex! Te he validado {skill}, te lo mereces después de los dos veranos que estuve contigo en la de Valencia 😊 ¿Me harías el favor "
          "de validarme «Atención al cliente» y «Dermocosmética»? Estoy mandando currículums y me vendría genial."))
P("endorse_me_back", "en", "Mike Brennan", "Business Development | Pharmacy Retail Solutions", "Manchester",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} and a couple of others. Would you mind returning the favour on Retail Strategy and Key Account "
          "Management? Takes ten seconds. Cheers!"))
P("endorse_me_back", "es", "Empar Miralles Gil", "Farmacèutica adjunta", "Ontinyent",
  ("end",),
  ("msg", "Hola Àlex! T'he validat {skill}. Si et ve de gust, em tornes el favor amb «Formulació magistral»? Estic preparant-me la borsa de "
          "l'hospital i tot suma. Moltes gràcies, de veres!"))
P("endorse_me_back", "es", "Fernando Alberola Pina", "Visitador médico | Área Respiratorio", "Alicante",
  ("end",), ("end",),
  ("msg", "Alex, buenas. Ya te he dado un par de validaciones y tú a mí ninguna todavía jeje. Cuando puedas dame un toque en Ventas y en "
          "Negociación, que esto funciona así. Un abrazo."))

# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Joaquín Esteve Ballester", "Director comercial | FarmaGest Pro", "Valencia",
  ("inv", "Alex, ¿tienes 15 minutos esta semana? Quiero enseñarte cómo reducir un 20% el stock inmovilizado con nuestro módulo de compras."),
  ("rem",),
  ("inm", "Sin respuesta", "Veo que ni contestas ni aceptas. Así os va a los titulares de toda la vida: luego lloráis porque las farmacias de barrio "
          "cierran. Con esa actitud no me extraña nada. Suerte, que la vas a necesitar."))
P("hostility_after_decline", "en", "Brad Kessler", "VP Sales | ShelfIQ Retail Analytics", "Austin",
  ("inv", "Hi Alex - ShelfIQ helps independent pharmacies lift OTC margin 18% with AI planograms. Open to a quick chat?"),
  ("inm", "Wow", "Ignoring a request from someone trying to help your business grow? That's exactly why independents are getting eaten alive by "
          "the chains. Very short-sighted, Alex."))
P("hostility_after_decline", "es", "Maite Soriano Blasco", "Farmacéutica | Divulgadora de salud (45k seguidores)", "Madrid",
  ("inv", "Hola Alex, me encanta lo que publicas sobre la farmacia de pueblo y el trato con los mayores. ¿Conectamos?"),
  ("inm", "En fin", "¿En serio no aceptas? Te escribo con buena intención y me ignoras. Mucha foto con tu equipo y mucha cercanía de cara a la "
          "galería, pero luego eres un estirado. Qué decepción."))
P("hostility_after_decline", "es", "Xavier Bou Pla", "Comercial · Rètols i Creus LED", "Alcoi",
  ("inv", "Bones Àlex, fem creus de farmàcia LED i rètols amb garantia de 5 anys. Si vols et passe pressupost sense compromís."),
  ("rem",),
  ("inm", "Vaja", "Tres vegades t'he escrit i ni un «no, gràcies». Una miqueta d'educació no costa res, home. Els farmacèutics vos creieu per "
          "damunt de tot el món."))
cur("Brad Kessler")

# =============================================================== hostility_connection
P("hostility_connection", "es", "Gonzalo Rubio Tárrega", "Asesor patrimonial para farmacéuticos | Banca privada", "Valencia",
  ("msg", "Hola Alex, gracias por conectar en su día. Trabajo con varios titulares de Valencia planificando la fiscalidad de la farmacia y la "
          "jubilación. ¿Te vendría bien un café para ver cuánto te puedo ahorrar este año en el IRPF?"),
  ("msg", "Te lo reenvío por si se perdió: tengo un producto de ahorro con ventajas fiscales que encaja perfecto con titulares de farmacia. ¿Lo vemos?"),
  ("msg", "Vale, ya veo que no tienes ni la cortesía de responder. Luego no te quejes cuando Hacienda te fría. Muy poco profesional por tu parte."))
P("hostility_connection", "en", "Sophie Lang", "Director, Southern Europe | EuroPharm Robotics", "Rotterdam",
  ("acc",),
  ("msg", "Thanks for connecting after Infarma, Alex! As we discussed at the stand, our compact robot would fit your Alicante site nicely. I can "
          "hold the show price until Friday. Shall I send the quote?"),
  ("msg", "Alex, I held that price for you for two weeks and now not a word? Honestly, I expected better manners from someone who came to our "
          "stand asking for information. Quite rude."))
P("hostility_connection", "en", "Luis Gadea Císcar", "Delegado de zona | Laboratorios Farmanova", "Sagunto",
  ("msg", "Alex, ¿qué tal? Este mes tenemos transfer con un 25% en la línea de genéricos cardiovasculares, pedido mínimo 600 €. Si te interesa "
          "te lo tramito hoy mismo."),
  ("msg", "Pues nada, ya veo que a Farmanova no le compras. Tú sabrás, pero cuando te falte algo no me llames. Me parece una falta de respeto "
          "después de tantos años pasándome por tu farmacia."), nl="es")

# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Beatriz Orts Company", "Account Manager | Almacén Farmacéutico del Turia", "Valencia",
  ("msg", "Buenos días Alex, estamos dando de alta farmacias en nuestro tercer reparto de tarde. Si nos pasas al menos el 60% del pedido te "
          "mejoramos el descuento en dos puntos. ¿Te llamo y lo vemos?"),
  ("msg", "Hola Alex, te recuerdo la promo de apertura: este trimestre sin cargo por pedidos urgentes. ¿Te doy de alta ya?"),
  ("msg", "Alex, última semana para engancharte a las condiciones de otoño. Luego ya no te las puedo mantener."))
P("connection_only_pitches", "es", "Priya Raman", "Growth Lead | ClickPharma – online stores for pharmacies", "Barcelona",
  ("msg", "Hi Alex! Quick one: we've launched a fully compliant e-commerce for Spanish parapharmacy, live in 48h and zero commission for the first "
          "3 months. Want me to build a free mock-up of your store?"),
  ("msg", "Following up on the mock-up, Alex. Happy to walk you through pricing on a 15-min call - which day suits?"), nl="en")
P("connection_only_pitches", "es", "Toni Vercher Sanç", "Comercial · Uniformes i bates sanitàries", "Alzira",
  ("msg", "Bon dia Àlex! Tenim la nova col·lecció de bates i casaques per a farmàcia, amb el logo brodat inclòs a partir de 10 peces. Et porte "
          "el catàleg un dia d'estos?"),
  ("msg", "Àlex, este mes fem un 15% als clients de la Ribera i l'Horta. Et reserve talles per a tot l'equip?"))
P("connection_only_pitches", "es", "Patricia Llopis Durá", "Consultora de marketing farmacéutico | Visual merchandising", "Valencia",
  ("msg", "Hola Alex, el otro día pasé por delante de tu farmacia de la calle Cuba y creo que ese escaparate podría vender el doble. Hago auditorías "
          "de punto de venta para farmacias; ¿te mando una propuesta?"),
  ("msg", "Te dejo dos casos de farmacias de Russafa que han subido un 22% la venta libre tras la auditoría. ¿Hablamos 15 minutos?"),
  ("msg", "Alex, me quedan dos huecos en febrero con precio de lanzamiento (490 € la auditoría). ¿Te guardo uno?"))

# =============================================================== single_pitch
P("single_pitch", "es", "Ricardo Almela Ortuño", "Gerente | Energía Farma – ahorro energético para farmacias", "Murcia",
  ("msg", "Hola Alex. Las farmacias con guardias de 24 horas pagan de media un 30% de más en la luz. Mándame la última factura y te digo, gratis, "
          "cuánto ahorrarías con placas en la cubierta y una tarifa de empresa. ¿Te parece?"))
P("single_pitch", "es", "Hannah Weiss", "Territory Manager Southern Europe | MedPack Blister Systems", "Zurich",
  ("msg", "Hi Alex, hope all is well in Valencia. Since you prepare blister packs for care homes, our semi-automatic sealing unit could save your "
          "team a couple of hours a day. Happy to send over a brochure and prices."), nl="en")
P("single_pitch", "en", "Inma Cano Beltrán", "Agente inmobiliaria | Locales comerciales y traspasos", "Alicante",
  ("msg", "Hola Alex, tengo en cartera un local en esquina de 140 m² al lado del nuevo centro de salud de Sant Vicent, ideal para un traslado de "
          "farmacia. Si te interesa te lo enseño esta semana, antes de que salga en los portales."), nl="es")

# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Rafael Tormo Aguilar", "Farmacéutico titular | Farmacia Tormo (Elche)", "Elche",
  ("msg", "Alex, aviso rápido por si os pilla: el almacén me confirma que la amoxicilina/clavulánico pediátrica en suspensión vuelve mañana, pero "
          "racionada a 5 unidades por farmacia. Pídela a primera hora porque vuela."),
  ("msg", "Otra cosa: la AEMPS ha actualizado el listado de problemas de suministro y ya sale la alternativa para el acenocumarol. Te lo digo "
          "porque en tu zona tenéis muchos pacientes anticoagulados y a mí me ha ahorrado más de una discusión en el mostrador."))
P("connection_brings_value", "es", "Aisling Byrne", "Lecturer in Pharmacy Practice | RCSI Dublin", "Dublin",
  ("end",),
  ("msg", "Hi Alex, thanks again for hosting our Erasmus student last spring. We've just published the free toolkit on deprescribing "
          "conversations at the counter, and there's now a Spanish version. Here's the link; use it with your team however you like, no sign-up."),
  nl="en")
P("connection_brings_value", "es", "Núria Sendra Ivorra", "Farmacèutica titular · Farmàcia Sendra (Benidorm)", "Benidorm",
  ("msg", "Àlex, et passe el protocol que vam fer amb el centre de salut per derivar pacients amb la tensió mal controlada. A nosaltres ens ha "
          "anat molt bé; adapta'l com vulgues per a la d'Alacant. I si t'interessa, et presente la metgessa que el coordina."))
P("connection_brings_value", "es", "Manuel Segarra Pons", "Vocal de Oficina de Farmacia · Colegio de Farmacéuticos de Valencia", "Valencia",
  ("msg", "Hola Alex, el curso de actualización en vacunación de adultos que comentamos en la asamblea ya tiene inscripción abierta: online, "
          "gratuito para colegiados y acreditado con 3,5 créditos. Te lo paso antes de que salga en la circular, que las plazas vuelan."))

# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Cristina Albiach Monzó", "Coordinadora de Prácticas Tuteladas | Facultad de Farmacia", "Valencia",
  ("inm", "Plaza de profesor asociado – Prácticas Tuteladas", "Estimado Alex: la Facultad abre una plaza de profesor asociado (6 horas semanales, "
          "contrato por curso académico) para coordinar las prácticas tuteladas en oficina de farmacia. Tu perfil de titular con dos farmacias "
          "encaja muy bien. ¿Te envío la convocatoria y te resuelvo dudas por teléfono?"))
P("stranger_inmail_recruiter", "en", "Charlotte Evans", "Senior Recruiter | Harbour Healthcare Staffing, Gibraltar", "Gibraltar",
  ("inm", "Locum pharmacist cover - Gibraltar, summer", "Hi Alex, I'm recruiting a Spanish-speaking locum pharmacist for a community pharmacy in "
          "Gibraltar, weekends in July and August, £45 an hour plus travel. I know you own two pharmacies, so if it's not for you, someone on your "
          "team might fancy it. Can I send the details?"))
P("stranger_inmail_recruiter", "es", "Héctor Lucas Prieto", "Headhunter · Sector farmacéutico y salud", "Madrid",
  ("inm", "Director/a Técnico/a – distribución farmacéutica", "Hola Alex, busco Director/a Técnico/a Farmacéutico/a para la nueva plataforma "
          "logística de un distribuidor nacional en Riba-roja de Túria. Indefinido, 65-75 k€ más variable. Sé que eres titular, pero quizá "
          "conozcas a alguien, y si te lo plantearas tú, encantado de hablarlo con total discreción."))

# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "es", "Alberto Marqués Gil", "Business Development | PharmaData Analytics", "Barcelona",
  ("inm", "Tu cuadro de mando de ventas", "Hola Alex, damos a las farmacias un cuadro de mando con su sell-out diario comparado con el de su "
          "código postal. Para titulares con dos farmacias tenemos un plan desde 79 €/mes. ¿Te lo enseño en una llamada de 20 minutos?"))
P("stranger_inmail_sales", "en", "Jessica Turner", "Account Executive | PharmaReviews", "Dublin",
  ("inm", "More 5-star reviews for your pharmacies", "Hi Alex, pharmacies using our SMS review requests get 4x more Google reviews in 60 days. "
          "We'd set it up for both locations at €59/month each, with a free 14-day trial. Want me to switch it on?"),
  ("inm", "Re: reviews", "Hi Alex, circling back as our trial offer ends this week. Shall I go ahead and set it up?"))
P("stranger_inmail_sales", "es", "Silvia Bellver Roca", "Consultora de formación bonificada | Formafarma", "Valencia",
  ("inm", "Formación bonificada para tu equipo", "Hola Alex, ¿sabías que tienes crédito de FUNDAE para formar a tu equipo? Nosotros lo gestionamos "
          "todo: cursos de dermo, atención al cliente e inglés para el mostrador. Solo tienes que firmar el convenio con nosotros. ¿Te llamo mañana?"))

# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Pilar Aracil Seguí", "Farmacéutica titular | Farmacia Aracil (Villena)", "Villena",
  ("inv", "Hola Alex, coincidimos en la asamblea del Colegio de Alicante y te hablé de mi Excel para controlar caducidades. Si conectamos te lo "
          "paso encantada, a mí me ha ahorrado muchos disgustos."),
  ("msg", "Aquí lo tienes, Alex. Tiene una pestaña para las devoluciones al almacén y otra para el libro de estupefacientes. Cualquier duda me dices."),
  ("msg", "Alex, te cuento algo que te puede interesar: me he hecho distribuidora de una línea de cosmética coreana para farmacias. Márgenes del "
          "50% y sin pedido mínimo los tres primeros meses. ¿Te mando catálogo y tarifa?", (20, 60)))
P("good_turns_ugly", "en", "Owen Pritchard", "Independent pharmacy owner | two shops in South Wales", "Cardiff",
  ("inv", "Hi Alex, fellow independent owner here (two shops in South Wales). Saw your post on shortages. I keep a shared spreadsheet of "
          "alternatives by molecule with a few others - happy to add you if it's useful."),
  ("msg", "As promised, here's the link to the sheet. A few of us update it every Monday, so shout if you spot anything missing on the Spanish side."),
  ("end",),
  ("msg", "Glad the sheet's been handy! I've endorsed you for {skill} - any chance you could endorse me back for Medicines Optimisation and "
          "Leadership? I'm going for a regional role and apparently it all counts."))
P("good_turns_ugly", "es", "Ximo Llorca Ferrer", "Economista · Gestió econòmica de farmàcies", "València",
  ("inv", "Àlex, sóc economista i faig una xarrada gratuïta al Col·legi sobre la nova facturació electrònica obligatòria per a farmàcies. "
          "Dijous 19 a les 19 h. T'apunte?"),
  ("msg", "Gràcies per vindre dijous! T'envie les diapositives i un resum amb els terminis. Qualsevol dubte, pregunta'm."),
  ("msg", "Àlex, ara que ja saps com va la cosa: porte la comptabilitat i la fiscalitat de 14 farmàcies de l'Horta i tinc lloc per a dues més. "
          "Per 220 € al mes per farmàcia t'ho porte tot. Quedem i t'ho explique?", (10, 40)))
cur("Ximo Llorca Ferrer")

# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Marcos Pellicer Blay", "Delegado comercial | Nutrilab Suplementos", "Valencia",
  ("inv", "Hola Alex, soy delegado de Nutrilab. Tenemos la gama de probióticos y colágeno con mejor rotación del mercado y condiciones de "
          "lanzamiento para farmacias nuevas. ¿Te visito esta semana?"),
  ("inv", "Hola Alex! Nos vimos en el congreso de SEFAC en Valencia. Encantado de conectar."))
P("reinvite_known_bad", "en", "Scott Finnegan", "Regional Manager | SmartLocker Pharmacy Collection Points", "Belfast",
  ("inm", "Click & collect lockers for your pharmacies", "Hi Alex, our smart lockers let customers collect their paid parapharmacy orders 24/7 "
          "outside your door. Two pharmacies in Madrid doubled their online orders in a quarter. Could I show you a 15-minute demo?"),
  ("inv", "Hi Alex, really enjoyed your comment on the future of community pharmacy. Would be great to connect!"))
P("reinvite_known_bad", "es", "Isabel Cervera Mira", "Consultora | Farmacia Digital", "Alicante",
  ("inv", DEFAULT),
  ("inv", "Hola Alex, soy Isabel, también de Alicante. Me gustaría tenerte en mi red, sigo desde hace tiempo lo que compartes sobre atención "
          "farmacéutica."))

# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Enrique Vidal Sancho", "CEO | FarmaCloud", "Madrid",
  ("inm", "Consulta de un colega", "Hola Alex, soy farmacéutico de formación y estoy ayudando a un grupo de titulares a comparar programas de "
          "gestión. ¿Me dirías qué usáis y qué echas en falta? Solo tu opinión, nada más."),
  ("inm", "Re: Consulta de un colega", "¡Gracias por contestar! Justo lo que me cuentas lo resolvemos en FarmaCloud. Te hago la migración gratis si "
          "firmas antes de fin de mes, y la cuota se queda en 189 €/mes por farmacia. ¿Te agendo la demo?"),
  ("inv", "Alex, ¿conectamos? Siempre viene bien tener gente del sector en la red."))
P("reinvite_known_ugly", "es", "Rubén Mollà Torres", "Comercial · Cosmètica Natural Mediterrània", "Elx",
  ("inv", "Hola Àlex, tenim una línia de cosmètica natural feta a Elx, ideal per a farmàcia. T'interessa que et porte mostres?"),
  ("inm", "Sense resposta", "Veig que no tens temps ni per a dir que no. Els de la bata blanca vos creieu molt importants. Quina falta de respecte "
          "als que fem quilòmetres cada dia."),
  ("inv", "Bon any, Àlex! Tornem a començar? M'agradaria tindre't a la xarxa."))

# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Marina Gil Sendra", "Responsable de zona | Laboratorios Solmar Dermo", "Valencia",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Ya que estamos conectados: en esta campaña de fotoprotección damos 3+1 en toda la gama y el expositor "
          "de suelo gratis. ¿Me paso por la farmacia el martes?"))
P("user_invited_pitch_once", "en", "Mark Delaney", "Sales Director Iberia | Medicount Pill Counters", "Lisbon",
  ("acc",),
  ("msg", "Thanks for the invite, Alex - great meeting you at Infarma. Attaching our price list for the counting trays we talked about; I can do "
          "10% off if you take two units."))
P("user_invited_pitch_once", "es", "Noelia Bernabéu Sirvent", "Asesora de seguros | Seguros para farmacias y profesionales sanitarios", "Alicante",
  ("acc",),
  ("msg", "Hola Alex, gracias por aceptarme. Te comento: tenemos un seguro de responsabilidad civil y multirriesgo pensado para farmacias que suele "
          "salir más barato que el del Colegio. Si me pasas la póliza que tienes ahora, te hago la comparativa."))

# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Hugo Blasco Cerdà", "Gerente | Farmabot Levante – robots de dispensación", "Paterna",
  ("acc",),
  ("msg", "Hola Alex, gracias por conectar después de la feria. Te mando el estudio de implantación para la farmacia de Valencia: en 28 m² te cabe "
          "un robot de 12.000 referencias. ¿Cuándo lo vemos con números?"),
  ("msg", "Alex, te recuerdo que la financiación al 0% del robot acaba el día 15. Si quieres te preparo un renting para las dos farmacias."))
P("user_invited_pitch_twice", "en", "Emily Hart", "Partner Manager | Doctolink Teleconsultation", "London",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! As mentioned on the webinar, our teleconsultation booth fits in a standard consultation room. Setup is €499 "
          "and then a monthly fee per booth. Could we book a call to scope it for both pharmacies?"),
  ("msg", "Hi Alex, just checking in on the booth proposal. We can make the first month free if you sign for both sites before the end of the quarter."))
P("user_invited_pitch_twice", "es", "Lluís Carbó Ripoll", "Comercial · Mobiliari per a farmàcies", "Ontinyent",
  ("acc",),
  ("msg", "Gràcies per acceptar, Àlex! Com et vaig dir a la fira, si reformes la d'Alacant et fem el projecte en 3D de franc i el mobiliari amb "
          "un 12% de descompte."),
  ("msg", "Bon dia Àlex, t'he enviat el pressupost de la reforma al correu. Si el signes abans de desembre et mantinc el descompte."))
cur("Emily Hart")

# =============================================================== user_invited_value
P("user_invited_value", "es", "Carolina Puig Esteve", "Dermatóloga · Hospital General de Elche", "Elche",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como quedamos en la jornada, te paso la guía de derivación de lesiones pigmentadas que usamos con "
          "primaria. Si le viene bien a tu equipo, me acerco una tarde a la farmacia y hacemos una sesión práctica, sin coste."))
P("user_invited_value", "es", "Adrián Sellés Vives", "Presidente · Asociación de Pacientes con Enfermedad Inflamatoria Intestinal de Alicante", "Alicante",
  ("acc",),
  ("msg", "Hola Alex, gracias por conectar. Te envío los folletos de la campaña de sensibilización en PDF por si queréis imprimirlos para el "
          "mostrador, y el calendario de charlas gratuitas para pacientes. Toda farmacia que quiera colaborar es bienvenida."))
P("user_invited_value", "en", "Joanna Price", "Pharmacist & travel health trainer", "Bristol",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Here's the recording of our free travel vaccination webinar, plus the slides and the risk-assessment "
          "checklist. We've applied for accreditation with your Comisión de Formación Continuada, so I'll let you know if the credits come through."))

# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Gemma Roig Ferrando", "Farmacéutica adjunta | Farmacia Roig", "Sueca", ("acc",))
P("acceptance_only", "en", "Anders Holm", "Pharmacy Automation Engineer", "Copenhagen", ("acc",))
P("lone_endorsement", "es", "Clara Navarro Cuenca", "Estudiante de Farmacia | Universitat de València", "Valencia", ("end",))
P("lone_endorsement", "es", "Josep Climent Vives", "Farmacèutic jubilat", "Cocentaina", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Marta Llorens Gisbert", "formacion@cofalicante.example", "Sesión acreditada GLP-1: inscripción confirmada",
     "Hola Alex,\n\nte confirmamos la inscripción para ti y dos personas de tu equipo. Te escribí también por LinkedIn, pero por si acaso: "
     "trae el número de colegiado para el registro de los créditos.\n\nUn saludo,\nMarta", "es"),
    ("Distribuidora Farmacéutica Levantina", "pedidos@levantina-farma.example", "Confirmación de pedido 48213 – reparto de tarde",
     "Su pedido ha sido preparado y saldrá en el reparto de las 16:30.\n\nSíguenos en LinkedIn para estar al día de nuestras promociones.", "es"),
    ("Nerea Boix", "nerea.boix@example.net", "CV – técnico en farmacia, turno de tarde",
     "Hola Alex,\n\nte escribí por LinkedIn por la vacante de Valencia. Te adjunto el CV por aquí, que así es más cómodo.\n\nGracias,\nNerea", "es"),
    ("Receptalia", "webinars@receptalia.example", "Webinar: novedades de la receta electrónica",
     "Regístrate en nuestro webinar del jueves. Síguenos en LinkedIn para ver la grabación si no puedes conectarte.", "es"),
    ("Associació de Diabètics de la Marina Alta", "info@diabetics-marinaalta.example", "Jornada de cribratge: cartells per a la farmàcia",
     "Bon dia,\n\nus enviem els cartells en PDF. També us hem escrit per LinkedIn. Moltes gràcies per col·laborar!\n\nAmparo", "ca"),
    ("Vicent Soler", "farmaciasoler@example.net", "Grup de faltes",
     "Àlex, t'he enviat sol·licitud per LinkedIn però no sé si la mires. Dona'm el mòbil i t'afegisc al grup.\n\nVicent", "ca"),
    ("Colegio de Farmacéuticos de Valencia", "circulares@micof.example", "Circular 37/2025: problemas de suministro",
     "Estimado colegiado:\n\nse adjunta el listado actualizado de problemas de suministro. Recuerde que el Colegio nunca le pedirá sus credenciales "
     "por LinkedIn ni por correo electrónico.", "es"),
    ("Lucía Martínez (Farmacia Morgan Alicante)", "lucia@example.net", "Fwd: I want to connect",
     "Alex, a mí también me ha llegado esto por LinkedIn, ¿lo conoces? Parece el del robot.\n\n---------- Forwarded message ---------\n"
     "From: Raúl Gimeno Alcaraz via LinkedIn <invitations@linkedin.com>\nSubject: Quiero conectar\n\nHola Lucía, ¿cuántas horas al día pierde tu equipo...", "es"),
    ("Rebecca Hartley", "r.hartley@bath.example.ac.uk", "Shortages study - consent form",
     "Hi Alex,\n\nfollowing my LinkedIn note, here's the consent form and the interview questions in case you'd like to see them first.\n\nBest,\nRebecca", "en"),
    ("Infarma", "noreply@infarma.example", "Tu acreditación para Infarma",
     "Descarga tu acreditación de visitante. Comparte que vienes en LinkedIn con #Infarma.", "es"),
]


# ------------------------------------------------------------------------- checks
def _check() -> None:
    seen: set[str] = set()
    names: set[str] = set()
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        assert name not in names, name
        names.add(name)
        for s in steps:
            text = s[1] if s[0] in ("inv", "msg") else (s[2] if s[0] == "inm" else None)
            if s[0] == "inv" and text not in (DEFAULT, NONOTE):
                assert len(text) <= 300, (name, len(text))
            if text and text not in (DEFAULT, NONOTE):
                assert text not in seen, (name, text[:40])
                seen.add(text)


_check()

HEADER = [f"# mailbot dev136 corpus. Generated by scripts/make_corpus_dev136.py (seed {SEED}); do not edit by hand.",
          "# Alex as the owner of two community pharmacies in Valencia and Alicante: wholesalers, lab reps, software and robot vendors, "
          "dermocosmetics brands, accredited training, job applicants, peer owners, patients' associations. Spanish, Valencian, some English. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev136", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
