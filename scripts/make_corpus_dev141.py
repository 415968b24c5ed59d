#!/usr/bin/env python3
"""Write mailbot's hundred-and-forty-first, independent development corpus: tests/corpus/dev141/*.eml + expected.toml.

The angle: an ordinary year, 2016 to 2017, of Alex Morgan, regional sales manager for central
Spain (Madrid, Toledo, Guadalajara, Castilla-La Mancha) at Hidrotécnica Arganda, a maker of
industrial pumps and process equipment near Madrid. Alex sells for a living, so many of the
people who write are salespeople too: some sell to Alex (sales training, CRM and field-sales
software, lead generation, company-car renting, trade-fair stands, translation, insurance,
wealth advice, recruiting agencies), some are peers from other equipment makers and
distributors who ask a question, pass on a tender or make an introduction, and some are buyers.
Realistic proportions: many invitations with LinkedIn's default text, a steady trickle of
sellers, recruiters and headhunters with real roles, a few genuine peers, now and then a rude
message after a request went unanswered or an endorse-me-back ask. Mostly LinkedIn's 2016
layout (a handful of late-2017 mails in the newer one). Formal Spanish (usted, "Estimado Sr.
Morgan") and casual Spanish (tú, "Buenas", "Oye"), English from British, Irish, American,
German, Indian and Polish writers, and Portuguese-flavoured Spanish from Brazilian and
Portuguese writers.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. In this process only (make_corpus.py itself is not changed): the
dates run from 2016 to 2017 (each person's story starts in its own window), the 2016-layout
footer carries the year of the mail, and the recipient's headline, endorsement skills,
job-alert titles, other-mail subjects, headlines and companies of spoof-only names and PYMK
suggestions, the pitches that spoofs carry and the languages of LinkedIn's other mail and of
spoofs (Spanish and English) are swapped for this world. Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev141.py              # writes tests/corpus/dev141
    python scripts/make_corpus_dev141.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20161027

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder  # noqa: E402

# ------------------------------------------------------------------ Alex's world in 2016-2017 (this process only)
RHEADLINE = {
    "es": "Jefe Regional de Ventas Zona Centro en Hidrotécnica Arganda",
    "en": "Regional Sales Manager, Central Spain at Hidrotécnica Arganda",
    "de": "Regionaler Vertriebsleiter Zentralspanien bei Hidrotécnica Arganda",
    "fr": "Responsable régional des ventes Espagne centre chez Hidrotécnica Arganda",
    "it": "Responsabile vendite regionale Spagna centrale presso Hidrotécnica Arganda",
}
SKILLS = {
    "es": ["Ventas", "Negociación", "Gestión de cuentas clave", "Ventas industriales", "Desarrollo de negocio", "Bombas industriales"],
    "en": ["Sales Management", "Key Account Management", "Negotiation", "B2B Sales", "Industrial Equipment", "Business Development"],
    "de": ["Vertrieb", "Verhandlung", "Key Account Management", "Industriegüter", "Pumpen"],
    "fr": ["Vente", "Négociation", "Grands comptes", "Vente industrielle", "Pompes"],
    "it": ["Vendite", "Negoziazione", "Key Account Management", "Vendita industriale", "Pompe"],
}
for _l in mc.L:
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
    mc.L[_l]["skills"] = SKILLS[_l]

mc.LANGS[:] = ["es", "en", "es", "es", "en"]          # LinkedIn's own other mail and the spoofs: Spanish and English
mc.CITY["es"] = ["Madrid", "Toledo", "Guadalajara", "Alcalá de Henares", "Getafe", "Ciudad Real"]
mc.CITY["en"] = ["Madrid", "London", "Dublin", "Manchester", "Lisbon", "Düsseldorf"]
mc.JOBS[:] = [("Jefe de Ventas Zona Centro", "Bombas Castellanas"), ("Key Account Manager – Water & Wastewater", "Grundler Pumpen"),
              ("Director Comercial Industrial", "Compresores del Norte"), ("Area Sales Manager Iberia", "Fluidtechnik Allgäu"),
              ("Delegado Comercial Madrid", "Válvulas Ebro")]
mc.COMPANIES["good"] = ["Bombas Castellanas", "Compresores del Norte", "Válvulas Ebro", "Grundler Pumpen", "Azucarera del Duero",
                        "Papelera del Henares", "Químicas del Jarama", "Canal de Aguas del Centro"]
mc.COMPANIES["sales"] = ["VentaPlus Formación", "PipeFlow CRM", "RentaFlota", "LeadIndustria", "ExpoForma", "RutaMax", "DataProspect"]
mc.HEADLINES["good"] = ["Jefe de Ventas en {co}", "Key Account Manager at {co}", "Director de Planta en {co}",
                        "Responsable de Compras en {co}", "Ingeniero de Mantenimiento en {co}", "Area Sales Manager at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Consultor Comercial en {co}", "Business Development | {co}",
                         "Ayudo a equipos de venta a vender más | {co}", "Sales Development Rep @ {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "nodkim",
                       "untrusted:mx.google.com", "display:outlook.com", "buried", "wrongpass"]
SPOOF_NOTES = {
    "es": ["Hola {first}, te he compartido la solicitud de oferta (RFQ) de nuestra planta de Toledo en LinkedIn Docs. Inicia sesión para descargar los pliegos.",
           "Estimado {first}, le adjunto el pedido de compra n.º 4471 para su confirmación. Acceda con su cuenta de LinkedIn para ver el documento.",
           "Hola {first}, tu perfil ha sido seleccionado para nuestro programa de distribuidores premium. Confirma tus datos bancarios para recibir la comisión de alta."],
    "en": ["Hi {first}, please find our purchase order and technical drawings shared via LinkedIn Secure Files. Sign in to download before Friday.",
           "Dear {first}, we are interested in your pumps for a large project in Qatar. Kindly log in to review the tender documents and confirm your bid.",
           "Hello {first}, I shared the distributor price list you asked for. Log in to LinkedIn to open it."],
}
for _l, _n in SPOOF_NOTES.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
cs.retitle_other({
    "es": {"job": ("{n} empleos nuevos de «jefe de ventas»", "Tu alerta de empleo de jefe de ventas en {city}"),
           "news": "¿Siguen compensando las ferias a los fabricantes de maquinaria?",
           "group": "Conversaciones destacadas en Directores Comerciales del Sector Industrial",
           "newsletter": "La libreta del comercial: cómo defender el precio cuando compras aprieta"},
    "en": {"job": ("{n} new jobs for \"regional sales manager\"", "Your job alert for regional sales manager in {city}"),
           "news": "Is the trade show dead for industrial sellers?",
           "group": "Top conversations in Pump & Valve Sales Professionals",
           "newsletter": "The Territory Letter: forecasting when every deal slips a quarter"},
})

# ------------------------------------------------------------------ people
PEOPLE: list[tuple] = []
WHEN: dict[str, tuple[str, str]] = {}   # name -> window in which the story starts
ERAS: dict[str, str] = {}               # name -> layout era
_add = adder(PEOPLE)
FIRST_DAY, LAST_DAY = "2016-01-15", "2017-12-30"


def _span(steps) -> int:
    """The longest a story can run, in days, from its first mail."""
    days = 0
    for i, s in enumerate(steps):
        if i:
            lo_hi = s[-1] if isinstance(s[-1], tuple) else cs.GAPS[s[0]]
            days += lo_hi[1] + 1
    return days


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, nl: str | None = None,
      when: tuple[str, str] | None = None, era: str = "2016") -> None:
    if when is None:
        lo = "2017-08-20" if era == "cur" else "2016-02-01"
        last = datetime.strptime(LAST_DAY, "%Y-%m-%d") - timedelta(days=_span(steps))
        hi = min("2017-11-20" if era == "cur" else "2017-10-31", last.strftime("%Y-%m-%d"))
        when = (lo, hi)
    WHEN[name] = when
    ERAS[name] = era
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "es", "Ignacio Perales Cuesta", "Director Comercial Zona Norte | Compresores Aldabe", "Vitoria-Gasteiz",
  ("inv", "Alex, coincidimos en el stand de la BIEMH. Estoy montando red de distribuidores en Portugal y sé que vosotros pasasteis por lo mismo "
          "hace un par de años. ¿Te puedo robar 15 minutos para preguntarte cómo cerrasteis las exclusividades? El café corre de mi cuenta."),
  ("rem",), when=("2016-06-10", "2016-09-30"))
P("good_invitation", "es", "Montserrat Ribas Vidal", "Secretaria Técnica | Asociación de Fabricantes de Equipos de Fluidos", "Barcelona",
  ("inv", "Buenos días, Sr. Morgan. El 16 de junio celebramos en Madrid una jornada gratuita para responsables comerciales sobre exportación "
          "al Magreb, con ICEX y dos fabricantes que ya venden allí. Nos encantaría contar con usted; si acepta, le hago llegar el programa."),
  when=("2016-05-05", "2016-05-31"))
P("good_invitation", "es", "Oliver Blackwood", "Partner, Industrial Practice | Harcourt Whitley Executive Search", "London",
  ("inv", "Hello Alex, I'm retained by a family-owned German pump maker to find their first Country Manager for Spain & Portugal, Madrid-based, "
          "reporting to the MD. Your record in central Spain is very close to the brief. Could I share the spec with you in confidence?"),
  ("rem",), nl="en")
P("good_invitation", "es", "Lorena Casado Prieto", "Key Account Manager | Válvulas y Automatización Castilla", "Valladolid",
  ("inv", "Hola Alex! Soy Lorena, compañera de fatigas de Paco Ferrández. Una cementera de Toledo que llevo en válvulas busca proveedor de bombas "
          "de lodos y vosotros encajáis. Si conectamos te paso el nombre del jefe de planta y le aviso de que le vas a llamar."),
  when=("2016-06-05", "2016-06-25"))
P("good_invitation", "es", "João Pedro Ramalho", "Gerente de Vendas Ibérica | Bombas Atlântico", "Porto",
  ("inv", "Olá Alex, tudo bem? Vi que vocês expusieron en Expoquimia. Nosotros vamos por primera vez y tengo muita dúvida: ¿compensa el stand "
          "o mejor ir solo a visitar clientes? Le agradecería mucho su opinión, de colega a colega. Obrigado!"),
  ("rem",), when=("2016-09-01", "2017-04-30"))
P("good_invitation", "es", "Beatriz Olano Ferrer", "Directora del Máster en Dirección Comercial | Escuela de Negocios Castellana", "Madrid",
  ("inv", "Hola Alex: cada mes abrimos una sesión gratuita del máster a directores comerciales de la zona. El 20 de octubre toca negociar con "
          "compras cuando te meten en subasta inversa, con un exdirector de compras de automoción. Si te apetece venir, te guardo sitio."),
  when=("2016-09-20", "2016-10-08"))


# =============================================================== default_invitation
P("default_invitation", "es", "Rubén Carrasco Lillo", "Comercial en Suministros Industriales Carrasco", "Talavera de la Reina", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Nuria Pizarro Gálvez", "Administración de Ventas | Hidrotécnica Arganda", "Arganda del Rey", ("inv", DEFAULT),
  when=("2016-02-20", "2016-03-10"))
P("default_invitation", "es", "Marcos Villalba", "Técnico Comercial | Lubricantes y Grasas Industriales", "Getafe", ("inv", DEFAULT))
P("default_invitation", "en", "Deepak Raghunathan", "Sales Executive – Process Industries | Indus Flowtech", "Pune", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Patricia Yagüe Montes", "Account Manager Grandes Cuentas | Operador de telecomunicaciones", "Madrid", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Sergio Bermúdez Roca", "Estudiante de Ingeniería Industrial en la UPM", "Madrid", ("inv", DEFAULT))
P("default_invitation", "es", "Thiago Nogueira", "Representante Comercial | Máquinas Agrícolas", "Badajoz", ("inv", DEFAULT))
P("default_invitation", "en", "Hakan Yıldız", "Export Manager at Anatolia Valf", "Istanbul", ("inv", DEFAULT))
P("default_invitation", "es", "Alberto Cifuentes Gil", "Gerente en Grúas y Transportes Cifuentes", "Alcalá de Henares", ("inv", NONOTE), era="cur")
P("default_invitation", "es", "Eva Manzanares Ortiz", "Responsable de Marketing | Ferias y Congresos", "Madrid", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Graziano Pellegrini", "Area Manager Spagna e Portogallo | Idrotecnica Veneta", "Vicenza", ("inv", DEFAULT), nl="it")


# =============================================================== sales_invitation
P("sales_invitation", "es", "Cristina Aldama Ruiz", "Formadora de equipos comerciales | Método VENDE+", "Madrid",
  ("inv", "Hola Alex, ayudo a equipos comerciales de empresas industriales a acortar el ciclo de venta. Con nuestro taller de venta consultiva "
          "los clientes suben de media un 22% su tasa de cierre. ¿Tienes 20 minutos la semana que viene y te cuento cómo lo haríamos con tu equipo?"))
P("sales_invitation", "es", "Jake Morrison", "Account Executive EMEA @ PipeFlow CRM", "Dublin",
  ("inv", "Alex - noticed you run a field sales team across central Spain. Most of the manufacturers we work with tracked their pipeline in "
          "Excel before switching to PipeFlow. Open to a quick 15 min demo? Tuesday or Thursday afternoon works on my side."),
  ("rem",), nl="en")
P("sales_invitation", "es", "Álvaro Tejedor", "Gerente de Cuentas | RentaFlota Renting", "Madrid",
  ("inv", "Buenas tardes, Alex. Llevo el renting de los coches comerciales de varias empresas del Corredor del Henares. Si me dices cuántos "
          "vehículos tenéis y el kilometraje medio, te preparo una comparativa de cuotas sin compromiso. Seguro que te ahorro dinero."))
P("sales_invitation", "es", "Inmaculada Soler", "Directora | LeadIndustria · Citas B2B para equipos de venta", "Valencia",
  ("inv", "Alex, ¿y si tus comerciales solo visitaran plantas que ya han mostrado interés? Concertamos entre 20 y 30 reuniones cualificadas "
          "al mes con jefes de mantenimiento y compras. Solo pagas por reunión celebrada. ¿Lo hablamos?"),
  ("rem",), when=("2016-02-01", "2016-11-30"))
P("sales_invitation", "es", "Fernando Lucena Ortega", "Asesor Patrimonial | Banca Privada", "Madrid",
  ("inv", "Estimado Sr. Morgan: asesoro a directivos del sector industrial en la planificación de su patrimonio y su jubilación. Me gustaría "
          "presentarle personalmente nuestro servicio de gestión discrecional. ¿Le vendría bien un café en su oficina la semana próxima?"))
P("sales_invitation", "en", "Katarzyna Wójcik", "Business Development | ExpoForma Stand Builders", "Warsaw",
  ("inv", "Hi Alex! Will Hidrotécnica be exhibiting at SMAGUA or Expoquimia next year? We design and build custom stands with our own Spanish "
          "crew, about 15% under local builders. Shall I send our portfolio and a free quote for your next show? 😊"),
  ("rem",))
P("sales_invitation", "es", "Rafael Cardoso", "Diretor Comercial | TradEx Traduções Técnicas", "Lisboa",
  ("inv", "Buenos días Alex. Somos una empresa de tradução técnica con sede en Lisboa y oficina em Madrid. Traducimos manuales, fichas y "
          "catálogos de maquinaria a más de 30 idiomas a precios muy competitivos. ¿Podemos enviarle una propuesta para sus catálogos?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "es", "Gonzalo Arrieta Sanz", "Fundador | Club de Directores Comerciales Industriales", "Madrid",
  ("inv", "Hola Alex, estamos juntando un grupo pequeño de directores comerciales del sector industrial en Madrid para compartir experiencias: "
          "un desayuno al mes, sin proveedores y sin vender nada a nadie. Creo que encajarías muy bien. ¿Te apuntas?"),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento cómo funciona el club: la cuota es de 180 € al mes por persona e incluye los desayunos y "
          "nuestro programa de mentoring comercial (4 sesiones individuales al trimestre). Si quieres te mando ya el formulario de alta y la "
          "domiciliación para empezar en septiembre.", (3, 9)),
  ("msg", "Alex, ¿pudiste mirar lo del alta? Esta semana cerramos grupo y solo quedan dos plazas. Si te das de alta antes del viernes te "
          "dejo la matrícula gratis (normalmente son 250 €).", (6, 14)),
  when=("2016-06-01", "2016-07-25"))
P("bait_and_switch_invitation", "en", "Michael Trent", "VP Sales Excellence | Northwind Cloud Partners", "Manchester",
  ("inv", "Alex, always good to connect with fellow sales leaders in industrial B2B. I'd enjoy swapping notes on how you manage distributors "
          "across regions - no agenda, just comparing war stories."),
  ("msg", "Thanks for connecting Alex! Full disclosure, we're a Salesforce implementation partner and we've just launched a fixed-price "
          "Manufacturing Cloud package for mid-size OEMs (8 weeks, from €38k). Would you have 30 minutes for a walkthrough with whoever owns "
          "CRM at Hidrotécnica?"))
P("bait_and_switch_invitation", "es", "Lidia Montero Casas", "Sales Enablement · Autora de «Vender hierro»", "Zaragoza",
  ("inv", "Hola Alex! He recopilado en una guía gratuita las 12 objeciones que más se oyen al vender maquinaria y cómo responder a cada una. "
          "Si conectamos te la mando en PDF, sin más. Un saludo desde Zaragoza."),
  ("msg", "Aquí la tienes, Alex: guía de objeciones en PDF 👉 bit.ly/objeciones-maquinaria. Por cierto, este trimestre abro dos plazas para "
          "acompañar a equipos comerciales: 6 sesiones online de coaching en grupo, 2.400 € el equipo completo. ¿Te cuadraría para tu gente? "
          "Te paso el dossier.", (1, 4)))
P("bait_and_switch_invitation", "es", "Marcelo Antunes", "Engenheiro de Vendas | Brasil & Península Ibérica", "São Paulo",
  ("inv", "Hola Alex, sou colega de vendas en el sector de bombas, llevo el mercado brasileño. Tengo una duda sobre la certificación ATEX para "
          "vender en España y usted seguramente la conoce bien. ¿Me permite una pregunta rápida? Muito obrigado."),
  ("msg", "Obrigado por aceptar, Alex! Bueno, en realidad le quería presentar nuestra empresa: somos agentes comerciales y abrimos el mercado "
          "brasileño a fabricantes europeos. Trabajamos con un fee mensual de 1.500 € más comisión sobre ventas. ¿Marcamos una videollamada "
          "para presentarle la propuesta?"),
  ("msg", "Alex, boa tarde. Le escribo de nuevo sobre la representación en Brasil: tenemos una feria en Curitiba el mes que viene y podríamos "
          "llevar sus equipos en nuestro stand por 3.000 €. ¿Qué le parece?", (8, 20)))
P("bait_and_switch_invitation", "es", "Esteban Gallardo", "Community Manager | Comunidad Ventas B2B España", "Sevilla",
  ("inv", "¡Buenas, Alex! Llevo una comunidad de más de 3.000 profesionales de ventas B2B en España donde compartimos recursos, ofertas de empleo "
          "y eventos. Me encantaría que formaras parte, estás invitado."),
  ("msg", "Alex, ¡bienvenido a la comunidad! Te escribo porque el día 12 lanzamos el curso intensivo «Social Selling con Sales Navigator» "
          "(8 horas, 295 € + IVA, bonificable por FUNDAE). Para miembros hay un 20% con el código COMUNIDAD20. ¿Te reservo plaza o se lo paso "
          "a tu equipo?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Carolina Bustos Lara", "Analista de mercado | Estudio de Compras Industriales 2016", "Madrid",
  ("inm", "Entrevista para estudio sectorial",
   "Hola Alex, estoy preparando un estudio sobre cómo compran las plantas industriales en España (quién decide, cuánto pesa el precio, qué "
   "valoran del comercial). Me gustaría incluir la visión de jefes de ventas como tú: son 10 minutos por teléfono y a cambio te envío el "
   "informe completo cuando salga. ¿Te animas?"),
  ("inm", "Informe y una propuesta",
   "Hola de nuevo, Alex. Muchísimas gracias por la entrevista; el informe sale en noviembre. Mientras tanto, con los datos del estudio hemos montado "
   "una base de 2.300 plantas de la zona centro con nombre y teléfono del jefe de mantenimiento. La licencia anual son 3.900 € y a los "
   "entrevistados os aplicamos un 15%. ¿Te envío una muestra?", (10, 25)),
  when=("2016-05-01", "2016-08-31"))
P("bait_and_switch_inmail", "en", "Ryan Whitaker", "Host, The Industrial Sales Show (podcast)", "Chicago",
  ("inm", "Guest spot on The Industrial Sales Show?",
   "Hi Alex, I host a weekly podcast for people who sell heavy equipment and we'd love a European voice. 30-minute conversation about how you "
   "run a territory in Spain, recorded over Skype whenever suits you. Interested?"),
  ("inm", "Next steps for your episode",
   "Great to hear you're in, Alex! To lock in your recording date we just need the guest production package ($750) - it covers editing, a "
   "professionally written show page and promotion to our 40k listeners. Here's the payment link; once it's through I'll send the calendar.", (4, 12)))
P("bait_and_switch_inmail", "es", "Jorge Baena Rius", "Consultor en Retribución Variable | Baena & Partners", "Barcelona",
  ("inm", "Mesa redonda sobre incentivos",
   "Buenos días Alex. El 9 de marzo reunimos en Madrid a ocho directores comerciales de empresas de bienes de equipo para debatir cómo se "
   "diseñan los planes de comisiones. Formato cerrado, sin coste y con comida. ¿Le interesaría participar?"),
  ("inm", "Después de la mesa redonda",
   "Alex, gracias por venir a la mesa. Como vio, muchas empresas pagan comisiones que no premian el margen. Nosotros hacemos el rediseño "
   "completo del plan de incentivos en 6 semanas, desde 9.500 €. Si me da 30 minutos le enseño el caso de un fabricante de compresores.", (30, 40)),
  when=("2017-02-10", "2017-02-16"))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Óscar Lamela", "Delegado Comercial Centro | Rodamientos Lamela", "Guadalajara",
  ("end",), ("end", (1, 5)),
  ("msg", "Buenas Alex! Te he dado un par de validaciones, que te las tienes ganadas 😉 A ver si tú me validas Negociación y Ventas industriales, "
          "que estoy poniendo el perfil al día. Un abrazo y a ver si coincidimos en la feria."))
P("endorse_me_back", "en", "Daniel König", "Area Sales Manager DACH | Fluidtechnik Allgäu", "Kempten",
  ("end",),
  ("msg", "Hey Alex, just endorsed you for {skill} - well deserved after the Murcia project. Would you mind returning the favour with Key Account "
          "Management and Technical Sales? HR is looking at profiles for the new regional role. Cheers, Dani"))
P("endorse_me_back", "es", "Marisa Quiroga", "Comercial de Zona | Suministros Eléctricos del Sur", "Córdoba",
  ("end",), ("end",),
  ("msg", "Hola Alex, ya tienes mis validaciones en {skill} y alguna más. ¿Me harías tú lo mismo con Atención al cliente y Ventas? Estoy "
          "buscando cambiar de empresa y todo suma. Mil gracias!!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Javier Olmos Ruiz", "Director | Incentivos Comerciales Olmos", "Madrid",
  ("inv", "Alex, diseñamos viajes de incentivo y convenciones para redes comerciales. Me gustaría enseñarte cómo motivamos a equipos de venta "
          "en empresas como la tuya."),
  ("rem",),
  ("inm", "Sin respuesta",
   "Alex, te mandé la invitación hace casi un mes y ni sí ni no. Para ser alguien que vive de vender, tienes muy poca cultura de respuesta. "
   "Luego os extraña que los proveedores pasemos de vosotros. En fin."))
P("hostility_after_decline", "en", "Brad Keller", "Growth Hacker | 11K+ connections | LION", "Phoenix",
  ("inv", DEFAULT),
  ("inm", "Really?",
   "You declined my invite? I've got 11,000 connections and you can't hit accept on one. Typical sales manager who thinks he's too important "
   "to network. Good luck with that attitude."))
P("hostility_after_decline", "es", "Wagner Siqueira", "Consultor Comercial | Exportação Brasil–Espanha", "Campinas",
  ("inv", "Olá Alex, trabajo con empresas españolas que quieren vender en Brasil. Me gustaría conversar sobre cómo podemos ayudar a Hidrotécnica "
          "a entrar en el mercado. Un abraço."),
  ("rem",),
  ("inm", "Mi invitación",
   "Alex, no entiendo por qué no me acepta. Le escribí con todo respeto y usted ni responde. Sinceramente, no es una actitud profesional. "
   "Que pena, pensé que en España eran más educados."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Raquel Ortuño", "Ejecutiva de Cuentas | RutaMax · Planificación de rutas comerciales", "Alicante",
  ("msg", "Hola Alex, ¿cuántos kilómetros hacen tus comerciales al mes? Con RutaMax nuestros clientes reducen un 18% el kilometraje y meten una "
          "visita más al día. Te ofrezco una prueba gratis de 30 días para tu equipo de zona centro. ¿Te la activo?"),
  ("msg", "Alex, te escribí hace unas semanas sobre la prueba de RutaMax. ¿Lo has podido pensar? Esta semana tenemos precio especial para "
          "equipos de más de 5 personas.", (10, 20)),
  ("msg", "Veo que lees los mensajes y no contestas. Te ofrezco que tu equipo ahorre tiempo y ni te dignas a decir que no. Luego os quejáis de "
          "que los comerciales no llegan a objetivos. Qué poca educación.", (6, 15)))
P("hostility_connection", "en", "Trevor Banks", "Director, Aftermarket Sales | Banks Seals & Gaskets", "Sheffield",
  ("acc",),
  ("msg", "Cheers for the invite Alex, good meeting you at Hannover. As mentioned on the stand, we can cross-reference any seal kit in your range "
          "and undercut your current supplier by 10-12%. Send me your top 20 part numbers and I'll have a price back to you by Friday."),
  ("msg", "Alex, I've chased you three times now about the seal kits. If you weren't interested you could have just said so instead of wasting "
          "my time at Hannover. Not how I do business, frankly.", (20, 35)),
  when=("2016-04-30", "2016-05-16"))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Mariano Zurita", "Director | Escuela de Ventas Zurita", "Madrid",
  ("msg", "Hola Alex, ¿qué tal? Te escribo porque en septiembre arrancamos una nueva edición del Programa de Alto Rendimiento Comercial para "
          "equipos industriales: 5 jornadas presenciales en Madrid, bonificable. ¿Te envío el temario?"),
  ("msg", "Alex, te recuerdo que quedan 4 plazas para septiembre. Si inscribes a dos personas de tu equipo, la tercera va gratis.", (10, 20)),
  ("msg", "Buenos días Alex, ¿has podido ver el temario? Además del programa abierto hacemos formación in company adaptada a vuestros productos. "
          "¿Te llamo el jueves y lo comentamos?", (10, 25)),
  when=("2016-05-15", "2016-07-05"))
P("connection_only_pitches", "en", "Lauren Pierce", "Senior Account Executive | FieldMapper", "Austin",
  ("msg", "Hi Alex - FieldMapper gives sales managers live visibility of every rep's visits, check-ins and pipeline from one dashboard. "
          "Manufacturers using it log about 25% more customer visits per week. Can I grab 20 minutes to show you how it works?"),
  ("msg", "Following up on my note, Alex. We're running an EMEA promo: first 3 months free for teams of 5+. Want me to set up a sandbox for your "
          "team?", (7, 18)))
P("connection_only_pitches", "es", "Gustavo Leiva Prats", "Corredor de Seguros | Empresas y Directivos", "Madrid",
  ("msg", "Buenas tardes Alex, como corredor trabajo con varios fabricantes de la zona. ¿Tenéis bien cubierta la responsabilidad civil de "
          "producto para las exportaciones? Te hago un estudio comparativo gratuito de vuestras pólizas."),
  ("msg", "Alex, te vuelvo a escribir: además de lo de empresa, tengo un seguro de vida y accidentes para directivos con muy buenas "
          "condiciones. Si me pasas tu fecha de nacimiento te calculo la prima en un momento.", (15, 30)))
P("connection_only_pitches", "es", "Sonia Merino", "Consultora de Social Selling | Sales Navigator", "Málaga",
  ("msg", "Hola Alex 👋 ¿Sabías que los comerciales que trabajan LinkedIn venden bastante más que los que no? Imparto talleres de Social Selling "
          "para equipos industriales. ¿Lo vemos en una llamada de 15 minutos?"),
  ("msg", "Alex, este mes tengo promo: auditoría gratuita de los perfiles de tu equipo + taller de 4 horas por 890 €. ¿Te interesa?", (8, 20)),
  ("msg", "Hola de nuevo! Solo para no perderte la pista: también hago mentoring 1:1 para directores comerciales (3 sesiones, 450 €). Dime si "
          "lo hablamos.", (15, 30)))


# =============================================================== single_pitch
P("single_pitch", "es", "Héctor Villanueva", "Regalos Promocionales y Merchandising | Promo Centro", "Toledo",
  ("msg", "Hola Alex! Se acerca la temporada de ferias: tenemos memorias USB, libretas y termos personalizados con vuestro logo desde 1,20 €/ud. "
          "Si me dices cantidades te mando presupuesto hoy mismo."))
P("single_pitch", "en", "Chris Donovan", "Founder | LeadPulse Data – B2B contact data for manufacturers", "Leeds",
  ("msg", "Alex, quick one: we sell verified contact data for plant managers and maintenance leads across Spain and Portugal - 14,000 records, "
          "92% email accuracy. Can I send you a free sample of 50 contacts in Castilla-La Mancha?"))
P("single_pitch", "es", "Amparo Gil Navarro", "Consultora de Selección | Talento Comercial", "Madrid",
  ("msg", "Hola Alex, ¿tienes alguna vacante de comercial técnico? En Talento Comercial presentamos una terna de candidatos en 15 días y solo "
          "cobramos si contratas (18% del salario bruto anual). Dime y te envío las condiciones por correo."))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Paco Ferrández Soler", "Jefe de Ventas Levante | Bombas del Mediterráneo", "Elche",
  ("msg", "Alex, por si no lo has visto: el Canal ha sacado la licitación para renovar los bombeos de la zona norte. Nosotros no llegamos a esos "
          "caudales pero vosotros sí. El plazo acaba el 28; lo tienes en la plataforma de contratación, expediente 145/2016."),
  ("msg", "Oye, lo de la cementera de Toledo: le he dicho a Lorena que te escriba ella, que es quien lleva esa cuenta. Suerte!", (10, 30)),
  when=("2016-04-01", "2016-04-20"))
P("connection_brings_value", "en", "Helen Marsh", "Channel Sales Manager | Ashby Pumps UK", "Birmingham",
  ("end",),
  ("msg", "Hi Alex, thanks again for the help with the Iberian distributor list. We're hosting a free day for our European partners in "
          "Birmingham on 14 September - product training on the new dosing range, a factory tour and a session on pricing with sterling where "
          "it is. Your team would be very welcome, lunch on us. Shall I put names down?"),
  when=("2016-07-10", "2016-08-01"))
P("connection_brings_value", "es", "Clara Benavente Ruiz", "Técnico de Internacionalización | Cámara de Comercio de Madrid", "Madrid",
  ("msg", "Hola Alex, te escribo porque abrimos inscripción para la misión comercial a Casablanca (7-9 de noviembre). La agenda de reuniones "
          "con importadores la subvenciona la Comunidad al 100%, solo pagáis el viaje. Vi que estáis buscando distribuidor en Marruecos y me "
          "acordé de ti."),
  ("msg", "Te confirmo que quedan 3 plazas para Casablanca. Si te encaja, mándame el formulario antes del viernes y te meto en la agenda con "
          "los tres importadores de bombeo.", (5, 12)),
  when=("2016-09-20", "2016-10-10"))
P("connection_brings_value", "es", "Tomás Rincón Abad", "Director Comercial | Transmisiones Rincón", "Zaragoza",
  ("msg", "Alex, te paso la plantilla de plan de comisiones con objetivos por margen que comentamos en la cena de la asociación. Está en Excel, "
          "úsala y destrózala como quieras. Si te atascas con los tramos, me llamas."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "es", "Elena Robles Cano", "Consultora Senior | Robles & Asociados Selección", "Madrid",
  ("inm", "Director/a Comercial – bienes de equipo – Madrid",
   "Buenos días, Alex. Llevo en exclusiva la búsqueda de un Director Comercial nacional para un fabricante de equipos de tratamiento de agua "
   "con sede en Alcobendas (40 M€ de facturación, equipo de 12 personas). Paquete de 85-95 k€ más variable y coche. Tu trayectoria encaja muy "
   "bien. ¿Te parece que lo hablemos de forma confidencial?"))
P("stranger_inmail_recruiter", "en", "Mark Haddon", "Talent Acquisition Lead | Grundler Pumpen GmbH", "Düsseldorf",
  ("inm", "Area Sales Manager Iberia – Grundler",
   "Hello Alex, I'm hiring for our own team at Grundler: an Area Sales Manager for Spain and Portugal, home office in Madrid, reporting to our "
   "Director Southern Europe. Base around €70k plus bonus and company car. Your experience with municipal water customers is exactly what we "
   "lack. Would you be open to a first call?"))
P("stranger_inmail_recruiter", "es", "Irene Cabello Muñoz", "HR Business Partner | Compresores del Norte", "Bilbao",
  ("inm", "Vacante Jefe de Zona Centro",
   "Hola Alex, soy Irene, de RRHH de Compresores del Norte. Estamos ampliando la red comercial y buscamos un Jefe de Zona Centro (Madrid, "
   "Toledo y Guadalajara): contrato indefinido, fijo más variable por objetivos y vehículo. Te escribo directamente porque varios "
   "distribuidores nos han hablado bien de ti. ¿Te apetece que te cuente más?"))
P("stranger_inmail_recruiter", "es", "Fernanda Lacerda", "Headhunter | Lacerda Executive Search", "Lisboa",
  ("inm", "Sales Director Ibérica – Lisboa o Madrid",
   "Olá Alex! Estoy buscando un Sales Director Ibérica para una multinacional italiana de compresores. Puede trabajar desde Madrid o Lisboa, "
   "con viajes. Salario base de 90-100 mil euros más bónus. Me encantaría conversar com você esta semana, con total discreción."),
  era="cur")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Whitlock", "Sales Development Rep | DataProspect", "Boston",
  ("inm", "Quick question",
   "Hi Alex, who owns lead generation at Hidrotécnica Arganda? We help industrial manufacturers book 15+ qualified meetings a month with "
   "procurement teams. Worth a chat?"),
  ("inm", "Re: Quick question",
   "Bumping this up, Alex - I can send over a 2-min video showing how we did it for a Spanish valve maker. Let me know!", (5, 12)))
P("stranger_inmail_sales", "es", "Verónica Alcaide", "Key Account | Iberia Travel Viajes Corporativos", "Madrid",
  ("inm", "Viajes de tu equipo comercial",
   "Hola Alex, gestionamos los viajes de empresa de varias compañías industriales de Madrid y conseguimos ahorros del 12-20% en hoteles y "
   "AVE. ¿Te preparo una propuesta para tu equipo comercial?"))
P("stranger_inmail_sales", "es", "Diego Sarmiento", "Business Developer | IndusMarket · marketplace B2B de maquinaria", "Barcelona",
  ("inm", "Vende tus equipos online",
   "Alex, IndusMarket es el marketplace de maquinaria industrial con más tráfico en España: 60.000 compradores al mes. Publica tu catálogo "
   "con nosotros; el primer trimestre es gratis y luego son 149 €/mes. ¿Te doy de alta?"),
  ("inm", "Oferta de lanzamiento",
   "Hola Alex, última semana del trimestre gratis en IndusMarket. Te lo dejo todo listo en 48 h si me dices que sí.", (6, 14)),
  era="cur")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Pilar Echevarría Lasa", "Presidenta | Foro Mujeres en Ventas Industriales", "Madrid",
  ("inv", "Hola Alex, en el foro organizamos un encuentro gratuito el 3 de mayo sobre liderazgo de equipos comerciales mixtos en la industria. "
          "Me encantaría que vinieras y, si te apetece, que contaras tu experiencia en la mesa final."),
  ("msg", "Gracias por venir al encuentro, Alex. Tu intervención en la mesa gustó mucho. Te paso las presentaciones de las ponentes y el informe "
          "sobre diversidad en fuerzas de ventas que comentamos.", (24, 32)),
  ("msg", "Alex, una cosa: además del foro tengo una consultora y estamos lanzando un programa de desarrollo para mandos comerciales (6 meses, "
          "4.800 € por persona, bonificable). Creo que a Hidrotécnica le vendría genial. ¿Te mando la propuesta?", (15, 30)),
  when=("2017-04-10", "2017-04-14"))
P("good_turns_ugly", "en", "Nikhil Mehta", "Regional Sales Manager | Sahyadri Industrial Pumps", "Mumbai",
  ("inv", "Hi Alex, I manage distributors in Gujarat and Maharashtra and we're struggling to set margin bands for dealers vs. direct OEM "
          "accounts. Saw your comment in the Pump Sales group. Could I ask you a couple of questions about how you handle it in Spain?"),
  ("msg", "Thank you so much for the long answer Alex, really helpful. I've attached the dealer agreement template we use in India in case it's "
          "useful for your Portugal network. Happy to return the favour anytime.", (5, 15)),
  ("end", (10, 20)),
  ("msg", "Hi Alex! Have endorsed you for {skill}. Could you endorse me for Channel Sales and Distributor Management? Going for the national "
          "head role next month and my boss checks LinkedIn a lot 🙂", (1, 5)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Tomás Aguirre Latorre", "Comercial | Carretillas Elevadoras Aguirre", "Leganés",
  ("inm", "Renovación de carretillas",
   "Buenas Alex, soy Tomás, de Carretillas Aguirre. Tenemos carretillas eléctricas de segunda mano revisadas con un año de garantía, y también "
   "renting. Si tenéis que renovar la flota del almacén de Arganda, os hago una oferta imbatible."),
  ("inv", "Hola Alex, nos vimos en la jornada de la asociación en junio, en la mesa del fondo. Me gustó mucho lo que contaste sobre los "
          "distribuidores. Me encantaría tenerte en mi red.", (120, 200)),
  when=("2016-03-01", "2016-04-30"))
P("reinvite_known_bad", "en", "Sanjay Kapoor", "Business Development | OptiCRM for Manufacturing", "Bangalore",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, I work with sales heads in industrial manufacturing to improve forecast accuracy with our AI-driven CRM add-on. Would love "
          "to connect and share a short case study.", (90, 180)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Rodrigo Marín Pozo", "Consultor de Franquicias | Expansión de Negocio", "Madrid",
  ("inv", "Alex, ¿has pensado alguna vez en montar tu propio negocio? Tengo franquicias de suministro industrial con rentabilidades del 25%. "
          "Si te pica la curiosidad, te lo explico en un café."),
  ("inm", "Tu silencio",
   "Mira Alex, no hace falta aceptar, pero ignorar a la gente dice mucho de ti. Con esa soberbia no vas a llegar muy lejos. Tú mismo.", (18, 30)),
  ("inv", "Hola Alex, creo que empezamos con mal pie hace unos meses y te pido disculpas. Me gustaría volver a intentarlo y simplemente "
          "conectar como profesionales del sector.", (100, 180)))
P("reinvite_known_ugly", "en", "Cole Hastings", "Managing Director | Peak Performance Sales Institute", "Denver",
  ("inm", "Your input for our 2016 Sales Leadership Benchmark",
   "Hi Alex, we're compiling the 2016 Sales Leadership Benchmark across 20 countries and Spain is under-represented. Would you fill in a "
   "7-minute survey? Every participant gets the full report free."),
  ("inm", "Your benchmark results + an offer",
   "Thanks for taking part, Alex. Your team scores below the industrial median on pipeline discipline. Our 90-day Sales Acceleration Program "
   "fixes exactly that - $12,500 for a team of up to 10. Can we book 30 minutes to walk you through it?", (10, 25)),
  ("inv", "Alex, great connecting over the benchmark earlier this year. Let's stay in touch on here.", (90, 160)),
  when=("2016-03-01", "2016-06-30"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Nerea Goikoetxea", "Responsable Comercial | Transportes Especiales Goiko", "Irun",
  ("acc",),
  ("msg", "Hola Alex, gracias por conectar. Te cuento rápido: hacemos transporte de maquinaria pesada y cargas especiales a toda la península, "
          "con escolta y permisos incluidos. Si en algún envío necesitáis presupuesto, mándame medidas y peso y te contesto en el día."))
P("user_invited_pitch_once", "en", "Paul Henshaw", "Sales Director EMEA | Coretrack IoT", "Reading",
  ("acc",),
  ("msg", "Appreciate the connect, Alex. Since you're in pumps - our IoT sensor kit lets you sell remote monitoring as a subscription on top of "
          "each unit, and distributors earn 30% recurring margin. Could I set up a 20-minute call with your product manager?"),
  era="cur")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Julián Paredes Sanz", "Gerente | Stands y Montajes Paredes", "Madrid",
  ("acc",),
  ("msg", "Hola Alex, encantado. Como te comenté en IFEMA, montamos stands de diseño llave en mano. Para la próxima feria os puedo hacer uno de "
          "48 m² con almacén y zona de reuniones por 14.900 € todo incluido. ¿Te paso bocetos?"),
  ("msg", "Alex, ¿has visto los bocetos? Si me confirmas esta semana os mantengo el precio y os regalo la moqueta y la iluminación.", (7, 18)))
P("user_invited_pitch_twice", "es", "Ana Beatriz Teixeira", "Gerente de Negócios | Lusoval Componentes", "Aveiro",
  ("acc",),
  ("msg", "Olá Alex, muito obrigada por la invitación! Aprovecho para presentarle nuestros cierres mecánicos: fabricamos en Portugal con "
          "calidad europea y precios hasta un 20% más bajos. ¿Le puedo enviar el catálogo y la tabla de precios?"),
  ("msg", "Bom dia Alex, ¿recibió el catálogo? Tenemos stock para entrega inmediata en Madrid y podemos hacerle una primera encomenda de "
          "prueba con descuento especial.", (10, 25)))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Marta Escudero Blanco", "Jefa de Compras | Azucarera del Duero", "Valladolid",
  ("acc",),
  ("msg", "Buenos días Alex. Aprovecho que hemos conectado para avisarte: en enero sacamos a concurso el suministro de bombas de proceso de las tres "
          "fábricas. Si os interesa participar, mándame vuestra documentación de homologación antes del 15 de diciembre y os incluimos en la "
          "lista de invitados.", (2, 20)),
  when=("2016-10-20", "2016-11-10"))
P("user_invited_value", "en", "Graham Fowler", "Sales Director | Fowler Fluid Distribution", "Leeds",
  ("acc",),
  ("msg", "Good to be connected, Alex. You asked at Hannover who handles the Mersey water framework: it's Janet Price, category manager at the "
          "utility. I've copied her on an email introducing you, so expect to hear from her. Happy to help."),
  when=("2017-04-30", "2017-05-20"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Ricardo Salcedo", "Director de Mantenimiento | Papelera del Henares", "Alcalá de Henares", ("acc",))
P("acceptance_only", "en", "Siobhan Kerr", "Procurement Manager | Liffey Water Services", "Dublin", ("acc",), era="cur")
P("lone_endorsement", "es", "Adrián Moya Requena", "Técnico Comercial | Hidrotécnica Arganda", "Madrid", ("end",))
P("lone_endorsement", "es", "Yolanda Pastor", "Jefa de Producto | Bombas y Filtros", "Toledo", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn): name, address, subject, body, language, window
FOREIGN = [
    ("Nuria Pizarro", "nuria.pizarro@hidrotecnica-arganda.example", "Pedidos pendientes Zona Centro",
     "Hola Alex,\n\nte paso el listado de pedidos pendientes de facturar de la zona centro. Por cierto, te he mandado invitación en LinkedIn, "
     "que ya estamos todos los del departamento 😄\n\nNuria", "es", ("2016-03-01", "2016-03-20")),
    ("Feria de Bombeo y Fluidos", "info@feriafluidos.example", "Acreditaciones de expositor – síguenos en LinkedIn",
     "Estimado expositor:\n\nya puede descargar sus acreditaciones. Publicaremos el plano definitivo y las novedades de la feria en nuestra "
     "página de LinkedIn.\n\nSecretaría de la Feria", "es", ("2016-09-01", "2016-10-15")),
    ("Recursos Humanos", "rrhh@hidrotecnica-arganda.example", "Política de uso de redes sociales",
     "Estimados compañeros:\n\nos recordamos que no se deben publicar en LinkedIn ofertas, precios ni nombres de clientes sin autorización de "
     "la Dirección Comercial.\n\nUn saludo,\nRRHH", "es", ("2016-02-01", "2017-06-30")),
    ("Luis Mateo", "compras@quimicasdeljarama.example", "Solicitud de oferta bomba dosificadora",
     "Buenos días:\n\nhe encontrado su perfil en LinkedIn. Necesitamos oferta para dos bombas dosificadoras de 120 l/h para ácido sulfúrico. "
     "Adjunto hoja de datos.\n\nLuis Mateo\nCompras, Químicas del Jarama", "es", ("2016-04-01", "2017-10-31")),
    ("Selección Directiva Ibérica", "info@seleccion-iberica.example", "Confidencial: su perfil de LinkedIn",
     "Estimado Sr. Morgan:\n\nhemos localizado su perfil en LinkedIn y quisiéramos comentarle una posición de Director Comercial en el sector "
     "de fluidos. ¿Podemos llamarle?\n\nAtentamente,\nCarmen Ríos", "es", ("2016-05-01", "2017-09-30")),
    ("Academia de Ventas Pro", "newsletter@academiaventaspro.example", "5 trucos de LinkedIn Sales Navigator para comerciales industriales",
     "Esta semana: cómo encontrar al jefe de mantenimiento de cualquier planta con Sales Navigator, y plantillas de mensajes que sí se "
     "contestan.\n\nDarse de baja: https://academiaventaspro.example/baja", "es", ("2016-02-01", "2017-11-30")),
    ("Fernando Ugarte", "fernando.ugarte@hidrotecnica-arganda.example", "Fwd: Fernando, please add me to your LinkedIn network",
     "Alex, este me ha llegado a mí también, ¿lo conoces? Parece otro de los de leads.\n\n---------- Mensaje reenviado ----------\n"
     "De: Inmaculada Soler <invitations@linkedin.com>\nAsunto: Fernando, please add me to your LinkedIn network\n\n"
     "Fernando, ¿y si tus comerciales solo visitaran plantas que ya han mostrado interés?...", "es", ("2016-12-01", "2016-12-20")),
    ("Hannover Messe Visitor Service", "visitor@messe-hannover.example", "Your e-ticket – and find exhibitors on LinkedIn",
     "Dear Alex Morgan,\n\nyour e-ticket for Hannover Messe is attached. Tip: follow the exhibitors you plan to visit on LinkedIn to get their "
     "stand news.\n\nSee you in Hannover!", "en", ("2017-03-20", "2017-04-10")),
    ("Rui Almeida", "rui.almeida@distribuidor-porto.example", "Parabéns pelo novo cargo!",
     "Olá Alex,\n\nvi no LinkedIn que agora também és responsável pela zona de Castilla-La Mancha. Parabéns! Quando vieres ao Porto avisa, "
     "almoçamos.\n\nAbraço,\nRui", "pt", ("2017-01-10", "2017-02-28")),
    ("Google Calendar", "calendar-notification@google.example", "Invitación: Formación LinkedIn para el equipo comercial – jue 10:00",
     "Has sido invitado a: Formación LinkedIn para el equipo comercial\nCuándo: jueves 10:00 – 12:00\nDónde: Sala Tajo, Arganda\n"
     "Organizador: marketing@hidrotecnica-arganda.example", "es", ("2017-05-01", "2017-06-30")),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot hundred-and-forty-first development corpus (dev141). Generated by scripts/make_corpus_dev141.py (seed {SEED}); do not edit by hand.",
          "# 2016 to 2017 of a regional sales manager at an industrial-pump maker near Madrid, mostly in LinkedIn's 2016 layout: default invitations, "
          "sales-training, CRM and other sellers, recruiters, a few peers, the odd rude or endorse-me-back message; formal and casual Spanish, "
          "English, Portuguese-flavoured Spanish. Same format as tests/corpus/dev."]


def _day(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=timezone.utc)


class Li141(mc.LinkedInMail):
    """The 2016 layout's footer carries the year of the mail (2016 or 2017)."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016" and year != 2016:
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


