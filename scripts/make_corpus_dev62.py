#!/usr/bin/env python3
"""Write mailbot's sixty-second, independent development corpus: tests/corpus/dev62/*.eml + expected.toml.

The angle: the user Alex is a property developer and real-estate investor based in Málaga, with
projects in Mexico (Tulum, Mérida, Bacalar). Their LinkedIn world: estate agents and brokers with
plots "a precio de remate", architects and quantity surveyors, construction firms and suppliers
(cranes, kitchens, aluminium), mortgage, bridge-loan and investment brokers, proptech vendors,
off-plan resellers, crowdfunding and tokenisation platforms, notaries and bank trusts in the
Mexican restricted zone, peer developers passing on tips and plots for nothing, advisors of local
planning departments (a free public consultation against a paid "I know the right people"),
expats writing English on the Costa del Sol, and chatty WhatsApp-style Spanish from Spain and
Mexico with few capitals and many abbreviations (q, xq, tb, d, x, porfa). Every scenario of the
taxonomy, with hostility after a decline in both countries' registers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the job-alert titles, the cities, names and
headlines of spoof-only names and PYMK suggestions, the languages of spoofs and other LinkedIn
mail, and the pitches that spoofs carry are swapped for real-estate ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone,
without reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev62.py              # writes tests/corpus/dev62
    python scripts/make_corpus_dev62.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260962

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ real-estate world (this process only)
SKILLS = {
    "en": ["Real Estate Development", "Property Investment", "Project Management", "Land Acquisition", "Real Estate Financing", "Negotiation"],
    "es": ["Promoción inmobiliaria", "Inversión inmobiliaria", "Gestión de proyectos", "Urbanismo", "Financiación inmobiliaria", "Negociación"],
    "de": ["Projektentwicklung", "Immobilieninvestment", "Projektmanagement", "Grundstücksakquise"],
    "fr": ["Promotion immobilière", "Investissement immobilier", "Gestion de projet", "Urbanisme"],
    "it": ["Sviluppo immobiliare", "Investimenti immobiliari", "Project management", "Urbanistica"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["es"]["rheadline"] = "Promotor inmobiliario e inversor | Málaga · Riviera Maya"
mc.L["en"]["rheadline"] = "Property developer & real-estate investor | Málaga · Riviera Maya"
mc.LANGS[:] = ["es", "en", "es", "es", "en"]  # spoofs and other LinkedIn mail: Spanish and English wording
mc.CITY["es"] = ["Málaga", "Marbella", "Estepona", "Madrid", "Ciudad de México", "Playa del Carmen"]
mc.CITY["en"] = ["Málaga", "Marbella", "Gibraltar", "London", "Dublin", "Stockholm"]
mc.NAMES["es"] = (["Rafael", "Macarena", "Antonio", "Yolanda", "Guillermo", "Fernanda", "Alfonso", "Montse", "Jorge", "Araceli", "Santiago", "Lorena",
                   "Eduardo", "Brenda", "Ismael", "Consuelo"],
                  ["Gálvez", "Moreno", "Ruiz", "Carrasco", "Espinosa", "Villanueva", "Guzmán", "Salazar", "Benítez", "Tapia", "Cabello", "Orozco",
                   "Navarro", "Quiroga"])
mc.NAMES["en"] = (["Stuart", "Kirsty", "Neil", "Joanne", "Gareth", "Lisa", "Craig", "Emma", "Anders", "Maaike"],
                  ["Bradshaw", "Fenwick", "Murray", "Pollard", "Whitmore", "Lindberg", "Kerr", "Hollis", "Bakker", "Tennant"])
mc.JOBS[:] = [("Director/a de Promociones", "Altamar Residencial"), ("Head of Development, Southern Spain", "Verdant Living BTR"),
              ("Gerente de Proyectos Inmobiliarios", "Grupo Sureste Desarrollos"), ("Land Acquisition Manager", "Costa Norte Homes"),
              ("Responsable de Suelo", "Inmobiliaria Guadalmedina")]
mc.COMPANIES["good"] = ["Altamar Residencial", "Colegio de Arquitectos de Málaga", "Verdant Living BTR", "Grupo Sureste Desarrollos",
                        "Costa Norte Homes", "Urban Land Institute", "Taller Kuri", "Inmobiliaria Guadalmedina"]
mc.COMPANIES["sales"] = ["LadrilloTech", "Hipoteca Directa Costa", "Preventa Caribe", "CrowdCasa", "Costa Leads", "Tokeniza MX", "ObraSoft",
                         "Sunset Off-Plan Partners"]
mc.HEADLINES["good"] = ["Promotora | {co}", "Arquitecto en {co}", "Director de Desarrollo en {co}", "Project Manager | {co}",
                        "Quantity Surveyor at {co}", "Directora de Suelo | {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development en {co}", "Founder & CEO at {co}", "Asesor hipotecario | {co}",
                         "Off-plan specialist | {co}", "Growth Manager | {co}"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Pregunta rápida", "Financiación para tu próxima promo", "¿15 minutos?", "Compradores para tu promoción", "Propuesta"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Buyers for your next launch", "15 minutes?", "Funding your next scheme", "Partnership"]
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «director de promociones»", "Tu alerta de empleo de director de promociones en {city}", "Ver empleo"),
    news=("¿Vuelve a haber suelo finalista en la Costa del Sol?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Promotores Inmobiliarios de Andalucía", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Ladrillo y números: cuánto cuesta hoy construir un metro cuadrado", "Nueva edición de un boletín al que estás suscrito"),
)
mc.OTHER["en"].update(
    job=("{n} new jobs for \"head of development\"", "Your job alert for head of development in {city}", "View job"),
    news=("Is Spain's build-to-rent boom running out of land?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Spain Real Estate Investors", "Here are the top conversations in your group this week"),
    newsletter=("The Costa Ledger: what off-plan buyers are really paying", "New edition of a newsletter you subscribed to"),
)
SPOOF_PITCH = {
    "es": ["Hola {first}, te he compartido los planos y la nota simple de la parcela por LinkedIn Documentos. Inicia sesión para descargarlos.",
           "Estimado {first}, su señal de arras está pendiente de confirmar. Verifique sus datos bancarios en el enlace antes de 24 horas.",
           "Alex, tengo un comprador al contado para toda tu promoción. Confirma tu identidad aquí para ver la oferta firmada."],
    "en": ["Hi {first}, I shared the signed reservation contract with you through LinkedIn Secure Docs. Log in to view it.",
           "Dear {first}, the deposit transfer for unit 3B failed. Please re-confirm your bank details at the link below.",
           "Alex, a cash buyer wants the whole block. Verify your account to open the offer letter."],
    "de": ["Hallo {first}, ich habe Ihnen die Grundstücksunterlagen freigegeben. Bitte melden Sie sich an."],
    "fr": ["Bonjour {first}, je vous ai partagé le compromis signé. Connectez-vous pour le consulter."],
    "it": ["Ciao {first}, ti ho condiviso il preliminare firmato. Accedi per vederlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Rocío Benjumea", "Arquitecta | Estudio Benjumea | Vivienda colectiva", "Málaga",
  ("inv", "Hola Alex, soy la arquitecta de las 48 VPO de Soliva. El martes 14 hacemos visita técnica a la obra, gratis, con el jefe de obra "
          "explicando la fachada industrializada y los plazos reales. Somos 15 como mucho. Si te apetece venir te apunto."),
  ("rem",))
P("good_invitation", "es", "Jimena Castañeda Ruiz", "Notaria adscrita | Notaría 4 Playa del Carmen", "Playa del Carmen, Quintana Roo",
  ("inv", "Buen día Alex. El Lic. Aranda me pasó su contacto y me dijo que está viendo terrenos en Tulum. Con gusto le comparto sin costo "
          "nuestra lista de qué revisar en un predio antes de firmar (ejido, fideicomiso, catastro). Quedo a sus órdenes."))
P("good_invitation", "en", "Callum Whitaker", "Chair, Property Committee | Costa del Sol British Business Group | MRICS", "Marbella",
  ("inv", "Hi Alex, I chair the property committee at the British Business Group on the coast. Free evening on the LISTA land law on 3 Oct, "
          "two planning lawyers, no sponsors, no sales talk. We're short on developers in the room - would you come along?"),
  ("rem",))
P("good_invitation", "es", "Quique Lozano", "Promotor | Lozano Desarrollos | Axarquía", "Vélez-Málaga",
  ("inv", "buenas alex! soy quique, promotor tb, en la axarquia. te vi en el hilo d la licencia d 1a ocupacion... a ti cuanto t tardo al final? "
          "yo llevo 7 meses y no se si es normal o me estan toreando jaja. si me cuentas t invito a un cafe"))
P("good_invitation", "en", "Sanne de Vries", "Research Analyst | Urban Land Institute Europe", "Amsterdam",
  ("inv", "Hello Alex, I'm writing ULI's paper on build-to-rent in southern Spain. Could I interview you for 30 minutes? Everyone who takes part "
          "gets the full dataset and the report before it's published, and quotes can be anonymous."),
  ("rem",))
P("good_invitation", "es", "Paulina Ríos", "Asesora de la Dirección de Desarrollo Urbano | Municipio de Solidaridad", "Playa del Carmen",
  ("inv", "hola alex q tal. trabajo con desarrollo urbano en solidaridad, el dia 22 hacemos mesa de consulta abierta del nuevo programa de "
          "desarrollo urbano, gratuita, y queremos oir a desarrolladores q esten invirtiendo aca. te mando la convocatoria si gustas"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Toñi Villalobos", "Asesora inmobiliaria | Compraventa Costa del Sol", "Fuengirola", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Mark Rendell", "Investor | Property | Entrepreneur | Dad", "Estepona", ("inv", NONOTE))
P("default_invitation", "es", "Luis Fernando Aguilar", "Director Comercial | Grupo Inmobiliario Kabah", "Mérida, Yucatán", ("inv", DEFAULT))
P("default_invitation", "es", "Nerea Galdós", "Técnica de obra | Construcciones Galdós", "Málaga", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "es", "Borja Altamirano", "Broker hipotecario | Financiación promotor y no residentes", "Marbella",
  ("inv", "Hola Alex! Trabajo con 14 bancos y consigo financiación promotor hasta el 70% del coste, y tb préstamo puente para suelo. "
          "Si tienes alguna promo en marcha te hago el estudio sin compromiso esta semana. ¿Te llamo?"))
P("sales_invitation", "en", "Darren Pryce", "Off-plan Specialist | Costa New Builds", "Benahavís",
  ("inv", "Alex - we've got allocation on 6 off-plan units in a gated scheme in Benahavís before public launch, 12% under list. "
          "Developers buying for portfolio get a further 3%. Want the price list? Easier on WhatsApp if you prefer."))
P("sales_invitation", "es", "Rodrigo Zamudio", "Growth | Tokeniza MX – inversión inmobiliaria fraccionada", "Ciudad de México",
  ("inv", "Qué tal Alex, en Tokeniza MX tokenizamos desarrollos en Tulum y Bacalar para levantar capital de miles de inversionistas. "
          "Buscamos desarrolladores que quieran listar su proyecto con nosotros. ¿Agendamos 20 min?"))
P("sales_invitation", "es", "Irene Cobos", "Key Account Manager | PromoCRM, software para promotoras", "Madrid",
  ("inv", "Buenos días Alex. PromoCRM gestiona reservas, arras y cobros a cuenta de tus promociones desde un solo panel. Varias promotoras "
          "de Málaga ya trabajan con él. ¿Te enseño una demo de 15 minutos la semana que viene?"),
  ("rem",))
P("sales_invitation", "es", "Nils Johansson", "Partner | Nordic Buyers Network – Scandinavian clients for Spanish developers", "Marbella",
  ("inv", "Hej Alex, we bring Swedish and Norwegian buyers to new developments on the Costa del Sol, 5% commission on completion. 40+ clients "
          "looking right now for 2-3 bed under €700k. Shall we talk about listing your next project?"),
  nl="en")
P("sales_invitation", "es", "Maite Urdiales", "Directora | Urdiales Home Staging & Pisos Piloto", "Málaga",
  ("inv", "hola alex!! vi q estais con la promo d El Palo. montamos piso piloto y showroom d venta llave en mano, t paso dossier y precios? "
          "tenemos hueco en noviembre 😊"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Fernando Ochandiano", "Fundador | Club de Promotores del Sur", "Sevilla",
  ("inv", "Hola Alex, estoy juntando un grupo pequeño de promotores andaluces para compartir costes de obra reales, proveedores y "
          "líos con licencias. Sin cuotas ni rollos: un grupo de whatsapp y una comida cada trimestre. ¿Te sumas?"),
  ("msg", "¡Gracias por entrar, Alex! Te cuento cómo sigue: el acceso al grupo y a la base de costes va con el alta en el Club Premium, "
          "1.800 €/año + IVA, que incluye nuestra auditoría de presupuestos de obra. ¿Te paso el formulario y el número de cuenta?", (3, 10)),
  ("msg", "Alex, al final no me dijiste nada. La tarifa de fundador (1.200 €) te la guardo hasta el viernes, luego sube. "
          "Dime algo y te doy de alta hoy mismo.", (10, 20)))
P("bait_and_switch_invitation", "en", "Tom Hargreaves", "Co-founder | Iberia Property Investors Circle", "Málaga",
  ("inv", "Alex, fellow developer here. A few of us who build on the coast meet once a month to swap notes on contractors, cost inflation and "
          "the tourist-licence mess. Informal, no agenda, drinks in Soho. Fancy joining us?"),
  ("msg", "Good to have you on board, Alex. Between us: I also run a private fund that co-invests with local developers, 18% target IRR. "
          "Could I walk you through the deck over coffee? I'd love you in as an LP, or us in as equity on your next scheme.", (4, 15)))
P("bait_and_switch_invitation", "es", "Ing. Mauricio Leal", "Consultor en trámites y permisos | ex asesor municipal", "Tulum",
  ("inv", "Estimado Alex, fui asesor en la dirección de desarrollo urbano de Tulum varios años. Si tiene dudas sobre usos de suelo o "
          "densidades en la zona, con gusto lo oriento, sin compromiso. Saludos cordiales."),
  ("msg", "Gracias por aceptar, Alex. Le comento: para su predio de la Región 15 le puedo sacar la licencia de construcción y el cambio de uso "
          "de suelo en 60 días. Mis honorarios son 18 mil USD, 50% por adelantado. Conozco a la gente correcta. ¿Le mando la propuesta?"),
  ("msg", "Alex buenas tardes, ¿pudo revisar lo de la licencia? Los tiempos en cabildo se están alargando, si arrancamos este mes todavía "
          "alcanzamos la sesión de septiembre. Quedo atento.", (6, 18)))
P("bait_and_switch_invitation", "es", "Carla Montesinos", "Inversión inmobiliaria | Plataforma Ladrillo Común", "Madrid",
  ("inv", "Hola Alex, estoy terminando un informe gratuito de rentabilidad de obra nueva Málaga vs Valencia, con datos de 2.000 operaciones. "
          "Si te interesa te lo mando en cuanto salga, a cambio solo de tu opinión sincera."),
  ("msg", "¡Hola Alex! Aquí tienes el informe, como te prometí. Por cierto: en Ladrillo Común financiamos promociones vía crowdlending al 11% "
          "y con tu trayectoria te preaprobamos en 72 horas. ¿Cuándo te viene bien una llamada con el equipo de originación?", (8, 25)),
  ("msg", "Alex, vuelvo con lo de la financiación: nos queda cupo para dos proyectos este trimestre. Si ahora no es tu momento me lo dices "
          "y no insisto.", (7, 20)))
P("bait_and_switch_invitation", "es", "Priyanka Shah", "Community Lead, Málaga chapter | ProptechHub Spain", "Málaga",
  ("inv", "Hi Alex! I run ProptechHub's Málaga chapter: monthly meetups where developers and founders talk honestly about what works on site. "
          "Free, beer included. Would be great to have a developer like you in the community."),
  ("msg", "Thanks for joining, Alex! Since you're building in Málaga, I wanted to show you SiteSense, our AI site-monitoring platform "
          "(cameras + progress reports for your bank). Chapter members get 3 months at half price. Could I book you a 20-min demo this week?", (3, 12)),
  nl="en")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Gonzalo Rebollo", "Periodista | Revista Promotores & Vivienda", "Madrid",
  ("inm", "Entrevista para el especial Costa del Sol", "Hola Alex, preparo un especial sobre los promotores que están cambiando Málaga y me "
          "gustaría entrevistarte. Son 20 minutos por teléfono. ¿Tendrías hueco esta semana?"),
  ("inm", "Especial Costa del Sol – condiciones", "Gracias por contestar, Alex. Te paso las condiciones: la entrevista sale como publirreportaje "
          "a doble página, 2.900 € + IVA, foto profesional incluida. Si confirmas antes del 15 te aplicamos un 20% de descuento.", (2, 8)))
P("bait_and_switch_inmail", "en", "Kevin Marsh", "Founder | Costa Investor Roundtable", "Estepona",
  ("inm", "Invitation: private investor roundtable", "Hi Alex, every quarter we host a private roundtable in Puerto Banús for 12 developers "
          "and family offices. No pitches, just honest numbers over lunch. Would you like a seat at the next one on the 21st?"),
  ("inm", "Your roundtable seat", "Brilliant, Alex. Developer seats are €950 (sponsor tier), which includes a 5-minute slot to present your "
          "scheme to the family offices. Invoice attached, just tell me which entity to bill.", (3, 9)),
  ("inm", "Re: Your roundtable seat", "Hi Alex, only two developer seats left for the 21st. Shall I hold one for you? Payment by Friday keeps it.", (3, 7)))
P("bait_and_switch_inmail", "es", "Ximena Ortega", "Investigadora | Observatorio de Vivienda Caribe", "Cancún",
  ("inm", "encuesta para desarrolladores", "Hola Alex! estamos haciendo un estudio sobre oferta de vivienda en la riviera maya y buscamos "
          "desarrolladores extranjeros para una encuesta de 10 min. a cambio te compartimos los resultados completos 🙂"),
  ("inm", "resultados + algo q te puede servir", "gracias x responder la encuesta!! ya casi tenemos resultados. oye, tb asesoro a inversionistas: "
          "hago estudios de mercado a la medida, para tu proyecto en tulum serian 4,500 usd con absorcion y precios x m2. te interesa? "
          "lo platicamos mañana si puedes"))
P("bait_and_switch_inmail", "es", "Ana Belén Tejero", "Consultora | Mentoría para promotores", "Granada",
  ("inm", "Guía: de suelo a licencia con la LISTA", "Buenos días Alex, hemos preparado una guía gratuita sobre cómo acortar plazos de licencia en "
          "Andalucía con la nueva ley del suelo. Son 30 páginas con casos reales. ¿Te la envío?"),
  ("inm", "Tu guía y una propuesta", "Aquí la tienes, Alex. Y si quieres ir más allá, nuestro programa de mentoría para promotores (6 sesiones, "
          "3.500 €) te acompaña desde la compra del suelo hasta la entrega de llaves. ¿Reservamos una sesión de diagnóstico?", (2, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Chema Llamas", "Agente inmobiliario | Torremolinos y Benalmádena", "Torremolinos",
  ("end",), ("end",),
  ("msg", "Alex! t acabo d recomendar en {skill} y en un par mas, q te lo mereces. me devuelves el favor con Negociación y Venta de inmuebles? "
          "xfa q estoy montando el perfil nuevo 🙏"))
P("endorse_me_back", "en", "Gary Holt", "Property Consultant | Expat relocation | Mijas & Fuengirola", "Mijas",
  ("end",),
  ("msg", "Morning Alex, endorsed you for {skill} earlier, only fair! Would you do the honours on Property Consultancy and Customer Service? "
          "Trying to climb the rankings with the new agency. Cheers mate"))
P("endorse_me_back", "es", "Alejandra Villaseñor", "Broker inmobiliario | CDMX y Riviera Maya", "Ciudad de México",
  ("end",), ("end",),
  ("msg", "Hola Alex!! ya te validé {skill}, cuando tengas chance me validas Bienes raíces y Ventas? es que en la nueva agencia me piden "
          "el perfil completo. mil gracias, un abrazo"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Javi Carmona", "Inversor | Compro pisos para reformar | Málaga centro", "Málaga",
  ("inv", "Alex, compro pisos a reformar en Málaga centro y pago al contado. Si tienes algo q no te encaje en tus promos hablamos"),
  ("rem",),
  ("inm", "??", "oye q ni contestas. vaya humos, tanto promotor tanto promotor y no eres capaz d decir ni q no. asi os va. q te vaya bonito"))
P("hostility_after_decline", "en", "Steven Crouch", "Director | Crouch Capital Partners", "Gibraltar",
  ("inv", DEFAULT),
  ("inm", "Manners", "Alex, I sent you a simple connection request a fortnight ago and you couldn't be bothered. I've funded more schemes on "
          "this coast than you've had hot dinners. Arrogance like that gets noticed in a small market. Good luck with your financing."))
P("hostility_after_decline", "es", "Octavio Barragán", "Director General | Constructora Barragán", "Querétaro",
  ("inv", "Estimado Alex, somos constructora con 20 años en vivienda vertical. Nos interesaría cotizarle su proyecto en Mérida."),
  ("rem",),
  ("inm", "Sin respuesta", "Sr. Alex, le escribí con toda atención y no tuvo siquiera la cortesía de contestar. Así no se hacen negocios en "
          "México. Ojalá los constructores que contrate le cumplan como usted le cumple a la gente. Sin más."))
P("hostility_after_decline", "es", "Elena Pizarro", "Arquitecta técnica | Project Monitoring para banca", "Madrid",
  ("inv", "Hola Alex, hago project monitoring para bancos en financiación promotora. Coincidimos en el SIMA y me encantaría conectar contigo."),
  ("inm", "En fin", "Veo que has rechazado mi invitación. Muy feo, la verdad, después de haber coincidido en el SIMA. Con esa actitud no te "
          "extrañe que los bancos te miren con lupa. Un saludo."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Adolfo Salcedo", "Comercial | Grúas y Encofrados del Sur", "Antequera",
  ("msg", "Buenas Alex, te escribo por vuestra obra de Teatinos: alquilamos grúa torre con gruista, montaje incluido, a 3.900 €/mes. "
          "Te puedo mandar presupuesto hoy mismo."),
  ("msg", "Alex, te mandé precio hace dos semanas. Al menos dime si lo has visto."),
  ("msg", "Pues nada, ya veo cómo tratáis a los proveedores de aquí. Luego os quejáis de que no hay quien os monte una grúa. "
          "Sois todos iguales los promotores de despacho, mucho LinkedIn y poca educación."))
P("hostility_connection", "en", "Liam Fairbanks", "Founder | CostaLux Property Marketing", "Marbella",
  ("acc",),
  ("msg", "Cheers for connecting, Alex. Had a look at your last launch: renders are decent but the listing copy is killing your conversions. "
          "We run full launch campaigns for developers from €6k a month. Worth a chat?"),
  ("msg", "Right. Read and ignored. Typical developer, happy to take the connection and can't manage a 'no thanks'. Enjoy your unsold stock."))
P("hostility_connection", "es", "Raúl Ocampo", "Broker | Inversiones Ocampo Riviera Maya", "Tulum",
  ("msg", "Qué onda Alex, tengo un lote de 2,400 m2 en Aldea Zamá a precio de remate, el dueño necesita vender ya. te interesa? te mando "
          "ubicación y precio"),
  ("msg", "ok ya entendí q no contestas. aca en tulum todos nos conocemos güey, y esa actitud de gachupín sabelotodo no te va a llevar "
          "lejos. suerte con tus permisos"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Sonia Marfil", "Directora Comercial | Cocinas Marfil – equipamiento para promotoras", "Alhaurín de la Torre",
  ("msg", "Hola Alex, ¿cómo va la promo de El Palo? Equipamos cocinas y armarios en promociones de 20 a 200 viviendas con precio cerrado "
          "por unidad. Si me pasas planos te preparo presupuesto sin compromiso."),
  ("msg", "Alex, te adjunto el catálogo nuevo con la gama para obra nueva. Este mes hacemos un 8% en pedidos confirmados antes del 30."),
  ("msg", "Buenas de nuevo, ¿pudiste ver el catálogo? Te enseño la exposición de Alhaurín cuando te venga bien, con café incluido."))
P("connection_only_pitches", "en", "Oliver Grant", "Wealth Manager | Financial planning for expats and entrepreneurs in Spain", "Marbella",
  ("msg", "Hi Alex, as a developer you're probably very concentrated in bricks and mortar. We help entrepreneurs diversify through "
          "tax-efficient structures for Spanish residents. Fancy a 20-minute review?"),
  ("msg", "Alex, quick nudge: the changes to the Beckham regime could affect how you hold your assets. I'm happy to run the numbers in a "
          "short call, no charge for the first meeting. When suits?"))
P("connection_only_pitches", "es", "Karla Montoya", "Ventas | Preventa Desarrollos Bacalar", "Bacalar",
  ("msg", "Hola Alex! te comparto la preventa de Laguna Siete: lotes residenciales desde 890 mil pesos con 30% de enganche y meses sin "
          "intereses. plusvalía proyectada del 25%, ideal para inversión. ¿te mando el brochure?"),
  ("msg", "Alex buen día, quedan solo 4 lotes de la etapa 1 a precio de preventa. si apartas esta semana te respetamos precio, "
          "te aviso para q no se te pase!"))
P("connection_only_pitches", "en", "Íñigo Bastida", "Socio | Bastida Abogados – extranjería y residencia", "Marbella",
  ("msg", "Hola Alex, muchos de tus compradores extranjeros van a necesitar NIE, cuenta bancaria y, ahora que ya no hay golden visa, otra vía "
          "de residencia. Proponemos a las promotoras un convenio: pack cerrado por comprador a 1.200 €. ¿Lo vemos?"),
  ("msg", "Alex, te reenvío nuestra propuesta de convenio para compradores extranjeros con las tarifas actualizadas. Podríamos firmarlo "
          "esta misma semana."),
  nl="es")


# =============================================================== single_pitch
P("single_pitch", "es", "Manolo Perea", "Gerente | Perea Reformas Integrales", "Málaga",
  ("msg", "Alex buenas, soy Manolo d Perea Reformas. Si tenéis pisos d inversión q haya q reformar para alquilar o vender, nosotros lo hacemos "
          "llave en mano y con precio cerrado. T paso fotos d obras hechas? un saludo"))
P("single_pitch", "en", "Hannah Lowe", "Business Development | BuildFlow – construction management software", "Dublin",
  ("msg", "Hi Alex, hope the Málaga scheme is going well. BuildFlow puts contractor invoices, change orders and bank draw-downs in one "
          "dashboard, and we've just launched in Spanish. Would a 15-minute walkthrough be useful?"))
P("single_pitch", "es", "Diego Maldonado", "Asesor hipotecario | Crédito para extranjeros en México", "Cancún",
  ("msg", "Alex q tal, vi q estás invirtiendo en Quintana Roo. Manejo crédito hipotecario en dólares para extranjeros, tasa fija desde 9.8%, "
          "aprobación en 3 semanas. si algún comprador tuyo lo necesita, o tú mismo, aquí ando"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Pilar Escámez", "Responsable de Riesgos Promotor | Banca de Empresas Andalucía", "Málaga",
  ("msg", "Alex, te aviso por si te pilla: desde marzo pedimos el informe del project monitor antes de la primera disposición, no después. "
          "Te lo digo para que no se te retrase lo de El Palo. Si quieres te paso la plantilla que usamos."),
  ("msg", "Ahí va la plantilla. Lo que más se atasca es el apartado de desviaciones de coste, rellénalo con calma. Cualquier cosa me llamas."))
P("connection_brings_value", "es", "Chuy Sandoval", "Desarrollador | Sandoval Residencial", "Mérida, Yucatán",
  ("end",),
  ("msg", "Alex que tal, te paso un pitazo: el dueño del terreno de la calle 60 que fuiste a ver bajó el precio. a mí ya no me da la corrida "
          "xq traigo otro proyecto. no cobro nada, si te late te paso su cel"),
  ("msg", "ah y ojo con el ejido de atrás, hay juicio agrario abierto. pídele al notario el certificado de libertad de gravamen antes de nada"))
P("connection_brings_value", "es", "Fiona Campbell", "Partner | Campbell & Ruiz Architects", "Málaga",
  ("msg", "Alex, the Junta has just published the draft of the new tourist-flat decree and section 4 would hit your Calle Victoria units. "
          "I've marked up the pages that matter, PDF attached. Worth getting comments in before the 30th."),
  nl="en")
P("connection_brings_value", "es", "Gema Nieto", "Presidenta (voluntaria) | Asociación de Promotores de la Costa", "Málaga",
  ("msg", "Hola Alex! el jueves 20 hacemos desayuno con el gerente de urbanismo para hablar de los retrasos en licencias. gratis, socios y no "
          "socios, aforo 40. te guardo sitio?"),
  ("msg", "Gracias por venir! Te paso el acta con lo que se comprometió urbanismo, sobre todo lo de las declaraciones responsables."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Beatriz Sancho", "Headhunter | Real Estate & Construction | Sancho Partners", "Madrid",
  ("inm", "Director/a de Desarrollo Andalucía – gestora BTR", "Hola Alex, llevo una búsqueda confidencial para una gestora de build-to-rent "
          "con 1.200 viviendas en pipeline: buscan Director/a de Desarrollo para Andalucía con base en Málaga. Fijo 140-160k + variable + carry. "
          "¿Lo hablamos en confianza?"))
P("stranger_inmail_recruiter", "en", "James Okonkwo", "Talent Partner | Verdant Family Office", "London",
  ("inm", "Head of Real Estate – family office (Spain & Mexico)", "Dear Alex, I'm hiring a Head of Real Estate for a single-family office "
          "investing in Spain and the Mexican Caribbean. Your track record in both markets is exactly what the principals asked for. "
          "Base £180k plus co-invest. Would you be open to a confidential call next week?"))
P("stranger_inmail_recruiter", "es", "Mariana Treviño", "Talent Acquisition | Grupo Desarrollador del Sureste", "Mérida, Yucatán",
  ("inm", "Vacante: Gerente de Proyectos Inmobiliarios", "Hola Alex, buen día. En Grupo Desarrollador del Sureste buscamos Gerente de "
          "Proyectos para un desarrollo de usos mixtos en Mérida (35 mil m2). Reporta a dirección general, sueldo competitivo y bono por "
          "entrega. ¿Te gustaría platicar esta semana?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Ryan Cole", "Partner | Golden Coast Lead Gen", "Fuengirola",
  ("inm", "Pre-qualified UK buyers for your launch", "Hi Alex, we generate pre-qualified UK and Irish buyer leads for Costa del Sol new "
          "builds: €45 per lead, exclusive by postcode. Developers in Estepona are closing one sale per 60 leads. Can I send you a sample batch?"),
  ("inm", "Sample batch ready", "Alex, I've reserved 20 sample leads for your area. Just need a yes and a card on file to start the pilot."))
P("stranger_inmail_sales", "es", "Rebeca Luján", "Consultora | Subvenciones Next Generation para rehabilitación", "Sevilla",
  ("inm", "Ayudas para rehabilitación energética", "Buenos días Alex, tramitamos ayudas Next Generation para rehabilitación de edificios: "
          "cobramos el 8% de lo concedido y solo si sale. Si tienes algún edificio en cartera te hacemos una valoración gratuita. ¿Hablamos?"))
P("stranger_inmail_sales", "es", "Fer Gallardo", "Crowdfunding | InvierteLadrillo MX", "Guadalajara",
  ("inm", "16% anual en dólares", "hola alex, te escribo de invierteladrillo. tenemos un desarrollo en zona hotelera de cancun con "
          "rendimiento de 16% anual en usd, ticket mínimo 5k. te mando la ficha? el cupo es limitado"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Lorena Vidal", "Directora | Escuela de Promoción Inmobiliaria", "Valencia",
  ("inv", "Hola Alex, grabamos un curso gratuito de viabilidad de promociones para estudiantes de arquitectura y nos falta un caso andaluz. "
          "¿Nos dejarías usar, anonimizado, el de tu promo de Teatinos? Te enseño el material antes."),
  ("msg", "¡Mil gracias por el caso! Te paso el enlace al módulo ya montado y el Excel de viabilidad que hicimos a partir de él. "
          "Úsalo con tu equipo si os sirve."),
  ("msg", "Alex, una cosa: lanzamos el Máster en Promoción Inmobiliaria (4.900 €) y creemos que a tus técnicos les vendría genial. "
          "A empresas colaboradoras les hacemos un 15%. ¿Te paso el programa y lo vemos en una llamada?", (10, 30)))
P("good_turns_ugly", "en", "Henrik Dahl", "Developer | Dahl Living | three schemes in Mijas", "Mijas",
  ("inv", "Hi Alex, another developer here (Mijas, 3 schemes). Saw you also fought Acosol over the water connection. We found a way round it "
          "with a private engineer - happy to share what we did, no strings."),
  ("msg", "Here's the engineer's report and the letter we sent Acosol. Got us connected in 6 weeks instead of 6 months. Hope it helps!"),
  ("end",),
  ("msg", "Hey Alex, endorsed you for {skill} - would be great if you could return the favour on Real Estate Development and Construction "
          "Management. Building my profile up before a fundraise."))
P("good_turns_ugly", "es", "Valeria Domínguez Kuri", "Arquitecta | Taller Kuri | Mérida", "Mérida, Yucatán",
  ("inv", "hola alex! soy arquitecta en mérida, vi tus casas en santiago y me encantó la restauración. el sábado doy una plática gratis en el "
          "colegio de arquitectos sobre casonas coloniales, te guardo lugar?"),
  ("msg", "gracias x venir a la plática!! te paso las láminas y el contacto del herrero q te comenté, trabaja increíble"),
  ("msg", "alex oye, con los proyectos q traes te propongo q mi despacho te lleve el diseño de las siguientes 3 casas. te hago precio "
          "especial, 9% sobre costo de obra. cuándo lo platicamos?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Álvaro Cienfuegos", "Director | Cienfuegos Capital – advisory para family offices", "Madrid",
  ("inm", "Coinversión en residencial Málaga", "Hola Alex, representamos a inversores privados que buscan entrar en promociones residenciales "
          "en Málaga con tickets de 2 a 5 M€. Nuestro fee de éxito es del 3%. ¿Te encaja presentarnos tu próximo proyecto?"),
  ("inv", "Hola Alex, un placer coincidir en el foro de Málaga Valley. Me quedo con tu reflexión sobre vivienda asequible. ¡Conectamos!"),
  nl="es")
P("reinvite_known_bad", "en", "Gemma Whitley", "Realtor | Costa del Sol Dream Homes", "Nerja",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met at the Marbella property fair last spring, great chat about build quality. Would love to stay in touch!"))
P("reinvite_known_bad", "es", "Hugo Santibáñez", "Ventas corporativas | CasaSegura Fianzas y Seguros", "Monterrey",
  ("inv", "Alex buen día, ofrecemos fianzas de cumplimiento y seguros de obra para desarrolladores extranjeros en México, cotizamos en "
          "24 horas. ¿Le interesa una propuesta?"),
  ("rem",),
  ("inv", "Hola Alex, feliz año. Me gustaría tenerlo en mi red, seguimos en contacto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Chus Pardo", "Inversora | Pisos turísticos en Málaga centro", "Málaga",
  ("inv", "hola alex! tengo 3 pisos turisticos en el centro y me ha surgido una duda d licencias, t la puedo consultar?"),
  ("inm", "vaya", "ya veo q pasas. q educación la tuya, una pregunta d nada y ni caso. tranqui q ya me lo dice todo el mundo, los promotores "
          "vais a lo vuestro y punto"),
  ("inv", "hola alex, empezamos d cero? me gustaria tenerte en mi red"))
P("reinvite_known_ugly", "en", "Declan Moore", "Managing Director | Sunline Investor Events", "Dublin",
  ("inm", "Speaker slot at Costa Property Summit", "Hi Alex, we'd love you on the developer panel at the Costa Property Summit in Málaga. "
          "Speakers are chosen on merit and your projects stood out to the committee."),
  ("inm", "Speaker package", "Thanks for coming back to me, Alex! Panel speakers contribute a €1,450 participation fee covering stage time, "
          "branding on our site and a booth. Please confirm by Friday to lock in your slot."),
  ("inv", "Alex, would be good to connect properly ahead of next year's summit."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Sergio Montalvo", "Arquitecto técnico | Certificación energética", "Marbella",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Ya que estás con obra nueva: hago los certificados energéticos de proyecto y de edificio terminado "
          "a 180 € por vivienda en bloques de más de 20. ¿Te mando oferta?"))
P("user_invited_pitch_once", "en", "Charlotte Byrne", "Sales Director | Verano Furniture Packs", "Fuengirola",
  ("acc",),
  ("msg", "Thanks for connecting after the SIMA dinner, Alex! As promised, our furniture packs for holiday-let buyers start at €9,900 per "
          "2-bed, delivered and fitted in 10 days. Could be a nice add-on for your buyers. Shall I send the brochure?"))
P("user_invited_pitch_once", "es", "Emilio Garza", "Director | Garza Topografía y Estudios de Suelo", "Playa del Carmen",
  ("acc",),
  ("msg", "Alex, gracias por aceptar! hacemos levantamiento topográfico con dron y mecánica de suelos en toda la península, entregamos en "
          "10 días. para tu predio en tulum te cotizo cuando gustes"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Marisa Carrión", "Directora Comercial | Alumiplus – Carpintería de aluminio", "Málaga",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. Te paso nuestro catálogo de carpintería con rotura de puente térmico para obra nueva, "
          "plazo de 4 semanas. ¿Con quién hablo para el pedido de El Palo?"),
  ("msg", "Alex, esta semana cerramos tarifa antes de la subida del aluminio de enero. Si me confirmas antes del viernes te congelo "
          "el precio para toda la promoción."))
P("user_invited_pitch_twice", "en", "Ben Archer", "Founder | RentReady – holiday-let management", "Marbella",
  ("acc",),
  ("msg", "Cheers for the add, Alex! We manage holiday lets for investors who buy off-plan: 18% commission, 70% occupancy guaranteed in "
          "year one. Would you like us as the recommended operator for your buyers?"),
  ("msg", "Hi Alex, following up: we can co-brand a rental guarantee for your sales launch. Quick call Thursday?"))
P("user_invited_pitch_twice", "es", "Tania Olvera", "Ejecutiva de Fideicomisos | Banco del Golfo", "Cancún",
  ("acc",),
  ("msg", "Buen día Alex, gracias x aceptar. Para su compra en Tulum le abrimos el fideicomiso en zona restringida en 15 días: "
          "1,800 usd de apertura más anualidad. ¿Le mando requisitos?"),
  ("msg", "Alex, le recuerdo nuestra propuesta de fideicomiso. Si lo abrimos este mes le bonificamos la primera anualidad."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Mercedes Aranda", "Arquitecta municipal jubilada | Urbanismo", "Málaga",
  ("acc",),
  ("msg", "Gracias por invitarme, Alex. Sobre lo que me preguntaste en la jornada: el estudio de detalle de tu parcela se puede tramitar en "
          "paralelo al proyecto básico. Te paso el artículo del reglamento y un expediente que aprobaron el año pasado, por si te sirve de modelo."))
P("user_invited_value", "en", "Dominic Reyes", "Partner | Reyes & Kaur Construction Cost Consultants", "Málaga",
  ("acc",),
  ("msg", "Good to connect, Alex. As I said at the ULI breakfast, here's our quarterly construction cost index for Andalucía, free to share "
          "with your team. Concrete flat, steel down 6%, labour still climbing."))
P("user_invited_value", "es", "Lupita Herrera", "Coordinadora | Fundación Vivienda Digna Yucatán", "Mérida, Yucatán",
  ("acc",),
  ("msg", "Hola Alex, gracias por la conexión! como te conté, te comparto el estudio de la fundación sobre demanda de vivienda social en "
          "mérida, con datos por colonia. úsalo libremente, solo cítanos si lo publicas 🙂"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Carmen Rosado", "Directora de Oficina | Banca de Empresas", "Málaga", ("acc",))
P("acceptance_only", "en", "Michael Brandt", "Project Director | Hansa Bau Iberia", "Málaga", ("acc",))
P("lone_endorsement", "es", "Paco Jurado", "Encargado de obra | Jurado Construcciones", "Coín", ("end",))
P("lone_endorsement", "es", "Itzel Canché", "Arquitecta | Mérida", "Mérida, Yucatán", ("end",))


# ------------------------------------------------------------------------- layout eras
# people whose notes name things of the 2020s (LISTA, tokens, Tulum's boom, BTR, golden visa's end)
# keep the current layout; a few timeless ones keep 2016; the rest are left to the coin.
MODERN = ["Jimena Castañeda Ruiz", "Callum Whitaker", "Sanne de Vries", "Paulina Ríos", "Rodrigo Zamudio", "Irene Cobos",
          "Ing. Mauricio Leal", "Carla Montesinos", "Priyanka Shah", "Ximena Ortega", "Ana Belén Tejero", "Raúl Ocampo",
          "Oliver Grant", "Íñigo Bastida", "Hannah Lowe", "Beatriz Sancho", "James Okonkwo", "Rebeca Luján", "Fer Gallardo",
          "Henrik Dahl", "Emilio Garza", "Tania Olvera", "Álvaro Cienfuegos", "Fiona Campbell", "Lupita Herrera"]
OLD = ["Toñi Villalobos", "Luis Fernando Aguilar", "Manolo Perea", "Adolfo Salcedo", "Javi Carmona", "Gemma Whitley", "Marisa Carrión",
       "Sergio Montalvo", "Carmen Rosado", "Paco Jurado"]
ERAS: dict[str, str] = {n: "cur" for n in MODERN} | {n: "2016" for n in OLD}


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rocío Benjumea", "rocio@estudiobenjumea.example.es", "Visita obra Soliva – martes 14",
     "Hola Alex,\n\nte escribo también por aquí por si no miras LinkedIn: la visita es a las 9:30, trae casco y botas.\n\nUn abrazo,\nRocío", "es"),
    ("Notaría 4 Playa del Carmen", "contacto@notaria4pdc.example.mx", "Lista de revisión de predios",
     "Estimado Alex:\n\nPor instrucciones de la Lic. Castañeda (quien le escribió por LinkedIn) le adjuntamos la lista de revisión.\n\nAtentamente,\nNotaría 4", "es"),
    ("Gerencia de Urbanismo", "licencias@urbanismo-malaga.example.es", "Expediente OM-2025/1187: requerimiento de documentación",
     "Se le requiere para que aporte en el plazo de diez días la documentación indicada. Este organismo no atiende consultas por redes sociales como LinkedIn.", "es"),
    ("Idealista Suelo", "alertas@suelo-alertas.example.com", "3 parcelas nuevas en Málaga Este",
     "Nuevas parcelas que encajan con tu búsqueda. Comparte esta alerta por email, WhatsApp o LinkedIn.", "es"),
    ("Chris Tate", "chris.tate@hansabau.example.com", "Fwd: Invitation to connect on LinkedIn",
     "Alex, this guy from the crane firm keeps adding everyone on site on LinkedIn. FYI, no need to accept.\n\n---------- Forwarded message ----------\nFrom: LinkedIn <invitations@linkedin.com>\nSubject: Adolfo wants to connect", "en"),
    ("Ingeniería Tulum Obra", "residente@obra-tulum.example.mx", "Avance de obra semana 32",
     "Alex, va el reporte con fotos. El topógrafo que te escribió por LinkedIn ya nos entregó el levantamiento, todo bien.\n\nSaludos,\nIng. Pech", "es"),
    ("Mary O'Donnell", "mary.odonnell@example.ie", "Re: Unit 4B snagging list",
     "Dear Alex,\n\nThanks for sorting the terrace drain. I found you on LinkedIn when the agent stopped answering, so thank you for replying so quickly.\n\nMary", "en"),
    ("CrowdCasa", "noticias@crowdcasa.example.es", "Tu resumen mensual de inversiones",
     "Hola Alex, este mes se han financiado 4 proyectos. Síguenos en LinkedIn para no perderte ninguna oportunidad.", "es"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert set(ERAS) <= {p[2] for p in PEOPLE}, set(ERAS) - {p[2] for p in PEOPLE}

HEADER = [f"# mailbot sixty-second development corpus (dev62). Generated by scripts/make_corpus_dev62.py (seed {SEED}); do not edit by hand.",
          "# Alex as a property developer and investor in Málaga with projects in Mexico: brokers, architects, builders, mortgage and "
          "crowdfunding sellers, off-plan resellers, peer developers, planning advisors; WhatsApp-style Spanish (Spain, Mexico) and expat English. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev62", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
