#!/usr/bin/env python3
"""Write mailbot's ninety-sixth, independent development corpus: tests/corpus/dev96/*.eml + expected.toml.

The angle: the user Alex owns Puente Creative, a Hispanic-market marketing agency in Miami. Their
LinkedIn world is written in Spanglish and US Spanish (Cuban, Venezuelan, Mexican-American,
Colombian and Puerto Rican turns) as much as in English: ad-tech vendors (CTV, DOOH, geofencing,
AI dubbing, attribution), Spanish-language media sellers (radio, TV affiliates), freelancers
(copywriters, designers, web developers, voice talent), influencers and creator platforms,
clients who want to hire the agency (buyers), peer agency owners trading referrals and questions,
recruiters with real in-house roles, lead-gen and coaching sellers, communities and circles that
turn into sponsorship or coaching sales, endorse-me-back from freelancers, and a few very rude
people after being ignored.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The recipient's headline, the endorsement skills, the job-alert and
news titles, the names and headlines of spoof-only people and PYMK suggestions, the pitches that
spoofs carry and the languages of spoofs and other LinkedIn mail are swapped for this agency's
world in this process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of the
other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev96.py              # writes tests/corpus/dev96
    python scripts/make_corpus_dev96.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260996

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the agency's world (this process only)
mc.L["en"]["rheadline"] = "Founder & CEO at Puente Creative | Hispanic & Multicultural Marketing | Miami"
mc.L["es"]["rheadline"] = "Fundador/a y CEO en Puente Creative | Marketing hispano y multicultural | Miami"
SKILLS = {
    "en": ["Hispanic Marketing", "Multicultural Marketing", "Brand Strategy", "Media Planning", "Social Media Marketing", "Creative Direction"],
    "es": ["Marketing hispano", "Estrategia de marca", "Planificación de medios", "Marketing digital", "Dirección creativa", "Redes sociales"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
# spoofs and LinkedIn's other mail come in the two languages this user reads LinkedIn in
mc.LANGS[:] = ["en", "es", "en", "es", "en"]
# a few spoofs, each forged a different way (look-alike domains, display names, failing or untrusted authentication)
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "display:outlook.com", "untrusted:mx.google.com", "buried", "wrongpass", "lookalike:linkedin.com.secure-notify.example"]
mc.CITY["en"] = ["Miami, Florida", "Doral, Florida", "Fort Lauderdale, Florida", "Orlando, Florida", "Houston, Texas", "New York, New York"]
mc.CITY["es"] = ["Hialeah, Florida", "Miami, Florida", "Kendall, Florida", "Coral Gables, Florida", "Ciudad de México", "Bogotá"]
mc.NAMES["en"] = (["Jessica", "Michael", "Ashley", "Christopher", "Brittany", "Jason", "Amber", "Joshua", "Crystal", "Anthony", "Lauren", "Eric", "Melissa", "Jonathan"],
                  ["Smith", "Johnson", "Rodriguez", "Garcia", "Miller", "Hernandez", "Davis", "Lopez", "Wilson", "Gonzalez", "Anderson", "Martinez", "Thompson", "Rivera"])
mc.NAMES["es"] = (["Yanelis", "Reinaldo", "Marisol", "Daymí", "Orlando", "Yuleidy", "Alexis", "Migdalia", "Ramón", "Yoandra", "Ernesto", "Lisandra", "Yunior", "Odalys"],
                  ["Hernández", "Rodríguez", "Acosta", "Cabrera", "Fonseca", "Delgado", "Suárez", "Betancourt", "Quesada", "Milián", "Lorenzo", "Pupo"])
mc.JOBS[:] = [("Account Director, Multicultural", "Onda Media Group"), ("Director of Hispanic Marketing", "Bravo Brands"),
              ("Head of Multicultural Strategy", "Caribe Cola"), ("Senior Media Planner – US Hispanic", "Ola Media"),
              ("Marketing Director", "Doral Community Bank")]
mc.COMPANIES["good"] = ["Caribe Cola", "Onda Media Group", "Sabor de Casa Foods", "Biscayne State University", "Doral Community Bank", "Arango Creative"]
mc.COMPANIES["sales"] = ["LeadRocket", "StreamLatino CTV", "AdVantage DSP", "InfluLatam", "PixelForge Studios", "RankLatino", "Voxa Translate AI"]
mc.HEADLINES["good"] = ["Brand Manager at {co}", "Multicultural Marketing Lead | {co}", "Creative Director at {co}", "Media Planner at {co}",
                        "Head of Marketing at {co}", "Account Director | {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping agencies scale | {co}", "Founder & CEO at {co} | Lead Generation",
                         "Business Development @ {co}", "Partnerships Manager at {co}"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"multicultural marketing director\"", "Your job alert for multicultural marketing director in {city}"),
           "news": "Is Spanglish becoming the default voice of US advertising?",
           "group": "Top conversations in Hispanic & Multicultural Marketing Professionals",
           "newsletter": "Cultura Check: what brands got wrong this Hispanic Heritage Month"},
    "es": {"job": ("{n} nuevos empleos de «director de marketing multicultural»", "Tu alerta de empleo para director de marketing multicultural en {city}"),
           "news": "¿Se está quedando atrás la publicidad en español en EE. UU.?",
           "group": "Conversaciones destacadas en Marketing Hispano en EE. UU.",
           "newsletter": "El Brief Latino: lo que aprendimos de 50 campañas bilingües"},
})
for _l, _subjects in {"en": ["Quick question", "Idea for Puente Creative", "15 minutes?", "Your Q4 Hispanic campaigns", "Partnership"],
                      "es": ["Pregunta rápida", "Idea para Puente Creative", "¿15 minutos?", "Tus campañas de fin de año", "Alianza"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subjects
SPOOF_PITCH = {
    "en": ["Hi {first}, your agency was shortlisted for a Hispanic Heritage Month campaign brief. Sign in to download the RFP before Friday.",
           "Hello, I shared the signed insertion order with you through LinkedIn Secure Docs. Log in to review and approve the invoice."],
    "es": ["Hola {first}, tu agencia quedó preseleccionada para una campaña navideña. Inicia sesión para descargar el brief antes del viernes.",
           "Buenas, te compartí la orden de inserción firmada por LinkedIn Secure Docs. Entra para revisarla y aprobar la factura."],
    "de": ["Hallo {first}, Ihre Agentur steht auf der Shortlist für eine Kampagne. Bitte melden Sie sich an, um das Briefing herunterzuladen."],
    "fr": ["Bonjour {first}, votre agence est présélectionnée pour une campagne. Connectez-vous pour télécharger le brief."],
    "it": ["Ciao {first}, la tua agenzia è in shortlist per una campagna. Accedi per scaricare il brief entro venerdì."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes only make sense in the current era (CTV, TikTok, AI dubbing, WhatsApp communities, Meta, Zoom)
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "en", "Maritza Echevarría", "Founder & Principal, Echevarría Comunicaciones | Multicultural PR", "Coral Gables, Florida",
  ("inv", "Alex! Maritza here, we've said hi at a couple of Chamber breakfasts. Pregunta de colega: ¿a ustedes Meta les está rechazando ads en español "
          "por 'social issues'? Two got flagged this week for a bank client and I'm losing my mind. Cafecito? Yo invito."),
  ("rem",))
P("good_invitation", "en", "Daniel Arredondo", "Associate Professor of Advertising | Biscayne State University", "Miami, Florida",
  ("inv", "Hello Alex, I teach Hispanic Consumer Marketing to seniors at Biscayne State. Would you visit one class this fall and react to my "
          "students' campaign pitches? No prep, just your honest eye. They'd learn more from you in an hour than from me in a month."))
P("good_invitation", "en", "Yesenia Paredes", "Brand Manager, Frozen & Snacks | Sabor de Casa Foods", "Houston, Texas",
  ("inv", "Hi Alex. I own the frozen empanada line at Sabor de Casa and we expand from Florida into Texas next spring. Our current agency writes "
          "'Hispanic' like it's one audience. We open an agency search in January and I'd like Puente in it. Can I send you the brief?"),
  ("rem",))
P("good_invitation", "es", "Lucía Ortega Blanco", "Reportera de negocios | Noticiero Sur de la Florida", "Doral, Florida",
  ("inv", "Hola Alex, soy Lucía, cubro negocios para el noticiero. Preparo una pieza sobre agencias de Miami que usan IA para doblar comerciales "
          "al español y el riesgo de sonar 'neutro'. ¿Me darías 15 minutos? On the record o solo de contexto, como prefieras."))
P("good_invitation", "es", "Rodrigo Salcedo", "Organizador | Latinos in Marketing Miami (meetup)", "Wynwood, Florida",
  ("inv", "Épale Alex, ¿cómo va todo? Monto el meetup Latinos in Marketing, gratis, el segundo jueves de cada mes en Wynwood. Este mes el panel es "
          "sobre campañas de Hispanic Heritage Month que no den pena ajena 😅 Si te provoca venir o hablar, te guardo puesto."),
  ("rem",))
P("good_invitation", "en", "Carolyn Whitaker", "Talent Partner, Marketing & Brand | Onda Media Group", "Miami, Florida",
  ("inv", "Alex, I'm filling a VP, Multicultural Brand Strategy seat (in-house, Brickell, $230-260K + bonus). You run your own shop so maybe not "
          "for you, but two people on our team said to ask you first. Even a name or two would mean a lot. JD ready to send."))
cur("Maritza Echevarría", "Lucía Ortega Blanco")


# =============================================================== default_invitation
P("default_invitation", "en", "Kevin Tran", "Account Executive | Programmatic Media | DSP certified", "Tampa, Florida", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Yolanda Batista", "Community Manager | Contenido para marcas", "Hialeah, Florida", ("inv", NONOTE))
P("default_invitation", "es", "Jorge Luis Villalobos", "Fotógrafo y videógrafo | Bodas, eventos y marcas", "Doral, Florida", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Brandon Keller", "Growth Marketer | B2B SaaS | Paid Acquisition", "Austin, Texas", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Hendricks", "Director of Agency Partnerships @ StreamLatino CTV", "New York, New York",
  ("inv", "Hey Alex, noticed Puente runs Spanish-language CTV for a couple of CPG brands. We package Hispanic-indexed inventory across 40+ FAST "
          "channels at CPMs well under the networks. Could I grab 15 min next week to show you rates and a case study?"))
P("sales_invitation", "es", "Nelson Quintero", "Ejecutivo de Ventas | La Tremenda 101.9 FM", "Hialeah, Florida",
  ("inv", "Buenas Alex, le escribo de La Tremenda 101.9. Tenemos paquetes de menciones en vivo con los locutores de la mañana, ideales para "
          "clientes de retail y autos, y este trimestre hay tarifa especial de agencia. ¿Le paso el rate card y coordinamos?"),
  ("rem",))
P("sales_invitation", "en", "Vikram Desai", "Co-founder | PixelForge Studios – white-label design for agencies", "Pune, India",
  ("inv", "Hi Alex, we're a white-label design and video-editing studio serving 30+ US agencies. Bilingual EN/ES motion graphics, 24h turnaround, "
          "flat $22/hour. Could I send our portfolio and a pricing sheet? Happy to do a free test piece first."))
P("sales_invitation", "es", "Daniela Rosales", "Partnerships | InfluLatam – +3.000 creadores latinos verificados", "Ciudad de México",
  ("inv", "Holaaa Alex 💕 Soy Dani de InfluLatam! Tenemos más de 3.000 creadores latinos verificados en EE.UU. y las agencias se ahorran como "
          "60% del tiempo de casting. ¿Te enseño la plataforma en un demo rapidito esta semana? 🙌"))
P("sales_invitation", "en", "Marcus Bell", "Founder | AgencyPipeline | Booked calls for agency owners", "Scottsdale, Arizona",
  ("inv", "Alex, we put 15-25 qualified discovery calls a month on the calendars of agency owners, and you pay nothing until the first ones show "
          "up. Did it for another Miami multicultural shop last quarter. Worth a quick chat?"))
cur("Tyler Hendricks", "Daniela Rosales")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Ivonne Castellanos", "Founder, Latina Founders Circle Miami", "Miami, Florida",
  ("inv", "Hi Alex! I'm pulling together a small circle of Latino agency owners in South Florida: breakfast once a month, real numbers, zero "
          "pitching. Somos como ocho so far. Would love to have you at the table."),
  ("msg", "Yay, welcome! 🥳 Quick heads up so there are no surprises: the circle runs alongside my 12-week Scale Your Agency program ($4,800, or "
          "3 payments of $1,700). Almost every member does both. Can we hop on a 30-min call so I can walk you through it? Te va a encantar.", (2, 9)),
  ("msg", "Alex, enrollment for the spring cohort closes Friday and I'm holding a spot for you. Just reply SÍ and I'll send the payment link.", (8, 20)))
P("bait_and_switch_invitation", "en", "Gustavo Pineda", "Research & Insights | Venezuelan in Miami", "Weston, Florida",
  ("inv", "Hey Alex, fellow venezolano in marketing. Curious: for research, do you use a Hispanic-only panel or general-market panels with a "
          "Spanish toggle? My clients swear by one and I don't trust either. Would love your take."),
  ("msg", "Gracias por aceptar, pana! Full disclosure, the reason I asked: we just launched PanelVoz, a 100% US Hispanic panel, n=1,000 in 72 "
          "hours, acculturation quotas built in. Agencies get 20% off the first study. ¿Te mando la propuesta?"))
P("bait_and_switch_invitation", "en", "Stephanie Ruiz", "Head of Insights at CulturaData", "Chicago, Illinois",
  ("inv", "Alex, we just released our Hispanic Consumer Pulse report, free and without an email gate. The chapter on bilingual Gen Z and "
          "code-switching in ads seems right up your alley. Want me to send it over?"),
  ("msg", "Here you go, the full report: culturadata.example/pulse 📊 Also, the state-level cuts and the creative testing module live in our "
          "dashboard (agency license $1,500/mo, billed annually). Want me to set up a trial call with my AE?", (1, 6)),
  ("msg", "Hi Alex, circling back on the dashboard. Our Q1 pricing lock ends on the 31st, and I can add two extra seats if we sign this month."))
P("bait_and_switch_invitation", "en", "Ernesto Galindo", "Community Builder | Miami Marketers WhatsApp (400+)", "Miami, Florida",
  ("inv", "Qué onda Alex! Armé una comunidad de WhatsApp para marketers en Miami, ya somos 400 y pico: chamba, referidos, eventos y memes. "
          "Es gratis. ¿Te agrego?"),
  ("msg", "Órale, bienvenido! Oye, pa' que sepas: we're selling sponsor spots for the monthly mixer. Con $2,500 your agency logo goes on "
          "everything, you get 5 minutes on stage y la lista de asistentes. Nomás quedan dos. ¿Le entras?"),
  nl="es")
P("bait_and_switch_invitation", "en", "Priscila Andrade", "Bilingual lifestyle creator | 180K on IG | Miami mom", "Kendall, Florida",
  ("inv", "Hi Alex!! I'm organizing a toy drive for families in Hialeah this December and looking for local agencies to help spread the word, "
          "nada comercial, it's for the kids 💛 Would love to connect!"),
  ("msg", "Thank you for connecting!! 🎁 Also sharing my media kit while I have you: IG reel $3,200, TikTok $2,500, reel + 3 stories $5,000. "
          "Perfect for your holiday client campaigns. Which of your brands would be a fit? 💛"))
cur("Ivonne Castellanos", "Stephanie Ruiz", "Ernesto Galindo", "Priscila Andrade")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Federico Landaeta", "Managing Partner, Andes Bridge Advisors", "Miami, Florida",
  ("inm", "Study on independent Hispanic agencies", "Alex, we're running a short study on how independent Hispanic agencies in the US have grown "
          "since the pandemic. It's a 20-minute interview, fully anonymous, and every participant receives the final benchmark. Would you be "
          "willing to take part?"),
  ("inm", "Re: Study on independent Hispanic agencies", "Thanks again for the conversation, Alex. Based on what you shared, Puente is exactly the "
          "profile acquirers are paying 6-8x EBITDA for right now. We run sell-side processes for agency owners on a monthly retainer plus a success "
          "fee. Could we schedule a confidential call with my partner next week?"))
P("bait_and_switch_inmail", "es", "Ana Lucía Bermúdez", "Community Lead | Hispanic Creatives Guild", "Miami, Florida",
  ("inm", "Noche de portafolios", "Hola Alex, el 22 hacemos nuestra noche de revisión de portafolios para creativos latinos que están empezando. "
          "Buscamos directores de agencia que den 10 minutos de feedback a cada uno. Es voluntario y la comida corre por nuestra cuenta. ¿Te animas?"),
  ("inm", "Gracias + una propuesta", "¡Gracias por decir que sí, Alex! Aprovecho: las agencias que participan suelen sumarse como Agency Partner "
          "del Guild (3.000 USD al año), con logo en todos los eventos y acceso prioritario al talento. ¿Te mando el acuerdo para firmar?", (4, 12)))
P("bait_and_switch_inmail", "en", "Jake Morrison", "Founder @ AdLoop AI", "San Francisco, California",
  ("inm", "Founder to founder", "Hi Alex, founder here, building in the ad space. Genuine question: how does your team QA Spanish transcreation "
          "when the client's brand manager doesn't speak Spanish? I keep hearing it's a mess and I'd love to understand it from someone who lives it."),
  ("inm", "Following up", "Really appreciated your answer. It confirmed why we built AdLoop AI: automated transcreation with regional variants "
          "(Mexican, Caribbean, South American) plus a QA score your client can read. Agencies pay $999/mo. Free 14-day pilot on one account?"))
P("bait_and_switch_inmail", "es", "Carmen Elisa Duarte", "Consultora de expansión internacional | Agencias y startups", "Bogotá",
  ("inm", "Guía gratuita: abrir en Bogotá o CDMX", "Alex, buen día. Armamos una guía gratuita con lo que aprendimos llevando agencias de Miami "
          "a abrir oficina en Bogotá y Ciudad de México: nómina, impuestos, talento. Te la comparto sin compromiso si te sirve."),
  ("inm", "Sobre la guía", "¿Te llegó la guía? Si estás evaluando abrir en Bogotá, te acompañamos de principio a fin: constitución, "
          "contratación y primeros clientes, desde 8.500 USD. ¿Agendamos una llamada de diagnóstico esta semana?"))
cur("Federico Landaeta", "Jake Morrison")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Yadira Morales", "Freelance Spanish Copywriter & Transcreator", "Miami Beach, Florida",
  ("end",), ("end",),
  ("msg", "Holaa Alex! Te endorsé en {skill} porque you deserve it, todavía me acuerdo de tu charla en el evento de Adobe. Una cosita: would you "
          "mind endorsing me back for Spanish Copywriting and Transcreation? I'm relaunching my freelance profile y me ayudaría un montón 🙏"))
P("endorse_me_back", "en", "Brian Castillo", "Media Buyer | Programmatic & Paid Social", "Fort Lauderdale, Florida",
  ("end",),
  ("msg", "Alex my man, just endorsed you for {skill}. Return the favor on Media Buying and Programmatic when you get a sec? About to start "
          "interviewing and want the profile looking legit. Appreciate you!"))
P("endorse_me_back", "es", "Osvaldo Pérez", "Diseñador gráfico | Branding | Ilustración", "Hialeah, Florida",
  ("end",),
  ("msg", "Asere qué bolá! Te validé en {skill}, que bien ganao lo tienes. ¿Me tiras uno pa'trás en Diseño gráfico y Branding cuando tengas un "
          "chance? Gracias mi hermano."))
P("endorse_me_back", "es", "Natalia Quiroga", "Social Media Strategist | Remote | Bogotá", "Bogotá",
  ("end",), ("end",),
  ("msg", "Hola Alex, ¿cómo estás? Ya te validé {skill} y un par más. ¿Te molestaría validarme Community Management y Paid Social? Estoy "
          "aplicando a trabajos remotos con agencias de EE.UU. y me dicen que eso pesa bastante. ¡Mil gracias, de verdad!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Ricky Valdés", "Entrepreneur | Investor | Mentor to 7-figure founders", "Miami, Florida",
  ("inv", "Alex, I help agency owners break 7 figures without working 80-hour weeks. Let's talk this week."),
  ("rem",),
  ("inm", "Wow", "Two requests, nothing. I've built and sold three companies, bro. Ignoring people who could help you is exactly why agencies "
          "like yours stay stuck at 10 employees. Good luck with that."))
P("hostility_after_decline", "es", "Mariela Fuenmayor", "Creadora de contenido | UGC | Lifestyle y belleza", "Doral, Florida",
  ("inv", "Hola Alex! Soy creadora de contenido UGC y me encantaría trabajar con las marcas de tus clientes. Tengo tarifas especiales para agencias 😊"),
  ("inm", "¿En serio?", "Increíble que ni me aceptes la solicitud. Te crees la gran cosa porque tienes una agencia, pero sin creadoras como yo "
          "tus campañas no existen. Qué falta de respeto y qué poca humildad."))
P("hostility_after_decline", "en", "Derek Foley", "VP Sales | Addressable Audio", "Atlanta, Georgia",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Not even a no?", "Alex, a connection request, a reminder and an email. Not even a 'no thanks'? Pretty unprofessional for someone "
          "whose agency tagline is literally 'people first'. Noted, and I'll remember it."))
P("hostility_after_decline", "en", "Héctor Lugo", "Marketing student | Miami Dade College", "Hialeah, Florida",
  ("inv", "Hi Mr. Morgan, I'm a marketing student at Miami Dade and the first in my family in college. Would love to follow your work and "
          "maybe ask for advice on getting into an agency someday."),
  ("inm", "ok", "ok i see how it is. you post all day about 'lifting up the next generation of latinos in marketing' and then can't click "
          "accept for an actual latino student. pura fachada."))
cur("Mariela Fuenmayor")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Wendell Price", "Regional Sales Director | SignalPoint DOOH", "Miami, Florida",
  ("msg", "Alex, we just added 60 digital screens across Little Havana, Hialeah and Doral, the densest Hispanic DOOH footprint in South "
          "Florida. Want me to send avails for Q4?"),
  ("msg", "Following up on the Q4 avails. Rates go up on the 1st. 15 minutes this week?"),
  ("msg", "Third message and I can see you've opened them. Not replying at all is just rude, Alex. I'll let our Miami team know Puente isn't "
          "worth the time."))
P("hostility_connection", "es", "Lourdes Cepeda", "Directora | Cepeda Translations & Localization", "Coral Gables, Florida",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te cuento que en Cepeda Translations hacemos traducción y localización certificada para publicidad, con "
          "tarifas por palabra muy competitivas para agencias. ¿Te puedo enviar una cotización para tus próximos proyectos?"),
  ("msg", "Alex, fuiste tú quien me invitó a conectar. Te mando una propuesta con todo el cariño y me dejas en visto dos semanas. Qué poca "
          "clase. Así no se hacen negocios en Miami.", (12, 20)))
P("hostility_connection", "en", "Rudy Benítez", "Owner | Benítez Print & Promo", "Hialeah Gardens, Florida",
  ("msg", "Yo Alex, Rudy from Benítez Print. We do banners, step-and-repeats, vehicle wraps, all in-house in Hialeah Gardens, faster than "
          "anyone. Got any activations coming up? I'll beat any quote."),
  ("msg", "ok thanks for nothing primo. next time don't accept people if you're not gonna answer. pesado."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Shannon O'Reilly", "Account Director | PulseGeo Mobile Advertising", "Dallas, Texas",
  ("msg", "Hi Alex, hope the week's going well. We geofence Hispanic grocery stores, quinceañera venues and remittance shops to build audiences "
          "you can't get from the DSPs. Open to a quick look at how it'd work for your retail clients?"),
  ("msg", "Alex, sharing a one-pager: a Houston auto dealer group got a 3.4x lift in showroom visits with our Hispanic geofences. Any chance "
          "for 20 minutes Thursday or Friday?"))
P("connection_only_pitches", "es", "Jhonatan Mejía", "Fundador | RankLatino – SEO white label para agencias", "Medellín",
  ("msg", "Qué más Alex, te escribo porque muchas agencias en Miami le revenden SEO a sus clientes sin tener equipo propio. Nosotros lo hacemos "
          "en marca blanca desde Medellín, reportes con tu logo, desde 450 USD al mes por cliente. ¿Te interesa?"),
  ("msg", "Alex, te dejo un caso: una agencia de Orlando pasó de 0 a 14 clientes de SEO revendiendo nuestro servicio. ¿Cuadramos una llamadita?"),
  ("msg", "Último mensaje, lo prometo 🙏 Este mes damos el primer mes gratis a agencias nuevas. ¿Le damos?"))
P("connection_only_pitches", "en", "Amanda Porter", "Commercial Insurance Advisor | Agencies & Creative Businesses", "Boca Raton, Florida",
  ("msg", "Alex, quick question: does Puente carry media liability and E&O coverage? A lot of agency owners find out they don't after a client "
          "dispute. I can run a no-cost quote comparison in 48 hours."),
  ("msg", "Hi Alex, following up on the E&O comparison. I also have a new cyber policy for agencies that manage client ad accounts. When's a "
          "good time to go over numbers?"))
P("connection_only_pitches", "es", "Roberto Anzola", "Asesor patrimonial | Planificación para dueños de negocio", "Coral Gables, Florida",
  ("msg", "Hola Alex, como dueño de agencia seguramente tienes todo reinvertido en el negocio y poco pensado para el retiro. Trabajo con "
          "empresarios hispanos en planes 401(k) y cash balance con ventajas fiscales. ¿Te parece un café para revisarlo?"),
  ("msg", "Alex, te escribo de nuevo: antes del cierre del año fiscal todavía se puede abrir un plan y deducirlo este ejercicio. Tengo martes y "
          "miércoles libres, ¿cuál te queda mejor?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Alicia Moncada", "Promotional Products Consultant | Branded merch for events", "Miami Lakes, Florida",
  ("msg", "Hi Alex! Si tienen eventos de Hispanic Heritage Month con clientes, we do branded merch with a Latino twist: loterías personalizadas, "
          "abanicos, guayaberas bordadas. ¿Te mando el catálogo con precios por volumen?"))
P("single_pitch", "en", "Tom Gallagher", "Founder | Tidewater Podcast Studios", "Tampa, Florida",
  ("msg", "Alex, agencies your size are launching branded podcasts for clients, and the bilingual ones are doing really well. We handle booking, "
          "recording, editing and distribution for a flat monthly fee. Worth a call to see if it fits any of your accounts?"))
P("single_pitch", "es", "Karla Jiménez", "Asesora de financiamiento | Préstamos SBA para negocios hispanos", "Miami, Florida",
  ("msg", "Hola Alex, vi que Puente ha crecido mucho. Si necesitas capital para contratar o abrir otra oficina, te puedo ayudar a calificar "
          "para un préstamo SBA a tasa fija, con todo el proceso en español. ¿Te llamo esta semana?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Beatriz Arango", "Founder & CEO | Arango Creative (Orlando)", "Orlando, Florida",
  ("msg", "Alex! A client of ours wants a big push in Puerto Rico and we don't have the on-island relationships you do. Can I pass them your "
          "way? No referral fee, just send me the next Central Florida thing that lands on your desk 😂"),
  ("msg", "Done, I introduced you by email to Carla at the cooperativa. She's expecting your call and already knows you're the Puerto Rico person 😉"))
P("connection_brings_value", "en", "Samuel Ortiz", "Client Partner, US Hispanic | Streamly", "Miami, Florida",
  ("msg", "Hey Alex! Heads up from your old intern: Streamly is running a free workshop for multicultural agencies in Doral on the 20th, new "
          "Spanish-language ad formats plus a Q&A with the product team. I can get you two seats, just send me the names."))
P("connection_brings_value", "es", "Gabriela Nuñez", "Consultora de Ad Ops | Planes de medios que cuadran", "Kendall, Florida",
  ("end",),
  ("msg", "Hola Alex! Armé una plantilla de plan de medios bilingüe (inglés/español) con fórmulas de alcance y frecuencia y pacing por semana. "
          "La estoy regalando a colegas, aquí va el link. Si le encuentras errores me avisas y la corrijo 🙂"))
P("connection_brings_value", "en", "Martin Feld", "Executive Director | Association of Multicultural Advertisers, Florida", "Fort Lauderdale, Florida",
  ("msg", "Alex, our student Hispanic creative competition needs a few agency judges in March. It's volunteer, about three hours on a Saturday, "
          "and the finalists usually land internships out of it. Would you judge? We'd credit Puente on the program."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Jennifer Lozano", "Senior Talent Acquisition Partner | Bravo Brands", "Miami, Florida",
  ("inm", "Director, Multicultural Marketing – Bravo Brands (Miami)", "Hi Alex, I'm recruiting a Director of Multicultural Marketing for Bravo "
          "Brands (beverages, about $2B in sales). The role is in-house in Miami, owns the US Hispanic P&L for three brands and reports to the "
          "CMO. Range is $210-240K plus 20% bonus. I know you run an agency, so this may not be for you, but if you're curious or know someone, "
          "I'd love 20 minutes."))
P("stranger_inmail_recruiter", "es", "Andrés Felipe Cárdenas", "Head of People | Rapidito (delivery, LatAm + US)", "Ciudad de México",
  ("inm", "Head of US Hispanic Growth – remoto desde Miami", "Hola Alex, te escribo porque abrimos la posición de Head of US Hispanic Growth "
          "para Rapidito, remoto desde Miami, reportando a nuestro CEO. Buscamos a alguien que conozca a fondo al consumidor hispano en Florida y "
          "Texas. Paquete competitivo más equity. ¿Te interesa conversar o me recomiendas a alguien?"))
P("stranger_inmail_recruiter", "en", "Megan Wolfe", "Executive Recruiter | Marketing Leadership, Financial Services", "Charlotte, North Carolina",
  ("inm", "CMO search – South Florida credit union", "Alex, I'm leading a confidential CMO search for a $4B credit union in South Florida whose "
          "membership is now majority Hispanic. They want someone who has built bilingual brands, not just translated them. Comp is in the "
          "$280-320K range. Would you be open to a confidential conversation, or could you point me to someone?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chad Hensley", "Enterprise Account Executive @ Voxa Translate AI", "Denver, Colorado",
  ("inm", "Spanish versions of your spots, 70% cheaper", "Hi Alex, agencies like Puente use Voxa to produce Spanish versions of video ads with AI "
          "voice cloning, lip sync included, at 70% less than studio dubbing. Can I show you a 10-minute demo using one of your own spots?"),
  ("inm", "Quick follow-up", "Alex, following up on my note. This month we have a pilot offer for Florida agencies: 50 minutes of dubbed content "
          "free with an annual plan. Worth a look?"))
P("stranger_inmail_sales", "es", "Fernanda Ibarra", "Ejecutiva de cuentas | Univista TV Miami", "Doral, Florida",
  ("inm", "Paquete Navidad Univista", "Hola Alex, te comparto nuestro paquete de Navidad para agencias: spots de 30 segundos en el noticiero "
          "estelar y en la novela de las 9, con bonificación en digital. Los cupos se llenan rápido en diciembre. ¿Te mando la propuesta para tus "
          "clientes de retail?"))
P("stranger_inmail_sales", "en", "Oleksandr Petrenko", "CEO | Brightbyte Dev – web & app development", "Kraków",
  ("inm", "Your website", "Hello Alex, I looked at puente creative website and see that loading speed can be better. Our team of 40 developers "
          "make websites and mobile apps for US agencies at $25/hour. Can we schedule call to discuss cooperation?"))
cur("Chad Hensley")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Vanessa Cordero", "Search Strategist | Hispanic SEO", "Miami, Florida",
  ("inv", "Hi Alex, I'm hosting a free 45-min workshop for agency folks on Spanish-language search (how people really type: spanglish, no "
          "accents, 'cerca de mi'). Thursday at noon on Zoom, no slides about us. Want an invite?"),
  ("msg", "Thanks for joining Thursday! Here are the slides and the keyword list we built from 2M Spanish queries. Use them however you like "
          "with your clients.", (3, 10)),
  ("msg", "Hi Alex! We're opening a few white-label spots: we run Spanish SEO for your clients under your brand, $1,800/mo per client. Since "
          "you saw the workshop, I'd love to get you on a call this week to set it up.", (10, 30)))
P("good_turns_ugly", "es", "Julián Restrepo", "Fundador | Restrepo Estudio Creativo, Medellín", "Medellín",
  ("inv", "Hola Alex, tengo un estudio creativo en Medellín y veo que trabajas con talento colombiano remoto, como nosotros con clientes de "
          "EE.UU. ¿Cambiamos notas sobre contratos, pagos y zonas horarias? Pura charla entre colegas."),
  ("msg", "Qué bueno hablar la semana pasada. Como te prometí, te paso la lista de editores y motion designers de Medellín con los que "
          "trabajamos, todos probados. Úsala con confianza."),
  ("end",),
  ("msg", "Parce, te validé {skill}. Una cosita: ¿me validas Dirección creativa y Producción audiovisual? Estamos cotizando con una marca "
          "gringa grande y quiero que el perfil se vea completo.", (1, 6)))
P("good_turns_ugly", "en", "Pamela Sotomayor", "Board Chair | Hispanic Heritage Foundation of South Florida (volunteer)", "Coral Gables, Florida",
  ("inv", "Alex, I chair our foundation's Hispanic Heritage Month speaker series (free, open to the community). Would you join our October "
          "panel on Latino representation in advertising? Just 45 minutes, and we'd love your perspective."),
  ("msg", "THANK YOU for a wonderful panel! Here's the recording and the photos, feel free to share them with your team.", (20, 40)),
  ("msg", "Alex, one more ask: our Gala is March 8 and we have tables for agencies, $5,000 Gold (10 seats, logo on the step-and-repeat) or "
          "$2,500 Silver. Can I put Puente down for one?", (20, 45)))
cur("Vanessa Cordero")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Luis Alberto Montiel", "Gerente de Ventas | Canal 41 Miami", "Miami, Florida",
  ("inm", "Tarifas de fin de año", "Alex, buenas tardes. Le comparto las tarifas de fin de año de Canal 41 para agencias: paquetes en noticieros "
          "locales y deportes, con la producción del comercial incluida. ¿Podemos reunirnos para presentarle las opciones?"),
  ("inv", "Alex, fue un gusto coincidir en el almuerzo de la Cámara la semana pasada. Me quedé con ganas de seguir la conversación, conectemos."))
P("reinvite_known_bad", "en", "Ashley Nguyen", "Account Manager | Influencer Marketing", "Los Angeles, California",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, loved your panel at the Multicultural Marketing Summit, especially the bit about not translating humor. Would be great to stay in touch!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Eduardo Carrizo", "Consultor de ventas | Cierres de alto ticket", "Miami, Florida",
  ("inv", "Alex, ayudo a dueños de agencias a cerrar contratos de 10k+ al mes con un sistema probado. ¿Hablamos 15 minutos?"),
  ("inm", "Qué lástima", "Veo que no contestas. Típico de los que creen que ya se lo saben todo. Sigue así, que la competencia te lo agradece."),
  ("inv", "Alex, ha pasado tiempo. Borrón y cuenta nueva, ¿conectamos?"))
P("reinvite_known_ugly", "en", "Patricia Lindo", "Research Associate | Hispanic Business Survey", "Orlando, Florida",
  ("inm", "Survey of Hispanic business owners", "Hello Alex, I'm gathering responses for a survey of Hispanic-owned businesses in Florida; the "
          "results are shared free with every respondent. It takes 5 minutes. Could I count on you?"),
  ("inm", "Your results + an offer", "Thanks for completing the survey! Your answers show your agency could be paying too much for payroll and "
          "benefits. We are a PEO that serves Hispanic business owners. Can I send you a quote?", (4, 14)),
  ("inv", "Hi Alex, hope this year is treating you well! Would love to stay connected here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Alejandro Fuentes", "Executive Producer | Fuentes Films – Spanish-language commercial production", "Miami, Florida",
  ("acc",),
  ("msg", "Gracias por conectar, Alex! Ya que estamos: we shoot Spanish-language spots with local talent here in Miami for about 30% less than "
          "the LA houses. ¿Te mando el reel y nuestra tarifa por día?"))
P("user_invited_pitch_once", "en", "Heather Lin", "Partner Manager | CRM & marketing automation", "Boston, Massachusetts",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! Following up from the booth: our agency partner tier gives you 20% rev share on every client seat you "
          "resell, plus co-marketing funds. Could I book 30 minutes to walk through the partner economics?"))
P("user_invited_pitch_once", "es", "Mónica Zamora", "Community Manager | Ventana Coworking Brickell", "Miami, Florida",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Vi que tu equipo está creciendo. En Ventana Brickell tenemos oficinas privadas para 6-10 personas con "
          "sala de grabación incluida, y este mes el primer mes va a mitad de precio. ¿Te organizo una visita?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Diego Rivas", "Director | VozPro Talent – locutores en español", "Miami, Florida",
  ("acc",),
  ("msg", "Hola Alex, un placer conectar. Representamos a más de 80 locutores nativos: mexicano, caribeño, neutro, argentino. Si nos mandas un "
          "guion te hacemos casting gratis en 24 horas y cotizamos por spot. ¿Te interesa?"),
  ("msg", "Alex, te escribo otra vez porque este trimestre tenemos tarifa de agencia para paquetes de 10 spots, con 15% de descuento. ¿Te mando "
          "la tabla de precios?"))
P("user_invited_pitch_twice", "en", "Kristen Park", "Sr. Account Executive | Attrib.io multi-touch attribution", "Seattle, Washington",
  ("acc",),
  ("msg", "Thanks for connecting after the conference, Alex! Attrib.io lets agencies prove Spanish-language media is driving revenue, not just "
          "impressions. Could we do a 30-minute demo for you and your head of analytics?"),
  ("msg", "Hi Alex, wanted to bump this. We have an agency plan at $2,400/mo with unlimited client workspaces, and I can extend a 20% "
          "founding-partner discount through Friday."))
P("user_invited_pitch_twice", "es", "Wilmer Torrealba", "Desarrollador web | Webs para negocios latinos", "Doral, Florida",
  ("acc",),
  ("msg", "Epa Alex, gracias por la conexión, pana. Hago páginas web y tiendas online para negocios latinos, bonitas y rápidas, desde 900 "
          "dólares. Si tienes clientes pequeños que necesiten web, te doy comisión por cada uno. ¿Qué me dices?"),
  ("msg", "Alex, ¿viste mi mensaje? Te dejo mi portafolio. Esta semana tengo cupo para dos proyectos con 20% de descuento, ¿cuadramos?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Isabel Quintanilla", "Senior Brand Manager | Caribe Cola", "Miami, Florida",
  ("acc",),
  ("msg", "Thanks for the invite, Alex! After your talk at the summit our team wants Puente in our agency review for next year's Hispanic work. "
          "I'll send the brief and the timeline on Monday; happy to answer questions before you decide whether to pitch."))
P("user_invited_value", "es", "Tomás Echeverri", "Profesor de Comunicación | Investigación en publicidad bilingüe", "Miami, Florida",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como te comenté en el congreso, terminamos el estudio de recordación de anuncios bilingües frente a "
          "solo español, con 1.200 participantes. Te comparto el paper y los datos completos, libres para que los uses con tus clientes; solo "
          "cita la fuente."))
P("user_invited_value", "en", "Renee Alvarado", "VP Marketing | Doral Community Bank", "Doral, Florida",
  ("acc",),
  ("msg", "Great to connect! As promised, I've introduced you by email to Tanya Ochoa, who runs marketing at our sister credit union. They're "
          "looking for a Hispanic agency for a spring campaign and I told her you're the first call. No strings, I just think it's a good fit."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Rafael Iturbe", "CMO | Supermercados El Ahorro", "Hialeah, Florida", ("acc",))
P("acceptance_only", "es", "Claudia Benavides", "Directora de Marketing | Cervecería Caribe", "San Juan, Puerto Rico", ("acc",))
P("lone_endorsement", "en", "Kimberly Rojas", "Marketing Coordinator | ex-intern at Puente Creative", "Miami, Florida", ("end",))
P("lone_endorsement", "es", "Manny Ferrer", "Director de Medios | Independiente", "Miami, Florida", ("end",))


# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Maritza Echevarría", "maritza@echevarria-pr.example", "Te mandé invite por LinkedIn",
     "Alex, hola! Te mandé una invitación por LinkedIn pero sé que casi no lo miras. La pregunta de Meta sigue en pie, ¿cafecito el viernes en "
     "La Carreta?\n\nBesos,\nMari", "es"),
    ("Cámara de Comercio Hispana de Miami-Dade", "eventos@camarahispana-mdc.example", "Desayuno de socios: jueves 7:30 am",
     "Estimado socio,\n\nle esperamos en el desayuno mensual en Coral Gables. Síganos en LinkedIn para ver las fotos del último encuentro.", "es"),
    ("Yanet Soto", "yanet@puentecreative.example", "LinkedIn page updated",
     "Hey Alex,\n\nI updated the Puente LinkedIn page with the new reel and the Caribe Cola case study. Tell me if you want changes before we "
     "boost the post.\n\nYanet", "en"),
    ("Javier Peña", "javier.pena@puentecreative.example", "Fwd: I want to connect",
     "Jefe, este tipo me mandó lo mismo a mí por LinkedIn. Creo que es el de la radio que nos llamó el mes pasado.\n\n"
     "---------- Forwarded message ---------\nFrom: Nelson Quintero via LinkedIn <invitations@linkedin.com>\nSubject: I want to connect\n\n"
     "Buenas Javier, le escribo de La Tremenda 101.9. Tenemos paquetes de menciones en vivo...", "es"),
    ("Caribe Cola Procurement", "vendors@caribecola.example", "Agency onboarding: vendor form",
     "Dear Alex,\n\nplease complete the vendor onboarding form by Friday, including your company LinkedIn page and a W-9. Payment terms are "
     "net 60.\n\nProcurement Team", "en"),
    ("SocialPulse Reports", "reports@socialpulse.example", "Weekly report: Puente Creative on LinkedIn, Instagram and TikTok",
     "Your LinkedIn page gained 142 followers this week (+12%). Top post: 'Spanglish is not a mistake'. Instagram reach fell 3%.", "en"),
    ("Hispanic Marketing Summit", "hello@hmsummit.example", "Speakers announced: Hispanic Marketing Summit",
     "The lineup is live! Follow us on LinkedIn for session drops and early-bird codes. Panels on CTV, retail media and creators.", "en"),
    ("Andrea Villanueva", "andrea.v@villanueva-edit.example", "Invoice #2291 – Caribe Cola cutdowns",
     "Hi Alex,\n\nattached is my invoice for the six cutdowns. Also, if you ever have a minute, a LinkedIn recommendation would help me a lot "
     "with new clients. No pressure!\n\nAndrea", "en"),
    ("Sam Whitley", "sam@growwithleads.example", "Saw your agency on LinkedIn",
     "Hi Alex,\n\nsaw Puente Creative on LinkedIn. We book qualified sales calls for agencies on a pay-per-meeting basis. 15 minutes next "
     "week?\n\nSam", "en"),
    ("Banco Sol Alertas", "alertas@bancosol.example", "Alerta de fraude: ofertas de empleo falsas en LinkedIn",
     "Estimado cliente: delincuentes están usando ofertas de trabajo falsas en LinkedIn y WhatsApp para pedir datos bancarios. Nunca comparta "
     "sus claves ni códigos.", "es"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot ninety-sixth development corpus (dev96). Generated by scripts/make_corpus_dev96.py (seed {SEED}); do not edit by hand.",
          "# Alex as owner of a Hispanic-market marketing agency in Miami: Spanglish and US Spanish, ad-tech vendors, media sellers, "
          "freelancers, influencers, clients, peer agency owners, recruiters, lead-gen sellers, rude ones. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev96", SEED, PEOPLE, FOREIGN, spoofs=8, other=12, header=HEADER, eras=ERAS)
