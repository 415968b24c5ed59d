#!/usr/bin/env python3
"""Write mailbot's dev187 corpus: tests/corpus/dev187/*.eml + expected.toml.

The angle: an ordinary two months (mid-September to mid-November 2020) of the user Alex, a
freelance UX designer in Barcelona who sells design services. Alex's LinkedIn world: agencies
and startups offering paid projects and freelance contracts (buyers, who bring work and sell
nothing), portfolio-review sellers, bootcamps and course sellers, other designers sharing talks,
critiques, meetups and files, recruiters with real roles, lead-gen agencies for freelancers,
"design community" invitations that turn into a paid mastermind or a course, endorse-me-back
for Figma or User Research, a rude client after Alex declined a job, people who get nasty when
their invitation goes unanswered. Writers: Spanish (Spain and Latin America), Catalan, English,
some French, German and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Dates, story gaps, endorsement skills, job-alert titles, the
recipient headline, the headlines of spoof-only names and the pitches that spoofs carry are
swapped for this world in this process only. Every note was written from shared/taxonomy.md
alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev187.py              # writes tests/corpus/dev187
    python scripts/make_corpus_dev187.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20201187

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ autumn 2020 in Barcelona (this process only)
_LO = datetime(2020, 9, 14, 7, 0, tzinfo=timezone.utc)
_SPAN = int((datetime(2020, 10, 16, 19, 0, tzinfo=timezone.utc) - _LO).total_seconds())


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, _SPAN))


mc.Gen.start_date = _start_date
cs.GAPS.update({"rem": (5, 10), "end": (1, 8), "msg": (2, 11), "inm": (3, 10), "inv": (18, 26)})

SKILLS = {
    "en": ["User Experience (UX)", "Figma", "User Research", "Interaction Design", "Prototyping", "Design Thinking"],
    "de": ["User Experience (UX)", "Figma", "Nutzerforschung", "Interaktionsdesign", "Prototyping"],
    "fr": ["Expérience utilisateur (UX)", "Figma", "Recherche utilisateur", "Design d'interaction", "Prototypage"],
    "es": ["Experiencia de usuario (UX)", "Figma", "Investigación de usuarios", "Diseño de interacción", "Prototipado", "Design Thinking"],
    "it": ["User Experience (UX)", "Figma", "Ricerca utente", "Interaction design", "Prototipazione"],
}
RHEAD = {"en": "Freelance UX/UI designer · Barcelona", "de": "Freiberufliche UX/UI-Designerin · Barcelona",
         "fr": "Designer UX/UI indépendant·e · Barcelone", "es": "Diseñadora UX/UI freelance · Barcelona",
         "it": "UX/UI designer freelance · Barcellona"}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEAD[_l]
mc.JOBS[:] = [("Senior Product Designer", "Glovo"), ("UX Designer (freelance, 6 months)", "Typeform"), ("Lead UX Researcher", "Wallapop"),
              ("Product Designer – Remote EU", "Factorial"), ("UX/UI Designer", "CaixaBank Tech")]
mc.COMPANIES["good"] = ["Glovo", "Typeform", "Holded", "Elisava", "IED Barcelona", "Domestika", "Wallapop", "Red Points"]
mc.COMPANIES["sales"] = ["PortfolioBoost", "PixelLeads", "UXMaster Academy", "FreelaGrowth", "DesignClientsPro", "Mockupia"]
mc.HEADLINES["good"] = ["Product Designer en {co}", "UX Researcher at {co}", "Head of Design | {co}", "Diseñadora de interacción en {co}",
                        "Design Lead at {co}"]
mc.HEADLINES["sales"] = ["Growth Partner at {co}", "Fundador de {co}", "Client Success | {co}", "Helping freelancers land clients | {co}",
                         "Business Development at {co}"]
retitle_other({
    "en": {"job": ("{n} new jobs for \"product designer\"", "Your job alert for product designer in {city}"),
           "news": "Remote work is here to stay, say design leaders", "group": "Top conversations in UX Spain & LatAm",
           "newsletter": "Notes on Interfaces: designing for tired people in 2020"},
    "de": {"job": ("{n} neue Jobs für „UX Designer“", "Ihr Jobalarm für UX Designer in {city}"),
           "news": "Homeoffice bleibt: was Designteams gelernt haben", "group": "Top-Unterhaltungen in UX Design DACH",
           "newsletter": "Interface-Notizen: Barrierefreiheit ab Tag eins"},
    "fr": {"job": ("{n} nouvelles offres pour « designer UX »", "Votre alerte emploi pour designer UX à {city}"),
           "news": "Le télétravail redessine les équipes produit", "group": "Meilleures discussions dans UX Designers Francophones",
           "newsletter": "Carnet d'interface : concevoir des formulaires qui ne fatiguent pas"},
    "es": {"job": ("{n} empleos nuevos de «diseñador UX»", "Tu alerta de empleo de diseñador UX en {city}"),
           "news": "El teletrabajo cambia cómo contratan las startups", "group": "Conversaciones destacadas en UX Barcelona",
           "newsletter": "Cuaderno de interfaces: formularios que no cansan"},
    "it": {"job": ("{n} nuove offerte per «UX designer»", "Il tuo avviso di lavoro per UX designer a {city}"),
           "news": "Lavoro da remoto: i team di design si riorganizzano", "group": "Conversazioni principali in UX Italia",
           "newsletter": "Appunti di interfaccia: l'accessibilità non è un extra"},
})
SPOOF_PITCH = {
    "en": ["Hi {first}, a client shared a design brief with you (NDA). Sign in with your LinkedIn password to open the file.",
           "Dear {first}, your annual listing in the European Freelance Designers Directory is due. Pay invoice FD-2020-331 on the secure page."],
    "de": ["Hallo {first}, ein Kunde hat Ihnen ein Briefing (NDA) freigegeben. Bitte mit Ihrem LinkedIn-Passwort anmelden.",
           "Guten Tag {first}, Ihr Eintrag im Designerverzeichnis 2020 ist fällig. Bitte die Rechnung im Portal begleichen."],
    "fr": ["Bonjour {first}, un client vous a partagé un brief confidentiel. Connectez-vous avec vos identifiants LinkedIn pour l'ouvrir.",
           "Bonjour {first}, votre inscription à l'annuaire des designers indépendants arrive à échéance. Réglez la facture sur le portail."],
    "es": ["Hola {first}, un cliente te ha compartido un briefing confidencial. Inicia sesión con tu contraseña de LinkedIn para verlo.",
           "Hola {first}, tu ficha en el Directorio de Diseñadores Freelance 2020 caduca. Abona la factura en el portal seguro."],
    "it": ["Ciao {first}, un cliente ti ha condiviso un brief riservato. Accedi con la password di LinkedIn per aprirlo.",
           "Gentile {first}, la sua iscrizione all'elenco dei designer freelance è in scadenza. Paghi la fattura sul portale."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "es", "Núria Pujol", "Project Manager | Estudi Nòmada (agència digital)", "Barcelona",
  ("inv", "Hola Alex! Som una agència petita del Poblenou i ens ha entrat un projecte de rediseny d'app per a una cooperativa. Busquem UX freelance "
          "unes 6 setmanes, pressupost tancat. T'interessaria? T'envio el brief si connectem."),
  ("rem",))
P("good_invitation", "en", "Tom Ashworth", "Co-founder & CEO | Ledgerly (seed-stage fintech)", "London",
  ("inv", "Hi Alex, saw your case study on the pharmacy booking flow. We're 9 people, just raised, and our onboarding leaks badly. "
          "Looking to pay a freelancer for a 4-week audit + redesign. Would you be up for a chat about scope and your day rate?"))
P("good_invitation", "es", "Lucía Benítez", "Diseñadora de producto | Organiza UX Café BCN", "Barcelona",
  ("inv", "Alex, el jueves 8 hacemos el UX Café online (gratis, por Zoom): dos charlas cortas sobre research en remoto y luego crítica de proyectos. "
          "Nos falta alguien que haya hecho research con farmacias, ¿te animas a contar tu caso 10 min?"))
P("good_invitation", "fr", "Camille Rousseau", "Product designer | Doctolib", "Paris",
  ("inv", "Bonjour Alex, je suis tombée sur ta conférence à Interaction Barcelona (le truc des formulaires pour les seniors). On prépare la même chose côté patients. "
          "Je peux te poser deux questions sur ta méthode de tests ? Et je te partage nos résultats en retour."),
  ("rem",))
P("good_invitation", "es", "Jordi Casals", "Tech Recruiter | Holded", "Barcelona",
  ("inv", "Hola Alex, estamos buscando un/a Senior Product Designer para el equipo de facturación, remoto o en la ofi de Barcelona, 45-55k. "
          "Vi tu portfolio y encajas muy bien. ¿Hablamos esta semana aunque sea para ver si te encaja?"))
P("good_invitation", "es", "Jana Weber", "UX Lead | Zalando", "Berlin",
  ("inv", "Hallo Alex, wir haben für Q4 ein Research-Projekt zum Checkout in Spanien und suchen eine freie Designerin vor Ort, die Interviews auf Spanisch "
          "führt. Bezahlt, ca. 15 Tage. Hätten Sie Kapazität?"), nl="de")
P("good_invitation", "es", "Marc Vidal i Soler", "Professor de Disseny d'Interacció | Elisava", "Barcelona",
  ("inv", "Bon dia Alex, el dimarts 20 fem les crítiques finals del màster i ens aniria molt bé una mirada externa de algú que treballa de freelance. "
          "És una tarda, remunerada com a docent convidat. Et ve de gust?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "es", "Sergio Amador", "Diseñador gráfico | Branding", "Málaga", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Priya Raman", "Visual Designer", "Bangalore", ("inv", NONOTE))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Ryan Kowalski", "Founder | PortfolioBoost – portfolio reviews that get you hired", "Toronto",
  ("inv", "Hey Alex! Your portfolio has good bones but honestly it's underselling you. I do 1:1 portfolio teardowns, $149 for a 60 min session + written notes. "
          "Got 3 spots left in October, want one?"))
P("sales_invitation", "es", "Andrés Gallo", "Growth | PixelLeads – clientes para freelancers creativos", "Madrid",
  ("inv", "Hola Alex, ayudamos a diseñadores freelance a llenar la agenda con 5-10 llamadas cualificadas al mes sin hacer prospección. Pagas solo por reunión. "
          "¿Te cuento cómo funciona en 15 minutos?"),
  ("rem",))
P("sales_invitation", "es", "Valeria Quintero", "Academic Advisor | UXMaster Academy", "Bogotá",
  ("inv", "Hola Alex!! Se abren inscripciones para el Máster Online en UX Writing + UX Strategy, con 40% de beca solo esta semana. ¿Te paso el temario y la forma de pago en cuotas?"))
P("sales_invitation", "es", "Pau Roig", "Comercial | Espai Cowork Gràcia", "Barcelona",
  ("inv", "Ei Alex, tenim places fixes al cowork de Gràcia a 160€/mes amb sala de reunions inclosa, ideal per a freelances. Et faig una visita guiada aquesta setmana?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Kendra Mills", "Community Lead | Women in UX Collective", "Austin",
  ("inv", "Hi Alex! I run a small online circle of women UX freelancers, we swap client horror stories and rate tips every other Friday. No fluff. Would love to have you in!"),
  ("msg", "So glad you're in! Quick heads up: to join the Friday calls we ask members to enrol in our Freelance CEO program ($997, or 3 x $349). "
          "It covers pricing, contracts and getting retainers. Want me to send the checkout link?", (2, 6)))
P("bait_and_switch_invitation", "es", "Diego Ramírez", "Fundador | Comunidad Diseño Latam", "Ciudad de México",
  ("inv", "Qué tal Alex, armamos una comunidad de diseñadores hispanohablantes para compartir recursos, ofertas y feedback de portfolios. Gratis, sin vender nada. ¿Te sumas?"),
  ("msg", "Bienvenida a la comunidad 🙌 Te cuento que este mes lanzamos el Bootcamp Intensivo de UI (12 semanas, 590 USD) y para los miembros nuevos hay 25% off. "
          "Te dejo el link de inscripción por si quieres asegurar tu lugar."),
  ("msg", "Hola Alex! Solo para recordarte que el descuento de miembros vence el viernes. Quedan 4 plazas. ¿Te reservo una?", (4, 9)))
P("bait_and_switch_invitation", "es", "Irene Sanchís", "Diseñadora UI | Creadora de recursos", "Valencia",
  ("inv", "Hola Alex! He hecho un kit de componentes de Figma para apps de salud y lo estoy regalando a diseñadoras que trabajen en el sector, a cambio de feedback. ¿Te lo paso?"),
  ("msg", "Genial, gracias por aceptar. Te cuento: el kit básico ya no está disponible gratis, pero la versión Pro (320 componentes) está a 79€ en mi tienda de Gumroad, "
          "y con el código ALEX20 te sale más barata. ¡Me dices!"))
P("bait_and_switch_invitation", "de", "Florian Brandt", "Managing Partner | Brandt Digital", "Hamburg",
  ("inv", "Hallo Alex, kurze fachliche Frage: Wie strukturieren Sie Usability-Tests mit älteren Nutzern? Wir haben da gerade ein Thema und ich würde mich gern austauschen."),
  ("msg", "Danke fürs Vernetzen! Ehrlich gesagt, der eigentliche Grund: Wir bieten Freelancern White-Label-Entwicklung aus Polen an, ab 35 €/h. "
          "Ihre Kunden brauchen doch sicher auch Entwickler? Lassen Sie uns ein Partnergespräch machen.", (3, 8)))
P("bait_and_switch_invitation", "es", "Oriol Martí", "Host | Freelance Creatius BCN (meetups)", "Barcelona",
  ("inv", "Hola Alex, faig uns esmorzars mensuals per a freelances creatius de Barcelona, per conèixer-nos i passar-nos feina. El proper és al Born. T'hi apuntes?"),
  ("msg", "Hola Alex! Per cert, per entrar a l'esmorzar s'ha de fer la quota de soci: 45€/mes, que inclou també la meva mentoria de preus. Et passo el número de compte?", (3, 10)),
  ("msg", "Ei, no m'has dit res! Aquest mes tanco el grup a 20 persones. Si vols la plaça, fes la transferència abans del dia 30.", (5, 11)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Heather Quinn", "Editor | The UX Freelancer Report", "Dublin",
  ("inm", "Featuring you in our freelancer stories?", "Hi Alex, we're putting together a piece on UX freelancers who built a practice during lockdown, "
          "and a reader pointed us to you. Would you answer 5 quick questions by email?"),
  ("inm", "Re: your feature", "Thanks Alex! Great answers. To publish your story we offer our Featured Designer package: homepage placement, newsletter slot and a backlink, "
          "for €290. Shall I send the invoice?", (4, 9)))
P("bait_and_switch_inmail", "es", "Raquel Medina", "Coordinadora | Premios Diseño Digital Iberia", "Madrid",
  ("inm", "Tu proyecto ha sido preseleccionado", "Hola Alex, el jurado de los Premios Diseño Digital Iberia ha preseleccionado tu app de citas médicas. Enhorabuena. "
          "¿Nos confirmas que quieres participar?"),
  ("inm", "Siguiente paso: inscripción", "Hola de nuevo, para pasar a la fase final hay que formalizar la inscripción (350€ + IVA por categoría). "
          "Incluye la entrada a la gala. Te adjunto el enlace de pago.", (3, 7)))
P("bait_and_switch_inmail", "fr", "Mathieu Lefèvre", "Fondateur | Guilde des Designers Indépendants", "Bordeaux",
  ("inm", "Une guilde de designers freelances", "Bonjour Alex, nous réunissons des designers indépendants en Europe pour partager des missions entre nous. "
          "Ton profil a été recommandé. Je peux t'ajouter à notre Slack ?"),
  ("inm", "Ton accès à la Guilde", "Re-bonjour Alex, pour activer ton accès aux missions partagées, l'adhésion Pro est à 39 €/mois (engagement 12 mois). "
          "Tu veux le lien de paiement ?", (4, 10)))


# =============================================================== endorse_me_back
P("endorse_me_back", "es", "Alberto Cano", "UX/UI Designer | Buscando nuevo reto", "Zaragoza",
  ("end",),
  ("msg", "Hola Alex! Te acabo de validar {skill} 😊 Estoy buscando curro y me dicen que las aptitudes validadas ayudan con los filtros. "
          "¿Me validarías Figma y UX Research? Mil gracias!!"))
P("endorse_me_back", "en", "Nadia Hussain", "Product Designer | Open to freelance", "Manchester",
  ("end",), ("end",),
  ("msg", "Hey Alex, endorsed you for a couple of skills this week, you deserve them! Would you mind returning the favour on Interaction Design and Prototyping? "
          "Helps a lot with recruiters right now."))
P("endorse_me_back", "es", "Gemma Puig", "Dissenyadora gràfica i web", "Sabadell",
  ("end",),
  ("msg", "Hola Alex! T'he recomanat {skill}, que t'ho mereixes. Em faries el favor de validar-me Disseny web i Branding? Estic actualitzant el perfil per buscar clients. Gràcies!!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "es", "Fernando Vallejo", "Director General | Vallejo Reformas", "Madrid",
  ("inv", "Alex, necesito una web con tienda para mi empresa de reformas, algo sencillo. ¿Cuánto me cobrarías? Presupuesto máximo 300€."),
  ("inm", "Vaya profesionalidad", "Ni contestar. Así os va a los diseñaditos freelance, con esos aires no vais a comer. Ya lo hará mi sobrino por la mitad. Muy poco profesional."))
P("hostility_after_decline", "en", "Gary Whitfield", "Serial entrepreneur | Investor | Speaker", "Miami",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Noted", "Ignoring a connection request from someone with 12k followers is a bold move for a freelancer. Good luck getting clients with that attitude."))
P("hostility_after_decline", "es", "Xavier Bosch", "CEO | Bosch & Fills Distribucions", "Terrassa",
  ("inv", "Bon dia Alex, tinc una idea d'app i busco dissenyador que s'hi apunti a canvi de participacions, sense cobrar de moment. Parlem?"),
  ("inm", "Sense resposta", "Veig que no contestes. Doncs molt bé, però que sàpigues que així no es tracta la gent. Quan vinguin mal dades no em vinguis a buscar."))
P("hostility_after_decline", "it", "Lorenzo Bassi", "Founder | StartApp Italia", "Roma",
  ("inv", "Ciao Alex, sto cercando un designer per il mio MVP, mi scrivi?"),
  ("rem",),
  ("inm", "Complimenti", "Ti ho scritto due volte e non ti degni neanche di rispondere. Che arroganza. Poi vi lamentate che non c'è lavoro."))


# =============================================================== hostility_connection
P("hostility_connection", "es", "Ricardo Peña", "Director de Marketing | Grupo Hostelero Mediterráneo", "Barcelona",
  ("msg", "Hola Alex, te escribo por la web de reservas de nuestros tres restaurantes. Queremos rediseñarla antes de Navidad. ¿Te pasamos el brief y nos das presupuesto?"),
  ("msg", "Alex, he visto tu presupuesto y sinceramente no lo entiendo. Que digas que no puedes hacerlo por la mitad y en tres semanas es una falta de respeto. "
          "Llevamos años en esto y nunca nos ha tratado así una freelance. Poco seria, de verdad.", (4, 9)))
P("hostility_connection", "en", "Brad Keller", "Founder | GrowthStack Agency", "Denver",
  ("msg", "Alex, we partner with freelance designers and resell their time at agency rates. You'd keep 60%. Want in? I just need your rate card."),
  ("msg", "Following up. We have 3 clients waiting."),
  ("msg", "Wow, \"not a fit\"? Honestly that's a pretty arrogant answer from someone who lists herself as freelance. Your loss. I'll remember this.", (3, 8)))
P("hostility_connection", "fr", "Sophie Garnier", "Directrice | Agence Pixel & Papier", "Montpellier",
  ("acc",),
  ("msg", "Merci d'avoir accepté Alex. On aurait une mission UX de 10 jours pour un client dans la mutuelle, à 250 €/jour. Dispo en novembre ?"),
  ("msg", "Donc tu refuses à cause du tarif ? Franchement, pour qui tu te prends ? À ce niveau-là tu ne travailleras pas longtemps. C'est vraiment pas pro.", (2, 6)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "es", "Carlos Ortega", "CEO | FreelaGrowth – facturación y gestoría para autónomos", "Madrid",
  ("msg", "Hola Alex, ¿sigues pagando 60€ al mes de gestoría? Con FreelaGrowth llevas tus trimestrales desde el móvil por 19€/mes. ¿Te hago una demo?"),
  ("msg", "Alex, se acerca el modelo 303 de octubre. Si te das de alta esta semana, el primer trimestre te lo hacemos gratis. ¿Te apunto?"),
  ("msg", "Última oportunidad de la promo de otoño: 3 meses al 50%. ¡Avísame!", (5, 11)))
P("connection_only_pitches", "en", "Jessica Tan", "Partnerships | DesignClientsPro", "Singapore",
  ("msg", "Hi Alex! DesignClientsPro matches vetted designers with US startups. Premium members get 10+ leads per month for $59. Should I activate a trial for you?"),
  ("msg", "Alex, just checking if you saw my note. We're onboarding UX designers in Spain this month - happy to jump on a call to walk you through the pricing."))
P("connection_only_pitches", "es", "Eva Soler", "Fotògrafa de producte i retrat professional", "Barcelona",
  ("msg", "Hola Alex! Estic fent sessions de retrat per a freelances a 90€ amb 5 fotos editades, ideals per al perfil de LinkedIn i la web. T'hi apuntes?"),
  ("msg", "Ei Alex, m'han quedat dues hores lliures el dissabte 24. Si vols la sessió de retrat, te la deixo a 70€."))


# =============================================================== single_pitch
P("single_pitch", "es", "Tomás Herrero", "Consultor SEO | Posicionamiento para creativos", "Sevilla",
  ("msg", "Hola Alex, he revisado tu web y no apareces ni en la segunda página para \"diseñador UX Barcelona\". Te hago una auditoría SEO por 180€ y te digo qué cambiar. ¿Te interesa?"))
P("single_pitch", "en", "Olivia Grant", "Career coach for creatives", "Bristol",
  ("msg", "Hi Alex, lovely to be connected. I coach designers through pricing and positioning, and I've opened 4 slots for my 6-week programme. "
          "Happy to share the details if you'd like to level up your rates."))
P("single_pitch", "de", "Stefan Lang", "Vertrieb | Usabilia Testplattform", "München",
  ("msg", "Hallo Alex, Sie machen viel Nutzerforschung – mit Usabilia rekrutieren Sie Testpersonen in 24 Stunden, auch in Spanien. Darf ich Ihnen ein Angebot schicken?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "es", "Laia Font", "UX Researcher | Glovo", "Barcelona",
  ("msg", "Alex! Te paso las slides de mi charla del viernes sobre entrevistas en remoto con repartidores, y la plantilla de guion que usamos. Úsala sin problema."),
  ("msg", "Por cierto, en Glovo buscan alguien freelance para un test de usabilidad en noviembre y les he dado tu nombre. Te escribirá Marta de mi equipo."))
P("connection_brings_value", "en", "Ben Oduya", "Senior Interaction Designer | Spotify", "Stockholm",
  ("end",),
  ("msg", "Hey Alex, gave your onboarding case study a proper read like you asked. Left 14 comments in the Figma file, mostly on the empty states. "
          "Overall really strong, the microcopy is ace. Ping me if anything's unclear."))
P("connection_brings_value", "es", "Sofía Larrea", "Diseñadora de servicios | Freelance", "Buenos Aires",
  ("msg", "Che Alex, te cuento que armé un Notion con todos los contratos y presupuestos modelo que usé estos años como freelance, para que no tengas que empezar de cero. "
          "Es gratis, te dejo el link. Si le agregás algo de España, genial."))
P("connection_brings_value", "es", "Arnau Ribas", "Desenvolupador front-end | Freelance", "Barcelona",
  ("msg", "Alex, tinc un client (una llibreria del Raval) que vol refer la botiga online i em demana dissenyadora. Li he parlat de tu. "
          "El pressupost és petit però decent. Et passo el seu correu?"),
  ("msg", "Gràcies per agafar-ho! T'envio l'accés al repositori i el que tenim de components, així no comences de zero."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Sarah Lindgren", "Talent Acquisition | Typeform", "Barcelona",
  ("inm", "Freelance UX Designer – 6 months, Barcelona", "Hi Alex, I'm hiring a freelance UX designer for our forms builder, 6 months, 4 days a week, hybrid in Poblenou. "
          "Day rate depends on experience. Your healthcare work caught our eye. Open to a 20 min call?"))
P("stranger_inmail_recruiter", "es", "Marina Castell", "Head of Design | Factorial", "Barcelona",
  ("inm", "Product Designer en Factorial", "Hola Alex, soy Marina, llevo el equipo de diseño en Factorial. Abrimos una posición de Product Designer (nóminas y ausencias), "
          "100% remoto en España, 42-50k. No soy recruiter, lo llevo yo directamente. ¿Te apetece un café virtual?"))
P("stranger_inmail_recruiter", "de", "Katrin Hofer", "Senior Recruiterin | N26", "Berlin",
  ("inm", "Senior UX Designer (m/w/d) – Remote", "Hallo Alex, für unser Team Onboarding suchen wir eine Senior UX Designerin, remote aus Spanien möglich. "
          "Ihr Fokus auf zugängliche Formulare passt sehr gut. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?"))
P("stranger_inmail_recruiter", "it", "Giorgia Fabbri", "HR Business Partner | Satispay", "Milano",
  ("inm", "Product Designer – Barcellona o Milano", "Ciao Alex, stiamo aprendo un piccolo hub a Barcellona e cerchiamo una product designer che parli spagnolo. "
          "Contratto a tempo indeterminato o freelance, come preferisci. Ti va di sentirci?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Mike Donovan", "Sales Director | CreativeLeads.io", "Chicago",
  ("inm", "More UX clients in 30 days?", "Hi Alex, we've helped 300+ freelance designers add €5k MRR with done-for-you LinkedIn outreach. Worth a quick call this week?"),
  ("inm", "Re: More UX clients in 30 days?", "Bumping this up, Alex. We're doing an October discount for designers in Spain. Grab a slot here?"))
P("stranger_inmail_sales", "es", "Lorena Paredes", "Asesora | Seguros para autónomos", "Valencia",
  ("inm", "Seguro de responsabilidad civil para diseñadores", "Hola Alex, ¿sabías que si un cliente te reclama por un error en un proyecto respondes con tu patrimonio? "
          "Tengo un seguro de RC profesional desde 14€/mes. ¿Te preparo un presupuesto?"))
P("stranger_inmail_sales", "fr", "Antoine Girard", "Business Developer | FormaDesign", "Paris",
  ("inm", "Formation certifiante UX – financée", "Bonjour Alex, notre formation certifiante « Lead UX » (8 semaines, 2 400 €) peut être en partie financée. "
          "Je vous envoie la brochure et on planifie un appel ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "es", "Clara Montoya", "UX Lead | Organizadora de Design Talks Madrid", "Madrid",
  ("inv", "Hola Alex! Organizo las Design Talks de Madrid (este año online y gratis). Me encantaría invitarte a hablar de tu proyecto con farmacias en noviembre. ¿Conectamos?"),
  ("msg", "Te paso el enlace de la grabación de tu charla, ¡salió genial! Ha habido 230 personas en directo. Gracias de verdad."),
  ("msg", "Alex, ahora que has estado en las Talks, te cuento que lanzo mi mentoría para diseñadores senior (4 sesiones, 480€). "
          "Como ponente te hago precio especial: 390€. ¿Te reservo plaza?", (5, 10)))
P("good_turns_ugly", "en", "Ethan Brooks", "Design Director | Brooks & Co", "London",
  ("inv", "Hi Alex, we're both on the Figma Community Spain thread about accessibility, your comments were spot on. Happy to share our audit checklist if you want it."),
  ("msg", "As promised, here's our WCAG audit checklist and the Figma plugin we use for contrast. All yours."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill} last week. Would you mind endorsing me for Design Leadership and Accessibility? Building up my profile before a pitch. Cheers!"))
P("good_turns_ugly", "es", "Enric Soldevila", "Product Owner | Startup de mobilitat", "Barcelona",
  ("inv", "Hola Alex, soc de la mateixa promoció d'Elisava (2014!). Fem una quedada d'exalumnes al novembre, et passo la info?"),
  ("msg", "Aquí tens l'enllaç per apuntar-te a la quedada, dijous 19 a les 19h al Poblenou. Serem uns 25."),
  ("msg", "Ei Alex, et volia comentar una cosa: estic amb una xarxa de venda de productes de salut i benestar i estem buscant gent emprenedora, "
          "pots treure't uns 500€ extra al mes. Et truco i t'ho explico?", (4, 9)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "es", "Hugo Navarro", "Director comercial | WebsPro Agencia", "Alicante",
  ("inm", "Colaboración: webs a 299€", "Hola Alex, hacemos webs en WordPress a 299€ para revenderlas. Si tú tienes los clientes, nosotros ponemos el desarrollo. ¿Te mando tarifas?"),
  ("inv", "Hola Alex, me ha encantado tu último post sobre accesibilidad. Me gustaría seguirte más de cerca, ¿conectamos?"))
P("reinvite_known_bad", "en", "Chloe Bennett", "Freelance graphic designer", "Leeds",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, we met at the online UX meetup on Thursday, I asked about the pharmacy research. Would love to keep in touch!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Iván Serrano", "Consultor de negocio digital", "Bilbao",
  ("inv", "Hola Alex, tengo un proyecto para ti, hablamos?"),
  ("inm", "Increíble", "Te ofrezco trabajo y ni me respondes. Luego os quejáis de la crisis. Sois todos iguales, unos prepotentes."),
  ("inv", "Hola Alex, creo que empezamos con mal pie. Me gustaría conectar y hablar de un proyecto serio."))
P("reinvite_known_ugly", "en", "Amanda Price", "Founder | DesignGrowth Network", "Sydney",
  ("inm", "Quick question about your process", "Hi Alex! I'm researching how senior UX freelancers run discovery sessions for a free guide I'm writing. "
          "Would you share your approach? Happy to credit you."),
  ("inm", "Your seat in the Network", "Thanks for the great answers Alex! I think you'd be perfect for the DesignGrowth Network inner circle, $199/month, "
          "with weekly hot seats. Shall I hold a seat?", (3, 8)),
  ("inv", "Hi Alex, would be lovely to be connected here too!"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "es", "Roberto Lagos", "Fundador | Estudio Lagos Web", "Barcelona",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Aprovecho: hacemos mantenimiento de webs para estudios de diseño, 49€/mes con copias de seguridad. Si te interesa te paso propuesta."))
P("user_invited_pitch_once", "en", "Hannah Vogel", "Account Manager | Maze", "Amsterdam",
  ("acc",),
  ("msg", "Thanks for connecting after the webinar, Alex! Since you run a lot of unmoderated tests, our Team plan might save you some hours. Want me to set up a call to go over pricing?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "es", "Cristina Beltrán", "Directora | Escuela de Diseño Online Prisma", "Madrid",
  ("acc",),
  ("msg", "¡Hola Alex, gracias por aceptar! Veo que eres UX senior: tenemos un programa para formadoras, pagas 250€ por la certificación de docente y luego das clases en la escuela. ¿Te interesa?"),
  ("msg", "Alex, te escribo de nuevo porque la certificación cierra el día 15. Son solo 250€ y luego recuperas la inversión con las clases. ¿Te mando la ficha?"))
P("user_invited_pitch_twice", "fr", "Nicolas Bertin", "CEO | Freelancia – facturation et contrats pour indépendants", "Nantes",
  ("acc",),
  ("msg", "Merci pour la connexion Alex ! Freelancia automatise les devis, contrats et relances de paiement. On a une offre Espagne à 12 €/mois, ça t'intéresse ?"),
  ("msg", "Re-bonjour Alex, je me permets de relancer : je peux t'ouvrir un essai gratuit d'un mois et te faire une démo de 15 minutes cette semaine."))


# =============================================================== user_invited_value
P("user_invited_value", "es", "Paula Giménez", "Head of Product | Farmacias Vitalis", "Barcelona",
  ("acc",),
  ("msg", "Hola Alex, gracias por la invitación. He visto tu caso de reservas en farmacias: justo estamos planteando algo parecido. "
          "Nos gustaría contratarte para un discovery de 3 semanas. ¿Te va bien una llamada el martes y nos pasas tarifa?"))
P("user_invited_value", "en", "Luke Morrison", "Senior Product Designer | Monzo", "London",
  ("acc",),
  ("msg", "Hey Alex, thanks for the add! Loved your question at the Config meetup. Here's the research repo template I mentioned, plus the interview consent form we use. Steal anything."))
P("user_invited_value", "es", "Berta Coll", "Organitzadora | Barcelona Design Week", "Barcelona",
  ("acc",),
  ("msg", "Gràcies per connectar, Alex! Com et vaig dir, busquem ponents locals per a la taula rodona sobre disseny i salut del 12 de novembre. "
          "És gratuït per al públic i pagarem un petit honorari als ponents. T'hi veus?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Andrea Lozano", "Product Manager | Wallapop", "Barcelona", ("acc",))
P("acceptance_only", "en", "James Holt", "UX Designer | BBC", "Manchester", ("acc",))
P("lone_endorsement", "es", "Pere Vilanova", "Exalumne Elisava | Motion designer", "Girona", ("end",))
P("lone_endorsement", "it", "Silvia Conti", "Interaction designer | Freelance", "Torino", ("end",))


# =============================================================== more voices (the weight of the angle)
P("good_invitation", "es", "Gabriel Ruiz", "CTO | Clínica Dental Sonrisa (grupo de 12 clínicas)", "Valencia",
  ("inv", "Buenas Alex, estamos renovando la app de citas de nuestras clínicas y nos han recomendado tu trabajo. "
          "Buscamos diseñador freelance para enero-marzo. ¿Me dices disponibilidad y cómo sueles presupuestar?"),
  ("rem",))
P("sales_invitation", "es", "Mireia Domènech", "Consultora de marca personal | LinkedIn Top Voice", "Barcelona",
  ("inv", "Hola Alex! Ajudo dissenyadores freelance a convertir LinkedIn en una font de clients. Programa de 8 setmanes, places limitades. Parlem 20 minuts i t'explico?"))
P("bait_and_switch_invitation", "it", "Federico Greco", "Fondatore | UX Mentors Circle", "Bologna",
  ("inv", "Ciao Alex, sto mettendo insieme un piccolo gruppo di designer senior europei per fare mentoring gratuito ai junior. Ti andrebbe di partecipare come mentor?"),
  ("msg", "Grazie mille Alex! Per far parte dei mentor certificati c'è un corso di formazione di 6 settimane, 450 €. Ti mando il link per iscriverti?", (2, 7)))
P("connection_brings_value", "fr", "Élise Martin", "Designer UX | Freelance", "Toulouse",
  ("msg", "Coucou Alex, je suis débordée et un client cherche quelqu'un pour un audit d'accessibilité sur un site de mutuelle (8 jours, bon tarif). "
          "J'ai pensé à toi direct. Je te mets en contact ?"))
P("endorse_me_back", "de", "Lukas Richter", "UI Designer | Freelancer", "Köln",
  ("end",),
  ("msg", "Hi Alex, ich habe Sie für {skill} bestätigt. Würden Sie mich im Gegenzug für UI Design und Sketch bestätigen? Danke und viele Grüße aus Köln!"))
P("hostility_after_decline", "es", "Martín Ocampo", "Emprendedor | Ecommerce", "Buenos Aires",
  ("inv", DEFAULT),
  ("inm", "?", "Te mandé solicitud hace semanas. Qué falta de educación, ni un 'no gracias'. Después no te quejes si nadie te contrata."))
P("default_invitation", "es", "Elena Castro", "Estudiante de Diseño | IED Barcelona", "Barcelona", ("inv", NONOTE), ("rem",))
P("user_invited_pitch_twice", "es", "Joan Rovira", "Gestor | Rovira Assessors", "Barcelona",
  ("acc",),
  ("msg", "Hola Alex, gràcies per acceptar. Portem la comptabilitat de molts autònoms creatius, 45€/mes tot inclòs. Si vols t'envio un pressupost."),
  ("msg", "Alex, et recordo que si et passes a nosaltres abans del trimestre et fem el canvi de gestoria gratis. Em dius alguna cosa?"))

# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Núria Pujol", "nuria@estudinomada.example", "Brief app cooperativa",
     "Hola Alex,\n\net passo el brief per aquí, que per LinkedIn no em deixava adjuntar el PDF. Ens dius alguna cosa aquesta setmana?\n\nNúria", "es"),
    ("Agencia Tributaria", "notificaciones@agenciatributaria.example.es", "Aviso: plazo modelo 303 tercer trimestre",
     "Le recordamos que el plazo de presentación finaliza el 20 de octubre. La AEAT nunca le solicitará datos por redes sociales como LinkedIn.", "es"),
    ("Dribbble", "no-reply@dribbble.example", "Your shot got 120 likes",
     "Nice work, Alex! Your shot \"Pharmacy booking – empty states\" is popular. Share it on LinkedIn and Twitter.", "en"),
    ("Interaction Barcelona", "hola@interaction-bcn.example", "Vídeos de las charlas ya disponibles",
     "Hola,\n\nya puedes ver todas las charlas. Etiquétanos en LinkedIn si compartes la tuya.", "es"),
    ("Ricardo Peña", "rpena@grupomediterraneo.example", "Presupuesto web reservas",
     "Alex,\n\nte reenvío lo que te dije por LinkedIn: el presupuesto no nos cuadra. Si lo reconsideras, avísame.\n\nRicardo", "es"),
    ("Malt", "notifications@malt.example", "Nueva misión que encaja con tu perfil",
     "Hola Alex,\n\nuna misión de UX research en Barcelona encaja con tu perfil. Consejo: vincula tu perfil de LinkedIn para ganar visibilidad.", "es"),
    ("Figma", "no-reply@figma.example", "Ben Oduya commented on Onboarding v3",
     "Ben Oduya left 14 comments on \"Onboarding v3\". Open the file to reply. (Ben also messaged you on LinkedIn.)", "en"),
    ("Camille Rousseau", "camille.rousseau@gmail.example", "Tests seniors – nos résultats",
     "Salut Alex,\n\nje t'ai envoyé une invitation sur LinkedIn, mais au cas où : voici notre synthèse des tests avec les patients de plus de 70 ans.\n\nCamille", "fr"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot dev187 corpus. Generated by scripts/make_corpus_dev187.py (seed {SEED}); do not edit by hand.",
          "# Alex as a freelance UX designer in Barcelona, two months of 2020: agencies and startups offering paid projects, portfolio-review and "
          "course sellers, designers sharing talks and critiques, recruiters, fake design communities that turn into pitches, a rude client after a "
          "declined job. Same format as tests/corpus/dev."]

for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)


if __name__ == "__main__":
    main(__doc__, "dev187", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER)