WINDOW = {"2016": ("2016-02-01", "2017-10-31"), "cur": ("2017-08-20", "2017-12-10")}


class Stories141(cs.EraStories):
    """Stories dated 2016 to 2017: each person starts in their own window; other mail and spoofs in the window of their layout era."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li141(self.g, self.b)
        self.window: tuple[str, str] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = map(_day, corpus.window or WINDOW[era])
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = WHEN[name]
        try:
            return super().story(scenario, lang, name, headline, location, nl, steps)
        finally:
            self.window = None

    def make_foreign(self):
        g = self.g
        for i, (name, addr, subj, body, lang, window) in enumerate(self.foreign):
            self.window = window
            date = g.start_date("cur")
            self.window = None
            domain = addr.split("@")[1]
            ar = f"mx.example.net; dkim=pass header.i=@{domain} header.s=k1 header.b={g.rs(8)}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}"
            top = self.b.transport(ar, date, f"198.51.100.{g.r.randint(1, 250)}", f"mail.{domain}", [(domain, "k1")])
            html = "<html><body>" + "".join(f"<p>{escape(x)}</p>" for x in body.split("\n\n")) + "</body></html>\n" if i % 2 else None
            data = self.b.assemble(top=top, from_=mc.enc_addr(name, addr), subject=subj, date_str=mc.Gen.fmt_date(date, "cur", 2),
                                   msgid=self.b.message_id("cur", domain), text=body + "\n", html=html, cte=self.b.pick_cte())
            self.mails.append(mc.Mail(self.fname(f"n{i + 1:03d}", "not-linkedin", "mail"), data, "none", False, "untouched", "", "not_linkedin", lang, date))


def check_people() -> None:
    """Invitation notes fit LinkedIn's 300-character cap; no note is used twice; every name is unique."""
    seen: set[str] = set()
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
            text = s[2] if s[0] == "inm" else (s[1] if s[0] in ("inv", "msg") else None)
            if isinstance(text, str) and text not in (DEFAULT, NONOTE):
                assert text not in seen, (name, text[:40])
                seen.add(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev141")
    args = ap.parse_args()
    check_people()
    c = Stories141(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert _day(FIRST_DAY) <= first and last <= _day(LAST_DAY) + timedelta(days=1), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("eras (people):", dict(sorted(Counter(p.era for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
